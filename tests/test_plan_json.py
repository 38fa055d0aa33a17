"""The JSON file format: every section round trips, and every bad file changes nothing."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, QUICK_KDF
from PIL import Image

from safetyplan import plan_json
from safetyplan.diary import DiaryStore, Entry, InvalidDiaryEntry
from safetyplan.errors import InvalidPlanFile
from safetyplan.plan import SECTIONS, Item, Plan
from safetyplan.plan_json import ParsedFile, export_from_db, export_json, import_into, parse_json
from safetyplan.sql import Database
from safetyplan.store import Picture, PlanStore
from safetyplan.vault import Vault

# Text the person wrote; no error message may ever repeat it.
CANARY = "CANARY-honeybee-4471"
WORLD = f"Gwenllïan ŵyr ŷd · Σοφία · Александра · 日本語 · أمل · 🫖 · {CANARY}"


def picture(kind: str, colour: str = "#4a90a4") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(buffer, format=kind)
    return buffer.getvalue()


PICTURES = {
    1: Picture("image/png", picture("PNG")),
    2: Picture("image/jpeg", picture("JPEG", "#c05030")),
}


def full_plan() -> Plan:
    """Every detail, and two items in every section with every field filled."""
    plan = Plan(
        preferred_name=f"Gwen {WORLD}",
        made_on=dt.date(2024, 2, 29),
        next_review=dt.date(2025, 2, 28),  # the latest allowed: 12 months on
        made_with=f"my key worker {WORLD}",
    )
    for spec in SECTIONS:
        plan.sections[spec.key] = [
            Item({key: f"{spec.key}.{key} {n} {WORLD}\nsecond line" for key in spec.field_keys})
            for n in range(2)
        ]
    plan.items("reasons_for_living")[0].picture = 1
    plan.items("reasons_for_living")[1].picture = 2
    return plan


ENTRIES = (
    Entry(
        at=dt.datetime(2024, 5, 1, 21, 30),
        situation=f"after the phone call {WORLD}",
        urge_before=8,
        urge_after=3,
        strategies=("Hold an ice cube", f"Walk {WORLD}"),
        helped="yes",
        note=f"note {WORLD}",
        self_harmed=False,
    ),
    Entry(at=dt.datetime(2024, 5, 2, 7, 5, 9), urge_before=0, urge_after=10, helped="a_bit"),
    Entry(at=dt.datetime(2024, 5, 3, 23, 59, 59), helped="no", self_harmed=True),
    Entry(at=dt.datetime(2024, 5, 4, 0, 0)),
)


def fill(db: Database) -> None:
    PlanStore(db).replace_plan(full_plan(), PICTURES)
    DiaryStore(db).replace_all(ENTRIES)


def contents(db: Database) -> tuple[Any, ...]:
    """Everything stored, with the ids (which an import gives afresh) left out."""
    store = PlanStore(db)
    plan = store.load()
    details = (plan.preferred_name, plan.made_on, plan.next_review, plan.made_with)
    sections = {
        key: [(item.data, _picture_of(store, item)) for item in items]
        for key, items in plan.sections.items()
    }
    log = [replace(entry, id=None) for entry in DiaryStore(db).all_entries()]
    return details, sections, log


def _picture_of(store: PlanStore, item: Item) -> Picture | None:
    return store.picture(item.picture) if item.picture is not None else None


def expected_contents() -> tuple[Any, ...]:
    plan = full_plan()
    details = (plan.preferred_name, plan.made_on, plan.next_review, plan.made_with)
    sections = {
        key: [(item.data, PICTURES.get(item.picture or 0)) for item in items]
        for key, items in plan.sections.items()
    }
    return details, sections, list(ENTRIES)


@pytest.fixture(scope="module")
def filled_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault with a full plan and diary, shared by the bad-file tests (none may change it)."""
    vault, _ = Vault.create(tmp_path_factory.mktemp("filled") / "vault", PASSPHRASE, QUICK_KDF)
    fill(vault.db)
    yield vault
    vault.close()


# ----------------------------------------------------------------------------- round trips


def test_every_section_and_field_round_trips_through_the_vault_and_json(
    filled_vault: Vault, tmp_path: Path
) -> None:
    assert contents(filled_vault.db) == expected_contents()
    data = export_from_db(filled_vault.db)

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, QUICK_KDF)
    store = PlanStore(other.db)
    store.add_item("warning_signs", {"text": "to be replaced"})
    picture_id = store.add_picture("image/png", picture("PNG", "#000000"))
    store.add_item("reasons_for_living", {"text": "to be replaced too"}, picture=picture_id)
    import_into(other.db, parse_json(data))
    other.close()

    reopened = Vault.open(tmp_path / "other", PASSPHRASE)
    try:
        assert contents(reopened.db) == expected_contents()
        assert export_from_db(reopened.db) == data
    finally:
        reopened.close()


