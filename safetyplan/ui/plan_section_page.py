"""One section of the plan: its title and prompt, its entries, and ways to add to them."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safetyplan.i18n import translate
from safetyplan.library import EMERGENCY_PAGE_ID
from safetyplan.plan import CONTEXT, SectionSpec
from safetyplan.ui.clipboard import NumberCopier
from safetyplan.ui.common import forget_folders, private_file_dialog
from safetyplan.ui.plan_document import ITEM_ID_ROLE, PlanDocument, empty_item_data
from safetyplan.ui.plan_item_editor import ItemEditor
from safetyplan.ui.plan_list_view import ItemListView
from safetyplan.ui.plan_pictures import PICTURE_PATTERNS, PictureProblem, picture_from_file
from safetyplan.ui.plan_widgets import WrappingButton, heading_label, wrapped_label
from safetyplan.ui.undo_commands import AddItemCommand, MoveItemCommand, RemoveItemCommand

# The information library's page on looking after an injury (resources/library/*/).
INJURY_PAGE_ID = "cuts-and-grazes"


class SectionPage(QWidget):
    library_requested = Signal(str)

    def __init__(
        self,
        spec: SectionSpec,
        document: PlanDocument,
        undo_stack: QUndoStack,
        copier: NumberCopier,
        crisis_lines: Sequence[Any] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.document = document
        self.model = document.model(spec.key)
        self.undo_stack = undo_stack
        self.crisis_lines = list(crisis_lines) if spec.key == "professional_help" else []
        self.extra_buttons: list[QPushButton] = []
        self.crisis_buttons: list[tuple[Any, QPushButton]] = []
        self.setAccessibleName(spec.translated_title())
        self.list = ItemListView(spec, self)
        self.list.setModel(self.model)
        self.editor = ItemEditor(spec, document, undo_stack, copier, self)
        self.picture_problem = wrapped_label("", self)
        self._build()
        self._connect()
        self._current_changed()

    # Building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading_label(self.spec.translated_title(), self))
        prompt = wrapped_label(self.spec.translated_prompt(), self)
        layout.addWidget(prompt)
        layout.addLayout(self._list_row())
        self.removed_note = QLabel(self)
        self.removed_note.setTextFormat(Qt.TextFormat.RichText)
        self.removed_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.removed_note.setWordWrap(True)
        self.removed_note.hide()
        layout.addWidget(self.removed_note)
        layout.addWidget(self.editor)
        self.picture_problem.hide()
        layout.addWidget(self.picture_problem)
        for extra in (self._examples(), self._crisis_line_buttons(), self._library_links()):
            if extra is not None:
                layout.addWidget(extra)
        layout.addStretch(1)
        self._set_tab_order()

    def _list_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.list.setAccessibleName(
            self.tr("Your entries: {section}").format(section=self.spec.translated_title())
        )
        self.list.setAccessibleDescription(
            self.tr(
                "Use the arrow keys to choose an entry. Enter to change it, Delete to remove "
                "it, Alt+Up and Alt+Down to move it."
            )
        )
        self.list.placeholder = (
            self.tr("Nothing here yet. Choose Add to write your own, or start from an example.")
            if self.spec.examples
            else self.tr("Nothing here yet. Choose Add to write your own.")
        )
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = self._button(
            self.tr("&Add"), self.tr("Add an entry"), lambda: self.add_entry()
        )
        self.up_button = self._button(
            self.tr("Move &up"), self.tr("Move up"), lambda: self.move_entry(-1)
        )
        self.down_button = self._button(
            self.tr("Move &down"), self.tr("Move down"), lambda: self.move_entry(1)
        )
        self.remove_button = self._button(self.tr("Re&move"), self.tr("Remove"), self.remove_entry)
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return row

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _examples(self) -> QWidget | None:
        if not self.spec.examples:
            return None
        texts = [translate(CONTEXT, example) for example in self.spec.examples]
        box, buttons = self._extras_box(
            self.tr("Not sure what to write? Start from an example, then change the words:"),
            [(text, self.tr("Use the example: {text}").format(text=text)) for text in texts],
        )
        for button, text in zip(buttons, texts, strict=True):
            button.clicked.connect(lambda _=False, text=text: self.add_entry({"text": text}))
        return box

    def _crisis_line_buttons(self) -> QWidget | None:
        if not self.crisis_lines:
            return None
        lines = self.crisis_lines
        box, buttons = self._extras_box(
            self.tr("Crisis lines you can add, ready-made:"),
            [
                (
                    self.tr("{name}: {number}").format(name=line.name, number=line.number),
                    self.tr("Add {name} to your plan").format(name=line.name),
                )
                for line in lines
            ],
        )
        for button, line in zip(buttons, lines, strict=True):
            button.setAccessibleDescription(line.hours)
            button.clicked.connect(lambda _=False, line=line: self.add_crisis_line(line))
            self.crisis_buttons.append((line, button))
        self.model.rowsInserted.connect(self._update_crisis_buttons)
        self.model.rowsRemoved.connect(self._update_crisis_buttons)
        self.model.dataChanged.connect(self._update_crisis_buttons)
        self.model.modelReset.connect(self._update_crisis_buttons)
        self._update_crisis_buttons()
        return box

    def _library_links(self) -> QWidget | None:
        if self.spec.key != "staying_safer":
            return None
        links = [
            (self.tr("Looking after an injury"), INJURY_PAGE_ID),
            (self.tr("When to get emergency help"), EMERGENCY_PAGE_ID),
        ]
        box, buttons = self._extras_box(
            self.tr("Read more in the information library:"),
            [(text, text) for text, _page in links],
        )
        for button, (_text, page) in zip(buttons, links, strict=True):
            button.setAccessibleDescription(self.tr("Opens a page in the information library."))
            button.clicked.connect(lambda _=False, page=page: self.library_requested.emit(page))
        return box

    def _extras_box(
        self, title: str, texts_and_names: list[tuple[str, str]]
    ) -> tuple[QWidget, list[QPushButton]]:
        """A short heading and a column of buttons (their text, their accessible name)."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(wrapped_label(title, box))
        buttons: list[QPushButton] = []
        for text, name in texts_and_names:
            button = WrappingButton(text, box)
            button.setAccessibleName(name)
            layout.addWidget(button)
            buttons.append(button)
        self.extra_buttons += buttons
        return box, buttons

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.list,
            self.add_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.removed_note,
            *self.editor.focus_order(),
            *self.extra_buttons,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._current_changed)
        self.list.remove_requested.connect(self.remove_entry)
        self.list.move_requested.connect(self.move_entry)
        self.list.edit_requested.connect(self.edit_entry)
        self.removed_note.linkActivated.connect(lambda _link: self.undo_stack.undo())
        # A method, not a lambda: Qt drops the connection when this page is deleted, though
        # the undo stack may live on.
        self.undo_stack.indexChanged.connect(self._hide_removed_note)
        self.editor.picture_wanted.connect(self.choose_picture)

    # Which entry is chosen
    def current_item_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(ITEM_ID_ROLE) if index.isValid() else None

    def select_item(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def first_focus(self) -> QWidget:
        return self.list

    def _current_changed(self, *_args: object) -> None:
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.editor.show_item(self.current_item_id())
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(row >= 0)
        if row < 0:
            self.editor.show_item(None)

    # Changes
    def add_entry(self, data: dict[str, str] | None = None) -> None:
        """Add an entry (empty, or from an example) and put the cursor in it."""
        values = {**empty_item_data(self.spec), **(data or {})}
        command = AddItemCommand(self.document, self.spec.key, values)
        self.undo_stack.push(command)
        if command.item_id is not None:
            self.select_item(command.item_id)
            self.edit_entry()

    def add_crisis_line(self, line: Any) -> None:
        """Add a crisis line as a ready-made entry; the focus stays on the button."""
        values = {
            **empty_item_data(self.spec),
            "name": line.name,
            "phone": line.number,
            "when": line.hours,
            "notes": line.who_for,
        }
        command = AddItemCommand(self.document, self.spec.key, values)
        self.undo_stack.push(command)
        self.select_item(command.item_id)

    def edit_entry(self) -> None:
        if self.current_item_id() is not None:
            self.editor.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def move_entry(self, step: int) -> None:
        item_id = self.current_item_id()
        row = self.list.currentIndex().row()
        if item_id is None or not 0 <= row + step < self.model.rowCount():
            return
        self.undo_stack.push(MoveItemCommand(self.document, self.spec.key, item_id, row + step))
        self.select_item(item_id)

    def remove_entry(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        had_focus = self.list.hasFocus()
        self.undo_stack.push(RemoveItemCommand(self.document, self.spec.key, item_id))
        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        note = self.tr('Removed. <a href="undo">Undo</a> ({keys})').format(keys=undo_keys)
        self.removed_note.setText(note)
        self.removed_note.setAccessibleName(
            self.tr("Removed. Undo with {keys}").format(keys=undo_keys)
        )
        self.removed_note.show()
        if had_focus or not self.remove_button.isEnabled():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_removed_note(self, *_args: object) -> None:
        self.removed_note.hide()

    def _update_crisis_buttons(self, *_args: object) -> None:
        numbers = {item.text("phone").replace(" ", "") for item in self.model.items()}
        for line, button in self.crisis_buttons:
            added = line.number.replace(" ", "") in numbers
            text = self.tr("{name}: {number}").format(name=line.name, number=line.number)
            if added:
                text = self.tr("{line} (in your plan)").format(line=text)
            button.setEnabled(not added)
            assert isinstance(button, WrappingButton)
            button.set_text(text)

    # Pictures
    def choose_picture(self) -> None:
        home = QDir.homePath()
        dialog = private_file_dialog(self, self.tr("Choose a picture"), home)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Pictures ({patterns})").format(patterns=PICTURE_PATTERNS))
        dialog.fileSelected.connect(self.use_picture_file)
        dialog.finished.connect(lambda _result: forget_folders(dialog, home))
        dialog.open()

    def use_picture_file(self, path: str) -> None:
        """Store the picture in ``path`` inside the vault and show it with the chosen entry."""
        try:
            mime, data = picture_from_file(Path(path))
        except PictureProblem as problem:
            self.picture_problem.setText(problem.message)
            self.picture_problem.show()
            return
        self.picture_problem.hide()
        picture = self.document.add_picture(mime, data)
        if picture is not None:
            self.editor.set_picture(picture)
