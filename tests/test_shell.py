"""The window shell, driven like a person would: create, unlock, lock, idle lock, quick hide."""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from conftest import PASSPHRASE, QUICK_KDF
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from safetyplan.settings import Preferences
from safetyplan.store import PlanStore
from safetyplan.translations import reset_translation
from safetyplan.ui.clipboard import NumberCopier
from safetyplan.ui.main_window import MainWindow
from safetyplan.ui.plan_editor import PlanEditor
from safetyplan.vault import KEY_NAME, Vault, recover_data_key


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _source_language_afterwards():
    yield
    reset_translation()  # a test that changed language leaves none behind


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_window(qtbot, folder: Path, clock: FakeClock, **preferences) -> MainWindow:
    window = MainWindow(folder, Preferences(**preferences), QUICK_KDF, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    field = window.unlock_page.field
    field.setFocus()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked() or window.unlock_page.error.isVisible())


def test_first_run_welcome_passphrase_and_recovery_key(qtbot, vault_dir: Path, clock) -> None:
    window = make_window(qtbot, vault_dir, clock)
    assert window.stack.currentWidget() is window.welcome
    qtbot.keyClick(window.welcome.begin_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.create_page
    page = window.create_page
    qtbot.keyClicks(page.first, "purple kettle dances slowly")
    assert "hard to guess" in page.verdict.text()
    qtbot.keyClick(page.first, Qt.Key.Key_Return)  # moves on to the second field
    qtbot.keyClicks(page.second, "purple kettle dances slowly")
    qtbot.keyClick(page.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_page)
    key = window.recovery_page.key_label.text()
    assert len(key.split("-")) == 8
    assert (vault_dir / KEY_NAME).exists()
    assert page.first.text() == page.second.text() == ""
    window.recovery_page.copier.copy(key)
    assert QApplication.clipboard().text() == key
    qtbot.keyClick(window.recovery_page.written, Qt.Key.Key_Return)  # Enter, like a dialog
    assert window.is_unlocked()
    assert window.recovery_page.key_label.text() == ""  # shown exactly once
    assert QApplication.clipboard().text() == ""  # and not left on the clipboard
    window.close()
    Vault.open(vault_dir, "purple kettle dances slowly").close()


def test_enter_presses_the_focused_button_on_the_welcome_page(qtbot, vault_dir: Path, clock):
    window = make_window(qtbot, vault_dir, clock)
    qtbot.keyClick(window.welcome.begin_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.create_page


def test_mismatched_passphrases_are_caught(qtbot, vault_dir: Path, clock) -> None:
    window = make_window(qtbot, vault_dir, clock)
    window.welcome.start.emit()
    page = window.create_page
    qtbot.keyClicks(page.first, "purple kettle dances slowly")
    qtbot.keyClicks(page.second, "purple kettle dances slowy")
    qtbot.keyClick(page.second, Qt.Key.Key_Return)
    assert page.error.isVisible()
    assert "different" in page.error.text()
    assert not vault_dir.exists()


def test_wrong_passphrase_then_right_one(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock)
    assert window.stack.currentWidget() is window.unlock_page
    unlock(qtbot, window, "not my passphrase")
    assert not window.is_unlocked()
    assert "didn't open" in window.unlock_page.error.text()
    assert window.unlock_page.field.selectedText() == "not my passphrase"
    window.unlock_page.field.clear()
    unlock(qtbot, window)
    assert window.is_unlocked()
    assert window.findChildren(PlanEditor)


def test_damaged_key_file_gets_its_own_message(qtbot, made_vault, clock) -> None:
    (made_vault[0] / KEY_NAME).write_text("{}")
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    assert "damaged" in window.unlock_page.error.text()
    assert "passphrase didn't" not in window.unlock_page.error.text()


def test_lock_drops_the_plan_and_clears_widgets(qtbot, made_vault, clock) -> None:
    folder, _ = made_vault
    vault = Vault.open(folder, PASSPHRASE)
    PlanStore(vault.db).add_item("warning_signs", {"text": "I stop answering my phone"})
    vault.close()
    window = make_window(qtbot, folder, clock)
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked()
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.field.text() == ""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not window.findChildren(PlanEditor)
    assert not window.undo_action.isVisible()


def test_lock_clears_a_copied_number(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    copier = window.plan_page.findChildren(NumberCopier)[0]
    copier.copy("07700 900123")
    assert QApplication.clipboard().text() == "07700 900123"
    window.lock()
    assert QApplication.clipboard().text() == ""
    assert not window.undo_action.isVisible()


def test_idle_lock_by_wall_clock(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock, idle_minutes=5)
    unlock(qtbot, window)
    clock.now += 4 * 60
    qtbot.keyClick(window.plan_page, Qt.Key.Key_Shift)  # activity resets the count
    clock.now += 4 * 60
    window.idle.check()
    assert window.is_unlocked()
    clock.now += 60
    window.idle.check()
    assert not window.is_unlocked()


def test_sleeping_past_the_limit_locks_on_waking(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock, idle_minutes=5)
    unlock(qtbot, window)
    clock.now += 60 * 60  # the laptop slept for an hour
    QApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.ApplicationStateChange))
    assert not window.is_unlocked()


def test_quick_hide_locks_and_hides(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked()
    assert window.isMinimized() or not window.isVisible()
    assert window.hide_action in window.toolbar.actions()


def test_quick_hide_closes_open_dialogs(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    window.plan_page.show_right_now()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog)))
    window.quick_hide()
    assert not any(d.isVisible() for d in window.findChildren(QDialog))


