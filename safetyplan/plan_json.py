"""The versioned JSON file format: export, and an import that validates the whole file first.

The format is documented in ``docs/file-format.md``. :func:`parse_json` checks everything (size,
encoding, nesting, every field) before anything is changed, and :func:`import_into` replaces the
plan (and the diary, if the file has one) in one transaction, so a bad file changes nothing.

Errors are :class:`~safetyplan.errors.InvalidPlanFile` whose ``detail`` names the place in the
file (``plan.sections.warning_signs[3]: unknown field "txt"``) and never what the person wrote.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from safetyplan.diary import HELPED_ANSWERS, URGE_MAX, URGE_MIN, DiaryStore, Entry, local_naive
from safetyplan.errors import InvalidPlanFile
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.plan import (
    DETAIL_KEYS,
    EARLIEST_DATE,
    LATEST_DATE,
    SECTIONS,
    SECTIONS_BY_KEY,
    Item,
    Plan,
    SectionSpec,
    latest_review_date,
)
from safetyplan.sql import Database
from safetyplan.store import Picture, PlanStore

CONTEXT = "PlanFile"
FILE_FORMAT = "safetyplan"
FILE_VERSION = 1

# Limits, generous for a real plan and small enough that a hostile file can't exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 8
MAX_TEXT_LENGTH = 20_000
MAX_ITEMS = 2_000
MAX_PICTURE_BYTES = 10 * 1024 * 1024
MAX_LOG_ENTRIES = 100_000
MAX_STRATEGIES = 100
# Objects and lists, and values of any kind, in the whole file: room for every section and the
# diary full, but not for the millions of tiny values a hostile 64 MB file could hold.
MAX_CONTAINERS = 2 * len(SECTIONS) * MAX_ITEMS + 2 * MAX_LOG_ENTRIES + 16
MAX_VALUES = 2_000_000

PICTURE_SIGNATURES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
TOP_KEYS = ("format", "version", "plan", "log")
ENTRY_KEYS = (
    "at",
    "situation",
    "urge_before",
    "urge_after",
    "strategies",
    "helped",
    "note",
    "self_harmed",
)

# Reasons a file is refused; they follow the error's own message, after the place.
_CANT_READ = QT_TRANSLATE_NOOP("PlanFile", "the file can't be opened or read")
_TOO_BIG = QT_TRANSLATE_NOOP("PlanFile", "the file is larger than {limit} MB")
_EMPTY = QT_TRANSLATE_NOOP("PlanFile", "the file is empty")
_NOT_UTF8 = QT_TRANSLATE_NOOP("PlanFile", "the file is not UTF-8 text (at byte {offset})")
_TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "PlanFile", "the file holds more entries and values than a plan can have"
)
_TOO_DEEP = QT_TRANSLATE_NOOP("PlanFile", "the file is nested more than {limit} levels deep")
_NOT_JSON_AT = QT_TRANSLATE_NOOP(
    "PlanFile", "the file is not complete, valid JSON (line {line}, column {column})"
)
_NOT_JSON = QT_TRANSLATE_NOOP("PlanFile", "the file is not valid JSON")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("PlanFile", "the file holds NaN or Infinity, which JSON forbids")
_NOT_SAFETYPLAN = QT_TRANSLATE_NOOP("PlanFile", "this is not a SafetyPlan file")
_NEWER = QT_TRANSLATE_NOOP(
    "PlanFile",
    "this file was made by a newer version of SafetyPlan; please update SafetyPlan to import it",
)
_UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "PlanFile", "not a version of the file format SafetyPlan knows"
)
_TOP_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "PlanFile", "this is not a SafetyPlan file: it must hold one JSON object at the top level"
)
_NOT_OBJECT = QT_TRANSLATE_NOOP("PlanFile", "must be a JSON object")
_NOT_LIST = QT_TRANSLATE_NOOP("PlanFile", "must be a list")
_NOT_TEXT = QT_TRANSLATE_NOOP("PlanFile", "must be text")
_DUPLICATE = QT_TRANSLATE_NOOP("PlanFile", 'the field "{name}" appears more than once')
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("PlanFile", 'unknown field "{name}"')
_UNKNOWN_SECTION = QT_TRANSLATE_NOOP("PlanFile", 'unknown section "{name}"')
_MISSING = QT_TRANSLATE_NOOP("PlanFile", 'the field "{name}" is missing')
_TOO_LONG = QT_TRANSLATE_NOOP("PlanFile", "longer than {limit} characters")
_TOO_MANY = QT_TRANSLATE_NOOP("PlanFile", "more than {limit} entries")
_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "PlanFile", "holds a character that isn't allowed (a control character or a lone surrogate)"
)
_BAD_DATE = QT_TRANSLATE_NOOP(
    "PlanFile", "must be a real date between 2000 and 2199, written YYYY-MM-DD, or null"
)
_BAD_TIME = QT_TRANSLATE_NOOP(
    "PlanFile",
    "must be a real date and time between 2000 and 2199, written YYYY-MM-DDTHH:MM (ISO 8601)",
)
_REVIEW_TOO_FAR = QT_TRANSLATE_NOOP(
    "PlanFile", "the next review must be at most 12 months after the plan was made"
)
_BAD_URGE = QT_TRANSLATE_NOOP("PlanFile", "must be a whole number from 0 to 10, or null")
_BAD_HELPED = QT_TRANSLATE_NOOP("PlanFile", 'must be "yes", "a_bit", "no" or null')
_BAD_FLAG = QT_TRANSLATE_NOOP("PlanFile", "must be true, false or null")
_BAD_PICTURE_TYPE = QT_TRANSLATE_NOOP("PlanFile", 'must be "image/png" or "image/jpeg"')
_BAD_BASE64 = QT_TRANSLATE_NOOP("PlanFile", "must be a picture written in base64")
_PICTURE_TOO_BIG = QT_TRANSLATE_NOOP("PlanFile", "the picture is larger than {limit} MB")
_PICTURE_MISMATCH = QT_TRANSLATE_NOOP("PlanFile", "the picture is not of the type its mime says")

# A JSON string with its escaped quotes removed, possibly cut off by the end of the file.
_JSON_STRING = re.compile(r'"[^"]*"?')
_NOT_STRUCTURE = re.compile(r"[^\[\]{},]+")
_FORBIDDEN_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?\Z")
_MB = 1024 * 1024


@dataclass(frozen=True)
class ParsedFile:
    """A whole, validated file. ``log`` is ``None`` if the file has no diary (it is then kept).

    ``plan``'s items refer to pictures by their number in ``pictures``.
    """

    plan: Plan
    pictures: dict[int, Picture]
    log: tuple[Entry, ...] | None


# ----------------------------------------------------------------------------- export


def export_json(plan: Plan, pictures: Mapping[int, Picture], log: Sequence[Entry]) -> bytes:
    """The plan, its pictures (by the ids its items use) and the diary, as a UTF-8 JSON file."""
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "plan": _plan_to_json(plan, pictures),
        "log": [_entry_to_json(entry) for entry in log],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_from_db(db: Database) -> bytes:
    """Everything stored in an open vault, as :func:`export_json` writes it."""
    store = PlanStore(db)
    plan = store.load()
    return export_json(plan, plan_pictures(store, plan), DiaryStore(db).all_entries())


def plan_pictures(store: PlanStore, plan: Plan) -> dict[int, Picture]:
    """The pictures ``plan``'s items use, by id."""
    ids = {item.picture for items in plan.sections.values() for item in items}
    found = {picture_id: store.picture(picture_id) for picture_id in ids if picture_id is not None}
    return {picture_id: picture for picture_id, picture in found.items() if picture is not None}


