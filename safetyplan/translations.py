"""Loading Qt translations and the locale (QtCore only, so the command line can use them too).

Besides the shipped languages there are two pseudo-languages for developers, chosen with
``SAFETYPLAN_PSEUDO=long`` or ``SAFETYPLAN_PSEUDO=rtl`` (never offered to people using the app):

- ``en-XA`` ("long"): every string accented, bracketed and lengthened, "[Šåṽéð ~~~]", so
  untranslated text stands out and layouts are tried with longer words;
- ``ar-XB`` ("rtl"): the same, written right to left, with the whole layout mirrored.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from safetyplan import i18n, paths

SHIPPED_LANGUAGES = ("en", "cy")
# Each language named in itself, so a person can find theirs whatever is on screen.
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
PSEUDO_LONG, PSEUDO_RTL = "en-XA", "ar-XB"
PSEUDO_ENV = "SAFETYPLAN_PSEUDO"
PSEUDO_CHOICES = {"long": PSEUDO_LONG, "rtl": PSEUDO_RTL}
# SafetyPlan follows UK practice: English and Welsh dates and numbers as written in the UK,
# unless the system already uses the chosen language (then its own region is kept).
HOME_TERRITORY = "GB"
_FOLLOW_TRANSLATION = Qt.LayoutDirection.LayoutDirectionAuto
_installed: list[QTranslator] = []  # the translator in use (installed if there is an app)


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SHIPPED_LANGUAGES else "en"


def pseudo_language() -> str:
    """The pseudo-language asked for with ``SAFETYPLAN_PSEUDO`` ("" when none)."""
    return PSEUDO_CHOICES.get(os.environ.get(PSEUDO_ENV, "").strip().lower(), "")


def effective_language(chosen: str = "") -> str:
    return pseudo_language() or chosen or system_language()


def locale_for(language: str) -> QLocale:
    """The locale for dates, times and numbers in ``language`` (pseudo-languages: English)."""
    if language in (PSEUDO_LONG, PSEUDO_RTL):
        language = "en"
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(f"{language}_{HOME_TERRITORY}")


def install_core_translator(language: str = "") -> str:
    """Install the translator and locale for ``language`` (default: the saved choice or the
    system's; ``SAFETYPLAN_PSEUDO`` overrides both).

    Returns the language in use. English has a translator too: it holds the plural forms.
    """
    if not language:
        from safetyplan.settings import Preferences

        language = Preferences.load().language
    language = effective_language(language)
    _remove_translators()
    translator = _translator_for(language)
    if translator is not None:
        _installed.append(translator)
        if QCoreApplication.instance() is not None:  # the command line has none: see below
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    _set_layout_direction(language == PSEUDO_RTL)
    i18n.install(_qt_translate)
    return language


def translation_reviewed() -> bool:
    """Whether a fluent speaker has checked the translation in use (English: the source).

    Each translation says so itself, so the mark travels with the file: see
    ``translations/README.md``.
    """
    status = QCoreApplication.translate(
        "TranslationStatus",
        "reviewed",
        'Translate as "reviewed" only once a fluent speaker has checked the whole translation. '
        'Until then, translate as "awaiting review", saying by whom.',
    )
    return status == "reviewed"


def reset_translation() -> None:
    """Back to the English source text and the system's locale (tests tidy up with it)."""
    _remove_translators()
    QLocale.setDefault(QLocale.system())
    _set_layout_direction(False)


def _remove_translators() -> None:
    for old in _installed:
        if QCoreApplication.instance() is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()


def _translator_for(language: str) -> QTranslator | None:
    if language in (PSEUDO_LONG, PSEUDO_RTL):
        return PseudoTranslator(right_to_left=language == PSEUDO_RTL)
    translator = QTranslator()
    if translator.load(f"safetyplan_{language}", str(paths.translations_dir())):
        return translator
    return None


def _set_layout_direction(right_to_left: bool) -> None:
    """Mirror the layout for right-to-left text; otherwise let Qt follow the translation."""
    from PySide6.QtGui import QGuiApplication  # the command line has no GUI application

    if isinstance(QCoreApplication.instance(), QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else _FOLLOW_TRANSLATION
        QGuiApplication.setLayoutDirection(direction)


def _qt_translate(context: str, text: str, n: int) -> str:
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, None, n)
    # The command line runs without an application object, which Qt needs to install a
    # translator: ask the translator directly.
    for translator in _installed:
        found = translator.translate(context, text, None, n)
        if found:
            return found.replace("%n", str(n)) if n >= 0 else found
    return text


# ---------------------------------------------------------------------------- pseudo-translation

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# Kept exactly as written: placeholders (%1, %L1, %n, {name}), HTML tags and entities, and a
# mnemonic with its letter (&S), so shortcuts and substitutions still work.
_KEPT = re.compile(r"%L?\d+|%n|\{\w*\}|<[^>]*>|&#?\w+;|&&|&\w")
# Contexts whose strings aren't prose: the names of keys in shortcuts.
_UNTOUCHED_CONTEXTS = frozenset({"QShortcut"})
# Translator comments that mark a format pattern rather than words (e.g. "d MMMM yyyy").
_FORMAT_HINT = "Qt date format"
_RTL_START, _RTL_END = "\u202e", "\u202c"  # right-to-left override ... pop directional formatting
_LENGTHEN = 0.4  # German and Welsh can run 30-40% longer than English


def pseudo_text(text: str, right_to_left: bool = False) -> str:
    """``text`` accented, lengthened and bracketed; placeholders, tags and mnemonics kept."""
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: text.index(core)], text[text.index(core) + len(core) :]
    text = core
    pieces, position, letters = [], 0, 0
    for kept in _KEPT.finditer(text):
        plain = text[position : kept.start()]
        letters += sum(ch.isalpha() for ch in plain)
        pieces += [_accent(plain, right_to_left), kept.group()]
        position = kept.end()
    plain = text[position:]
    letters += sum(ch.isalpha() for ch in plain)
    pieces.append(_accent(plain, right_to_left))
    padding = "~" * max(2, round(letters * _LENGTHEN))
    return f"{lead}[{''.join(pieces)} {padding}]{trail}"


def _accent(plain: str, right_to_left: bool) -> str:
    accented = "".join(_ACCENTED.get(ch, ch) for ch in plain)
    if right_to_left and accented.strip():
        return _RTL_START + accented + _RTL_END
    return accented


class PseudoTranslator(QTranslator):
    """Every string transformed by :func:`pseudo_text`, after the English plural forms.

    Installed for ``en-XA`` and ``ar-XB``. For right to left it also tells Qt the layout
    direction, as a real right-to-left translation does.
    """

    def __init__(self, right_to_left: bool = False) -> None:
        super().__init__()
        self.right_to_left = right_to_left
        self._english = QTranslator(self)
        self._english.load("safetyplan_en", str(paths.translations_dir()))

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context == "QGuiApplication" and sourceText == "QT_LAYOUT_DIRECTION":
            return "RTL" if self.right_to_left else "LTR"
        english = self._english.translate(context, sourceText, disambiguation, n) or sourceText
        if context in _UNTOUCHED_CONTEXTS or _FORMAT_HINT in (disambiguation or ""):
            return english
        return pseudo_text(english, self.right_to_left)
