"""The list of sections on the left, grouped, each with how many entries it has."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QPalette,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from safetyplan.i18n import translate
from safetyplan.plan import CONTEXT, GROUP_TITLES, SECTIONS, Group
from safetyplan.ui.plan_document import PlanDocument
from safetyplan.ui.undo_commands import DETAILS_PAGE

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Roughly how many characters wide the list is, whatever the text size.
WIDTH_IN_CHARACTERS = 28
TEXT_MARGINS = 12  # the style's space either side of an item's text, and a little more
ROW_PADDING = 8


class WrappingRowDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text needs at the list's current width."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        assert isinstance(view, QTreeView)
        depth = 1 if index.parent().isValid() else 0
        width = view.viewport().width() - view.indentation() * depth - TEXT_MARGINS
        bounds = opt.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 20), 100_000), Qt.TextFlag.TextWordWrap, opt.text
        )
        return QSize(width, bounds.height() + ROW_PADDING)


class SectionNavigation(QTreeView):
    """Choosing a row (by arrow keys or mouse) emits ``section_chosen`` with its key."""

    section_chosen = Signal(str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: dict[str, QStandardItem] = {}
        self.tree = QStandardItemModel(self)
        self._fill()
        self.setModel(self.tree)
        self.setItemDelegate(WrappingRowDelegate(self))
        self.setHeaderHidden(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expandAll()
        self.setAccessibleName(self.tr("Sections of your plan"))
        self.setAccessibleDescription(
            self.tr(
                "Use the arrow keys to choose a section. F6 moves between this list and "
                "the section you are in."
            )
        )
        self.selectionModel().currentChanged.connect(self._current_changed)
        for model in document.models.values():
            for change in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                change.connect(self.update_counts)
        self.update_counts()

    def _fill(self) -> None:
        groups: dict[Group, QStandardItem] = {}
        for spec in SECTIONS:
            if spec.group not in groups:
                groups[spec.group] = self._group_row(translate(CONTEXT, GROUP_TITLES[spec.group]))
            groups[spec.group].appendRow(self._section_row(spec.key))
        self.tree.appendRow(self._section_row(DETAILS_PAGE))

    def _group_row(self, title: str) -> QStandardItem:
        # Group titles are headings: not something to choose, so the arrow keys pass over them.
        row = QStandardItem(title)
        row.setFlags(Qt.ItemFlag.NoItemFlags)
        bold = QFont()
        bold.setBold(True)
        row.setFont(bold)
        row.setForeground(QBrush(self.palette().color(QPalette.ColorRole.WindowText)))
        self.tree.appendRow(row)
        return row

    def _section_row(self, key: str) -> QStandardItem:
        row = QStandardItem()
        row.setData(key, KEY_ROLE)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.rows[key] = row
        return row

    def update_counts(self, *_args: object) -> None:
        for spec in SECTIONS:
            count = self.document.model(spec.key).rowCount()
            title = spec.translated_title()
            row = self.rows[spec.key]
            row.setText(
                self.tr("{title} ({count})").format(title=title, count=count) if count else title
            )
            row.setData(
                self.tr("{title}, entries: {count}").format(title=title, count=count)
                if count
                else self.tr("{title}, nothing yet").format(title=title),
                Qt.ItemDataRole.AccessibleTextRole,
            )
        self.rows[DETAILS_PAGE].setText(self.tr("Plan details"))

    def current_key(self) -> str | None:
        key = self.currentIndex().data(KEY_ROLE)
        return str(key) if key else None

    def set_current(self, key: str) -> None:
        if key in self.rows and self.current_key() != key:
            self.setCurrentIndex(self.rows[key].index())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if key:
            self.section_chosen.emit(str(key))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows wrap differently at the new width

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS)
        return hint
