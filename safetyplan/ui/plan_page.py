"""What the window shows once unlocked: the plan, and "What works for me".

Everything that holds plan content hangs off this page, so locking can drop it all by deleting
the page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from safetyplan.crisis_lines import load_region
from safetyplan.diary import DiaryStore, helped_counts
from safetyplan.settings import Preferences
from safetyplan.store import PlanStore
from safetyplan.ui.diary_view import DiaryWidget
from safetyplan.ui.plan_editor import PlanEditor
from safetyplan.ui.print_dialog import ShareDialog
from safetyplan.ui.right_now import RightNowDialog
from safetyplan.vault import Vault


class PlanPage(QWidget):
    library_requested = Signal(str)
    help_requested = Signal()

    def __init__(self, vault: Vault, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = PlanStore(vault.db)
        self.diary = DiaryStore(vault.db)
        self.preferences = preferences
        self.crisis_lines = load_region(preferences.region)
        self.undo_stack = QUndoStack(self)
        self.editor = PlanEditor(self.store, self.undo_stack, self.crisis_lines, self)
        self.diary_view = DiaryWidget(self.diary, self.store, preferences, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, self.tr("My plan"))
        self.tabs.addTab(self.diary_view, self.tr("What works for me"))
        self.tabs.setAccessibleName(self.tr("Your plan and what works for you"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._connect()
        self._refresh_helped_counts()
        self.setFocusProxy(self.editor)

    def _connect(self) -> None:
        self.editor.library_requested.connect(self.library_requested)
        self.diary_view.plan_changed.connect(self.editor.reload)
        self.diary_view.entries_changed.connect(self._entries_changed)

    def _entries_changed(self) -> None:
        self._refresh_helped_counts()

    def _refresh_helped_counts(self) -> None:
        self.editor.set_helped_counts(helped_counts(self.diary))

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.diary_view.set_show_self_harm_question(preferences.show_self_harm_question)

    def flush(self) -> None:
        """Write anything still waiting to be saved (typing not yet committed)."""
        self.editor.flush()

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def show_right_now(self) -> None:
        dialog = RightNowDialog(self.diary, self.store, self)
        dialog.entry_saved.connect(lambda _id: self._entries_changed())
        dialog.entry_saved.connect(lambda _id: self.diary_view.reload())
        dialog.open()

    def show_share(self) -> None:
        self.flush()
        dialog = ShareDialog(self.store.load(), self.crisis_lines, self, self._picture_bytes)
        dialog.open()

    def _picture_bytes(self, picture_id: int) -> bytes | None:
        picture = self.store.picture(picture_id)
        return picture.data if picture else None