def test_parse_gives_back_what_was_exported() -> None:
    parsed = parse_json(export_json(full_plan(), PICTURES, ENTRIES))
    original = full_plan()
    assert [parsed.plan.preferred_name, parsed.plan.made_on, parsed.plan.next_review] == [
        original.preferred_name,
        original.made_on,
        original.next_review,
    ]
    assert parsed.plan.made_with == original.made_with
    for spec in SECTIONS:
        got = parsed.plan.items(spec.key)
        assert [item.data for item in got] == [item.data for item in original.items(spec.key)]
    pictures = [
        parsed.pictures[item.picture or 0] for item in parsed.plan.items("reasons_for_living")
    ]
    assert pictures == [PICTURES[1], PICTURES[2]]
    assert parsed.log == ENTRIES


def test_the_file_is_readable_json_in_utf8() -> None:
    data = export_json(full_plan(), PICTURES, ENTRIES)
    document = json.loads(data.decode("utf-8"))
    assert document["format"] == "safetyplan"
    assert document["version"] == 1
    assert document["plan"]["made_on"] == "2024-02-29"
    assert "Александра".encode() in data  # written as it is, not as \\u escapes
    first_contact = document["plan"]["sections"]["support_people"][0]
    assert set(first_contact) == {"name", "relationship", "phone", "notes"}
    picture_json = document["plan"]["sections"]["reasons_for_living"][0]["picture"]
    assert base64.b64decode(picture_json["data"]) == PICTURES[1].data
    assert document["log"][0]["at"] == "2024-05-01T21:30:00"
    assert document["log"][1]["helped"] == "a_bit"


def test_an_empty_plan_round_trips() -> None:
    parsed = parse_json(export_json(Plan(), {}, []))
    assert parsed.plan.is_empty()
    assert parsed.pictures == {}
    assert parsed.log == ()


def minimal(**plan: Any) -> bytes:
    return json.dumps({"format": "safetyplan", "version": 1, "plan": plan}).encode()


def test_a_short_hand_written_file_is_accepted() -> None:
    data = minimal(
        preferred_name="Sam",
        sections={
            "warning_signs": [{"text": "I stop eating"}],
            "support_people": [{"name": "Mum", "phone": "07700 900123"}],
        },
    )
    parsed = parse_json(data)
    assert parsed.plan.items("warning_signs")[0].data == {"text": "I stop eating"}
    assert parsed.plan.items("support_people")[0].data == {"name": "Mum", "phone": "07700 900123"}
    assert parsed.plan.made_on is None
    assert parsed.log is None


def test_a_file_without_a_log_keeps_the_diary(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, QUICK_KDF)
    try:
        fill(vault.db)
        import_into(vault.db, parse_json(minimal(sections={"needs": [{"text": "sleep"}]})))
        _, sections, log = contents(vault.db)
        assert sections["needs"] == [({"text": "sleep"}, None)]
        assert sections["warning_signs"] == []
        assert log == list(ENTRIES)
    finally:
        vault.close()


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_json(b"\xef\xbb\xbf" + minimal(preferred_name="Sam")).plan.preferred_name == "Sam"


def test_times_with_an_offset_become_local_time() -> None:
    moment = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
    document = {
        "format": "safetyplan",
        "version": 1,
        "plan": {},
        "log": [{"at": "2024-06-01T12:00Z"}],
    }
    parsed = parse_json(json.dumps(document).encode())
    assert parsed.log == (Entry(at=moment.astimezone().replace(tzinfo=None)),)


def test_an_import_that_fails_part_way_changes_nothing(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, QUICK_KDF)
    try:
        fill(vault.db)
        before = contents(vault.db)
        # The plan is valid; the diary (built by hand, not parsed) fails after the plan is written.
        broken = ParsedFile(Plan(), {}, (Entry(at=dt.datetime(2024, 1, 1), urge_before=11),))
        with pytest.raises(InvalidDiaryEntry):
            import_into(vault.db, broken)
        assert contents(vault.db) == before
    finally:
        vault.close()


# ----------------------------------------------------------------------------- bad files

Document = dict[str, Any]


def good_document() -> Document:
    document: Document = json.loads(export_json(full_plan(), PICTURES, ENTRIES))
    return document


def edited(*changes: Callable[[Document], object]) -> bytes:
    """The good file with each of ``changes`` made to it."""
    document = copy.deepcopy(good_document())
    for change in changes:
        change(document)
    return json.dumps(document, ensure_ascii=False).encode()


