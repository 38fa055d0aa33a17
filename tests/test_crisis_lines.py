"""Crisis lines: every shipped region file validates, and bad files are refused plainly."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from safetyplan import crisis_lines, paths
from safetyplan.crisis_lines import InvalidCrisisLines, UnknownRegion
from safetyplan.errors import SafetyPlanError

SHIPPED = crisis_lines.available_regions()

# The numbers CONTENT_SAFETY.md asks for, per region.
REQUIRED_NUMBERS = {
    "gb": {"999", "111", "116 123", "85258", "0800 068 4141", "0800 1111"},
    "ie": {"112", "116 123", "50808"},
    "us": {"911", "988"},
    "ca": {"911", "988"},
    "au": {"000", "13 11 14"},
    "nz": {"111", "1737"},
}


def test_the_expected_regions_are_shipped() -> None:
    assert set(REQUIRED_NUMBERS) <= set(SHIPPED)


@pytest.mark.parametrize("region", SHIPPED)
def test_every_shipped_region_validates(region: str) -> None:
    loaded = crisis_lines.load_crisis_region(region)
    assert loaded.code == region
    assert loaded.name
    assert loaded.lines[0].emergency, "emergency services come first"
    for line in loaded.lines:
        assert line.name and line.number and line.hours and line.who_for
        assert line.source.startswith("https://")
        assert isinstance(line.checked, dt.date)
        assert line.checked <= dt.date.today()
        assert line.takes_calls or line.takes_texts
        if line.takes_texts:
            assert line.text_instruction


@pytest.mark.parametrize("region", sorted(REQUIRED_NUMBERS))
def test_each_region_has_the_numbers_content_safety_asks_for(region: str) -> None:
    numbers = {line.number for line in crisis_lines.load_region(region)}
    assert REQUIRED_NUMBERS[region] <= numbers


def test_uk_lines_say_who_they_are_for_and_how_to_text() -> None:
    lines = {line.name: line for line in crisis_lines.load_region("gb")}
    assert "under 35" in lines["Papyrus HOPELINE247"].who_for
    assert "under 19" in lines["Childline"].who_for
    assert lines["Shout"].text_instruction == "Text SHOUT to 85258"
    assert not lines["Shout"].takes_calls
    assert lines["Papyrus HOPELINE247"].texting_number == "88247"
    assert lines["Samaritans"].texting_number == "116 123"


def test_unverified_entries_are_flagged_honestly() -> None:
    """Nobody has compared the shipped data with the services' pages yet; the files say so."""
    for region in SHIPPED:
        loaded = crisis_lines.load_crisis_region(region)
        assert not loaded.fully_verified
        assert all(not line.verified_against_source for line in loaded.lines)


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("en_IE", "ie"),
        ("en_US.UTF-8", "us"),
        ("en-AU", "au"),
        ("mi_NZ", "nz"),
        ("fr_CA", "ca"),
        ("en_GB", "gb"),
        ("cy_UK", "gb"),
        ("de_DE", "gb"),
        ("C", "gb"),
        ("", "gb"),
    ],
)
def test_default_region_follows_the_locale_and_falls_back_to_gb(
    locale_name: str, region: str
) -> None:
    assert crisis_lines.default_region(locale_name) == region


def test_preferred_region_keeps_a_valid_choice_only() -> None:
    assert crisis_lines.preferred_region("nz") == "nz"
    fallback = crisis_lines.default_region()
    assert crisis_lines.preferred_region("xx") == fallback
    assert crisis_lines.preferred_region(None) == fallback
    assert crisis_lines.preferred_region(5) == fallback


def test_region_names() -> None:
    assert crisis_lines.region_name("gb") == "United Kingdom"
    assert crisis_lines.region_name("zz") == "ZZ"


# --- Bad files ------------------------------------------------------------------------------


@pytest.fixture
def lines_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "crisis_lines"
    folder.mkdir()
    shutil.copy(paths.crisis_lines_dir() / "gb.json", folder / "gb.json")
    return folder


