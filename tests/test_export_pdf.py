"""The printed plan, large print, wallet card and "what works for me" page, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
from pdf_samples import (
    ACCENTED,
    CRISIS_LINE_NUMBER,
    CRISIS_LINES,
    CYRILLIC,
    GREEK,
    LAST_ITEM,
    LONG_ENTRY,
    LONG_WORD,
    MARKERS,
    PHONES,
    PICTURES,
    SHOUT_TEXT,
    SYMBOLS,
    WELSH,
    crowded_plan,
    full_plan,
    long_plan,
)
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from safetyplan.errors import CannotWriteFile
from safetyplan.export_pdf import (
    CARD_MIN_SIZE,
    CARD_PANEL_HEIGHT_MM,
    CARD_PANEL_WIDTH_MM,
    READING_ORDER,
    ShareOptions,
    card_layout,
    card_pdf_bytes,
    default_page_size,
    plan_pdf_bytes,
    printed_sections,
    what_helps_pdf_bytes,
    write_crisis_card,
    write_plan_pdf,
    write_what_helps_pdf,
)
from safetyplan.plan import SECTION_KEYS, SECTIONS_BY_KEY, Item, Plan

PRINTED_ON = dt.date(2025, 3, 10)
A4_POINTS = (595.28, 841.89)
LETTER_POINTS = (612.0, 792.0)
CHOSEN = ("warning_signs", "support_people", "needs")


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    """All the PDF's text, with runs of white space (line breaks) made single spaces."""
    return " ".join(" ".join(page.extract_text().split()) for page in read(data).pages)


def body_text_of(data: bytes) -> str:
    """The text without the page footers, so writing that runs over a page break reads on."""
    lines = [line for page in read(data).pages for line in page.extract_text().splitlines()]
    return " ".join(line for line in lines if "· printed" not in line and "Page " not in line)


