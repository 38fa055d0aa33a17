"""The diary and the figures of what helps, on real encrypted vaults."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from safetyplan.diary import (
    DiaryStore,
    Entry,
    HelpedCounts,
    InvalidDiaryEntry,
    Period,
    StrategyFigure,
    figures_as_rows,
    helped_counts,
    months_before,
    move_strategy_to_top,
    strategy_key,
    what_helps,
)
from safetyplan.migrations import SCHEMA_VERSION
from safetyplan.sql import DatabaseError
from safetyplan.store import PlanStore
from safetyplan.vault import Vault

NOW = dt.datetime(2025, 6, 15, 12, 0)


@pytest.fixture
def diary(open_vault: Vault) -> DiaryStore:
    return DiaryStore(open_vault.db)


def at(days_ago: float) -> dt.datetime:
    return NOW - dt.timedelta(days=days_ago)


def figures_by_name(figures: list[StrategyFigure]) -> dict[str, StrategyFigure]:
    return {figure.strategy: figure for figure in figures}


# Storing entries


def test_an_entry_round_trips_with_every_answer(diary: DiaryStore) -> None:
    entry = Entry(
        at=dt.datetime(2025, 3, 1, 21, 30, 15, 123456),
        situation="After the phone call",
        urge_before=8,
        urge_after=3,
        strategies=("Ice cube", "Music"),
        helped="a_bit",
        note="Took a while",
        self_harmed=False,
    )
    entry_id = diary.add(entry)
    stored = diary.get(entry_id)
    assert stored.id == entry_id
    assert stored.at == dt.datetime(2025, 3, 1, 21, 30, 15)  # to the second
    assert (stored.situation, stored.note) == ("After the phone call", "Took a while")
    assert (stored.urge_before, stored.urge_after, stored.helped) == (8, 3, "a_bit")
    assert stored.strategies == ("Ice cube", "Music")
    assert stored.self_harmed is False
    assert diary.count() == 1


def test_an_entry_with_only_a_time_is_allowed(diary: DiaryStore) -> None:
    entry_id = diary.add(Entry(at=NOW))
    stored = diary.get(entry_id)
    assert stored.is_blank()
    assert (stored.urge_before, stored.helped, stored.self_harmed) == (None, None, None)


def test_aware_times_become_local_time(diary: DiaryStore) -> None:
    moment = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    stored = diary.get(diary.add(Entry(at=moment)))
    assert stored.at.tzinfo is None
    assert stored.at == moment.astimezone().replace(tzinfo=None)


def test_strategies_are_trimmed_and_kept_once(diary: DiaryStore) -> None:
    entry_id = diary.add(Entry(at=NOW, strategies=("  Walk   outside ", "walk outside", "", " ")))
    assert diary.get(entry_id).strategies == ("Walk outside",)


def test_update_replaces_the_answers_and_the_figures_follow(diary: DiaryStore) -> None:
    entry_id = diary.add(Entry(at=at(1), strategies=("Walk",), helped="no"))
    entry = diary.get(entry_id)
    entry.strategies = ("Music",)
    entry.helped = "yes"
    entry.urge_before, entry.urge_after = 7, 2
    diary.update(entry)
    assert diary.get(entry_id).strategies == ("Music",)
    figures = what_helps(diary, Period.ALL, NOW)
    assert figures == [StrategyFigure("Music", 1, 1, 0, 0, 5.0, 1)]


def test_update_needs_a_stored_entry(diary: DiaryStore) -> None:
    with pytest.raises(ValueError, match="stored"):
        diary.update(Entry(at=NOW))


def test_remove_then_restore_puts_it_back(diary: DiaryStore) -> None:
    keep = diary.add(Entry(at=at(2), strategies=("Walk",), helped="yes"))
    entry_id = diary.add(Entry(at=at(1), strategies=("Music", "Walk"), helped="no", note="n"))
    removed = diary.remove(entry_id)
    assert diary.count() == 1
    assert figures_by_name(what_helps(diary, Period.ALL, NOW))["Walk"].used == 1
    assert "Music" not in figures_by_name(what_helps(diary, Period.ALL, NOW))
    diary.restore(removed)
    assert diary.get(entry_id) == removed
    assert diary.ids_newest_first() == [entry_id, keep]
    assert figures_by_name(what_helps(diary, Period.ALL, NOW))["Walk"].used == 2


def test_removing_an_unknown_entry_says_so(diary: DiaryStore) -> None:
    with pytest.raises(KeyError):
        diary.remove(404)


def test_entries_come_back_in_time_order(diary: DiaryStore) -> None:
    late = diary.add(Entry(at=at(1), note="late"))
    early = diary.add(Entry(at=at(3), note="early"))
    middle = diary.add(Entry(at=at(2), note="middle"))
    assert [e.id for e in diary.all_entries()] == [early, middle, late]
    assert diary.ids_newest_first() == [late, middle, early]
    assert [e.id for e in diary.entries_with_ids([middle, 999, late])] == [middle, late]


def test_entries_between_includes_the_start_not_the_end(diary: DiaryStore) -> None:
    start, end = dt.datetime(2025, 5, 1), dt.datetime(2025, 5, 2)
    diary.add(Entry(at=start, note="start"))
    diary.add(Entry(at=end - dt.timedelta(seconds=1), note="last second"))
    diary.add(Entry(at=end, note="end"))
    diary.add(Entry(at=start - dt.timedelta(seconds=1), note="before"))
    assert [e.note for e in diary.entries_between(start, end)] == ["start", "last second"]


def test_replace_all_swaps_the_whole_diary(diary: DiaryStore) -> None:
    diary.add(Entry(at=at(5), strategies=("Old",)))
    diary.replace_all([Entry(at=at(2), strategies=("New",)), Entry(at=at(1), id=77)])
    assert [e.id for e in diary.all_entries()] == [1, 2]
    assert [f.strategy for f in what_helps(diary, Period.ALL, NOW)] == ["New"]


def test_replace_all_with_a_bad_entry_changes_nothing(diary: DiaryStore) -> None:
    diary.add(Entry(at=at(5), note="kept"))
    with pytest.raises(InvalidDiaryEntry):
        diary.replace_all([Entry(at=at(1)), Entry(at=at(1), urge_after=12)])
    assert [e.note for e in diary.all_entries()] == ["kept"]


def test_replace_all_joins_an_outer_transaction(diary: DiaryStore) -> None:
    diary.add(Entry(at=at(5), note="kept"))

    class ImportStopped(Exception):
        pass

    with pytest.raises(ImportStopped), diary.db.transaction():
        diary.replace_all([Entry(at=at(1), note="new")])
        raise ImportStopped
    assert [e.note for e in diary.all_entries()] == ["kept"]


BAD_ENTRIES = [
    (Entry(at=NOW, urge_before=11), "urge_before"),
    (Entry(at=NOW, urge_before=-1), "urge_before"),
    (Entry(at=NOW, urge_after=True), "urge_after"),
    (Entry(at=NOW, urge_after=5.0), "urge_after"),  # type: ignore[arg-type]
    (Entry(at=NOW, urge_after="5"), "urge_after"),  # type: ignore[arg-type]
    (Entry(at=NOW, helped="maybe"), "helped"),
    (Entry(at=NOW, strategies="Walk"), "strategies"),  # type: ignore[arg-type]
    (Entry(at=NOW, strategies=("Walk", 3)), "strategies"),  # type: ignore[arg-type]
    (Entry(at=NOW, self_harmed="no"), "self_harmed"),  # type: ignore[arg-type]
    (Entry(at="2025-01-01T10:00"), "at"),  # type: ignore[arg-type]
    (Entry(at=NOW, note=None), "note"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("entry", "field"), BAD_ENTRIES)
def test_bad_answers_are_refused_with_a_plain_message(
    diary: DiaryStore, entry: Entry, field: str
) -> None:
    with pytest.raises(InvalidDiaryEntry) as caught:
        diary.add(entry)
    assert caught.value.detail.startswith(field + ":")
    assert caught.value.message().startswith("This diary entry can't be saved")
    assert diary.count() == 0


def test_the_database_refuses_out_of_range_answers_too(diary: DiaryStore) -> None:
    with pytest.raises(DatabaseError, match="CHECK"):
        diary.db.run("INSERT INTO diary_entries (at, urge_before) VALUES ('2025-01-01', 11)")


# The figures


def known_entries() -> list[Entry]:
    return [
        Entry(at=at(1), urge_before=8, urge_after=4, strategies=("Ice cube",), helped="yes"),
        Entry(
            at=at(2), urge_before=6, urge_after=5, strategies=("ice cube ", "Music"), helped="a_bit"
        ),
        Entry(at=at(3), urge_before=5, strategies=("Music",), helped="no"),
        Entry(at=at(10), urge_before=7, urge_after=7, strategies=("Walk",)),
        Entry(at=at(40), urge_before=9, urge_after=2, strategies=("ICE CUBE",), helped="yes"),
        Entry(at=at(200), urge_before=4, urge_after=6, strategies=("Walk",), helped="no"),
        Entry(at=at(500), strategies=("Draw",), helped="yes"),
        Entry(at=at(0.5), situation="nothing tried", urge_before=6, helped="yes"),
    ]


def test_figures_from_a_known_diary(diary: DiaryStore) -> None:
    diary.replace_all(known_entries())
    figures = what_helps(diary, Period.ALL, NOW)
    assert figures == [
        # helped, then helped "yes", then used, decide the order
        StrategyFigure("Ice cube", 3, 2, 1, 0, (4 + 1 + 7) / 3, 3),
        StrategyFigure("Draw", 1, 1, 0, 0, None, 0),
        StrategyFigure("Music", 2, 0, 1, 1, 1.0, 1),
        StrategyFigure("Walk", 2, 0, 0, 1, -1.0, 2),
    ]
    assert figures[0].helped == 3
    assert figures[3].not_said == 1


def test_figures_accept_the_database_or_the_store(diary: DiaryStore) -> None:
    diary.replace_all(known_entries())
    assert what_helps(diary.db, Period.YEAR, NOW) == what_helps(diary, Period.YEAR, NOW)


def test_strategies_match_whatever_their_case_and_spaces(diary: DiaryStore) -> None:
    diary.add(Entry(at=at(3), strategies=("hold  an ICE cube",), helped="yes"))
    diary.add(Entry(at=at(2), strategies=(" Hold an ice cube",), helped="a_bit"))
    (figure,) = what_helps(diary, Period.ALL, NOW)
    assert figure.used == 2
    assert figure.strategy == "Hold an ice cube"  # the spelling of the latest stored entry
    assert strategy_key("  Hold AN ice\tcube ") == "hold an ice cube"


@pytest.mark.parametrize(
    ("period", "used"),
    [(Period.LAST_MONTH, 3), (Period.THREE_MONTHS, 4), (Period.YEAR, 5), (Period.ALL, 6)],
)
def test_each_period_counts_its_own_entries(diary: DiaryStore, period: Period, used: int) -> None:
    days_ago = [1, 20, 30, 60, 300, 700]
    diary.replace_all([Entry(at=at(days), strategies=("Walk",)) for days in days_ago])
    (figure,) = what_helps(diary, period, NOW)
    assert figure.used == used


def test_a_period_starts_on_the_same_day_months_before() -> None:
    assert Period.LAST_MONTH.start(NOW) == dt.datetime(2025, 5, 15, 12, 0)
    assert Period.THREE_MONTHS.start(NOW) == dt.datetime(2025, 3, 15, 12, 0)
    assert Period.YEAR.start(NOW) == dt.datetime(2024, 6, 15, 12, 0)
    assert Period.ALL.start(NOW) is None
    assert months_before(dt.datetime(2024, 3, 31), 1) == dt.datetime(2024, 2, 29)
    assert months_before(dt.datetime(2025, 1, 10), 1) == dt.datetime(2024, 12, 10)
    assert months_before(dt.datetime(2024, 2, 29), 12) == dt.datetime(2023, 2, 28)


def test_period_labels_are_plain_words() -> None:
    assert [p.label() for p in Period] == [
        "The last month",
        "The last three months",
        "The last year",
        "All time",
    ]


def test_average_change_only_counts_entries_with_both_answers(diary: DiaryStore) -> None:
    diary.add(Entry(at=at(1), urge_before=9, strategies=("Walk",)))
    diary.add(Entry(at=at(2), urge_after=1, strategies=("Walk",)))
    (figure,) = what_helps(diary, Period.ALL, NOW)
    assert (figure.average_change, figure.changes_counted) == (None, 0)
    diary.add(Entry(at=at(3), urge_before=3, urge_after=5, strategies=("walk",)))
    (figure,) = what_helps(diary, Period.ALL, NOW)
    assert (figure.average_change, figure.changes_counted) == (-2.0, 1)


def test_no_entries_no_figures(diary: DiaryStore) -> None:
    assert what_helps(diary, Period.ALL, NOW) == []
    assert len(helped_counts(diary)) == 0


def test_helped_counts_look_up_any_spelling(diary: DiaryStore) -> None:
    diary.replace_all(known_entries())
    counts = helped_counts(diary)
    assert isinstance(counts, HelpedCounts)
    assert counts["ice cube"] == counts[" ICE  Cube"] == 3
    assert counts["Walk"] == 0
    assert counts["never tried"] == 0
    assert "Walk" not in counts
    assert dict(counts) == {"Ice cube": 3, "Draw": 1, "Music": 1}


def test_figures_as_rows_for_the_printed_page(diary: DiaryStore) -> None:
    diary.replace_all(known_entries())
    rows = figures_as_rows(what_helps(diary, Period.ALL, NOW))
    assert rows[0] == ("Ice cube", 3, 3, 4.0)
    assert rows[1] == ("Draw", 1, 1, None)


# Moving a strategy up the plan


def test_move_strategy_to_top_moves_the_matching_item(open_vault: Vault) -> None:
    plan = PlanStore(open_vault.db)
    for text in ("Walk", "Music", "Hold an ice cube"):
        plan.add_item("coping_alone", {"text": text})
    item_id = move_strategy_to_top(plan, "  hold an ICE cube")
    texts = [item.text() for item in plan.load().items("coping_alone")]
    assert texts == ["Hold an ice cube", "Walk", "Music"]
    assert plan.load().items("coping_alone")[0].id == item_id


def test_move_strategy_to_top_adds_a_new_strategy(open_vault: Vault) -> None:
    plan = PlanStore(open_vault.db)
    plan.add_item("coping_alone", {"text": "Walk"})
    move_strategy_to_top(plan, " Call  Sam ")
    assert [item.text() for item in plan.load().items("coping_alone")] == ["Call Sam", "Walk"]


# Scale and upgrades


def many_entries(count: int, seed: int = 5) -> list[Entry]:
    rng = random.Random(seed)
    names = ["Walk", "walk ", "Ice cube", "Music", "Call Sam", "Draw", "Shower", "Breathe"]
    start = NOW - dt.timedelta(days=3 * 365)
    step = (NOW - start) / count
    return [
        Entry(
            at=start + step * n,
            urge_before=rng.choice([None, rng.randint(0, 10)]),
            urge_after=rng.choice([None, rng.randint(0, 10)]),
            strategies=tuple(rng.sample(names, rng.randint(0, 3))),
            helped=rng.choice([None, "yes", "a_bit", "no"]),
        )
        for n in range(count)
    ]


def expected_figures(entries: list[Entry], since: dt.datetime | None) -> dict[str, tuple]:
    """The figures worked out the slow, obvious way."""
    found: dict[str, list[Entry]] = {}
    for entry in entries:
        if since is None or entry.at >= since:
            for key in {strategy_key(s) for s in entry.strategies}:
                found.setdefault(key, []).append(entry)
    out = {}
    for key, used in found.items():
        changes = [e.change for e in used if e.change is not None]
        helped = [e.helped for e in used]
        average = sum(changes) / len(changes) if changes else None
        counts = (len(used), helped.count("yes"), helped.count("a_bit"), helped.count("no"))
        out[key] = (*counts, average, len(changes))
    return out


def test_twenty_thousand_entries(open_vault: Vault) -> None:
    entries = many_entries(20_000)
    diary = DiaryStore(open_vault.db)
    diary.replace_all(entries)
    assert diary.count() == 20_000
    for period in Period:
        figures = what_helps(diary, period, NOW)
        got = {
            strategy_key(f.strategy): (
                f.used,
                f.helped_yes,
                f.helped_a_bit,
                f.helped_no,
                f.average_change,
                f.changes_counted,
            )
            for f in figures
        }
        expected = expected_figures(entries, period.start(NOW))
        assert got.keys() == expected.keys()
        for key, values in expected.items():
            assert got[key][:4] == values[:4]
            assert got[key][4] == pytest.approx(values[4])
            assert got[key][5] == values[5]
    ids = diary.ids_newest_first()
    assert len(ids) == 20_000
    assert diary.entries_with_ids(ids[-1:])[0].at == entries[0].at.replace(microsecond=0)


def test_a_vault_from_before_the_diary_gains_it(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    vault = Vault.open(folder, PASSPHRASE)
    with vault.db.transaction():
        vault.db.run("DROP TABLE diary_strategies")
        vault.db.run("DROP TABLE diary_entries")
        vault.db.run("PRAGMA user_version = 1")
    vault.close()
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert vault.db.value("PRAGMA user_version") == SCHEMA_VERSION == 2
        assert DiaryStore(vault.db).count() == 0
    finally:
        vault.close()
