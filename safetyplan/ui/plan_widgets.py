"""Small building blocks for the plan editor: headings and buttons whose text grows with the
font and wraps, larger text that follows the app's text size, and keeping Ctrl+Z for the plan."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

FONT_SCALE_PROPERTY = "planFontScale"


def heading_label(text: str, parent: QWidget | None = None, size: str = "x-large") -> QLabel:
    """A bold heading whose size is relative to the label's font, so it follows text size."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f'<span style="font-size:{size}; font-weight:600">{html.escape(text)}</span>')
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setProperty("role", "heading")
    _grow_with_wrapped_lines(label)
    return label


def wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    _grow_with_wrapped_lines(label)
    return label


def _grow_with_wrapped_lines(label: QLabel) -> None:
    """As tall as the wrapped text needs at the label's width (large text, a narrow window).

    ``setSizePolicy(horizontal, vertical)`` would drop QLabel's height-for-width flag, and the
    lines would be squeezed into the height of one width and overlap.
    """
    policy = label.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)


def add_labelled(
    layout: QVBoxLayout, text: str, field: QWidget, shown: QWidget | QLayout | None = None
) -> QLabel:
    """A label above its field (room for long translations and large text); the label is the
    field's buddy. ``shown`` is what goes under the label, if more than the field itself."""
    label = wrapped_label(text, layout.parentWidget())
    label.setBuddy(field)
    layout.addSpacing(4)
    layout.addWidget(label)
    shown = shown or field
    if isinstance(shown, QLayout):
        layout.addLayout(shown)
    else:
        layout.addWidget(shown)
    return label


def set_font_scale(widget: QWidget, factor: float) -> None:
    """Show ``widget``'s text ``factor`` times larger than the text around it."""
    widget.setProperty(FONT_SCALE_PROPERTY, factor)
    parent = widget.parentWidget()
    _apply_scale(widget, parent.font() if parent else widget.font())


def apply_font_scales(root: QWidget) -> None:
    """Recompute every scaled font under ``root`` (call it when the text size changes)."""
    for widget in root.findChildren(QWidget):
        if widget.property(FONT_SCALE_PROPERTY):
            _apply_scale(widget, root.font())


def _apply_scale(widget: QWidget, base: QFont) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(base.pointSizeF() * float(widget.property(FONT_SCALE_PROPERTY)))
    widget.setFont(font)


class WrappingButton(QPushButton):
    """A push button whose text wraps onto more lines instead of pushing the window wider."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = wrapped_label(text, self)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.label)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.totalHeightForWidth(width)


class PlanUndoKeys(QObject):
    """Lets Ctrl+Z and Ctrl+Y (or Shift+Ctrl+Z) reach the window's Undo and Redo while a text
    field has focus. Text fields claim those keys for their own undo; here the plan's undo
    history covers the typing too, so one Ctrl+Z always undoes the last change to the plan."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            is_undo = event.matches(QKeySequence.StandardKey.Undo)
            if is_undo or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False
