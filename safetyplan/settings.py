"""App preferences that hold nothing personal: language, idle lock, discreet mode, text size.

They live in Qt's ordinary settings file, outside the vault, because some are needed before
unlocking (the discreet title, the language of the unlock screen). Nothing from the plan is ever
stored here: no names, no text, no file names of exports.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from safetyplan import APP_NAME

DEFAULT_IDLE_MINUTES = 5
ALLOWED_KEYS = frozenset(
    {
        "language",
        "idle_minutes",
        "discreet",
        "text_scale",
        "high_contrast",
        "region",
        "paper_size",
        "show_self_harm_question",
        "library/text_size",
    }
)


def qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


@dataclass
class Preferences:
    language: str = ""  # "" = the system's language
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    discreet: bool = False
    text_scale: int = 100  # percent
    high_contrast: bool = False
    region: str = "gb"
    paper_size: str = ""  # "" = from the locale
    show_self_harm_question: bool = True

    @classmethod
    def load(cls) -> Preferences:
        store = qsettings()
        defaults = cls()
        return cls(
            language=str(store.value("language", defaults.language)),
            idle_minutes=_int(store.value("idle_minutes"), defaults.idle_minutes, 1, 240),
            discreet=_bool(store.value("discreet"), defaults.discreet),
            text_scale=_int(store.value("text_scale"), defaults.text_scale, 50, 300),
            high_contrast=_bool(store.value("high_contrast"), defaults.high_contrast),
            region=str(store.value("region", defaults.region)),
            paper_size=str(store.value("paper_size", defaults.paper_size)),
            show_self_harm_question=_bool(
                store.value("show_self_harm_question"), defaults.show_self_harm_question
            ),
        )

    def save(self) -> None:
        store = qsettings()
        for key, value in vars(self).items():
            assert key in ALLOWED_KEYS
            store.setValue(key, value)
        store.sync()


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return default
    return max(low, min(high, number))


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in {"true", "1", "yes"}
