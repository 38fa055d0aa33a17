"""The information library: shipped pages, the page format, search, languages, local pages."""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path

import pytest

from safetyplan import crisis_lines, paths
from safetyplan.library import (
    AWAITING_REVIEW,
    CRISIS_LINES_PAGE_ID,
    EMERGENCY_PAGE_ID,
    MAX_PAGE_BYTES,
    TOPICS,
    Heading,
    InvalidLibraryPage,
    Library,
    ListBlock,
    OutsideLink,
    Page,
    PageNotFound,
    Paragraph,
    load_library,
    parse_page,
)

REQUIRED_PAGE_IDS = {
    "emergency-help",
    "cuts-and-grazes",
    "burns-and-scalds",
    "infection",
    "shock-and-feeling-faint",
    "overdose-and-swallowing",
    "first-aid-kit",
    "tetanus-and-health",
    "scars",
    "harm-minimisation",
    "alternatives-and-urges",
    "alcohol-drugs-distress",
    "telling-someone",
    "family-friends-carers",
    "crisis-lines",
}
# Words CONTENT_SAFETY.md rules out: judgement, promises, and anything about methods, places
# on the body or amounts. Checked as whole words, in any case.
FORBIDDEN_WORDS = (
    "committed suicide", "attention-seeking", "attention seeking", "just stop", "burden",
    "manipulative", "confidential", "guarantee", "risk score", "wrist", "wrists", "arm", "arms",
    "thigh", "thighs", "vein", "veins", "artery", "arteries", "razor", "blade", "blades",
    "knife", "knives", "lethal", "fatal", "dose", "doses", "mg", "milligrams", "tablets",
    "pills", "safe amount of", "safer way to",
)  # fmt: skip

GOOD_PAGE = """---
id: anytown-crisis-team
title: Anytown crisis team
summary: How to reach the Anytown crisis team.
topic: local
language: en
reading_time_minutes: 1
last_checked: 2026-11-01
sources_verified: yes
review_status: checked by the Anytown crisis team
sources:
  - Anytown NHS Trust | https://www.anytown.example/crisis
---

## In an emergency

Call 999 or go to A&E. For help that isn't an emergency, call 111.

## How to reach us

- **Call 01234 567 890**, any time.
- See [Crisis lines](page:crisis-lines) and [our website](https://www.anytown.example/).
"""


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library("en", local_dir=Path("/nonexistent-local-pages"), region="gb")


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z']+", text)


# --- Shipped pages --------------------------------------------------------------------------


def test_every_shipped_page_loads_without_problems(library: Library) -> None:
    assert library.problems == []
    assert {page.id for page in library.pages} == REQUIRED_PAGE_IDS


def test_every_page_has_all_metadata_and_a_source_with_its_address(library: Library) -> None:
    for page in library.pages:
        assert page.title and page.summary, page.id
        assert page.language == "en", page.id
        assert page.topic in {topic.id for topic in TOPICS}, page.id
        assert page.review_status == AWAITING_REVIEW, page.id
        assert page.sources, page.id
        for source in page.sources:
            assert source.name and source.address.startswith("https://"), page.id
        assert page.path is not None and page.path.name == f"{page.id}.md"


def test_every_internal_link_resolves(library: Library) -> None:
    ids = {page.id for page in library.pages}
    for page in library.pages:
        assert page.internal_links() <= ids, page.id


def test_every_page_says_near_the_top_when_to_call_999_and_111_or_a_gp(library: Library) -> None:
    for page in library.pages:
        top = _first_sections_text(page.blocks, 2)
        assert "999" in top, page.id
        assert "111" in top or "GP" in top, page.id


def _first_sections_text(blocks: tuple[object, ...], sections: int) -> str:
    """The text of the first ``sections`` sections (a section starts at a level 2 heading)."""
    texts: list[str] = []
    headings = 0
    for block in blocks:
        if isinstance(block, Heading) and block.level == 2:
            headings += 1
            if headings > sections:
                break
        if isinstance(block, Heading | Paragraph):
            texts.append("".join(span.text for span in block.spans))
        elif isinstance(block, ListBlock):
            texts.extend("".join(span.text for span in item) for item in block.items)
    return "\n".join(texts)


