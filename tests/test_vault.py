"""The vault on real SQLCipher files: creation, unlocking, every kind of bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest
from conftest import PASSPHRASE, QUICK_KDF, checkpointed

from safetyplan import errors
from safetyplan import vault as vault_module
from safetyplan.migrations import SCHEMA_VERSION
from safetyplan.sql import check_database_library, check_versions
from safetyplan.store import PlanStore
from safetyplan.vault import DB_NAME, KEY_NAME, Vault, recover_data_key

CANARY = "CANARY-7f3a9c-ZEBRA-MARMALADE"


def store_canary(folder: Path) -> None:
    vault = Vault.open(folder, PASSPHRASE)
    PlanStore(vault.db).add_item("warning_signs", {"text": CANARY})
    vault.close()


def read_canary(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    vault = Vault.open(folder, passphrase)
    try:
        return [item.text() for item in PlanStore(vault.db).load().items("warning_signs")]
    finally:
        vault.close()


def test_library_versions_are_supported() -> None:
    check_database_library()


@pytest.mark.parametrize(
    ("sqlite_version", "cipher_version"),
    [
        ("3.51.2", "4.12.0 community"),  # SQLite too old
        ("3.45.0", "4.6.0 community"),
        ("3.53.4", "3.4.2"),  # SQLCipher 3
        ("3.53.4", ""),  # plain SQLite: no encryption at all
        ("3.53.4", "5.0.0"),
        ("unknown", "4.19.0"),
    ],
)
def test_unsupported_library_versions_are_refused(sqlite_version: str, cipher_version: str):
    with pytest.raises(errors.UnsupportedDatabaseLibrary) as caught:
        check_versions(sqlite_version, cipher_version)
    assert "reinstall" in caught.value.message()


@pytest.mark.parametrize("sqlite_version", ["3.51.3", "3.53.4", "3.100.0"])
def test_supported_library_versions(sqlite_version: str) -> None:
    check_versions(sqlite_version, "4.19.0 community")


def test_create_then_open_round_trips(made_vault: tuple[Path, str]) -> None:
    folder, recovery = made_vault
    store_canary(folder)
    assert read_canary(folder) == [CANARY]
    assert len(recovery.split("-")) == 8


def test_files_are_owner_only(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    store_canary(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_database_settings(open_vault: Vault) -> None:
    db = open_vault.db
    assert db.value("PRAGMA journal_mode") == "wal"
    assert db.value("PRAGMA synchronous") == 2  # FULL
    assert db.value("PRAGMA temp_store") == 2  # MEMORY
    assert db.value("PRAGMA secure_delete") == 1
    assert db.value("PRAGMA cache_size") == -16 * 1024
    assert db.value("PRAGMA cipher_memory_security") == "1"
    assert db.value("PRAGMA user_version") == SCHEMA_VERSION


@pytest.mark.parametrize(
    "passphrase",
    [
        "x",
        "a" * 1000,
        'it\'s "quoted"; DROP TABLE items; --',
        "🙂 tea and toast 🫖",
        "x'00'",
    ],
)
def test_awkward_passphrases_round_trip(tmp_path: Path, passphrase: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", passphrase, QUICK_KDF)
    vault.close()
    Vault.open(tmp_path / "v", passphrase).close()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(tmp_path / "v", passphrase + "!")


def test_nfc_and_nfd_forms_open_the_same_vault(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Gwenllïan ŵyr café")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(tmp_path / "v", decomposed, QUICK_KDF)
    vault.close()
    Vault.open(tmp_path / "v", composed).close()


WRITER = """
import sys
from pathlib import Path
from safetyplan.crypto import Argon2Params, MIN_MEMORY_KIB
from safetyplan.store import PlanStore
from safetyplan.vault import Vault

folder, canary = Path(sys.argv[1]), sys.argv[2]
vault, _ = Vault.create(folder, "pass", Argon2Params(1, MIN_MEMORY_KIB))
store = PlanStore(vault.db)
for n in range(200):
    item = store.add_item("coping_alone", {"text": f"{canary} {n}"})
    store.update_item(item, {"text": f"{canary} again {n}"})
    if n % 3 == 0:
        store.remove_item(item)
