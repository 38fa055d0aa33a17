"""Translations: the .ts files are current, the Welsh is complete and keeps every placeholder,
and choosing Welsh shows Welsh in the window, the print dialog and the printed plan."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, QUICK_KDF
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from safetyplan.crisis_lines import load_region
from safetyplan.export_pdf import ShareOptions, format_date, plan_pdf_bytes
from safetyplan.plan import Item, Plan
from safetyplan.settings import Preferences
from safetyplan.translations import (
    PSEUDO_ENV,
    PSEUDO_RTL,
    effective_language,
    install_core_translator,
    reset_translation,
    translation_reviewed,
)
from safetyplan.ui.main_window import MainWindow
from safetyplan.ui.print_dialog import ShareDialog
from safetyplan.ui.qt_strings import QT_OWN_STRINGS

ROOT = Path(__file__).resolve().parent.parent
WELSH_TS = ROOT / "translations" / "safetyplan_cy.ts"
# What the app fills in (%1, %L1, %n, {name}) and markup it relies on (<a href="undo">).
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w*\}|<[^>]+>")
MNEMONIC = re.compile(r"&(?!&|#?\w+;)(\w)")
# Ampersands that are words, not Alt+letter keys: "A&E" is the emergency department.
NOT_MNEMONICS = re.compile(r"\bA&E\b")


@pytest.fixture
def welsh(qapp) -> Iterator[str]:
    yield install_core_translator("cy")
    reset_translation()


def welsh_messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(WELSH_TS).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def test_the_translation_files_match_the_code() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import check_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert check_translations.main() == 0


def test_every_welsh_message_is_translated() -> None:
    unfinished = [
        where(context, message)
        for context, message in welsh_messages()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(text.strip() for text in translations_of(message))
    ]
    assert not unfinished, "\n".join(unfinished)


def test_welsh_has_every_plural_form() -> None:
    plurals = [message for _context, message in welsh_messages() if message.get("numerus")]
    assert plurals
    for message in plurals:
        assert len(translations_of(message)) == 5  # Qt's Welsh forms: 0, 1, 2-5, 6, other


def test_welsh_keeps_every_placeholder_and_mnemonic() -> None:
    problems = []
    for context, message in welsh_messages():
        source = message.findtext("source", "")
        for translation in filter(None, translations_of(message)):  # unfinished: see above
            if Counter(PLACEHOLDER.findall(translation)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where(context, message)} placeholders: {translation!r}")
            keys = MNEMONIC.findall(NOT_MNEMONICS.sub("", source))
            if len(MNEMONIC.findall(translation)) != len(keys):
                problems.append(f"{where(context, message)} mnemonic: {translation!r}")
    assert not problems, "\n".join(problems)


def test_welsh_mnemonics_repeat_no_more_than_the_english_ones() -> None:
    """Within each part of the screen, an Alt+letter key is not shared more than in English."""
    letters: dict[str, tuple[list[str], list[str]]] = {}
    for context, message in welsh_messages():
        english, welsh = letters.setdefault(context, ([], []))
        english += [m.lower() for m in MNEMONIC.findall(message.findtext("source", ""))]
        welsh += [m.lower() for m in MNEMONIC.findall(translations_of(message)[0])]
    for context, (english, welsh) in letters.items():
        assert len(welsh) - len(set(welsh)) <= len(english) - len(set(english)), context


def test_the_welsh_translation_says_it_awaits_review(welsh: str) -> None:
    assert welsh == "cy"
    assert not translation_reviewed()
    status = QCoreApplication.translate(
        "TranslationStatus",
        "reviewed",
        'Translate as "reviewed" only once a fluent speaker has checked the whole translation. '
        'Until then, translate as "awaiting review", saying by whom.',
    )
    assert status == "awaiting review by a Welsh-speaking reviewer"
    assert "awaiting review" in (ROOT / "translations" / "README.md").read_text(encoding="utf-8")


def test_english_is_reviewed_and_has_its_singulars(qapp) -> None:
    try:
        install_core_translator("en")
        assert translation_reviewed()
        assert QCoreApplication.translate("LibraryWidget", "%n pages found", "", 1) == (
            "1 page found"
        )
        assert QCoreApplication.translate("LibraryWidget", "%n pages found", "", 3) == (
            "3 pages found"
        )
    finally:
        reset_translation()


def test_qt_own_buttons_are_in_welsh(welsh: str) -> None:
    translated = {
        (context, text): QCoreApplication.translate(context, text)
        for context, text in QT_OWN_STRINGS
    }
    assert translated[("QPlatformTheme", "Cancel")] == "Canslo"
    assert all(welsh_text != text for (_context, text), welsh_text in translated.items())


def test_dates_and_numbers_follow_the_language(welsh: str) -> None:
    assert QLocale().language() == QLocale.Language.Welsh
    assert QLocale().toString(QDate(2025, 3, 3), "d MMMM yyyy") == "3 Mawrth 2025"
    assert format_date(dt.date(2025, 3, 3), "cy") == "3 Mawrth 2025"
    install_core_translator("en")
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().toString(QDate(2025, 3, 3), "d MMMM yyyy") == "3 March 2025"


def test_pseudo_languages_are_chosen_from_the_environment(qapp, monkeypatch) -> None:
    monkeypatch.setenv(PSEUDO_ENV, "rtl")
    assert effective_language("cy") == PSEUDO_RTL
    try:
        install_core_translator("cy")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        reset_translation()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    monkeypatch.setenv(PSEUDO_ENV, "nonsense")
    assert effective_language("cy") == "cy"


def make_window(qtbot, folder: Path, language: str = "") -> MainWindow:
    window = MainWindow(folder, Preferences(language=language), QUICK_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def unlock(qtbot, window: MainWindow) -> None:
    window.unlock_page.field.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(window.is_unlocked)


def test_the_window_is_in_welsh(qtbot, made_vault, welsh: str) -> None:
    window = make_window(qtbot, made_vault[0], "cy")
    page_text = " ".join(label.text() for label in window.unlock_page.findChildren(QLabel))
    assert "Mae eich cynllun wedi'i gloi" in page_text
    assert window.unlock_page.unlock_button.text() == "&Agor fy nghynllun"
    assert window.hide_action.text() == "&Cuddio nawr"
    unlock(qtbot, window)
    assert window.plan_page is not None
    editor = window.plan_page.editor
    assert editor.pages["warning_signs"].accessibleName() == "Fy arwyddion rhybudd"
    assert window.plan_page.tabs.tabText(0) == "Fy nghynllun"


def test_the_print_dialog_and_the_printed_plan_are_in_welsh(qtbot, welsh: str) -> None:
    plan = Plan()
    plan.items("warning_signs").append(Item(data={"text": "Not sleeping"}))
    dialog = ShareDialog(plan, load_region("gb"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Argraffu neu rannu eich cynllun"
    groups = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert "Fy nghynllun diogelwch" in groups
    assert dialog.section_boxes["warning_signs"].text() == "Fy arwyddion rhybudd"
    assert QLocale().bcp47Name() == "cy"  # the dialog's PDF is made in the chosen language
    pdf = plan_pdf_bytes(plan, ShareOptions(), load_region("gb"), dt.date(2025, 3, 3), "cy")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Fy arwyddion rhybudd" in text
    assert "3 Mawrth 2025" in text
    assert "Not sleeping" in text  # the person's own words are never translated


def test_changing_language_keeps_everything_typed(qtbot, made_vault, qapp) -> None:
    window = make_window(qtbot, made_vault[0])
    try:
        unlock(qtbot, window)
        assert window.plan_page is not None
        page = window.plan_page.editor.pages["warning_signs"]
        page.add_entry()
        field = page.editor.first_field()
        qtbot.keyClicks(field, "Not sleeping")  # still waiting to be saved when Welsh is chosen
        window.apply_preferences(Preferences(language="cy"))
        assert window.is_unlocked()
        assert window.plan_page is not None
        assert window.plan_page.tabs.tabText(0) == "Fy nghynllun"
        items = window.plan_page.store.load().items("warning_signs")
        assert [item.text() for item in items] == ["Not sleeping"]
        new_page = window.plan_page.editor.pages["warning_signs"]
        assert new_page.model.rowCount() == 1
    finally:
        window.apply_preferences(Preferences())
        reset_translation()


def test_the_command_line_speaks_the_chosen_language(tmp_path: Path) -> None:
    """The command line has no Qt application object, which Qt needs to install a translator."""
    config = tmp_path / "config"
    (config / "SafetyPlan").mkdir(parents=True)
    (config / "SafetyPlan" / "SafetyPlan.ini").write_text("[General]\nlanguage=cy\n")
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config)}
    environment["SAFETYPLAN_DATA_DIR"] = str(tmp_path / "data")
    command = [sys.executable, "-m", "safetyplan", "verify", "--vault", str(tmp_path / "none")]
    result = subprocess.run(
        [*command, "--passphrase-stdin"],
        input="not a passphrase\n",
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Does dim cynllun SafetyPlan yn y ffolder hon." in result.stderr + result.stdout
