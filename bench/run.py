"""`make bench`: what a person feels, each figure next to a baseline measured in the same run.

Every figure is a median over several runs; ratios to a baseline measured moments apart on the
same machine hold up on a noisy one. The last lines say PASS or FAIL for each target.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import realistic  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate  # noqa: E402
from reportlab.platypus import Image as PlainImage  # noqa: E402

from safetyplan import crypto  # noqa: E402
from safetyplan.diary import DiaryStore, Period, what_helps  # noqa: E402
from safetyplan.export_pdf import FONT, ShareOptions, plan_pdf_bytes, register_fonts  # noqa: E402
from safetyplan.store import PlanStore  # noqa: E402
from safetyplan.vault import PASSPHRASE_SLOT, Vault, read_key_file  # noqa: E402

DIARY_ENTRIES = 20_000
GROWTH_SIZES = (100, 1_000, 10_000, 100_000)
QUICK = crypto.Argon2Params(time_cost=1, memory_kib=crypto.MIN_MEMORY_KIB)


@dataclass
class Row:
    figure: str
    value: str
    baseline: str
    target: str
    passed: bool | None  # None: shown, not judged


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def child(*args: str) -> tuple[float, dict[str, float]]:
    """Run bench/child.py; returns the wall time until it reported, and what it reported."""
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, str(HERE / "child.py"), *args],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    ) as process:
        assert process.stdout
        line = process.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        process.wait(timeout=60)
    return elapsed, json.loads(line)


def children(runs: int, *args: str) -> tuple[float, dict[str, float]]:
    results = [child(*args) for _ in range(runs)]
    keys = results[0][1].keys()
    medians = {k: statistics.median(r[1][k] for r in results) for k in keys}
    return statistics.median(r[0] for r in results), medians


def cold_start_and_memory(vault: Path) -> list[Row]:
    bare_ms, bare = children(5, "bare")
    app_ms, _ = children(5, "app", str(vault))
    _, unlocked = children(3, "unlock", str(vault))
    params = read_key_file(vault).slot(PASSPHRASE_SLOT).argon2
    assert params is not None
    salt = crypto.new_salt()
    derive_ms = median_ms(lambda: crypto.derive_passphrase_key("x", salt, params), 3)
    bare_mib, app_mib = bare["maxrss_kib"] / 1024, unlocked["maxrss_kib"] / 1024
    return [
        Row(
            "cold start to the unlock window",
            f"{app_ms:.0f} ms",
            f"{bare_ms:.0f} ms (bare PySide6 window)",
            "≤ 1.5× baseline",
            app_ms <= 1.5 * bare_ms,
        ),
        Row(
            "unlock: Enter to plan shown",
            f"{unlocked['unlock_ms']:.0f} ms",
            f"{derive_ms:.0f} ms (Argon2id alone, t={params.time_cost}, "
            f"{params.memory_kib // 1024} MiB)",
            "≤ baseline + 100 ms",
            unlocked["unlock_ms"] <= derive_ms + 100,
        ),
        Row(
            "peak memory after unlock (full vault)",
            f"{app_mib:.0f} MiB",
            f"{bare_mib:.0f} MiB (bare PySide6 window)",
            "≤ 2× baseline",
            app_mib <= 2 * bare_mib,
        ),
    ]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def edit_saves(vault_dir: Path, scratch: Path) -> list[Row]:
    vault = Vault.open(vault_dir, realistic.PASSPHRASE)
    store = PlanStore(vault.db)
    item = store.add_item("warning_signs", {"text": "start"})
    edits = []
    for n in range(300):
        started = time.perf_counter()
        store.update_item(item, {"text": f"I stop answering my phone {n}"})
        edits.append((time.perf_counter() - started) * 1000)
    store.remove_item(item)
    vault.close()
    plain = sqlite3.connect(scratch / "baseline.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data TEXT)")
    inserts = []
    for n in range(300):
        started = time.perf_counter()
        plain.execute("INSERT INTO t (data) VALUES (?)", (f"row {n}",))
        inserts.append((time.perf_counter() - started) * 1000)
    plain.close()
    p50, p99 = percentile(edits, 0.5), percentile(edits, 0.99)
    b50, b99 = percentile(inserts, 0.5), percentile(inserts, 0.99)
    return [
        Row(
            "one edit saved (fsync), p50 / p99",
            f"{p50:.2f} / {p99:.2f} ms",
            f"{b50:.2f} / {b99:.2f} ms (one SQLite insert, synchronous=FULL)",
            "p99 ≤ 3× baseline p99",
            p99 <= 3 * b99,
        )
    ]


def full_plan_pdf(vault_dir: Path) -> list[Row]:
    """The printed plan against ReportLab writing the same content plainly.

    The plain version has the same text as paragraphs and the same pictures placed as they
    are; a second row compares the text alone, so neither side hides behind the pictures.
    """
    vault = Vault.open(vault_dir, realistic.PASSPHRASE)
    store = PlanStore(vault.db)
    plan = store.load()
    pictures = {
        item.picture: picture.data
        for item in plan.items("reasons_for_living")
        if item.picture is not None and (picture := store.picture(item.picture))
    }
    vault.close()
    register_fonts()
    texts = [value for items in plan.sections.values() for i in items for value in i.data.values()]
    photos = list(pictures.values())
    ours = median_ms(lambda: plan_pdf_bytes(plan, ShareOptions(), pictures=pictures), 5)
    plain = median_ms(lambda: plain_pdf(texts, photos), 5)
    ours_text = median_ms(lambda: plan_pdf_bytes(plan, ShareOptions()), 5)
    plain_text = median_ms(lambda: plain_pdf(texts, []), 5)
    return [
        Row(
            f"full plan PDF ({len(photos)} pictures)",
            f"{ours:.0f} ms",
            f"{plain:.0f} ms (ReportLab: the same text as plain paragraphs, the same pictures)",
            "≤ 2× baseline",
            ours <= 2 * plain,
        ),
        Row(
            "full plan PDF, text only",
            f"{ours_text:.0f} ms",
            f"{plain_text:.0f} ms (ReportLab: the same text as plain paragraphs)",
            "shown, not judged",
            None,
        ),
    ]


def plain_pdf(texts: list[str], pictures: list[bytes]) -> bytes:
    buffer = io.BytesIO()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=11, leading=14)
    story: list[Flowable] = [Paragraph(_escape(t), style) for t in texts]
    story += [PlainImage(io.BytesIO(p), width=30 * mm, height=22.5 * mm) for p in pictures]
    SimpleDocTemplate(buffer, initialFontName=FONT).build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def what_helps_figures(vault_dir: Path) -> list[Row]:
    vault = Vault.open(vault_dir, realistic.PASSPHRASE)
    diary = DiaryStore(vault.db)
    entries = diary.count()
    took = median_ms(lambda: what_helps(diary, Period.ALL, dt.datetime(2026, 1, 1)), 20)
    vault.close()
    return [
        Row(
            f'"What helps" over {entries:,} entries',
            f"{took:.1f} ms",
            "—",
            "< 50 ms",
            took < 50,
        )
    ]


def growth(scratch: Path) -> list[str]:
    lines = [
        "| diary entries | What helps | newest 100 entries | per entry (What helps) |",
        "|---|---|---|---|",
    ]
    for size in GROWTH_SIZES:
        folder = scratch / f"growth-{size}"
        realistic.build(folder, size, QUICK)
        vault = Vault.open(folder, realistic.PASSPHRASE)
        diary = DiaryStore(vault.db)
        figures = median_ms(lambda d=diary: what_helps(d, Period.ALL), 7)
        page = median_ms(lambda d=diary: d.entries_with_ids(d.ids_newest_first()[:100]), 7)
        vault.close()
        lines.append(
            f"| {size:,} | {figures:.2f} ms | {page:.2f} ms | {figures * 1000 / size:.2f} µs |"
        )
    return lines


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="safetyplan-bench-") as scratch_name:
        scratch = Path(scratch_name)
        os.environ["SAFETYPLAN_DATA_DIR"] = str(scratch / "data")
        os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
        vault = scratch / "vault"
        print(f"Building a realistic vault ({DIARY_ENTRIES:,} diary entries, calibrated key)…")
        realistic.build(vault, DIARY_ENTRIES)
        rows = (
            cold_start_and_memory(vault)
            + edit_saves(vault, scratch)
            + full_plan_pdf(vault)
            + what_helps_figures(vault)
        )
        print()
        print("| figure | value | baseline in the same run | target | result |")
        print("|---|---|---|---|---|")
        for row in rows:
            result = "—" if row.passed is None else ("PASS" if row.passed else "FAIL")
            print(f"| {row.figure} | {row.value} | {row.baseline} | {row.target} | {result} |")
        print()
        print("How the diary figures grow with the number of entries:")
        print("\n".join(growth(scratch)))
    print()
    judged = [r for r in rows if r.passed is not None]
    print(" ".join(f"{r.figure}: {'PASS' if r.passed else 'FAIL'}" for r in judged))
    return 0 if all(r.passed for r in judged) else 1


if __name__ == "__main__":
    sys.exit(main())
