"""The library view and the Get help dialog: offline links, text size, headings, one-click help."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from safetyplan import paths
from safetyplan.library import CRISIS_LINES_PAGE_ID, EMERGENCY_PAGE_ID, load_library
from safetyplan.ui.get_help import GetHelpDialog
from safetyplan.ui.library_view import (
    MAX_TEXT_SIZE,
    TEXT_SIZE_KEY,
    LibraryDialog,
    LibraryWidget,
    default_text_size,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def no_local_pages(tmp_path: Path) -> Iterator[None]:
    paths.set_data_dir(tmp_path / "data")
    yield
    paths.set_data_dir(None)


@pytest.fixture
def widget(qtbot, settings: QSettings, no_local_pages: None) -> LibraryWidget:
    view = LibraryWidget(settings=settings, language="en", region="gb")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


class UrlCatcher(QObject):
    """Registered as the handler for web addresses: it hears any attempt to open one."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def url_catcher() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")
    yield catcher
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_the_url_catcher_would_hear_an_address_being_opened(url_catcher: UrlCatcher) -> None:
    """Proves the check below can fail: opening an address goes to the catcher."""
    QDesktopServices.openUrl(QUrl("https://www.nhs.uk/"))
    assert url_catcher.opened == ["https://www.nhs.uk/"]


