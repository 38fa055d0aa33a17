"""A small wrapper round the SQLCipher connection (after qutebrowser's ``sql`` module).

Every statement goes through :meth:`Database.run` with bound parameters, and every change through
:meth:`Database.transaction`, so a write either lands whole (and is on disk, with
``synchronous=FULL``) or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlcipher3

from safetyplan.errors import UnsupportedDatabaseLibrary

Row = tuple[Any, ...]
MIN_SQLITE = (3, 51, 3)
DatabaseError = sqlcipher3.DatabaseError


class Database:
    """One SQLCipher connection, used only by the thread that opened it."""

    def __init__(self, connection: sqlcipher3.Connection) -> None:
        self._connection = connection
        self._depth = 0

    def run(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        rows: list[Row] = self._connection.execute(sql, params).fetchall()
        return rows

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.run(sql, params)
        return rows[0][0] if rows else None

    def script(self, statements: Sequence[str]) -> None:
        for statement in statements:
            self._connection.execute(statement)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one write transaction; nested blocks join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._connection.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self._connection.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back by itself (a failed COMMIT, a full disk):
            # only roll back what is still open, so the first error is the one reported.
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def close(self) -> None:
        self._connection.close()


def check_database_library() -> None:
    """Refuse to run on an SQLite older than 3.51.3 or an SQLCipher that is not 4.x."""
    connection = sqlcipher3.connect(":memory:")
    try:
        sqlite_version = connection.execute("SELECT sqlite_version()").fetchone()[0]
        cipher_row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    check_versions(sqlite_version, cipher_row[0] if cipher_row else "")


def check_versions(sqlite_version: str, cipher_version: str) -> None:
    """Raise :class:`UnsupportedDatabaseLibrary` unless both versions are ones we trust.

    ``cipher_version`` is empty when the library is plain SQLite, with no encryption at all.
    """
    try:
        numbers = tuple(int(part) for part in sqlite_version.split(".")[:3])
    except ValueError:
        numbers = ()
    if numbers < MIN_SQLITE or not cipher_version.startswith("4."):
        raise UnsupportedDatabaseLibrary(f"SQLite {sqlite_version}, SQLCipher {cipher_version}")
