"""The plan: its sections, their fields and wording, and the in-memory model.

Section keys are stable: they are the names used in the database, the JSON file format and the
``--sections`` option of the command line. Titles, prompts and examples are marked for
translation and looked up with :func:`safetyplan.i18n.translate` where they are shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from safetyplan.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "PlanSections"


class Group(Enum):
    SAFETY_PLAN = "safety_plan"
    HARM_MINIMISATION = "harm_minimisation"
    CARE_PLAN = "care_plan"


GROUP_TITLES = {
    Group.SAFETY_PLAN: QT_TRANSLATE_NOOP("PlanSections", "My safety plan"),
    Group.HARM_MINIMISATION: QT_TRANSLATE_NOOP("PlanSections", "Staying safer"),
    Group.CARE_PLAN: QT_TRANSLATE_NOOP("PlanSections", "My wider care plan"),
}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # marked for translation in CONTEXT
    multiline: bool = False
    is_phone: bool = False


TEXT = FieldSpec("text", QT_TRANSLATE_NOOP("PlanSections", "In your own words"), multiline=True)
NAME = FieldSpec("name", QT_TRANSLATE_NOOP("PlanSections", "Name"))
RELATIONSHIP = FieldSpec("relationship", QT_TRANSLATE_NOOP("PlanSections", "Who they are to you"))
PHONE = FieldSpec("phone", QT_TRANSLATE_NOOP("PlanSections", "Phone"), is_phone=True)
NOTES = FieldSpec("notes", QT_TRANSLATE_NOOP("PlanSections", "Notes"), multiline=True)
WHEN = FieldSpec("when", QT_TRANSLATE_NOOP("PlanSections", "When you can reach them"))
ROLE = FieldSpec("role", QT_TRANSLATE_NOOP("PlanSections", "What they do"))
GOAL = FieldSpec("goal", QT_TRANSLATE_NOOP("PlanSections", "Longer-term goal it helps with"))


@dataclass(frozen=True)
class SectionSpec:
    key: str
    group: Group
    title: str
    prompt: str
    examples: tuple[str, ...]
    fields: tuple[FieldSpec, ...] = (TEXT,)
    allows_pictures: bool = False

    @property
    def is_contact(self) -> bool:
        return any(f.is_phone for f in self.fields)

    @property
    def field_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def required_keys(self) -> tuple[str, ...]:
        """Keys every item of this section carries (they may be empty strings)."""
        return ("name", "phone") if self.is_contact else ("text",)

    def translated_title(self) -> str:
        return translate(CONTEXT, self.title)

    def translated_prompt(self) -> str:
        return translate(CONTEXT, self.prompt)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "warning_signs",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "My warning signs"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What thoughts, feelings, situations or things that happen tell you a crisis "
            "may be building?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "I stop replying to messages"),
            QT_TRANSLATE_NOOP("PlanSections", "I can't sleep and my thoughts race"),
            QT_TRANSLATE_NOOP("PlanSections", "Arguments at home"),
        ),
    ),
    SectionSpec(
        "coping_alone",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "Things I can do on my own to cope"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What could you do, on your own, to take your mind off things or to get through "
            "the next few minutes?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "Hold an ice cube until it melts"),
            QT_TRANSLATE_NOOP("PlanSections", "Go for a walk round the block"),
            QT_TRANSLATE_NOOP("PlanSections", "Listen to my calm playlist"),
        ),
    ),
    SectionSpec(
        "distractions",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "People and places that take my mind off things"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Who could you be with, or where could you go, to feel a bit better for a while? "
            "You don't have to tell them how you feel.",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "The library or a café"),
            QT_TRANSLATE_NOOP("PlanSections", "Watching a film with my sister"),
        ),
    ),
    SectionSpec(
        "support_people",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "People I can ask for help"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Who could you talk to, or ask for help, when things get hard?",
        ),
        (),
        (NAME, RELATIONSHIP, PHONE, NOTES),
    ),
    SectionSpec(
        "professional_help",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "Professionals and services I can contact"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Which services or professionals can you contact in a crisis, and when can you "
            "reach them? You can add the crisis lines ready-made.",
        ),
        (),
        (NAME, PHONE, WHEN, NOTES),
    ),
    SectionSpec(
        "safer_environment",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "Making my surroundings safer"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What could you do, or ask someone to do, to make where you are safer when you "
            "feel this way?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "Ask my partner to keep hold of my medicines"),
            QT_TRANSLATE_NOOP("PlanSections", "Go somewhere with other people around"),
        ),
    ),
    SectionSpec(
        "reasons_for_living",
        Group.SAFETY_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "What matters to me"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What matters most to you, and is worth holding on for? You can add pictures too.",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "My dog, Biscuit"),
            QT_TRANSLATE_NOOP("PlanSections", "Seeing my niece grow up"),
        ),
        allows_pictures=True,
    ),
    SectionSpec(
        "staying_safer",
        Group.HARM_MINIMISATION,
        QT_TRANSLATE_NOOP("PlanSections", "If I do self-harm, how I look after myself"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Where is your first-aid kit? How will you look after any injury, and when will "
            "you get medical help?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "My first-aid kit is in the bathroom cupboard"),
            QT_TRANSLATE_NOOP("PlanSections", "If I'm not sure, I will call 111 or go to A&E"),
        ),
    ),
    SectionSpec(
        "strengths",
        Group.CARE_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "My strengths and what has helped before"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What are you good at? What has helped you get through hard times before?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "I'm a good listener"),
            QT_TRANSLATE_NOOP("PlanSections", "Art helped me last winter"),
        ),
    ),
    SectionSpec(
        "needs",
        Group.CARE_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "What I'd like help with"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Is there anything you'd like help with: your health, money, housing, "
            "relationships, or children or others who depend on you?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "Sorting out my benefits"),
            QT_TRANSLATE_NOOP("PlanSections", "Sleeping better"),
        ),
    ),
    SectionSpec(
        "goals_long",
        Group.CARE_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "My longer-term goals"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Where would you like to be in a year or two: learning, work, relationships, home?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "Go back to college"),
            QT_TRANSLATE_NOOP("PlanSections", "Live in my own flat"),
        ),
    ),
    SectionSpec(
        "goals_short",
        Group.CARE_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "Short-term steps"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What small step could you take in the next few weeks towards one of your "
            "longer-term goals?",
        ),
        (QT_TRANSLATE_NOOP("PlanSections", "Look at college courses online"),),
        (TEXT, GOAL),
    ),
    SectionSpec(
        "team",
        Group.CARE_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "Who does what"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "Who is part of your care, what do they do, and how can you reach them? "
            "You can include yourself.",
        ),
        (),
        (NAME, ROLE, PHONE, NOTES),
    ),
    SectionSpec(
        "crisis_preferences",
        Group.CARE_PLAN,
        QT_TRANSLATE_NOOP("PlanSections", "If I'm in crisis: what I would like"),
        QT_TRANSLATE_NOOP(
            "PlanSections",
            "What helps you avoid a hospital stay? If you did have to go, what would you "
            "want? Who or what depends on you (people, pets)? Anything you have decided "
            "in advance?",
        ),
        (
            QT_TRANSLATE_NOOP("PlanSections", "Please call my mum to look after my cat"),
            QT_TRANSLATE_NOOP("PlanSections", "Being somewhere quiet helps me"),
        ),
    ),
)

SECTIONS_BY_KEY: dict[str, SectionSpec] = {s.key: s for s in SECTIONS}
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
# The crisis steps, in the order a person works through them in a crisis.
CRISIS_STEPS: tuple[str, ...] = (
    "warning_signs",
    "coping_alone",
    "distractions",
    "support_people",
    "professional_help",
    "safer_environment",
    "reasons_for_living",
)

DETAIL_LABELS = {
    "preferred_name": QT_TRANSLATE_NOOP("PlanSections", "Your name, as you like to be called"),
    "made_on": QT_TRANSLATE_NOOP("PlanSections", "Plan made on"),
    "next_review": QT_TRANSLATE_NOOP("PlanSections", "Next review"),
    "made_with": QT_TRANSLATE_NOOP("PlanSections", "Made with"),
}
DETAIL_KEYS: tuple[str, ...] = tuple(DETAIL_LABELS)
# NICE: review the plan at least once a year.
MAX_REVIEW_DAYS = 365


# Dates a plan and its diary may carry: wide enough for any real plan, narrow enough that
# date sums (a year on, a month back) can never leave what Python and Qt can hold.
EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)


def latest_review_date(made_on: dt.date) -> dt.date:
    """The latest next-review date allowed for a plan made on ``made_on`` (12 months on)."""
    try:
        return made_on.replace(year=made_on.year + 1)
    except ValueError:  # 29 February
        return made_on.replace(year=made_on.year + 1, day=28)


@dataclass
class Item:
    """One entry in a section. ``data`` maps the section's field keys to text.

    ``id`` is the database row id, or ``None`` for an item not yet stored. An item in
    ``reasons_for_living`` may carry ``picture``: the id of a picture stored in the vault.
    """

    data: dict[str, str]
    id: int | None = None
    picture: int | None = None

    def text(self, key: str = "text") -> str:
        return self.data.get(key, "")


@dataclass
class Plan:
    preferred_name: str = ""
    made_on: dt.date | None = None
    next_review: dt.date | None = None
    made_with: str = ""
    sections: dict[str, list[Item]] = field(
        default_factory=lambda: {key: [] for key in SECTION_KEYS}
    )

    def items(self, key: str) -> list[Item]:
        return self.sections.setdefault(key, [])

    def is_empty(self) -> bool:
        no_details = not (self.preferred_name or self.made_on or self.next_review or self.made_with)
        return no_details and not any(self.sections.values())
