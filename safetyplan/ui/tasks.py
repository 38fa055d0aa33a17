"""Running slow work (key derivation) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Task(QThread):
    """Runs ``work`` on its own thread; reports back on the thread that started it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which shows a plain message
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self._work = _done


def _done() -> None:
    """Stands in for the finished work, so its arguments (a passphrase) are not kept alive."""
