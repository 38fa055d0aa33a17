"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget


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
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A label for inline errors: plain text with a leading sign, so colour is not the only cue."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("inlineError")
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
