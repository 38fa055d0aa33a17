"""Crisis lines per region, loaded from ``resources/crisis_lines/<region>.json``.

The same data feeds the "Get help now" screen and the library's crisis-lines page, so the two
can never disagree. The file format is described in ``docs/crisis-lines.md``. A file that
doesn't validate raises :class:`InvalidCrisisLines`; nothing is half-loaded.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safetyplan import paths
from safetyplan.errors import SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CrisisLines"
FILE_FORMAT = "safetyplan-crisis-lines"
FILE_VERSION = 1
FALLBACK_REGION = "gb"

# Locale territories whose crisis lines live under another region's file.
_TERRITORY_ALIASES = {"uk": "gb"}

_TEXT_FIELDS = ("name", "number", "hours", "who_for", "source", "checked")
_FLAG_FIELDS = ("takes_calls", "takes_texts", "emergency", "verified_against_source")

# Reasons a file is refused; they follow the error's own message, after the file and field.
_NOT_JSON = QT_TRANSLATE_NOOP("CrisisLines", "not a readable JSON file")
_WRONG_FORMAT = QT_TRANSLATE_NOOP("CrisisLines", "not a crisis-lines file")
_WRONG_VERSION = QT_TRANSLATE_NOOP("CrisisLines", "a version this app can't read")
_REGION_MISMATCH = QT_TRANSLATE_NOOP("CrisisLines", "doesn't match the file's name")
_NO_LINES = QT_TRANSLATE_NOOP("CrisisLines", "there are no lines")
_NO_EMERGENCY_LINE = QT_TRANSLATE_NOOP("CrisisLines", "there is no emergency number")
_NOT_AN_ENTRY = QT_TRANSLATE_NOOP("CrisisLines", "not a crisis line entry")
_MISSING = QT_TRANSLATE_NOOP("CrisisLines", "missing or empty")
_MUST_BE_TEXT = QT_TRANSLATE_NOOP("CrisisLines", "must be text")
_MUST_BE_FLAG = QT_TRANSLATE_NOOP("CrisisLines", "must be true or false")
_NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("CrisisLines", "must be a web address starting https://")
_NO_WAY_TO_REACH = QT_TRANSLATE_NOOP("CrisisLines", "takes neither calls nor texts")
_TEXTS_NOT_TAKEN = QT_TRANSLATE_NOOP("CrisisLines", "given, but the line doesn't take texts")
_NOT_A_DATE = QT_TRANSLATE_NOOP("CrisisLines", "must be a date written YYYY-MM-DD")


class CrisisLinesError(SafetyPlanError):
    """Base of the crisis-line errors."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The list of crisis lines couldn't be loaded. In an emergency, call your local "
        "emergency number.",
    )


class UnknownRegion(CrisisLinesError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "There is no list of crisis lines for this country yet. In an emergency, call your "
        "local emergency number.",
    )


