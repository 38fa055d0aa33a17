"""Locking after a spell of no use.

An app-wide event filter notes the time of every key press, click, scroll or touch. The idle
time is measured by the wall clock (``time.time``), not a monotonic timer, so a laptop that
sleeps past the limit locks as soon as it wakes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
CHECK_EVERY_MS = 1000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        limit_seconds: float,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit_seconds = limit_seconds
        self._clock = clock
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._armed = True
        self.note_activity()
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def check(self) -> None:
        """Emit :attr:`idle` (once) if the limit has passed since the last activity."""
        if self._armed and self._clock() - self._last_activity >= self.limit_seconds:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.note_activity()
        elif event.type() == QEvent.Type.ApplicationStateChange:
            self.check()  # waking from sleep: lock at once if the limit has passed
        return False
