"""Plan details: the person's name, when the plan was made and will be looked at again, and who
it was made with. The next review is at most 12 months after the plan was made (NICE)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safetyplan.i18n import translate
from safetyplan.plan import CONTEXT, DETAIL_LABELS, EARLIEST_DATE, latest_review_date
from safetyplan.ui.plan_document import DetailValue, PlanDocument
from safetyplan.ui.plan_item_editor import next_session
from safetyplan.ui.plan_widgets import PlanUndoKeys, add_labelled, heading_label, wrapped_label
from safetyplan.ui.undo_commands import EditDetailsCommand

# Shown as "Not set yet": the date just before the earliest allowed one.
EARLIEST_MADE_ON = QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def chosen_date(field: QDateEdit) -> dt.date | None:
    """The field's date, or None while it shows "Not set yet" (its minimum)."""
    date = field.date()
    if date == field.minimumDate():
        return None
    return dt.date(date.year(), date.month(), date.day())


class DateField(QDateEdit):
    """A date whose Tab key moves on to the next control, as everywhere else.

    Qt's date field uses Tab to step through day, month and year, and while it shows
    "Not set yet" Tab never leaves it at all: a trap for someone using the keyboard. The
    arrow keys still move between day, month and year.
    """

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DetailsPage(QWidget):
    def __init__(
        self, document: PlanDocument, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.session = next_session()
        self._showing = False
        self._undo_keys = PlanUndoKeys(self)
        self.setAccessibleName(self.tr("Plan details"))
        self.preferred_name = self._line_edit("preferred_name")
        self.made_with = self._line_edit("made_with")
        self.made_with.setPlaceholderText(self.tr("For example, your key worker"))
        self.made_on = self._date_edit("made_on")
        self.next_review = self._date_edit("next_review")
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setAccessibleName(self.tr("Plan made today"))
        self.today_button.clicked.connect(self._made_today)
        self._build()
        document.detail_changed.connect(self.refresh)
        self.refresh()

    def _line_edit(self, key: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(translate(CONTEXT, DETAIL_LABELS[key]))
        field.textEdited.connect(lambda text: self._change({key: text}))
        self._watch(field)
        return field

    def _date_edit(self, key: str) -> QDateEdit:
        field = DateField(self)
        field.setAccessibleName(translate(CONTEXT, DETAIL_LABELS[key]))
        field.setCalendarPopup(True)
        field.setDisplayFormat(self.tr("d MMMM yyyy", "how dates are shown (Qt date format)"))
        field.setSpecialValueText(self.tr("Not set yet"))
        handler = self._made_on_changed if key == "made_on" else self._next_review_changed
        field.dateChanged.connect(handler)
        self._watch(field)
        return field

    def _watch(self, field: QWidget) -> None:
        field.installEventFilter(self)
        field.installEventFilter(self._undo_keys)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading_label(self.tr("Plan details"), self))
        layout.addWidget(
            wrapped_label(
                self.tr("These go at the top of your plan when you print it or share it."),
                self,
            )
        )
        made_on_row = QHBoxLayout()
        made_on_row.addWidget(self.made_on, 1)
        made_on_row.addWidget(self.today_button)
        review_hint = wrapped_label(
            self.tr(
                "This is at most 12 months after your plan was made. You can choose a sooner date."
            ),
            self,
        )
        self.next_review.setAccessibleDescription(review_hint.text())
        review_box = QVBoxLayout()
        review_box.addWidget(self.next_review)
        review_box.addWidget(review_hint)
        rows = (
            ("preferred_name", self.preferred_name, self.preferred_name),
            ("made_on", self.made_on, made_on_row),
            ("next_review", self.next_review, review_box),
            ("made_with", self.made_with, self.made_with),
        )
        for key, field, row in rows:
            add_labelled(layout, translate(CONTEXT, DETAIL_LABELS[key]), field, row)
        layout.addStretch(1)
        chain = [self.preferred_name, self.made_on, self.today_button, self.next_review]
        for first, second in zip(chain, [*chain[1:], self.made_with], strict=True):
            QWidget.setTabOrder(first, second)

    def first_focus(self) -> QWidget:
        return self.preferred_name

    # Showing what is saved
    def refresh(self, *_args: object) -> None:
        self._showing = True
        try:
            for key, field in (
                ("preferred_name", self.preferred_name),
                ("made_with", self.made_with),
            ):
                value = str(self.document.detail(key) or "")
                if field.text() != value:
                    field.setText(value)
            self._show_dates()
        finally:
            self._showing = False

    def _show_dates(self) -> None:
        made_on = self._date("made_on")
        self.made_on.setDateRange(EARLIEST_MADE_ON.addDays(-1), to_qdate(dt.date.today()))
        self.made_on.setDate(to_qdate(made_on) if made_on else self.made_on.minimumDate())
        base = made_on or dt.date.today()
        self.next_review.setDateRange(
            to_qdate(base).addDays(-1), to_qdate(latest_review_date(base))
        )
        review = self._date("next_review")
        self.next_review.setDate(to_qdate(review) if review else self.next_review.minimumDate())

    def _date(self, key: str) -> dt.date | None:
        value = self.document.detail(key)
        return value if isinstance(value, dt.date) else None

    # Changes
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.session = next_session()
        return False

    def _made_today(self) -> None:
        self.session = next_session()
        self.made_on.setDate(to_qdate(dt.date.today()))

    def _made_on_changed(self) -> None:
        if self._showing:
            return
        made_on = chosen_date(self.made_on)
        changes: dict[str, DetailValue] = {"made_on": made_on}
        if made_on is not None:
            review = self._review_for(made_on)
            if review != self._date("next_review"):
                changes["next_review"] = review
        self._change(changes)

    def _review_for(self, made_on: dt.date) -> dt.date:
        """Keep a review date the person chose if it still fits, otherwise 12 months on."""
        latest = latest_review_date(made_on)
        review = self._date("next_review")
        return review if review and made_on < review <= latest else latest

    def _next_review_changed(self) -> None:
        if self._showing:
            return
        self._change({"next_review": chosen_date(self.next_review)})

    def _change(self, changes: dict[str, DetailValue]) -> None:
        if self._showing:
            return
        detail = self.document.detail
        changes = {key: value for key, value in changes.items() if value != detail(key)}
        if changes:
            self.undo_stack.push(EditDetailsCommand(self.document, changes, self.session))