def test_help_is_there_without_unlocking(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock)
    qtbot.mouseClick(window.unlock_page.help_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert dialogs
    texts = " ".join(label.text() for d in dialogs for label in d.findChildren(QLabel))
    assert "116 123" in texts
    assert not window.is_unlocked()


def test_recovery_key_sets_a_new_passphrase(qtbot, made_vault, clock) -> None:
    folder, recovery = made_vault
    window = make_window(qtbot, folder, clock)
    window.unlock_page.forgot.emit()
    page = window.recover_page
    qtbot.keyClicks(page.recovery, recovery.lower())
    qtbot.keyClicks(page.first, "a new passphrase for me")
    qtbot.keyClicks(page.second, "a new passphrase for me")
    qtbot.keyClick(page.second, Qt.Key.Key_Return)
    qtbot.waitUntil(window.is_unlocked)
    window.lock()
    unlock(qtbot, window, "a new passphrase for me")
    assert window.is_unlocked()


def test_window_title_never_holds_plan_content(qtbot, made_vault, clock) -> None:
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    assert window.windowTitle() == "SafetyPlan"
    window.preferences.discreet = True
    window.apply_discreet_mode()
    assert window.windowTitle() == "Notes"


def test_language_change_keeps_the_plan_open_and_everything_typed(qtbot, made_vault, clock):
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    window.plan_page.store.add_item("warning_signs", {"text": "Not sleeping"})
    window.apply_preferences(Preferences(language="cy"))
    assert window.is_unlocked()
    assert window.plan_page is not None
    assert window.language_box.currentData() == "cy"
    texts = window.plan_page.store.load().items("warning_signs")
    assert [item.text() for item in texts] == ["Not sleeping"]
    window.apply_preferences(Preferences(language="en"))
    assert window.windowTitle() == "SafetyPlan"


def test_damage_found_after_unlocking_returns_to_the_unlock_screen(qtbot, made_vault, clock):
    folder, _ = made_vault
    vault = Vault.open(folder, PASSPHRASE)
    store = PlanStore(vault.db)
    for n in range(300):  # enough pages that the last one isn't read to show the plan
        store.add_item("strengths", {"text": f"something I'm good at, number {n} " * 5})
    vault.db.run("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    data = bytearray((folder / "plan.db").read_bytes())
    data[-200] ^= 0x01
    (folder / "plan.db").write_bytes(bytes(data))
    window = make_window(qtbot, folder, clock)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.unlock_page.error.isVisible())
    assert not window.is_unlocked()
    assert "damaged" in window.unlock_page.error.text()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not window.findChildren(PlanEditor)


def test_emergency_page_is_one_click_away_before_and_after_unlocking(qtbot, made_vault, clock):
    from safetyplan.library import EMERGENCY_PAGE_ID
    from safetyplan.ui import main_window

    assert main_window.EMERGENCY_PAGE_ID == EMERGENCY_PAGE_ID
    window = make_window(qtbot, made_vault[0], clock)
    for step in ("locked", "unlocked"):
        button = window.toolbar.widgetForAction(window.emergency_action)
        assert button.isVisible(), step
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        library = window.help_windows.library_dialog
        assert library is not None and library.isVisible()
        assert library.library_widget.current_page_id() == EMERGENCY_PAGE_ID
        library.close()
        if step == "locked":
            unlock(qtbot, window)


def test_unlocking_keeps_the_window_responsive(qtbot, made_vault, clock):
    window = make_window(qtbot, made_vault[0], clock)
    window.unlock_page.field.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_page.field, Qt.Key.Key_Return)
    # The key is being derived on a worker thread: the window says so and keeps working.
    assert window.busy() and window.unlock_page.busy.isVisible()
    assert not window.unlock_page.field.isEnabled()
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    qtbot.waitUntil(window.is_unlocked)
    timer.stop()
    assert ticks  # the event loop ran while the key was derived


