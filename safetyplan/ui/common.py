"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import QDir, QPoint, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

COLUMN_MAX_WIDTH = 820


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    """A heading label, large and exposed to screen readers as a heading."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setProperty("role", "heading")
    _wraps_to_any_width(label)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    _wraps_to_any_width(label)
    return label


def _wraps_to_any_width(label: QLabel) -> None:
    """Let a wrapped label be as narrow as its column; it takes more lines instead.

    Qt's smallest width for wrapped text is about 80 characters, which with large text is
    wider than the window: the layout then squeezes the label below it and gets its height
    wrong, and the lines overlap.
    """
    label.setMinimumWidth(1)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A label for inline errors: plain text with a leading sign, so colour is not the only cue."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("inlineError")
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` and tell screen readers about it."""
    label.setText("⚠ " + text)
    label.setAccessibleName(text)
    label.show()
    QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


def clear_error(label: QLabel) -> None:
    label.clear()
    label.hide()


def passphrase_field(name: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    # No input method, no completion, no drag: nothing keeps a copy of what is typed.
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    field.setDragEnabled(False)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def wipe(field: QLineEdit) -> None:
    """Overwrite and clear a passphrase field (Qt keeps no undo history for password fields)."""
    field.setText(" " * len(field.text()))
    field.clear()


class FieldLabel(QLabel):
    """A label that asks for room for its whole last letter.

    QLabel sizes itself by the text's advance; letters such as "o" reach a pixel or two past
    it, so a label given exactly its size hint (as form labels are) lost the edge of its last
    letter ("Teipiwch ef eto" read "eto" as "etc").
    """

    def sizeHint(self) -> QSize:
        return self._roomier(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._roomier(super().minimumSizeHint())

    def _roomier(self, size: QSize) -> QSize:
        return QSize(size.width() + self.fontMetrics().averageCharWidth() // 2 + 1, size.height())


def add_form_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """A labelled row whose label is the field's buddy (its Alt+letter moves focus there)."""
    label = FieldLabel(text, field.parentWidget())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` by ``height``, or as much of that as its screen has room for
    (with large text, a size worked out from the font can be bigger than the screen)."""
    room = window.screen().availableGeometry()
    window.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is too small for it (large
    text on a small screen). Tab still reaches everything in it, so the area itself takes no
    focus."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # As narrow as the content goes, and no narrower: nothing is cut off at the side.
    scrollbar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(content.minimumSizeHint().width() + scrollbar)
    return area


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Make ``window`` at least as tall as its wrapped text needs when it is at its narrowest.

    Qt takes a window's smallest size from its layout, which doesn't count the extra lines that
    wrapped text needs in a narrow window: without this the lines would be squeezed together.
    """
    layout = window.layout()
    assert layout is not None, "call this once the window's layout is built"
    layout.activate()
    if layout.hasHeightForWidth():
        window.setMinimumHeight(layout.totalHeightForWidth(window.minimumSize().width()))


def page_layout(page: QWidget) -> QVBoxLayout:
    """A calm reading column: content at the top, no wider than comfortable to read. It
    scrolls when the window is too small for it (large text, a small screen), so wrapped lines
    are never squeezed together."""
    holder = QWidget()
    outer = QHBoxLayout(holder)
    outer.setContentsMargins(32, 24, 32, 24)
    column = QWidget(holder)
    column.setMaximumWidth(COLUMN_MAX_WIDTH)
    # Stretches either side (not an alignment, which would shrink the column to its hint).
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    area = QScrollArea(page)
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
    area.viewport().setAutoFillBackground(False)  # the window's own calm background
    holder.setAutoFillBackground(False)
    whole = QVBoxLayout(page)
    whole.setContentsMargins(0, 0, 0, 0)
    whole.addWidget(area)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    return layout


class FlowLayout(QLayout):
    """Buttons side by side while they fit, the rest on the next line: a row of buttons that
    never cuts off its words, however large the text or long the translation."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():  # the widest button, whole: buttons don't shrink their words
            size = size.expandedTo(item.sizeHint())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items line by line in ``rect``; returns the height they take."""
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                place = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(self._direction(), rect, place))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent else Qt.LayoutDirection.LeftToRight


def enter_presses_buttons(page: QWidget, default: QPushButton) -> None:
    """Make Enter press the focused button (or ``default``) on a page with no text fields.

    Outside dialogs Qt leaves Enter to the focused widget, and buttons only answer Space; people
    expect Enter to work too.
    """

    def press() -> None:
        focused = page.focusWidget()
        target = focused if isinstance(focused, QPushButton) and focused.isEnabled() else default
        target.click()

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(press)


def documents_folder() -> str:
    """Where file dialogs open: Documents, or home where there is no Documents folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if QDir(documents).exists() else QDir.homePath()


def private_file_dialog(parent: QWidget, title: str, folder: str) -> QFileDialog:
    """Qt's own file dialog, opening in ``folder``.

    Not the system's: that may add the file to a list of recent files (Windows' Recent items,
    GTK's recently-used list). Call :func:`forget_folders` once it has closed.
    """
    dialog = QFileDialog(parent, title, folder)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def forget_folders(dialog: QFileDialog, folder: str) -> None:
    """Qt keeps the folders a file dialog visited (never file names) in its settings file:
    send it back to ``folder`` so that is all it keeps."""
    dialog.setDirectory(folder)
    dialog.setHistory([])
    dialog.deleteLater()
