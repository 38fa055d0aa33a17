"""Started by bench/run.py in a fresh process, so each figure includes a cold start.

    child.py bare            a bare PySide6 window
    child.py app VAULT       SafetyPlan up to its unlock window
    child.py unlock VAULT    SafetyPlan, unlocked with the benchmark passphrase

Prints one JSON line once the window is shown and the event loop has painted it.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer


def report(**figures: float) -> None:
    figures["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(figures), flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.show()
    QTimer.singleShot(0, lambda: (report(), app.quit()))
    app.exec()


def app(vault: Path, then_unlock: bool) -> None:
    from safetyplan.sql import check_database_library
    from safetyplan.ui.app import start_app

    check_database_library()
    application, window = start_app(vault)
    window.show()
    if not then_unlock:
        QTimer.singleShot(0, lambda: (report(), application.quit()))
    else:
        from PySide6.QtTest import QTest
        from realistic import PASSPHRASE

        def press_enter() -> None:
            if window.busy():  # the start-up warm-up: a person is still typing meanwhile
                QTimer.singleShot(10, press_enter)
                return
            field = window.unlock_page.field
            field.setText(PASSPHRASE)
            started = time.perf_counter()
            window.unlocked.connect(
                lambda: QTimer.singleShot(0, lambda: finish((time.perf_counter() - started) * 1000))
            )
            QTest.keyClick(field, Qt.Key.Key_Return)

        def finish(unlock_ms: float) -> None:
            report(unlock_ms=unlock_ms)
            window.close()
            application.quit()

        QTimer.singleShot(0, press_enter)
    application.exec()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    else:
        app(Path(sys.argv[2]), then_unlock=mode == "unlock")
