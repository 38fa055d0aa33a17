"""Key derivation, key wrapping and recovery keys.

- Passphrases are normalised to Unicode NFC before use, so the same words typed on different
  keyboards (composed or decomposed accents) open the same vault.
- The passphrase slot uses Argon2id (argon2-cffi) with parameters calibrated on the machine that
  creates the vault and stored beside the slot, so they can be raised later.
- The recovery slot uses a random 160-bit key; it is already strong, so HKDF-SHA256 is enough.
- Keys are wrapped with AES-256-GCM (cryptography); the slot's kind is authenticated as data.
"""

from __future__ import annotations

import base64
import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
WRAP_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 letters and digits, 8 groups of 4
MIN_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
MAX_TIME_COST = 20
_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Letters people often write for similar-looking ones in the base32 alphabet.
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


class UnwrapFailed(Exception):
    """The wrapping key did not open the slot (wrong passphrase or recovery key)."""


class RecoveryKeyFormatError(ValueError):
    """The text is not shaped like a recovery key."""


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int
    memory_kib: int
    parallelism: int = 1

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC-normalised UTF-8."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id: slow on purpose. Never call this on the UI thread."""
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=WRAP_KEY_BYTES,
        type=Type.ID,
    )


def calibrate_argon2(
    target_seconds: float = TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> Argon2Params:
    """Pick a time cost so one derivation takes about ``target_seconds`` on this machine."""
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    probe = Argon2Params(time_cost=1, memory_kib=memory_kib)
    started = time.perf_counter()
    derive_passphrase_key("calibration", os.urandom(SALT_BYTES), probe)
    one_pass = max(time.perf_counter() - started, 1e-6)
    time_cost = min(MAX_TIME_COST, max(1, round(target_seconds / one_pass)))
    return Argon2Params(time_cost=time_cost, memory_kib=memory_kib)


def derive_recovery_key(recovery: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=WRAP_KEY_BYTES,
        salt=salt,
        info=b"safetyplan recovery slot v1",
    )
    return hkdf.derive(recovery)


def wrap(key: bytes, wrapping_key: bytes, label: bytes) -> tuple[bytes, bytes]:
    """Encrypt ``key`` with ``wrapping_key``; returns (nonce, ciphertext with tag)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, key, label)


def unwrap(nonce: bytes, wrapped: bytes, wrapping_key: bytes, label: bytes) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(nonce, wrapped, label)
    except InvalidTag as error:
        raise UnwrapFailed from error


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def new_recovery_key() -> bytes:
    return os.urandom(RECOVERY_KEY_BYTES)


def format_recovery_key(recovery: bytes) -> str:
    """Show a recovery key as groups of four letters and digits, e.g. ``ABCD-EFGH-…``."""
    text = base64.b32encode(recovery).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as a person may type it: any case, spaces or dashes, 0 for O."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    expected_length = len(format_recovery_key(bytes(RECOVERY_KEY_BYTES)).replace("-", ""))
    if len(cleaned) != expected_length or any(ch not in _B32_ALPHABET for ch in cleaned):
        raise RecoveryKeyFormatError
    return base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
