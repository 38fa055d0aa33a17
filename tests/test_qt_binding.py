"""Guards against a Qt binding that corrupts Python's own objects.

PySide6 6.12.0 dropped a reference to ``None`` each time Qt called a Python override such as
``paintEvent``; on Python 3.11, where ``None`` is an ordinary object, the app crashed after a few
thousand repaints ("deallocating None"). The app overrides many such virtuals (its focus ring
style, charts, events), so this checks the installed binding keeps ``None`` intact.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QWidget

from safetyplan.settings import Preferences
from safetyplan.ui import appearance

REPAINTS = 300


class Painted(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawLine(0, 0, 10, 10)
        painter.end()


def none_references_lost(widget: QWidget) -> int:
    before = sys.getrefcount(None)
    for _ in range(REPAINTS):
        widget.repaint()
    return before - sys.getrefcount(None)


def test_overriding_paint_event_keeps_none_alive(qtbot) -> None:
    widget = Painted()
    qtbot.addWidget(widget)
    widget.show()
    assert none_references_lost(widget) < REPAINTS // 2


def test_the_focus_ring_style_keeps_none_alive(qtbot) -> None:
    appearance.apply(Preferences())
    button = QPushButton("Open my plan")
    qtbot.addWidget(button)
    button.show()
    button.setFocus()
    assert none_references_lost(button) < REPAINTS // 2