def _rewrite(folder: Path, change: Any) -> None:
    path = folder / "gb.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_good_copy_loads(lines_dir: Path) -> None:
    assert len(crisis_lines.load_region("gb", lines_dir)) == 6


def test_unknown_region_is_refused_plainly(lines_dir: Path) -> None:
    with pytest.raises(UnknownRegion) as caught:
        crisis_lines.load_region("zz", lines_dir)
    assert "no list of crisis lines for this country" in caught.value.message()
    assert "emergency number" in caught.value.message()


def test_a_file_that_is_not_json_is_refused(lines_dir: Path) -> None:
    (lines_dir / "gb.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(InvalidCrisisLines) as caught:
        crisis_lines.load_region("gb", lines_dir)
    assert caught.value.detail == "gb.json: not a readable JSON file"


def test_a_file_that_is_not_utf8_is_refused(lines_dir: Path) -> None:
    (lines_dir / "gb.json").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InvalidCrisisLines):
        crisis_lines.load_region("gb", lines_dir)


def _set(key: str, value: Any) -> Any:
    return lambda data: data.__setitem__(key, value)


def _set_line(index: int, key: str, value: Any) -> Any:
    return lambda data: data["lines"][index].__setitem__(key, value)


def _drop_line_key(index: int, key: str) -> Any:
    return lambda data: data["lines"][index].pop(key)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (_set("format", "something-else"), "gb.json, format: not a crisis-lines file"),
        (_set("version", 2), "gb.json, version: a version this app can't read"),
        (_set("region", "ie"), "gb.json, region: doesn't match the file's name"),
        (_set("region_name", ""), "gb.json, region_name: missing or empty"),
        (_set("lines", []), "gb.json, lines: there are no lines"),
        (_set("lines", ["Samaritans"]), "gb.json, lines[0]: not a crisis line entry"),
        (_drop_line_key(2, "hours"), "gb.json, lines[2].hours: missing or empty"),
        (_set_line(2, "number", "  "), "gb.json, lines[2].number: missing or empty"),
        (_set_line(2, "who_for", 7), "gb.json, lines[2].who_for: missing or empty"),
        (_set_line(1, "emergency", "yes"), "gb.json, lines[1].emergency: must be true or false"),
        (_set_line(2, "note", ["a"]), "gb.json, lines[2].note: must be text"),
        (
            _set_line(2, "source", "http://www.samaritans.org/"),
            "gb.json, lines[2].source: must be a web address starting https://",
        ),
        (
            _set_line(3, "text_instruction", ""),
            "gb.json, lines[3].text_instruction: missing or empty",
        ),
        (
            _set_line(2, "text_number", "12345"),
            "gb.json, lines[2].text_number: given, but the line doesn't take texts",
        ),
        (
            _set_line(3, "takes_texts", False),
            "gb.json, lines[3]: takes neither calls nor texts",
        ),
        (
            _set_line(2, "checked", "23/11/2026"),
            "gb.json, lines[2].checked: must be a date written YYYY-MM-DD",
        ),
        (_set_line(0, "emergency", False), "gb.json, lines: there is no emergency number"),
    ],
)
def test_bad_files_are_refused_with_the_file_and_field(
    lines_dir: Path, change: Any, detail: str
) -> None:
    _rewrite(lines_dir, change)
    with pytest.raises(InvalidCrisisLines) as caught:
        crisis_lines.load_region("gb", lines_dir)
    assert isinstance(caught.value, SafetyPlanError)
    assert caught.value.detail == detail
    message = caught.value.message()
    assert message.startswith("The list of crisis lines for this country is damaged")
    assert "In an emergency, call your local emergency number." in message
    assert message.endswith(detail)


def test_region_name_of_a_damaged_file_falls_back_to_its_code(lines_dir: Path) -> None:
    (lines_dir / "gb.json").write_text("[]", encoding="utf-8")
    assert crisis_lines.region_name("gb", lines_dir) == "GB"
