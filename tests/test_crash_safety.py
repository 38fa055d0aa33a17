"""Killing the app mid-write loses nothing that was reported saved, and never damages the vault.

A writer process adds, edits and moves plan items as fast as it can and prints each write once
PlanStore's call has returned. The test kills it with SIGKILL at a random moment, many times,
and after each kill checks the vault opens, passes every integrity check, and holds every write
that was reported saved.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from safetyplan.store import PlanStore
from safetyplan.vault import Vault, unlock_data_key

ROUNDS = 25
SECTIONS = ("warning_signs", "coping_alone", "support_people", "reasons_for_living")
MAX_ITEMS_PER_SECTION = 150

WRITER = f"""
import random, sys
from pathlib import Path
from safetyplan.store import PlanStore
from safetyplan.vault import Vault

folder, seed, n = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
vault = Vault.open_with_key(folder, bytes.fromhex(sys.stdin.readline()))
store = PlanStore(vault.db)
rng = random.Random(seed)
sections = {SECTIONS!r}
ids = {{key: [item.id for item in store.load().items(key)] for key in sections}}


def data(key, n):
    return {{"name": f"w{{n}}", "phone": "0"}} if key == "support_people" else {{"text": f"w{{n}}"}}


print("ready", flush=True)
while True:
    n += 1
    key = rng.choice(sections)
    action = rng.random()
    if not ids[key] or (action < 0.4 and len(ids[key]) < {MAX_ITEMS_PER_SECTION}):
        item_id = store.add_item(key, data(key, n), position=rng.randint(0, len(ids[key])))
        ids[key].append(item_id)
        print("saved add", item_id, n, flush=True)
    elif action < 0.8:
        item_id = rng.choice(ids[key])
        store.update_item(item_id, data(key, n))
        print("saved update", item_id, n, flush=True)
    else:
        item_id = rng.choice(ids[key])
        store.move_item(item_id, rng.randint(0, len(ids[key]) - 1))
        print("saved move", item_id, n, flush=True)
"""


def write_number(data: dict[str, str]) -> int:
    """The number of the write that last set this item (its text is "w<number>")."""
    return int((data.get("text") or data["name"])[1:])


def stored_numbers(vault: Vault) -> dict[int, int]:
    """Item id -> write number, checking every section's positions run 0, 1, 2... with no gap."""
    numbers: dict[int, int] = {}
    for key in SECTIONS:
        rows = vault.db.run(
            "SELECT position FROM items WHERE section = ? ORDER BY position", (key,)
        )
        assert [row[0] for row in rows] == list(range(len(rows))), key
    for key, items in PlanStore(vault.db).load().sections.items():
        for item in items:
            assert item.id is not None
            assert key in SECTIONS
            numbers[item.id] = write_number(item.data)
    return numbers


def pump(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)  # the writer has gone


def run_writer_and_kill(
    folder: Path, key_hex: str, seed: int, first_number: int, delay: float
) -> list[str]:
    """Start a writer, SIGKILL it ``delay`` seconds after it is ready; returns what it printed."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), str(seed), str(first_number)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin and writer.stdout and writer.stderr
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=pump, args=(writer.stdout, lines), daemon=True)
    reader.start()
    writer.stdin.write(key_hex + "\n")
    writer.stdin.close()
    try:
        ready = lines.get(timeout=60)
        assert ready == "ready\n", writer.stderr.read() if ready is None else ready
        time.sleep(delay)  # the only wait: the random moment of the kill
        assert writer.poll() is None, writer.stderr.read()
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait(timeout=60)
        reader.join(timeout=60)
        writer.stdout.close()
        writer.stderr.close()
    printed: list[str] = []
    while (line := lines.get_nowait()) is not None:
        printed.append(line)
    assert writer.returncode == -signal.SIGKILL
    # A line cut short by the kill was never a complete report.
    return [line for line in printed if line.endswith("\n")]


@pytest.mark.slow
def test_killing_the_writer_loses_nothing_reported_saved(made_vault: tuple[Path, str]) -> None:
    folder = made_vault[0]
    key_hex = unlock_data_key(folder, PASSPHRASE).hex()
    rng = random.Random(20260311)
    expected: dict[int, int] = {}  # item id -> the newest write known to be saved
    next_number = 0
    total_saved = 0
    for _ in range(ROUNDS):
        printed = run_writer_and_kill(
            folder, key_hex, rng.randrange(2**32), next_number, rng.uniform(0.02, 0.5)
        )
        for line in printed:
            _, action, item_id, number = line.split()
            if action != "move":
                expected[int(item_id)] = int(number)
            total_saved += 1

        vault = Vault.open_with_key(folder, bytes.fromhex(key_hex))
        try:
            assert vault.verify() == []
            stored = stored_numbers(vault)
        finally:
            vault.close()
        for item_id, number in expected.items():
            assert item_id in stored, f"item {item_id} was reported saved but is gone"
            # Equal, or newer: a write may land in the moment before it could be reported.
            assert stored[item_id] >= number, f"item {item_id} lost write {number}"
        expected = dict(stored)
        next_number = max([next_number, *stored.values()]) + 1
    assert total_saved > ROUNDS * 5  # the writer really was writing when it was killed
