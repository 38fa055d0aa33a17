"""Loading Qt translations (QtCore only, so the command line can use them too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from safetyplan import i18n, paths

SHIPPED_LANGUAGES = ("en", "cy")
# Each language named in itself, so a person can find theirs whatever is on screen.
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SHIPPED_LANGUAGES else "en"


def effective_language(chosen: str = "") -> str:
    return chosen or system_language()


def install_core_translator(language: str = "") -> str:
    """Install the translator for ``language`` (default: the saved choice or the system's).

    Returns the language in use. English needs no translator: the source text is English.
    """
    if not language:
        from safetyplan.settings import Preferences

        language = Preferences.load().language
    language = effective_language(language)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language != "en":
        translator = QTranslator()
        if translator.load(f"safetyplan_{language}", str(paths.translations_dir())):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    i18n.install(_qt_translate)
    return language


def _qt_translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)
