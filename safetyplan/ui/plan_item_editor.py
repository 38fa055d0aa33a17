"""The fields of the entry chosen in a section's list, saved as the person types.

Each change is pushed on the undo stack as it is typed; typing in one field merges into one undo
step (a "session" lasts from when the field gets focus until it loses it).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextOption, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safetyplan.i18n import translate
from safetyplan.plan import CONTEXT, FieldSpec, Item, SectionSpec
from safetyplan.ui.clipboard import NumberCopier
from safetyplan.ui.plan_document import PlanDocument
from safetyplan.ui.plan_widgets import (
    PlanUndoKeys,
    add_labelled,
    set_font_scale,
    wrapped_label,
)
from safetyplan.ui.undo_commands import EditFieldCommand, SetPictureCommand

PHONE_FONT_SCALE = 1.6
_sessions = itertools.count(1)


def next_session() -> int:
    return next(_sessions)


class TextField(QPlainTextEdit):
    """A few lines of text that wrap (long words too). Tab moves on rather than typing a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the plan's undo history covers typing
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._fit_to_font()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        # Room for about four lines at whatever size the text is.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def set_text_keeping_place(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)


class ItemEditor(QWidget):
    """Edits one entry of ``spec``'s section; shows nothing while no entry is chosen."""

    picture_wanted = Signal()

    def __init__(
        self,
        spec: SectionSpec,
        document: PlanDocument,
        undo_stack: QUndoStack,
        copier: NumberCopier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.document = document
        self.undo_stack = undo_stack
        self.copier = copier
        self.item_id: int | None = None
        self.session = next_session()
        self.fields: dict[str, QWidget] = {}
        self._undo_keys = PlanUndoKeys(self)
        self._showing = False  # True while fields are filled in from the plan, not typed
        self.copy_button: QPushButton | None = None
        self.copy_status: QLabel | None = None
        self.picture_preview: QLabel | None = None
        self.picture_button: QPushButton | None = None
        self.remove_picture_button: QPushButton | None = None
        self._build()
        document.model(spec.key).dataChanged.connect(self.refresh)
        if "goal" in self.fields:
            goals = document.model("goals_long")
            for change in (
                goals.dataChanged,
                goals.rowsInserted,
                goals.rowsRemoved,
                goals.rowsMoved,
                goals.modelReset,
            ):
                change.connect(self._fill_goals)

    # Building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in self.spec.fields:
            widget = self._field_widget(field)
            shown = self._with_copy_button(widget) if field.is_phone else widget
            add_labelled(layout, translate(CONTEXT, field.label), widget, shown)
            self.fields[field.key] = widget
        if self.spec.allows_pictures:
            layout.addLayout(self._picture_row())

    def _field_widget(self, field: FieldSpec) -> QWidget:
        name = translate(CONTEXT, field.label)
        widget: QWidget
        if field.key == "goal":
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.activated.connect(self._goal_chosen)
            widget = combo
        elif field.multiline:
            text = TextField(self)
            text.textChanged.connect(lambda key=field.key: self._typed(key))
            widget = text
        else:
            line = QLineEdit(self)
            line.textEdited.connect(lambda _text, key=field.key: self._typed(key))
            if field.is_phone:
                line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
                set_font_scale(line, PHONE_FONT_SCALE)
            widget = line
        widget.setAccessibleName(name)
        widget.installEventFilter(self)
        widget.installEventFilter(self._undo_keys)
        return widget

    def _with_copy_button(self, phone: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(phone, 1)
        self.copy_button = QPushButton(self.tr("&Copy number"), box)
        self.copy_button.setAccessibleName(self.tr("Copy number"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts the number on the clipboard, and clears it again after a short time.")
        )
        self.copy_button.clicked.connect(self._copy_number)
        row.addWidget(self.copy_button)
        column = QWidget(self)
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(box)
        self.copy_status = wrapped_label("", column)
        self.copy_status.setAccessibleName(self.tr("Copy number status"))
        self.copy_status.hide()
        stack.addWidget(self.copy_status)
        self.copier.copied.connect(self._number_copied)
        self.copier.cleared.connect(self._number_cleared)
        return column

    def _picture_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.picture_preview = QLabel(self)
        self.picture_preview.setAccessibleName(self.tr("Your picture"))
        self.picture_preview.hide()
        row.addWidget(self.picture_preview)
        buttons = QVBoxLayout()
        self.picture_button = QPushButton(self.tr("Add a &picture…"), self)
        self.picture_button.setAccessibleName(self.tr("Add a picture"))
        self.picture_button.setAccessibleDescription(
            self.tr("The picture is kept inside your locked plan, not as a separate file.")
        )
        self.picture_button.clicked.connect(self.picture_wanted)
        self.remove_picture_button = QPushButton(self.tr("Take the picture &off"), self)
        self.remove_picture_button.setAccessibleName(self.tr("Take the picture off"))
        self.remove_picture_button.clicked.connect(lambda: self.set_picture(None))
        buttons.addWidget(self.picture_button)
        buttons.addWidget(self.remove_picture_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        return row

    # Which entry is shown
    def show_item(self, item_id: int | None) -> None:
        if item_id != self.item_id:
            self.session = next_session()
        self.item_id = item_id
        self.setVisible(item_id is not None)
        self.refresh()

    def current_item(self) -> Item | None:
        return self.document.item(self.item_id)

    def first_field(self) -> QWidget:
        return self.fields[self.spec.fields[0].key]

    def focus_order(self) -> list[QWidget]:
        """The editor's controls in the order Tab visits them."""
        order: list[QWidget] = []
        for field in self.spec.fields:
            order.append(self.fields[field.key])
            if field.is_phone and self.copy_button:
                order.append(self.copy_button)
        if self.picture_button and self.remove_picture_button:
            order += [self.picture_button, self.remove_picture_button]
        return order

    def refresh(self) -> None:
        """Show the entry as it is in the plan (after an undo, say) without losing the place."""
        item = self.current_item()
        if item is None:
            return
        self._showing = True
        try:
            for key, widget in self.fields.items():
                self._show_value(widget, item.text(key))
            if "goal" in self.fields:
                self._fill_goals()
            self._show_picture(item.picture)
        finally:
            self._showing = False

    def _show_value(self, widget: QWidget, value: str) -> None:
        if isinstance(widget, TextField) and widget.toPlainText() != value:
            widget.set_text_keeping_place(value)
        elif isinstance(widget, QLineEdit) and widget.text() != value:
            widget.setText(value)

    def _fill_goals(self) -> None:
        combo = self.fields["goal"]
        assert isinstance(combo, QComboBox)
        item = self.current_item()
        chosen = item.text("goal") if item else ""
        goals = [goal.text() for goal in self.document.model("goals_long").items()]
        goals = [goal for goal in goals if goal.strip()]
        if chosen and chosen not in goals:
            goals.append(chosen)  # a goal since reworded or removed: keep what was chosen
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Not linked to a goal yet"), "")
        for goal in goals:
            combo.addItem(goal, goal)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _show_picture(self, picture: int | None) -> None:
        if self.picture_preview is None or self.picture_button is None:
            return
        image = self.document.thumbnail(picture) if picture is not None else None
        if image is not None:
            self.picture_preview.setPixmap(image)
        self.picture_preview.setVisible(image is not None)
        assert self.remove_picture_button is not None
        self.remove_picture_button.setVisible(picture is not None)
        self.picture_button.setText(
            self.tr("Change the &picture…") if picture is not None else self.tr("Add a &picture…")
        )

    # Changes
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.session = next_session()  # typing here starts a new undo step
        return False

    def _typed(self, key: str) -> None:
        if self._showing:
            return
        widget = self.fields[key]
        if isinstance(widget, TextField):
            self._push_edit(key, widget.toPlainText())
        elif isinstance(widget, QLineEdit):
            self._push_edit(key, widget.text())

    def _goal_chosen(self, index: int) -> None:
        combo = self.fields["goal"]
        assert isinstance(combo, QComboBox)
        self.session = next_session()  # each choice is its own undo step
        self._push_edit("goal", combo.itemData(index) or "")

    def _push_edit(self, key: str, value: str) -> None:
        item = self.current_item()
        if item is None or item.id is None or item.text(key) == value:
            return
        self.undo_stack.push(
            EditFieldCommand(
                self.document, self.spec.key, item.id, key, item.text(key), value, self.session
            )
        )

    def set_picture(self, picture: int | None) -> None:
        item = self.current_item()
        if item is None or item.id is None or item.picture == picture:
            return
        self.undo_stack.push(
            SetPictureCommand(self.document, self.spec.key, item.id, item.picture, picture)
        )

    # Copying the number
    def _copy_number(self) -> None:
        phone = self.fields.get("phone")
        if isinstance(phone, QLineEdit):
            self.copier.copy(phone.text())

    def _number_copied(self, _number: str) -> None:
        if self.copy_status is None:
            return
        seconds = max(2, round(self.copier.clear_after_ms / 1000))
        self.copy_status.setText(
            self.tr(
                "Number copied. It will be cleared from the clipboard after {seconds} seconds."
            ).format(seconds=seconds)
        )
        self.copy_status.show()

    def _number_cleared(self) -> None:
        if self.copy_status is not None:
            self.copy_status.setText(self.tr("The number has been cleared from the clipboard."))
