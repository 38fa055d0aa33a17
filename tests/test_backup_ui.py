"""Saving a copy of the plan, and replacing the plan with a copy, from Settings."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PASSPHRASE, QUICK_KDF, click, save_as
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from test_shell import FakeClock, make_window, unlock

from safetyplan.diary import DiaryStore, Entry
from safetyplan.plan import Plan
from safetyplan.plan_json import export_from_db, read_plan_file
from safetyplan.store import PlanStore
from safetyplan.ui.main_window import MainWindow
from safetyplan.ui.settings_dialog import SettingsDialog
from safetyplan.vault import Vault

MINE = "Listen to the sea playlist"
THEIRS = "Stroke the cat"
MORNING = dt.datetime(2024, 5, 1, 9, 30)
EVENING = dt.datetime(2024, 6, 2, 21, 0)


def fill(vault: Vault, strategy: str, at: dt.datetime) -> None:
    PlanStore(vault.db).add_item("coping_alone", {"text": strategy})
    DiaryStore(vault.db).add(Entry(at, situation="after work", strategies=(strategy,)))


@pytest.fixture
def window(qtbot, made_vault: tuple[Path, str]) -> MainWindow:
    """The app, unlocked, with one coping strategy and one diary entry of the person's own."""
    vault = Vault.open(made_vault[0], PASSPHRASE)
    fill(vault, MINE, MORNING)
    vault.close()
    shown = make_window(qtbot, made_vault[0], FakeClock())
    unlock(qtbot, shown)
    assert shown.is_unlocked()
    return shown


@pytest.fixture
def other_plan(tmp_path: Path) -> Path:
    """A plan file saved from another vault: a different strategy and diary entry."""
    vault, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, QUICK_KDF)
    fill(vault, THEIRS, EVENING)
    path = tmp_path / "from-my-old-laptop.json"
    path.write_bytes(export_from_db(vault.db))
    vault.close()
    return path


def stored(window: MainWindow) -> tuple[Plan, list[Entry]]:
    assert window.vault is not None
    return PlanStore(window.vault.db).load(), DiaryStore(window.vault.db).all_entries()


def shown_strategies(window: MainWindow) -> list[str]:
    assert window.plan_page is not None
    model = window.plan_page.editor.document.model("coping_alone")
    return [item.text() for item in model.items()]


