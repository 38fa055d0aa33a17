"""A realistic vault for the benchmark: every section filled, 30 contacts, 10 pictures, a diary."""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from PIL import Image

from safetyplan.crypto import Argon2Params
from safetyplan.diary import DiaryStore, Entry
from safetyplan.plan import SECTIONS, Item, Plan
from safetyplan.store import Picture, PlanStore
from safetyplan.vault import Vault

PASSPHRASE = "benchmark kettle dances slowly"
STRATEGIES = (
    "Hold an ice cube",
    "Walk round the block",
    "Call my sister",
    "Listen to my calm playlist",
    "Draw on my arm with a red pen",
    "Cold shower",
    "Write it down",
    "Breathing: in for 4, out for 6",
)
CONTACTS_PER_SECTION = 10  # 3 contact sections: 30 contacts
PICTURES = 10


def full_plan(rng: random.Random) -> tuple[Plan, dict[int, Picture]]:
    plan = Plan("Siân", dt.date(2026, 1, 5), dt.date(2026, 12, 5), "Rhys, my key worker")
    for spec in SECTIONS:
        if spec.is_contact:
            items = [_contact(spec.field_keys, n) for n in range(CONTACTS_PER_SECTION)]
        else:
            items = [Item({"text": _sentence(rng)}) for _ in range(5)]
        plan.sections[spec.key] = items
    plan.sections["coping_alone"] = [Item({"text": s}) for s in STRATEGIES]
    pictures = {n: Picture("image/jpeg", _picture(rng)) for n in range(PICTURES)}
    plan.sections["reasons_for_living"] = [
        Item({"text": f"A picture that matters {n}"}, picture=n) for n in range(PICTURES)
    ]
    return plan, pictures


def diary_entries(count: int, rng: random.Random) -> list[Entry]:
    start = dt.datetime(2020, 1, 1)
    step = dt.timedelta(days=6 * 365) / max(count, 1)
    entries = []
    for n in range(count):
        before = rng.randint(3, 10)
        entries.append(
            Entry(
                at=start + step * n,
                situation="After an argument" if n % 5 == 0 else "",
                urge_before=before,
                urge_after=min(10, max(0, before - rng.randint(-1, 5))),
                strategies=tuple(rng.sample(STRATEGIES, rng.randint(1, 2))),
                helped=rng.choice(("yes", "a_bit", "no", None)),
                note="Felt a bit better afterwards" if n % 7 == 0 else "",
            )
        )
    return entries


def build(folder: Path, entries: int, params: Argon2Params | None = None, seed: int = 7) -> None:
    """Create a vault in ``folder`` (calibrated Argon2id unless ``params``) and fill it."""
    rng = random.Random(seed)
    vault, _ = Vault.create(folder, PASSPHRASE, params)
    try:
        plan, pictures = full_plan(rng)
        with vault.db.transaction():
            PlanStore(vault.db).replace_plan(plan, pictures)
            DiaryStore(vault.db).replace_all(diary_entries(entries, rng))
    finally:
        vault.close()


def _contact(fields: tuple[str, ...], n: int) -> Item:
    values = {"name": f"Person {n}", "phone": f"07700 900{n:03d}"}
    return Item({key: values.get(key, f"{key} note {n}") for key in fields})


def _sentence(rng: random.Random) -> str:
    words = "when I feel low I tend to stay in bed and stop answering my phone".split()
    return " ".join(rng.choice(words) for _ in range(rng.randint(6, 30))).capitalize()


def _picture(rng: random.Random) -> bytes:
    """A photo-sized picture, stored as the app stores photos: JPEG, at most 1600 px."""
    image = Image.frombytes("RGB", (64, 48), rng.randbytes(64 * 48 * 3)).resize((1600, 1200))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()
