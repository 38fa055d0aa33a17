"""The Right now dialog, the diary and What helps, driven like a person would (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from safetyplan.diary import DiaryStore, Entry
from safetyplan.settings import Preferences
from safetyplan.store import PlanStore
from safetyplan.ui.diary_view import CACHED_PAGES, Column, DiaryWidget
from safetyplan.ui.entry_dialog import EntryDialog
from safetyplan.ui.right_now import RightNowDialog, UrgeScale, clock_text
from safetyplan.vault import Vault

NOW = dt.datetime(2025, 6, 15, 12, 0)
COPING = ["Hold an ice cube", "Go for a walk", "Listen to my playlist"]


@pytest.fixture
def plan(open_vault: Vault) -> PlanStore:
    store = PlanStore(open_vault.db)
    for text in COPING:
        store.add_item("coping_alone", {"text": text})
    return store


@pytest.fixture
def diary(open_vault: Vault) -> DiaryStore:
    return DiaryStore(open_vault.db)


def right_now(qtbot, diary: DiaryStore, plan: PlanStore, seconds: int = 1) -> RightNowDialog:
    dialog = RightNowDialog(diary, plan, timer_seconds=seconds)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press(qtbot, widget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)


def coping_texts(plan: PlanStore) -> list[str]:
    return [item.text() for item in plan.load().items("coping_alone")]


# Right now


def test_right_now_whole_flow_with_the_timer(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    dialog = right_now(qtbot, diary, plan, seconds=1)
    assert dialog.current_page() is dialog.before_page
    qtbot.keyClick(dialog.before_scale.slider, "8")  # typing a digit picks it
    assert dialog.before_scale.number.text() == "8"
    press(qtbot, dialog.before_scale.slider, Qt.Key.Key_Return)  # Enter means Next
    assert dialog.current_page() is dialog.strategy_page
    press(qtbot, dialog.strategy_list, Qt.Key.Key_Down)
    assert dialog.chosen_strategy() == COPING[0]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.trying_label.text() == f"You're trying: {COPING[0]}"
    with qtbot.waitSignal(dialog.timer_finished, timeout=5000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is dialog.after_page
    assert dialog.time_up_label.isVisible()
    assert dialog.after_scale.value() == 8  # starts from where they were
    for _ in range(5):
        press(qtbot, dialog.after_scale.slider, Qt.Key.Key_Left)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is dialog.helped_page
    first_choice = dialog.helped_group.button(0)
    assert dialog.focusWidget() is first_choice
    press(qtbot, first_choice, Qt.Key.Key_Down)  # arrows move between yes / a bit / no
    press(qtbot, dialog.helped_group.button(1), Qt.Key.Key_Space)
    assert dialog.helped_group.checkedId() == 1
    with qtbot.waitSignal(dialog.entry_saved) as saved:
        press(qtbot, dialog.helped_group.button(1), Qt.Key.Key_Return)  # Enter means Save
    entry = diary.get(saved.args[0])
    assert (entry.urge_before, entry.urge_after) == (8, 3)
    assert entry.strategies == (COPING[0],)
    assert entry.helped == "a_bit"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_countdown_shows_each_second_and_can_pause_and_stop(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    dialog = right_now(qtbot, diary, plan, seconds=2)
    dialog.pages.setCurrentWidget(dialog.timer_page)
    assert dialog.clock.text() == "0:02"
    dialog.start_timer()
    assert dialog.timer_is_running()
    assert dialog.pause_button.isVisible() and not dialog.start_button.isVisible()
    qtbot.waitUntil(lambda: dialog.clock.text() == "0:01", timeout=3000)
    dialog.toggle_pause()
    assert not dialog.timer_is_running()
    assert dialog.pause_button.accessibleName() == "Carry on"
    assert dialog.clock.text() == "0:01"
    dialog.toggle_pause()
    assert dialog.timer_is_running() and dialog.pause_button.accessibleName() == "Pause"
    dialog.stop_timer()
    assert not dialog.timer_is_running()
    assert dialog.clock.text() == "0:02"
    assert dialog.start_button.isVisible()
    assert dialog.current_page() is dialog.timer_page  # stopping doesn't move on


def test_clock_text() -> None:
    assert [clock_text(s) for s in (600, 61, 9, 0, -3)] == ["10:00", "1:01", "0:09", "0:00", "0:00"]


def test_skipping_everything_saves_nothing(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    dialog = right_now(qtbot, diary, plan)
    saved: list[int] = []
    dialog.entry_saved.connect(saved.append)
    for _ in dialog.question_pages():
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved == []
    assert diary.count() == 0


def test_skipping_some_questions_saves_the_rest(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    dialog = right_now(qtbot, diary, plan)
    dialog.skip()  # the urge before
    qtbot.keyClicks(dialog.other_strategy, "Stroke the cat")
    dialog.go_next()
    dialog.skip()  # no timer
    dialog.after_scale.setValue(2)
    dialog.go_next()
    dialog.helped_group.button(0).setChecked(True)
    dialog.skip()  # "did it help?" skipped, even with an answer showing
    (entry,) = diary.all_entries()
    assert entry.urge_before is None
    assert entry.urge_after == 2
    assert entry.strategies == ("Stroke the cat",)
    assert entry.helped is None


def test_save_is_always_there_and_keeps_the_answer_on_screen(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    dialog = right_now(qtbot, diary, plan)
    for page in dialog.question_pages():
        dialog.pages.setCurrentWidget(page)
        assert dialog.save_button.isVisible() and dialog.skip_button.isVisible()
    dialog.pages.setCurrentWidget(dialog.before_page)
    dialog.before_scale.setValue(9)
    with qtbot.waitSignal(dialog.entry_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (entry,) = diary.all_entries()
    assert (entry.urge_before, entry.urge_after, entry.strategies) == (9, None, ())


def test_escape_closes_without_saving_or_asking(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    dialog = right_now(qtbot, diary, plan, seconds=60)
    dialog.go_next()
    dialog.go_next()
    dialog.start_timer()
    press(qtbot, dialog.pause_button, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert not dialog.timer_is_running()
    assert diary.count() == 0


def test_typing_a_new_strategy_replaces_the_choice_from_the_plan(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    dialog = right_now(qtbot, diary, plan)
    dialog.go_next()
    dialog.strategy_list.setCurrentRow(2)
    assert dialog.chosen_strategy() == COPING[2]
    qtbot.keyClicks(dialog.other_strategy, "Squeeze a stress ball")
    assert dialog.strategy_list.selectedItems() == []
    assert dialog.chosen_strategy() == "Squeeze a stress ball"
    dialog.strategy_list.setCurrentRow(1)
    assert dialog.other_strategy.text() == ""
    assert dialog.chosen_strategy() == COPING[1]


def test_back_goes_back_and_enter_still_means_next(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    dialog = right_now(qtbot, diary, plan)
    assert not dialog.back_button.isEnabled()
    for _ in range(4):
        dialog.go_next()
    assert dialog.current_page() is dialog.helped_page
    assert dialog.save_button.isDefault() and not dialog.next_button.isVisible()
    for _ in range(4):
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is dialog.before_page
    press(qtbot, dialog.before_scale.slider, Qt.Key.Key_Return)
    assert dialog.current_page() is dialog.strategy_page
    assert diary.count() == 0


def test_a_plan_without_strategies_still_lets_you_write_one(
    qtbot, open_vault: Vault, diary: DiaryStore
) -> None:
    dialog = right_now(qtbot, diary, PlanStore(open_vault.db))
    dialog.go_next()
    assert not dialog.strategy_list.isVisible()
    assert dialog.focusWidget() is dialog.other_strategy
    assert "doesn't list things to do on your own yet" in dialog.strategy_hint.text()


def test_every_control_has_an_accessible_name(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    dialog = right_now(qtbot, diary, plan)
    controls = [
        dialog.before_scale.slider,
        dialog.after_scale.slider,
        dialog.strategy_list,
        dialog.other_strategy,
        dialog.start_button,
        dialog.pause_button,
        dialog.stop_button,
        dialog.back_button,
        dialog.skip_button,
        dialog.next_button,
        dialog.save_button,
        *dialog.helped_group.buttons(),
    ]
    assert all(control.accessibleName() for control in controls)


def test_the_urge_scale_works_from_the_keyboard(qtbot) -> None:
    scale = UrgeScale("How strong?")
    qtbot.addWidget(scale)
    press(qtbot, scale.slider, Qt.Key.Key_End)
    assert scale.value() == 10 and scale.number.text() == "10"
    press(qtbot, scale.slider, Qt.Key.Key_Home)
    assert scale.value() == 0
    qtbot.keyClick(scale.slider, "4")
    assert scale.value() == 4
    assert "0, none at all" in scale.slider.accessibleDescription()


# The diary


def diary_widget(
    qtbot, diary: DiaryStore, plan: PlanStore, show_self_harm: bool = True
) -> DiaryWidget:
    widget = DiaryWidget(
        diary, plan, Preferences(show_self_harm_question=show_self_harm), clock=lambda: NOW
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_editor(qtbot, widget: DiaryWidget, row: int) -> EntryDialog:
    widget.table.selectRow(row)
    qtbot.mouseClick(widget.edit_button, Qt.MouseButton.LeftButton)
    assert widget.entry_dialog is not None
    return widget.entry_dialog


def save(qtbot, dialog: EntryDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_an_empty_diary_says_what_to_do(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    widget = diary_widget(qtbot, diary, plan)
    assert widget.empty_label.isVisible()
    assert not widget.table.isVisible()
    assert not widget.edit_button.isEnabled() and not widget.remove_button.isEnabled()


def test_adding_an_entry(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    widget = diary_widget(qtbot, diary, plan)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    dialog = widget.entry_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Add to my diary"
    assert [dialog.new_strategy.itemText(i) for i in range(3)] == COPING
    dialog.situation.setPlainText("After the phone call")
    dialog.before.setValue(7)
    qtbot.keyClicks(dialog.new_strategy, "Call Sam")
    press(qtbot, dialog.new_strategy, Qt.Key.Key_Return)  # adds it; doesn't save the form
    assert dialog.isVisible()
    dialog.new_strategy.setCurrentIndex(0)
    dialog.add_strategy()
    assert dialog.strategy_texts() == ["Call Sam", COPING[0]]
    dialog.helped_group.button(1).setChecked(True)
    with qtbot.waitSignal(widget.entries_changed):
        save(qtbot, dialog)
    (entry,) = diary.all_entries()
    assert entry.situation == "After the phone call"
    assert (entry.urge_before, entry.urge_after, entry.helped) == (7, None, "yes")
    assert entry.strategies == ("Call Sam", COPING[0])
    assert widget.model.rowCount() == 1
    assert widget.chosen_entry() == entry


def test_editing_an_entry(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    older = diary.add(Entry(at=NOW - dt.timedelta(days=2), note="older"))
    entry_id = diary.add(
        Entry(at=NOW - dt.timedelta(days=1), urge_before=8, strategies=("Walk",), helped="no")
    )
    widget = diary_widget(qtbot, diary, plan)
    assert widget.model.index(0, Column.TRIED).data() == "Walk"
    dialog = open_editor(qtbot, widget, 0)
    assert dialog.windowTitle() == "Change a diary entry"
    assert dialog.before.value() == 8 and dialog.after.text() == "Not said"
    assert dialog.strategy_texts() == ["Walk"]
    dialog.after.setValue(4)
    dialog.strategies.setCurrentRow(0)
    dialog.remove_strategy()
    qtbot.keyClicks(dialog.new_strategy, "Music")  # still in the box: counted too
    dialog.helped_group.button(2).setChecked(True)
    dialog.note.setPlainText("  Better than I thought  ")
    with qtbot.waitSignal(widget.entries_changed):
        save(qtbot, dialog)
    entry = diary.get(entry_id)
    assert (entry.urge_before, entry.urge_after, entry.helped) == (8, 4, "a_bit")
    assert entry.strategies == ("Music",)
    assert entry.note == "Better than I thought"
    assert diary.get(older).note == "older"
    assert widget.model.index(0, Column.AFTER).data() == "4"
    assert widget.model.index(0, Column.HELPED).data() == "A bit"


def test_cancelling_an_edit_changes_nothing(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    entry_id = diary.add(Entry(at=NOW, urge_before=8))
    widget = diary_widget(qtbot, diary, plan)
    dialog = open_editor(qtbot, widget, 0)
    dialog.before.setValue(1)
    dialog.reject()
    assert diary.get(entry_id).urge_before == 8


def test_removing_an_entry_can_be_undone(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    for days in (3, 2, 1):
        diary.add(Entry(at=NOW - dt.timedelta(days=days), note=f"{days} days ago"))
    widget = diary_widget(qtbot, diary, plan)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.selectRow(1)
    widget.table.setFocus()
    with qtbot.waitSignal(widget.entries_changed):
        press(qtbot, widget.table, Qt.Key.Key_Delete)
    assert [e.note for e in diary.all_entries()] == ["3 days ago", "1 days ago"]
    assert widget.undo_button.isVisible() and widget.undo_button.hasFocus()
    with qtbot.waitSignal(widget.entries_changed):
        qtbot.mouseClick(widget.undo_button, Qt.MouseButton.LeftButton)
    assert diary.count() == 3
    assert not widget.undo_button.isVisible()
    assert widget.chosen_entry().note == "2 days ago"


def test_the_self_harm_question_can_be_hidden(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    entry_id = diary.add(Entry(at=NOW, self_harmed=True))
    widget = diary_widget(qtbot, diary, plan, show_self_harm=False)
    dialog = open_editor(qtbot, widget, 0)
    assert not dialog.self_harm_box.isVisible()
    assert not any(b.isVisible() for b in dialog.self_harm_group.buttons())
    dialog.before.setValue(5)
    save(qtbot, dialog)
    assert diary.get(entry_id).self_harmed is True  # hidden, but what was stored is kept


def test_the_self_harm_question_is_optional_and_kind(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    widget = diary_widget(qtbot, diary, plan)
    widget.add_entry()
    dialog = widget.entry_dialog
    assert dialog is not None
    assert dialog.self_harm_box.isVisible()
    assert dialog.self_harm_box.title() == "Did you hurt yourself? (You don't have to answer.)"
    assert dialog.self_harm_group.checkedButton().text() == "I'd rather not say"
    save(qtbot, dialog)
    assert diary.all_entries()[0].self_harmed is None
    dialog = open_editor(qtbot, widget, 0)
    dialog.self_harm_group.button(1).setChecked(True)
    save(qtbot, dialog)
    assert diary.all_entries()[0].self_harmed is False


def test_the_diary_model_reads_20000_entries_lazily(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    start = NOW - dt.timedelta(days=5 * 365)
    diary.replace_all(
        [
            Entry(at=start + dt.timedelta(hours=2 * n), urge_before=n % 11, note=f"entry {n}")
            for n in range(20_000)
        ]
    )
    widget = diary_widget(qtbot, diary, plan)
    model = widget.model
    assert model.rowCount() == 20_000
    assert model.index(0, Column.NOTE).data() == "entry 19999"  # newest first
    widget.table.scrollToBottom()
    qtbot.waitUntil(lambda: widget.table.rowAt(widget.table.viewport().height() - 2) > 19_900)
    assert model.index(19_999, Column.NOTE).data() == "entry 0"
    assert model.index(19_999, Column.BEFORE).data() == "0"
    for row in range(0, 20_000, 500):  # jumping through the whole diary keeps few pages
        model.entry_at(row)
    assert len(model._pages) <= CACHED_PAGES
    widget.table.selectRow(19_999)
    assert widget.chosen_entry().note == "entry 0"


# What helps


def helps_entries(diary: DiaryStore) -> None:
    moments = [NOW - dt.timedelta(days=d) for d in (1, 2, 3, 4, 200)]
    diary.replace_all(
        [
            Entry(at=moments[0], urge_before=8, urge_after=3, strategies=("Walk",), helped="yes"),
            Entry(at=moments[1], strategies=("walk",), helped="a_bit"),
            Entry(at=moments[2], strategies=("Call Sam",), helped="yes"),
            Entry(at=moments[3], strategies=(COPING[2],), helped="no"),
            Entry(at=moments[4], strategies=(COPING[2],), helped="yes"),
        ]
    )


def test_what_helps_shows_the_figures_as_chart_and_table(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    helps_entries(diary)
    widget = diary_widget(qtbot, diary, plan)
    widget.tabs.setCurrentWidget(widget.helps)
    helps = widget.helps
    table = helps.table
    assert helps.chosen_period().label() == "The last three months"
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(3)]
    assert rows[0] == ["Walk", "2", "1", "1", "0", "5 lower"]
    assert rows[1] == ["Call Sam", "1", "1", "0", "0", ""]
    assert rows[2] == [COPING[2], "1", "0", "0", "1", ""]
    description = helps.chart.accessibleDescription()
    assert "Walk. Times tried: 2. Yes, it helped: 1. It helped a bit: 1." in description
    assert "5 lower afterwards, on average" in description
    assert helps.chart.accessibleName() == "Chart of what helps"
    assert helps.chart.bar_label(helps.figures[0]) == "Helped: 2 of 2"
    helps.period.setCurrentIndex(3)  # all time: the older entry counts too
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert names == ["Walk", COPING[2], "Call Sam"]  # helped as often as Call Sam, tried more
    assert table.item(1, 1).text() == "2"


def test_what_helps_with_nothing_to_show(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    widget = diary_widget(qtbot, diary, plan)
    widget.tabs.setCurrentWidget(widget.helps)
    assert "Nothing noted for this time yet" in widget.helps.summary.text()
    assert not widget.helps.chart.isVisible()
    assert not widget.helps.move_button.isVisible()


def test_moving_a_strategy_to_the_top_of_the_plan(
    qtbot, diary: DiaryStore, plan: PlanStore
) -> None:
    helps_entries(diary)
    widget = diary_widget(qtbot, diary, plan)
    widget.tabs.setCurrentWidget(widget.helps)
    helps = widget.helps
    assert not helps.move_button.isEnabled()
    helps.table.setFocus()
    helps.table.selectRow(2)
    assert helps.move_button.isEnabled()
    with qtbot.waitSignal(widget.plan_changed):
        qtbot.mouseClick(helps.move_button, Qt.MouseButton.LeftButton)
    assert coping_texts(plan) == [COPING[2], COPING[0], COPING[1]]
    assert helps.done_label.text() == f"“{COPING[2]}” is now at the top of your plan."
    helps.table.selectRow(0)  # "Walk" isn't in the plan yet: it is added at the top
    with qtbot.waitSignal(widget.plan_changed):
        helps.move_chosen_to_top()
    assert coping_texts(plan) == ["Walk", COPING[2], COPING[0], COPING[1]]


def test_changing_the_diary_updates_what_helps(qtbot, diary: DiaryStore, plan: PlanStore) -> None:
    widget = diary_widget(qtbot, diary, plan)
    widget.add_entry()
    dialog = widget.entry_dialog
    assert dialog is not None
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600))
    qtbot.keyClicks(dialog.new_strategy, "Draw")
    dialog.helped_group.button(1).setChecked(True)
    save(qtbot, dialog)
    widget.helps.period.setCurrentIndex(3)
    assert [f.strategy for f in widget.helps.figures] == ["Draw"]
