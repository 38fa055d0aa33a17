"""Named errors with plain-language messages.

Each error carries an English message marked for translation; front ends show
``error.message()`` (translated) and never a traceback. ``detail`` names *where* a problem is
(a field, a line) and never holds anything the person wrote.
"""

from __future__ import annotations

from safetyplan.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Errors"


class SafetyPlanError(Exception):
    """Base of every error a person may see."""

    text: str = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    exit_code: int = 1

    def __init__(self, detail: str = "") -> None:
        super().__init__(self.text + (f" ({detail})" if detail else ""))
        self.detail = detail

    def message(self) -> str:
        """The translated message, with the detail (if any) after it."""
        text = translate(CONTEXT, self.text)
        return f"{text} {self.detail}" if self.detail else text


class WrongPassphrase(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "That passphrase didn't open your plan. Check Caps Lock and try again."
    )
    exit_code = 2


class PassphraseNotText(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "The passphrase given on standard input isn't UTF-8 text, so it can't be used."
    )
    exit_code = 2


class WrongRecoveryKey(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "That recovery key didn't open your plan. Check each group of letters."
    )
    exit_code = 2


class NotAVault(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "This folder doesn't hold a SafetyPlan plan. Choose the folder your plan is in."
    )
    exit_code = 2


class VaultAlreadyExists(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "There is already a plan in this folder. Nothing was changed."
    )
    exit_code = 2


class KeyFileMissing(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file (vault.key) is missing from this folder, so the plan can't be opened. "
        "If you have a copy of the folder, use that.",
    )


class KeyFileDamaged(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file (vault.key) is damaged, so the plan can't be opened. "
        "Nothing has been changed. If you have a copy of the folder, use that.",
    )


class DatabaseMissing(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The plan file (plan.db) is missing from this folder. Nothing has been changed.",
    )


class DatabaseDamaged(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "Your passphrase is right, but the plan file (plan.db) is damaged and can't be read. "
        "Nothing has been changed. If you have a copy of the folder, use that.",
    )


class PlainDatabase(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The plan file (plan.db) is not encrypted, so it isn't a SafetyPlan plan. "
        "Nothing has been changed.",
    )
    exit_code = 2


class VaultTooNew(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "This plan was saved by a newer version of SafetyPlan. Please update SafetyPlan to "
        "open it. Nothing has been changed.",
    )
    exit_code = 2


class UnsupportedDatabaseLibrary(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "SafetyPlan can't start safely: its encryption library is too old. "
        "Please reinstall SafetyPlan.",
    )


class InvalidPlanFile(SafetyPlanError):
    """A JSON plan file that doesn't validate; ``detail`` says what and where."""

    text = QT_TRANSLATE_NOOP(
        "Errors", "This file can't be imported. Your plan has not been changed."
    )
    exit_code = 2


class CannotWriteFile(SafetyPlanError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The file couldn't be saved there. Check the folder exists and you can write to it.",
    )
