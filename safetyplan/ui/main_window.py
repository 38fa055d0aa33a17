"""The window: first-run set-up, unlocking, the plan, locking and quick hide.

The lock sequence (after KeePassXC's): close every dialog that may show the plan, save what is
pending, forget the undo history, destroy every widget that holds plan content, close the vault
(which overwrites the key in memory), then show the unlock screen.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from safetyplan import paths
from safetyplan.errors import CannotWriteFile, DatabaseDamaged, SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.settings import Preferences
from safetyplan.sql import DatabaseError
from safetyplan.translations import LANGUAGE_NAMES, install_core_translator
from safetyplan.ui import appearance
from safetyplan.ui.clipboard import NumberCopier
from safetyplan.ui.common import (
    documents_folder,
    fit_to_screen,
    forget_folders,
    private_file_dialog,
)
from safetyplan.ui.help_windows import HelpWindows
from safetyplan.ui.idle import IdleWatcher
from safetyplan.ui.passphrase_widgets import ChangePassphraseDialog
from safetyplan.ui.settings_dialog import SettingsDialog
from safetyplan.ui.setup_pages import CreatePassphrasePage, RecoveryKeyPage, WelcomePage
from safetyplan.ui.tasks import Task
from safetyplan.ui.unlock_page import RecoverPage, UnlockPage

# The library's id for "When to get emergency help", always one click away. (Not imported
# from safetyplan.library, which is loaded only when the library is first opened.)
EMERGENCY_PAGE_ID = "emergency-help"

if TYPE_CHECKING:
    from safetyplan.crypto import Argon2Params
    from safetyplan.ui.plan_page import PlanPage
    from safetyplan.vault import NewKeys, Vault

# The vault (with its crypto libraries) and the plan's screens (with ReportLab, for printing)
# take a while to import. They are imported on a worker thread once the unlock window is up,
# while the person types, so the window comes up sooner; code that needs them imports them
# where it is used (at once if the warm-up is done, or it waits for it).
WARM_UP_AFTER_MS = 200
WARM_UP_MODULES = ("safetyplan.vault", "safetyplan.ui.plan_page")
QUICK_HIDE_SHORTCUTS = ("Ctrl+H", "F12")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "MainWindow", "Something unexpected went wrong. Nothing has been changed. Please try again."
)


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "the window needs a running QApplication"
    return app


def _spacer(parent: QWidget) -> QWidget:
    """An empty widget that pushes what follows it to the far end of a toolbar."""
    spacer = QWidget(parent)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return spacer


def message_for(error: object) -> str:
    """A plain message for any failure; never a traceback, never the person's words."""
    if isinstance(error, SafetyPlanError):
        return error.message()
    return translate("MainWindow", UNEXPECTED)


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        vault_dir: Path,
        preferences: Preferences | None = None,
        kdf_params: Argon2Params | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.preferences = preferences or Preferences.load()
        self._kdf_params = kdf_params  # None: calibrate on this machine (tests pass quick ones)
        self.vault: Vault | None = None
        self.plan_page: PlanPage | None = None
        self._tasks: list[Task] = []
        self._session = 0  # moves on at every lock: work started before it is dropped
        self.help_windows = HelpWindows(self, self.preferences, vault_dir)
        self._build_pages()
        self._build_toolbar()
        self.idle = IdleWatcher(self.preferences.idle_minutes * 60, clock, self)
        self.idle.idle.connect(self.lock)
        _application().installEventFilter(self.idle)
        self.apply_discreet_mode()
        fit_to_screen(self, 960, 720)
        self._show_start_page()
        # After the window has been drawn, so the warm-up doesn't hold up its first paint.
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)

    # Building
    def _build_pages(self) -> None:
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage(self)
        self.create_page = CreatePassphrasePage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.unlock_page = UnlockPage(self)
        self.recover_page = RecoverPage(self)
        for page in (
            self.welcome,
            self.create_page,
            self.recovery_page,
            self.unlock_page,
            self.recover_page,
        ):
            self.stack.addWidget(page)
        self.welcome.start.connect(lambda: self._show(self.create_page))
        self.welcome.help_requested.connect(self.show_help)
        self.create_page.back.connect(lambda: self._show(self.welcome))
        self.create_page.chosen.connect(self._create_vault)
        self.recovery_page.done.connect(self._open_plan_page)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.help_requested.connect(self.show_help)
        self.unlock_page.library_requested.connect(lambda: self.show_library())
        self.unlock_page.forgot.connect(lambda: self._show(self.recover_page))
        self.recover_page.back.connect(lambda: self._show(self.unlock_page))
        self.recover_page.recover_requested.connect(self._recover)

    def _action(
        self, text: str, slot: Callable[[], Any], shortcuts: tuple[str, ...] = ()
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            shown = QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({shown})")
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        """Two rows, so nothing is pushed out of sight when the text is large: first the ways
        out and to help (Hide now first, where it never moves into the overflow menu), then,
        once the plan is open, what works on the plan."""
        self.toolbar = self._toolbar(self.tr("Main actions"))
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.plan_toolbar = self._toolbar(self.tr("Plan actions"))
        self.help_action = self._action(self.tr("Get help now"), self.show_help, ("F1",))
        self.emergency_action = self._action(
            self.tr("Emergency help"), lambda: self.show_library(EMERGENCY_PAGE_ID), ("Ctrl+E",)
        )
        self.library_action = self._action(
            self.tr("Information"), lambda: self.show_library(), ("Ctrl+I",)
        )
        self.plan_actions = self._plan_actions()
        self.lock_action = self._action(self.tr("&Lock"), self.lock, ("Ctrl+L",))
        self.hide_action = self._action(self.tr("&Hide now"), self.quick_hide, QUICK_HIDE_SHORTCUTS)
        for action in (self.hide_action, self.lock_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.help_action, self.emergency_action, self.library_action):
            self.toolbar.addAction(action)
        self.toolbar.addWidget(_spacer(self.toolbar))
        self.toolbar.addWidget(self._language_box())
        for action in self.plan_actions:
            self.plan_toolbar.addAction(action)
        for toolbar in (self.toolbar, self.plan_toolbar):
            for button in toolbar.findChildren(QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._set_plan_actions_enabled(False)

    def _toolbar(self, name: str) -> QToolBar:
        toolbar = QToolBar(name, self)
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        toolbar.toggleViewAction().setEnabled(False)  # the hide control can't be hidden
        toolbar.setAccessibleName(name)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _language_box(self) -> QComboBox:
        """Always there, from the first screen: each language named in itself."""
        box = QComboBox(self.toolbar)
        box.setAccessibleName(self.tr("Language"))
        box.setToolTip(self.tr("Language"))
        box.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(self.preferences.language)))
        box.activated.connect(
            lambda index: self.apply_preferences(
                replace(self.preferences, language=str(box.itemData(index)))
            )
        )
        self.language_box = box
        return box

    def _plan_actions(self) -> list[QAction]:
        """Actions that need an unlocked plan; the plan page does the work."""
        self.undo_action = self._action(self.tr("Undo"), lambda: self._page_call("undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("Redo"), lambda: self._page_call("redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.right_now_action = self._action(
            self.tr("&Right now"), lambda: self._page_call("show_right_now"), ("Ctrl+R",)
        )
        self.share_action = self._action(
            self.tr("&Print or share…"), lambda: self._page_call("show_share"), ("Ctrl+P",)
        )
        self.settings_action = self._action(self.tr("&Settings"), self.show_settings)
        return [
            self.undo_action,
            self.redo_action,
            self.right_now_action,
            self.share_action,
            self.settings_action,
        ]

    # Pages
    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def _show_start_page(self) -> None:
        self._show(self.unlock_page if paths.vault_exists(self.vault_dir) else self.welcome)

    def _run(
        self, work: Callable[[], Any], done: Callable[[Any], None], fail: Callable[[str], None]
    ) -> None:
        """Run ``work`` on a worker thread; the window stays responsive meanwhile.

        A result that arrives after a lock or quick hide is dropped: a key derived for an
        unlock the person then hid from must not open the plan behind their back.
        """
        session = self._session
        task = Task(work, self)
        task.succeeded.connect(lambda result: self._deliver(session, done, result))
        task.failed.connect(lambda error: self._deliver(session, fail, message_for(error)))
        task.finished.connect(lambda: self._forget_task(task))
        self._tasks.append(task)
        task.start()

    def _warm_up(self) -> None:
        task = Task(lambda: [importlib.import_module(name) for name in WARM_UP_MODULES], self)
        task.finished.connect(lambda: self._forget_task(task))
        self._tasks.append(task)
        task.start()

    def _deliver(self, session: int, callback: Callable[[Any], None], value: Any) -> None:
        if session == self._session:
            callback(value)

    def busy(self) -> bool:
        """Whether work is running on a worker thread (key derivation, warming up)."""
        return bool(self._tasks)

    def _forget_task(self, task: Task) -> None:
        self._tasks.remove(task)
        task.deleteLater()

    # Creating, unlocking, recovering (the slow parts run on a worker thread)
    def _create_vault(self, passphrase: str) -> None:
        params = self._kdf_params

        def work() -> NewKeys:
            from safetyplan.vault import prepare_keys

            return prepare_keys(passphrase, params)

        self._run(work, self._vault_keys_ready, self.create_page.failed)

    def _vault_keys_ready(self, keys: NewKeys) -> None:
        from safetyplan.vault import Vault

        try:
            self.vault = Vault.create_with_keys(self.vault_dir, keys)
        except Exception as error:  # a plain message, and the page ready to try again
            self.create_page.failed(message_for(error))
            return
        self.create_page.reset()
        self.recovery_page.show_key(keys.recovery_text)
        self._show(self.recovery_page)
        self.idle.start()

    def _unlock(self, passphrase: str) -> None:
        folder = self.vault_dir

        def work() -> bytes:
            from safetyplan.vault import unlock_data_key

            return unlock_data_key(folder, passphrase)

        self._run(work, self._key_ready, self.unlock_page.failed)

    def _key_ready(self, data_key: bytes) -> None:
        from safetyplan.vault import Vault

        try:
            # Every page is read just after the plan is shown (see _check_pages), not before:
            # with years of diary that takes a while, and the person is waiting.
            self.vault = Vault.open_with_key(self.vault_dir, data_key, check_now=False)
            self._open_plan_page()
        except Exception as error:  # a plain message; nothing of the plan stays on screen
            self._unlock_failed(error)
            return
        self.unlock_page.reset()
        QTimer.singleShot(0, self, self._check_pages)

    def _check_pages(self) -> None:
        if self.vault is None:
            return
        try:
            self.vault.check_pages()
        except SafetyPlanError as error:
            self._unlock_failed(error)

    def _unlock_failed(self, error: Exception) -> None:
        """Back to the unlock screen, saying why; nothing from the plan stays on screen."""
        self.lock()
        damaged = isinstance(error, DatabaseError)
        self.unlock_page.failed(message_for(DatabaseDamaged() if damaged else error))

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        folder, params = self.vault_dir, self._kdf_params

        def work() -> bytes:
            from safetyplan.vault import recover_data_key, set_passphrase

            data_key = recover_data_key(folder, recovery_key)
            set_passphrase(folder, data_key, new_passphrase, params)
            return data_key

        self._run(work, self._recovered, self.recover_page.failed)

    def _recovered(self, data_key: bytes) -> None:
        self.recover_page.reset()
        self._key_ready(data_key)

    def _open_plan_page(self) -> None:
        from safetyplan.ui.plan_page import PlanPage

        assert self.vault is not None
        # Made without a parent: if reading the plan fails half-way, nothing of it is kept.
        self.plan_page = PlanPage(self.vault, self.preferences)
        self.plan_page.library_requested.connect(self.show_library)
        self.plan_page.help_requested.connect(self.show_help)
        self.stack.addWidget(self.plan_page)
        self.undo_action.setEnabled(False)
        self.plan_page.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.plan_page.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._set_plan_actions_enabled(True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._show(self.plan_page)
        self.idle.limit_seconds = self.preferences.idle_minutes * 60
        self.idle.start()
        self.unlocked.emit()

    def _page_call(self, name: str) -> None:
        if self.plan_page is not None:
            getattr(self.plan_page, name)()

    def _set_plan_actions_enabled(self, enabled: bool) -> None:
        for action in (*self.plan_actions, self.lock_action):
            action.setEnabled(enabled)
            action.setVisible(enabled)
        self.plan_toolbar.setVisible(enabled)

    # Locking and hiding
    def is_unlocked(self) -> bool:
        return self.vault is not None

    def lock(self) -> None:
        """Drop every decrypted object and widget, close the vault, show the unlock screen.

        Also cancels, in effect, any unlock or set-up still running (see :meth:`_run`).
        """
        self._session += 1
        self.idle.stop()
        was_open = self.vault is not None
        try:
            self._close_dialogs()
            self._clear_clipboard()
            if self.plan_page is not None:
                self.plan_page.flush()
        finally:  # whatever failed above, nothing decrypted outlives the lock
            self._drop_plan()
        for page in (self.unlock_page, self.create_page, self.recover_page):
            page.reset()
        self.recovery_page.show_key("")
        self._show_start_page()
        if was_open:
            self.locked.emit()

    def _drop_plan(self) -> None:
        if self.plan_page is not None:
            self.plan_page.undo_stack.clear()
            self.stack.removeWidget(self.plan_page)
            self.plan_page.deleteLater()
            self.plan_page = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self._set_plan_actions_enabled(False)

    def _clear_clipboard(self) -> None:
        """Whatever this app put on the clipboard (or selected, on X11) leaves with the plan."""
        for copier in self.findChildren(NumberCopier):
            copier.clear()
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _close_dialogs(self) -> None:
        """Close every dialog that may show the plan (help and library hold nothing personal)."""
        for dialog in self.findChildren(QDialog):
            if not dialog.property("holdsNothingPersonal"):
                dialog.reject()
                dialog.deleteLater()

    def quick_hide(self) -> None:
        """Lock at once and get the window out of sight."""
        self.lock()
        self.showMinimized()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self._wipe_typed_secrets()
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._wipe_typed_secrets()
        super().hideEvent(event)

    def _wipe_typed_secrets(self) -> None:
        if not self._tasks:  # a page waiting on its worker keeps its busy state
            for page in (self.unlock_page, self.create_page, self.recover_page):
                page.reset()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        _application().removeEventFilter(self.idle)
        for task in list(self._tasks):
            task.wait()
        super().closeEvent(event)

    # Other windows
    def show_help(self) -> None:
        self.help_windows.show_help()

    def show_library(self, page_id: str = "") -> None:
        self.help_windows.show_library(page_id)

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.preferences, self)
        dialog.change_passphrase_requested.connect(lambda: self.show_change_passphrase(dialog))
        dialog.export_requested.connect(lambda: self.export_plan(dialog))
        dialog.import_requested.connect(lambda: self.import_plan(dialog))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.preferences())

    def show_change_passphrase(self, parent: QWidget | None = None) -> ChangePassphraseDialog:
        """Check the passphrase in use, then wrap the key under a new one (off the UI thread)."""
        dialog = ChangePassphraseDialog(parent or self)
        folder, params = self.vault_dir, self._kdf_params

        def change(current: str, new: str) -> None:
            def work() -> None:
                from safetyplan.vault import set_passphrase, unlock_data_key

                set_passphrase(folder, unlock_data_key(folder, current), new, params)

            self._run(work, lambda _done: dialog.succeeded(), dialog.failed)

        dialog.change_requested.connect(change)
        dialog.open()
        return dialog

    # The plan as a file (the format in docs/file-format.md), from Settings
    def export_plan(self, parent: QWidget | None = None) -> None:
        """Say plainly that the copy is not encrypted, ask where to put it, then save it."""
        parent = parent or self
        warned = self._confirm(
            parent,
            self.tr("Before you save a copy"),
            self.tr(
                "The copy is not encrypted. Anyone who opens the file can read everything in "
                "your plan and your diary."
            ),
            self.tr("Keep it somewhere private, and delete it when you no longer need it."),
            QMessageBox.StandardButton.Save,
        )
        if not warned or not self.is_unlocked():  # the idle lock may have come meanwhile
            return
        path = self._choose_plan_file(parent, saving=True)
        if path is not None and self.is_unlocked():
            self.export_plan_to(path, parent)

    def export_plan_to(self, path: Path, parent: QWidget | None = None) -> bool:
        """Save everything in the plan and the diary to ``path``; say plainly how it went."""
        from safetyplan.atomic import write_bytes_atomically
        from safetyplan.plan_json import export_from_db

        assert self.vault is not None and self.plan_page is not None
        self.plan_page.flush()  # what is being typed goes in the copy too
        try:
            write_bytes_atomically(path, export_from_db(self.vault.db))
        except CannotWriteFile as error:
            self._tell(parent or self, self.tr("The copy wasn't saved"), error.message())
            return False
        self._tell(parent or self, self.tr("Copy saved"), self.tr("A copy of your plan is saved."))
        return True

    def import_plan(self, parent: QWidget | None = None) -> None:
        """Say plainly that the plan will be replaced, ask for the file, then replace it."""
        parent = parent or self
        warned = self._confirm(
            parent,
            self.tr("Before you replace your plan"),
            self.tr(
                "Everything in your plan and your diary will be replaced by what is in the file. "
                "This can't be undone."
            ),
            self.tr("If you may want your plan as it is now, save a copy of it first."),
            QMessageBox.StandardButton.Yes,
            self.tr("&Replace my plan"),
        )
        if not warned or not self.is_unlocked():
            return
        path = self._choose_plan_file(parent, saving=False)
        if path is not None and self.is_unlocked():
            self.import_plan_from(path, parent)

    def import_plan_from(self, path: Path, parent: QWidget | None = None) -> bool:
        """Replace the plan (and the diary, if the file has one) with the file at ``path``.

        The whole file is checked first: if anything in it is wrong, nothing is changed.
        """
        from safetyplan.plan_json import import_into, read_plan_file

        assert self.vault is not None and self.plan_page is not None
        title = self.tr("Replace my plan")
        self.plan_page.flush()
        try:
            parsed = read_plan_file(path)
            import_into(self.vault.db, parsed)
        except (SafetyPlanError, DatabaseError) as error:  # nothing was changed
            self._tell(parent or self, title, message_for(error))
            return False
        self.plan_page.reload()
        done = self.tr("Your plan has been replaced with the one in the file.")
        if parsed.log is None:
            done += " " + self.tr("The file has no diary, so your diary is as it was.")
        self._tell(parent or self, title, done)
        return True

    def _confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        details: str,
        go_on: QMessageBox.StandardButton,
        go_on_text: str = "",
    ) -> bool:
        """A warning with a button to go on (named ``go_on_text`` if given) and Cancel, which
        Enter and Escape press: going on takes a deliberate choice."""
        box = self._message(parent, title, text, QMessageBox.Icon.Warning)
        box.setInformativeText(details)
        box.setStandardButtons(go_on | QMessageBox.StandardButton.Cancel)
        if go_on_text:
            box.button(go_on).setText(go_on_text)
            box.button(go_on).setAccessibleName(go_on_text.replace("&", ""))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == go_on

    def _tell(self, parent: QWidget, title: str, text: str) -> None:
        self._message(parent, title, text, QMessageBox.Icon.Information).exec()

    def _message(
        self, parent: QWidget, title: str, text: str, icon: QMessageBox.Icon
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _choose_plan_file(self, parent: QWidget, saving: bool) -> Path | None:
        folder = documents_folder()
        title = self.tr("Save a copy of my plan") if saving else self.tr("Replace my plan")
        dialog = private_file_dialog(parent, title, folder)
        dialog.setNameFilter(self.tr("Plan files (*.json)"))
        if saving:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("json")
            # A name that says nothing, in discreet mode, for anyone who sees the folder.
            named = self.tr("notes.json") if self.preferences.discreet else self.tr("my-plan.json")
            dialog.selectFile(named)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            files = dialog.selectedFiles()
        finally:
            forget_folders(dialog, folder)
        return Path(files[0]) if accepted and files else None

    def apply_preferences(self, preferences: Preferences) -> None:
        """Save and use new preferences; a new language rebuilds every screen in it."""
        language_changed = preferences.language != self.preferences.language
        self.preferences = preferences
        preferences.save()
        appearance.apply(preferences)
        self.idle.limit_seconds = preferences.idle_minutes * 60
        if language_changed:
            install_core_translator(preferences.language)
            self.rebuild()
        else:
            self.help_windows.preferences = preferences
            if self.plan_page is not None:
                self.plan_page.apply_preferences(preferences)
        self.apply_discreet_mode()

    def rebuild(self) -> None:
        """Build every screen again, keeping the vault open: everything typed is saved first.

        Used when the language changes. The undo history starts afresh.
        """
        if self.plan_page is not None:
            self.plan_page.flush()
            self.plan_page.undo_stack.clear()
            self.plan_page = None  # deleted with the old stack below
        for dialog in self.findChildren(QDialog):
            dialog.close()
            dialog.deleteLater()
        self.removeToolBarBreak(self.plan_toolbar)
        for toolbar in (self.toolbar, self.plan_toolbar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.help_windows = HelpWindows(self, self.preferences, self.vault_dir)
        self._build_pages()  # replaces (and deletes) the old central widget
        self._build_toolbar()
        if self.vault is not None:
            self._open_plan_page()
        else:
            self._show_start_page()

    def apply_discreet_mode(self) -> None:
        """A neutral title and icon in discreet mode. The title never holds plan content."""
        if self.preferences.discreet:
            self.setWindowTitle(self.tr("Notes"))
            self.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "neutral.svg")))
        else:
            self.setWindowTitle(self.tr("SafetyPlan"))
            self.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "safetyplan.svg")))