def answer(texts: list[str], button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """Note what each message box says; press ``button`` on warnings and OK on the rest."""

    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        ok = box.button(QMessageBox.StandardButton.Ok)
        (ok or box.button(button)).click()

    return handle


# ----------------------------------------------------------------------------- saving a copy


def test_a_saved_copy_holds_the_plan_and_the_diary(window: MainWindow, modals, tmp_path) -> None:
    target = tmp_path / "copy.json"
    texts: list[str] = []
    seen = modals(
        {QMessageBox: answer(texts, QMessageBox.StandardButton.Save), QFileDialog: save_as(target)}
    )
    window.export_plan()
    assert seen == ["QMessageBox", "QFileDialog", "QMessageBox"]
    assert "not encrypted" in texts[0] and "your plan and your diary" in texts[0]
    assert texts[1] == "A copy of your plan is saved."
    parsed = read_plan_file(target)
    assert [item.text() for item in parsed.plan.items("coping_alone")] == [MINE]
    assert parsed.log is not None
    assert [(e.at, e.strategies) for e in parsed.log] == [(MORNING, (MINE,))]
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.json", "vault"]


def test_typing_not_yet_saved_goes_in_the_copy(window: MainWindow, modals, tmp_path) -> None:
    assert window.plan_page is not None
    window.plan_page.editor.document.set_detail("preferred_name", "Siân", deferred=True)
    assert window.plan_page.editor.is_saving()
    modals({QMessageBox: click(QMessageBox.StandardButton.Ok)})
    assert window.export_plan_to(tmp_path / "copy.json")
    assert read_plan_file(tmp_path / "copy.json").plan.preferred_name == "Siân"


def test_cancelling_the_warning_saves_nothing(window: MainWindow, modals, tmp_path) -> None:
    seen = modals(
        {
            QMessageBox: click(QMessageBox.StandardButton.Cancel),
            QFileDialog: save_as(tmp_path / "copy.json"),
        }
    )
    window.export_plan()
    assert seen == ["QMessageBox"]
    assert not (tmp_path / "copy.json").exists()


def test_a_copy_that_cant_be_saved_is_told_plainly(window: MainWindow, modals, tmp_path) -> None:
    texts: list[str] = []
    modals({QMessageBox: answer(texts, QMessageBox.StandardButton.Ok)})
    assert not window.export_plan_to(tmp_path / "no such folder" / "copy.json")
    assert texts == [
        "The file couldn't be saved there. Check the folder exists and you can write to it. "
        f"{tmp_path / 'no such folder'}"
    ]


def test_locking_while_the_warning_is_up_saves_nothing(
    window: MainWindow, modals, tmp_path
) -> None:
    target = tmp_path / "copy.json"
    seen = modals({QMessageBox: lambda _box: window.lock(), QFileDialog: save_as(target)})
    window.export_plan()
    assert seen == ["QMessageBox"]
    assert not window.is_unlocked()
    assert not target.exists()


# ----------------------------------------------------------------------------- replacing the plan


def test_replacing_the_plan_with_a_copy(
    window: MainWindow, modals, qtbot, other_plan: Path
) -> None:
    assert window.plan_page is not None
    window.plan_page.tabs.setCurrentIndex(1)  # the diary is built, and shows the old entries
    assert shown_strategies(window) == [MINE]
    texts: list[str] = []
    seen = modals(
        {
            QMessageBox: answer(texts, QMessageBox.StandardButton.Yes),
            QFileDialog: save_as(other_plan),
        }
    )
    window.import_plan()
    assert seen == ["QMessageBox", "QFileDialog", "QMessageBox"]
    assert "replaced by what is in the file" in texts[0] and "can't be undone" in texts[0]
    assert texts[1] == "Your plan has been replaced with the one in the file."
    plan, diary = stored(window)
    assert [item.text() for item in plan.items("coping_alone")] == [THEIRS]
    assert [(e.at, e.strategies) for e in diary] == [(EVENING, (THEIRS,))]
    assert shown_strategies(window) == [THEIRS]
    view = window.plan_page.diary_view
    assert view.model.rowCount() == 1 and view.model.entry_at(0).at == EVENING
    assert window.plan_page.undo_stack.count() == 0


def test_enter_on_the_replace_warning_changes_nothing(
    window: MainWindow, modals, qtbot, other_plan
) -> None:
    """Cancelling is what Enter does: replacing the plan takes choosing the named button."""
    buttons: list[str] = []

    def read_and_press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        replace = box.button(QMessageBox.StandardButton.Yes)
        buttons.extend([replace.text(), replace.accessibleName()])
        qtbot.keyClick(box, Qt.Key.Key_Return)

    before = stored(window)
    seen = modals({QMessageBox: read_and_press_enter, QFileDialog: save_as(other_plan)})
    window.import_plan()
    assert seen == ["QMessageBox"]
    assert buttons == ["&Replace my plan", "Replace my plan"]
    assert stored(window) == before
    assert shown_strategies(window) == [MINE]


def test_a_file_without_a_diary_keeps_the_diary(window: MainWindow, modals, tmp_path) -> None:
    path = tmp_path / "plan-only.json"
    path.write_text(
        '{"format": "safetyplan", "version": 1, "plan": {"sections": '
        '{"coping_alone": [{"text": "Stroke the cat"}]}}}',
        encoding="utf-8",
    )
    texts: list[str] = []
    modals({QMessageBox: answer(texts, QMessageBox.StandardButton.Ok)})
    assert window.import_plan_from(path)
    assert texts == [
        "Your plan has been replaced with the one in the file. "
        "The file has no diary, so your diary is as it was."
    ]
    plan, diary = stored(window)
    assert [item.text() for item in plan.items("coping_alone")] == [THEIRS]
    assert [e.at for e in diary] == [MORNING]


@pytest.mark.parametrize(
    ("content", "place"),
    [
        (b"my plan, not JSON", "line 1, column 1"),
        (
            b'{"format": "safetyplan", "version": 1, "plan": {"sections": {"nope": []}}}',
            'plan.sections: unknown section "nope"',
        ),
        (b"", "The file is empty"),
    ],
    ids=["not JSON", "unknown section", "empty"],
)
def test_a_bad_file_is_refused_and_changes_nothing(
    window: MainWindow, modals, tmp_path, content: bytes, place: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = stored(window)
    texts: list[str] = []
    modals({QMessageBox: answer(texts, QMessageBox.StandardButton.Ok)})
    assert not window.import_plan_from(path)
    assert len(texts) == 1
    assert texts[0].startswith("This file can't be imported. Your plan has not been changed.")
    assert place in texts[0]
    assert stored(window) == before
    assert shown_strategies(window) == [MINE]


def test_a_missing_file_is_refused_plainly(window: MainWindow, modals, tmp_path) -> None:
    texts: list[str] = []
    modals({QMessageBox: answer(texts, QMessageBox.StandardButton.Ok)})
    assert not window.import_plan_from(tmp_path / "gone.json")
    assert texts == [
        "This file can't be imported. Your plan has not been changed. "
        "The file can't be opened or read"
    ]


# ----------------------------------------------------------------------------- from Settings


def settings_button(window: MainWindow, words: str) -> QPushButton:
    settings = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    return next(b for b in settings.findChildren(QPushButton) if words in b.text())


def test_settings_offer_both_by_keyboard(window: MainWindow, qtbot) -> None:
    found: dict[str, tuple[str, bool]] = {}
    warnings: list[str] = []

    def cancel_the_warning() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        warnings.append(box.windowTitle())
        box.button(QMessageBox.StandardButton.Cancel).click()

    def press_both_then_close() -> None:
        for words in ("Save a copy", "Replace my plan"):
            button = settings_button(window, words)
            tab_focus = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
            found[words] = (button.accessibleName(), tab_focus)
            button.setFocus()
            QTimer.singleShot(0, cancel_the_warning)
            qtbot.keyClick(button, Qt.Key.Key_Space)
        next(d for d in window.findChildren(SettingsDialog) if d.isVisible()).reject()

    QTimer.singleShot(0, press_both_then_close)
    window.show_settings()
    assert found == {
        "Save a copy": ("Save a copy of my plan", True),
        "Replace my plan": ("Replace my plan with a copy", True),
    }
    assert warnings == ["Before you save a copy", "Before you replace your plan"]


def browse_to(path: Path) -> Callable[[QWidget], None]:
    """Go to the file's folder in the dialog, as a person would, then choose the file there."""

    def handle(file_dialog: QWidget) -> None:
        assert isinstance(file_dialog, QFileDialog)
        file_dialog.setDirectory(str(path.parent))
        save_as(path)(file_dialog)

    return handle


@pytest.mark.parametrize("saving", [True, False], ids=["save a copy", "replace"])
def test_no_trace_of_the_file_is_left_in_the_settings(
    window: MainWindow, modals, qtbot, tmp_path, other_plan: Path, saving: bool
) -> None:
    folder = tmp_path / "usb-stick-kxq"
    folder.mkdir()
    chosen = folder / "private-copy-kxq.json"
    if not saving:
        other_plan.rename(chosen)
    go_on = QMessageBox.StandardButton.Save if saving else QMessageBox.StandardButton.Yes
    seen = modals({QMessageBox: answer([], go_on), QFileDialog: browse_to(chosen)})
    window.export_plan() if saving else window.import_plan()
    assert seen == ["QMessageBox", "QFileDialog", "QMessageBox"]
    assert chosen.exists() and shown_strategies(window) == [MINE if saving else THEIRS]
    qtbot.waitUntil(lambda: not window.findChildren(QFileDialog))  # Qt saves its state now
    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert (config / "QtProject.conf").exists()
    for place in (config, Path(os.environ["XDG_DATA_HOME"])):
        for path in place.rglob("*"):
            assert path.name != "recently-used.xbel"
            if path.is_file():
                text = path.read_text(errors="replace")
                for name in (folder.name, chosen.name, tmp_path.name):
                    assert name not in text, (path, name)