def _plan_to_json(plan: Plan, pictures: Mapping[int, Picture]) -> dict[str, Any]:
    return {
        "preferred_name": plan.preferred_name,
        "made_on": plan.made_on.isoformat() if plan.made_on else None,
        "next_review": plan.next_review.isoformat() if plan.next_review else None,
        "made_with": plan.made_with,
        "sections": {
            spec.key: [_item_to_json(item, spec, pictures) for item in plan.items(spec.key)]
            for spec in SECTIONS
        },
    }


def _item_to_json(item: Item, spec: SectionSpec, pictures: Mapping[int, Picture]) -> dict[str, Any]:
    """The section's required fields always, its other fields when the item has them."""
    out: dict[str, Any] = {
        key: str(item.data.get(key, ""))
        for key in spec.field_keys
        if key in spec.required_keys or key in item.data
    }
    picture = pictures.get(item.picture) if item.picture is not None else None
    if spec.allows_pictures and picture is not None:
        out["picture"] = {"mime": picture.mime, "data": base64.b64encode(picture.data).decode()}
    return out


def _entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "situation": entry.situation,
        "urge_before": entry.urge_before,
        "urge_after": entry.urge_after,
        "strategies": list(entry.strategies),
        "helped": entry.helped,
        "note": entry.note,
        "self_harmed": entry.self_harmed,
    }


