"""Translation hooks for the core.

The core marks its strings with ``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate``
collects them, and looks them up with :func:`translate`. Until a front end installs Qt's
translator (the desktop app and the command line both do), :func:`translate` returns the
English text unchanged, so the core works without Qt.
"""

from collections.abc import Callable

Translator = Callable[[str, str, int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    del context
    return text


def _untranslated(context: str, text: str, n: int) -> str:
    del context, n
    return text


_translator: Translator = _untranslated


def install(translator: Translator) -> None:
    """Route every later :func:`translate` call through ``translator``."""
    global _translator
    _translator = translator


def translate(context: str, text: str, n: int = -1) -> str:
    """Translate ``text``, marked with ``QT_TRANSLATE_NOOP``; ``n`` picks a plural form."""
    return _translator(context, text, n)
