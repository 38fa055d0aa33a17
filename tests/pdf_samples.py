"""A full plan for the PDF tests and tools/render_pdfs.py: every section filled, in many scripts."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image as PILImage

from safetyplan.crisis_lines import CrisisLine
from safetyplan.plan import SECTION_KEYS, Item, Plan

# One item text unique to each section, so a test can tell whether the section was printed.
MARKERS = {key: f"marker-{key.replace('_', '-')}" for key in SECTION_KEYS}
PHONES = {
    "support_people": "07700 900123",
    "professional_help": "0300 555 0199",
    "team": "+44 (0)20 7946 0958",
}
CRISIS_LINE_NUMBER = "116 123"
WELSH = "Mae’r ŵyn yn y caeau; dŷn ni’n gweld yr ŷd"
GREEK = "Η ελπίδα πεθαίνει τελευταία"
CYRILLIC = "Всё будет хорошо, обещаю"
SYMBOLS = "breathe in → hold → out ✓ 5 € saved"
ACCENTED = "Café crème à Zoë’s, naïve façade, Ångström, Łódź"


SHOUT_TEXT = "Text SHOUT to 85258"
CRISIS_LINES = (
    CrisisLine(
        name="Samaritans",
        number=CRISIS_LINE_NUMBER,
        hours="Any time, day or night.",
        who_for="Anyone who is struggling.",
        takes_calls=True,
        takes_texts=False,
        text_instruction="",
        emergency=False,
        source="https://www.samaritans.org/",
        checked=dt.date(2025, 1, 10),
        verified_against_source=False,
    ),
    CrisisLine(
        name="Shout",
        number="85258",
        hours="Any time, by text.",
        who_for="Anyone who would rather text than talk.",
        takes_calls=False,
        takes_texts=True,
        text_instruction=SHOUT_TEXT,
        emergency=False,
        source="https://giveusashout.org/",
        checked=dt.date(2025, 2, 1),
        verified_against_source=False,
        note="Free on most networks.",
    ),
)


def picture_bytes(colour: str = "#4a90a4") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def text_item(text: str, **extra: str) -> Item:
    return Item({"text": text, **extra})


def full_plan() -> Plan:
    """A plan with every section filled, including accented, Welsh, Greek and Cyrillic text."""
    plan = Plan(
        preferred_name="Siân",
        made_on=dt.date(2025, 3, 3),
        next_review=dt.date(2025, 9, 3),
        made_with="Dr Ōkubo & Nurse <Rhys>",
    )
    plan.sections["warning_signs"] = [
        text_item(MARKERS["warning_signs"]),
        text_item("I stop replying to messages & stay in bed"),
        text_item(WELSH),
    ]
    plan.sections["coping_alone"] = [
        text_item(MARKERS["coping_alone"]),
        text_item(SYMBOLS),
        text_item("Hold an ice cube until it melts"),
        text_item("A fourth thing that the card leaves out"),
    ]
    plan.sections["distractions"] = [text_item(MARKERS["distractions"]), text_item(GREEK)]
    plan.sections["support_people"] = [
        Item(
            {
                "name": "Mum",
                "relationship": "My mum",
                "phone": PHONES["support_people"],
                "notes": MARKERS["support_people"],
            }
        ),
        Item(
            {"name": "Олег", "relationship": "friend", "phone": "07700 900456", "notes": CYRILLIC}
        ),
    ]
    plan.sections["professional_help"] = [
        Item(
            {
                "name": "Crisis team",
                "phone": PHONES["professional_help"],
                "when": "Any time",
                "notes": MARKERS["professional_help"],
            }
        ),
    ]
    plan.sections["safer_environment"] = [text_item(MARKERS["safer_environment"])]
    plan.sections["reasons_for_living"] = [
        Item({"text": MARKERS["reasons_for_living"] + " — my dog, Biscuit"}, picture=1),
        text_item(ACCENTED),
    ]
    plan.sections["staying_safer"] = [text_item(MARKERS["staying_safer"])]
    plan.sections["strengths"] = [text_item(MARKERS["strengths"])]
    plan.sections["needs"] = [text_item(MARKERS["needs"])]
    plan.sections["goals_long"] = [text_item(MARKERS["goals_long"] + " Go back to college")]
    plan.sections["goals_short"] = [
        text_item(MARKERS["goals_short"], goal="Go back to college"),
    ]
    plan.sections["team"] = [
        Item({"name": "Dr Patel", "role": "GP", "phone": PHONES["team"], "notes": MARKERS["team"]}),
    ]
    plan.sections["crisis_preferences"] = [text_item(MARKERS["crisis_preferences"])]
    return plan


PICTURES = {1: picture_bytes()}

LONG_ENTRY = ("This is a long entry that goes on and on. " * 125)[:5000]
LONG_WORD = "Unbroken" * 60
LAST_ITEM = "the very last of two hundred items"


def long_plan() -> Plan:
    """200 warning signs, a 5,000-character entry and one very long word."""
    plan = full_plan()
    signs = [text_item(f"Warning sign number {n}") for n in range(1, 200)]
    plan.sections["warning_signs"] = [*signs, text_item(LAST_ITEM)]
    plan.sections["needs"] = [text_item(LONG_ENTRY + " end-of-the-long-entry")]
    plan.sections["strengths"] = [text_item(LONG_WORD)]
    plan.sections["support_people"][0].data["phone"] = "07700 900123 " + "ext 4 " * 30
    return plan


def crowded_plan() -> Plan:
    """A plan with more on it than a card's panels can hold."""
    plan = full_plan()
    plan.sections["warning_signs"] = [text_item(f"Warning sign number {n}") for n in range(30)]
    plan.sections["coping_alone"] = [text_item(LONG_ENTRY), text_item("two"), text_item("three")]
    plan.sections["support_people"] = [
        Item({"name": f"Friend {n} with a rather long name", "phone": f"07700 900{n:03}"})
        for n in range(15)
    ]
    return plan