# ----------------------------------------------------------------------------- import


def import_into(db: Database, parsed: ParsedFile) -> None:
    """Replace the plan, and the diary if the file has one, in one transaction (all or none)."""
    with db.transaction():
        PlanStore(db).replace_plan(parsed.plan, parsed.pictures)
        if parsed.log is not None:
            DiaryStore(db).replace_all(parsed.log)


def read_plan_file(path: Path) -> ParsedFile:
    """Read and validate the file at ``path``, reading no more than the size limit allows."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise _bad("", _CANT_READ) from None
    return parse_json(data)


def parse_json(data: bytes) -> ParsedFile:
    """Validate a whole file; raises InvalidPlanFile naming what is wrong and where."""
    top = _load(data)
    if not isinstance(top, dict):
        raise _bad("", _TOP_NOT_OBJECT)
    _check_format(top)
    _object(top, "", TOP_KEYS, required=("plan",))
    pictures: dict[int, Picture] = {}
    plan = _parse_plan(top["plan"], "plan", pictures)
    log = _parse_log(top["log"], "log") if "log" in top else None
    return ParsedFile(plan, pictures, log)


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw twice (json keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                result.duplicates = (key,)
                break
            seen.add(key)
    return result


def _reject_constant(name: str) -> NoReturn:
    raise _bad("", _NOT_A_NUMBER)


def _load(data: bytes) -> Any:
    """Decode and parse, after the checks that keep a hostile file from exhausting memory."""
    if len(data) > MAX_FILE_BYTES:
        raise _bad("", _TOO_BIG, limit=MAX_FILE_BYTES // _MB)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise _bad("", _NOT_UTF8, offset=error.start) from None
    if not text.strip():
        raise _bad("", _EMPTY)
    _check_shape(text)
    try:
        return json.loads(
            text, object_pairs_hook=_object_from_pairs, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        raise _bad("", _NOT_JSON_AT, line=error.lineno, column=error.colno) from None
    except (ValueError, RecursionError):  # for example an integer with thousands of digits
        raise _bad("", _NOT_JSON) from None


def _check_shape(text: str) -> None:
    """Refuse deep nesting and floods of tiny values before the (recursive) JSON parser runs.

    A 64 MB file of ``{},{},...`` would otherwise become millions of Python objects.
    """
    # Drop escaped backslashes, then escaped quotes, so every quote left opens or closes a
    # string; then drop the strings (what is inside them doesn't count) and all but , [ ] { }.
    unescaped = text.replace("\\\\", "").replace('\\"', "")
    shape = _NOT_STRUCTURE.sub("", _JSON_STRING.sub("", unescaped))
    containers = shape.count("[") + shape.count("{")
    if containers > MAX_CONTAINERS or containers + shape.count(",") > MAX_VALUES:
        raise _bad("", _TOO_MANY_VALUES)
    depth = 0
    for mark in shape:
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _bad("", _TOO_DEEP, limit=MAX_DEPTH)
        elif mark != ",":
            depth -= 1


def _check_format(top: dict[str, Any]) -> None:
    if top.get("format") != FILE_FORMAT:
        raise _bad("format", _NOT_SAFETYPLAN)
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad("version", _UNKNOWN_VERSION)
    if version > FILE_VERSION:
        raise _bad("version", _NEWER)


def _parse_plan(raw: Any, where: str, pictures: dict[int, Picture]) -> Plan:
    fields = _object(raw, where, allowed=(*DETAIL_KEYS, "sections"))
    plan = Plan(
        preferred_name=_text(fields.get("preferred_name", ""), f"{where}.preferred_name"),
        made_on=_date(fields.get("made_on"), f"{where}.made_on"),
        next_review=_date(fields.get("next_review"), f"{where}.next_review"),
        made_with=_text(fields.get("made_with", ""), f"{where}.made_with"),
    )
    if plan.made_on and plan.next_review and plan.next_review > latest_review_date(plan.made_on):
        raise _bad(f"{where}.next_review", _REVIEW_TOO_FAR)
    sections = _object(fields.get("sections", {}), f"{where}.sections")
    for key, raw_items in sections.items():
        if key not in SECTIONS_BY_KEY:
            raise _bad(f"{where}.sections", _UNKNOWN_SECTION, name=_shown(key))
        spec = SECTIONS_BY_KEY[key]
        place = f"{where}.sections.{key}"
        items = _list(raw_items, place, MAX_ITEMS)
        plan.sections[key] = [
            _parse_item(raw_item, spec, f"{place}[{index}]", pictures)
            for index, raw_item in enumerate(items)
        ]
    return plan


def _parse_item(raw: Any, spec: SectionSpec, where: str, pictures: dict[int, Picture]) -> Item:
    allowed = (*spec.field_keys, "picture") if spec.allows_pictures else spec.field_keys
    fields = _object(raw, where, allowed, spec.required_keys)
    data = {key: _text(fields[key], f"{where}.{key}") for key in spec.field_keys if key in fields}
    picture_number = None
    if "picture" in fields:
        picture_number = len(pictures) + 1
        pictures[picture_number] = _parse_picture(fields["picture"], f"{where}.picture")
    return Item(data, picture=picture_number)


def _parse_picture(raw: Any, where: str) -> Picture:
    fields = _object(raw, where, ("mime", "data"), ("mime", "data"))
    mime = fields["mime"]
    if mime not in PICTURE_SIGNATURES:
        raise _bad(f"{where}.mime", _BAD_PICTURE_TYPE)
    encoded = fields["data"]
    if not isinstance(encoded, str):
        raise _bad(f"{where}.data", _BAD_BASE64)
    if len(encoded) > (MAX_PICTURE_BYTES + 2) // 3 * 4:
        raise _bad(f"{where}.data", _PICTURE_TOO_BIG, limit=MAX_PICTURE_BYTES // _MB)
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _bad(f"{where}.data", _BAD_BASE64) from None
    if not data.startswith(PICTURE_SIGNATURES[mime]):
        raise _bad(f"{where}.data", _PICTURE_MISMATCH)
    return Picture(mime, data)


def _parse_log(raw: Any, where: str) -> tuple[Entry, ...]:
    entries = _list(raw, where, MAX_LOG_ENTRIES)
    return tuple(_parse_entry(entry, f"{where}[{index}]") for index, entry in enumerate(entries))


def _parse_entry(raw: Any, where: str) -> Entry:
    fields = _object(raw, where, ENTRY_KEYS, ("at",))
    strategies = _list(fields.get("strategies", []), f"{where}.strategies", MAX_STRATEGIES)
    return Entry(
        at=_date_time(fields["at"], f"{where}.at"),
        situation=_text(fields.get("situation", ""), f"{where}.situation"),
        urge_before=_urge(fields.get("urge_before"), f"{where}.urge_before"),
        urge_after=_urge(fields.get("urge_after"), f"{where}.urge_after"),
        strategies=tuple(
            _text(strategy, f"{where}.strategies[{index}]")
            for index, strategy in enumerate(strategies)
        ),
        helped=_helped(fields.get("helped"), f"{where}.helped"),
        note=_text(fields.get("note", ""), f"{where}.note"),
        self_harmed=_flag(fields.get("self_harmed"), f"{where}.self_harmed"),
    )


# ----------------------------------------------------------------------------- values


def _object(
    raw: Any, where: str, allowed: Sequence[str] | None = None, required: Sequence[str] = ()
) -> dict[str, Any]:
    """``raw`` as an object with no repeated keys, only ``allowed`` ones, and all ``required``."""
    if not isinstance(raw, dict):
        raise _bad(where, _NOT_OBJECT)
    if isinstance(raw, _Object) and raw.duplicates:
        raise _bad(where, _DUPLICATE, name=_shown(raw.duplicates[0]))
    if allowed is not None:
        _check_keys(raw, where, allowed)
    for key in required:
        if key not in raw:
            raise _bad(where, _MISSING, name=key)
    return raw


def _check_keys(fields: dict[str, Any], where: str, allowed: Sequence[str]) -> None:
    for key in fields:
        if key not in allowed:
            raise _bad(where, _UNKNOWN_FIELD, name=_shown(key))


def _list(raw: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(raw, list):
        raise _bad(where, _NOT_LIST)
    if len(raw) > limit:
        raise _bad(where, _TOO_MANY, limit=limit)
    return raw


def _text(raw: Any, where: str) -> str:
    if not isinstance(raw, str):
        raise _bad(where, _NOT_TEXT)
    if len(raw) > MAX_TEXT_LENGTH:
        raise _bad(where, _TOO_LONG, limit=MAX_TEXT_LENGTH)
    if _FORBIDDEN_CHARACTER.search(raw):
        raise _bad(where, _BAD_CHARACTER)
    return raw


def _date(raw: Any, where: str) -> dt.date | None:
    if raw is None:
        return None
    try:
        if isinstance(raw, str) and _DATE.match(raw):
            day = dt.date.fromisoformat(raw)
            if EARLIEST_DATE <= day <= LATEST_DATE:
                return day
    except ValueError:
        pass
    raise _bad(where, _BAD_DATE)


def _date_time(raw: Any, where: str) -> dt.datetime:
    try:
        if isinstance(raw, str) and _DATE_TIME.match(raw):
            moment = local_naive(dt.datetime.fromisoformat(raw))
            if EARLIEST_DATE <= moment.date() <= LATEST_DATE:
                return moment
    except (ValueError, OverflowError):  # a time zone can push a date past year 1 or 9999
        pass
    raise _bad(where, _BAD_TIME)


def _urge(raw: Any, where: str) -> int | None:
    if raw is None or (type(raw) is int and URGE_MIN <= raw <= URGE_MAX):
        return raw
    raise _bad(where, _BAD_URGE)


def _helped(raw: Any, where: str) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, str) and raw in HELPED_ANSWERS:
        return raw
    raise _bad(where, _BAD_HELPED)


def _flag(raw: Any, where: str) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    raise _bad(where, _BAD_FLAG)


def _shown(key: str) -> str:
    """A key from the file as it may appear in a message: short, and with no odd characters."""
    short = key if len(key) <= 40 else key[:40] + "…"
    return json.dumps(short)[1:-1]


def _bad(where: str, reason: str, **values: object) -> InvalidPlanFile:
    """The error for ``reason`` (marked for translation, with ``{name}`` slots) at ``where``."""
    text = translate(CONTEXT, reason).format(**values)
    return InvalidPlanFile(f"{where}: {text}" if where else text[:1].upper() + text[1:])
