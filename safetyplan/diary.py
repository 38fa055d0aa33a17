"""What works for me: diary entries of what a person tried, and the figures of what helps.

Times
    ``Entry.at`` is the person's local wall-clock time, *naive* (no time zone), to the second:
    it says when it happened for them and reads the same after a clock change or a move abroad.
    An aware datetime given to the store is converted to local time first. The database and the
    JSON file hold it as ISO 8601 without an offset (``"2024-05-01T21:30:00"``), which also sorts
    by time as text.

Strategies
    Matched case-insensitively after trimming and squeezing inner spaces (:func:`strategy_key`):
    ``" Walk  outside"`` and ``"walk outside"`` are one strategy. The figures show the spelling
    used most recently. The same strategy twice in one entry is kept once.

Did it help?
    Each entry's answer is ``"yes"``, ``"a_bit"``, ``"no"`` or ``None`` (not said). The figures
    count ``helped_yes`` and ``helped_a_bit`` apart; ``helped`` is their sum, "the times it helped
    at least a bit", and is what "helped N times" notes and the printed page show.

Change in distress
    ``urge_before - urge_after``, averaged over the entries that have both (so a positive number
    means the urge or distress went down). ``None`` when no entry has both.

There is never a score of the person: only counts of what they said about each strategy.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from safetyplan.errors import SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.sql import Database, Row
from safetyplan.store import PlanStore

CONTEXT = "Diary"
HELPED_ANSWERS = ("yes", "a_bit", "no")
URGE_MIN, URGE_MAX = 0, 10
COPING_SECTION = "coping_alone"
# Rows per multi-row INSERT: 500 rows x 8 values stays far below SQLite's variable limit.
BULK_ROWS = 500


class InvalidDiaryEntry(SafetyPlanError):
    """An entry that can't be stored; ``detail`` names the field, never what was written."""

    text = QT_TRANSLATE_NOOP(
        "Errors", "This diary entry can't be saved because one of its answers isn't valid."
    )


@dataclass
class Entry:
    """One moment: what the person tried and how it went. Every answer but ``at`` is optional."""

    at: dt.datetime  # local time, naive (see the module notes)
    situation: str = ""
    urge_before: int | None = None  # 0-10
    urge_after: int | None = None  # 0-10
    strategies: tuple[str, ...] = ()
    helped: str | None = None  # "yes" | "a_bit" | "no"
    note: str = ""
    self_harmed: bool | None = None  # optional; the question can be hidden in the settings
    id: int | None = None

    @property
    def change(self) -> int | None:
        """How far the urge went down (negative: up), if both were given."""
        if self.urge_before is None or self.urge_after is None:
            return None
        return self.urge_before - self.urge_after

    def is_blank(self) -> bool:
        """Whether nothing at all was answered (only the time is set)."""
        answers = (self.urge_before, self.urge_after, self.helped, self.self_harmed)
        no_text = not (self.situation.strip() or self.note.strip() or self.strategies)
        return no_text and all(answer is None for answer in answers)


def strategy_key(text: str) -> str:
    """The form strategies are matched by: trimmed, inner spaces squeezed, case folded."""
    return " ".join(text.split()).casefold()


