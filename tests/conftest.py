"""Shared test set-up: Qt's offscreen platform, a private data folder, quick key derivation."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Set before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Settings and data go to a throwaway folder, never the developer's own.
_SANDBOX = Path(tempfile.mkdtemp(prefix="safetyplan-tests-"))
os.environ["SAFETYPLAN_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")

import io  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget  # noqa: E402

from safetyplan.crypto import MIN_MEMORY_KIB, Argon2Params  # noqa: E402
from safetyplan.paths import DB_NAME  # noqa: E402
from safetyplan.vault import Vault  # noqa: E402

# The smallest parameters the vault accepts: 64 MiB, one pass. Real vaults are calibrated.
QUICK_KDF = Argon2Params(time_cost=1, memory_kib=MIN_MEMORY_KIB)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def quick_kdf() -> Argon2Params:
    return QUICK_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def made_vault(vault_dir: Path) -> tuple[Path, str]:
    """A closed vault on disk; returns its folder and recovery key."""
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, QUICK_KDF)
    vault.close()
    return vault_dir, recovery


@pytest.fixture
def open_vault(made_vault: tuple[Path, str]):
    vault = Vault.open(made_vault[0], PASSPHRASE)
    yield vault
    vault.close()


# Shared by the print tests: reading PDFs back, and answering modal dialogs.


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def modals(qtbot) -> Iterator[Callable[[dict[type, Callable[[QWidget], None]]], list[str]]]:
    """Answer modal dialogs as they open: ``handlers`` maps a dialog class to what to do."""
    timer = QTimer()
    seen: list[str] = []

    def answer(handlers: dict[type, Callable[[QWidget], None]]) -> list[str]:
        def check() -> None:
            widget = QApplication.activeModalWidget()
            for kind, handle in handlers.items():
                if isinstance(widget, kind) and (not seen or seen[-1] != kind.__name__):
                    seen.append(kind.__name__)
                    handle(widget)

        timer.timeout.connect(check)
        timer.start(10)
        return seen

    yield answer
    timer.stop()


def click(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    return lambda box: box.button(button).click()


def save_as(path: Path) -> Callable[[QWidget], None]:
    def handle(file_dialog: QWidget) -> None:
        assert isinstance(file_dialog, QFileDialog)
        file_dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))  # as if typed
        file_dialog.accept()

    return handle


def checkpointed(folder: Path) -> None:
    """Fold the write-ahead log into plan.db, so damage to plan.db is damage to the data."""
    vault = Vault.open(folder, PASSPHRASE)
    vault.db.run("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    for leftover in (folder / f"{DB_NAME}-wal", folder / f"{DB_NAME}-shm"):
        leftover.unlink(missing_ok=True)
