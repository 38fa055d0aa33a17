"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


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


def add_form_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """A labelled row whose label is the field's buddy (its Alt+letter moves focus there).

    The small right margin keeps Qt from clipping the last letter of a label with a mnemonic.
    """
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    label.setWordWrap(True)  # a long translation at a large text size wraps, not cut off
    label.setContentsMargins(0, 0, 6, 0)
    form.addRow(label, field)
    return label


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` by ``height``, or as much of that as its screen has room for
    (with large text, a size worked out from the font can be bigger than the screen)."""
    room = window.screen().availableGeometry()
    window.resize(min(width, room.width()), min(height, room.height()))


def page_layout(page: QWidget) -> QVBoxLayout:
    """A calm reading column: content at the top, no wider than comfortable to read."""
    outer = QHBoxLayout(page)
    outer.setContentsMargins(32, 24, 32, 24)
    column = QWidget(page)
    column.setMaximumWidth(COLUMN_MAX_WIDTH)
    outer.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    return layout