def font_sizes(data: bytes) -> list[float]:
    """The size of every non-blank run of text in the PDF."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    for page in read(data).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.fixture(scope="module")
def full_pdf() -> bytes:
    return plan_pdf_bytes(
        full_plan(), ShareOptions(page_size="A4"), CRISIS_LINES, PRINTED_ON, pictures=PICTURES
    )


@pytest.fixture(scope="module")
def chosen_pdf() -> bytes:
    options = ShareOptions(sections=CHOSEN, shared_with="my GP", page_size="Letter")
    return plan_pdf_bytes(full_plan(), options, CRISIS_LINES, PRINTED_ON)


@pytest.fixture(scope="module")
def large_pdf() -> bytes:
    options = ShareOptions(large_print=True, page_size="A4", shared_with="my family")
    return plan_pdf_bytes(full_plan(), options, CRISIS_LINES, PRINTED_ON, pictures=PICTURES)


@pytest.fixture(scope="module")
def card_pdf() -> bytes:
    return card_pdf_bytes(full_plan(), ShareOptions(page_size="A4"), CRISIS_LINES)


# ----------------------------------------------------------------------------- the full plan


def test_full_plan_has_every_section_title_and_item(full_pdf: bytes) -> None:
    text = text_of(full_pdf)
    for key in SECTION_KEYS:
        assert SECTIONS_BY_KEY[key].translated_title() in text
        assert MARKERS[key] in text


def test_sections_follow_the_reading_order(full_pdf: bytes) -> None:
    text = text_of(full_pdf)
    positions = [text.index(MARKERS[key]) for key in READING_ORDER]
    assert positions == sorted(positions)
    assert text.index("My safety plan") < text.index("Staying safer") < text.index("My wider care")


def test_title_details_and_footer(full_pdf: bytes) -> None:
    text = text_of(full_pdf)
    assert "Safety plan for Siân" in text
    assert "Plan made on: 3 March 2025" in text
    assert "Next review: 3 September 2025" in text
    assert "Made with: Dr Ōkubo & Nurse <Rhys>" in text  # escaped, not taken as markup
    pages = read(full_pdf).pages
    for number, page in enumerate(pages, start=1):
        page_text = " ".join(page.extract_text().split())
        assert f"Page {number} of {len(pages)}" in page_text
        assert "Siân's safety plan · printed 10 March 2025" in page_text


def test_no_shared_line_when_everything_is_printed_for_no_one(full_pdf: bytes) -> None:
    assert "Shared" not in text_of(full_pdf)


def test_phone_numbers_print_whole(full_pdf: bytes) -> None:
    text = text_of(full_pdf)
    for number in (*PHONES.values(), CRISIS_LINE_NUMBER, SHOUT_TEXT):
        assert number in text


def test_crisis_lines_print_with_their_hours(full_pdf: bytes) -> None:
    text = text_of(full_pdf)
    assert "Crisis lines" in text
    assert "Samaritans 116 123 Any time, day or night. Anyone who is struggling." in text
    assert f"Shout {SHOUT_TEXT} Any time, by text." in text  # texts only: no number to call
    assert "Free on most networks." in text
    assert "Crisis line details as of 1 February 2025." in text


def test_accented_welsh_greek_cyrillic_and_symbols_survive(full_pdf: bytes) -> None:
    text = text_of(full_pdf)
    for sample in (WELSH, GREEK, CYRILLIC, SYMBOLS, ACCENTED, "Олег"):
        assert sample in text


def test_short_term_steps_show_their_goal(full_pdf: bytes) -> None:
    assert "Helps with the goal: Go back to college" in text_of(full_pdf)


def test_metadata_title_author_language_creator(full_pdf: bytes) -> None:
    reader = read(full_pdf)
    assert reader.metadata.title == "Safety plan for Siân"
    assert reader.metadata.author == "Siân"
    assert reader.metadata.creator == "SafetyPlan"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_language_is_written_as_a_bcp47_tag() -> None:
    data = plan_pdf_bytes(full_plan(), ShareOptions(page_size="A4"), language="en_GB")
    assert read(data).trailer["/Root"]["/Lang"] == "en-GB"
    card = card_pdf_bytes(full_plan(), ShareOptions(page_size="A4"), language="cy")
    assert read(card).trailer["/Root"]["/Lang"] == "cy"


def test_author_is_the_app_when_there_is_no_name() -> None:
    plan = full_plan()
    plan.preferred_name = ""
    data = plan_pdf_bytes(plan, ShareOptions(page_size="A4"), printed_on=PRINTED_ON)
    assert read(data).metadata.author == "SafetyPlan"
    text = text_of(data)
    assert "My safety plan" in text
    assert "Safety plan · printed 10 March 2025" in text


def test_every_font_is_embedded(full_pdf: bytes, card_pdf: bytes) -> None:
    for data in (full_pdf, card_pdf):
        for page in read(data).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert "DejaVuSans" in font["/BaseFont"]
                assert "/FontFile2" in font["/FontDescriptor"]


def test_a4_and_letter_page_sizes(full_pdf: bytes, chosen_pdf: bytes) -> None:
    for data, size in ((full_pdf, A4_POINTS), (chosen_pdf, LETTER_POINTS)):
        for page in read(data).pages:
            assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.01)
            assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.01)


def test_pictures_are_drawn_only_when_given(full_pdf: bytes) -> None:
    def images(data: bytes) -> int:
        return sum(len(page.images) for page in read(data).pages)

    without = plan_pdf_bytes(full_plan(), ShareOptions(page_size="A4"), CRISIS_LINES, PRINTED_ON)
    assert images(full_pdf) == 1
    assert images(without) == 0


def test_an_unreadable_picture_is_left_out_and_the_text_kept() -> None:
    data = plan_pdf_bytes(
        full_plan(), ShareOptions(page_size="A4"), pictures={1: b"not a picture at all"}
    )
    assert sum(len(page.images) for page in read(data).pages) == 0
    assert MARKERS["reasons_for_living"] in text_of(data)


# ----------------------------------------------------------------------------- choosing sections


def test_chosen_sections_are_printed_and_no_others(chosen_pdf: bytes) -> None:
    text = text_of(chosen_pdf)
    for key in SECTION_KEYS:
        title = SECTIONS_BY_KEY[key].translated_title()
        if key in CHOSEN:
            assert title in text and MARKERS[key] in text
        else:
            assert title not in text, key
            assert MARKERS[key] not in text, key
    assert CRISIS_LINE_NUMBER not in text  # crisis lines go with the professionals section
    assert PHONES["professional_help"] not in text


def test_the_shared_line_names_who_when_and_what(chosen_pdf: bytes) -> None:
    assert (
        "Shared by Siân with my GP on 10 March 2025, with these sections: My warning signs, "
        "People I can ask for help, What I'd like help with."
    ) in text_of(chosen_pdf)


def test_shared_line_without_a_name_or_a_who() -> None:
    plan = full_plan()
    plan.preferred_name = ""
    options = ShareOptions(sections=("needs",), page_size="A4")
    text = text_of(plan_pdf_bytes(plan, options, printed_on=PRINTED_ON))
    assert "Shared on 10 March 2025, with these sections: What I'd like help with." in text


def test_empty_sections_and_their_groups_are_left_out() -> None:
    plan = Plan(preferred_name="Sam")
    plan.sections["warning_signs"] = [Item({"text": "I go quiet"}), Item({"text": "   "})]
    plan.sections["strengths"] = [Item({"text": " \n "})]
    data = plan_pdf_bytes(plan, ShareOptions(page_size="A4"), printed_on=PRINTED_ON)
    text = text_of(data)
    assert "My warning signs" in text and "I go quiet" in text
    for key in SECTION_KEYS[1:]:
        assert SECTIONS_BY_KEY[key].translated_title() not in text
    assert "Staying safer" not in text and "My wider care plan" not in text
    assert printed_sections(plan, ShareOptions()) == ["warning_signs"]


def test_crisis_lines_print_even_when_the_person_added_no_professionals() -> None:
    plan = Plan()
    assert printed_sections(plan, ShareOptions(), CRISIS_LINES) == ["professional_help"]
    assert printed_sections(plan, ShareOptions(sections=("needs",)), CRISIS_LINES) == []


def test_unknown_section_is_refused_plainly() -> None:
    with pytest.raises(
        ValueError, match=re.escape("Unknown section 'warnings'. The sections are: warning_signs, ")
    ):
        ShareOptions(sections=("warnings",))


def test_unknown_paper_size_is_refused_plainly() -> None:
    with pytest.raises(ValueError, match=re.escape("Unknown paper size 'A5': use A4 or Letter.")):
        ShareOptions(page_size="A5")


@pytest.mark.parametrize(
    ("territory", "size"), [("US", "Letter"), ("ca", "Letter"), ("PH", "Letter"), ("GB", "A4")]
)
def test_paper_size_follows_the_territory(territory: str, size: str) -> None:
    assert default_page_size(territory) == size


def test_paper_size_from_the_system_locale_is_one_of_the_two() -> None:
    data = plan_pdf_bytes(full_plan(), ShareOptions())
    width = float(read(data).pages[0].mediabox.width)
    assert width == pytest.approx(PAGE_WIDTHS[default_page_size()], abs=0.01)


PAGE_WIDTHS = {"A4": A4_POINTS[0], "Letter": LETTER_POINTS[0]}


# ----------------------------------------------------------------------------- large print


def test_large_print_has_no_text_under_16pt(large_pdf: bytes) -> None:
    sizes = font_sizes(large_pdf)
    assert sizes and min(sizes) >= 16


def test_normal_print_body_is_smaller(full_pdf: bytes) -> None:
    assert min(font_sizes(full_pdf)) < 16


def test_large_print_has_everything_the_full_plan_has(large_pdf: bytes) -> None:
    text = text_of(large_pdf)
    for key in SECTION_KEYS:
        assert MARKERS[key] in text
    for number in PHONES.values():
        assert number in text


def only_black(data: bytes) -> bool:
    """True if every colour the PDF sets (fill and stroke) is black."""
    for page in read(data).pages:
        for operands, operator in ContentStream(page.get_contents(), None).operations:
            if operator in (b"rg", b"RG") and [float(v) for v in operands] != [0, 0, 0]:
                return False
    return True


def test_large_print_is_black_on_white(large_pdf: bytes, full_pdf: bytes) -> None:
    assert only_black(large_pdf)
    assert not only_black(full_pdf)  # the check does see colour: ordinary print has some


# ----------------------------------------------------------------------------- long plans


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return plan_pdf_bytes(long_plan(), ShareOptions(page_size="A4"), CRISIS_LINES, PRINTED_ON)


def test_a_200_item_section_flows_over_pages(long_pdf: bytes) -> None:
    pages = read(long_pdf).pages
    assert len(pages) > 3
    text = text_of(long_pdf)
    assert LAST_ITEM in text
    assert "Warning sign number 199" in text


def test_a_5000_character_entry_prints_to_its_end(long_pdf: bytes) -> None:
    squashed = "".join(body_text_of(long_pdf).split())
    assert "".join((LONG_ENTRY + " end-of-the-long-entry").split()) in squashed


def test_a_very_long_word_is_broken_not_lost(long_pdf: bytes) -> None:
    assert LONG_WORD in "".join(body_text_of(long_pdf).split())


# ----------------------------------------------------------------------------- the wallet card


def test_card_panels_are_bank_card_size() -> None:
    assert (CARD_PANEL_WIDTH_MM, CARD_PANEL_HEIGHT_MM) == (85.6, 54.0)
    for size in (A4_POINTS, LETTER_POINTS):
        layout = card_layout(size)
        assert len(layout.panels) == 4
        for _, _, width, height in layout.panels:
            assert width == pytest.approx(85.6 * mm)
            assert height == pytest.approx(54 * mm)
        left, bottom, width, height = layout.outline
        assert left > 0 and bottom > 0 and left + width < size[0] and bottom + height < size[1]


def _marks(data: bytes) -> dict[str, list[tuple[float, ...]]]:
    """The lines the card draws, sorted by their dash pattern: "dashed", "dotted", "solid"."""
    kinds = {(4.0, 3.0): "dashed", (1.0, 2.0): "dotted", (): "solid"}
    found: dict[str, list[tuple[float, ...]]] = {"dashed": [], "dotted": [], "solid": []}
    dash: tuple[float, ...] = ()
    saved: list[tuple[float, ...]] = []
    start: tuple[float, float] = (0, 0)
    page = read(data).pages[0]
    for operands, operator in ContentStream(page.get_contents(), None).operations:
        if operator == b"q":
            saved.append(dash)
        elif operator == b"Q":
            dash = saved.pop()
        elif operator == b"d":
            dash = tuple(float(v) for v in operands[0])
        elif operator == b"m":
            start = (float(operands[0]), float(operands[1]))
        elif operator == b"l":
            found[kinds[dash]].append((*start, float(operands[0]), float(operands[1])))
        elif operator == b"re":
            found[kinds[dash]].append(tuple(float(v) for v in operands))
    return found


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_card_draws_cut_and_fold_marks_where_the_panels_meet(paper: str) -> None:
    data = card_pdf_bytes(full_plan(), ShareOptions(page_size=paper), CRISIS_LINES)
    marks = _marks(data)
    page = read(data).pages[0]
    layout = card_layout((float(page.mediabox.width), float(page.mediabox.height)))
    (cut,) = marks["dashed"]
    assert cut == pytest.approx(layout.outline, abs=0.01)
    assert cut[2:] == pytest.approx((2 * 85.6 * mm, 2 * 54 * mm), abs=0.01)
    left, bottom, width, height = cut
    (vertical,) = [s for s in marks["dotted"] if s[0] == s[2]]
    (horizontal,) = [s for s in marks["dotted"] if s[1] == s[3]]
    assert vertical[0] == vertical[2] == pytest.approx(left + 85.6 * mm, abs=0.01)
    assert (vertical[1], vertical[3]) == pytest.approx((bottom, bottom + height), abs=0.01)
    assert horizontal[1] == horizontal[3] == pytest.approx(bottom + 54 * mm, abs=0.01)
    assert (horizontal[0], horizontal[2]) == pytest.approx((left, left + width), abs=0.01)


def test_an_empty_card_panel_has_lines_to_write_on(card_pdf: bytes) -> None:
    assert _marks(card_pdf)["solid"] == []  # every panel of the full plan has something
    empty = card_pdf_bytes(Plan(), ShareOptions(page_size="A4"))
    lines = _marks(empty)["solid"]
    layout = card_layout(A4_POINTS)
    for panel in layout.panels:
        left, bottom, width, height = panel
        inside = [
            ln for ln in lines if left < ln[0] < left + width and bottom < ln[1] < bottom + height
        ]
        assert len(inside) >= 4


def test_card_holds_the_crisis_steps(card_pdf: bytes) -> None:
    text = text_of(card_pdf)
    for heading in (
        "If things get hard",
        "My warning signs",
        "Three things I can do",
        "People I can call",
        "Services and crisis lines",
    ):
        assert heading in text
    assert MARKERS["warning_signs"] in text and WELSH in text
    assert MARKERS["coping_alone"] in text and "Hold an ice cube until it melts" in text
    assert "A fourth thing that the card leaves out" not in text
    for number in (PHONES["support_people"], PHONES["professional_help"], CRISIS_LINE_NUMBER):
        assert number in text
    assert "Mum" in text and "Samaritans" in text
    assert f"Shout {SHOUT_TEXT}" in text
    assert MARKERS["staying_safer"] not in text and MARKERS["needs"] not in text


def test_card_shows_the_name_only_when_chosen(card_pdf: bytes) -> None:
    assert "Siân" not in text_of(card_pdf)
    assert read(card_pdf).metadata.author == "SafetyPlan"
    named = card_pdf_bytes(full_plan(), ShareOptions(page_size="A4", name_on_card=True))
    assert "Siân" in text_of(named)
    assert read(named).metadata.author == "Siân"
    assert read(named).metadata.title == "If things get hard"


def test_card_leaves_out_sections_not_chosen() -> None:
    options = ShareOptions(sections=("warning_signs",), page_size="A4")
    text = text_of(card_pdf_bytes(full_plan(), options, CRISIS_LINES))
    assert MARKERS["warning_signs"] in text
    assert "Mum" not in text and PHONES["support_people"] not in text
    assert MARKERS["coping_alone"] not in text and CRISIS_LINE_NUMBER not in text


def _text_positions(data: bytes) -> list[tuple[str, float, float, float]]:
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((text, cm[4] + tm[4], cm[5] + tm[5], size))

    read(data).pages[0].extract_text(visitor_text=visit)
    return runs


def test_a_crowded_card_shrinks_then_cuts_short_inside_its_panels() -> None:
    data = card_pdf_bytes(crowded_plan(), ShareOptions(page_size="A4"), CRISIS_LINES)
    layout = card_layout(A4_POINTS)
    card_top = layout.outline[1] + layout.outline[3]
    on_card = [run for run in _text_positions(data) if run[2] < card_top]
    assert on_card
    for text, x, y, size in on_card:
        assert size >= CARD_MIN_SIZE, text
        assert any(px <= x <= px + w and py <= y <= py + h for px, py, w, h in layout.panels), (
            f"{text!r} is outside the panels"
        )
    text = text_of(data)
    assert "…" in text
    assert "Friend 0 with a rather long name 07700 900000" in text
    assert "Friend 14" not in text


def test_card_size_follows_the_options(card_pdf: bytes) -> None:
    letter = card_pdf_bytes(full_plan(), ShareOptions(page_size="Letter"))
    assert float(read(card_pdf).pages[0].mediabox.width) == pytest.approx(A4_POINTS[0], abs=0.01)
    assert float(read(letter).pages[0].mediabox.width) == pytest.approx(LETTER_POINTS[0])


# ----------------------------------------------------------------------------- what works for me


ROWS = [
    ("Hold an ice cube", 12, 9, 2.5),
    ("Ring Ворона", 1, 1, None),
    ("Walk", 3, 1, -0.5),
    ("Scroll my phone", 4, 0, 0.01),
]


def test_what_helps_page_lists_every_row() -> None:
    data = what_helps_pdf_bytes(
        ROWS, ShareOptions(page_size="A4"), preferred_name="Siân", printed_on=PRINTED_ON
    )
    text = text_of(data)
    assert "What works for me" in text
    assert "how the urge or distress (0 to 10) changed afterwards" in text
    assert "Hold an ice cube 12 9 down 2.5" in text  # before minus after: positive went down
    assert "Ring Ворона 1 1 —" in text
    assert "Walk 3 1 up 0.5" in text
    assert "Scroll my phone 4 0 no change" in text
    assert "Siân's safety plan · printed 10 March 2025" in text
    assert read(data).metadata.title == "What works for me"


def test_what_helps_large_print_and_many_rows() -> None:
    rows = [(f"Strategy {n}", n, n // 2, None) for n in range(120)]
    data = what_helps_pdf_bytes(rows, ShareOptions(page_size="Letter", large_print=True))
    assert len(read(data).pages) > 1
    assert min(font_sizes(data)) >= 16
    assert only_black(data)
    assert "Strategy 119" in text_of(data)


# ----------------------------------------------------------------------------- writing files


def test_each_writer_writes_a_private_pdf(tmp_path: Path) -> None:
    options = ShareOptions(page_size="A4")
    write_plan_pdf(full_plan(), tmp_path / "plan.pdf", options, CRISIS_LINES, PRINTED_ON)
    write_crisis_card(full_plan(), tmp_path / "card.pdf", options, CRISIS_LINES)
    write_what_helps_pdf(ROWS, tmp_path / "helps.pdf", options)
    for name in ("plan.pdf", "card.pdf", "helps.pdf"):
        path = tmp_path / name
        assert path.read_bytes().startswith(b"%PDF-")
        assert path.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.pdf", "helps.pdf", "plan.pdf"]


def test_a_missing_folder_raises_cannot_write_file(tmp_path: Path) -> None:
    with pytest.raises(CannotWriteFile):
        write_plan_pdf(full_plan(), tmp_path / "gone" / "plan.pdf", ShareOptions(page_size="A4"))
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.mkdir()  # the rename onto it fails after the PDF was written to a temporary file
    with pytest.raises(CannotWriteFile):
        write_crisis_card(full_plan(), target, ShareOptions(page_size="A4"))
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
    assert target.is_dir() and list(target.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_raises_cannot_write_file(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(CannotWriteFile):
            write_plan_pdf(full_plan(), folder / "plan.pdf", ShareOptions(page_size="A4"))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_dates_are_spelt_out_in_the_plan_language() -> None:
    data = plan_pdf_bytes(full_plan(), ShareOptions(page_size="A4"), language="cy")
    assert "3 Mawrth 2025" in text_of(data)
