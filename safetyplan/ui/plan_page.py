"""What the window shows once unlocked: the plan, and "What works for me".

Everything that holds plan content hangs off this page, so locking can drop it all by deleting
the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from safetyplan.crisis_lines import CrisisLine, CrisisLinesError, load_region, preferred_region
from safetyplan.diary import DiaryStore, Period, figures_as_rows, helped_counts, what_helps
from safetyplan.export_pdf import WhatHelpsRow
from safetyplan.settings import Preferences
from safetyplan.store import PlanStore
from safetyplan.ui.diary_view import DiaryWidget
from safetyplan.ui.plan_editor import PlanEditor
from safetyplan.ui.print_dialog import ShareDialog
from safetyplan.ui.right_now import RightNowDialog
from safetyplan.vault import Vault

DIARY_TAB = 1


def crisis_lines_to_offer(region: str) -> list[CrisisLine]:
    """The crisis lines the plan offers ready-made; none, rather than no plan, if the saved
    country is unknown or its file can't be read ("Get help now" says what is wrong)."""
    try:
        return load_region(preferred_region(region))
    except CrisisLinesError:
        return []


class PlanPage(QWidget):
    library_requested = Signal(str)
    help_requested = Signal()

    def __init__(self, vault: Vault, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = PlanStore(vault.db)
        self.diary = DiaryStore(vault.db)
        self.preferences = preferences
        self.crisis_lines = crisis_lines_to_offer(preferences.region)
        self.undo_stack = QUndoStack(self)
        self.editor = PlanEditor(self.store, self.undo_stack, self.crisis_lines, self)
        self._diary_view: DiaryWidget | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, self.tr("My plan"))
        self.tabs.addTab(QWidget(self), self.tr("What works for me"))  # built when first opened
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setAccessibleName(self.tr("Your plan and what works for you"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._connect()
        self._refresh_helped_counts()
        self.setFocusProxy(self.editor)

    def _connect(self) -> None:
        self.editor.library_requested.connect(self.library_requested)

    @property
    def diary_view(self) -> DiaryWidget:
        """The diary and its figures, built the first time they are needed.

        Building them at unlock would keep the person waiting longer for their plan.
        """
        if self._diary_view is None:
            return self._build_diary_view()
        return self._diary_view

    def _build_diary_view(self) -> DiaryWidget:
        """Put a new diary view in its tab, in place of what was there."""
        # Kept before the tab changes, which ask for it.
        view = self._diary_view = DiaryWidget(self.diary, self.store, self.preferences, self)
        view.plan_changed.connect(self.editor.reload)
        view.entries_changed.connect(self._entries_changed)
        view.print_requested.connect(self.show_what_helps_print)
        current, old = self.tabs.currentIndex(), self.tabs.widget(DIARY_TAB)
        self.tabs.removeTab(DIARY_TAB)
        self.tabs.insertTab(DIARY_TAB, view, self.tr("What works for me"))
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()
        return view

    def _tab_changed(self, index: int) -> None:
        if index == DIARY_TAB:
            self.diary_view.setFocus()

    def _entries_changed(self) -> None:
        self._refresh_helped_counts()

    def _refresh_helped_counts(self) -> None:
        self.editor.set_helped_counts(helped_counts(self.diary))

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        if self._diary_view is not None:
            self._diary_view.set_show_self_harm_question(preferences.show_self_harm_question)

    def flush(self) -> None:
        """Write anything still waiting to be saved (typing not yet committed)."""
        self.editor.flush()

    def reload(self) -> None:
        """Show the plan and the diary as stored now (after the whole plan was replaced).

        The undo history is cleared: it may refer to entries that are no longer there.
        """
        self.editor.reload()
        if self._diary_view is not None:
            # Built afresh in its place, so nothing of the old diary stays (such as the Undo
            # offered for an entry just removed, which would bring it back into the new one).
            self._build_diary_view()
        self._refresh_helped_counts()

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def show_right_now(self) -> None:
        dialog = RightNowDialog(self.diary, self.store, self)
        dialog.entry_saved.connect(lambda _id: self._entries_changed())
        dialog.entry_saved.connect(self._reload_diary)
        dialog.open()

    def _reload_diary(self, _entry_id: int = 0) -> None:
        if self._diary_view is not None:
            self._diary_view.reload()

    def show_share(self) -> None:
        self._share_dialog().open()

    def show_what_helps_print(self, period: Period) -> None:
        """The print dialog with the "What works for me" page over ``period`` chosen."""
        dialog = self._share_dialog()
        dialog.choose_what_helps(period)
        dialog.open()

    def _share_dialog(self) -> ShareDialog:
        self.flush()
        return ShareDialog(
            self.store.load(),
            self.crisis_lines,
            self,
            self._picture_bytes,
            what_helps=self._what_helps_rows,
        )

    def _what_helps_rows(self, period: Period) -> Sequence[WhatHelpsRow]:
        return figures_as_rows(what_helps(self.diary, period))

    def _picture_bytes(self, picture_id: int) -> bytes | None:
        picture = self.store.picture(picture_id)
        return picture.data if picture else None
