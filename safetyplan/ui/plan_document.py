"""The plan as the editor holds it: one list model per section, the plan details, and the writes
to the store behind them.

Every change goes through :class:`PlanDocument`, which writes it to the store and then updates
the models, so what is shown is what is saved. Typing is the one exception: it is shown at once
and written after a short pause (``deferred``), and any other change writes it first, so the
order of writes always matches the order of changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap

from safetyplan.plan import DETAIL_KEYS, SECTIONS, Item, Plan, SectionSpec
from safetyplan.sql import DatabaseError
from safetyplan.store import PlanStore, StoredItem
from safetyplan.ui.plan_pictures import thumbnail

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HELPED_ROLE = Qt.ItemDataRole.UserRole + 3
THUMBNAIL_SIZE = 96
DEFAULT_SAVE_DELAY_MS = 700
DetailValue = str | dt.date | None
AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def empty_item_data(spec: SectionSpec) -> dict[str, str]:
    return {key: "" for key in spec.field_keys}


def helped_key(text: str) -> str:
    """How a strategy is matched with the diary's "helped" counts: case and spacing ignored."""
    return " ".join(text.split()).casefold()


class SectionModel(QAbstractListModel):
    """The items of one section, in order. Only :class:`PlanDocument` changes it."""

    def __init__(
        self,
        spec: SectionSpec,
        thumbnail_for: Callable[[int], QPixmap | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._items: list[Item] = []
        self._helped: dict[str, int] = {}
        self._thumbnail_for = thumbnail_for

    # Reading
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._summary(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        if role == ITEM_ROLE:
            return item
        if role == ITEM_ID_ROLE:
            return item.id
        if role == HELPED_ROLE:
            return self.helped_count(item)
        if role == Qt.ItemDataRole.DecorationRole and item.picture is not None:
            return self._thumbnail_for(item.picture)
        return None

    def items(self) -> list[Item]:
        return list(self._items)

    def item(self, row: int) -> Item:
        return self._items[row]

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def helped_count(self, item: Item) -> int:
        return self._helped.get(helped_key(item.text()), 0)

    def _summary(self, item: Item) -> str:
        if self.spec.is_contact:
            return " — ".join(part for part in (item.text("name"), item.text("phone")) if part)
        return item.text()

    def _spoken(self, item: Item) -> str:
        parts = [item.text(spec.key) for spec in self.spec.fields if spec.key != "notes"]
        return ", ".join(part for part in parts if part) or self.tr("Empty entry")

    # Changing (PlanDocument only)
    def reset_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def insert_item(self, row: int, item: Item) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()

    def take_item(self, row: int) -> Item:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        return item

    def move_item(self, row: int, new_row: int) -> None:
        if row == new_row:
            return
        # Qt counts the destination as the row the item lands *before*.
        destination = new_row + 1 if new_row > row else new_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(new_row, self._items.pop(row))
        self.endMoveRows()

    def item_changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def set_helped_counts(self, counts: Mapping[str, int]) -> None:
        self._helped = {helped_key(text): count for text, count in counts.items()}
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))


class PlanDocument(QObject):
    """The plan being edited, kept in step with the store."""

    detail_changed = Signal(str)
    # True while a change is shown but not yet written (typing); False once it is on disk.
    saving_changed = Signal(bool)
    saved = Signal()
    # A write failed; the message is for the person. ``diverged`` tells the editor that what
    # is shown may be ahead of what is saved, so it should read the plan again.
    save_failed = Signal(str)
    diverged = Signal()

    def __init__(
        self,
        store: PlanStore,
        save_delay_ms: int = DEFAULT_SAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.models = {spec.key: SectionModel(spec, self.thumbnail, self) for spec in SECTIONS}
        self._details: dict[str, DetailValue] = dict.fromkeys(DETAIL_KEYS)
        self._thumbnails: dict[int, QPixmap | None] = {}
        self._pending_items: dict[int, dict[str, str]] = {}
        self._pending_details: dict[str, DetailValue] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self.flush)
        self.reload()

    # Reading
    def model(self, section: str) -> SectionModel:
        return self.models[section]

    def detail(self, key: str) -> DetailValue:
        return self._details[key]

    def find(self, item_id: int | None) -> tuple[SectionModel, int] | None:
        for model in self.models.values():
            row = model.row_of(item_id)
            if row >= 0:
                return model, row
        return None

    def item(self, item_id: int | None) -> Item | None:
        found = self.find(item_id)
        return found[0].item(found[1]) if found else None

    def is_saving(self) -> bool:
        return bool(self._pending_items or self._pending_details)

    def picture_image(self, picture_id: int) -> QImage | None:
        picture = self._read(lambda: self.store.picture(picture_id))
        if picture is None:
            return None
        image = QImage.fromData(picture.data)
        return None if image.isNull() else image

    def thumbnail(self, picture_id: int) -> QPixmap | None:
        if picture_id not in self._thumbnails:
            image = self.picture_image(picture_id)
            self._thumbnails[picture_id] = (
                QPixmap.fromImage(thumbnail(image, THUMBNAIL_SIZE)) if image else None
            )
        return self._thumbnails[picture_id]

    def reload(self) -> bool:
        """Read the whole plan again; anything still waiting to be written is dropped."""
        self._timer.stop()
        self._pending_items.clear()
        self._pending_details.clear()
        self._thumbnails.clear()
        plan = self._read(self.store.load)
        if plan is None:
            return False
        self._show_plan(plan)
        self.saving_changed.emit(False)
        return True

    def _show_plan(self, plan: Plan) -> None:
        for key, model in self.models.items():
            model.reset_items(plan.items(key))
        for key in DETAIL_KEYS:
            self._details[key] = getattr(plan, key)
            self.detail_changed.emit(key)

    # Items
    def add_item(
        self, section: str, data: dict[str, str], position: int | None = None
    ) -> int | None:
        """Add an item (at the end unless ``position`` is given); returns its id, or None."""

        def add() -> StoredItem:
            return self.store.stored_item(self.store.add_item(section, data, position))

        stored = self._write(add)
        if isinstance(stored, WriteFailed):
            return None
        self.models[section].insert_item(stored.position, stored.item)
        return stored.item.id

    def restore_item(self, stored: StoredItem) -> bool:
        """Put back a removed item, with its id, in its place."""
        item_id = stored.item.id
        assert item_id is not None

        def restore() -> StoredItem:
            self.store.restore_item(stored)
            return self.store.stored_item(item_id)

        placed = self._write(restore)
        if isinstance(placed, WriteFailed):
            return False
        self.models[stored.section].insert_item(placed.position, placed.item)
        return True

    def remove_item(self, item_id: int) -> StoredItem | None:
        found = self.find(item_id)
        if found is None:
            return None
        stored = self._write(lambda: self.store.remove_item(item_id))
        if isinstance(stored, WriteFailed):
            return None
        found[0].take_item(found[1])
        return stored

    def move_item(self, item_id: int, position: int) -> int | None:
        """Move an item within its section; returns the position it had before, or None."""
        found = self.find(item_id)
        if found is None:
            return None
        model, row = found
        position = max(0, min(position, model.rowCount() - 1))
        old = self._write(lambda: self.store.move_item(item_id, position))
        if isinstance(old, WriteFailed):
            return None
        model.move_item(row, position)
        return old

    def set_field(self, item_id: int, key: str, value: str, deferred: bool = False) -> bool:
        """Change one field of an item; ``deferred`` writes it after the typing pause."""
        found = self.find(item_id)
        if found is None:
            return False
        model, row = found
        item = model.item(row)
        data = {**item.data, key: value}
        if deferred:
            self._pending_items[item_id] = data
            self._start_timer()
        elif isinstance(self._write(lambda: self.store.update_item(item_id, data)), WriteFailed):
            return False
        item.data = data
        model.item_changed(row)
        return True

    def set_picture(self, item_id: int, picture: int | None) -> bool:
        found = self.find(item_id)
        if found is None:
            return False
        if isinstance(
            self._write(lambda: self.store.set_item_picture(item_id, picture)), WriteFailed
        ):
            return False
        model, row = found
        model.item(row).picture = picture
        model.item_changed(row)
        return True

    def add_picture(self, mime: str, data: bytes) -> int | None:
        """Store a picture in the vault; returns its id, or None."""
        picture_id = self._write(lambda: self.store.add_picture(mime, data))
        return None if isinstance(picture_id, WriteFailed) else picture_id

    def remove_unused_pictures(self) -> None:
        """Delete pictures no entry shows (only safe once no undo could bring one back)."""
        self._write(self.store.remove_unused_pictures)

    # Plan details
    def set_detail(self, key: str, value: DetailValue, deferred: bool = False) -> bool:
        if deferred:
            self._pending_details[key] = value
            self._start_timer()
        elif isinstance(self._write(lambda: self.store.set_detail(key, value)), WriteFailed):
            return False
        self._details[key] = value
        self.detail_changed.emit(key)
        return True

    # Writing
    def flush(self) -> bool:
        """Write everything that is waiting; returns False if that failed."""
        self._timer.stop()
        if not self.is_saving():
            return True
        items, details = self._pending_items, self._pending_details
        self._pending_items, self._pending_details = {}, {}

        def write_pending() -> None:
            for item_id, data in items.items():
                self.store.update_item(item_id, data)
            for key, value in details.items():
                self.store.set_detail(key, value)

        if isinstance(self._attempt(write_pending), WriteFailed):
            self.diverged.emit()
            return False
        return True

    def _start_timer(self) -> None:
        if not self._timer.isActive():
            self.saving_changed.emit(True)
        self._timer.start()

    def _write(self, change: Callable[[], T]) -> T | WriteFailed:
        """Write anything waiting, then ``change``: writes land in the order they were made."""
        if not self.flush():
            return WriteFailed()
        return self._attempt(change)

    def _attempt(self, change: Callable[[], T]) -> T | WriteFailed:
        try:
            result = change()
        except (DatabaseError, OSError):
            self.save_failed.emit(save_failed_message())
            return WriteFailed()
        self.saving_changed.emit(self.is_saving())
        self.saved.emit()
        return result

    @staticmethod
    def _read(read: Callable[[], T]) -> T | None:
        """Run one read; None if it failed (the caller decides what the person is told)."""
        try:
            return read()
        except (DatabaseError, OSError):
            return None


class WriteFailed:
    """What a write returns when it didn't land (the person has already been told)."""


def save_failed_message() -> str:
    return QCoreApplication.translate(
        "PlanDocument",
        "Your last change couldn't be saved. The drive your plan is on may have been removed, "
        "or it may be full. Everything shown as saved before is safe.",
    )


def read_failed_message() -> str:
    return QCoreApplication.translate(
        "PlanDocument",
        "Your plan couldn't be read just now. The drive it is on may have been removed. "
        "Nothing has been changed.",
    )
