"""Copying a phone number, and clearing it from the clipboard again after a short time.

A number left on the clipboard can be pasted by mistake somewhere else, or be seen by other
programs, so it is cleared after ``clear_after_ms`` — but only if it is still the number that
was copied, never something the person copied since.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_AFTER_MS = 30_000


# Marks that ask clipboard managers not to keep what is copied in their history (which many
# save to disk): KDE's, and Windows' clipboard history and cloud clipboard.
PRIVATE_MARKS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


def private_text(text: str) -> QMimeData:
    """``text`` for the clipboard, marked so clipboard managers leave it out of their history."""
    data = QMimeData()
    data.setText(text)
    for mark, value in PRIVATE_MARKS.items():
        data.setData(mark, QByteArray(value))
    return data


class NumberCopier(QObject):
    copied = Signal(str)
    cleared = Signal()

    def __init__(
        self, clear_after_ms: int = DEFAULT_CLEAR_AFTER_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._copied = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, number: str) -> None:
        number = number.strip()
        if not number:
            return
        self._clipboard().setMimeData(private_text(number), QClipboard.Mode.Clipboard)
        self._copied = number
        self._timer.start(self.clear_after_ms)
        self.copied.emit(number)

    def is_waiting(self) -> bool:
        """True while a copied number is waiting to be cleared."""
        return self._timer.isActive()

    def clear(self) -> None:
        """Clear the clipboard now if it still holds the copied number."""
        self._timer.stop()
        if self._copied and self._clipboard().text(QClipboard.Mode.Clipboard) == self._copied:
            self._clipboard().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._copied = ""

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()
