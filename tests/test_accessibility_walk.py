"""Every screen and window, walked as a screen reader and a keyboard would: each control has a
name, and the Tab key reaches every control that can take the focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from ui_tour import tour

# More Tab presses than any screen has stops: links in the library's pages are stops too.
MOST_TAB_STOPS = 400


def control_for(widget: QWidget) -> QWidget:
    """The control a widget takes the focus for (the text field inside a spin box, say)."""
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is widget:
        widget, parent = parent, parent.parentWidget()
    return widget


def takes_tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def focusable_widgets(window: QWidget) -> list[QWidget]:
    """The visible, enabled widgets in ``window`` that can take the focus with Tab."""
    return [
        widget
        for widget in [window, *window.findChildren(QWidget)]
        if widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and takes_tab_focus(widget)
        and widget.focusProxy() is None
    ]


def tab_stop(widget: QWidget) -> QWidget:
    """What one press of Tab stops at for ``widget``: its control, or for a radio button in
    a group of choices, the group (Tab goes to the group, the arrow keys between its choices)."""
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        group = widget.group()
        return widget.parentWidget() if group is None else group
    return control_for(widget)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def unnamed(widget: QWidget) -> bool:
    """No name for a screen reader to say, on the widget or the control it belongs to."""
    return not accessible_name(widget) and not accessible_name(control_for(widget))


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = f" {text()!r}" if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}{shown} ({widget.objectName() or 'no object name'})"


def tab_stops(qtbot, window: QWidget) -> tuple[list[QWidget], bool]:
    """The controls Tab visits, from the one with the focus round to it again, and whether it
    came back round (False: Tab got stuck or never returned)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    first = QApplication.focusWidget()
    if first is None or first.window() is not window or not takes_tab_focus(first):
        window.focusNextChild()  # start from a real stop, as the first press of Tab would
        first = QApplication.focusWidget()
    assert first is not None
    visited = []
    for _press in range(MOST_TAB_STOPS):
        focus = QApplication.focusWidget()
        assert focus is not None
        visited.append(tab_stop(focus))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)  # a date field's Tab steps day, month, year first
        if QApplication.focusWidget() is first and focus is not first:
            return visited, True
    return visited, False


def test_every_control_has_a_name_and_tab_reaches_it(qtbot, tmp_path: Path) -> None:
    problems = []
    for name, window in tour(qtbot, tmp_path):
        widgets = focusable_widgets(window)
        problems += [
            f"{name}: no accessible name: {describe(widget)}"
            for widget in widgets
            if unnamed(widget)
        ]
        visited, came_round = tab_stops(qtbot, window)
        if not came_round:
            stuck = describe(visited[-1])
            problems.append(f"{name}: Tab never came back round (stuck at {stuck})")
        problems += [
            f"{name}: Tab skips {describe(widget)}"
            for widget in widgets
            if tab_stop(widget) not in visited
        ]
    assert not problems, "\n".join(problems)
