"""The list of entries in one section: each entry wraps onto as many lines as it needs, phone
numbers are shown large, and the list can be worked entirely from the keyboard."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from safetyplan.i18n import translate
from safetyplan.plan import CONTEXT, PHONE, Item, SectionSpec
from safetyplan.ui.plan_document import HELPED_ROLE, ITEM_ROLE, THUMBNAIL_SIZE

MARGIN = 8
FEWEST_LINES = 4  # an empty list still has room for its "nothing here yet" note
FEWEST_SHOWN_LINES = 12
MOST_LINES = 20
AnyIndex = QModelIndex | QPersistentModelIndex


class ItemDelegate(QStyledItemDelegate):
    """Draws one entry as a small wrapped document (text, or a contact with a large number)."""

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        picture = opt.icon.pixmap(opt.decorationSize) if not opt.icon.isNull() else None
        # The style draws the background, selection and focus; the words are drawn below.
        opt.text = ""
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = opt.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        if picture and not picture.isNull():
            painter.drawPixmap(area.topLeft(), picture)
            area.setLeft(area.left() + picture.width() + MARGIN)
        document = self._document(index, opt, area.width())
        painter.translate(area.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        context.clip = QRectF(0, 0, area.width(), area.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 400
        width -= 2 * MARGIN
        picture_width = 0
        if not opt.icon.isNull():
            picture_width = opt.decorationSize.width() + MARGIN
        document = self._document(index, opt, max(width - picture_width, 40))
        height = int(document.size().height())
        if picture_width:
            height = max(height, opt.decorationSize.height())
        return QSize(width, height + 2 * MARGIN)

    def _document(self, index: AnyIndex, opt: QStyleOptionViewItem, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        text_option = QTextOption()
        # Wrap long words too (a long place name must not be cut off).
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(text_option)
        document.setDocumentMargin(0)
        item: Item = index.data(ITEM_ROLE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # Quieter text for notes, but never too faint to read on the selection colour.
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        muted = opt.palette.color(muted_role)
        document.setHtml(self._html(item, index.data(HELPED_ROLE) or 0, muted))
        document.setTextWidth(width)
        return document

    def _html(self, item: Item, helped: int, muted: QColor) -> str:
        if self.spec.is_contact:
            body = self._contact_html(item)
        else:
            body = _paragraph(item.text())
            if item.text("goal"):
                towards = self.tr("Towards: {goal}").format(goal=item.text("goal"))
                body += _paragraph(towards, f"color:{muted.name()}")
        if helped:
            note = self.tr("Times this has helped you: {count}").format(count=helped)
            body += _paragraph(note, f"color:{muted.name()}; font-style:italic")
        if not body:
            body = _paragraph(self.tr("Empty: add your words below"), f"color:{muted.name()}")
        return body

    def _contact_html(self, item: Item) -> str:
        body = _paragraph(item.text("name"), "font-weight:600")
        for key in ("relationship", "role", "when"):
            body += _paragraph(item.text(key))
        if item.text("phone"):
            label = translate(CONTEXT, PHONE.label)
            body += _paragraph(f"{label}: {item.text('phone')}", "font-size:x-large")
        return body


def _paragraph(text: str, style: str = "") -> str:
    if not text.strip():
        return ""
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    return f'<p style="margin:0 0 4px 0; {style}">{lines}</p>'


class ItemListView(QListView):
    """The entries of a section. Delete removes, Alt+Up and Alt+Down move, Enter edits."""

    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    edit_requested = Signal()

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ItemDelegate(spec, self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.placeholder = ""  # shown while the list is empty

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for change in (
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
                model.modelReset,
            ):
                change.connect(self.updateGeometry)

    # Tall enough to show a few entries whole (a contact in large print is tall), and no
    # taller than its entries need, up to a limit; beyond that the list scrolls.
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self._height_for(MOST_LINES))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setHeight(self._height_for(FEWEST_SHOWN_LINES))
        return hint

    def _height_for(self, lines: int) -> int:
        line = self.fontMetrics().lineSpacing()
        limit = line * lines
        needed = 0
        for row in range(self.model().rowCount() if self.model() else 0):
            needed += self.sizeHintForRow(row) + 2 * self.spacing()
            if needed >= limit:
                break
        return max(line * FEWEST_LINES, min(needed, limit)) + 2 * self.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # entries wrap differently at the new width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if modifiers == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Delete and not modifiers:
            self.remove_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and not modifiers:
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(MARGIN * 2, MARGIN * 2, -MARGIN * 2, 0)
            painter.drawText(area, Qt.TextFlag.TextWordWrap, self.placeholder)
            painter.end()