@pytest.mark.parametrize("page_id", sorted(REQUIRED_PAGE_IDS))
def test_no_page_uses_words_the_content_rules_forbid(library: Library, page_id: str) -> None:
    page = library.page(page_id)
    text = f"{page.title}\n{page.summary}\n{page.body_text()}".lower()
    for word in FORBIDDEN_WORDS:
        assert not re.search(rf"\b{re.escape(word)}\b", text), (page_id, word)


def test_the_overdose_page_says_there_is_no_safe_amount(library: Library) -> None:
    text = library.page("overdose-and-swallowing").body_text()
    assert "There is no safe amount" in text
    assert "even if" in text and "you feel fine" in text


@pytest.mark.parametrize("page_id", sorted(REQUIRED_PAGE_IDS))
def test_pages_are_written_for_a_reading_age_of_about_eleven(
    library: Library, page_id: str
) -> None:
    """Flesch-Kincaid grade of 6 or under (a reading age of 11 to 12), short sentences."""
    text = library.page(page_id).body_text()
    sentences = [part for part in re.split(r"[.!?:\n]+", text) if _words(part)]
    words = _words(text)
    syllables = sum(_syllables(word) for word in words)
    grade = 0.39 * len(words) / len(sentences) + 11.8 * syllables / len(words) - 15.59
    assert grade <= 6, (page_id, round(grade, 1))
    assert len(words) / len(sentences) <= 15, page_id


def _syllables(word: str) -> int:
    word = re.sub(r"e$", "", word.lower())
    return max(1, len(re.findall(r"[aeiouy]+", word)))


def test_reading_times_match_the_length_of_each_page(library: Library) -> None:
    """About 150 words a minute: slow, careful reading."""
    for page in library.pages:
        words = len(_words(f"{page.title} {page.summary} {page.body_text()}"))
        assert abs(page.reading_time_minutes - math.ceil(words / 150)) <= 1, page.id


def test_rendered_pages_have_real_headings_and_no_outside_links(library: Library) -> None:
    for page in library.pages:
        html = library.render_html(page.id)
        assert f"<h1>{page.title}</h1>".replace("&", "&amp;") in html
        assert "<h2>" in html
        hrefs = re.findall(r'href="([^"]*)"', html)
        assert all(href.startswith("page:") for href in hrefs), page.id
        for span in _outside_links(page):
            assert f'<span class="address">{span.address}</span>' in html


def _outside_links(page: Page) -> list[OutsideLink]:
    found: list[OutsideLink] = []
    for block in page.blocks:
        if isinstance(block, Heading | Paragraph):
            found.extend(span for span in block.spans if isinstance(span, OutsideLink))
        elif isinstance(block, ListBlock):
            for item in block.items:
                found.extend(span for span in item if isinstance(span, OutsideLink))
    return found


def test_rendered_pages_end_with_sources_date_review_and_disclaimer(library: Library) -> None:
    html = library.render_html("cuts-and-grazes")
    footer = html[html.index("<hr/>") :]
    assert "<h2>Sources</h2>" in footer
    assert "https://www.nhs.uk/conditions/cuts-and-grazes/" in footer
    assert "Written on 23 November 2026. Not yet checked against these sources." in footer
    assert "This page is waiting to be checked by a clinician." in footer
    assert "does not replace care from a health professional" in footer


def test_emergency_page_is_first_and_by_topic_keeps_the_topic_order(library: Library) -> None:
    assert library.pages[0].id == EMERGENCY_PAGE_ID
    topics = [topic.id for topic, _ in library.by_topic()]
    assert topics == [topic.id for topic in TOPICS if topic.id != "local"]
    _, first_pages = library.by_topic()[0]
    assert first_pages[0].id == EMERGENCY_PAGE_ID


