"""Every path the app uses, resolved in one place.

Tests (and people who keep their vault on a USB stick) point the data folder elsewhere with the
``SAFETYPLAN_DATA_DIR`` environment variable or :func:`set_data_dir`.
"""

from __future__ import annotations

import os
from pathlib import Path

from safetyplan import APP_NAME

_data_dir_override: Path | None = None

# The two files of a vault folder.
DB_NAME = "plan.db"
KEY_NAME = "vault.key"

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def set_data_dir(path: Path | None) -> None:
    """Use ``path`` as the data folder (``None`` goes back to the default)."""
    global _data_dir_override
    _data_dir_override = path


def data_dir() -> Path:
    """The app's data folder: the override, ``SAFETYPLAN_DATA_DIR``, or the platform's own."""
    if _data_dir_override is not None:
        return _data_dir_override
    from_env = os.environ.get("SAFETYPLAN_DATA_DIR")
    if from_env:
        return Path(from_env)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_vault_dir() -> Path:
    """Where the person's vault lives unless they choose another folder."""
    return data_dir() / "vault"


def vault_exists(folder: Path) -> bool:
    """Whether ``folder`` holds (the remains of) a vault, so first-run set-up must not start."""
    return (folder / KEY_NAME).exists() or (folder / DB_NAME).exists()


def resources_dir() -> Path:
    return RESOURCES_DIR


def crisis_lines_dir() -> Path:
    return RESOURCES_DIR / "crisis_lines"


def library_dir() -> Path:
    return RESOURCES_DIR / "library"


def local_library_dir() -> Path:
    """Where a service can drop its own library pages (see docs/local-pages.md)."""
    return data_dir() / "local-pages"


def fonts_dir() -> Path:
    return RESOURCES_DIR / "fonts"


def translations_dir() -> Path:
    return TRANSLATIONS_DIR