def test_nothing_from_the_plan_reaches_settings_or_temp_files(qtbot, made_vault, clock):
    canary = f"CANARY-{uuid.uuid4().hex}"
    started = time.time()
    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    page = window.plan_page
    page.store.add_item("warning_signs", {"text": canary})
    page.store.add_item("support_people", {"name": canary, "phone": "07700 900123"})
    page.editor.reload()
    page.tabs.setCurrentIndex(1)  # the diary, built on first view
    page.show_share()
    window.lock()
    window.close()
    places = [Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["SAFETYPLAN_DATA_DIR"])]
    places.append(Path(tempfile.gettempdir()))
    vault_folder = made_vault[0].resolve()
    for place in places:
        for path in place.rglob("*"):
            if vault_folder in path.resolve().parents or not path.is_file():
                continue
            if path.stat().st_mtime < started - 1 or path.stat().st_size > 50_000_000:
                continue
            assert canary.encode() not in path.read_bytes(), path


def test_changing_the_passphrase(qtbot, made_vault, clock):
    folder, recovery = made_vault
    window = make_window(qtbot, folder, clock)
    unlock(qtbot, window)
    dialog = window.show_change_passphrase()
    qtbot.keyClicks(dialog.current, "not the one I use")
    qtbot.keyClicks(dialog.fields.first, "a brand new passphrase")
    qtbot.keyClicks(dialog.fields.second, "a brand new passphrase")
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "didn't open" in dialog.error.text()  # the passphrase in use is checked first
    Vault.open(folder, PASSPHRASE).close()  # and nothing changed
    dialog.current.setText(PASSPHRASE)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.current.text() == dialog.fields.first.text() == ""
    window.lock()
    unlock(qtbot, window, "a brand new passphrase")
    assert window.is_unlocked()
    recover_data_key(folder, recovery)  # the recovery key still works


def test_settings_offer_the_passphrase_change(qtbot, made_vault, clock):
    from safetyplan.ui.passphrase_widgets import ChangePassphraseDialog
    from safetyplan.ui.settings_dialog import SettingsDialog

    window = make_window(qtbot, made_vault[0], clock)
    unlock(qtbot, window)
    QTimer.singleShot(0, lambda: _press_change_in_settings(window))
    window.show_settings()
    assert window.findChildren(ChangePassphraseDialog)
    assert not [d for d in window.findChildren(SettingsDialog) if d.isVisible()]


def _press_change_in_settings(window: MainWindow) -> None:
    from safetyplan.ui.passphrase_widgets import ChangePassphraseDialog
    from safetyplan.ui.settings_dialog import SettingsDialog

    settings = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    button = next(b for b in settings.findChildren(QPushButton) if "passphrase" in b.text())
    button.click()
    changer = next(d for d in settings.findChildren(ChangePassphraseDialog))
    changer.reject()
    settings.reject()


def test_copies_are_marked_for_clipboard_managers_to_forget(qtbot) -> None:
    copier = NumberCopier(60_000)
    copier.copy("07700 900123")
    data = QApplication.clipboard().mimeData()
    assert data.text() == "07700 900123"
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    copier.clear()
    assert QApplication.clipboard().text() == ""


def test_hiding_while_unlocking_drops_the_unlock(qtbot, made_vault, clock):
    window = make_window(qtbot, made_vault[0], clock)
    window.unlock_page.field.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_page.field, Qt.Key.Key_Return)
    assert window.busy()
    window.quick_hide()  # someone walks in while the key is being derived
    qtbot.waitUntil(lambda: not window.busy())
    QCoreApplication.processEvents()
    assert not window.is_unlocked()
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.field.isEnabled() and window.unlock_page.field.text() == ""


def test_hiding_while_creating_leaves_no_plan_half_made(qtbot, vault_dir: Path, clock):
    window = make_window(qtbot, vault_dir, clock)
    window.welcome.start.emit()
    page = window.create_page
    page.first.setText("purple kettle dances slowly")
    page.second.setText("purple kettle dances slowly")
    qtbot.keyClick(page.second, Qt.Key.Key_Return)
    window.quick_hide()
    qtbot.waitUntil(lambda: not window.busy())
    QCoreApplication.processEvents()
    assert not window.is_unlocked()
    assert not (vault_dir / KEY_NAME).exists()
    assert window.stack.currentWidget() is window.welcome


def test_an_unknown_saved_country_still_opens_the_plan(qtbot, made_vault, clock):
    window = make_window(qtbot, made_vault[0], clock, region="xx")
    unlock(qtbot, window)
    assert window.is_unlocked()
