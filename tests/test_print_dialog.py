"""The print and share dialog: choosing sections, the unencrypted warning, saving and printing."""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from conftest import click, save_as, text_of
from pdf_samples import CRISIS_LINE_NUMBER, CRISIS_LINES, MARKERS, PHONES, PICTURES, full_plan
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QMessageBox,
    QWidget,
)

from safetyplan.export_pdf import READING_ORDER
from safetyplan.ui.print_dialog import LARGE_PRINT, WALLET_CARD, PrintPreview, ShareDialog


@pytest.fixture
def dialog(qtbot) -> ShareDialog:
    plan = full_plan()
    plan.sections["strengths"] = []
    share = ShareDialog(plan, CRISIS_LINES, pictures_loader=PICTURES.get)
    qtbot.addWidget(share)
    share.show()
    return share


# ----------------------------------------------------------------------------- choosing


def test_sections_with_something_in_them_start_ticked(dialog: ShareDialog) -> None:
    assert list(dialog.section_boxes) == list(READING_ORDER)
    for key, check in dialog.section_boxes.items():
        if key == "strengths":
            assert not check.isEnabled() and not check.isChecked()
            assert check.text().endswith("(empty)")
        else:
            assert check.isEnabled() and check.isChecked()
    assert dialog.options().sections is None  # everything that can be printed is ticked


def test_sections_are_grouped_like_the_plan(dialog: ShareDialog) -> None:
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles[:3] == ["My safety plan", "Staying safer", "My wider care plan"]
    group = dialog.section_boxes["needs"].parentWidget()
    assert isinstance(group, QGroupBox) and group.title() == "My wider care plan"


def test_every_control_has_an_accessible_name_and_takes_keyboard_focus(
    dialog: ShareDialog,
) -> None:
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QComboBox, QGroupBox)):
            assert widget.accessibleName(), widget
        if isinstance(widget, (QAbstractButton, QComboBox)) and widget.isEnabled():
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_space_ticks_and_unticks_a_section(dialog: ShareDialog, qtbot) -> None:
    check = dialog.section_boxes["needs"]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked()
    assert dialog.options().sections is not None and "needs" not in dialog.options().sections


def test_the_options_follow_the_choices(dialog: ShareDialog) -> None:
    dialog.untick_all.click()
    dialog.section_boxes["warning_signs"].setChecked(True)
    dialog.section_boxes["team"].setChecked(True)
    dialog.shared_with.setCurrentText("  my care coordinator ")
    dialog.format_buttons[LARGE_PRINT].setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    options = dialog.options()
    assert options.sections == ("warning_signs", "team")
    assert options.shared_with == "my care coordinator"
    assert options.large_print and options.page_size == "Letter"


def test_who_it_is_for_offers_common_choices(dialog: ShareDialog) -> None:
    choices = [dialog.shared_with.itemText(i) for i in range(dialog.shared_with.count())]
    assert choices == ["my GP", "my family", "my care coordinator"]
    assert dialog.shared_with.isEditable() and dialog.shared_with.currentText() == ""


def test_nothing_ticked_means_nothing_to_save_or_print(dialog: ShareDialog) -> None:
    dialog.untick_all.click()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.tick_all.click()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert not dialog.section_boxes["strengths"].isChecked()  # still empty, still unticked


def test_name_on_card_only_applies_to_the_card(dialog: ShareDialog) -> None:
    assert not dialog.name_on_card.isEnabled()
    dialog.format_buttons[WALLET_CARD].setChecked(True)
    assert dialog.name_on_card.isEnabled()


# ----------------------------------------------------------------------------- saving


def test_save_warns_first_then_saves_only_what_was_ticked(
    dialog: ShareDialog, modals, tmp_path: Path
) -> None:
    target = tmp_path / "for-my-gp.pdf"
    dialog.untick_all.click()
    dialog.section_boxes["warning_signs"].setChecked(True)
    dialog.shared_with.setCurrentText("my GP")
    seen = modals(
        {QMessageBox: click(QMessageBox.StandardButton.Save), QFileDialog: save_as(target)}
    )
    dialog.save_button.click()
    assert seen == ["QMessageBox", "QFileDialog"]
    text = text_of(target.read_bytes())
    assert MARKERS["warning_signs"] in text
    assert "Shared by Siân with my GP on" in text
    assert MARKERS["support_people"] not in text and PHONES["support_people"] not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["for-my-gp.pdf"]


