"""Honest, plain-words feedback on how hard a passphrase would be to guess.

A rough estimate of the guessing effort in bits: runs, repeats and keyboard sequences add
little; separate words count as dictionary words (about 11 bits each), not as random letters.
It never blocks a choice beyond a minimum length; it tells the person what it thinks, plainly.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

from safetyplan.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 8
BITS_PER_WORD = 11.0
LETTER_IN_WORD_BITS = 2.5
SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")
COMMON = frozenset(
    """password passw0rd password1 password123 123456789 12345678 1234567890 qwerty123
    qwertyuiop iloveyou sunshine princess football baseball welcome letmein trustno1 monkey
    dragon master shadow superman starwars whatever freedom abc123456 11111111 00000000
    changeme secret123 safetyplan""".split()
)


class Strength(IntEnum):
    TOO_SHORT = 0
    EASY = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


VERDICTS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP(
        "PassphraseStrength", "Too short: use at least 8 characters."
    ),
    Strength.EASY: QT_TRANSLATE_NOOP(
        "PassphraseStrength", "Easy to guess. Try a few unusual words together."
    ),
    Strength.FAIR: QT_TRANSLATE_NOOP(
        "PassphraseStrength", "Could be guessed with effort. Another word would help."
    ),
    Strength.GOOD: QT_TRANSLATE_NOOP("PassphraseStrength", "Good: hard to guess."),
    Strength.STRONG: QT_TRANSLATE_NOOP("PassphraseStrength", "Strong: very hard to guess."),
}


@dataclass(frozen=True)
class Assessment:
    strength: Strength
    bits: float

    def verdict(self) -> str:
        return translate("PassphraseStrength", VERDICTS[self.strength])


def assess(passphrase: str) -> Assessment:
    if len(passphrase) < MIN_LENGTH:
        return Assessment(Strength.TOO_SHORT, 0.0)
    if passphrase.lower().replace(" ", "") in COMMON:
        return Assessment(Strength.EASY, 10.0)
    bits = _character_bits(passphrase)
    if len(passphrase.split()) >= 3:
        bits = min(bits, _word_bits(passphrase))
    if bits < 30:
        strength = Strength.EASY
    elif bits < 44:
        strength = Strength.FAIR
    elif bits < 58:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return Assessment(strength, bits)


def _pool_size(text: str) -> int:
    pools = (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)
    size = sum(len(pool) for pool in pools if any(ch in pool for ch in text))
    if any(ord(ch) > 127 for ch in text):
        size += 100
    if " " in text:
        size += 1
    return max(size, 10)


def _character_bits(text: str) -> float:
    """Random characters count fully; letters inside words count about 2.5 bits each."""
    per_char = math.log2(_pool_size(text))
    lowered = text.lower()
    in_long_word = _letters_in_long_words(text)
    bits = 0.0
    for index, char in enumerate(lowered):
        previous = lowered[index - 1] if index else ""
        if char == previous or _continues_sequence(previous, char) or char == " ":
            bits += 1.0
        elif in_long_word[index]:
            bits += LETTER_IN_WORD_BITS
        else:
            bits += per_char
    return bits


def _letters_in_long_words(text: str) -> list[bool]:
    marks = [False] * len(text)
    start = 0
    for index in range(len(text) + 1):
        if index == len(text) or not text[index].isalpha():
            if index - start >= 4:
                marks[start:index] = [True] * (index - start)
            start = index + 1
    return marks


def _continues_sequence(previous: str, char: str) -> bool:
    if not previous:
        return False
    pair = previous + char
    return any(pair in seq or pair in seq[::-1] for seq in SEQUENCES)


def _word_bits(text: str) -> float:
    """Each word as if picked from a list of about 2,000 common words."""
    return sum(BITS_PER_WORD if len(word) > 1 else 2.0 for word in text.split())