print("written", flush=True)
sys.stdin.readline()
vault.close()
print("closed", flush=True)
"""


def test_canary_never_reaches_disk_in_plain_form(tmp_path: Path) -> None:
    # A canary made now, so no file on this machine can hold it by chance.
    canary = f"CANARY-{uuid.uuid4().hex}"
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    folder = tmp_path / "vault"
    env = {**os.environ, "TMPDIR": str(private_tmp), "SQLITE_TMPDIR": str(private_tmp)}
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), canary],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    ) as writer:
        assert writer.stdout and writer.stdin
        assert writer.stdout.readline().strip() == "written"
        assert_canary_absent(canary, folder, private_tmp)  # while the vault is open
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "closed"
        assert writer.wait(timeout=60) == 0
    assert_canary_absent(canary, folder, private_tmp)  # after it closed
    assert len(list(folder.iterdir())) >= 2


def assert_canary_absent(canary: str, *folders: Path) -> None:
    needles = [canary.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                content = path.read_bytes()
                for needle in needles:
                    assert needle not in content, path


def test_wrong_passphrase_changes_nothing(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    before = snapshot(folder)
    with pytest.raises(errors.WrongPassphrase) as caught:
        Vault.open(folder, "not it")
    assert "passphrase" in caught.value.message()
    assert snapshot(folder) == before


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_recovery_key_sets_a_new_passphrase(made_vault: tuple[Path, str]) -> None:
    folder, recovery = made_vault
    store_canary(folder)
    data_key = recover_data_key(folder, recovery.lower().replace("-", " "))
    vault = Vault.open_with_key(folder, data_key)
    vault.change_passphrase("a brand new passphrase", QUICK_KDF)
    vault.close()
    assert read_canary(folder, "a brand new passphrase") == [CANARY]
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    # The recovery key still works after the change.
    recover_data_key(folder, recovery)


def test_changing_passphrase_does_not_reencrypt_database(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    store_canary(folder)
    db_before = (folder / DB_NAME).read_bytes()
    vault = Vault.open(folder, PASSPHRASE)
    vault.change_passphrase("another one", QUICK_KDF)
    vault.close()
    assert (folder / DB_NAME).read_bytes() == db_before


@pytest.mark.parametrize("typed", ["", "AAAA-BBBB", "not a key at all", "!!!!-" * 8])
def test_malformed_recovery_key(made_vault: tuple[Path, str], typed: str) -> None:
    with pytest.raises(errors.WrongRecoveryKey):
        recover_data_key(made_vault[0], typed)


def test_someone_elses_recovery_key(made_vault: tuple[Path, str], tmp_path: Path) -> None:
    _, other_recovery = Vault.create(tmp_path / "other", PASSPHRASE, QUICK_KDF)
    with pytest.raises(errors.WrongRecoveryKey):
        recover_data_key(made_vault[0], other_recovery)


def test_create_refuses_an_existing_vault(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    before = snapshot(folder)
    with pytest.raises(errors.VaultAlreadyExists):
        Vault.create(folder, "other", QUICK_KDF)
    assert snapshot(folder) == before


# Bad inputs: each gets its own named error, and nothing on disk changes.


def test_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "holiday.txt").write_text("photos")
    with pytest.raises(errors.NotAVault):
        Vault.open(tmp_path, PASSPHRASE)
    with pytest.raises(errors.NotAVault):
        Vault.open(tmp_path / "does-not-exist", PASSPHRASE)


def test_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(errors.NotAVault):
        Vault.open(tmp_path / "file", PASSPHRASE)


def damage_database(folder: Path, how: str) -> None:
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    if how == "empty":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(bytes(data[: len(data) // 2 + 100]))
    elif how == "truncated-to-pages":
        path.write_bytes(bytes(data[:4096]))
    elif how == "random":
        path.write_bytes(os.urandom(len(data)))
    elif how.startswith("bit-flip"):
        offset = {"bit-flip-first-page": 100, "bit-flip-last-page": len(data) - 200}[how]
        data[offset] ^= 0x01
        path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "how",
    [
        "empty",
        "truncated",
        "truncated-to-pages",
        "random",
        "bit-flip-first-page",
        "bit-flip-last-page",
    ],
)
def test_damaged_database(made_vault: tuple[Path, str], how: str) -> None:
    folder, _ = made_vault
    store_canary(folder)
    checkpointed(folder)
    damage_database(folder, how)
    before = snapshot(folder)
    with pytest.raises(errors.DatabaseDamaged) as caught:
        Vault.open(folder, PASSPHRASE)
    assert "damaged" in caught.value.message()
    assert snapshot(folder) == before


def test_missing_database(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    (folder / DB_NAME).unlink()
    with pytest.raises(errors.DatabaseMissing):
        Vault.open(folder, PASSPHRASE)


def test_missing_key_file(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    (folder / KEY_NAME).unlink()
    with pytest.raises(errors.KeyFileMissing):
        Vault.open(folder, PASSPHRASE)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[: len(b) // 2],
        lambda b: b.replace(b'"wrapped": "', b'"wrapped": "A', 1),
        lambda b: b.replace(b"argon2id", b"argon3id", 1),
        lambda b: b"\xff\xfe not json",
        lambda b: b"[]",
    ],
    ids=["empty", "truncated", "wrapped-key-changed", "kdf-changed", "binary", "wrong-shape"],
)
def test_damaged_key_file(made_vault: tuple[Path, str], damage) -> None:
    folder, _ = made_vault
    key_path = folder / KEY_NAME
    key_path.write_bytes(damage(key_path.read_bytes()))
    before = snapshot(folder)
    with pytest.raises(errors.KeyFileDamaged):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_plain_sqlite_database(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    (folder / DB_NAME).unlink()
    plain = sqlite3.connect(folder / DB_NAME)
    plain.execute("CREATE TABLE items (id INTEGER)")
    plain.commit()
    plain.close()
    with pytest.raises(errors.PlainDatabase):
        Vault.open(folder, PASSPHRASE)


def test_vault_from_a_newer_version_is_refused_untouched(made_vault: tuple[Path, str]) -> None:
    folder, _ = made_vault
    vault = Vault.open(folder, PASSPHRASE)
    vault.db.run(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    vault.close()
    before = snapshot(folder)
    with pytest.raises(errors.VaultTooNew):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_verify_reports_a_sound_vault(open_vault: Vault) -> None:
    PlanStore(open_vault.db).add_item("warning_signs", {"text": "x"})
    assert open_vault.verify() == []


def rewrite_key_file(folder: Path, change) -> None:
    """Change vault.key's content and give it a matching checksum, as a careful forger would."""
    path = folder / KEY_NAME
    body = json.loads(path.read_text())
    body.pop("checksum")
    change(body)
    body["checksum"] = vault_module._checksum(body)
    path.write_text(json.dumps(body))


