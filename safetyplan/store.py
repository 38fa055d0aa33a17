"""Every read and write of the plan. The only module (with migrations) that speaks SQL for it.

Each method is one transaction: when it returns, the change is on disk (``synchronous=FULL``).
Positions within a section are kept as 0, 1, 2, … with no gaps.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from safetyplan.plan import DETAIL_KEYS, SECTIONS_BY_KEY, Item, Plan
from safetyplan.sql import Database

DATE_DETAILS = ("made_on", "next_review")


@dataclass(frozen=True)
class StoredItem:
    """An item with where it sits, as needed to put it back after removing it (undo)."""

    section: str
    position: int
    item: Item


@dataclass(frozen=True)
class Picture:
    mime: str
    data: bytes


class PlanStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Reading
    def load(self) -> Plan:
        plan = Plan()
        for key, value in self.db.run("SELECT key, value FROM details"):
            _set_detail_on(plan, key, value)
        rows = self.db.run(
            "SELECT id, section, data, picture FROM items ORDER BY section, position"
        )
        for item_id, section, data, picture in rows:
            if section in SECTIONS_BY_KEY:
                plan.items(section).append(Item(json.loads(data), item_id, picture))
        return plan

    def stored_item(self, item_id: int) -> StoredItem:
        section, position, data, picture = self.db.run(
            "SELECT section, position, data, picture FROM items WHERE id = ?", (item_id,)
        )[0]
        return StoredItem(section, position, Item(json.loads(data), item_id, picture))

    def picture(self, picture_id: int) -> Picture | None:
        rows = self.db.run("SELECT mime, data FROM pictures WHERE id = ?", (picture_id,))
        return Picture(rows[0][0], bytes(rows[0][1])) if rows else None

    # Plan details
    def set_detail(self, key: str, value: str | dt.date | None) -> None:
        """Set one plan detail; an empty value removes it. Dates are stored as ISO 8601."""
        if key not in DETAIL_KEYS:
            raise KeyError(key)
        text = value.isoformat() if isinstance(value, dt.date) else (value or "")
        with self.db.transaction():
            if text:
                self.db.run(
                    "INSERT OR REPLACE INTO details (key, value) VALUES (?, ?)", (key, text)
                )
            else:
                self.db.run("DELETE FROM details WHERE key = ?", (key,))

    # Items
    def add_item(
        self,
        section: str,
        data: dict[str, str],
        position: int | None = None,
        picture: int | None = None,
    ) -> int:
        """Add an item to ``section`` (at the end unless ``position`` is given); returns its id."""
        with self.db.transaction():
            position = self._insertion_point(section, position)
            self._open_gap(section, position)
            rows = self.db.run(
                "INSERT INTO items (section, position, data, picture) VALUES (?, ?, ?, ?) "
                "RETURNING id",
                (section, position, _encode(data), picture),
            )
        item_id: int = rows[0][0]
        return item_id

    def restore_item(self, stored: StoredItem) -> None:
        """Put back an item removed with :meth:`remove_item`, with its id and place."""
        with self.db.transaction():
            position = self._insertion_point(stored.section, stored.position)
            self._open_gap(stored.section, position)
            self.db.run(
                "INSERT INTO items (id, section, position, data, picture) VALUES (?, ?, ?, ?, ?)",
                (
                    stored.item.id,
                    stored.section,
                    position,
                    _encode(stored.item.data),
                    stored.item.picture,
                ),
            )

    def update_item(self, item_id: int, data: dict[str, str]) -> None:
        with self.db.transaction():
            self.db.run("UPDATE items SET data = ? WHERE id = ?", (_encode(data), item_id))

    def set_item_picture(self, item_id: int, picture: int | None) -> None:
        with self.db.transaction():
            self.db.run("UPDATE items SET picture = ? WHERE id = ?", (picture, item_id))

    def remove_item(self, item_id: int) -> StoredItem:
        """Remove an item; returns what :meth:`restore_item` needs to put it back."""
        with self.db.transaction():
            stored = self.stored_item(item_id)
            self.db.run("DELETE FROM items WHERE id = ?", (item_id,))
            self.db.run(
                "UPDATE items SET position = position - 1 WHERE section = ? AND position > ?",
                (stored.section, stored.position),
            )
        return stored

    def move_item(self, item_id: int, new_position: int) -> int:
        """Move an item within its section; returns the position it had before."""
        with self.db.transaction():
            stored = self.stored_item(item_id)
            last = self._count(stored.section) - 1
            new_position = max(0, min(new_position, last))
            self.db.run(
                "UPDATE items SET position = position - 1 WHERE section = ? AND position > ?",
                (stored.section, stored.position),
            )
            self._open_gap(stored.section, new_position)
            self.db.run("UPDATE items SET position = ? WHERE id = ?", (new_position, item_id))
        return stored.position

    # Pictures
    def add_picture(self, mime: str, data: bytes) -> int:
        with self.db.transaction():
            rows = self.db.run(
                "INSERT INTO pictures (mime, data) VALUES (?, ?) RETURNING id", (mime, data)
            )
        picture_id: int = rows[0][0]
        return picture_id

    def remove_unused_pictures(self) -> None:
        with self.db.transaction():
            self.db.run(
                "DELETE FROM pictures WHERE id NOT IN "
                "(SELECT picture FROM items WHERE picture IS NOT NULL)"
            )

    # The whole plan at once (import)
    def replace_plan(self, plan: Plan, pictures: dict[int, Picture] | None = None) -> None:
        """Replace everything with ``plan`` in one transaction (all of it lands, or none).

        ``pictures`` maps the picture numbers used by ``plan``'s items to their content.
        """
        pictures = pictures or {}
        with self.db.transaction():
            self.db.run("DELETE FROM items")
            self.db.run("DELETE FROM pictures")
            self.db.run("DELETE FROM details")
            for key in DETAIL_KEYS:
                self.set_detail(key, getattr(plan, key))
            for section, items in plan.sections.items():
                for item in items:
                    picture = None
                    if item.picture is not None and item.picture in pictures:
                        stored = pictures[item.picture]
                        picture = self.add_picture(stored.mime, stored.data)
                    self.add_item(section, item.data, picture=picture)

    # Helpers
    def _count(self, section: str) -> int:
        count: int = self.db.value("SELECT count(*) FROM items WHERE section = ?", (section,))
        return count

    def _insertion_point(self, section: str, position: int | None) -> int:
        if section not in SECTIONS_BY_KEY:
            raise KeyError(section)
        count = self._count(section)
        return count if position is None else max(0, min(position, count))

    def _open_gap(self, section: str, position: int) -> None:
        self.db.run(
            "UPDATE items SET position = position + 1 WHERE section = ? AND position >= ?",
            (section, position),
        )


def _encode(data: dict[str, str]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _set_detail_on(plan: Plan, key: str, value: str) -> None:
    if key in DATE_DETAILS:
        setattr(plan, key, dt.date.fromisoformat(value))
    elif key in DETAIL_KEYS:
        setattr(plan, key, value)