def test_the_warning_says_plainly_the_pdf_is_not_encrypted(dialog: ShareDialog, modals) -> None:
    texts: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    modals({QMessageBox: read_and_cancel})
    assert dialog.confirm_unencrypted() is False
    assert texts == ["This PDF is not encrypted. Anyone who opens it can read it."]


def test_cancelling_the_warning_writes_nothing(dialog: ShareDialog, modals, tmp_path: Path) -> None:
    seen = modals(
        {
            QMessageBox: click(QMessageBox.StandardButton.Cancel),
            QFileDialog: save_as(tmp_path / "x.pdf"),
        }
    )
    dialog.save_button.click()
    assert seen == ["QMessageBox"]
    assert list(tmp_path.iterdir()) == []


def test_the_saved_file_is_on_no_recent_list(
    dialog: ShareDialog, modals, qtbot, tmp_path: Path
) -> None:
    target = tmp_path / "private-plan-name.pdf"
    modals({QMessageBox: click(QMessageBox.StandardButton.Save), QFileDialog: save_as(target)})
    dialog.save_button.click()
    assert target.exists()
    qtbot.waitUntil(lambda: not dialog.findChildren(QFileDialog))  # Qt saves its state now
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf").exists()
    for folder in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"]):
        for path in Path(folder).rglob("*"):
            assert path.name != "recently-used.xbel"
            if path.is_file():
                assert target.name not in path.read_text(errors="replace"), path


def test_a_failed_save_says_so_plainly(dialog: ShareDialog, tmp_path: Path) -> None:
    assert not dialog.save_pdf_to(tmp_path / "missing" / "plan.pdf")
    assert dialog.status.isVisible()
    assert "The file couldn't be saved there." in dialog.status.text()
    assert list(tmp_path.iterdir()) == []


def test_saving_the_card_with_a_name(dialog: ShareDialog, tmp_path: Path) -> None:
    dialog.format_buttons[WALLET_CARD].setChecked(True)
    dialog.name_on_card.setChecked(True)
    assert dialog.save_pdf_to(tmp_path / "card.pdf")
    text = text_of((tmp_path / "card.pdf").read_bytes())
    assert "If things get hard" in text and "Siân" in text and CRISIS_LINE_NUMBER in text


def test_the_pictures_loader_supplies_pictures(dialog: ShareDialog) -> None:
    reader = PdfReader(io.BytesIO(dialog.pdf_bytes()))
    assert sum(len(page.images) for page in reader.pages) == 1


# ----------------------------------------------------------------------------- printing


def test_print_preview_paints_every_page_of_the_pdf(dialog: ShareDialog, qtbot, tmp_path) -> None:
    pdf = dialog.pdf_bytes()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    preview = PrintPreview(pdf, "Letter", dialog)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.preview.pageCount() == pages)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(preview.printer.pageLayout().pageSize())
    printer.setFullPage(True)
    preview.print_to(printer)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    assert float(printed.pages[0].mediabox.width) == pytest.approx(612, abs=1)
    assert sum(len(page.images) for page in printed.pages) == pages


def test_the_print_dialog_offers_no_print_to_file(dialog: ShareDialog, qtbot, modals) -> None:
    preview = PrintPreview(dialog.pdf_bytes(), "A4", dialog)
    qtbot.addWidget(preview)
    options: list[bool] = []

    def look_and_cancel(print_dialog: QWidget) -> None:
        assert isinstance(print_dialog, QPrintDialog)
        options.append(print_dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        print_dialog.reject()

    modals({QPrintDialog: look_and_cancel})
    preview.print_button.click()
    assert options == [False]