def _point_of_text(browser: QTextBrowser, text: str) -> QPoint:
    """Where ``text`` is drawn in the browser's viewport, scrolling it into view first."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    middle = QTextCursor(cursor)
    middle.setPosition(cursor.selectionStart() + 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    return browser.cursorRect(middle).center()


def _click_text(qtbot, browser: QTextBrowser, text: str) -> None:
    point = _point_of_text(browser, text)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


# --- LibraryWidget --------------------------------------------------------------------------


def test_it_starts_on_the_list_of_all_pages(widget: LibraryWidget) -> None:
    assert widget.current_page_id() == ""
    assert "Information and first aid" in widget.browser.toPlainText()


def test_show_page_shows_a_page_and_refuses_unknown_ids(widget: LibraryWidget, qtbot) -> None:
    with qtbot.waitSignal(widget.pageShown) as shown:
        assert widget.show_page("scars")
    assert shown.args == ["scars"]
    assert widget.browser.toPlainText().startswith("Scars")
    assert not widget.show_page("no-such-page")
    assert widget.current_page_id() == "scars"


def test_the_emergency_page_is_one_click_away(widget: LibraryWidget, qtbot) -> None:
    widget.show_page("scars")
    qtbot.mouseClick(widget.emergency_button, Qt.MouseButton.LeftButton)
    assert widget.current_page_id() == EMERGENCY_PAGE_ID


def test_the_browser_never_opens_links_itself(widget: LibraryWidget) -> None:
    assert not widget.browser.openExternalLinks()
    assert not widget.browser.openLinks()


def test_clicking_a_page_link_opens_that_page(widget: LibraryWidget, qtbot) -> None:
    widget.show_page(EMERGENCY_PAGE_ID)
    with qtbot.waitSignal(widget.pageShown):
        _click_text(qtbot, widget.browser, "Telling someone and getting care")
    assert widget.current_page_id() == "telling-someone"


def test_outside_addresses_are_text_and_never_opened(
    widget: LibraryWidget, qtbot, url_catcher: UrlCatcher
) -> None:
    widget.show_page(EMERGENCY_PAGE_ID)
    _click_text(qtbot, widget.browser, "https://111.nhs.uk/")
    qtbot.mouseDClick(
        widget.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_point_of_text(widget.browser, "https://www.emergencysms.net/"),
    )
    widget.browser.anchorClicked.emit(QUrl("https://www.nhs.uk/"))  # even if one slipped in
    assert url_catcher.opened == []
    assert widget.current_page_id() == EMERGENCY_PAGE_ID
    assert widget.browser.toPlainText().startswith("When to get emergency help")


def test_an_outside_address_can_be_selected_and_copied(widget: LibraryWidget) -> None:
    widget.show_page(EMERGENCY_PAGE_ID)
    found = widget.browser.document().find("https://111.nhs.uk/")
    widget.browser.setTextCursor(found)
    widget.browser.copy()
    assert QGuiApplication.clipboard().text() == "https://111.nhs.uk/"


def test_back_returns_to_the_last_page(widget: LibraryWidget, qtbot) -> None:
    widget.show_page("scars")
    widget.show_page("infection")
    qtbot.mouseClick(widget.back_button, Qt.MouseButton.LeftButton)
    assert widget.current_page_id() == "scars"
    widget.go_back()
    assert widget.current_page_id() == ""
    assert not widget.back_button.isEnabled()


def test_headings_are_real_headings_listed_on_the_page(widget: LibraryWidget) -> None:
    widget.show_page("cuts-and-grazes")
    levels = {}
    block = widget.browser.document().begin()
    while block.isValid():
        levels[block.text()] = block.blockFormat().headingLevel()
        block = block.next()
    assert levels["Looking after cuts and grazes"] == 1
    assert levels["Stop the bleeding"] == 2
    assert levels["Sources"] == 2
    listed = [widget.contents_list.item(i).text() for i in range(widget.contents_list.count())]
    assert listed[:2] == ["Get help now if", "Stop the bleeding"]


def test_heading_navigation_moves_from_heading_to_heading(widget: LibraryWidget, qtbot) -> None:
    widget.show_page("cuts-and-grazes")
    widget.browser.setFocus()
    widget.next_heading()
    assert widget.browser.textCursor().block().text() == "Get help now if"
    qtbot.keyClick(widget.browser, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.browser.textCursor().block().text() == "Stop the bleeding"
    widget.previous_heading()
    assert widget.browser.textCursor().block().text() == "Get help now if"
    widget.contents_list.itemActivated.emit(widget.contents_list.item(2))
    assert widget.browser.textCursor().block().text() == "Clean the wound"


def test_choosing_a_page_in_the_topic_list_shows_it(widget: LibraryWidget, qtbot) -> None:
    tree = widget.pages_tree
    injuries = tree.topLevelItem(1)
    tree.setFocus()
    tree.setCurrentItem(injuries.child(1))
    assert widget.current_page_id() == "burns-and-scalds"
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert widget.current_page_id() == "infection"


def test_search_lists_matching_pages_and_enter_opens_the_first(
    widget: LibraryWidget, qtbot
) -> None:
    qtbot.keyClicks(widget.search_field, "cling film")
    titles = [widget.pages_tree.topLevelItem(i).text(0) for i in range(2)]
    assert set(titles) == {"Burns and scalds", "Keeping a first-aid kit"}
    assert widget.results_label.text() == "2 pages found"
    qtbot.keyClick(widget.search_field, Qt.Key.Key_Return)
    assert widget.current_page_id() in {"burns-and-scalds", "first-aid-kit"}
    widget.search_field.setText("zzzz")
    assert widget.results_label.text() == "No pages match your search."
    widget.search_field.clear()
    assert widget.pages_tree.topLevelItemCount() == 5  # the topics again
    assert widget.results_label.isHidden()


def test_text_size_buttons_change_and_remember_the_size(
    widget: LibraryWidget, qtbot, settings: QSettings, no_local_pages: None
) -> None:
    start = widget.text_size()
    with qtbot.waitSignal(widget.textSizeChanged) as changed:
        qtbot.mouseClick(widget.larger_button, Qt.MouseButton.LeftButton)
    assert changed.args == [start + 2]
    assert widget.browser.document().defaultFont().pointSize() == start + 2
    assert int(settings.value(TEXT_SIZE_KEY)) == start + 2
    again = LibraryWidget(settings=settings, language="en", region="gb")
    qtbot.addWidget(again)
    assert again.text_size() == start + 2
    qtbot.mouseClick(widget.smaller_button, Qt.MouseButton.LeftButton)
    assert int(settings.value(TEXT_SIZE_KEY)) == start


def test_text_size_keys_work(widget: LibraryWidget, qtbot, settings: QSettings) -> None:
    widget.set_text_size(16)
    start = widget.text_size()
    widget.activateWindow()
    widget.browser.setFocus()
    qtbot.keyClick(widget.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert widget.text_size() == start + 2
    qtbot.keyClick(widget.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert widget.text_size() == start - 2
    assert int(settings.value(TEXT_SIZE_KEY)) == start - 2
    qtbot.keyClick(widget.browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert widget.text_size() == default_text_size()


def test_text_size_has_limits_and_a_bad_saved_value_is_ignored(
    qtbot, settings: QSettings, no_local_pages: None
) -> None:
    settings.setValue(TEXT_SIZE_KEY, "enormous")
    view = LibraryWidget(settings=settings, language="en", region="gb")
    qtbot.addWidget(view)
    assert 10 <= view.text_size() <= MAX_TEXT_SIZE
    view.set_text_size(500)
    assert view.text_size() == MAX_TEXT_SIZE
    assert not view.larger_button.isEnabled()


def test_only_the_text_size_is_stored(widget: LibraryWidget, settings: QSettings) -> None:
    widget.show_page("overdose-and-swallowing")
    widget.search_field.setText("overdose")
    widget.change_text_size(2)
    assert settings.allKeys() == [TEXT_SIZE_KEY]


def test_high_contrast_toggles_the_reading_view(widget: LibraryWidget, qtbot) -> None:
    widget.show_page("scars")
    with qtbot.waitSignal(widget.highContrastChanged) as changed:
        qtbot.mouseClick(widget.contrast_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True]
    assert "#000000" in widget.browser.styleSheet()
    assert "#ffff00" in widget.browser.document().defaultStyleSheet()
    assert widget.current_page_id() == "scars"
    widget.set_high_contrast(False)
    assert widget.browser.styleSheet() == ""
    assert not widget.contrast_button.isChecked()


def test_every_control_has_an_accessible_name(widget: LibraryWidget) -> None:
    kinds = (QAbstractButton, QLineEdit, QTreeWidget, QListWidget, QTextBrowser)
    for kind in kinds:
        for child in widget.findChildren(kind):
            assert child.accessibleName(), child


def test_bad_local_pages_show_a_note_not_a_crash(qtbot, settings: QSettings, tmp_path: Path):
    local = tmp_path / "local-pages"
    local.mkdir()
    (local / "broken.md").write_text("no header here", encoding="utf-8")
    library = load_library("en", local_dir=local, region="gb")
    view = LibraryWidget(library=library, settings=settings)
    qtbot.addWidget(view)
    view.show()
    details = [b for b in view.findChildren(QAbstractButton) if b.text() == "Show details"]
    assert details and details[0].isVisible()
    qtbot.mouseClick(details[0], Qt.MouseButton.LeftButton)
    assert "“broken.md” was left out of the library" in view.browser.toPlainText()


def test_vault_local_pages_appear_without_unlocking(qtbot, settings: QSettings, tmp_path: Path):
    vault = tmp_path / "vault"
    (vault / "local-pages").mkdir(parents=True)
    page = (paths.library_dir() / "en" / "scars.md").read_text(encoding="utf-8")
    page = page.replace("id: scars", "id: our-clinic").replace("topic: injuries", "topic: local")
    (vault / "local-pages" / "clinic.md").write_text(page, encoding="utf-8")
    paths.set_data_dir(tmp_path / "data")
    try:
        view = LibraryWidget(settings=settings, language="en", region="gb", vault_dir=vault)
    finally:
        paths.set_data_dir(None)
    qtbot.addWidget(view)
    assert view.show_page("our-clinic")


def test_the_crisis_lines_page_uses_the_saved_country(
    qtbot, settings: QSettings, no_local_pages: None
) -> None:
    settings.setValue("region", "nz")
    view = LibraryWidget(settings=settings, language="en")
    qtbot.addWidget(view)
    view.show_page(CRISIS_LINES_PAGE_ID)
    assert "Call 1737" in view.browser.toPlainText()


def test_library_dialog_opens_on_a_page_and_survives_the_lock(
    qtbot, settings: QSettings, no_local_pages: None
) -> None:
    dialog = LibraryDialog(page_id="burns-and-scalds", settings=settings, region="gb")
    qtbot.addWidget(dialog)
    assert dialog.library_widget.current_page_id() == "burns-and-scalds"
    assert dialog.property("holdsNothingPersonal") is True


# --- GetHelpDialog --------------------------------------------------------------------------


@pytest.fixture
def help_dialog(qtbot, settings: QSettings, no_local_pages: None) -> GetHelpDialog:
    dialog = GetHelpDialog(region="gb", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _card_texts(dialog: GetHelpDialog) -> str:
    labels = [label for card in dialog.cards for label in card.findChildren(QLabel)]
    return "\n".join(label.text() for label in labels)


def test_get_help_shows_the_uk_lines_large_and_clear(help_dialog: GetHelpDialog) -> None:
    names = [card.line.name for card in help_dialog.cards]
    assert names[0] == "Emergency services"
    assert "Samaritans" in names and "Shout" in names
    text = _card_texts(help_dialog)
    assert "Call 116 123" in text and "Text SHOUT to 85258" in text
    assert "Who it's for: Children and young people under 19." in text
    assert "call 999 now" in help_dialog.emergency_intro.text()
    assert "not yet been checked" in help_dialog.lines_area.findChildren(QLabel)[-1].text()
    assert help_dialog.property("holdsNothingPersonal") is True


def test_copy_puts_the_number_on_the_clipboard(help_dialog: GetHelpDialog, qtbot) -> None:
    papyrus = next(card for card in help_dialog.cards if card.line.name.startswith("Papyrus"))
    call, text = papyrus.copy_buttons
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0800 068 4141"
    assert call.text() == "Copied"
    assert "Copied 0800 068 4141" in help_dialog.status_label.text()
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "88247"


def test_a_copied_number_is_cleared_from_the_clipboard_later(help_dialog: GetHelpDialog, qtbot):
    help_dialog.copier.clear_after_ms = 20
    qtbot.mouseClick(help_dialog.cards[2].copy_buttons[0], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "116 123"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_a_number_called_and_texted_alike_has_one_copy_button(qtbot, settings, no_local_pages):
    dialog = GetHelpDialog(region="us", settings=settings)
    qtbot.addWidget(dialog)
    lifeline = next(card for card in dialog.cards if card.line.number == "988")
    assert len(lifeline.copy_buttons) == 1


def test_emergency_help_opens_in_one_action_through_the_callers_library(
    qtbot, settings: QSettings, no_local_pages: None
) -> None:
    opened: list[str] = []
    dialog = GetHelpDialog(region="gb", settings=settings, open_page=opened.append)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.pageRequested) as requested:
        qtbot.mouseClick(dialog.emergency_button, Qt.MouseButton.LeftButton)
    assert opened == [EMERGENCY_PAGE_ID]
    assert requested.args == [EMERGENCY_PAGE_ID]
    assert dialog.library_dialog is None


def test_emergency_help_opens_in_one_action_on_its_own(help_dialog: GetHelpDialog, qtbot):
    qtbot.mouseClick(help_dialog.emergency_button, Qt.MouseButton.LeftButton)
    library = help_dialog.library_dialog
    assert library is not None and library.isVisible()
    assert library.library_widget.current_page_id() == EMERGENCY_PAGE_ID
    qtbot.mouseClick(help_dialog.more_button, Qt.MouseButton.LeftButton)
    assert library.library_widget.current_page_id() == ""


def test_emergency_help_is_the_default_button(help_dialog: GetHelpDialog) -> None:
    assert help_dialog.emergency_button.isDefault()


def test_choosing_another_country_shows_its_lines_and_is_remembered(
    help_dialog: GetHelpDialog, qtbot, settings: QSettings
) -> None:
    qtbot.mouseClick(help_dialog.emergency_button, Qt.MouseButton.LeftButton)
    box = help_dialog.findChild(QComboBox)
    with qtbot.waitSignal(help_dialog.regionChanged) as changed:
        box.setCurrentIndex(box.findData("nz"))
    assert changed.args == ["nz"]
    assert settings.value("region") == "nz"
    assert "Call 1737" in _card_texts(help_dialog)
    assert "call 111 now" in help_dialog.emergency_intro.text()
    assert help_dialog.library_dialog is None  # its crisis page would show the old country
    qtbot.mouseClick(help_dialog.more_button, Qt.MouseButton.LeftButton)
    library = help_dialog.library_dialog
    assert library is not None
    assert library.library_widget.show_page(CRISIS_LINES_PAGE_ID)
    assert "Call 1737" in library.library_widget.browser.toPlainText()


def test_the_saved_country_is_used_next_time(qtbot, settings: QSettings, no_local_pages):
    settings.setValue("region", "au")
    dialog = GetHelpDialog(settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.region == "au"
    assert "Call 13 11 14" in _card_texts(dialog)


def test_a_damaged_crisis_lines_file_shows_a_plain_message(
    qtbot, settings: QSettings, tmp_path: Path, no_local_pages: None
) -> None:
    lines_dir = tmp_path / "lines"
    lines_dir.mkdir()
    shutil.copy(paths.crisis_lines_dir() / "gb.json", lines_dir / "gb.json")
    data = json.loads((lines_dir / "gb.json").read_text(encoding="utf-8"))
    del data["lines"][2]["number"]
    (lines_dir / "gb.json").write_text(json.dumps(data), encoding="utf-8")
    dialog = GetHelpDialog(region="gb", settings=settings, crisis_lines_dir=lines_dir)
    qtbot.addWidget(dialog)
    assert dialog.cards == []
    assert "In an emergency, call your local emergency number." in dialog.emergency_intro.text()
    assert dialog.emergency_button.isEnabled()


def test_every_help_control_has_an_accessible_name(help_dialog: GetHelpDialog) -> None:
    for child in help_dialog.findChildren(QWidget):
        if isinstance(child, QAbstractButton | QComboBox):
            assert child.accessibleName(), child
