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
