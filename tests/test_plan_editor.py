"""The plan editor, worked by the keyboard alone, against a real vault on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from safetyplan.crisis_lines import load_region
from safetyplan.library import load_library
from safetyplan.plan import SECTIONS, latest_review_date
from safetyplan.store import PlanStore
from safetyplan.ui.plan_details_page import DetailsPage
from safetyplan.ui.plan_document import HELPED_ROLE
from safetyplan.ui.plan_editor import DETAILS_PAGE, PlanEditor
from safetyplan.ui.plan_item_editor import TextField
from safetyplan.ui.plan_pictures import (
    MAX_SIDE,
    PictureProblem,
    picture_from_bytes,
    picture_from_file,
)
from safetyplan.ui.plan_section_page import SectionPage
from safetyplan.vault import Vault

WELSH = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
SAVE_DELAY_MS = 50
CLEAR_AFTER_MS = 150


class Host(QWidget):
    """Stands in for the window: holds the editor and owns Undo and Redo, with their keys."""

    def __init__(self, store: PlanStore, crisis_lines: list[object]) -> None:
        super().__init__()
        self.undo_stack = QUndoStack(self)
        self.editor = PlanEditor(
            store,
            self.undo_stack,
            crisis_lines,
            self,
            save_delay_ms=SAVE_DELAY_MS,
            clipboard_clear_ms=CLEAR_AFTER_MS,
        )
        for key, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
        ):
            action = QAction(self)
            action.setShortcuts(key)
            action.triggered.connect(slot)
            self.addAction(action)
        QVBoxLayout(self).addWidget(self.editor)
        self.resize(1000, 700)


@pytest.fixture
def host(qtbot: QtBot, open_vault: Vault) -> Iterator[Host]:
    window = Host(PlanStore(open_vault.db), load_region("gb"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setFocus()  # as the window does when it shows the plan
    yield window
    window.editor.flush()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text`` into the focused widget; letters beyond ASCII as the key events they are."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(focused(), character)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                focused(),
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )


def go_to_section(qtbot: QtBot, editor: PlanEditor, key: str) -> None:
    """From anywhere in the editor: F6 to the section list if need be, arrows, then Tab."""
    if not editor.navigation.hasFocus():
        press(qtbot, Qt.Key.Key_F6)
    assert editor.navigation.hasFocus()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(len(SECTIONS) + 1):
        if editor.navigation.current_key() == key:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert editor.current_section() == key
    press(qtbot, Qt.Key.Key_Tab)


def tab_to(qtbot: QtBot, widget: QWidget) -> None:
    for _ in range(30):
        if focused() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def wait_saved(qtbot: QtBot, editor: PlanEditor) -> None:
    qtbot.waitUntil(lambda: not editor.is_saving())


def section_page(editor: PlanEditor, key: str) -> SectionPage:
    page = editor.pages[key]
    assert isinstance(page, SectionPage)
    return page


def add_entry(qtbot: QtBot, page: SectionPage) -> None:
    """From the entries list: Tab to Add and press Space; the cursor lands in the new entry."""
    assert focused() is page.list
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.add_button
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is page.editor.first_field()


def fill_fields(qtbot: QtBot, page: SectionPage, values: dict[str, str]) -> None:
    """Type each value into its field, moving on with Tab (past Copy number and so on)."""
    for key, value in values.items():
        tab_to(qtbot, page.editor.fields[key])
        type_text(qtbot, value)


def reopen(folder: Path) -> dict[str, list[dict[str, str]]]:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        plan = PlanStore(vault.db).load()
    finally:
        vault.close()
    return {key: [dict(item.data) for item in items] for key, items in plan.sections.items()}


TEXT_ENTRIES = {
    "warning_signs": f"I go quiet in {WELSH}",
    "coping_alone": "Hold an ice cube",
    "distractions": "The café on the corner",
    "safer_environment": "Ask Jo to keep my tablets",
    "reasons_for_living": "My dog, Biscuit",
    "staying_safer": "First-aid kit: bathroom cupboard",
    "strengths": "I'm a good listener",
    "needs": "Help with my benefits",
    "goals_long": "Go back to college",
    "crisis_preferences": "Somewhere quiet, please",
}
CONTACTS = {
    "support_people": {
        "name": "Sam",
        "relationship": "Sister",
        "phone": "07700 900123",
        "notes": "After 6pm",
    },
    "professional_help": {
        "name": "Dr Evans",
        "phone": "029 2000 0000",
        "when": "Weekdays 9 to 5",
        "notes": "GP surgery",
    },
    "team": {"name": "Alex", "role": "Key worker", "phone": "07700 900456", "notes": "Tuesdays"},
}


def test_every_section_filled_by_keyboard_survives_reopening(
    qtbot: QtBot, host: Host, open_vault: Vault, made_vault: tuple[Path, str]
) -> None:
    editor = host.editor
    assert editor.navigation.hasFocus()
    for spec in SECTIONS:
        go_to_section(qtbot, editor, spec.key)
        page = section_page(editor, spec.key)
        add_entry(qtbot, page)
        if spec.key in CONTACTS:
            fill_fields(qtbot, page, CONTACTS[spec.key])
        elif spec.key == "goals_short":
            type_text(qtbot, "Look at courses")
            press(qtbot, Qt.Key.Key_Tab)
            assert isinstance(focused(), QComboBox)
            press(qtbot, Qt.Key.Key_Down)  # the first longer-term goal
        else:
            type_text(qtbot, TEXT_ENTRIES[spec.key])
        if spec.key == "professional_help":
            samaritans = next(b for b in page.extra_buttons if "Samaritans" in b.accessibleName())
            tab_to(qtbot, samaritans)
            press(qtbot, Qt.Key.Key_Space)
            assert not samaritans.isEnabled()  # already in the plan
    go_to_section(qtbot, editor, DETAILS_PAGE)
    details = editor.pages[DETAILS_PAGE]
    assert isinstance(details, DetailsPage)
    assert focused() is details.preferred_name
    type_text(qtbot, "Rhiannon")
    tab_to(qtbot, details.today_button)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, details.made_with)
    type_text(qtbot, "My key worker")
    wait_saved(qtbot, editor)
    assert editor.save_status.text() == "Saved"
    assert "(2)" in editor.navigation.rows["professional_help"].text()

    open_vault.close()
    sections = reopen(made_vault[0])
    for key, text in TEXT_ENTRIES.items():
        assert [item["text"] for item in sections[key]] == [text]
    for key, values in CONTACTS.items():
        assert {k: sections[key][0][k] for k in values} == values
    assert sections["goals_short"] == [{"text": "Look at courses", "goal": "Go back to college"}]
    samaritans = sections["professional_help"][1]
    assert samaritans["name"] == "Samaritans" and samaritans["phone"] == "116 123"
    assert samaritans["when"]
    vault = Vault.open(made_vault[0], PASSPHRASE)
    plan = PlanStore(vault.db).load()
    vault.close()
    today = dt.date.today()
    assert (plan.preferred_name, plan.made_with) == ("Rhiannon", "My key worker")
    assert (plan.made_on, plan.next_review) == (today, latest_review_date(today))


@pytest.fixture
def three_signs(open_vault: Vault) -> PlanStore:
    store = PlanStore(open_vault.db)
    for text in ("one", "two", "three"):
        store.add_item("warning_signs", {"text": text})
    return store


def texts(store: PlanStore, key: str = "warning_signs") -> list[str]:
    return [item.text() for item in store.load().items(key)]


def test_reorder_by_keyboard(qtbot: QtBot, three_signs: PlanStore, host: Host) -> None:
    page = section_page(host.editor, "warning_signs")
    go_to_section(qtbot, host.editor, "warning_signs")
    assert focused() is page.list
    press(qtbot, Qt.Key.Key_Down)  # "two"
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(three_signs) == ["two", "one", "three"]
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(three_signs) == ["one", "three", "two"]
    assert page.list.currentIndex().row() == 2  # the moved entry stays chosen
    assert not page.down_button.isEnabled()
    tab_to(qtbot, page.up_button)
    press(qtbot, Qt.Key.Key_Space)
    assert texts(three_signs) == ["one", "two", "three"]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(three_signs) == ["one", "three", "two"]


def test_remove_undo_redo(qtbot: QtBot, three_signs: PlanStore, host: Host) -> None:
    editor = host.editor
    page = section_page(editor, "warning_signs")
    go_to_section(qtbot, editor, "warning_signs")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Delete)
    assert texts(three_signs) == ["one", "three"]
    assert page.removed_note.isVisible()
    assert "Removed" in page.removed_note.text() and "Undo" in page.removed_note.text()
    assert "(2)" in editor.navigation.rows["warning_signs"].text()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(three_signs) == ["one", "two", "three"]
    assert not page.removed_note.isVisible()
    assert page.current_item_id() == three_signs.load().items("warning_signs")[1].id
    press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert texts(three_signs) == ["one", "three"]
    # The Remove button does the same, and so does the note's Undo link.
    tab_to(qtbot, page.remove_button)
    press(qtbot, Qt.Key.Key_Space)
    assert len(texts(three_signs)) == 1
    page.removed_note.linkActivated.emit("undo")
    assert len(texts(three_signs)) == 2


def test_typing_is_one_undo_step_and_undo_works_from_another_section(
    qtbot: QtBot, host: Host, open_vault: Vault
) -> None:
    editor, stack = host.editor, host.undo_stack
    store = PlanStore(open_vault.db)
    page = section_page(editor, "coping_alone")
    go_to_section(qtbot, editor, "coping_alone")
    add_entry(qtbot, page)
    type_text(qtbot, "Go for a walk")
    assert editor.save_status.text() == "Saving…"
    wait_saved(qtbot, editor)
    assert texts(store, "coping_alone") == ["Go for a walk"]
    assert stack.count() == 2  # adding, and all of the typing
    go_to_section(qtbot, editor, DETAILS_PAGE)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # typing in a text field
    assert editor.current_section() == "coping_alone"  # shown where the undo happened
    assert texts(store, "coping_alone") == [""]
    field = page.editor.first_field()
    assert isinstance(field, TextField) and field.toPlainText() == ""
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(store, "coping_alone") == []
    stack.redo()
    stack.redo()
    assert texts(store, "coping_alone") == ["Go for a walk"]


def test_plan_details_typing_merges_and_undoes(qtbot: QtBot, host: Host, open_vault: Vault) -> None:
    editor = host.editor
    go_to_section(qtbot, editor, DETAILS_PAGE)
    type_text(qtbot, "Rhi")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)
    assert PlanStore(open_vault.db).load().preferred_name == ""
    assert host.undo_stack.count() == 1 and host.undo_stack.index() == 0


def test_next_review_is_never_later_than_a_year(
    qtbot: QtBot, host: Host, open_vault: Vault
) -> None:
    editor = host.editor
    go_to_section(qtbot, editor, DETAILS_PAGE)
    details = editor.pages[DETAILS_PAGE]
    assert isinstance(details, DetailsPage)
    tab_to(qtbot, details.today_button)
    press(qtbot, Qt.Key.Key_Space)
    today = dt.date.today()
    latest = latest_review_date(today)
    assert details.next_review.date().toPython() == latest  # 12 months unless chosen sooner
    tab_to(qtbot, details.next_review)
    press(qtbot, Qt.Key.Key_End)  # the year
    press(qtbot, Qt.Key.Key_Down)
    wait_saved(qtbot, editor)
    assert PlanStore(open_vault.db).load().next_review == today  # sooner is fine
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Up)
    wait_saved(qtbot, editor)
    assert details.next_review.date().toPython() == latest
    assert PlanStore(open_vault.db).load().next_review == latest


def test_copy_number_and_clear_it_later(qtbot: QtBot, open_vault: Vault, host: Host) -> None:
    editor = host.editor
    page = section_page(editor, "support_people")
    go_to_section(qtbot, editor, "support_people")
    add_entry(qtbot, page)
    fill_fields(qtbot, page, {"name": "Sam", "phone": "07700 900123"})
    assert page.editor.copy_button is not None
    tab_to(qtbot, page.editor.copy_button)
    press(qtbot, Qt.Key.Key_Space)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "07700 900123"
    assert page.editor.copy_status is not None and page.editor.copy_status.isVisible()
    qtbot.waitUntil(lambda: clipboard.text() == "")
    # Something the person copied since is never cleared.
    press(qtbot, Qt.Key.Key_Space)
    clipboard.setText("my own words")
    qtbot.waitUntil(lambda: not editor.copier.is_waiting())
    assert clipboard.text() == "my own words"


def png_file(folder: Path, colour: str = "#c08040") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / "biscuit.png"
    assert image.save(str(path))
    return path


def test_picture_round_trip(
    qtbot: QtBot, tmp_path: Path, host: Host, open_vault: Vault, made_vault: tuple[Path, str]
) -> None:
    editor = host.editor
    folder = tmp_path / "my pictures"
    folder.mkdir()
    picture = png_file(folder)
    page = section_page(editor, "reasons_for_living")
    go_to_section(qtbot, editor, "reasons_for_living")
    add_entry(qtbot, page)
    type_text(qtbot, "Biscuit")
    assert page.editor.picture_button is not None
    tab_to(qtbot, page.editor.picture_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.findChild(QFileDialog) is not None)
    dialog = page.findChild(QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # a window manager does this; the test platform has none
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused().objectName() == "fileNameEdit"
    type_text(qtbot, str(picture))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor.picture_preview.isVisible())
    # The dialog is gone, and Qt's note of the folders it visited doesn't name this one.
    qtbot.waitUntil(lambda: page.findChild(QFileDialog) is None)
    settings = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert "my pictures" not in settings.read_text(errors="replace")
    wait_saved(qtbot, editor)
    item = page.model.item(0)
    assert item.picture is not None
    assert page.model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None

    open_vault.close()
    vault_folder = made_vault[0]
    for stored_file in vault_folder.iterdir():
        assert b"IHDR" not in stored_file.read_bytes()  # no unencrypted PNG in the vault
    vault = Vault.open(vault_folder, PASSPHRASE)
    store = PlanStore(vault.db)
    saved = store.load().items("reasons_for_living")[0]
    assert saved.text() == "Biscuit" and saved.picture is not None
    stored = store.picture(saved.picture)
    vault.close()
    assert stored is not None
    image = QImage.fromData(stored.data)
    assert (image.width(), image.height()) == (64, 48)
    colour = image.pixelColor(10, 10)
    assert max(abs(a - b) for a, b in zip(colour.getRgb()[:3], (0xC0, 0x80, 0x40), strict=True)) < 4


def test_pictures_are_made_smaller_and_keep_transparency() -> None:
    photo = QImage(3200, 1600, QImage.Format.Format_RGB32)
    photo.fill(QColor("#336699"))
    mime, data = picture_from_bytes(image_bytes(photo))
    stored = QImage.fromData(data)
    assert mime == "image/jpeg" and (stored.width(), stored.height()) == (MAX_SIDE, MAX_SIDE // 2)
    drawing = QImage(20, 20, QImage.Format.Format_ARGB32)
    drawing.fill(QColor(0, 0, 0, 0))
    mime, data = picture_from_bytes(image_bytes(drawing))
    assert mime == "image/png" and QImage.fromData(data).hasAlphaChannel()


def image_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(buffer.data().data())


def test_bad_picture_files_are_refused_with_a_message(
    qtbot: QtBot, tmp_path: Path, host: Host, open_vault: Vault
) -> None:
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("just words")
    with pytest.raises(PictureProblem, match="isn't a picture"):
        picture_from_file(not_a_picture)
    with pytest.raises(PictureProblem, match="couldn't be opened"):
        picture_from_file(tmp_path / "gone.jpg")
    page = section_page(host.editor, "reasons_for_living")
    go_to_section(qtbot, host.editor, "reasons_for_living")
    add_entry(qtbot, page)
    page.use_picture_file(str(not_a_picture))
    assert page.picture_problem.isVisible()
    assert "isn't a picture" in page.picture_problem.text()
    assert PlanStore(open_vault.db).load().items("reasons_for_living")[0].picture is None


def test_a_failed_save_is_told_and_not_kept_in_history(
    qtbot: QtBot, host: Host, open_vault: Vault
) -> None:
    editor = host.editor
    page = section_page(editor, "needs")
    go_to_section(qtbot, editor, "needs")
    open_vault.db.close()  # as if the drive had been removed
    with qtbot.waitSignal(editor.save_failed) as failure:
        tab_to(qtbot, page.add_button)
        press(qtbot, Qt.Key.Key_Space)
    assert "couldn't be saved" in failure.args[0]
    assert editor.problem.isVisible()
    assert editor.save_status.text() == "Not saved"
    assert host.undo_stack.count() == 0
    assert page.model.rowCount() == 0


def test_typing_that_cant_be_saved_is_told_and_history_is_dropped(
    qtbot: QtBot, host: Host, open_vault: Vault
) -> None:
    editor = host.editor
    page = section_page(editor, "needs")
    go_to_section(qtbot, editor, "needs")
    add_entry(qtbot, page)
    type_text(qtbot, "Sleep")
    open_vault.db.close()
    with qtbot.waitSignal(editor.save_failed):
        pass  # the pause after typing ends and the write fails
    # What is shown may be ahead of what is saved: the history no longer matches, so it goes.
    qtbot.waitUntil(lambda: host.undo_stack.count() == 0)
    assert editor.problem.isVisible()


def test_helped_counts_are_shown_with_matching_strategies(host: Host, open_vault: Vault) -> None:
    store = PlanStore(open_vault.db)
    store.add_item("coping_alone", {"text": "Hold an ice cube"})
    store.add_item("coping_alone", {"text": "Call Sam"})
    host.editor.reload()
    host.editor.set_helped_counts({"hold an  ice cube": 3})
    model = host.editor.document.model("coping_alone")
    assert [model.index(row).data(HELPED_ROLE) for row in range(2)] == [3, 0]


def test_reload_shows_changes_made_elsewhere_and_forgets_history(
    host: Host, open_vault: Vault
) -> None:
    page = section_page(host.editor, "strengths")
    page.add_entry({"text": "Drawing"})
    assert host.undo_stack.count() == 1
    PlanStore(open_vault.db).add_item("strengths", {"text": "Running"})
    host.editor.reload()
    assert [item.text() for item in page.model.items()] == ["Drawing", "Running"]
    assert host.undo_stack.count() == 0
    assert "(2)" in host.editor.navigation.rows["strengths"].text()


def test_library_links(qtbot: QtBot, host: Host) -> None:
    page = section_page(host.editor, "staying_safer")
    go_to_section(qtbot, host.editor, "staying_safer")
    pages = []
    host.editor.library_requested.connect(pages.append)
    for button in page.extra_buttons[-2:]:
        tab_to(qtbot, button)
        press(qtbot, Qt.Key.Key_Space)
    assert pages == ["cuts-and-grazes", "emergency-help"]
    library = load_library()
    for page_id in pages:
        assert library.page(page_id).title  # both are real pages


def inside(widget: QWidget, class_name: str) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.inherits(class_name):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_a_name_and_nothing_rates_risk(host: Host) -> None:
    editor = host.editor
    for widget in editor.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QLabel):
            if inside(widget, "QComboBox") or inside(widget, "QAbstractSpinBox"):
                continue  # a combo box's own list, a date field's own text
            assert widget.accessibleName(), type(widget).__name__
    words = [w.text() for w in editor.findChildren(QLabel)] + [
        w.accessibleName() for w in editor.findChildren(QAbstractButton)
    ]
    for text in words:
        assert "risk" not in text.lower() and "score" not in text.lower()


def test_unknown_section_is_refused(host: Host) -> None:
    with pytest.raises(KeyError):
        host.editor.show_section("not_a_section")


def test_dates_show_not_set_for_a_new_plan(host: Host) -> None:
    details = host.editor.pages[DETAILS_PAGE]
    assert isinstance(details, DetailsPage)
    for field in (details.made_on, details.next_review):
        assert isinstance(field, QDateEdit)
        assert field.text() == "Not set yet"
