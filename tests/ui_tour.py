"""A tour of every screen and window, for the walks that check each one (pseudo-translation,
accessibility, large text).

``tour(qtbot, tmp_path)`` yields ``(name, window)`` once each screen is showing; the caller
checks the window before the tour moves on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from conftest import PASSPHRASE, QUICK_KDF
from PySide6.QtWidgets import QApplication, QWidget

from safetyplan import crisis_lines
from safetyplan.diary import DiaryStore, Entry
from safetyplan.library import EMERGENCY_PAGE_ID
from safetyplan.plan import SECTIONS
from safetyplan.settings import Preferences
from safetyplan.store import PlanStore
from safetyplan.translations import LANGUAGE_NAMES
from safetyplan.ui.entry_dialog import EntryDialog
from safetyplan.ui.main_window import MainWindow
from safetyplan.ui.print_dialog import PrintPreview, ShareDialog
from safetyplan.ui.right_now import RightNowDialog
from safetyplan.ui.settings_dialog import SettingsDialog
from safetyplan.vault import Vault

STRATEGY = "Walk by the river"
NAME = "Sam"
PHONE = "07700 900123"
RECOVERY_KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
# Words that are data, not interface: what the person wrote, and names of languages.
PERSON_DATA = frozenset({STRATEGY, NAME, PHONE, RECOVERY_KEY, *LANGUAGE_NAMES.values()})


def crisis_line_data() -> frozenset[str]:
    """Crisis-line details and country names: data, shown in English in every language."""
    texts: set[str] = set()
    for code in crisis_lines.available_regions():
        region = crisis_lines.load_crisis_region(code)
        texts.add(region.name)
        for line in region.lines:
            texts.update(
                {line.name, line.number, line.hours, line.who_for, line.note, line.text_instruction}
            )
    return frozenset(text for text in texts if text)


def make_full_vault(folder: Path) -> None:
    """A vault with one entry in every section and a diary entry, so every part shows."""
    vault, _recovery = Vault.create(folder, PASSPHRASE, QUICK_KDF)
    try:
        store = PlanStore(vault.db)
        for spec in SECTIONS:
            data = {"name": NAME, "phone": PHONE} if spec.is_contact else {"text": STRATEGY}
            store.add_item(spec.key, data)
        store.set_detail("preferred_name", NAME)
        DiaryStore(vault.db).add(
            Entry(
                at=dt.datetime.now() - dt.timedelta(days=1),
                urge_before=7,
                urge_after=4,
                strategies=(STRATEGY,),
                helped="yes",
            )
        )
    finally:
        vault.close()


def _window(qtbot, folder: Path) -> MainWindow:
    window = MainWindow(folder, Preferences(), QUICK_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _showing(qtbot, window: QWidget) -> QWidget:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QApplication.processEvents()
    return window


def _only(window: QWidget, kind: type) -> QWidget:
    found = [child for child in window.findChildren(kind) if child.isVisible()]
    assert len(found) == 1, f"expected one {kind.__name__}, found {len(found)}"
    return found[0]


def tour(qtbot, folder: Path) -> Iterator[tuple[str, QWidget]]:
    yield from _first_run(qtbot, folder / "new")
    yield from _unlocked(qtbot, folder / "full")


def _first_run(qtbot, folder: Path) -> Iterator[tuple[str, QWidget]]:
    window = _window(qtbot, folder)
    yield "welcome", window
    window.welcome.start.emit()
    yield "create passphrase", window
    window.recovery_page.show_key(RECOVERY_KEY)
    window.stack.setCurrentWidget(window.recovery_page)
    yield "recovery key", window
    window.close()


def _unlocked(qtbot, folder: Path) -> Iterator[tuple[str, QWidget]]:
    make_full_vault(folder)
    window = _window(qtbot, folder)
    yield "unlock", window
    window.unlock_page.forgot.emit()
    yield "recover", window
    window.recover_page.back.emit()
    window.unlock_page.field.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(window.is_unlocked)
    page = window.plan_page
    assert page is not None
    for key in page.editor.pages:
        page.editor.show_section(key)
        yield f"plan section {key}", window
    page.tabs.setCurrentWidget(page.diary_view)
    for index in range(page.diary_view.tabs.count()):
        page.diary_view.tabs.setCurrentIndex(index)
        yield f"diary tab {index}", window
    yield from _dialogs(qtbot, window)
    window.close()


def _dialogs(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    page = window.plan_page
    assert page is not None
    page.show_right_now()
    right_now = _showing(qtbot, _only(window, RightNowDialog))
    assert isinstance(right_now, RightNowDialog)
    for index in range(right_now.pages.count()):
        right_now.pages.setCurrentIndex(index)
        if right_now.current_page() is right_now.timer_page:
            yield "right now: timer", right_now
            right_now.start_timer()
        yield f"right now: question {index + 1}", right_now
    right_now.reject()
    page.diary_view.add_entry()
    yield "diary entry", _showing(qtbot, _only(page, EntryDialog))
    page.diary_view.entry_dialog.reject()
    page.show_share()
    share = _showing(qtbot, _only(window, ShareDialog))
    assert isinstance(share, ShareDialog)
    yield "share", share
    preview = PrintPreview(share.pdf_bytes(), "A4", share)
    yield "print preview", _showing(qtbot, preview)
    preview.reject()
    share.reject()
    settings = SettingsDialog(window.preferences, window)
    yield "settings", _showing(qtbot, settings)
    settings.reject()
    changer = window.show_change_passphrase()
    yield "change passphrase", _showing(qtbot, changer)
    changer.reject()
    window.show_help()
    assert window.help_windows.help_dialog is not None
    yield "get help", _showing(qtbot, window.help_windows.help_dialog)
    window.show_library(EMERGENCY_PAGE_ID)
    assert window.help_windows.library_dialog is not None
    yield "library", _showing(qtbot, window.help_windows.library_dialog)
