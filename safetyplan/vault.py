"""The vault: a folder holding the encrypted plan (``plan.db``) and its key file (``vault.key``).

A random 256-bit data key opens the SQLCipher database as a raw key. The data key is only ever
stored wrapped, in ``vault.key``: once under a key derived from the passphrase (Argon2id) and
once under the recovery key shown to the person at creation. Changing the passphrase re-wraps
the data key; the database is never re-encrypted.

``vault.key`` carries a SHA-256 checksum of its own contents, so a damaged key file is told
apart from a wrong passphrase (AES-GCM alone can't tell the two apart).

Unlocking happens in two steps so the slow part can run on a worker thread:
:func:`unlock_data_key` (Argon2id, no database) and :meth:`Vault.open_with_key` (fast, opens the
connection on the calling thread, which then owns it).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from safetyplan import crypto
from safetyplan.atomic import write_bytes_atomically
from safetyplan.errors import (
    CannotWriteFile,
    DatabaseDamaged,
    DatabaseMissing,
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    PlainDatabase,
    VaultAlreadyExists,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from safetyplan.migrations import SCHEMA_VERSION, check_not_too_new, migrate, schema_version
from safetyplan.paths import DB_NAME, KEY_NAME, vault_exists
from safetyplan.sql import Database

KEY_FORMAT = "safetyplan-vault-key"
KEY_FORMAT_VERSION = 1
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
SQLITE_HEADER = b"SQLite format 3\x00"
SLOT_KDFS = {PASSPHRASE_SLOT: "argon2id", RECOVERY_SLOT: "hkdf-sha256"}
WRAPPED_KEY_BYTES = crypto.DATA_KEY_BYTES + 16  # the key and its AES-GCM tag
# Bounds for Argon2id settings read from a key file: far above what calibration picks, low
# enough that a damaged or hostile file can't make unlocking hang or exhaust memory.
MAX_TIME_COST = 100
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_PARALLELISM = 16
SQLCIPHER_PAGE_SIZE = 4096
CACHE_KIB = 16 * 1024


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    argon2: crypto.Argon2Params | None = None

    def label(self) -> bytes:
        return f"{KEY_FORMAT} v{KEY_FORMAT_VERSION} {self.kind}".encode()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "kdf": "argon2id" if self.argon2 else "hkdf-sha256",
            "salt": crypto.b64(self.salt),
            "nonce": crypto.b64(self.nonce),
            "wrapped": crypto.b64(self.wrapped),
            "cipher": "AES-256-GCM",
        }
        if self.argon2:
            out.update(self.argon2.as_dict())
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        """Read one slot, checking every value, so a damaged file fails here and nowhere later."""
        kind = raw["kind"]
        expected_kdf = SLOT_KDFS[kind]
        if raw["kdf"] != expected_kdf:
            raise ValueError("wrong kdf for the slot")
        argon2 = None
        if expected_kdf == "argon2id":
            argon2 = crypto.Argon2Params(
                time_cost=_int_within(raw["time_cost"], 1, MAX_TIME_COST),
                memory_kib=_int_within(raw["memory_kib"], crypto.MIN_MEMORY_KIB, MAX_MEMORY_KIB),
                parallelism=_int_within(raw["parallelism"], 1, MAX_PARALLELISM),
            )
        return cls(
            kind=kind,
            salt=_bytes_of_length(raw["salt"], crypto.SALT_BYTES),
            nonce=_bytes_of_length(raw["nonce"], crypto.NONCE_BYTES),
            wrapped=_bytes_of_length(raw["wrapped"], WRAPPED_KEY_BYTES),
            argon2=argon2,
        )


def _int_within(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("a number out of range")
    return value


def _bytes_of_length(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = crypto.unb64(text)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


@dataclass(frozen=True)
class KeyFile:
    slots: tuple[Slot, ...]

    def slot(self, kind: str) -> Slot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise KeyFileDamaged(f"no {kind} slot")

    def replace(self, new_slot: Slot) -> KeyFile:
        kept = tuple(s for s in self.slots if s.kind != new_slot.kind)
        return KeyFile((*kept, new_slot))

    def to_bytes(self) -> bytes:
        body = {
            "format": KEY_FORMAT,
            "version": KEY_FORMAT_VERSION,
            "slots": [s.to_json() for s in self.slots],
        }
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            body = json.loads(data.decode("ascii"))
            checksum = body.pop("checksum")
            if checksum != _checksum(body) or body["format"] != KEY_FORMAT:
                raise ValueError("not a whole key file")
            version = body["version"]
            if not isinstance(version, int) or version < KEY_FORMAT_VERSION:
                raise ValueError("unknown key file version")
            if version > KEY_FORMAT_VERSION:
                raise VaultTooNew(f"key file version {version}")
            # Slots of kinds this version doesn't know (a later one's) are left alone.
            known = [raw for raw in body["slots"] if raw.get("kind") in SLOT_KDFS]
            slots = tuple(Slot.from_json(raw) for raw in known)
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            UnicodeDecodeError,
            RecursionError,
        ) as error:
            raise KeyFileDamaged from error
        if len({slot.kind for slot in slots}) != len(slots):
            raise KeyFileDamaged("a slot given twice")
        return cls(slots)


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hashlib.sha256(canonical).hexdigest()


def read_key_file(folder: Path) -> KeyFile:
    """Read ``vault.key`` after checking the folder looks like a vault."""
    if not folder.is_dir():
        raise NotAVault(str(folder))
    key_path, db_path = folder / KEY_NAME, folder / DB_NAME
    if not key_path.exists():
        raise KeyFileMissing() if db_path.exists() else NotAVault(str(folder))
    if not db_path.is_file():
        raise DatabaseMissing()
    if _head(db_path) == SQLITE_HEADER:
        raise PlainDatabase()
    try:
        data = key_path.read_bytes()
    except OSError as error:
        raise KeyFileDamaged from error
    return KeyFile.from_bytes(data)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as opened:
            return opened.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseDamaged() from error


def _check_database_size(db_path: Path) -> None:
    """Damage seen from the outside: an empty or truncated file.

    Checked only once the key has opened, as the message tells the person their passphrase
    was right.
    """
    size = db_path.stat().st_size
    if size < SQLCIPHER_PAGE_SIZE or size % SQLCIPHER_PAGE_SIZE:
        raise DatabaseDamaged()


def unlock_data_key(folder: Path, passphrase: str) -> bytes:
    """Derive the passphrase key and unwrap the data key. Slow: never on the UI thread."""
    slot = read_key_file(folder).slot(PASSPHRASE_SLOT)
    if slot.argon2 is None:
        raise KeyFileDamaged("passphrase slot without Argon2id")
    wrapping_key = crypto.derive_passphrase_key(passphrase, slot.salt, slot.argon2)
    try:
        data_key = crypto.unwrap(slot.nonce, slot.wrapped, wrapping_key, slot.label())
    except crypto.UnwrapFailed as error:
        raise WrongPassphrase() from error
    _check_database_size(folder / DB_NAME)
    return data_key


def recover_data_key(folder: Path, recovery_text: str) -> bytes:
    """Unwrap the data key with the recovery key the person wrote down."""
    slot = read_key_file(folder).slot(RECOVERY_SLOT)
    try:
        recovery = crypto.parse_recovery_key(recovery_text)
    except crypto.RecoveryKeyFormatError as error:
        raise WrongRecoveryKey() from error
    wrapping_key = crypto.derive_recovery_key(recovery, slot.salt)
    try:
        data_key = crypto.unwrap(slot.nonce, slot.wrapped, wrapping_key, slot.label())
    except crypto.UnwrapFailed as error:
        raise WrongRecoveryKey() from error
    _check_database_size(folder / DB_NAME)
    return data_key


def passphrase_slot(
    data_key: bytes, passphrase: str, params: crypto.Argon2Params | None = None
) -> Slot:
    """Wrap ``data_key`` under ``passphrase``. Slow (calibrates and runs Argon2id)."""
    params = params or crypto.calibrate_argon2()
    salt = crypto.new_salt()
    template = Slot(PASSPHRASE_SLOT, salt, b"", b"", params)
    wrapping_key = crypto.derive_passphrase_key(passphrase, salt, params)
    nonce, wrapped = crypto.wrap(data_key, wrapping_key, template.label())
    return Slot(PASSPHRASE_SLOT, salt, nonce, wrapped, params)


def recovery_slot(data_key: bytes, recovery: bytes) -> Slot:
    salt = crypto.new_salt()
    template = Slot(RECOVERY_SLOT, salt, b"", b"")
    nonce, wrapped = crypto.wrap(
        data_key, crypto.derive_recovery_key(recovery, salt), template.label()
    )
    return Slot(RECOVERY_SLOT, salt, nonce, wrapped)


def set_passphrase(
    folder: Path, data_key: bytes, passphrase: str, params: crypto.Argon2Params | None = None
) -> None:
    """Re-wrap the data key under a new passphrase (the recovery slot is kept). Slow."""
    key_file = read_key_file(folder).replace(passphrase_slot(data_key, passphrase, params))
    write_bytes_atomically(folder / KEY_NAME, key_file.to_bytes())


@dataclass(frozen=True)
class NewKeys:
    """What a new vault needs, made off the UI thread: the data key and its wrapped copies."""

    data_key: bytes
    key_file: KeyFile
    recovery_text: str


def prepare_keys(passphrase: str, params: crypto.Argon2Params | None = None) -> NewKeys:
    """Make a data key and wrap it under the passphrase and a new recovery key. Slow."""
    data_key, recovery = crypto.new_data_key(), crypto.new_recovery_key()
    key_file = KeyFile(
        (passphrase_slot(data_key, passphrase, params), recovery_slot(data_key, recovery))
    )
    return NewKeys(data_key, key_file, crypto.format_recovery_key(recovery))


def make_owner_only_folder(folder: Path) -> None:
    """Create ``folder`` readable by its owner alone (a folder that exists is left as it is)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:  # a file in the way, no such drive, no permission
        raise CannotWriteFile(str(folder)) from error
    if not folder.is_dir():
        raise CannotWriteFile(str(folder))