def sections(document: Document) -> Document:
    found: Document = document["plan"]["sections"]
    return found


def set_path(*path_and_value: Any) -> Callable[[Document], None]:
    *path, value = path_and_value

    def change(document: Document) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def delete_path(*path: Any) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def nested(levels: int) -> Callable[[Document], None]:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return set_path("plan", "sections", "warning_signs", 0, "text", value)


SECTIONS_PATH = ("plan", "sections")
PICTURE_PATH = (*SECTIONS_PATH, "reasons_for_living", 0, "picture")
TOO_LONG = CANARY * (plan_json.MAX_TEXT_LENGTH // len(CANARY) + 1)
BIG_PICTURE = PICTURES[1].data + bytes(plan_json.MAX_PICTURE_BYTES)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    # name: (file, what the message must say)
    "empty": (b"", "The file is empty"),
    "only-spaces": (b"  \n\t ", "The file is empty"),
    "truncated": (edited(lambda d: None)[:-200], "not complete, valid JSON (line"),
    "not-json": (b"warning signs: none", "not complete, valid JSON (line 1, column 1)"),
    "invalid-utf8": (
        b'{"format": "safetyplan", "version": 1, "plan": {"preferred_name": "caf\xe9"}}',
        "not UTF-8 text (at byte 70)",
    ),
    "utf16": (minimal(preferred_name="Sam").decode().encode("utf-16"), "not UTF-8 text"),
    "deep-100000-lists": (b"[" * 100_000 + b"]" * 100_000, "nested more than 8 levels"),
    "deep-100000-objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested more than 8"),
    "deep-in-a-good-file": (edited(nested(4)), "nested more than 8 levels"),
    "flood-of-objects": (
        b'{"format": "safetyplan", "version": 1, "plan": {}, "log": [' + b"{}," * 300_000 + b"{}]}",
        "The file holds more entries and values than a plan can have",
    ),
    "flood-of-numbers": (
        b'{"format": "safetyplan", "version": 1, "plan": {}, "log": [' + b"0," * 2_000_000 + b"0]}",
        "The file holds more entries and values than a plan can have",
    ),
    "too-big": (b" " * (plan_json.MAX_FILE_BYTES + 1), "larger than 64 MB"),
    "top-level-list": (b"[]", "must hold one JSON object at the top level"),
    "top-level-text": (b'"safetyplan"', "must hold one JSON object at the top level"),
    "no-format": (edited(delete_path("format")), "format: this is not a SafetyPlan file"),
    "other-format": (edited(set_path("format", "keepass")), "format: this is not a SafetyPlan"),
    "newer-version": (edited(set_path("version", 2)), "version: this file was made by a newer"),
    "version-text": (edited(set_path("version", "1")), "version: not a version"),
    "version-zero": (edited(set_path("version", 0)), "version: not a version"),
    "version-true": (edited(set_path("version", True)), "version: not a version"),
    "no-plan": (edited(delete_path("plan")), 'The field "plan" is missing'),
    "unknown-top-field": (edited(set_path("extra", 1)), 'Unknown field "extra"'),
    "plan-is-list": (edited(set_path("plan", [])), "plan: must be a JSON object"),
    "unknown-plan-field": (edited(set_path("plan", "mood", 3)), 'plan: unknown field "mood"'),
    "name-is-number": (
        edited(set_path("plan", "preferred_name", 7)),
        "plan.preferred_name: must be text",
    ),
    "sections-is-list": (edited(set_path(*SECTIONS_PATH, [])), "plan.sections: must be a JSON"),
    "unknown-section": (
        edited(set_path(*SECTIONS_PATH, "wishes", [])),
        'plan.sections: unknown section "wishes"',
    ),
    "section-is-object": (
        edited(set_path(*SECTIONS_PATH, "coping_alone", {})),
        "plan.sections.coping_alone: must be a list",
    ),
    "item-is-text": (
        edited(set_path(*SECTIONS_PATH, "coping_alone", 1, CANARY)),
        "plan.sections.coping_alone[1]: must be a JSON object",
    ),
    "text-is-number": (
        edited(set_path(*SECTIONS_PATH, "warning_signs", 0, "text", 42)),
        "plan.sections.warning_signs[0].text: must be text",
    ),
    "text-is-null": (
        edited(set_path(*SECTIONS_PATH, "warning_signs", 0, "text", None)),
        "plan.sections.warning_signs[0].text: must be text",
    ),
    "unknown-item-field": (
        edited(set_path(*SECTIONS_PATH, "warning_signs", 1, "txt", CANARY)),
        'plan.sections.warning_signs[1]: unknown field "txt"',
    ),
    "field-of-another-section": (
        edited(set_path(*SECTIONS_PATH, "support_people", 0, "role", "GP")),
        'plan.sections.support_people[0]: unknown field "role"',
    ),
    "text-missing": (
        edited(delete_path(*SECTIONS_PATH, "strengths", 1, "text")),
        'plan.sections.strengths[1]: the field "text" is missing',
    ),
    "phone-missing": (
        edited(delete_path(*SECTIONS_PATH, "team", 0, "phone")),
        'plan.sections.team[0]: the field "phone" is missing',
    ),
    "huge-string": (
        edited(set_path(*SECTIONS_PATH, "needs", 0, "text", TOO_LONG)),
        "plan.sections.needs[0].text: longer than 20000 characters",
    ),
    "huge-name": (
        edited(set_path("plan", "made_with", TOO_LONG)),
        "plan.made_with: longer than 20000",
    ),
    "too-many-items": (
        edited(set_path(*SECTIONS_PATH, "goals_long", [{"text": "x"}] * 2001)),
        "plan.sections.goals_long: more than 2000 entries",
    ),
    "control-character": (
        edited(set_path(*SECTIONS_PATH, "needs", 1, "text", f"{CANARY}\u0000")),
        "plan.sections.needs[1].text: holds a character that isn't allowed",
    ),
    "lone-surrogate": (
        minimal(preferred_name="\ud83d"),
        "plan.preferred_name: holds a character that isn't allowed",
    ),
    "duplicate-field": (
        minimal(preferred_name="a").replace(b"{", b'{"plan": {}, ', 1),
        'The field "plan" appears more than once',
    ),
    "nan": (b'{"format": "safetyplan", "version": NaN}', "NaN or Infinity"),
    "huge-number": (b'{"version": ' + b"9" * 5000 + b"}", "not valid JSON"),
    "bad-date": (edited(set_path("plan", "made_on", "2023-02-29")), "plan.made_on: must be a real"),
    "date-format": (edited(set_path("plan", "made_on", "29/02/2024")), "plan.made_on: must be"),
    "date-with-time": (
        edited(set_path("plan", "next_review", "2024-03-01T10:00")),
        "plan.next_review: must be a real date",
    ),
    "date-year-9999": (
        edited(set_path("plan", "made_on", "9999-01-01")),
        "plan.made_on: must be a real date between 2000 and 2199",
    ),
    "both-dates-year-9999": (
        edited(
            set_path("plan", "made_on", "9999-01-01"), set_path("plan", "next_review", "9999-06-01")
        ),
        "plan.made_on: must be a real date between 2000 and 2199",
    ),
    "log-time-zone-past-year-1": (
        edited(set_path("log", 1, "at", "0001-01-01T00:00+14:00")),
        "log[1].at: must be a real date and time",
    ),
    "log-time-zone-past-year-9999": (
        edited(set_path("log", 1, "at", "9999-12-31T23:59-12:00")),
        "log[1].at: must be a real date and time",
    ),
    "date-is-number": (edited(set_path("plan", "made_on", 20240229)), "plan.made_on: must be"),
    "review-too-far": (
        edited(set_path("plan", "next_review", "2025-03-01")),
        "plan.next_review: the next review must be at most 12 months after",
    ),
    "picture-not-allowed": (
        edited(set_path(*SECTIONS_PATH, "strengths", 0, "picture", {"mime": "image/png"})),
        'plan.sections.strengths[0]: unknown field "picture"',
    ),
    "picture-gif": (
        edited(set_path(*PICTURE_PATH, "mime", "image/gif")),
        "reasons_for_living[0].picture.mime: must be",
    ),
    "picture-not-base64": (
        edited(set_path(*PICTURE_PATH, "data", "not base64!")),
        "reasons_for_living[0].picture.data: must be a picture written in base64",
    ),
    "picture-not-png": (
        edited(set_path(*PICTURE_PATH, "data", base64.b64encode(b"GIF89a....").decode())),
        "reasons_for_living[0].picture.data: the picture is not of the type",
    ),
    "picture-jpeg-called-png": (
        edited(set_path(*PICTURE_PATH, "data", base64.b64encode(PICTURES[2].data).decode())),
        "reasons_for_living[0].picture.data: the picture is not of the type",
    ),
    "picture-too-big": (
        edited(set_path(*PICTURE_PATH, "data", base64.b64encode(BIG_PICTURE).decode())),
        "reasons_for_living[0].picture.data: the picture is larger than 10 MB",
    ),
    "picture-missing-data": (
        edited(delete_path(*PICTURE_PATH, "data")),
        'reasons_for_living[0].picture: the field "data" is missing',
    ),
    "picture-extra-field": (
        edited(set_path(*PICTURE_PATH, "name", "me.png")),
        'reasons_for_living[0].picture: unknown field "name"',
    ),
    "log-is-object": (edited(set_path("log", {})), "log: must be a list"),
    "log-entry-is-list": (edited(set_path("log", 0, [])), "log[0]: must be a JSON object"),
    "log-time-missing": (edited(delete_path("log", 2, "at")), 'log[2]: the field "at" is missing'),
    "log-time-bad": (
        edited(set_path("log", 1, "at", "2024-05-32T10:00:00")),
        "log[1].at: must be a real date and time",
    ),
    "log-time-date-only": (
        edited(set_path("log", 1, "at", "2024-05-02")),
        "log[1].at: must be a real date and time",
    ),
    "log-urge-11": (edited(set_path("log", 0, "urge_before", 11)), "log[0].urge_before: must be"),
    "log-urge-negative": (edited(set_path("log", 0, "urge_after", -1)), "log[0].urge_after:"),
    "log-urge-float": (edited(set_path("log", 0, "urge_after", 5.0)), "log[0].urge_after: must"),
    "log-urge-true": (edited(set_path("log", 0, "urge_after", True)), "log[0].urge_after: must"),
    "log-urge-text": (edited(set_path("log", 0, "urge_before", "8")), "log[0].urge_before:"),
    "log-helped": (edited(set_path("log", 3, "helped", "maybe")), 'log[3].helped: must be "yes"'),
    "log-self-harmed": (
        edited(set_path("log", 0, "self_harmed", "no")),
        "log[0].self_harmed: must be true, false or null",
    ),
    "log-strategies-text": (
        edited(set_path("log", 0, "strategies", "walk")),
        "log[0].strategies: must be a list",
    ),
    "log-strategy-number": (
        edited(set_path("log", 0, "strategies", 1, 5)),
        "log[0].strategies[1]: must be text",
    ),
    "log-note-huge": (edited(set_path("log", 0, "note", TOO_LONG)), "log[0].note: longer than"),
    "log-unknown-field": (
        edited(set_path("log", 0, "mood_score", 3)),
        'log[0]: unknown field "mood_score"',
    ),
    "log-id-field": (edited(set_path("log", 0, "id", 3)), 'log[0]: unknown field "id"'),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_changes_nothing_and_says_where(filled_vault: Vault, name: str) -> None:
    data, expected = BAD_FILES[name]
    before = export_from_db(filled_vault.db)
    with pytest.raises(InvalidPlanFile) as caught:
        import_into(filled_vault.db, parse_json(data))
    message = caught.value.message()
    assert expected in caught.value.detail, message
    assert message.startswith("This file can't be imported. Your plan has not been changed.")
    assert "\n" not in message
    assert CANARY not in message
    assert export_from_db(filled_vault.db) == before


