"""The "What works for me" page through the print feature: from the share dialog and from the
"What helps" tab, on a real vault and diary."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import save_as, text_of
from pdf_samples import CRISIS_LINE_NUMBER, CRISIS_LINES, MARKERS, PHONES, full_plan
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from safetyplan.diary import DiaryStore, Entry, Period, figures_as_rows, what_helps
from safetyplan.export_pdf import WhatHelpsRow
from safetyplan.settings import Preferences
from safetyplan.ui.plan_page import DIARY_TAB, PlanPage
from safetyplan.ui.print_dialog import (
    FULL_PLAN,
    WALLET_CARD,
    WHAT_HELPS,
    PrintPreview,
    ShareDialog,
)
from safetyplan.vault import Vault

# Far from the edges of every period, so the figures don't depend on the time of day.
RECENT_DAYS = (5, 10, 20)
OLD_DAYS = 200


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@pytest.fixture
def diary(open_vault: Vault, now: dt.datetime) -> DiaryStore:
    """Two tries of an ice cube (urge 8 to 3, 7 to 5), a walk that didn't help (all within the
    last month), and a call that helped long before that."""
    store = DiaryStore(open_vault.db)
    recent = [now - dt.timedelta(days=days) for days in RECENT_DAYS]
    ice = ("Hold an ice cube",)
    store.add(Entry(at=recent[0], strategies=ice, helped="yes", urge_before=8, urge_after=3))
    store.add(Entry(at=recent[1], strategies=ice, helped="a_bit", urge_before=7, urge_after=5))
    store.add(Entry(at=recent[2], strategies=("Go for a walk",), helped="no"))
    long_ago = now - dt.timedelta(days=OLD_DAYS)
    store.add(Entry(at=long_ago, strategies=("Ring Ворона",), helped="yes"))
    return store


def share_dialog(qtbot, diary: DiaryStore, now: dt.datetime) -> ShareDialog:
    def rows(period: Period) -> list[WhatHelpsRow]:
        return figures_as_rows(what_helps(diary, period, now))

    dialog = ShareDialog(full_plan(), CRISIS_LINES, what_helps=rows)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def dialog(qtbot, diary: DiaryStore, now: dt.datetime) -> ShareDialog:
    return share_dialog(qtbot, diary, now)


def press_save(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    assert box.text() == "This PDF is not encrypted. Anyone who opens it can read it."
    box.button(QMessageBox.StandardButton.Save).click()


def nothing_from_the_plan(text: str) -> None:
    for marker in MARKERS.values():
        assert marker not in text
    for phone in (*PHONES.values(), CRISIS_LINE_NUMBER):
        assert phone not in text
    assert "Shared" not in text and "Safety plan for" not in text


# ----------------------------------------------------------------------------- the dialog


def test_saving_the_page_warns_then_writes_only_the_figures(
    dialog: ShareDialog, modals, tmp_path: Path
) -> None:
    dialog.format_buttons[WHAT_HELPS].click()
    dialog.period.setCurrentIndex(dialog.period.findData(Period.LAST_MONTH))
    folder = tmp_path / "saved"  # the vault is in tmp_path too
    folder.mkdir()
    target = folder / "for-my-appointment.pdf"
    seen = modals({QMessageBox: press_save, QFileDialog: save_as(target)})
    dialog.save_button.click()
    assert seen == ["QMessageBox", "QFileDialog"]
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    text = text_of(target.read_bytes())
    assert "What works for me" in text
    assert "Time covered: The last month, up to" in text
    assert "Hold an ice cube 2 2 down 3.5" in text  # 8 to 3, and 7 to 5: 3.5 lower on average
    assert "Go for a walk 1 0 —" in text
    assert "Ворона" not in text  # only in the diary longer ago than a month
    assert "Siân's safety plan · printed" in text  # the name where the plan has it: the footer
    nothing_from_the_plan(text)


def test_the_period_chosen_changes_the_figures(dialog: ShareDialog) -> None:
    dialog.choose_what_helps(Period.ALL)
    every_time = text_of(dialog.pdf_bytes())
    assert "Time covered: All time" in every_time and "Ring Ворона 1 1 —" in every_time
    dialog.period.setCurrentIndex(dialog.period.findData(Period.LAST_MONTH))
    assert dialog.chosen_period() is Period.LAST_MONTH
    assert [row[0] for row in dialog.what_helps_rows()] == ["Hold an ice cube", "Go for a walk"]
    assert "Ворона" not in text_of(dialog.pdf_bytes())


def test_the_period_is_chosen_from_the_diarys_own_words(dialog: ShareDialog) -> None:
    labels = [dialog.period.itemText(i) for i in range(dialog.period.count())]
    assert labels == [period.label() for period in Period]
    assert dialog.chosen_period() is Period.THREE_MONTHS  # as the What helps tab starts


def test_sections_and_who_it_is_for_dont_apply_to_the_page(dialog: ShareDialog) -> None:
    assert not dialog.what_helps_choices.isVisible()
    dialog.format_buttons[WHAT_HELPS].click()
    assert dialog.what_helps_choices.isVisible()
    for widget in (dialog.sections_area, dialog.tick_all, dialog.untick_all, dialog.shared_with):
        assert not widget.isEnabled()
    assert "Nothing from your plan is on it, so the sections don't apply." in dialog.intro.text()
    assert dialog.options().sections is None and dialog.options().shared_with == ""
    dialog.format_buttons[FULL_PLAN].click()
    assert not dialog.what_helps_choices.isVisible()
    assert dialog.intro.text() == "Only the sections you tick are printed. Nothing else is."
    assert dialog.section_boxes["needs"].isEnabled() and dialog.shared_with.isEnabled()


def test_large_print_can_be_chosen_for_the_page(dialog: ShareDialog) -> None:
    dialog.choose_what_helps(Period.ALL)
    assert not dialog.options().large_print
    regular = PdfReader(io.BytesIO(dialog.pdf_bytes())).pages[0].extract_text()
    dialog.helps_large_print.click()
    assert dialog.options().large_print
    large = PdfReader(io.BytesIO(dialog.pdf_bytes())).pages[0].extract_text()
    # The same words, set larger: long lines wrap sooner, so there are more of them.
    assert " ".join(large.split()) == " ".join(regular.split())
    assert len(large.splitlines()) > len(regular.splitlines())


def test_a_period_with_nothing_noted_has_nothing_to_print(
    qtbot, open_vault: Vault, now: dt.datetime
) -> None:
    diary = DiaryStore(open_vault.db)
    diary.add(Entry(at=now - dt.timedelta(days=OLD_DAYS), strategies=("Draw",), helped="yes"))
    dialog = share_dialog(qtbot, diary, now)
    dialog.choose_what_helps(Period.LAST_MONTH)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.nothing_to_print.isVisible()
    assert dialog.nothing_to_print.text().startswith("Nothing noted for this time yet")
    assert dialog.period.accessibleDescription() == dialog.nothing_to_print.text()
    dialog.period.setCurrentIndex(dialog.period.findData(Period.YEAR))
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert not dialog.nothing_to_print.isVisible()


def test_print_shows_the_page_in_the_preview(dialog: ShareDialog, modals) -> None:
    dialog.choose_what_helps(Period.LAST_MONTH)
    previewed: list[str] = []

    def look_and_close(preview: QWidget) -> None:
        assert isinstance(preview, PrintPreview)
        previewed.append(text_of(preview.pdf))
        preview.reject()

    modals({PrintPreview: look_and_close})
    dialog.print_button.click()
    assert len(previewed) == 1
    assert "Hold an ice cube 2 2 down 3.5" in previewed[0]
    nothing_from_the_plan(previewed[0])


def test_the_suggested_file_name_says_what_it_is(dialog: ShareDialog, modals) -> None:
    dialog.choose_what_helps(Period.ALL)
    names: list[str] = []

    def read_and_cancel(file_dialog: QWidget) -> None:
        assert isinstance(file_dialog, QFileDialog)
        names.append(file_dialog.findChild(QLineEdit, "fileNameEdit").text())
        file_dialog.reject()

    modals({QMessageBox: press_save, QFileDialog: read_and_cancel})
    dialog.save_button.click()
    assert names == ["what-works-for-me.pdf"]


def test_without_the_figures_the_page_isnt_offered(qtbot) -> None:
    dialog = ShareDialog(full_plan(), CRISIS_LINES)
    qtbot.addWidget(dialog)
    assert WHAT_HELPS not in dialog.format_buttons
    assert all(button.text() != "W&hat works for me" for button in dialog.format_buttons.values())
    dialog.choose_what_helps(Period.ALL)  # nothing to choose: the plan stays chosen
    assert dialog.chosen_format() == FULL_PLAN


def test_the_new_controls_are_named_and_reached_from_the_keyboard(
    dialog: ShareDialog, qtbot
) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # for Alt+letter
    card = dialog.format_buttons[WALLET_CARD]
    card.click()
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Down)  # the arrows move between the choices
    assert dialog.chosen_format() == WHAT_HELPS
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QComboBox)) and widget.isVisible():
            assert widget.accessibleName(), widget
            # Tab reaches a group of choices at the chosen one; the arrows move from there.
            unchosen = isinstance(widget, QRadioButton) and not widget.isChecked()
            if widget.isEnabled() and not unchosen:
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert dialog.format_buttons[WHAT_HELPS].accessibleName() == "What works for me"
    assert dialog.period.accessibleName() == "Time to cover"
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Ti&me to cover"
    assert dialog.focusWidget() is dialog.period
    qtbot.keyClick(dialog.period, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.helps_large_print


# ----------------------------------------------------------------------------- from the tab


@pytest.fixture
def page(qtbot, open_vault: Vault, diary: DiaryStore) -> PlanPage:
    del diary  # the entries are in the vault the page opens
    page = PlanPage(open_vault, Preferences())
    page.store.set_detail("preferred_name", "Siân")
    page.store.add_item("warning_signs", {"text": MARKERS["warning_signs"]})
    qtbot.addWidget(page)
    page.show()
    return page


def open_share_dialog(qtbot, page: PlanPage) -> ShareDialog:
    qtbot.waitUntil(lambda: page.findChild(ShareDialog) is not None)
    dialog = page.findChild(ShareDialog)
    assert isinstance(dialog, ShareDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_button_on_what_helps_opens_the_dialog_with_the_page_chosen(
    qtbot, page: PlanPage
) -> None:
    page.tabs.setCurrentIndex(DIARY_TAB)
    helps = page.diary_view.helps
    page.diary_view.tabs.setCurrentWidget(helps)
    helps.period.setCurrentIndex(helps.period.findData(Period.ALL))
    assert helps.print_button.isVisible() and helps.print_button.isEnabled()
    assert helps.print_button.accessibleName() == "Print or save this page"
    with qtbot.waitSignal(helps.print_requested) as requested:
        qtbot.mouseClick(helps.print_button, Qt.MouseButton.LeftButton)
    assert requested.args == [Period.ALL]
    dialog = open_share_dialog(qtbot, page)
    assert dialog.chosen_format() == WHAT_HELPS and dialog.chosen_period() is Period.ALL
    assert dialog.what_helps_choices.isVisible()
    text = text_of(dialog.pdf_bytes())
    assert "Ring Ворона 1 1 —" in text and "Siân's safety plan" in text
    assert MARKERS["warning_signs"] not in text


def test_the_button_is_keyboard_reachable_and_hidden_with_nothing_to_print(
    qtbot, open_vault: Vault
) -> None:
    page = PlanPage(open_vault, Preferences())  # an empty diary
    qtbot.addWidget(page)
    with qtbot.waitActive(page):  # Alt+letter reaches only the active window
        page.show()
        page.activateWindow()
    page.tabs.setCurrentIndex(DIARY_TAB)
    helps = page.diary_view.helps
    page.diary_view.tabs.setCurrentWidget(helps)
    assert not helps.print_button.isVisible()
    page.diary.add(Entry(at=dt.datetime.now() - dt.timedelta(days=1), strategies=("Draw",)))
    helps.refresh()
    assert helps.print_button.isVisible()
    assert helps.print_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(helps, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # "Print or sa&ve…"
    dialog = open_share_dialog(qtbot, page)
    assert dialog.chosen_format() == WHAT_HELPS
    assert dialog.chosen_period() is helps.chosen_period()


def test_print_or_share_offers_the_page_but_starts_with_the_plan(qtbot, page: PlanPage) -> None:
    page.show_share()
    dialog = open_share_dialog(qtbot, page)
    assert dialog.chosen_format() == FULL_PLAN
    assert WHAT_HELPS in dialog.format_buttons
    dialog.choose_what_helps(Period.ALL)
    assert [row[0] for row in dialog.what_helps_rows()] == [
        "Hold an ice cube",
        "Ring Ворона",
        "Go for a walk",
    ]
