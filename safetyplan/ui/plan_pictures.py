"""Pictures for "What matters to me": read from a file the person picks, made ready for the vault.

Every picture is re-encoded before it is stored. That drops the hidden details a photo can carry
(where and when it was taken, the camera) and keeps the vault small. The picture only ever goes
from the file into memory and from memory into the encrypted vault; the file's name and folder
are not kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_SIDE = 1600
JPEG_QUALITY = 88
# The file types offered in the file dialog; other types are refused with a message.
PICTURE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"


class PictureProblem(Exception):
    """A file that can't be used as a picture; ``message`` says why, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def picture_from_file(path: Path) -> tuple[str, bytes]:
    """Read a picture file; returns ``(mime type, bytes)`` ready to store in the vault."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PictureProblem(_too_big())
        data = path.read_bytes()
    except OSError as error:
        raise PictureProblem(_unreadable()) from error
    return picture_from_bytes(data)


def picture_from_bytes(data: bytes) -> tuple[str, bytes]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # turn photos the right way up before the details are dropped
    image = reader.read()
    if image.isNull():
        raise PictureProblem(_not_a_picture())
    return _encode(_fit(image, MAX_SIDE))


def thumbnail(image: QImage, size: int) -> QImage:
    return _fit(image, size)


def _fit(image: QImage, side: int) -> QImage:
    if image.width() <= side and image.height() <= side:
        return image
    return image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _encode(image: QImage) -> tuple[str, bytes]:
    as_png = image.hasAlphaChannel()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"PNG" if as_png else b"JPEG"))
    if not as_png:
        writer.setQuality(JPEG_QUALITY)
    writer.write(image)
    buffer.close()
    return ("image/png" if as_png else "image/jpeg"), bytes(data.data())


def _unreadable() -> str:
    return QCoreApplication.translate(
        "PlanPictures", "That file couldn't be opened. Check it is still there and try again."
    )


def _too_big() -> str:
    return QCoreApplication.translate(
        "PlanPictures", "That picture is too big to add. Try a smaller copy of it."
    )


def _not_a_picture() -> str:
    return QCoreApplication.translate(
        "PlanPictures",
        "That file isn't a picture SafetyPlan can show. Try a photo saved as JPEG or PNG.",
    )