def local_naive(moment: dt.datetime) -> dt.datetime:
    """``moment`` as naive local time, to the second."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def checked(entry: Entry) -> Entry:
    """A tidied copy of ``entry`` (time to the second, strategies trimmed and de-duplicated).

    Raises :class:`InvalidDiaryEntry` naming the first answer that isn't valid.
    """
    if not isinstance(entry.at, dt.datetime):
        raise InvalidDiaryEntry("at: a date and time")
    for name in ("urge_before", "urge_after"):
        _check_urge(name, getattr(entry, name))
    if entry.helped is not None and entry.helped not in HELPED_ANSWERS:
        raise InvalidDiaryEntry("helped: yes, a_bit, no or nothing")
    if entry.self_harmed is not None and not isinstance(entry.self_harmed, bool):
        raise InvalidDiaryEntry("self_harmed: true, false or nothing")
    for name in ("situation", "note"):
        if not isinstance(getattr(entry, name), str):
            raise InvalidDiaryEntry(f"{name}: text")
    return replace(entry, at=local_naive(entry.at), strategies=_tidy_strategies(entry.strategies))


def _check_urge(name: str, value: object) -> None:
    if value is None:
        return
    is_int = isinstance(value, int) and not isinstance(value, bool)
    if not is_int or not URGE_MIN <= value <= URGE_MAX:  # type: ignore[operator]
        raise InvalidDiaryEntry(f"{name}: a whole number from 0 to 10")


def _tidy_strategies(strategies: Iterable[object]) -> tuple[str, ...]:
    if isinstance(strategies, str):
        raise InvalidDiaryEntry("strategies: a list of text")
    kept: dict[str, str] = {}
    for strategy in strategies:
        if not isinstance(strategy, str):
            raise InvalidDiaryEntry("strategies: a list of text")
        text = " ".join(strategy.split())
        if text:
            kept.setdefault(strategy_key(text), text)
    return tuple(kept.values())


def _time_text(moment: dt.datetime) -> str:
    return local_naive(moment).isoformat()


ENTRY_COLUMNS = "id, at, situation, urge_before, urge_after, helped, note, self_harmed"
STRATEGY_COLUMNS = "match_key, at, entry, position, text, helped, change"


def _entry_values(entry: Entry) -> tuple[Any, ...]:
    """The values for ENTRY_COLUMNS after ``id``."""
    self_harmed = None if entry.self_harmed is None else int(entry.self_harmed)
    return (
        _time_text(entry.at),
        entry.situation,
        entry.urge_before,
        entry.urge_after,
        entry.helped,
        entry.note,
        self_harmed,
    )


def _entry_from_row(row: Row, strategies: tuple[str, ...]) -> Entry:
    entry_id, at, situation, before, after, helped, note, self_harmed = row
    return Entry(
        at=dt.datetime.fromisoformat(at),
        situation=situation,
        urge_before=before,
        urge_after=after,
        strategies=strategies,
        helped=helped,
        note=note,
        self_harmed=None if self_harmed is None else bool(self_harmed),
        id=entry_id,
    )


class DiaryStore:
    """Every read and write of the diary; each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # Writing
    def add(self, entry: Entry) -> int:
        """Store a new entry (its ``id`` is ignored); returns the new id."""
        entry = checked(entry)
        with self.db.transaction():
            rows = self.db.run(
                f"INSERT INTO diary_entries ({ENTRY_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                _entry_values(entry),
            )
            entry_id: int = rows[0][0]
            self._insert_strategies([replace(entry, id=entry_id)])
        return entry_id

    def update(self, entry: Entry) -> None:
        """Replace the stored entry that has ``entry.id`` with ``entry``."""
        if entry.id is None:
            raise ValueError("update() needs an entry that has been stored")
        entry = checked(entry)
        with self.db.transaction():
            self.db.run(
                "UPDATE diary_entries SET at = ?, situation = ?, urge_before = ?, "
                "urge_after = ?, helped = ?, note = ?, self_harmed = ? WHERE id = ?",
                (*_entry_values(entry), entry.id),
            )
            self.db.run("DELETE FROM diary_strategies WHERE entry = ?", (entry.id,))
            self._insert_strategies([entry])

    def remove(self, entry_id: int) -> Entry:
        """Remove an entry; returns it, so :meth:`restore` can put it back (undo)."""
        with self.db.transaction():
            entry = self.get(entry_id)
            self.db.run("DELETE FROM diary_entries WHERE id = ?", (entry_id,))
        return entry

    def restore(self, entry: Entry) -> None:
        """Put back an entry removed with :meth:`remove`, with its id."""
        if entry.id is None:
            raise ValueError("restore() needs an entry returned by remove()")
        entry = checked(entry)
        with self.db.transaction():
            self.db.run(
                f"INSERT INTO diary_entries ({ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.id, *_entry_values(entry)),
            )
            self._insert_strategies([entry])

    def replace_all(self, entries: Sequence[Entry]) -> None:
        """Replace the whole diary with ``entries``; ids are given afresh (1, 2, ... in time order).

        Joins an outer ``db.transaction()`` if there is one (the JSON import replaces the plan
        and the diary together). Every entry is checked before anything is written.
        """
        in_time_order = sorted((checked(e) for e in entries), key=lambda e: e.at)
        tidy = [replace(e, id=n) for n, e in enumerate(in_time_order, start=1)]
        with self.db.transaction():
            self.db.run("DELETE FROM diary_strategies")
            self.db.run("DELETE FROM diary_entries")
            rows = [(e.id, *_entry_values(e)) for e in tidy]
            self._insert_many(f"diary_entries ({ENTRY_COLUMNS})", rows)
            self._insert_strategies(tidy)

    # Reading
    def get(self, entry_id: int) -> Entry:
        entries = self.entries_with_ids([entry_id])
        if not entries:
            raise KeyError(entry_id)
        return entries[0]

    def count(self) -> int:
        count: int = self.db.value("SELECT count(*) FROM diary_entries")
        return count

    def all_entries(self) -> list[Entry]:
        """Every entry, oldest first."""
        rows = self.db.run(f"SELECT {ENTRY_COLUMNS} FROM diary_entries ORDER BY at, id")
        strategies = self._strategies_of(
            "SELECT entry, text FROM diary_strategies INDEXED BY diary_strategies_by_entry "
            "ORDER BY entry, position"
        )
        return [_entry_from_row(row, strategies.get(row[0], ())) for row in rows]

    def entries_between(self, start: dt.datetime, end: dt.datetime) -> list[Entry]:
        """Entries from ``start`` (included) up to ``end`` (not included), oldest first."""
        rows = self.db.run(
            f"SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE at >= ? AND at < ? ORDER BY at, id",
            (_time_text(start), _time_text(end)),
        )
        return self._with_strategies(rows)

    def ids_newest_first(self) -> list[int]:
        """Every entry's id, newest first: what a diary view pages through."""
        rows = self.db.run("SELECT id FROM diary_entries ORDER BY at DESC, id DESC")
        return [row[0] for row in rows]

    def entries_with_ids(self, ids: Sequence[int]) -> list[Entry]:
        """The entries with these ids, in the order given (ids not stored are left out)."""
        found: dict[int, Entry] = {}
        for chunk in _chunks(list(ids), BULK_ROWS):
            marks = ", ".join("?" * len(chunk))
            rows = self.db.run(
                f"SELECT {ENTRY_COLUMNS} FROM diary_entries WHERE id IN ({marks})", chunk
            )
            found.update((entry.id, entry) for entry in self._with_strategies(rows) if entry.id)
        return [found[entry_id] for entry_id in ids if entry_id in found]

    # Helpers
    def _with_strategies(self, rows: list[Row]) -> list[Entry]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        strategies: dict[int, tuple[str, ...]] = {}
        for chunk in _chunks(ids, BULK_ROWS):
            marks = ", ".join("?" * len(chunk))
            strategies.update(
                self._strategies_of(
                    "SELECT entry, text FROM diary_strategies "
                    f"WHERE entry IN ({marks}) ORDER BY entry, position",
                    chunk,
                )
            )
        return [_entry_from_row(row, strategies.get(row[0], ())) for row in rows]

    def _strategies_of(self, sql: str, params: Sequence[Any] = ()) -> dict[int, tuple[str, ...]]:
        grouped: dict[int, list[str]] = {}
        for entry_id, text in self.db.run(sql, params):
            grouped.setdefault(entry_id, []).append(text)
        return {entry_id: tuple(texts) for entry_id, texts in grouped.items()}

    def _insert_strategies(self, entries: Sequence[Entry]) -> None:
        """Store the strategies of stored, checked entries (with the copies of their answers)."""
        rows = sorted(  # in primary key order: much faster for many rows at once
            (strategy_key(text), _time_text(e.at), e.id, n, text, e.helped, e.change)
            for e in entries
            for n, text in enumerate(e.strategies)
        )
        self._insert_many(f"diary_strategies ({STRATEGY_COLUMNS})", rows)

    def _insert_many(self, target: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` with a few multi-row INSERTs (much faster than one per row)."""
        for chunk in _chunks(list(rows), BULK_ROWS):
            marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
            values = [value for row in chunk for value in row]
            self.db.run(f"INSERT INTO {target} VALUES {', '.join([marks] * len(chunk))}", values)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# The figures of what helps


class Period(Enum):
    """How far back the figures look, from ``now``."""

    LAST_MONTH = 1
    THREE_MONTHS = 3
    YEAR = 12
    ALL = 0

    def start(self, now: dt.datetime) -> dt.datetime | None:
        """The earliest time counted (``None``: everything)."""
        if self is Period.ALL:
            return None
        return months_before(local_naive(now), self.value)

    def label(self) -> str:
        return translate(CONTEXT, PERIOD_LABELS[self])


PERIOD_LABELS = {
    Period.LAST_MONTH: QT_TRANSLATE_NOOP("Diary", "The last month"),
    Period.THREE_MONTHS: QT_TRANSLATE_NOOP("Diary", "The last three months"),
    Period.YEAR: QT_TRANSLATE_NOOP("Diary", "The last year"),
    Period.ALL: QT_TRANSLATE_NOOP("Diary", "All time"),
}


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day and time ``months`` calendar months earlier (31 March - 1 month: 28/29 Feb)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


@dataclass(frozen=True)
class StrategyFigure:
    """What the diary says about one strategy over a period."""

    strategy: str  # the spelling used most recently
    used: int  # entries naming it
    helped_yes: int  # ... answered "yes, it helped"
    helped_a_bit: int  # ... answered "it helped a bit"
    helped_no: int  # ... answered "no"
    average_change: float | None  # mean of urge_before - urge_after; positive = went down
    changes_counted: int  # entries that gave both urges (what the average is over)

    @property
    def helped(self) -> int:
        """Times it helped at least a bit."""
        return self.helped_yes + self.helped_a_bit

    @property
    def not_said(self) -> int:
        return self.used - self.helped_yes - self.helped_a_bit - self.helped_no


# One ordered scan of diary_strategies' primary key (match_key first): no join, no sorting
# until the few result rows. SQLite takes a bare column (text) from the row that gave the only
# max() in the query: the spelling of the latest stored entry. Counting CASE expressions gives 0
# (not NULL) when none match; avg() and count() skip the NULL changes.
WHAT_HELPS_SQL = """
SELECT text,
       count(*),
       count(CASE WHEN helped = 'yes' THEN 1 END) AS yes,
       count(CASE WHEN helped = 'a_bit' THEN 1 END) AS a_bit,
       count(CASE WHEN helped = 'no' THEN 1 END),
       avg(change),
       count(change),
       max(entry)
FROM diary_strategies
WHERE at >= ?
GROUP BY match_key
ORDER BY yes + a_bit DESC, yes DESC, count(*) DESC, match_key
"""


def what_helps(
    source: Database | DiaryStore, period: Period = Period.ALL, now: dt.datetime | None = None
) -> list[StrategyFigure]:
    """The figures for each strategy used in ``period``, the ones that helped most first."""
    db = source.db if isinstance(source, DiaryStore) else source
    start = period.start(now or dt.datetime.now())
    since = "" if start is None else _time_text(start)  # "" sorts before every time
    return [
        StrategyFigure(text, used, yes, a_bit, no, average, counted)
        for text, used, yes, a_bit, no, average, counted, _latest_entry in db.run(
            WHAT_HELPS_SQL, (since,)
        )
    ]


class HelpedCounts(Mapping[str, int]):
    """Strategy text -> times it helped at least a bit; looked up however it is spelt.

    ``counts["walk outside"] == counts[" Walk  Outside "]``; strategies that never helped
    give 0 (and are not listed when iterating).
    """

    def __init__(self, figures: Iterable[StrategyFigure]) -> None:
        helped = [f for f in figures if f.helped]
        self._by_key = {strategy_key(f.strategy): f.helped for f in helped}
        self._names = [f.strategy for f in helped]

    def __getitem__(self, strategy: str) -> int:
        return self._by_key.get(strategy_key(strategy), 0)

    def __contains__(self, strategy: object) -> bool:
        return isinstance(strategy, str) and strategy_key(strategy) in self._by_key

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._by_key)


def helped_counts(source: Database | DiaryStore) -> HelpedCounts:
    """For the plan's "helped N times" notes: how often each strategy helped, over all time."""
    return HelpedCounts(what_helps(source, Period.ALL))


def figures_as_rows(figures: Iterable[StrategyFigure]) -> list[tuple[str, int, int, float | None]]:
    """Rows for ``export_pdf.write_what_helps_pdf``: (strategy, used, helped, average_change)."""
    return [(f.strategy, f.used, f.helped, f.average_change) for f in figures]


def move_strategy_to_top(plan_store: PlanStore, strategy: str) -> int:
    """Put ``strategy`` first in "things I can do on my own"; returns the plan item's id.

    The item that matches it (see :func:`strategy_key`) is moved; if there is none, the strategy
    is added at the top.
    """
    key = strategy_key(strategy)
    for item in plan_store.load().items(COPING_SECTION):
        if item.id is not None and strategy_key(item.text()) == key:
            plan_store.move_item(item.id, 0)
            return item.id
    return plan_store.add_item(COPING_SECTION, {"text": " ".join(strategy.split())}, position=0)
