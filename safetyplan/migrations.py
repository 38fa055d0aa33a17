"""The schema, as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a vault has had. A vault whose version is
higher than this list knows was written by a newer SafetyPlan and is refused untouched.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from safetyplan.errors import VaultTooNew
from safetyplan.sql import Database

MIGRATIONS: Sequence[Sequence[str]] = (
    # 1: the plan
    (
        "CREATE TABLE details (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE pictures (
            id INTEGER PRIMARY KEY, mime TEXT NOT NULL, data BLOB NOT NULL)""",
        """CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            section TEXT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            picture INTEGER REFERENCES pictures(id))""",
        "CREATE INDEX items_by_section ON items(section, position)",
    ),
    # 2: the diary of what works for me (see safetyplan.diary); `at` is naive local ISO 8601
    (
        """CREATE TABLE diary_entries (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            situation TEXT NOT NULL DEFAULT '',
            urge_before INTEGER CHECK (urge_before BETWEEN 0 AND 10),
            urge_after INTEGER CHECK (urge_after BETWEEN 0 AND 10),
            helped TEXT CHECK (helped IN ('yes', 'a_bit', 'no')),
            note TEXT NOT NULL DEFAULT '',
            self_harmed INTEGER CHECK (self_harmed IN (0, 1)))""",
        "CREATE INDEX diary_entries_by_time ON diary_entries(at, id)",
        # One row per strategy used in an entry. The entry's time, answer and change are copied
        # in, so the figures of what helps are one ordered scan with no join and no sorting.
        """CREATE TABLE diary_strategies (
            match_key TEXT NOT NULL,
            at TEXT NOT NULL,
            entry INTEGER NOT NULL REFERENCES diary_entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            helped TEXT,
            change INTEGER,
            PRIMARY KEY (match_key, at, entry, position)) WITHOUT ROWID""",
        "CREATE INDEX diary_strategies_by_entry ON diary_strategies(entry, position)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    version: int = db.value("PRAGMA user_version")
    return version


def check_not_too_new(db: Database) -> None:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise VaultTooNew(f"schema {version} > {SCHEMA_VERSION}")


def migrate(db: Database) -> None:
    """Bring ``db`` up to :data:`SCHEMA_VERSION`, each step in its own transaction."""
    check_not_too_new(db)
    for number in range(schema_version(db), SCHEMA_VERSION):
        with db.transaction():
            db.script(MIGRATIONS[number])
            db.run(f"PRAGMA user_version = {number + 1}")
