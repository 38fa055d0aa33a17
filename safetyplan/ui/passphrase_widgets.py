"""Choosing a new passphrase (typed twice, with honest feedback), and changing it later."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from safetyplan.passphrase_strength import Strength, assess
from safetyplan.ui.common import (
    add_form_row,
    clear_error,
    error_label,
    fit_to_screen,
    heading,
    paragraph,
    passphrase_field,
    scrolling,
    show_error,
    wipe,
)

DIALOG_WIDTH_IN_CHARACTERS = 64


class NewPassphraseFields(QWidget):
    """Two passphrase fields, how hard the passphrase is to guess, and "show what I type"."""

    submitted = Signal()  # Enter in the second field

    def __init__(self, first_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: long ones fit
        self.first = passphrase_field(first_label.replace("&", ""), self)
        self.second = passphrase_field(self.tr("Type the passphrase again"), self)
        add_form_row(form, first_label, self.first)
        add_form_row(form, self.tr("&Type it again"), self.second)
        layout.addLayout(form)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("How hard your passphrase is to guess"))
        self.verdict = paragraph("", self)
        self.verdict.setAccessibleName(self.tr("Passphrase strength"))
        self.show_text = QCheckBox(self.tr("&Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        for widget in (self.meter, self.verdict, self.show_text):
            layout.addWidget(widget)
        self.show_text.toggled.connect(self._show_text)
        self.first.textChanged.connect(self._assess)
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self.submitted)
        self.setFocusProxy(self.first)
        self._assess("")

    def passphrase(self) -> str:
        return self.first.text()

    def is_ready(self, error: QLabel) -> bool:
        """Whether both fields hold the same, long enough passphrase; if not, say why in
        ``error`` and put the cursor where the fix is."""
        chosen = assess(self.first.text())
        if chosen.strength == Strength.TOO_SHORT:
            show_error(error, chosen.verdict())
            self.first.setFocus()
            return False
        if self.first.text() != self.second.text():
            show_error(error, self.tr("The two passphrases are different. Please type them again."))
            wipe(self.second)
            self.second.setFocus()
            return False
        clear_error(error)
        return True

    def reset(self) -> None:
        wipe(self.first)
        wipe(self.second)
        self.show_text.setChecked(False)

    def _show_text(self, visible: bool) -> None:
        echo = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(echo)
        self.second.setEchoMode(echo)

    def _assess(self, text: str) -> None:
        assessment = assess(text)
        self.meter.setValue(int(assessment.strength))
        self.verdict.setText(assessment.verdict() if text else "")


class ChangePassphraseDialog(QDialog):
    """The current passphrase, then a new one twice. The window does the (slow) work."""

    change_requested = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change your passphrase"))
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(heading(self.tr("Change your passphrase"), body))
        column.addWidget(
            paragraph(
                self.tr(
                    "Type the passphrase you use now, then the new one twice. Your recovery "
                    "key stays the same."
                ),
                body,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: long ones fit
        self.current = passphrase_field(self.tr("Passphrase you use now"), body)
        add_form_row(form, self.tr("Passphrase you use &now"), self.current)
        column.addLayout(form)
        self.fields = NewPassphraseFields(self.tr("N&ew passphrase"), body)
        column.addWidget(self.fields)
        self.error = error_label(body)
        column.addWidget(self.error)
        self.busy = QProgressBar(body)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Changing your passphrase"))
        self.busy.hide()
        column.addWidget(self.busy)
        column.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase"))
        ok.setAccessibleName(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)  # scrolls with very large text on a small screen
        layout.addWidget(self.buttons)  # always in view
        self.current.returnPressed.connect(self.fields.setFocus)
        self.fields.submitted.connect(self._submit)
        column.activate()
        width = self.fontMetrics().averageCharWidth() * DIALOG_WIDTH_IN_CHARACTERS
        height = column.totalHeightForWidth(width) + self.buttons.sizeHint().height()
        fit_to_screen(self, width, height + 2 * layout.contentsMargins().top())

    def _submit(self) -> None:
        if not self.current.text():
            self.current.setFocus()
            return
        if self.fields.is_ready(self.error):
            self._set_busy(True)
            self.change_requested.emit(self.current.text(), self.fields.passphrase())

    def failed(self, message: str) -> None:
        self._set_busy(False)
        show_error(self.error, message)
        self.current.setFocus()
        self.current.selectAll()

    def succeeded(self) -> None:
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.current, self.fields, self.buttons):
            widget.setEnabled(not busy)

    def done(self, result: int) -> None:
        wipe(self.current)
        self.fields.reset()
        super().done(result)
