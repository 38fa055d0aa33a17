"""Right now: one calm screen to use a coping strategy in the moment and note how it went.

One question at a time: how strong the urge or distress is, what to try, an optional timer, then
how the person feels and whether it helped. Every question can be skipped; "Save" is always
there and Esc closes without asking anything. Everything answered is saved as one diary entry.
If nothing at all was answered, nothing is saved (an empty entry would only clutter the diary).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safetyplan.diary import COPING_SECTION, DiaryStore, Entry
from safetyplan.store import PlanStore
from safetyplan.ui.common import fit_to_screen, heading, paragraph, scrolling

DEFAULT_TIMER_SECONDS = 600
HELPED_CHOICES = ("yes", "a_bit", "no")


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger


class UrgeScale(QWidget):
    """A 0-10 scale: a large slider, the number shown big, and words at both ends.

    Arrow keys, Page Up/Down, Home and End move the slider; typing a digit sets it directly.
    """

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setTickInterval(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(question)
        self.slider.setAccessibleDescription(
            self.tr("From 0, none at all, to 10, the strongest it gets.")
        )
        self.number = QLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFont(scaled_font(self.font(), 2.6, bold=True))
        self.number.setAccessibleName(self.tr("Chosen number"))
        low = QLabel(self.tr("0\nnone at all"))
        high = QLabel(self.tr("10\nthe strongest it gets"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for end in (low, high):
            end.setWordWrap(True)
            policy = end.sizePolicy()  # keeps height-for-width: wrapped lines get their room
            policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
            end.setSizePolicy(policy)
        ends = QHBoxLayout()
        ends.addWidget(low)
        ends.addStretch()
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(self.slider)
        layout.addLayout(ends)
        self.slider.valueChanged.connect(self._show_value)
        self.setFocusProxy(self.slider)
        self.setValue(5)
        self._show_value(5)

    def value(self) -> int:
        return self.slider.value()

    def setValue(self, value: int) -> None:
        self.slider.setValue(value)

    def _show_value(self, value: int) -> None:
        self.number.setText(str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The slider passes on keys it doesn't use: a digit picks that number.
        if event.text().isdigit():
            self.setValue(int(event.text()))
        else:
            super().keyPressEvent(event)


def clock_text(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes}:{seconds:02d}"


class RightNowDialog(QDialog):
    """The Right now screen. ``entry_saved`` carries the id of the diary entry it saved."""

    entry_saved = Signal(int)
    timer_finished = Signal()

    def __init__(
        self,
        diary: DiaryStore,
        plan_store: PlanStore,
        parent: QWidget | None = None,
        timer_seconds: int = DEFAULT_TIMER_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.started_at = dt.datetime.now()
        self.timer_seconds = timer_seconds
        self.remaining = timer_seconds
        self._answered: set[QWidget] = set()
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.setWindowTitle(self.tr("Right now"))
        self.setAccessibleName(self.tr("Right now"))
        self.pages = QStackedWidget()
        self.before_page = self._make_before_page()
        self.strategy_page = self._make_strategy_page(plan_store)
        self.timer_page = self._make_timer_page()
        self.after_page = self._make_after_page()
        self.helped_page = self._make_helped_page()
        for page in self.question_pages():
            self.pages.addWidget(page)
        self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self.button_row)
        self.pages.currentChanged.connect(self._page_shown)
        self._page_shown()
        # A comfortable width to start with; the layout decides how narrow it can go.
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 75, self.sizeHint().height())

    def question_pages(self) -> list[QWidget]:
        return [
            self.before_page,
            self.strategy_page,
            self.timer_page,
            self.after_page,
            self.helped_page,
        ]

    # Pages
    def _page(self, title: str, *widgets: QWidget) -> QWidget:
        """One question; it scrolls when the window is too small for it (large text)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(title, level=2))
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch()
        return scrolling(page)

    def _make_before_page(self) -> QWidget:
        self.before_scale = UrgeScale(self.tr("How strong is the urge or distress right now?"))
        intro = paragraph(
            self.tr(
                "Take a slow breath. There are no right or wrong answers here, and you can "
                "skip anything."
            )
        )
        return self._page(
            self.tr("How strong is the urge or distress right now?"), intro, self.before_scale
        )

    def _make_strategy_page(self, plan_store: PlanStore) -> QWidget:
        strategies = [
            item.text().strip()
            for item in plan_store.load().items(COPING_SECTION)
            if item.text().strip()
        ]
        self.strategy_list = QListWidget()
        self.strategy_list.setAccessibleName(self.tr("Things from your plan"))
        self.strategy_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strategy_list.setWordWrap(True)
        self.strategy_list.setSpacing(self.fontMetrics().lineSpacing() // 6)
        for text in strategies:
            QListWidgetItem(text, self.strategy_list)
        self.strategy_list.itemSelectionChanged.connect(self._list_choice_made)
        self.other_strategy = QLineEdit()
        self.other_strategy.setAccessibleName(self.tr("Something else you'll try"))
        self.other_strategy.setPlaceholderText(self.tr("Write something else to try"))
        self.other_strategy.textEdited.connect(self._typed_choice_made)
        if strategies:
            self.strategy_hint = paragraph(
                self.tr("From your plan, things you can do on your own:")
            )
        else:
            self.strategy_hint = paragraph(
                self.tr(
                    "Your plan doesn't list things to do on your own yet. You can write one here."
                )
            )
            self.strategy_list.hide()
        other_label = QLabel(self.tr("&Or something else:"))
        other_label.setBuddy(self.other_strategy)
        return self._page(
            self.tr("What would you like to try?"),
            self.strategy_hint,
            self.strategy_list,
            other_label,
            self.other_strategy,
        )

    def _make_timer_page(self) -> QWidget:
        offer = self.tr("Would you like to give it some time?")
        self.trying_label = paragraph("")
        explain = paragraph(
            self.tr(
                "If you like, start the timer and stay with what you're doing. When the time "
                "is up, you'll be asked how you feel. You can stop at any time."
            )
        )
        self.clock = QLabel(clock_text(self.timer_seconds))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setFont(scaled_font(self.font(), 3.0, bold=True))
        self.clock.setAccessibleName(self.tr("Time left"))
        self.start_button = QPushButton(self.tr("S&tart the timer"))
        self.pause_button = QPushButton()
        self.stop_button = QPushButton(self.tr("S&top the timer"))
        self.start_button.clicked.connect(self.start_timer)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_timer)
        controls = QWidget()
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch()
        for button in (self.start_button, self.pause_button, self.stop_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch()
        page = self._page(offer, self.trying_label, explain, self.clock, controls)
        self._show_timer_controls()
        return page

    def _make_after_page(self) -> QWidget:
        self.time_up_label = paragraph(self.tr("The time is up. Take your time."))
        self.time_up_label.hide()
        self.after_scale = UrgeScale(self.tr("How do you feel now?"))
        hint = paragraph(self.tr("How strong is the urge or distress now, from 0 to 10?"))
        return self._page(
            self.tr("How do you feel now?"), self.time_up_label, hint, self.after_scale
        )

    def _make_helped_page(self) -> QWidget:
        self.helped_group = QButtonGroup(self)
        labels = (self.tr("Yes"), self.tr("A bit"), self.tr("No"))
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        for number, label in enumerate(labels):
            button = QRadioButton(label)
            button.setFont(scaled_font(self.font(), 1.25))
            button.setAccessibleName(label)
            self.helped_group.addButton(button, number)
            column.addWidget(button)
        hint = paragraph(self.tr("Whatever the answer, it's useful to know."))
        return self._page(self.tr("Did it help?"), hint, choices)

    def _make_buttons(self) -> None:
        self.back_button = QPushButton(self.tr("&Back"))
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.back_button.clicked.connect(self.go_back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.go_next)
        self.save_button.clicked.connect(self.save)
        for button in (self.back_button, self.skip_button, self.next_button, self.save_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.back_button)
        self.button_row.addStretch()
        for button in (self.skip_button, self.next_button, self.save_button):
            self.button_row.addWidget(button)
        self.skip_button.setAccessibleDescription(self.tr("Leave this question out"))
        self.save_button.setAccessibleDescription(self.tr("Save what you've answered and close"))

    # Moving between pages
    def current_page(self) -> QWidget:
        return self.question_pages()[self.pages.currentIndex()]

    def go_next(self) -> None:
        self._answered.add(self.current_page())
        self._advance()

    def skip(self) -> None:
        self._answered.discard(self.current_page())
        self._advance()

    def go_back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))

    def _advance(self) -> None:
        if self.current_page() is self.timer_page:
            self.stop_timer()
        if self.current_page() is self.helped_page:
            self._save_answered()
        else:
            self.pages.setCurrentIndex(self.pages.currentIndex() + 1)

    def _page_shown(self) -> None:
        page = self.current_page()
        self.back_button.setEnabled(self.pages.currentIndex() > 0)
        self.next_button.setVisible(page is not self.helped_page)
        (self.save_button if page is self.helped_page else self.next_button).setDefault(True)
        if page is self.timer_page:
            strategy = self.chosen_strategy()
            self.trying_label.setText(self.tr("You're trying: %1").replace("%1", strategy))
            self.trying_label.setVisible(bool(strategy))
        first_time_after = page is self.after_page and self.after_page not in self._answered
        if first_time_after and self.before_page in self._answered:
            self.after_scale.setValue(self.before_scale.value())  # start from where they were
        self._first_field(page).setFocus()

    def _first_field(self, page: QWidget) -> QWidget:
        if page is self.strategy_page:
            return self.strategy_list if self.strategy_list.count() else self.other_strategy
        if page is self.timer_page:
            return self.pause_button if self._timer_started() else self.start_button
        if page is self.helped_page:
            return self.helped_group.checkedButton() or self.helped_group.buttons()[0]
        return self.after_scale if page is self.after_page else self.before_scale

    # Choosing a strategy: what is shown is what is saved
    def _list_choice_made(self) -> None:
        if self.strategy_list.selectedItems():
            self.other_strategy.clear()

    def _typed_choice_made(self, text: str) -> None:
        if text.strip():
            self.strategy_list.clearSelection()

    def chosen_strategy(self) -> str:
        typed = self.other_strategy.text().strip()
        if typed:
            return typed
        selected = self.strategy_list.selectedItems()
        return selected[0].text() if selected else ""

    # The timer
    def start_timer(self) -> None:
        self.remaining = self.timer_seconds
        self.clock.setText(clock_text(self.remaining))
        self.countdown.start()
        self._show_timer_controls()
        self.pause_button.setFocus()

    def toggle_pause(self) -> None:
        if self.countdown.isActive():
            self.countdown.stop()
        else:
            self.countdown.start()
        self._show_timer_controls()

    def stop_timer(self) -> None:
        self.countdown.stop()
        self.remaining = self.timer_seconds
        self.clock.setText(clock_text(self.remaining))
        self._show_timer_controls()

    def timer_is_running(self) -> bool:
        return self.countdown.isActive()

    def _timer_started(self) -> bool:
        return self.countdown.isActive() or self.remaining != self.timer_seconds

    def _show_timer_controls(self) -> None:
        started = self._timer_started()
        self.start_button.setVisible(not started)
        self.pause_button.setVisible(started)
        self.stop_button.setVisible(started)
        text = self.tr("&Pause") if self.countdown.isActive() else self.tr("&Carry on")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text.replace("&", ""))

    def _tick(self) -> None:
        self.remaining -= 1
        self.clock.setText(clock_text(self.remaining))
        if self.remaining > 0:
            return
        self.stop_timer()
        self.time_up_label.show()
        self.pages.setCurrentWidget(self.after_page)
        self.timer_finished.emit()

    # Saving
    def entry(self) -> Entry:
        """The entry made of the questions answered so far (skipped ones are left out)."""
        answered = self._answered
        helped_id = self.helped_group.checkedId()
        strategy = self.chosen_strategy() if self.strategy_page in answered else ""
        return Entry(
            at=self.started_at,
            urge_before=self.before_scale.value() if self.before_page in answered else None,
            urge_after=self.after_scale.value() if self.after_page in answered else None,
            strategies=(strategy,) if strategy else (),
            helped=HELPED_CHOICES[helped_id]
            if self.helped_page in answered and helped_id >= 0
            else None,
        )

    def save(self) -> None:
        """Save the answers, with the one on screen, as one entry (none if nothing) and close."""
        self._answered.add(self.current_page())
        self._save_answered()

    def _save_answered(self) -> None:
        self.countdown.stop()
        entry = self.entry()
        if not entry.is_blank():
            self.entry_saved.emit(self.diary.add(entry))
        self.accept()

    def done(self, result: int) -> None:
        self.countdown.stop()  # Esc or closing the window: no questions asked
        super().done(result)
