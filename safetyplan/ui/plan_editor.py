"""The plan editor: what the window shows once the plan is unlocked.

On the left, the sections (grouped as in the printed plan, with how many entries each has); on
the right, the chosen section. Every change is an undoable command that writes to the vault at
once (typing: after a short pause), and the person sees "Saving…" then "Saved".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from safetyplan.plan import SECTIONS, SECTIONS_BY_KEY
from safetyplan.store import PlanStore
from safetyplan.ui.clipboard import DEFAULT_CLEAR_AFTER_MS, NumberCopier
from safetyplan.ui.common import clear_error, error_label, show_error
from safetyplan.ui.plan_details_page import DetailsPage
from safetyplan.ui.plan_document import DEFAULT_SAVE_DELAY_MS, PlanDocument, read_failed_message
from safetyplan.ui.plan_navigation import SectionNavigation
from safetyplan.ui.plan_section_page import INJURY_PAGE_ID, SectionPage
from safetyplan.ui.plan_widgets import apply_font_scales
from safetyplan.ui.undo_commands import DETAILS_PAGE, PlanCommand

# A comfortable reading width, in characters, so it grows with the text size.
PAGE_WIDTH_IN_CHARACTERS = 80

__all__ = ["DETAILS_PAGE", "INJURY_PAGE_ID", "PlanEditor"]


class PlanEditor(QWidget):
    saved = Signal()  # after each change has been written to the vault
    save_failed = Signal(str)  # a plain-language message
    library_requested = Signal(str)  # a library page id

    def __init__(
        self,
        store: PlanStore,
        undo_stack: QUndoStack,
        crisis_lines: Sequence[Any] = (),
        parent: QWidget | None = None,
        *,
        save_delay_ms: int = DEFAULT_SAVE_DELAY_MS,
        clipboard_clear_ms: int = DEFAULT_CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.document = PlanDocument(store, save_delay_ms, self)
        self.copier = NumberCopier(clipboard_clear_ms, self)
        self.navigation = SectionNavigation(self.document, self)
        self.stack = QStackedWidget(self)
        self._crisis_lines = crisis_lines
        self.pages = LazyPages((*(spec.key for spec in SECTIONS), DETAILS_PAGE), self._make_page)
        self._scrolls: dict[str, QScrollArea] = {}
        self.save_status = QLabel(self)
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.problem = error_label(self)
        self._stack_index = undo_stack.index()
        self._build()
        self._connect()
        self.show_section(SECTIONS[0].key)

    # Building
    def _make_page(self, key: str) -> Page:
        page: Page
        if key == DETAILS_PAGE:
            page = DetailsPage(self.document, self.undo_stack, self)
        else:
            spec = SECTIONS_BY_KEY[key]
            page = SectionPage(
                spec, self.document, self.undo_stack, self.copier, self._crisis_lines, self
            )
            page.library_requested.connect(self.library_requested)
        page.setMaximumWidth(self._page_width())
        self._add_page(key, page)
        return page

    def _add_page(self, key: str, page: Page) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        holder = QWidget(scroll)
        row = QHBoxLayout(holder)
        row.addWidget(page, 1)
        row.addStretch(0)
        scroll.setWidget(holder)
        self._scrolls[key] = scroll
        self.stack.addWidget(scroll)

    def _build(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.problem)
        column.addWidget(self.stack, 1)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.save_status)
        column.addLayout(status_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._fit_page_widths()

    def _connect(self) -> None:
        self.navigation.section_chosen.connect(self._show_page)
        self.document.saving_changed.connect(self._saving_changed)
        self.document.saved.connect(self._saved)
        self.document.save_failed.connect(self._failed)
        self.document.diverged.connect(self._read_again_soon)
        self.undo_stack.indexChanged.connect(self._stack_changed)
        switch = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        switch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        switch.activated.connect(self._switch_pane)

    # The contract with the window
    def reload(self) -> None:
        """Read everything again from the store (after an import, or a change made elsewhere).

        The undo history is cleared: it may refer to entries that are no longer there.
        """
        self.undo_stack.clear()
        if not self.document.reload():
            self._failed(read_failed_message())

    def set_helped_counts(self, counts: Mapping[str, int]) -> None:
        """Strategy text -> how many times it helped, shown with matching coping strategies."""
        self.document.model("coping_alone").set_helped_counts(counts)

    def show_section(self, key: str) -> None:
        """Show a section (a key from ``safetyplan.plan.SECTION_KEYS``, or ``DETAILS_PAGE``)."""
        if key not in self.pages:
            raise KeyError(key)
        self.navigation.set_current(key)
        self._show_page(key)

    def current_section(self) -> str:
        """The key of the page being shown."""
        current = self.stack.currentWidget()
        return next(key for key, scroll in self._scrolls.items() if scroll is current)

    def flush(self) -> None:
        """Write anything still waiting (typing in its pause) now."""
        self.document.flush()

    def is_saving(self) -> bool:
        return self.document.is_saving()

    # Pages
    def _show_page(self, key: str) -> None:
        self.pages[key]  # builds it the first time
        self.stack.setCurrentWidget(self._scrolls[key])

    def _switch_pane(self) -> None:
        if self.navigation.hasFocus():
            page = self.pages[self.current_section()]
            page.first_focus().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _stack_changed(self, index: int) -> None:
        """After an undo or redo, show where it happened (it may be in another section)."""
        if not Shiboken.isValid(self.undo_stack):
            return  # the stack clears itself as it is destroyed: nothing left to show
        previous, self._stack_index = self._stack_index, index
        if self.undo_stack.count() == 0:
            # No history left to bring back a picture that was taken off: let it go.
            self.document.remove_unused_pictures()
            return
        if index == previous:
            return
        command = self.undo_stack.command(min(index, previous))
        if isinstance(command, PlanCommand):
            self._reveal(command)

    def _reveal(self, command: PlanCommand) -> None:
        page = self.pages[command.section]
        if command.section != self.current_section():
            self.show_section(command.section)
            focus = QApplication.focusWidget()
            if focus is None or not focus.isVisible():
                page.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(page, SectionPage) and command.item_id is not None:
            page.select_item(command.item_id)

    # Saving
    def _saving_changed(self, saving: bool) -> None:
        if saving:
            self.save_status.setText(self.tr("Saving…"))

    def _saved(self) -> None:
        if not self.document.is_saving():
            self.save_status.setText(self.tr("Saved"))
            clear_error(self.problem)
            self.saved.emit()

    def _failed(self, message: str) -> None:
        self.save_status.setText(self.tr("Not saved"))
        show_error(self.problem, message)
        self.save_failed.emit(message)

    def _read_again_soon(self) -> None:
        QTimer.singleShot(0, self, self._read_again)  # not while the undo stack is pushing

    def _read_again(self) -> None:
        """What is shown got ahead of what is saved: show the saved plan, with a fresh history."""
        self.undo_stack.clear()
        self.document.reload()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The window focusing the plan lands on the list of sections.

        Not a focus proxy: in Qt 6 a proxy that comes before its widget in the Tab order keeps
        Tab going round inside the editor, never reaching the toolbar.
        """
        super().focusInEvent(event)
        self.navigation.setFocus(event.reason())

    # Text size
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            apply_font_scales(self)
            self._fit_page_widths()

    def _fit_page_widths(self) -> None:
        for page in self.pages.built.values():
            page.setMaximumWidth(self._page_width())

    def _page_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * PAGE_WIDTH_IN_CHARACTERS


Page = SectionPage | DetailsPage


class LazyPages(Mapping[str, Page]):
    """The editor's pages by key, each built the first time it is asked for.

    Building all fifteen at once held up showing the plan after unlocking.
    """

    def __init__(self, keys: Sequence[str], build: Callable[[str], Page]) -> None:
        self._keys = tuple(keys)
        self._build = build
        self.built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        if key not in self._keys:
            raise KeyError(key)
        if key not in self.built:
            self.built[key] = self._build(key)
        return self.built[key]

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
