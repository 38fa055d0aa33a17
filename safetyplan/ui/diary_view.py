"""The diary screen: every entry in a table (newest first), adding, changing and removing them,
and the "What helps" tab.

The table's model holds only the entries' ids and reads the entries themselves a page at a
time, when the view asks for them, so twenty thousand entries scroll smoothly.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safetyplan.diary import COPING_SECTION, DiaryStore, Entry
from safetyplan.settings import Preferences
from safetyplan.store import PlanStore
from safetyplan.ui.common import paragraph
from safetyplan.ui.diary_words import helped_label, when_text
from safetyplan.ui.entry_dialog import EntryDialog
from safetyplan.ui.what_helps_view import WhatHelpsPanel

__all__ = ["DiaryModel", "DiaryWidget", "EntryDialog"]

PAGE_SIZE = 200
CACHED_PAGES = 20

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    TRIED = 1
    BEFORE = 2
    AFTER = 3
    HELPED = 4
    SITUATION = 5
    NOTE = 6


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class DiaryModel(QAbstractTableModel):
    """The diary, newest first, read from the store a page at a time as rows are shown."""

    def __init__(self, diary: DiaryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.ids: list[int] = diary.ids_newest_first()
        self._pages: OrderedDict[int, list[Entry]] = OrderedDict()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = self.diary.ids_newest_first()
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def entry_at(self, row: int) -> Entry:
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page_ids = self.ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
            page = self.diary.entries_with_ids(page_ids)
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        self._pages.move_to_end(page_number)
        return page[offset]

    def row_of(self, entry_id: int) -> int | None:
        return self.ids.index(entry_id) if entry_id in self.ids else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(self.entry_at(index.row()), Column(index.column()), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            Column.BEFORE,
            Column.AFTER,
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    @staticmethod
    def _text(entry: Entry, column: Column, role: int) -> str:
        whole = role == Qt.ItemDataRole.ToolTipRole
        if column == Column.WHEN:
            return when_text(entry.at)
        if column == Column.TRIED:
            return ("\n" if whole else ", ").join(entry.strategies)
        if column in (Column.BEFORE, Column.AFTER):
            value = entry.urge_before if column == Column.BEFORE else entry.urge_after
            return "" if value is None else str(value)
        if column == Column.HELPED:
            return helped_label(entry.helped)
        text = entry.situation if column == Column.SITUATION else entry.note
        return text if whole else first_line(text)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headings()[section]

    def headings(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("What I tried"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Did it help?"),
            self.tr("What was happening"),
            self.tr("Note"),
        ]


class DiaryWidget(QWidget):
    """The diary tab and the "What helps" tab.

    ``entries_changed`` follows every change made here; ``plan_changed`` follows moving a
    strategy in the plan; ``print_requested`` (with a :class:`Period`) asks to print the "What
    helps" figures. Call :meth:`reload` after the diary changed elsewhere (Right now).
    """

    entries_changed = Signal()
    plan_changed = Signal()
    print_requested = Signal(object)  # the Period to print

    def __init__(
        self,
        diary: DiaryStore,
        plan_store: PlanStore,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.plan_store = plan_store
        self.show_self_harm_question = (preferences or Preferences.load()).show_self_harm_question
        self.entry_dialog: EntryDialog | None = None
        self.removed: Entry | None = None
        self.model = DiaryModel(diary, self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What works for me"))
        self.tabs.addTab(self._make_diary_tab(), self.tr("My &diary"))
        self.helps = WhatHelpsPanel(diary, plan_store, clock=clock)
        self.helps.plan_changed.connect(self.plan_changed)
        self.helps.print_requested.connect(self.print_requested)
        self.tabs.addTab(self.helps, self.tr("&What helps"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._update_buttons()

    # Building
    def _make_diary_tab(self) -> QWidget:
        tab = QWidget()
        self.add_button = self._button(self.tr("&Add an entry"), self.add_entry)
        self.edit_button = self._button(self.tr("&Change"), self.edit_entry)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_entry)
        self.undo_button = self._button(self.tr("&Undo"), self.undo_remove)
        self.undo_label = QLabel(self.tr("The entry was removed."))
        self.empty_label = paragraph(
            self.tr(
                "Nothing here yet. You can add an entry, or use Right now when things get hard."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table = self._make_table()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch()
        self._show_undo(False)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addLayout(undo_row)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.table, 1)
        return tab

    def _button(self, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(action)
        return button

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("My diary"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        table.setWordWrap(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        # Every row the same height, from the font: nothing is measured row by row.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 3 // 2)
        self._size_columns(table)
        table.activated.connect(lambda _index: self.edit_entry())
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            table,
            self.remove_entry,
            Qt.ShortcutContext.WidgetShortcut,
        )
        return table

    def _size_columns(self, table: QTableView) -> None:
        """Column widths from the font and the headings, never by measuring every row.

        The short columns fit their contents; the three with free text share the rest.
        """
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        samples = {
            Column.WHEN: when_text(dt.datetime(2000, 12, 28, 23, 59)),
            Column.BEFORE: "10",
            Column.AFTER: "10",
            Column.HELPED: helped_label("a_bit"),
        }
        for column, sample in samples.items():
            width = max(
                metrics.horizontalAdvance(sample), header.sectionSizeFromContents(column).width()
            )
            header.resizeSection(column, width + metrics.averageCharWidth() * 2)
        for column in (Column.TRIED, Column.SITUATION, Column.NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # State
    def reload(self) -> None:
        """Show the diary as stored now, keeping the same entry chosen if it is still there."""
        chosen = self.chosen_entry()
        self.model.reload()
        if chosen is not None and chosen.id is not None:
            self.select_entry(chosen.id)
        self.helps.refresh()
        self._update_buttons()

    def set_show_self_harm_question(self, show: bool) -> None:
        self.show_self_harm_question = show

    def chosen_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        chosen = self.chosen_entry() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)

    def _show_undo(self, show: bool) -> None:
        self.undo_label.setVisible(show)
        self.undo_button.setVisible(show)

    def _changed(self, entry_id: int | None = None) -> None:
        self.reload()
        if entry_id is not None:
            self.select_entry(entry_id)
        self.entries_changed.emit()

    # Adding and changing
    def add_entry(self) -> None:
        self._open_dialog(None)

    def edit_entry(self) -> None:
        entry = self.chosen_entry()
        if entry is not None:
            self._open_dialog(entry)

    def _open_dialog(self, entry: Entry | None) -> None:
        suggestions = [item.text() for item in self.plan_store.load().items(COPING_SECTION)]
        dialog = EntryDialog(entry, suggestions, self.show_self_harm_question, self)
        dialog.accepted.connect(lambda: self._save_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.entry_dialog = dialog
        dialog.open()

    def _save_from(self, dialog: EntryDialog) -> None:
        entry = dialog.entry()
        if entry.id is None:
            entry_id = self.diary.add(entry)
        else:
            self.diary.update(entry)
            entry_id = entry.id
        self._show_undo(False)
        self._changed(entry_id)

    # Removing, with undo instead of "are you sure?"
    def remove_entry(self) -> None:
        entry = self.chosen_entry()
        if entry is None or entry.id is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        self.removed = self.diary.remove(entry.id)
        self._changed()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show_undo(True)
        self.undo_button.setFocus()

    def undo_remove(self) -> None:
        if self.removed is None:
            return
        self.diary.restore(self.removed)
        entry_id = self.removed.id
        self.removed = None
        self._show_undo(False)
        self._changed(entry_id)
        self.table.setFocus()
