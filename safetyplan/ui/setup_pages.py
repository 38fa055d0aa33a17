"""First run: a calm welcome, choosing a passphrase, and the recovery key shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from safetyplan.ui.clipboard import NumberCopier
from safetyplan.ui.common import (
    clear_error,
    enter_presses_buttons,
    error_label,
    heading,
    page_layout,
    paragraph,
    show_error,
)
from safetyplan.ui.passphrase_widgets import NewPassphraseFields

CLIPBOARD_CLEAR_MS = 60_000


class WelcomePage(QWidget):
    start = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Welcome to your safety plan"), self))
        for text in (
            self.tr(
                "This is a private place to write down what helps you when things get hard: "
                "the signs that a crisis may be building, what you can do, who you can "
                "contact, and what matters to you."
            ),
            self.tr(
                "Your plan stays on this computer, locked with a passphrase only you know. "
                "SafetyPlan never uses the internet. You choose what, if anything, to print "
                "or share."
            ),
            self.tr("You can fill in as much or as little as you like, at your own pace."),
        ):
            layout.addWidget(paragraph(text, self))
        buttons = QHBoxLayout()
        begin = QPushButton(self.tr("Start my plan"), self)
        begin.setAccessibleName(self.tr("Start my plan"))
        begin.setDefault(True)
        begin.clicked.connect(self.start)
        help_now = QPushButton(self.tr("Get help now"), self)
        help_now.setAccessibleName(self.tr("Get help now"))
        help_now.clicked.connect(self.help_requested)
        buttons.addWidget(begin)
        buttons.addStretch()
        buttons.addWidget(help_now)
        layout.addLayout(buttons)
        layout.addStretch()
        self.begin_button = begin
        enter_presses_buttons(self, begin)
        self.setFocusProxy(begin)


class CreatePassphrasePage(QWidget):
    """Typing a passphrase twice, with honest feedback on how hard it is to guess."""

    chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Choose a passphrase"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your passphrase locks your plan. A few words that mean something to you, "
                    "but that others wouldn't guess, work well. You'll also get a recovery "
                    "key in case you forget it."
                ),
                self,
            )
        )
        self.fields = NewPassphraseFields(self.tr("&Passphrase"), self)
        self.first, self.second = self.fields.first, self.fields.second
        self.verdict, self.show_text = self.fields.verdict, self.fields.show_text
        layout.addWidget(self.fields)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"), self)
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(self.back)
        self.create_button = QPushButton(self.tr("Create my plan"), self)
        self.create_button.setAccessibleName(self.tr("Create my plan"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Setting up your plan"))
        self.busy.setFormat(self.tr("Setting up your plan…"))
        self.busy.hide()
        buttons.addWidget(back)
        buttons.addStretch()
        buttons.addWidget(self.busy)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addStretch()
        self.fields.submitted.connect(self._submit)
        self.setFocusProxy(self.first)

    def _submit(self) -> None:
        if self.fields.is_ready(self.error):
            self.set_busy(True)
            self.chosen.emit(self.fields.passphrase())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.fields, self.create_button):
            widget.setEnabled(not busy)

    def failed(self, message: str) -> None:
        self.set_busy(False)
        show_error(self.error, message)

    def reset(self) -> None:
        self.fields.reset()
        clear_error(self.error)
        self.set_busy(False)


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once; it is wiped from the screen when the person moves on."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Your recovery key"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this key lets you set a new one. "
                    "Write it down or print it, and keep it somewhere safe and private. "
                    "It is shown only this once."
                ),
                self,
            )
        )
        self.key_label = QLabel(self)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.8)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("&Copy"), self)
        copy.setAccessibleName(self.tr("Copy the recovery key"))
        copy.clicked.connect(self._copy)
        print_button = QPushButton(self.tr("&Print…"), self)
        print_button.setAccessibleName(self.tr("Print the recovery key"))
        print_button.clicked.connect(self._print)
        row.addWidget(copy)
        row.addWidget(print_button)
        row.addStretch()
        layout.addLayout(row)
        self.note = paragraph("", self)
        layout.addWidget(self.note)
        self.written = QPushButton(self.tr("I have written it down"), self)
        self.written.setAccessibleName(self.tr("I have written it down"))
        self.written.setDefault(True)
        self.written.clicked.connect(self._finish)
        layout.addWidget(self.written, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        self._key = ""
        self.copier = NumberCopier(CLIPBOARD_CLEAR_MS, self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Showing the page puts the focus on "I have written it down".

        Not a focus proxy: in Qt 6, Tab would then skip Copy and Print, which come before it.
        """
        super().focusInEvent(event)
        self.written.setFocus(event.reason())

    def show_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key)
        self.key_label.setAccessibleDescription(" ".join(key.replace("-", " - ")))
        self.note.clear()

    def _copy(self) -> None:
        self.copier.copy(self._key)
        self.note.setText(self.tr("Copied. It will be cleared from the clipboard in a minute."))

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.tr("SafetyPlan recovery key") + "\n\n" + self._key)
        document.print_(printer)

    def _finish(self) -> None:
        self.copier.clear()
        self._key = ""
        self.key_label.clear()
        self.done.emit()