class Vault:
    """An unlocked vault: the open database and the data key, until :meth:`close`."""

    def __init__(self, folder: Path, db: Database, data_key: bytes) -> None:
        self.folder = folder
        self.db = db
        self._data_key = bytearray(data_key)

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, params: crypto.Argon2Params | None = None
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it, unlocked, with the recovery key to show once.

        Slow (Argon2id). The app runs :func:`prepare_keys` on a worker thread and
        :meth:`create_with_keys` on the thread that will own the connection.
        """
        if vault_exists(folder):
            raise VaultAlreadyExists(str(folder))
        keys = prepare_keys(passphrase, params)
        return cls.create_with_keys(folder, keys), keys.recovery_text

    @classmethod
    def create_with_keys(cls, folder: Path, keys: NewKeys) -> Vault:
        """Write a new vault with keys from :func:`prepare_keys`.

        ``vault.key`` is written last, so an interrupted creation never leaves something that
        looks like a whole vault with a key that doesn't match it.
        """
        if vault_exists(folder):
            raise VaultAlreadyExists(str(folder))
        make_owner_only_folder(folder)
        _create_owner_only(folder / DB_NAME)  # SQLite gives its -wal and -shm the same mode
        try:
            vault = cls._connect(folder, keys.data_key, check=False)
        except BaseException:
            _remove_database(folder)
            raise
        try:
            write_bytes_atomically(folder / KEY_NAME, keys.key_file.to_bytes())
        except BaseException:
            vault.close()
            _remove_database(folder)  # so set-up can simply start again
            raise
        return vault

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        """Unlock with the passphrase (slow) and open the database on this thread."""
        return cls.open_with_key(folder, unlock_data_key(folder, passphrase))

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes, *, check_now: bool = True) -> Vault:
        """Open the database with the data key, on this thread (which then owns it).

        Every page is read first to catch damage, unless ``check_now`` is false: then only the
        first page is read, and the caller must call :meth:`check_pages` soon after (the app
        does it just after showing the plan, so reading a large diary doesn't delay that).
        """
        read_key_file(folder)  # the files may have changed since the key was derived
        return cls._connect(folder, data_key, check=check_now)

    @classmethod
    def _connect(cls, folder: Path, data_key: bytes, *, check: bool) -> Vault:
        connection = sqlcipher3.connect(str(folder / DB_NAME), isolation_level=None)
        try:
            _apply_key(connection, data_key)
            db = Database(connection)
            check_not_too_new(db)  # reads the first page (a wrong key fails here), writes nothing
            _apply_settings(connection)
            if check or schema_version(db) < SCHEMA_VERSION:  # never migrate unchecked pages
                _check_pages(db)
            migrate(db)
        except sqlcipher3.DatabaseError as error:
            connection.close()
            raise DatabaseDamaged() from error
        except BaseException:
            connection.close()
            raise
        return cls(folder, db, data_key)

    def change_passphrase(
        self, new_passphrase: str, params: crypto.Argon2Params | None = None
    ) -> None:
        """Re-wrap the data key under a new passphrase. Slow: never on the UI thread."""
        set_passphrase(self.folder, bytes(self._data_key), new_passphrase, params)

    def check_pages(self) -> None:
        """Raise :class:`DatabaseDamaged` if any page of the database can't be read."""
        try:
            _check_pages(self.db)
        except sqlcipher3.DatabaseError as error:
            raise DatabaseDamaged() from error

    def verify(self) -> list[str]:
        """Full integrity and cipher integrity checks; returns the problems found (none: sound)."""
        try:
            problems = [row[0] for row in self.db.run("PRAGMA cipher_integrity_check")]
            problems += [r[0] for r in self.db.run("PRAGMA integrity_check") if r[0] != "ok"]
        except sqlcipher3.DatabaseError as error:
            problems = [str(error)]
        return problems

    def close(self) -> None:
        """Close the database and overwrite the data key held in memory."""
        self.db.close()
        for index in range(len(self._data_key)):
            self._data_key[index] = 0


def _create_owner_only(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as error:
        raise CannotWriteFile(str(path)) from error


def _remove_database(folder: Path) -> None:
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"):
        (folder / name).unlink(missing_ok=True)


def _apply_key(connection: sqlcipher3.Connection, data_key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute("PRAGMA cipher_memory_security = ON")
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")


def _apply_settings(connection: sqlcipher3.Connection) -> None:
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    # 16 MiB of decrypted pages: years of diary stay in memory instead of being decrypted again
    # on every query (the default, 2,000 pages, made "What helps" grow faster than the diary).
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _check_pages(db: Database) -> None:
    """Read every page once, so a damaged page fails here rather than mid-session."""
    if db.run("PRAGMA quick_check") != [("ok",)]:
        raise DatabaseDamaged()
