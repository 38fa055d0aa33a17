"""Every screen in the pseudo-languages: no untranslated text, a mirrored layout for right to
left, and nothing cut off with long words at twice the text size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from ui_tour import PERSON_DATA, crisis_line_data, tour

from safetyplan.settings import Preferences
from safetyplan.translations import (
    PSEUDO_LONG,
    PSEUDO_RTL,
    install_core_translator,
    pseudo_text,
    reset_translation,
)
from safetyplan.ui import appearance

# What a small laptop shows once the window's title bar and the taskbar have taken their share.
SMALL_LAPTOP = QSize(1280, 680)
BRACKETED = re.compile(r"\[[^\[\]]*\]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def pseudo(request, qapp) -> Iterator[str]:
    app = qapp
    saved = (app.font(), app.palette(), app.styleSheet())
    yield install_core_translator(request.param)
    reset_translation()
    app.setStyleSheet(saved[2])
    app.setFont(saved[0])
    app.setPalette(saved[1])


def is_translated(text: str) -> bool:
    """True if every word in ``text`` came through the pseudo-translator (or is data)."""
    while True:
        stripped = BRACKETED.sub("", text)
        if stripped == text:
            return not ENGLISH_WORD.search(text)
        text = stripped


def plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text():
        return label.text()
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for each piece of interface text ``widget`` shows."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", plain(widget)
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield "placeholder", widget.placeholderText()
        for index in range(widget.count()):
            yield "choice", widget.itemText(index)
    elif isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        yield "suffix", getattr(widget, "suffix", str)()
    elif isinstance(widget, QHeaderView) and widget.model() is not None:
        for section in range(widget.count()):
            yield "heading", str(widget.model().headerData(section, widget.orientation()) or "")


def visible_widgets(window: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in [window, *window.findChildren(QWidget)]
        if widget.window() is window and widget.isVisible()
    ]


def untranslated(window: QWidget, allowed: frozenset[str]) -> list[str]:
    found = []
    for widget in visible_widgets(window):
        for what, text in shown_texts(widget):
            text = text.strip()
            if text and text not in allowed and not is_translated(text):
                found.append(f"{type(widget).__name__} {what}: {text!r}")
    return found


def cut_off(window: QWidget) -> list[str]:
    """Text narrower than it needs (labels that don't wrap, buttons), or shorter than its
    wrapped lines need (labels that wrap)."""
    found = []
    for widget in visible_widgets(window):
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.contentsRect().width())
            needed += widget.height() - widget.contentsRect().height()
            if needed > widget.height():
                found.append(f"{plain(widget)!r}: needs {needed}px high, has {widget.height()}px")
        elif isinstance(widget, (QLabel, QAbstractButton)) and widget.text() and (
            widget.sizeHint().width() > widget.width()
        ):
            text = plain(widget) if isinstance(widget, QLabel) else widget.text()
            found.append(f"{text!r}: needs {widget.sizeHint().width()}px, has {widget.width()}px")
    return found


def cut_off_at_smallest(window: QWidget) -> list[str]:
    """What is cut off with ``window`` made as small as it goes (then put back as it was)."""
    size = window.size()
    window.resize(window.minimumSize())
    QApplication.processEvents()
    try:
        return cut_off(window)
    finally:
        window.resize(size)


def test_pseudo_text_keeps_placeholders_tags_and_mnemonics() -> None:
    text = pseudo_text("&Save %1 of %n to <b>{name}</b> &amp; more")
    assert text.startswith("[&S") and text.endswith("]")
    for kept in ("%1", "%n", "<b>", "{name}", "</b>", "&amp;"):
        assert kept in text
    assert "Save" not in text and "more" not in text
    words = "Save what you have written"
    assert len(pseudo_text(words)) >= len(words) * 1.4


def test_right_to_left_pseudo_text_is_marked_right_to_left() -> None:
    text = pseudo_text("Saved", right_to_left=True)
    assert "\u202e" in text and "Saved" not in text


@pytest.mark.parametrize("pseudo", [PSEUDO_LONG], indirect=True)
def test_format_patterns_and_key_names_are_left_alone(pseudo: str) -> None:
    hint = "how dates are shown (Qt date format)"
    assert QCoreApplication.translate("X", "d MMMM yyyy", hint) == "d MMMM yyyy"
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"
    assert QCoreApplication.translate("X", "Saved") != "Saved"


@pytest.mark.parametrize("pseudo", [PSEUDO_LONG, PSEUDO_RTL], indirect=True)
def test_every_screen_is_translated(qtbot, tmp_path: Path, pseudo: str) -> None:
    allowed = PERSON_DATA | crisis_line_data()
    problems = []
    for name, window in tour(qtbot, tmp_path):
        problems += [f"{name}: {problem}" for problem in untranslated(window, allowed)]
        if pseudo == PSEUDO_RTL:
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, name
            assert not window.grab().isNull()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("pseudo", [PSEUDO_LONG], indirect=True)
def test_nothing_is_cut_off_at_twice_the_text_size(qtbot, tmp_path: Path, pseudo: str) -> None:
    appearance.apply(Preferences(text_scale=200))
    problems = []
    for name, window in tour(qtbot, tmp_path):
        room = window.screen().availableGeometry().size().expandedTo(window.minimumSize())
        if window.width() > room.width() or window.height() > room.height():
            problems.append(f"{name}: opens bigger than the screen, and bigger than it needs")
        QApplication.processEvents()  # let the layouts settle
        problems += [f"{name}: {problem}" for problem in cut_off(window)]
        problems += [f"{name}, made smallest: {problem}" for problem in cut_off_at_smallest(window)]
    assert not problems, "\n".join(problems)
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.parametrize("pseudo", ["en", "cy"], indirect=True)
def test_every_window_fits_a_small_laptop_at_twice_the_text_size(
    qtbot, tmp_path: Path, pseudo: str
) -> None:
    appearance.apply(Preferences(text_scale=200))
    problems = []
    for name, window in tour(qtbot, tmp_path):
        smallest = window.minimumSize()
        if smallest.width() > SMALL_LAPTOP.width() or smallest.height() > SMALL_LAPTOP.height():
            problems.append(f"{name}: needs at least {smallest.width()}x{smallest.height()}")
    assert not problems, "\n".join(problems)