def test_contents_page_links_to_every_page(library: Library) -> None:
    html = library.contents_html()
    for page in library.pages:
        assert f'href="page:{page.id}"' in html


def test_an_unknown_page_is_a_named_error(library: Library) -> None:
    with pytest.raises(PageNotFound):
        library.page("no-such-page")
    assert "no-such-page" not in library


# --- The crisis-lines page ------------------------------------------------------------------


def test_crisis_lines_page_is_generated_from_the_same_data(library: Library) -> None:
    page = library.page(CRISIS_LINES_PAGE_ID)
    text = page.body_text()
    html = library.render_html(CRISIS_LINES_PAGE_ID)
    for line in crisis_lines.load_region("gb"):
        assert line.name in page.headings()
        assert line.hours in text and line.who_for in text
        if line.takes_calls:
            assert f"Call {line.number}" in text
        if line.takes_texts:
            assert line.text_instruction in text
        assert line.source in html
    assert "have not yet been checked against each service's own website" in text


def test_crisis_lines_page_follows_the_region() -> None:
    nz = load_library("en", local_dir=Path("/nonexistent"), region="nz")
    text = nz.page(CRISIS_LINES_PAGE_ID).body_text()
    assert "Call 1737" in text and "New Zealand" in text
    assert "Samaritans" not in text


def test_crisis_lines_page_still_shows_when_the_data_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "gb.json").write_text("{", encoding="utf-8")
    damaged = load_library(
        "en", local_dir=tmp_path / "none", region="gb", crisis_lines_dir=tmp_path
    )
    text = damaged.page(CRISIS_LINES_PAGE_ID).body_text()
    assert "In an emergency, call your local emergency number." in text
    assert any("crisis lines couldn't be added" in problem.message for problem in damaged.problems)


# --- Search ---------------------------------------------------------------------------------


def test_search_finds_pages_by_words_in_their_text(library: Library) -> None:
    found = [page.id for page in library.search("cling film")]
    assert set(found) == {"burns-and-scalds", "first-aid-kit"}
    assert "overdose-and-swallowing" in [page.id for page in library.search("recovery position")]


def test_search_puts_title_matches_first(library: Library) -> None:
    assert library.search("scars")[0].id == "scars"


def test_search_ignores_case_and_accents(library: Library) -> None:
    for query in ("cafe", "CAFÉ", "Café"):
        assert [page.id for page in library.search(query)] == ["alternatives-and-urges"]
    assert library.search("TETANUS")[0].id == "tetanus-and-health"


def test_search_needs_every_word(library: Library) -> None:
    assert library.search("tetanus pillow") == []
    assert library.search("zzzz") == []
    assert library.search("   ") == []


# --- Languages ------------------------------------------------------------------------------


def test_a_language_not_installed_falls_back_to_english() -> None:
    french = load_library("fr_FR", local_dir=Path("/nonexistent"))
    assert french.language == "fr_FR"
    assert {page.id for page in french.pages} == REQUIRED_PAGE_IDS
    assert all(page.language == "en" for page in french.pages)
    assert french.problems == []


@pytest.fixture
def library_copy(tmp_path: Path) -> Path:
    base = tmp_path / "library"
    shutil.copytree(paths.library_dir(), base)
    return base


def test_a_translated_page_replaces_the_english_one_page_by_page(library_copy: Path) -> None:
    welsh = library_copy / "cy"
    welsh.mkdir()
    english = (library_copy / "en" / "emergency-help.md").read_text(encoding="utf-8")
    translated = english.replace("When to get emergency help", "Pryd i gael help brys", 1)
    (welsh / "emergency-help.md").write_text(
        translated.replace("language: en", "language: cy"), encoding="utf-8"
    )
    library = load_library("cy_GB", local_dir=Path("/nonexistent"), library_dir=library_copy)
    assert library.page(EMERGENCY_PAGE_ID).title == "Pryd i gael help brys"
    assert library.page(EMERGENCY_PAGE_ID).language == "cy"
    assert library.page("scars").language == "en"
    assert len(library.pages) == len(REQUIRED_PAGE_IDS)


