"""Writing files so that no half-written file ever appears."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from safetyplan.errors import CannotWriteFile


def write_bytes_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsync, rename.

    The temporary file is created owner-only in the destination folder (never the system temp
    folder), so a crash leaves either the old file or the new one, and nothing readable elsewhere.
    """
    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".part", dir=folder)
    except OSError as error:
        raise CannotWriteFile(str(folder)) from error
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        _fsync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise CannotWriteFile(str(path)) from error


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Some file systems (FUSE, network shares) can't fsync a
    folder: the file is written by then, so that is no reason to report a failure."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
