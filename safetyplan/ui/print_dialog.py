"""Print or share the plan: choose the sections, who it is for, the format; save a PDF or print.

Besides the plan itself, the dialog can print the "What works for me" page: the figures from the
diary over a chosen time, and nothing from the plan's sections.

Nothing here keeps a trace of what was saved or printed: the save dialog is Qt's own (the
system dialogs may add the file to a "recent files" list), its folder history is cleared, and
printing goes only to a printer (the print dialog offers no "print to file", which would write
a PDF without the warning that it is not encrypted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from safetyplan.atomic import write_bytes_atomically
from safetyplan.crisis_lines import CrisisLine
from safetyplan.diary import Period
from safetyplan.errors import CannotWriteFile
from safetyplan.export_pdf import (
    READING_ORDER,
    ShareOptions,
    WhatHelpsRow,
    card_pdf_bytes,
    default_page_size,
    plan_pdf_bytes,
    section_has_content,
    what_helps_pdf_bytes,
)
from safetyplan.i18n import translate
from safetyplan.plan import CONTEXT as PLAN_CONTEXT
from safetyplan.plan import GROUP_TITLES, SECTIONS_BY_KEY, Group, Plan
from safetyplan.ui.common import (
    add_form_row,
    clear_error,
    documents_folder,
    error_label,
    fit_to_screen,
    forget_folders,
    heading,
    paragraph,
    private_file_dialog,
    show_error,
)

PicturesLoader = Callable[[int], bytes | None]
# The "What works for me" figures for a period: (strategy, used, helped, average change) rows.
WhatHelpsSource = Callable[[Period], Sequence[WhatHelpsRow]]

FULL_PLAN, LARGE_PRINT, WALLET_CARD, WHAT_HELPS = "plan", "large", "card", "helps"
PAPER_SIZES = ("A4", "Letter")
# Pages are painted onto the printer as pictures of the PDF; more than this adds nothing on paper.
MAX_PRINT_DPI = 300
# The preview keeps every page's picture in memory, and a screen needs far fewer dots.
PREVIEW_DPI = 150


class ShareDialog(QDialog):
    """Choose what to share, then save it as a PDF or print it."""

    def __init__(
        self,
        plan: Plan,
        crisis_lines: Sequence[CrisisLine],
        parent: QWidget | None = None,
        pictures_loader: PicturesLoader | None = None,
        what_helps: WhatHelpsSource | None = None,
    ) -> None:
        """``what_helps`` gives the figures for the "What works for me" page; without it, that
        page isn't offered."""
        super().__init__(parent)
        self._plan = plan
        self._crisis_lines = crisis_lines
        self._pictures_loader = pictures_loader
        self._what_helps = what_helps
        self.section_boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(self.tr("Print or share your plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Print or share your plan"), self))
        self.intro = paragraph("", self)
        layout.addWidget(self.intro)
        columns = QHBoxLayout()
        sections = QVBoxLayout()
        self.sections_area = self._sections_area()
        sections.addWidget(self.sections_area, stretch=1)
        sections.addLayout(self._tick_buttons())
        columns.addLayout(sections, stretch=3)
        choices = QVBoxLayout()
        choices.addLayout(self._choices_form())
        choices.addStretch(1)
        columns.addLayout(choices, stretch=2)
        layout.addLayout(columns, stretch=1)
        self.status = error_label(self)
        layout.addWidget(self.status)
        layout.addLayout(self._action_buttons())
        self._update_enabled()

    # ------------------------------------------------------------------ building the dialog

    def _sections_area(self) -> QScrollArea:
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for group in Group:
            keys = [k for k in READING_ORDER if SECTIONS_BY_KEY[k].group is group]
            column.addWidget(self._group_box(group, keys, inner))
        column.addStretch(1)
        area = QScrollArea(self)
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setAccessibleName(self.tr("Sections to include"))
        # Wide enough for the longest title; as tall as the screen allows (it scrolls after).
        scrollbar = area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(inner.sizeHint().width() + scrollbar + 2 * area.frameWidth())
        area.setMinimumHeight(min(inner.sizeHint().height(), 420))
        return area

    def _group_box(self, group: Group, keys: list[str], parent: QWidget) -> QGroupBox:
        title = translate(PLAN_CONTEXT, GROUP_TITLES[group])
        box = QGroupBox(title, parent)
        box.setAccessibleName(title)
        column = QVBoxLayout(box)
        for key in keys:
            check = self._section_check(key, box)
            self.section_boxes[key] = check
            column.addWidget(check)
        return box

    def _section_check(self, key: str, parent: QWidget) -> QCheckBox:
        title = SECTIONS_BY_KEY[key].translated_title()
        check = QCheckBox(title, parent)
        check.setAccessibleName(title)
        if section_has_content(self._plan, key, self._crisis_lines):
            check.setChecked(True)
        else:
            # Shown so the person sees the whole plan, but there is nothing in it to print.
            check.setText(self.tr("%1 (empty)").replace("%1", title))
            check.setAccessibleName(self.tr("%1, empty").replace("%1", title))
            check.setEnabled(False)
        check.toggled.connect(self._update_enabled)
        return check

    def _tick_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.tick_all = self._button(self.tr("&Tick all"), lambda: self._tick_every(True))
        self.untick_all = self._button(self.tr("&Untick all"), lambda: self._tick_every(False))
        row.addWidget(self.tick_all)
        row.addWidget(self.untick_all)
        row.addStretch(1)
        return row

    def _choices_form(self) -> QFormLayout:
        form = QFormLayout()
        # Labels above their fields: room for large text and long translations.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.shared_with = QComboBox(self)
        self.shared_with.setEditable(True)
        self.shared_with.addItems(
            [self.tr("my GP"), self.tr("my family"), self.tr("my care coordinator")]
        )
        self.shared_with.setCurrentIndex(-1)
        editor = self.shared_with.lineEdit()
        if editor is not None:  # always, for an editable combo box
            editor.setPlaceholderText(self.tr("For example, my GP"))
        self.shared_with.setAccessibleName(self.tr("Who is it for?"))
        self.shared_with_label = add_form_row(form, self.tr("&Who is it for?"), self.shared_with)
        form.addRow(self._format_choice())
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(PAPER_SIZES.index(default_page_size()))
        self.paper.setAccessibleName(self.tr("Paper size"))
        add_form_row(form, self.tr("&Paper size"), self.paper)
        return form

    def _format_choice(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to print"), self)
        box.setAccessibleName(self.tr("What to print"))
        column = QVBoxLayout(box)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for key, text in (
            (FULL_PLAN, self.tr("&Full plan")),
            (LARGE_PRINT, self.tr("&Large print")),
            (WALLET_CARD, self.tr("Wallet &crisis card")),
        ):
            self._add_format_button(key, text, box, column)
        card_hint = QLabel(self.tr("Folds to bank card size"), box)
        card_hint.setIndent(self._choice_indent())
        self.format_buttons[WALLET_CARD].setAccessibleDescription(card_hint.text())
        column.addWidget(card_hint)
        self.format_buttons[FULL_PLAN].setChecked(True)
        self.name_on_card = QCheckBox(self.tr("Put my &name on the card"), box)
        self.name_on_card.setAccessibleName(self.tr("Put my name on the card"))
        column.addWidget(self.name_on_card)
        if self._what_helps is not None:
            self._add_format_button(WHAT_HELPS, self.tr("W&hat works for me"), box, column)
            self.format_buttons[WHAT_HELPS].setAccessibleDescription(
                self.tr("The figures from your diary, without the sections of your plan")
            )
            column.addWidget(self._what_helps_choices(box))
        self.format_group.buttonToggled.connect(self._update_enabled)
        return box

    def _add_format_button(self, key: str, text: str, box: QGroupBox, column: QVBoxLayout) -> None:
        button = QRadioButton(text, box)
        button.setAccessibleName(text.replace("&", ""))
        self.format_group.addButton(button)
        self.format_buttons[key] = button
        column.addWidget(button)

    def _choice_indent(self) -> int:
        """How far the words of a choice are from its edge: hints line up with them."""
        metric = self.style().pixelMetric
        return metric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + metric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        )

    def _what_helps_choices(self, parent: QWidget) -> QWidget:
        """The time the figures cover, and large print: shown only for "What works for me"."""
        self.what_helps_choices = QWidget(parent)
        column = QVBoxLayout(self.what_helps_choices)
        column.setContentsMargins(self._choice_indent(), 0, 0, 0)
        self.period = QComboBox(self.what_helps_choices)
        for period in Period:
            self.period.addItem(period.label(), period)
        self.period.setCurrentIndex(list(Period).index(Period.THREE_MONTHS))
        self.period.setAccessibleName(self.tr("Time to cover"))
        self.period.currentIndexChanged.connect(self._update_enabled)
        label = QLabel(self.tr("Ti&me to cover"), self.what_helps_choices)
        label.setBuddy(self.period)
        self.helps_large_print = QCheckBox(self.tr("In lar&ge print"), self.what_helps_choices)
        self.helps_large_print.setAccessibleName(self.tr("In large print"))
        self.nothing_to_print = paragraph(
            self.tr(
                "Nothing noted for this time yet, so there is nothing to print. You could "
                "choose a longer time."
            ),
            self.what_helps_choices,
        )
        for widget in (label, self.period, self.helps_large_print, self.nothing_to_print):
            column.addWidget(widget)
        return self.what_helps_choices

    def _action_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = self._button(self.tr("&Save as PDF…"), self._on_save_clicked)
        self.print_button = self._button(self.tr("P&rint…"), self._on_print_clicked)
        self.close_button = self._button(self.tr("Close"), self.reject)
        row.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            row.addWidget(button)
        return row

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)  # Enter in "Who is it for?" must not save or print
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ what the person chose

    def _tick_every(self, ticked: bool) -> None:
        for check in self.section_boxes.values():
            if check.isEnabled():
                check.setChecked(ticked)

    def _update_enabled(self) -> None:
        helps = self.chosen_format() == WHAT_HELPS
        anything = bool(self.what_helps_rows()) if helps else bool(self.ticked_sections())
        self.save_button.setEnabled(anything)
        self.print_button.setEnabled(anything)
        self.name_on_card.setEnabled(self.chosen_format() == WALLET_CARD)
        # The "What works for me" page has no sections and doesn't say who it is for.
        for widget in (
            self.sections_area,
            self.tick_all,
            self.untick_all,
            self.shared_with_label,
            self.shared_with,
        ):
            widget.setEnabled(not helps)
        if self._what_helps is not None:
            self.what_helps_choices.setVisible(helps)
            empty = helps and not anything
            self.nothing_to_print.setVisible(empty)
            self.period.setAccessibleDescription(self.nothing_to_print.text() if empty else "")
        self.intro.setText(
            self.tr(
                "The “What works for me” page has only the figures from your diary, for the "
                "time you choose. Nothing from your plan is on it, so the sections don't apply."
            )
            if helps
            else self.tr("Only the sections you tick are printed. Nothing else is.")
        )

    def ticked_sections(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.section_boxes.items() if check.isChecked())

    def chosen_format(self) -> str:
        return next(key for key, button in self.format_buttons.items() if button.isChecked())

    def chosen_period(self) -> Period:
        """The time the "What works for me" page covers."""
        period: Period = self.period.currentData()
        return period

    def choose_what_helps(self, period: Period) -> None:
        """Choose the "What works for me" page, covering ``period`` (if the page is offered)."""
        if WHAT_HELPS not in self.format_buttons:
            return
        self.period.setCurrentIndex(self.period.findData(period))
        self.format_buttons[WHAT_HELPS].setChecked(True)

    def what_helps_rows(self) -> Sequence[WhatHelpsRow]:
        """The figures for the chosen period (none if the page isn't offered)."""
        if self._what_helps is None:
            return ()
        return self._what_helps(self.chosen_period())

    def options(self) -> ShareOptions:
        if self.chosen_format() == WHAT_HELPS:
            return ShareOptions(
                large_print=self.helps_large_print.isChecked(),
                page_size=self.paper.currentData(),
            )
        ticked = self.ticked_sections()
        available = tuple(k for k, check in self.section_boxes.items() if check.isEnabled())
        return ShareOptions(
            sections=None if ticked == available else ticked,
            shared_with=self.shared_with.currentText().strip(),
            large_print=self.chosen_format() == LARGE_PRINT,
            page_size=self.paper.currentData(),
            name_on_card=self.name_on_card.isChecked(),
        )

    def pdf_bytes(self) -> bytes:
        """The PDF the person chose, built in memory."""
        language = QLocale().bcp47Name()
        if self.chosen_format() == WALLET_CARD:
            return card_pdf_bytes(self._plan, self.options(), self._crisis_lines, language)
        if self.chosen_format() == WHAT_HELPS:
            # The name goes where the plan has it: the footer and the file's author.
            return what_helps_pdf_bytes(
                self.what_helps_rows(),
                self.options(),
                language,
                preferred_name=self._plan.preferred_name,
                period=self.chosen_period().label(),
            )
        return plan_pdf_bytes(
            self._plan,
            self.options(),
            self._crisis_lines,
            language=language,
            pictures=self._pictures(),
        )

    def _pictures(self) -> dict[int, bytes]:
        if self._pictures_loader is None:
            return {}
        pictures = {}
        for item in self._plan.items("reasons_for_living"):
            if item.picture is None:
                continue
            data = self._pictures_loader(item.picture)
            if data:
                pictures[item.picture] = data
        return pictures

    # ------------------------------------------------------------------ saving

    def _on_save_clicked(self) -> None:
        clear_error(self.status)
        if not self.confirm_unencrypted():
            return
        path = self._choose_save_path()
        if path is not None:
            self.save_pdf_to(path)

    def confirm_unencrypted(self) -> bool:
        """Tell the person plainly that the PDF can be read by anyone; True if they go on."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Before you save"))
        box.setText(self.tr("This PDF is not encrypted. Anyone who opens it can read it."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Before you save"))
        box.setObjectName("unencryptedWarning")
        return box.exec() == QMessageBox.StandardButton.Save

    def _choose_save_path(self) -> Path | None:
        folder = documents_folder()
        dialog = private_file_dialog(self, self.tr("Save as PDF"), folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self._default_file_name())
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            files = dialog.selectedFiles()
        finally:
            forget_folders(dialog, folder)
        return Path(files[0]) if accepted and files else None

    def _default_file_name(self) -> str:
        if self.chosen_format() == WALLET_CARD:
            return self.tr("crisis-card.pdf")
        if self.chosen_format() == WHAT_HELPS:
            return self.tr("what-works-for-me.pdf")
        return self.tr("safety-plan.pdf")

    def save_pdf_to(self, path: Path) -> bool:
        """Write the chosen PDF to ``path`` (atomically); say plainly if it couldn't be saved."""
        try:
            write_bytes_atomically(path, self.pdf_bytes())
        except CannotWriteFile as error:
            show_error(self.status, error.message())
            return False
        return True

    # ------------------------------------------------------------------ printing

    def _on_print_clicked(self) -> None:
        clear_error(self.status)
        preview = PrintPreview(self.pdf_bytes(), self.paper.currentData(), self)
        preview.exec()
        preview.deleteLater()