class InvalidCrisisLines(CrisisLinesError):
    """A region file that doesn't validate; ``detail`` names the file and the field."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The list of crisis lines for this country is damaged, so it can't be shown. "
        "In an emergency, call your local emergency number.",
    )


@dataclass(frozen=True)
class CrisisLine:
    name: str
    number: str
    hours: str
    who_for: str
    takes_calls: bool
    takes_texts: bool
    text_instruction: str  # for example "Text SHOUT to 85258"; empty if texts aren't taken
    emergency: bool
    source: str  # the service's own web address
    checked: dt.date  # when this entry was last written or compared with its source
    verified_against_source: bool  # True only if a person compared it with ``source``
    note: str = ""
    text_number: str = ""  # where texts go, if not to ``number``

    @property
    def texting_number(self) -> str:
        return self.text_number or self.number


@dataclass(frozen=True)
class CrisisRegion:
    code: str
    name: str
    lines: tuple[CrisisLine, ...]

    @property
    def emergency_numbers(self) -> tuple[str, ...]:
        return tuple(line.number for line in self.lines if line.emergency)

    @property
    def fully_verified(self) -> bool:
        return all(line.verified_against_source for line in self.lines)


def available_regions(directory: Path | None = None) -> list[str]:
    """Region codes that have a crisis-lines file, sorted."""
    folder = directory or paths.crisis_lines_dir()
    return sorted(path.stem for path in folder.glob("*.json"))


def load_region(region: str = FALLBACK_REGION, directory: Path | None = None) -> list[CrisisLine]:
    """The crisis lines for ``region`` (validated), emergency services first."""
    return list(load_crisis_region(region, directory).lines)


def load_crisis_region(region: str, directory: Path | None = None) -> CrisisRegion:
    """The whole region file: its code, its display name and its lines."""
    folder = directory or paths.crisis_lines_dir()
    code = region.strip().lower()
    if code not in available_regions(folder):
        raise UnknownRegion(code)
    path = folder / f"{code}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _bad(path.name, "", _NOT_JSON) from error
    return _parse_region(data, code, path.name)


def default_region(locale_name: str | None = None, directory: Path | None = None) -> str:
    """The region matching ``locale_name`` (default: the system's), else ``"gb"``."""
    if locale_name is None:
        from PySide6.QtCore import QLocale

        locale_name = QLocale.system().name()
    territory = locale_name.replace("-", "_").split(".")[0].split("_")[-1].lower()
    territory = _TERRITORY_ALIASES.get(territory, territory)
    return territory if territory in available_regions(directory) else FALLBACK_REGION


def preferred_region(saved: object, directory: Path | None = None) -> str:
    """``saved`` (a region a person chose earlier) if it still exists, else the default."""
    if isinstance(saved, str) and saved in available_regions(directory):
        return saved
    return default_region(directory=directory)


def region_name(region: str, directory: Path | None = None) -> str:
    """The display name of ``region``, or its code if its file can't be read."""
    try:
        return load_crisis_region(region, directory).name
    except CrisisLinesError:
        return region.upper()


def _parse_region(data: Any, code: str, file_name: str) -> CrisisRegion:
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise _bad(file_name, "format", _WRONG_FORMAT)
    if data.get("version") != FILE_VERSION:
        raise _bad(file_name, "version", _WRONG_VERSION)
    if data.get("region") != code:
        raise _bad(file_name, "region", _REGION_MISMATCH)
    name = _required_text(data, "region_name", file_name, "region_name")
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise _bad(file_name, "lines", _NO_LINES)
    lines = tuple(
        _parse_line(raw, file_name, f"lines[{index}]") for index, raw in enumerate(raw_lines)
    )
    if not any(line.emergency for line in lines):
        raise _bad(file_name, "lines", _NO_EMERGENCY_LINE)
    ordered = tuple(sorted(lines, key=lambda line: not line.emergency))
    return CrisisRegion(code=code, name=name, lines=ordered)


def _parse_line(raw: Any, file_name: str, where: str) -> CrisisLine:
    if not isinstance(raw, dict):
        raise _bad(file_name, where, _NOT_AN_ENTRY)
    text = {key: _required_text(raw, key, file_name, f"{where}.{key}") for key in _TEXT_FIELDS}
    flags = {key: _required_flag(raw, key, file_name, f"{where}.{key}") for key in _FLAG_FIELDS}
    instruction = _optional_text(raw, "text_instruction", file_name, f"{where}.text_instruction")
    note = _optional_text(raw, "note", file_name, f"{where}.note")
    text_number = _optional_text(raw, "text_number", file_name, f"{where}.text_number")
    if not text["source"].startswith("https://"):
        raise _bad(file_name, f"{where}.source", _NOT_AN_ADDRESS)
    if flags["takes_texts"] and not instruction:
        raise _bad(file_name, f"{where}.text_instruction", _MISSING)
    if text_number and not flags["takes_texts"]:
        raise _bad(file_name, f"{where}.text_number", _TEXTS_NOT_TAKEN)
    if not (flags["takes_calls"] or flags["takes_texts"]):
        raise _bad(file_name, where, _NO_WAY_TO_REACH)
    try:
        checked = dt.date.fromisoformat(text["checked"])
    except ValueError as error:
        raise _bad(file_name, f"{where}.checked", _NOT_A_DATE) from error
    return CrisisLine(
        name=text["name"],
        number=text["number"],
        hours=text["hours"],
        who_for=text["who_for"],
        takes_calls=flags["takes_calls"],
        takes_texts=flags["takes_texts"],
        text_instruction=instruction,
        emergency=flags["emergency"],
        source=text["source"],
        checked=checked,
        verified_against_source=flags["verified_against_source"],
        note=note,
        text_number=text_number,
    )


def _required_text(data: dict[str, Any], key: str, file_name: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _bad(file_name, where, _MISSING)
    return value.strip()


def _optional_text(data: dict[str, Any], key: str, file_name: str, where: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise _bad(file_name, where, _MUST_BE_TEXT)
    return value.strip()


def _required_flag(data: dict[str, Any], key: str, file_name: str, where: str) -> bool:
    value = data.get(key)
    if not isinstance(value, bool):
        raise _bad(file_name, where, _MUST_BE_FLAG)
    return value


def _bad(file_name: str, field: str, reason: str) -> InvalidCrisisLines:
    """The error for ``reason`` (marked for translation) at ``field`` of ``file_name``."""
    text = translate(CONTEXT, reason)
    return InvalidCrisisLines(f"{file_name}, {field}: {text}" if field else f"{file_name}: {text}")
