"""Starting the desktop app."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from safetyplan import APP_NAME
from safetyplan.settings import Preferences
from safetyplan.translations import install_core_translator
from safetyplan.ui import appearance
from safetyplan.ui.main_window import MainWindow


def run_app(vault_dir: Path) -> int:
    install_private_crash_handling()
    app, window = start_app(vault_dir)
    window.show()
    return app.exec()


def start_app(vault_dir: Path) -> tuple[QApplication, MainWindow]:
    """The application and its window, ready to show (the benchmark starts it this way too)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("safetyplan")
    preferences = Preferences.load()
    install_core_translator(preferences.language)
    appearance.apply(preferences)
    return app, MainWindow(vault_dir, preferences)


def install_private_crash_handling() -> None:
    """Crash output names where it happened, never what: no messages, no variable values.

    An exception's message can quote the plan (a ``KeyError`` holding a section's text, say),
    so only its type and the file and line of each frame are printed. Qt's own warnings are
    reduced to their category for the same reason. ``SAFETYPLAN_DEBUG=1`` shows everything,
    for developers with test data.
    """
    if os.environ.get("SAFETYPLAN_DEBUG") == "1":
        return
    sys.excepthook = _private_excepthook
    qInstallMessageHandler(_private_qt_messages)


def _private_excepthook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    del error
    frames = [f"  {frame.filename}:{frame.lineno}" for frame in traceback.extract_tb(tb)]
    print(f"SafetyPlan hit an unexpected {kind.__name__} at:", *frames, sep="\n", file=sys.stderr)


def _private_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    del message
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(f"Qt reported a problem ({context.category or 'default'})", file=sys.stderr)