def test_reading_a_file_checks_it_too(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(BAD_FILES["newer-version"][0])
    with pytest.raises(InvalidPlanFile, match="newer version of SafetyPlan"):
        plan_json.read_plan_file(path)
    with pytest.raises(InvalidPlanFile, match="can't be opened or read"):
        plan_json.read_plan_file(tmp_path / "missing.json")
    with pytest.raises(InvalidPlanFile, match="can't be opened or read"):
        plan_json.read_plan_file(tmp_path)
    path.write_bytes(minimal(preferred_name="Sam"))
    assert plan_json.read_plan_file(path).plan.preferred_name == "Sam"


def test_the_review_date_may_be_exactly_12_months_on() -> None:
    parsed = parse_json(minimal(made_on="2024-03-15", next_review="2025-03-15"))
    assert parsed.plan.next_review == dt.date(2025, 3, 15)
    with pytest.raises(InvalidPlanFile, match="next_review"):
        parse_json(minimal(made_on="2024-03-15", next_review="2025-03-16"))


def test_brackets_and_escapes_inside_text_are_not_nesting() -> None:
    awkward = '[[[[[[[[[[{{{{{{{{{{ \\" \\\\" ]]]]"' + "\\" * 9 + "[[[[[[[[[["
    parsed = parse_json(minimal(sections={"warning_signs": [{"text": awkward}]}))
    assert parsed.plan.items("warning_signs")[0].text() == awkward


def test_long_keys_in_messages_are_cut_short() -> None:
    key = "k" * 500
    with pytest.raises(InvalidPlanFile) as caught:
        parse_json(minimal(**{key: 1}))
    assert len(caught.value.detail) < 100
