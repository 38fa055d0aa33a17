"""Adding or changing one diary entry afterwards. Every answer but the time is optional."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safetyplan.diary import Entry
from safetyplan.ui.common import FlowLayout, fit_to_screen
from safetyplan.ui.diary_words import from_qdatetime, to_qdatetime

NOT_SAID = -1
HELPED_ANSWERS: tuple[str | None, ...] = (None, "yes", "a_bit", "no")
SELF_HARM_ANSWERS: tuple[bool | None, ...] = (None, False, True)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)  # Tab moves on, so the form works from the keyboard
    line = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(line * lines + 12)
    box.setMaximumHeight(line * (lines + 2) + 12)  # longer text scrolls inside the box
    return box


class EntryDialog(QDialog):
    """The form for one entry. ``entry()`` gives the entry as filled in (with the same id)."""

    def __init__(
        self,
        entry: Entry | None = None,
        suggestions: Sequence[str] = (),
        show_self_harm_question: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = entry or Entry(at=dt.datetime.now())
        title = self.tr("Change a diary entry") if entry else self.tr("Add to my diary")
        self.setWindowTitle(title)
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        # Labels above their fields: room for large text and long translations.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add_when(form)
        self.situation = text_box(self.tr("What was happening"), 2)
        form.addRow(self.tr("What was &happening?"), self.situation)
        self.before = self._urge_box(self.tr("Urge or distress before, 0 to 10"))
        form.addRow(self.tr("Urge or distress &before (0–10):"), self.before)
        self._add_strategies(form, suggestions)
        self.after = self._urge_box(self.tr("Urge or distress afterwards, 0 to 10"))
        form.addRow(self.tr("Urge or distress a&fterwards (0–10):"), self.after)
        self.helped_box, self.helped_group = self._choices(
            self.tr("Did it help?"),
            (self.tr("Not said"), self.tr("Yes"), self.tr("A bit"), self.tr("No")),
        )
        form.addRow(self.helped_box)
        self.self_harm_box, self.self_harm_group = self._choices(
            self.tr("Did you hurt yourself? (You don't have to answer.)"),
            (self.tr("I'd rather not say"), self.tr("No"), self.tr("Yes")),
        )
        form.addRow(self.self_harm_box)
        self.note = text_box(self.tr("Note"), 3)
        form.addRow(self.tr("&Note:"), self.note)
        self._add_buttons(form)
        self.set_show_self_harm_question(show_self_harm_question)
        self._fill(self._original)

    # Building the form
    def _add_when(self, form: QFormLayout) -> None:
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&When:"), self.when)

    def _urge_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NOT_SAID, 10)
        box.setSpecialValueText(self.tr("Not said"))
        box.setAccessibleName(name)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return box

    def _add_strategies(self, form: QFormLayout, suggestions: Sequence[str]) -> None:
        self.strategies = QListWidget()
        self.strategies.setAccessibleName(self.tr("What you tried"))
        self.strategies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        line = self.strategies.fontMetrics().lineSpacing()
        self.strategies.setMinimumHeight(line * 2 + 12)
        self.strategies.setMaximumHeight(line * 4 + 12)
        self.new_strategy = QComboBox()
        self.new_strategy.setEditable(True)
        # As wide as the form allows, not as wide as the longest suggestion.
        self.new_strategy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_strategy.setMinimumContentsLength(12)
        self.new_strategy.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.new_strategy.addItems([s for s in suggestions if s.strip()])
        self.new_strategy.setCurrentIndex(-1)
        self.new_strategy.setAccessibleName(self.tr("Something you tried, to add"))
        self.new_strategy.setPlaceholderText(self.tr("Choose from your plan or write it"))
        editor = self.new_strategy.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Choose from your plan or write it"))
        self.new_strategy.installEventFilter(self)
        add = QPushButton(self.tr("A&dd"))
        add.setAccessibleName(self.tr("Add what you tried"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_strategy)
        self.remove_strategy_button = QPushButton(self.tr("Ta&ke off the list"))
        self.remove_strategy_button.setAccessibleName(self.tr("Take the chosen one off the list"))
        self.remove_strategy_button.setAutoDefault(False)
        self.remove_strategy_button.clicked.connect(self.remove_strategy)
        adding = QHBoxLayout()
        adding.addWidget(self.new_strategy, 1)
        adding.addWidget(add)
        column = QVBoxLayout()
        column.addWidget(self.strategies)
        column.addLayout(adding)
        column.addWidget(self.remove_strategy_button, 0, Qt.AlignmentFlag.AlignLeft)
        label = QLabel(self.tr("What did you &try?"))
        label.setBuddy(self.new_strategy)
        form.addRow(label, column)
        self.strategies.itemSelectionChanged.connect(self._update_remove_button)
        self._update_remove_button()

    def _choices(self, question: str, labels: Sequence[str]) -> tuple[QGroupBox, QButtonGroup]:
        box = QGroupBox(question)
        box.setAccessibleName(question)
        group = QButtonGroup(box)
        row = FlowLayout(box, spacing=16)  # the choices wrap onto a new line when they must
        for number, label in enumerate(labels):
            button = QRadioButton(label)
            button.setAccessibleName(label)
            group.addButton(button, number)
            row.addWidget(button)
        return box, group

    def _add_buttons(self, form: QFormLayout) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The form scrolls when the text is large; the buttons always stay in view.
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 90
        fit_to_screen(self, width, min(inner.sizeHint().height() + 80, width * 2))

    # Strategies
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the "add" box adds what is written there (instead of saving the form)."""
        if watched is self.new_strategy and isinstance(event, QKeyEvent):
            enter = event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
            if enter and self.new_strategy.currentText().strip():
                self.add_strategy()
                return True
        return super().eventFilter(watched, event)

    def add_strategy(self) -> None:
        text = " ".join(self.new_strategy.currentText().split())
        if text and text not in self.strategy_texts():
            self.strategies.addItem(text)
        self.new_strategy.setCurrentIndex(-1)
        self.new_strategy.clearEditText()
        self.new_strategy.setFocus()

    def remove_strategy(self) -> None:
        row = self.strategies.currentRow()
        if row >= 0:
            self.strategies.takeItem(row)
        self._update_remove_button()

    def _update_remove_button(self) -> None:
        self.remove_strategy_button.setEnabled(bool(self.strategies.selectedItems()))

    def strategy_texts(self) -> list[str]:
        return [self.strategies.item(row).text() for row in range(self.strategies.count())]

    # Self-harm question
    def set_show_self_harm_question(self, show: bool) -> None:
        """Hide the question entirely; an answer already stored is kept as it is."""
        self.asks_self_harm = show
        self.self_harm_box.setVisible(show)

    # Filling in and reading back
    def _fill(self, entry: Entry) -> None:
        self.when.setDateTime(to_qdatetime(entry.at))
        self.situation.setPlainText(entry.situation)
        self.before.setValue(NOT_SAID if entry.urge_before is None else entry.urge_before)
        self.after.setValue(NOT_SAID if entry.urge_after is None else entry.urge_after)
        self.strategies.addItems(list(entry.strategies))
        self.note.setPlainText(entry.note)
        self._check(self.helped_group, HELPED_ANSWERS.index(entry.helped))
        self._check(self.self_harm_group, SELF_HARM_ANSWERS.index(entry.self_harmed))

    @staticmethod
    def _check(group: QButtonGroup, number: int) -> None:
        button = group.button(number)
        if button is not None:
            button.setChecked(True)

    def entry(self) -> Entry:
        """The entry as filled in. Text still waiting in the "add" box is counted too."""
        pending = " ".join(self.new_strategy.currentText().split())
        strategies = self.strategy_texts() + ([pending] if pending else [])
        self_harmed = self._original.self_harmed
        if self.asks_self_harm:
            self_harmed = SELF_HARM_ANSWERS[max(0, self.self_harm_group.checkedId())]
        return replace(
            self._original,
            at=from_qdatetime(self.when.dateTime()),
            situation=self.situation.toPlainText().strip(),
            urge_before=None if self.before.value() == NOT_SAID else self.before.value(),
            urge_after=None if self.after.value() == NOT_SAID else self.after.value(),
            strategies=tuple(strategies),
            helped=HELPED_ANSWERS[max(0, self.helped_group.checkedId())],
            note=self.note.toPlainText().strip(),
            self_harmed=self_harmed,
        )