# --- Local pages ----------------------------------------------------------------------------


def _local_library(local: Path, **options: object) -> Library:
    return load_library("en", local_dir=local, region="gb", **options)  # type: ignore[arg-type]


def test_a_local_page_is_added_and_marked_as_local(tmp_path: Path) -> None:
    (tmp_path / "anytown.md").write_text(GOOD_PAGE, encoding="utf-8")
    library = _local_library(tmp_path)
    assert library.problems == []
    page = library.page("anytown-crisis-team")
    assert page.local and page.topic == "local"
    assert library.by_topic()[-1][0].id == "local"
    html = library.render_html(page.id)
    assert "A local service added this page, not SafetyPlan." in html
    assert "Last checked against these sources on 1 November 2026." in html
    assert "Review: checked by the Anytown crisis team" in html
    assert '<span class="address">https://www.anytown.example/</span>' in html


def test_local_pages_in_the_vault_folder_are_read_too(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / "local-pages").mkdir(parents=True)
    (vault / "local-pages" / "anytown.md").write_text(GOOD_PAGE, encoding="utf-8")
    library = _local_library(tmp_path / "none", vault_dir=vault)
    assert "anytown-crisis-team" in library


def test_the_default_local_folder_is_in_the_data_folder(tmp_path: Path) -> None:
    paths.set_data_dir(tmp_path)
    try:
        folder = paths.local_library_dir()
        folder.mkdir()
        (folder / "anytown.md").write_text(GOOD_PAGE, encoding="utf-8")
        assert "anytown-crisis-team" in load_library("en")
    finally:
        paths.set_data_dir(None)


def test_local_page_text_is_escaped_not_read_as_html(tmp_path: Path) -> None:
    page = GOOD_PAGE.replace("Call 999 or go to A&E.", "<script>x</script> <a href='x'>y</a>")
    (tmp_path / "anytown.md").write_text(page, encoding="utf-8")
    html = _local_library(tmp_path).render_html("anytown-crisis-team")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "href='x'" not in html


def _with(old: str, new: str) -> str:
    assert old in GOOD_PAGE
    return GOOD_PAGE.replace(old, new, 1)


BAD_PAGES = [
    ("no-header.md", GOOD_PAGE[4:], "line 1: the file must start with a line of three dashes"),
    ("open-header.md", GOOD_PAGE.replace("---\n\n##", "\n##"), "the header must end with a line"),
    ("typo.md", _with("title:", "titel:"), "line 3: “titel” isn't a header this app knows"),
    ("twice.md", _with("topic: local", "topic: local\ntopic: local"), "“topic” is given twice"),
    ("no-title.md", _with("title: Anytown crisis team\n", ""), "the header has no “title”"),
    ("empty-title.md", _with("title: Anytown crisis team", "title:"), "line 3: “title” is empty"),
    ("not-key.md", _with("topic: local", "topic local"), "line 5: expected “name: value”"),
    ("bad-id.md", _with("id: anytown-crisis-team", "id: Anytown Team"), "line 2: the id may"),
    ("topic.md", _with("topic: local", "topic: news"), "line 5: the topic must be one of"),
    ("lang.md", _with("language: en", "language: English"), "line 6: the language must be"),
    ("minutes.md", _with("minutes: 1", "minutes: five"), "line 7: the reading time must be"),
    ("date.md", _with("2026-11-01", "1 Nov 2026"), "line 8: the date must be written YYYY-MM-DD"),
    ("yes-no.md", _with("verified: yes", "verified: maybe"), "“sources_verified” must be yes"),
    ("order.md", _with("topic: local", "topic: local\norder: first"), "the order must be a whole"),
    ("no-sources.md", _with("  - Anytown NHS Trust | https://www.anytown.example/crisis\n", ""),
     "the page must list at least one source"),
    ("source.md", _with("Trust | https", "Trust https"), "line 12: each source must be written"),
    ("heading.md", _with("## How to reach us", "# How to reach us"), "headings start with ##"),
    ("link.md", _with("(page:crisis-lines)", "(javascript:alert)"), "a link must go to page:"),
    ("brace.md", _with("## How to reach us", "{{weather}}"), "the only line in double braces"),
    ("empty.md", GOOD_PAGE[: GOOD_PAGE.index("## In")], "the page has no text after its header"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "reason"), BAD_PAGES)