class PrintPreview(QDialog):
    """The pages exactly as the PDF draws them, and a Print… button for the system dialog."""

    def __init__(self, pdf: bytes, paper: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName("SafetyPlan")  # print queues show this name: nothing personal
        self.printer.setFullPage(True)  # the PDF has its own margins
        size = QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.Letter
        self.printer.setPageSize(QPageSize(size))
        self.setWindowTitle(self.tr("Print preview"))
        layout = QVBoxLayout(self)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName(self.tr("Preview of the printed pages"))
        for view in self.preview.findChildren(QGraphicsView):  # the part that takes the focus
            view.setAccessibleName(self.preview.accessibleName())
        self.preview.paintRequested.connect(self.print_to)
        self.preview.fitToWidth()
        layout.addWidget(self.preview, stretch=1)
        layout.addLayout(self._buttons())
        fit_to_screen(self, 760, 900)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Zoom &in"), self.preview.zoomIn),
            (self.tr("Zoom &out"), self.preview.zoomOut),
            (self.tr("&Fit to width"), self.preview.fitToWidth),
        ):
            row.addWidget(self._button(text, slot))
        row.addStretch(1)
        self.print_button = self._button(self.tr("&Print…"), self._on_print_clicked)
        self.print_button.setDefault(True)
        row.addWidget(self.print_button)
        row.addWidget(self._button(self.tr("Close"), self.reject))
        return row

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _on_print_clicked(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(self.printer)
            self.accept()

    def print_to(self, printer: QPrinter) -> None:
        """Paint each page of the PDF onto ``printer``, scaled to its paper."""
        previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
        dpi = PREVIEW_DPI if previewing else min(printer.resolution(), MAX_PRINT_DPI)
        document = pypdfium2.PdfDocument(self.pdf)
        painter = QPainter()
        if not painter.begin(printer):
            document.close()
            return
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                image = _page_image(document[index], dpi)
                painter.drawImage(_page_rect(printer, image), image)
        finally:
            painter.end()
            document.close()


def _page_image(page: pypdfium2.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    )
    return image.copy()  # the bitmap's memory goes when pdfium is done with it


def _page_rect(printer: QPrinter, image: QImage) -> QRect:
    """The whole paper, in the printer's units, keeping the page's proportions."""
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    return QRect(0, 0, width, height).translated(
        (paper.width() - width) // 2, (paper.height() - height) // 2
    )
