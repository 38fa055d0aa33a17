import pytest

from safetyplan.passphrase_strength import Strength, assess


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("short", Strength.TOO_SHORT),
        ("password", Strength.EASY),
        ("Password123", Strength.EASY),
        ("aaaaaaaaaaaaaaaa", Strength.EASY),
        ("abcdefghijklmnop", Strength.EASY),
        ("tea toast garden", Strength.FAIR),
        ("purple kettle dances slowly", Strength.GOOD),
        ("purple kettle dances slowly under Ynys Môn", Strength.STRONG),
        ("x7#Qm!2vLp9&Rt4z", Strength.STRONG),
    ],
)
def test_verdicts_are_honest(passphrase: str, expected: Strength) -> None:
    assert assess(passphrase).strength == expected


def test_every_verdict_has_words() -> None:
    for sample in ("a", "password", "tea toast garden", "purple kettle dances slowly"):
        assert assess(sample).verdict().endswith(".")
