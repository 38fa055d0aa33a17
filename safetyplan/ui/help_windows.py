"""Opening "Get help now" and the information library: both work with the plan locked.

One window of each is kept per main window, so pressing the button again brings it forward
instead of stacking copies. Their modules are imported when first opened, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from safetyplan.settings import Preferences
from safetyplan.translations import effective_language

if TYPE_CHECKING:
    from safetyplan.ui.get_help import GetHelpDialog
    from safetyplan.ui.library_view import LibraryDialog


class HelpWindows:
    def __init__(self, parent: QWidget, preferences: Preferences, vault_dir: Path) -> None:
        self._parent = parent
        self.preferences = preferences
        self._vault_dir = vault_dir
        self.help_dialog: GetHelpDialog | None = None
        self.library_dialog: LibraryDialog | None = None

    def show_help(self) -> None:
        if self.help_dialog is None:
            from safetyplan.ui.get_help import GetHelpDialog

            self.help_dialog = GetHelpDialog(
                self._parent, region=self.preferences.region, open_page=self.show_library
            )
            self.help_dialog.regionChanged.connect(self._region_changed)
        _bring_forward(self.help_dialog)

    def show_library(self, page_id: str = "") -> None:
        if self.library_dialog is None:
            from safetyplan.ui.library_view import LibraryDialog

            self.library_dialog = LibraryDialog(
                self._parent,
                language=effective_language(self.preferences.language),
                region=self.preferences.region,
                vault_dir=self._vault_dir,
                high_contrast=self.preferences.high_contrast,
            )
        if page_id:
            self.library_dialog.library_widget.show_page(page_id)
        else:
            self.library_dialog.library_widget.show_contents()
        _bring_forward(self.library_dialog)

    def _region_changed(self, region: str) -> None:
        # The dialog saved the choice; keep the copy in memory the same so it isn't undone.
        self.preferences.region = region


def _bring_forward(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
