"""Unlocking: the passphrase, help without unlocking, and setting a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from safetyplan.ui.common import (
    FlowLayout,
    add_form_row,
    clear_error,
    error_label,
    heading,
    page_layout,
    paragraph,
    passphrase_field,
    show_error,
    wipe,
)
from safetyplan.ui.passphrase_widgets import NewPassphraseFields


def _busy_bar(parent: QWidget, text: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setAccessibleName(text)
    bar.setFormat(text)
    bar.hide()
    return bar


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    help_requested = Signal()
    library_requested = Signal()
    forgot = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Your plan is locked"), self))
        layout.addWidget(paragraph(self.tr("Type your passphrase to open your plan."), self))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field = passphrase_field(self.tr("Passphrase"), self)
        add_form_row(form, self.tr("&Passphrase"), self.field)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.busy = _busy_bar(self, self.tr("Opening your plan…"))
        layout.addWidget(self.busy)
        row = FlowLayout()
        self.unlock_button = QPushButton(self.tr("&Open my plan"), self)
        self.unlock_button.setAccessibleName(self.tr("Open my plan"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        forgot = QPushButton(self.tr("I've forgotten my passphrase"), self)
        forgot.setAccessibleName(self.tr("I've forgotten my passphrase"))
        forgot.setFlat(True)
        forgot.clicked.connect(self.forgot)
        row.addWidget(self.unlock_button)
        row.addWidget(forgot)
        layout.addLayout(row)
        layout.addSpacing(24)
        layout.addWidget(heading(self.tr("Need help right now?"), self, level=2))
        layout.addWidget(
            paragraph(self.tr("You don't need your passphrase to see where to get help."), self)
        )
        help_row = FlowLayout()
        self.help_button = QPushButton(self.tr("Get &help now"), self)
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.clicked.connect(self.help_requested)
        library = QPushButton(self.tr("Information and &first aid"), self)
        library.setAccessibleName(self.tr("Information and first aid"))
        library.clicked.connect(self.library_requested)
        help_row.addWidget(self.help_button)
        help_row.addWidget(library)
        layout.addLayout(help_row)
        layout.addStretch()
        self.field.returnPressed.connect(self._submit)
        self.setFocusProxy(self.field)

    def _submit(self) -> None:
        if not self.field.text():
            self.field.setFocus()
            return
        clear_error(self.error)
        self.set_busy(True)
        self.unlock_requested.emit(self.field.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def failed(self, message: str) -> None:
        """Show why unlocking failed and select the passphrase for another try."""
        self.set_busy(False)
        show_error(self.error, message)
        self.field.setFocus()
        self.field.selectAll()

    def reset(self) -> None:
        wipe(self.field)
        clear_error(self.error)
        self.set_busy(False)


class RecoverPage(QWidget):
    """Setting a new passphrase with the recovery key."""

    recover_requested = Signal(str, str)  # recovery key, new passphrase
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Set a new passphrase"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Type the recovery key you wrote down when you made your plan, then "
                    "choose a new passphrase. Capital letters and dashes don't matter."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recovery = QLineEdit(self)
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        add_form_row(form, self.tr("&Recovery key"), self.recovery)
        layout.addLayout(form)
        self.fields = NewPassphraseFields(self.tr("&New passphrase"), self)
        self.first, self.second = self.fields.first, self.fields.second
        layout.addWidget(self.fields)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.busy = _busy_bar(self, self.tr("Setting your new passphrase…"))
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"), self)
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(self.back)
        self.submit_button = QPushButton(self.tr("Set new passphrase"), self)
        self.submit_button.setAccessibleName(self.tr("Set new passphrase"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        row.addWidget(back)
        row.addStretch()
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        layout.addStretch()
        self.recovery.returnPressed.connect(self.fields.setFocus)
        self.fields.submitted.connect(self._submit)
        self.setFocusProxy(self.recovery)

    def _submit(self) -> None:
        if self.fields.is_ready(self.error):
            self.busy.show()
            self.submit_button.setEnabled(False)
            self.recover_requested.emit(self.recovery.text(), self.fields.passphrase())

    def failed(self, message: str) -> None:
        self.busy.hide()
        self.submit_button.setEnabled(True)
        show_error(self.error, message)
        self.recovery.setFocus()
        self.recovery.selectAll()

    def reset(self) -> None:
        wipe(self.recovery)
        self.fields.reset()
        clear_error(self.error)
        self.busy.hide()
        self.submit_button.setEnabled(True)