def test_bad_local_pages_are_skipped_with_a_clear_message(
    tmp_path: Path, name: str, text: str, reason: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    library = _local_library(tmp_path)
    assert "anytown-crisis-team" not in library
    assert len(library.pages) == len(REQUIRED_PAGE_IDS)
    [problem] = library.problems
    assert problem.file == tmp_path / name
    assert problem.message.startswith(f"“{name}” was left out of the library: ")
    assert reason in problem.message


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.txt", GOOD_PAGE.encode(), "only files ending .md are read"),
        ("latin1.md", GOOD_PAGE.replace("Anytown", "Ånytown").encode("latin-1"), "UTF-8"),
        ("huge.md", GOOD_PAGE.encode() + b"x" * MAX_PAGE_BYTES, "it is too big for a page"),
    ],
)
def test_files_that_are_not_pages_are_skipped_with_a_clear_message(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    library = _local_library(tmp_path)
    [problem] = library.problems
    assert problem.message.startswith(f"“{name}” was left out of the library")
    assert reason in problem.message


def test_hidden_files_and_folders_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "old").mkdir()
    assert _local_library(tmp_path).problems == []


def test_a_local_page_cannot_replace_a_built_in_page(tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text(
        _with("id: anytown-crisis-team", f"id: {EMERGENCY_PAGE_ID}"), encoding="utf-8"
    )
    library = _local_library(tmp_path)
    assert library.page(EMERGENCY_PAGE_ID).title == "When to get emergency help"
    [problem] = library.problems
    assert "another page already has the id “emergency-help”" in problem.message
    assert problem.message.startswith("“mine.md”")


def test_a_broken_internal_link_is_reported_and_shown_as_plain_text(tmp_path: Path) -> None:
    (tmp_path / "anytown.md").write_text(
        _with("(page:crisis-lines)", "(page:no-such-page)"), encoding="utf-8"
    )
    library = _local_library(tmp_path)
    [problem] = library.problems
    assert "links to a page that doesn't exist (“no-such-page”)" in problem.message
    html = library.render_html("anytown-crisis-team")
    assert "page:no-such-page" not in html
    assert "Crisis lines" in html
    assert "anytown.md" in library.problems_html()


def test_a_bom_from_windows_notepad_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "anytown.md").write_bytes(b"\xef\xbb\xbf" + GOOD_PAGE.encode())
    assert "anytown-crisis-team" in _local_library(tmp_path)


# --- The page format ------------------------------------------------------------------------


def test_parse_page_reads_lists_steps_bold_and_links() -> None:
    text = GOOD_PAGE + "\n1. first\n2. second\n   continues here\n\n- a\n- b\n"
    page = parse_page(text)
    lists = [block for block in page.blocks if isinstance(block, ListBlock)]
    assert [block.ordered for block in lists] == [False, True, False]
    steps = lists[1].items
    assert "".join(span.text for span in steps[1]) == "second continues here"
    assert page.internal_links() == {"crisis-lines"}


def test_parse_errors_name_the_line() -> None:
    with pytest.raises(InvalidLibraryPage) as caught:
        parse_page(_with("reading_time_minutes: 1", "reading_time_minutes: 0"))
    assert caught.value.detail == "line 7: the reading time must be a whole number from 1 to 60"
    assert caught.value.message().startswith("This library page can't be read")
