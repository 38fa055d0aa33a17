"""Every change to the plan as an undoable command.

``redo()`` makes the change through the :class:`PlanDocument` (which writes it to the vault and
updates what is shown); ``undo()`` writes it back. A command whose write fails marks itself
obsolete, so the undo stack drops it and never offers to undo something that didn't happen.

Each command names the page it changed (``section``) and the item (``item_id``), so the editor
can show where an undo or redo happened, even in another section.

Command texts appear in the Undo and Redo buttons; they never include anything the person wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from safetyplan.store import StoredItem
from safetyplan.ui.plan_document import DetailValue, PlanDocument

DETAILS_PAGE = "details"
EDIT_FIELD_ID = 3101
EDIT_DETAILS_ID = 3102


class PlanCommand(QUndoCommand):
    def __init__(self, document: PlanDocument, section: str, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.section = section
        self.item_id: int | None = None

    def _check(self, done: bool) -> None:
        if not done:
            self.setObsolete(True)


class AddItemCommand(PlanCommand):
    def __init__(
        self,
        document: PlanDocument,
        section: str,
        data: dict[str, str],
        position: int | None = None,
    ) -> None:
        super().__init__(
            document, section, QCoreApplication.translate("UndoCommands", "add an entry")
        )
        self._data = data
        self._position = position
        self._removed: StoredItem | None = None

    def redo(self) -> None:
        if self._removed is None:
            self.item_id = self.document.add_item(self.section, self._data, self._position)
            self._check(self.item_id is not None)
        else:
            self._check(self.document.restore_item(self._removed))

    def undo(self) -> None:
        assert self.item_id is not None
        self._removed = self.document.remove_item(self.item_id)
        self._check(self._removed is not None)


class RemoveItemCommand(PlanCommand):
    def __init__(self, document: PlanDocument, section: str, item_id: int) -> None:
        super().__init__(
            document, section, QCoreApplication.translate("UndoCommands", "remove an entry")
        )
        self.item_id = item_id
        self._removed: StoredItem | None = None

    def redo(self) -> None:
        assert self.item_id is not None
        self._removed = self.document.remove_item(self.item_id)
        self._check(self._removed is not None)

    def undo(self) -> None:
        assert self._removed is not None
        self._check(self.document.restore_item(self._removed))


class MoveItemCommand(PlanCommand):
    def __init__(self, document: PlanDocument, section: str, item_id: int, position: int) -> None:
        super().__init__(
            document, section, QCoreApplication.translate("UndoCommands", "move an entry")
        )
        self.item_id = item_id
        self._position = position
        self._old_position: int | None = None

    def redo(self) -> None:
        assert self.item_id is not None
        self._old_position = self.document.move_item(self.item_id, self._position)
        self._check(self._old_position is not None)

    def undo(self) -> None:
        assert self.item_id is not None and self._old_position is not None
        self._check(self.document.move_item(self.item_id, self._old_position) is not None)


class EditFieldCommand(PlanCommand):
    """Typing in one field. Consecutive typing in the same field (one ``session``: from when
    the person starts typing there until they go elsewhere) merges into one undo step."""

    def __init__(
        self,
        document: PlanDocument,
        section: str,
        item_id: int,
        key: str,
        old: str,
        new: str,
        session: int,
    ) -> None:
        super().__init__(document, section, QCoreApplication.translate("UndoCommands", "typing"))
        self.item_id = item_id
        self.key = key
        self.session = session
        self._old = old
        self._new = new
        self._written_once = False

    def id(self) -> int:
        return EDIT_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldCommand):
            return False
        if (other.item_id, other.key, other.session) != (self.item_id, self.key, self.session):
            return False
        self._new = other._new
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        assert self.item_id is not None
        # The first time is typing: written after a pause. A redo is written straight away.
        deferred = not self._written_once
        self._written_once = True
        self._check(self.document.set_field(self.item_id, self.key, self._new, deferred))

    def undo(self) -> None:
        assert self.item_id is not None
        self._check(self.document.set_field(self.item_id, self.key, self._old))


class SetPictureCommand(PlanCommand):
    def __init__(
        self, document: PlanDocument, section: str, item_id: int, old: int | None, new: int | None
    ) -> None:
        super().__init__(
            document,
            section,
            QCoreApplication.translate("UndoCommands", "add a picture")
            if new
            else QCoreApplication.translate("UndoCommands", "remove a picture"),
        )
        self.item_id = item_id
        self._old = old
        self._new = new

    def redo(self) -> None:
        assert self.item_id is not None
        self._check(self.document.set_picture(self.item_id, self._new))

    def undo(self) -> None:
        assert self.item_id is not None
        self._check(self.document.set_picture(self.item_id, self._old))


class EditDetailsCommand(PlanCommand):
    """A change to one or more plan details (a date can move the review date with it).
    Typing in one detail field in one ``session`` merges into one undo step."""

    def __init__(
        self,
        document: PlanDocument,
        changes: dict[str, DetailValue],
        session: int,
    ) -> None:
        super().__init__(
            document,
            DETAILS_PAGE,
            QCoreApplication.translate("UndoCommands", "change the plan details"),
        )
        self.session = session
        self._old = {key: document.detail(key) for key in changes}
        self._new = dict(changes)
        self._written_once = False

    def id(self) -> int:
        return EDIT_DETAILS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditDetailsCommand) or other.session != self.session:
            return False
        for key, value in other._old.items():
            self._old.setdefault(key, value)
        self._new.update(other._new)
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        deferred = not self._written_once
        self._written_once = True
        self._apply(self._new, deferred)

    def undo(self) -> None:
        self._apply(self._old, False)

    def _apply(self, values: dict[str, DetailValue], deferred: bool) -> None:
        done = all(self.document.set_detail(key, value, deferred) for key, value in values.items())
        self._check(done)
