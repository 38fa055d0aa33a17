"""Privacy rules that hold across the app: no network, and crash output that names no content."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import uuid
from pathlib import Path

import safetyplan

NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "ftplib",
    "smtplib",
    "requests",
    "httpx",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
}
PACKAGE = Path(safetyplan.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_of_the_app_imports_anything_that_reaches_the_network() -> None:
    for path in PACKAGE.rglob("*.py"):
        for name in imported_modules(path):
            top = {name, name.split(".")[0]}
            assert not top & NETWORK_MODULES, f"{path.name} imports {name}"


def test_the_running_app_loads_no_network_module(qtbot, made_vault) -> None:
    from conftest import PASSPHRASE, QUICK_KDF

    from safetyplan.settings import Preferences
    from safetyplan.ui.main_window import MainWindow

    window = MainWindow(made_vault[0], Preferences(), QUICK_KDF)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.field.setText(PASSPHRASE)
    window.unlock_page.unlock_requested.emit(PASSPHRASE)
    qtbot.waitUntil(window.is_unlocked)
    window.plan_page.show_share()
    window.show_help()
    window.show_library()
    assert "PySide6.QtNetwork" not in sys.modules


CRASH = """
import sys
from PySide6.QtCore import qWarning, qCritical
from safetyplan.ui.app import install_private_crash_handling

install_private_crash_handling()
canary = sys.argv[1]
qWarning(canary)
qCritical(canary)
raise KeyError(canary)
"""


def test_crash_output_says_where_never_what() -> None:
    canary = f"CANARY-{uuid.uuid4().hex}"
    env = {key: value for key, value in os.environ.items() if key != "SAFETYPLAN_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-c", CRASH, canary], capture_output=True, text=True, env=env
    )
    assert result.returncode != 0
    assert "KeyError" in result.stderr  # where and what kind, for a bug report
    assert canary not in result.stderr + result.stdout  # but never what the plan said