def passphrase_slot_of(body: dict) -> dict:
    return next(slot for slot in body["slots"] if slot["kind"] == "passphrase")


@pytest.mark.parametrize(
    "change",
    [
        lambda b: passphrase_slot_of(b).update(nonce=""),
        lambda b: passphrase_slot_of(b).update(salt=""),
        lambda b: passphrase_slot_of(b).update(wrapped="AAAA"),
        lambda b: passphrase_slot_of(b).update(time_cost=2**40),
        lambda b: passphrase_slot_of(b).update(memory_kib=1),
        lambda b: passphrase_slot_of(b).update(memory_kib=2**31),
        lambda b: passphrase_slot_of(b).update(parallelism=100_000),
        lambda b: passphrase_slot_of(b).update(kdf="hkdf-sha256"),
        lambda b: b["slots"].append(dict(passphrase_slot_of(b))),
        lambda b: b.update(version=0),
        lambda b: b.update(slots="none"),
    ],
    ids=[
        "empty-nonce",
        "empty-salt",
        "short-wrapped-key",
        "endless-time-cost",
        "tiny-memory",
        "huge-memory",
        "huge-parallelism",
        "wrong-kdf",
        "slot-twice",
        "old-version",
        "slots-not-a-list",
    ],
)
def test_key_file_with_a_good_checksum_but_bad_values(made_vault, change) -> None:
    folder, _ = made_vault
    rewrite_key_file(folder, change)
    before = snapshot(folder)
    with pytest.raises(errors.KeyFileDamaged):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_deeply_nested_key_file(made_vault) -> None:
    folder, _ = made_vault
    (folder / KEY_NAME).write_text("[" * 100_000)
    with pytest.raises(errors.KeyFileDamaged):
        Vault.open(folder, PASSPHRASE)


def test_key_file_from_a_newer_version_is_refused(made_vault) -> None:
    folder, _ = made_vault
    rewrite_key_file(folder, lambda b: b.update(version=2))
    with pytest.raises(errors.VaultTooNew):
        Vault.open(folder, PASSPHRASE)


def test_slots_of_kinds_added_later_are_left_alone(made_vault) -> None:
    folder, _ = made_vault
    rewrite_key_file(folder, lambda b: b["slots"].append({"kind": "hardware-token", "x": 1}))
    Vault.open(folder, PASSPHRASE).close()


def test_wrong_passphrase_is_told_apart_from_a_damaged_file(made_vault) -> None:
    folder, _ = made_vault
    (folder / DB_NAME).write_bytes(b"")
    with pytest.raises(errors.WrongPassphrase):  # not "your passphrase is right, but…"
        Vault.open(folder, "not it")
    with pytest.raises(errors.DatabaseDamaged):
        Vault.open(folder, PASSPHRASE)


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("in the way")
    with pytest.raises(errors.CannotWriteFile):
        Vault.create(tmp_path / "file" / "vault", PASSPHRASE, QUICK_KDF)
    with pytest.raises(errors.CannotWriteFile):
        Vault.create(tmp_path / "file", PASSPHRASE, QUICK_KDF)


def test_a_creation_that_fails_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / KEY_NAME).mkdir()  # the key file can't be written over a folder
    with pytest.raises(errors.SafetyPlanError):
        Vault.create(folder, PASSPHRASE, QUICK_KDF)
    (folder / KEY_NAME).rmdir()
    assert not list(folder.iterdir())  # so set-up can start again
    Vault.create(folder, PASSPHRASE, QUICK_KDF)[0].close()


def test_wal_and_shm_files_are_owner_only_even_with_a_loose_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, QUICK_KDF)
        PlanStore(vault.db).add_item("warning_signs", {"text": "x"})
        for path in (tmp_path / "v").iterdir():
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name
        vault.close()
    finally:
        os.umask(old)


def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    Vault.create(folder, PASSPHRASE, QUICK_KDF)[0].close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
