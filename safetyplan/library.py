"""The information library: short plain-language pages shipped under ``resources/library/``.

Each page is one ``.md`` file: a metadata header between ``---`` lines, then a small Markdown
subset (``##``/``###`` headings, paragraphs, ``-`` and ``1.`` lists, ``**bold**``, links
``[text](page:other-id)`` and ``[text](https://...)``). ``docs/local-pages.md`` describes it.

The library holds nothing personal, so it loads without a vault being unlocked. Pages a service
adds (local pages) are validated; a bad file is left out with a plain message in
:attr:`Library.problems`, never an exception. Outside addresses are rendered as text to copy,
never as links: the app stays offline.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from safetyplan import crisis_lines, paths
from safetyplan.errors import SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Library"
EMERGENCY_PAGE_ID = "emergency-help"
CRISIS_LINES_PAGE_ID = "crisis-lines"
CRISIS_LINES_PLACEHOLDER = "{{crisis-lines}}"
FALLBACK_LANGUAGE = "en"
AWAITING_REVIEW = "awaiting clinical review"
LOCAL_PAGES_FOLDER = "local-pages"
MAX_PAGE_BYTES = 200_000
DEFAULT_ORDER = 100

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")
_INLINE_PATTERN = re.compile(r"\*\*(?P<strong>.+?)\*\*|\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")
_NUMBERED_ITEM = re.compile(r"\d+\.\s+")
_REQUIRED_KEYS = (
    "id", "title", "summary", "topic", "language", "reading_time_minutes",
    "last_checked", "sources_verified", "review_status", "sources",
)  # fmt: skip
_OPTIONAL_KEYS = ("order",)


@dataclass(frozen=True)
class Topic:
    id: str
    title: str  # marked for translation in CONTEXT

    def translated_title(self) -> str:
        return translate(CONTEXT, self.title)


TOPICS: tuple[Topic, ...] = (
    Topic("urgent-help", QT_TRANSLATE_NOOP("Library", "Getting help now")),
    Topic("injuries", QT_TRANSLATE_NOOP("Library", "Looking after injuries")),
    Topic("coping", QT_TRANSLATE_NOOP("Library", "Staying safer and coping")),
    Topic("talking", QT_TRANSLATE_NOOP("Library", "Talking to people")),
    Topic("carers", QT_TRANSLATE_NOOP("Library", "For family, friends and carers")),
    Topic("local", QT_TRANSLATE_NOOP("Library", "From your local service")),
)
_TOPIC_IDS = tuple(topic.id for topic in TOPICS)


# --- The page model -------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Strong:
    text: str


@dataclass(frozen=True)
class PageLink:
    text: str
    page_id: str


@dataclass(frozen=True)
class OutsideLink:
    """A web address: shown as text to copy, never opened."""

    text: str
    address: str


Inline = Text | Strong | PageLink | OutsideLink
Spans = tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 2 or 3; the page title is the only level 1
    spans: Spans


@dataclass(frozen=True)
class Paragraph:
    spans: Spans


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[Spans, ...]


@dataclass(frozen=True)
class Placeholder:
    """Where generated content goes (only ``{{crisis-lines}}`` exists)."""

    name: str


Block = Heading | Paragraph | ListBlock | Placeholder


@dataclass(frozen=True)
class Source:
    name: str
    address: str


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    summary: str
    topic: str
    language: str
    reading_time_minutes: int
    last_checked: dt.date
    sources_verified: bool  # True only if a person compared the page with its sources
    review_status: str
    sources: tuple[Source, ...]
    blocks: tuple[Block, ...]
    order: int = DEFAULT_ORDER
    local: bool = False  # added by a service, not shipped with the app
    path: Path | None = field(default=None, compare=False)  # the file it came from

    @property
    def awaiting_review(self) -> bool:
        return self.review_status.strip().lower() == AWAITING_REVIEW

    def headings(self) -> list[str]:
        return [_spans_text(block.spans) for block in self.blocks if isinstance(block, Heading)]

    def internal_links(self) -> set[str]:
        return {span.page_id for span in _all_spans(self.blocks) if isinstance(span, PageLink)}

    def body_text(self) -> str:
        """Every word of the body, for searching."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                parts.append(_spans_text(block.spans))
            elif isinstance(block, ListBlock):
                parts.extend(_spans_text(item) for item in block.items)
        return "\n".join(parts)


def _spans_text(spans: Spans) -> str:
    return "".join(span.text for span in spans)


def _all_spans(blocks: Iterable[Block]) -> Iterable[Inline]:
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            yield from block.spans
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from item


# --- Errors and problems --------------------------------------------------------------------


class InvalidLibraryPage(SafetyPlanError):
    """A page file that doesn't follow the format; ``detail`` says which line and why."""

    text = QT_TRANSLATE_NOOP("Errors", "This library page can't be read, so it was left out.")


class PageNotFound(SafetyPlanError):
    text = QT_TRANSLATE_NOOP("Errors", "That page isn't in the library.")


@dataclass(frozen=True)
class LibraryProblem:
    """Something a service should fix in its files; ``message`` is a full, translated sentence."""

    file: Path
    message: str


# Reasons a page is refused; each follows "line N:" in the error's detail.
_NO_HEADER = QT_TRANSLATE_NOOP("Library", "the file must start with a line of three dashes (---)")
_HEADER_NOT_CLOSED = QT_TRANSLATE_NOOP("Library", "the header must end with a line of ---")
_NOT_KEY_VALUE = QT_TRANSLATE_NOOP("Library", "expected “name: value”")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Library", "“{key}” isn't a header this app knows")
_REPEATED_KEY = QT_TRANSLATE_NOOP("Library", "“{key}” is given twice")
_MISSING_KEY = QT_TRANSLATE_NOOP("Library", "the header has no “{key}”")
_EMPTY_VALUE = QT_TRANSLATE_NOOP("Library", "“{key}” is empty")
_BAD_ID = QT_TRANSLATE_NOOP(
    "Library", "the id may only hold small letters, numbers and single dashes"
)
_BAD_TOPIC = QT_TRANSLATE_NOOP("Library", "the topic must be one of: {topics}")
_BAD_LANGUAGE = QT_TRANSLATE_NOOP("Library", "the language must be a code such as en or pt_BR")
_BAD_MINUTES = QT_TRANSLATE_NOOP("Library", "the reading time must be a whole number from 1 to 60")
_BAD_ORDER = QT_TRANSLATE_NOOP("Library", "the order must be a whole number")
_BAD_DATE = QT_TRANSLATE_NOOP("Library", "the date must be written YYYY-MM-DD")
_BAD_YES_NO = QT_TRANSLATE_NOOP("Library", "“{key}” must be yes or no")
_BAD_SOURCE = QT_TRANSLATE_NOOP("Library", "each source must be written “- name | address”")
_NO_SOURCES = QT_TRANSLATE_NOOP("Library", "the page must list at least one source")
_BAD_HEADING = QT_TRANSLATE_NOOP("Library", "headings start with ## or ###")
_BAD_LINK = QT_TRANSLATE_NOOP(
    "Library", "a link must go to page:some-id or to an address starting https://"
)
_BAD_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Library", "the only line in double braces this app knows is {name}"
)
_EMPTY_BODY = QT_TRANSLATE_NOOP("Library", "the page has no text after its header")

_LEFT_OUT = QT_TRANSLATE_NOOP("Library", "“{file}” was left out of the library: {reason}")
_NOT_MARKDOWN = QT_TRANSLATE_NOOP(
    "Library", "“{file}” was left out of the library: only files ending .md are read."
)
_TOO_BIG = QT_TRANSLATE_NOOP(
    "Library", "“{file}” was left out of the library: it is too big for a page."
)
_NOT_TEXT = QT_TRANSLATE_NOOP(
    "Library", "“{file}” was left out of the library: it isn't a UTF-8 text file."
)
_UNREADABLE = QT_TRANSLATE_NOOP(
    "Library", "“{file}” was left out of the library: it couldn't be opened."
)
_SAME_ID = QT_TRANSLATE_NOOP(
    "Library",
    "“{file}” was left out of the library: another page already has the id “{id}”.",
)
_BROKEN_LINK = QT_TRANSLATE_NOOP(
    "Library",
    "“{file}” links to a page that doesn't exist (“{id}”). The link is shown as plain text.",
)
_NO_CRISIS_LINES = QT_TRANSLATE_NOOP(
    "Library", "The crisis lines couldn't be added to “{file}”: {reason}"
)


def _refuse(line_number: int, reason: str, **values: str) -> InvalidLibraryPage:
    text = translate(CONTEXT, reason).format(**values)
    line = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "line {number}"))
    return InvalidLibraryPage(f"{line.format(number=line_number)}: {text}")


# --- Parsing --------------------------------------------------------------------------------


def parse_page(text: str, *, local: bool = False) -> Page:
    """Parse one page file's text; raises :class:`InvalidLibraryPage` saying where and why."""
    lines = text.splitlines()
    header, body_start = _split_header(lines)
    fields = _parse_header(header)
    blocks = _parse_body(lines[body_start:], first_line_number=body_start + 1)
    return _build_page(fields, blocks, local)


def _split_header(lines: list[str]) -> tuple[list[tuple[int, str]], int]:
    if not lines or lines[0].strip() != "---":
        raise _refuse(1, _NO_HEADER)
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            numbered = [(number + 2, line) for number, line in enumerate(lines[1:index])]
            return numbered, index + 1
    raise _refuse(len(lines), _HEADER_NOT_CLOSED)


@dataclass
class _Field:
    line_number: int
    value: str
    items: list[tuple[int, str]]  # the "- ..." lines under a list field


def _parse_header(header: list[tuple[int, str]]) -> dict[str, _Field]:
    fields: dict[str, _Field] = {}
    current: _Field | None = None
    for number, line in header:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("- ") and current is not None and line[:1].isspace():
            current.items.append((number, stripped[2:].strip()))
            continue
        key, colon, value = stripped.partition(":")
        key = key.strip()
        if not colon or not key:
            raise _refuse(number, _NOT_KEY_VALUE)
        if key not in _REQUIRED_KEYS and key not in _OPTIONAL_KEYS:
            raise _refuse(number, _UNKNOWN_KEY, key=key)
        if key in fields:
            raise _refuse(number, _REPEATED_KEY, key=key)
        current = fields[key] = _Field(number, value.strip(), [])
    return fields


def _build_page(fields: dict[str, _Field], blocks: tuple[Block, ...], local: bool) -> Page:
    end_line = max((field.line_number for field in fields.values()), default=1)
    for key in _REQUIRED_KEYS:
        if key not in fields:
            raise _refuse(end_line, _MISSING_KEY, key=key)
        if key != "sources" and not fields[key].value:
            raise _refuse(fields[key].line_number, _EMPTY_VALUE, key=key)
    page_id = _checked(fields["id"], _ID_PATTERN.fullmatch(fields["id"].value), _BAD_ID)
    topic = _checked(fields["topic"], fields["topic"].value in _TOPIC_IDS, _BAD_TOPIC)
    language = _checked(
        fields["language"], _LANGUAGE_PATTERN.fullmatch(fields["language"].value), _BAD_LANGUAGE
    )
    return Page(
        id=page_id,
        title=fields["title"].value,
        summary=fields["summary"].value,
        topic=topic,
        language=language,
        reading_time_minutes=_reading_time(fields["reading_time_minutes"]),
        last_checked=_date(fields["last_checked"]),
        sources_verified=_yes_no(fields["sources_verified"], "sources_verified"),
        review_status=fields["review_status"].value,
        sources=_sources(fields["sources"]),
        blocks=blocks,
        order=_order(fields.get("order")),
        local=local,
    )


def _checked(field: _Field, ok: object, reason: str) -> str:
    if not ok:
        raise _refuse(field.line_number, reason, topics=", ".join(_TOPIC_IDS))
    return field.value


def _reading_time(field: _Field) -> int:
    if not field.value.isdigit() or not 1 <= int(field.value) <= 60:
        raise _refuse(field.line_number, _BAD_MINUTES)
    return int(field.value)


def _order(field: _Field | None) -> int:
    if field is None:
        return DEFAULT_ORDER
    if not field.value.isdigit():
        raise _refuse(field.line_number, _BAD_ORDER)
    return int(field.value)


def _date(field: _Field) -> dt.date:
    try:
        return dt.date.fromisoformat(field.value)
    except ValueError as error:
        raise _refuse(field.line_number, _BAD_DATE) from error


def _yes_no(field: _Field, key: str) -> bool:
    answer = field.value.lower()
    if answer not in ("yes", "no"):
        raise _refuse(field.line_number, _BAD_YES_NO, key=key)
    return answer == "yes"


def _sources(field: _Field) -> tuple[Source, ...]:
    if field.value or not field.items:
        raise _refuse(field.line_number, _NO_SOURCES)
    sources = []
    for number, item in field.items:
        name, bar, address = (part.strip() for part in item.partition("|"))
        if not (bar and name and address):
            raise _refuse(number, _BAD_SOURCE)
        sources.append(Source(name, address))
    return tuple(sources)


def _parse_body(lines: list[str], first_line_number: int) -> tuple[Block, ...]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    list_items: list[list[str]] = []
    ordered = False

    def flush() -> None:
        if paragraph:
            blocks.append(Paragraph(_parse_inline(" ".join(paragraph), number)))
            paragraph.clear()
        if list_items:
            items = tuple(_parse_inline(" ".join(item), number) for item in list_items)
            blocks.append(ListBlock(ordered, items))
            list_items.clear()

    for number, line in enumerate(lines, start=first_line_number):
        stripped = line.strip()
        numbered = _NUMBERED_ITEM.match(stripped)
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            blocks.append(_heading(stripped, number))
        elif stripped.startswith("{{"):
            flush()
            blocks.append(_placeholder(stripped, number))
        elif stripped.startswith("- ") or numbered:
            if paragraph or (list_items and ordered != bool(numbered)):
                flush()
            ordered = bool(numbered)
            list_items.append([stripped[numbered.end() :] if numbered else stripped[2:]])
        elif list_items and line[:1].isspace():
            list_items[-1].append(stripped)  # an indented line continues the list item
        else:
            if list_items:
                flush()
            paragraph.append(stripped)
    number = first_line_number + len(lines)
    flush()
    if not blocks:
        raise _refuse(number, _EMPTY_BODY)
    return tuple(blocks)


def _heading(line: str, number: int) -> Heading:
    marks, _, text = line.partition(" ")
    if marks not in ("##", "###") or not text.strip():
        raise _refuse(number, _BAD_HEADING)
    return Heading(len(marks), _parse_inline(text.strip(), number))


def _placeholder(line: str, number: int) -> Placeholder:
    if line != CRISIS_LINES_PLACEHOLDER:
        raise _refuse(number, _BAD_PLACEHOLDER, name=CRISIS_LINES_PLACEHOLDER)
    return Placeholder("crisis-lines")


def _parse_inline(text: str, number: int) -> Spans:
    spans: list[Inline] = []
    position = 0
    for match in _INLINE_PATTERN.finditer(text):
        if match.start() > position:
            spans.append(Text(text[position : match.start()]))
        if match.group("strong") is not None:
            spans.append(Strong(match.group("strong")))
        else:
            spans.append(_link(match.group("text"), match.group("target"), number))
        position = match.end()
    if position < len(text):
        spans.append(Text(text[position:]))
    return tuple(spans)


def _link(text: str, target: str, number: int) -> Inline:
    if target.startswith("page:") and _ID_PATTERN.fullmatch(target[5:]):
        return PageLink(text, target[5:])
    if target.startswith(("https://", "http://")):
        return OutsideLink(text, target)
    raise _refuse(number, _BAD_LINK)


# --- The library ----------------------------------------------------------------------------


class Library:
    """The pages in one language (English where a page isn't translated), plus local pages."""

    def __init__(
        self, pages: Iterable[Page], problems: Sequence[LibraryProblem] = (), language: str = "en"
    ) -> None:
        topic_rank = {topic_id: rank for rank, topic_id in enumerate(_TOPIC_IDS)}
        self.pages: list[Page] = sorted(
            pages, key=lambda page: (topic_rank[page.topic], page.order, _fold(page.title))
        )
        self.problems: list[LibraryProblem] = list(problems)
        self.language = language
        self._by_id = {page.id: page for page in self.pages}

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._by_id

    def page(self, page_id: str) -> Page:
        try:
            return self._by_id[page_id]
        except KeyError:
            raise PageNotFound(page_id) from None

    def by_topic(self) -> list[tuple[Topic, list[Page]]]:
        """Topics in their fixed order, each with its pages; empty topics are left out."""
        grouped = [(topic, [p for p in self.pages if p.topic == topic.id]) for topic in TOPICS]
        return [(topic, pages) for topic, pages in grouped if pages]

    def search(self, query: str) -> list[Page]:
        """Pages holding every word of ``query`` (any case, with or without accents), best first."""
        words = _fold(query).split()
        if not words:
            return []
        scored = [(_score(page, words), index, page) for index, page in enumerate(self.pages)]
        return [page for score, _, page in sorted(scored, key=lambda s: (-s[0], s[1])) if score]

    def render_html(self, page_id: str) -> str:
        """The page as HTML for a QTextBrowser; outside addresses are plain text, never links."""
        return render_page_html(self.page(page_id), known_ids=set(self._by_id))

    def contents_html(self) -> str:
        """A start page: every topic as a heading, with a link and summary for each page."""
        title = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "Information and first aid"))
        intro = translate(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Library",
                "Short, plain pages about looking after yourself and getting help. "
                "They are here even when your plan is locked.",
            ),
        )
        parts = [f"<h1>{_escape(title)}</h1>", f'<p class="summary">{_escape(intro)}</p>']
        for topic, pages in self.by_topic():
            parts.append(f"<h2>{_escape(topic.translated_title())}</h2>")
            items = "".join(
                f'<li><a href="page:{page.id}">{_escape(page.title)}</a><br/>'
                f"{_escape(page.summary)}</li>"
                for page in pages
            )
            parts.append(f"<ul>{items}</ul>")
        return "\n".join(parts)

    def problems_html(self) -> str:
        """What went wrong while loading, for the people who look after local pages."""
        title = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "Pages that couldn't be shown"))
        items = "".join(f"<li>{_escape(problem.message)}</li>" for problem in self.problems)
        where = translate(
            CONTEXT,
            QT_TRANSLATE_NOOP("Library", "These files are in: {folders}"),
        )
        folders = sorted({str(problem.file.parent) for problem in self.problems})
        return (
            f"<h1>{_escape(title)}</h1><ul>{items}</ul>"
            f'<p class="meta">{_escape(where.format(folders=", ".join(folders)))}</p>'
        )


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _score(page: Page, words: list[str]) -> int:
    """0 unless every word is on the page; words in the title and summary count most."""
    title, summary, body = _fold(page.title), _fold(page.summary), _fold(page.body_text())
    if not all(word in title or word in summary or word in body for word in words):
        return 0
    return sum(10 * (word in title) + 3 * (word in summary) + 1 for word in words)


# --- Loading --------------------------------------------------------------------------------


def load_library(
    language: str = FALLBACK_LANGUAGE,
    local_dir: Path | None = None,
    *,
    vault_dir: Path | None = None,
    region: str | None = None,
    library_dir: Path | None = None,
    crisis_lines_dir: Path | None = None,
) -> Library:
    """Load the shipped pages in ``language`` (falling back to English page by page) and the
    local pages from ``local_dir`` (default: ``paths.local_library_dir()``) and from the
    ``local-pages`` folder of ``vault_dir``. Never raises for a bad file: see ``problems``."""
    base = library_dir or paths.library_dir()
    problems: list[LibraryProblem] = []
    pages: dict[str, Page] = {}
    for folder in _language_folders(base, language):
        for page in _read_folder(folder, local=False, problems=problems):
            pages[page.id] = page  # a translated page replaces the English one
    local_folders = [local_dir or paths.local_library_dir()]
    if vault_dir is not None:
        local_folders.append(vault_dir / LOCAL_PAGES_FOLDER)
    for folder in local_folders:
        for page in _read_folder(folder, local=True, problems=problems):
            _add_local_page(pages, page, folder, problems)
    chosen_region = region or crisis_lines.default_region(directory=crisis_lines_dir)
    filled = [
        _fill_placeholders(page, chosen_region, crisis_lines_dir, problems)
        for page in pages.values()
    ]
    problems.extend(_broken_links(filled, base))
    return Library(filled, problems, language)


def _language_folders(base: Path, language: str) -> list[Path]:
    """English first, then the general language, then the regional one (``pt``, ``pt_BR``)."""
    code = language.replace("-", "_")
    candidates = [FALLBACK_LANGUAGE, code.split("_")[0], code]
    unique = list(dict.fromkeys(candidates))
    return [base / name for name in unique if (base / name).is_dir()]


def _read_folder(folder: Path, *, local: bool, problems: list[LibraryProblem]) -> list[Page]:
    if not folder.is_dir():
        return []
    pages = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        page = _read_page_file(path, local, problems)
        if page is not None:
            pages.append(page)
    return pages


def _read_page_file(path: Path, local: bool, problems: list[LibraryProblem]) -> Page | None:
    def problem(template: str, **values: str) -> None:
        message = translate(CONTEXT, template).format(file=path.name, **values)
        problems.append(LibraryProblem(path, message))

    if path.suffix.lower() != ".md":
        problem(_NOT_MARKDOWN)
        return None
    try:
        if path.stat().st_size > MAX_PAGE_BYTES:
            problem(_TOO_BIG)
            return None
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        problem(_NOT_TEXT)
        return None
    except OSError:
        problem(_UNREADABLE)
        return None
    try:
        return replace(parse_page(text, local=local), path=path)
    except InvalidLibraryPage as error:
        problem(_LEFT_OUT, reason=error.detail)
        return None


def _add_local_page(
    pages: dict[str, Page], page: Page, folder: Path, problems: list[LibraryProblem]
) -> None:
    """Local pages add to the library; they never replace a shipped page or each other."""
    if page.id in pages:
        file = page.path or folder
        message = translate(CONTEXT, _SAME_ID).format(file=file.name, id=page.id)
        problems.append(LibraryProblem(file, message))
        return
    pages[page.id] = page


def _broken_links(pages: list[Page], base: Path) -> list[LibraryProblem]:
    known = {page.id for page in pages}
    problems = []
    for page in pages:
        file = page.path or base / f"{page.id}.md"
        for missing in sorted(page.internal_links() - known):
            message = translate(CONTEXT, _BROKEN_LINK).format(file=file.name, id=missing)
            problems.append(LibraryProblem(file, message))
    return problems


def _fill_placeholders(
    page: Page, region: str, lines_dir: Path | None, problems: list[LibraryProblem]
) -> Page:
    if not any(isinstance(block, Placeholder) for block in page.blocks):
        return page
    try:
        crisis_region = crisis_lines.load_crisis_region(region, lines_dir)
    except crisis_lines.CrisisLinesError as error:
        message = translate(CONTEXT, _NO_CRISIS_LINES).format(
            file=f"{page.id}.md", reason=error.message()
        )
        problems.append(LibraryProblem(lines_dir or paths.crisis_lines_dir(), message))
        return _with_blocks(page, [Paragraph((Text(error.message()),))], ())
    generated = crisis_lines_blocks(crisis_region)
    sources = tuple(Source(line.name, line.source) for line in crisis_region.lines)
    return _with_blocks(page, generated, sources)


def _with_blocks(page: Page, generated: list[Block], sources: tuple[Source, ...]) -> Page:
    blocks: list[Block] = []
    for block in page.blocks:
        blocks.extend(generated if isinstance(block, Placeholder) else [block])
    known = {source.address for source in page.sources}
    extra = tuple(source for source in sources if source.address not in known)
    return replace(page, blocks=tuple(blocks), sources=page.sources + extra)


def crisis_lines_blocks(region: crisis_lines.CrisisRegion) -> list[Block]:
    """The crisis lines of ``region`` as page blocks: the same data "Get help now" shows."""
    intro = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "These are the lines for {region}."))
    blocks: list[Block] = [Paragraph((Text(intro.format(region=region.name)),))]
    for line in region.lines:
        blocks.append(Heading(3, (Text(line.name),)))
        blocks.append(ListBlock(False, _line_items(line)))
    if not region.fully_verified:
        blocks.append(Paragraph((Text(_unverified_note(region)),)))
    return blocks


def _line_items(line: crisis_lines.CrisisLine) -> tuple[Spans, ...]:
    items: list[Spans] = []
    if line.takes_calls:
        call = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "Call {number}"))
        items.append((Strong(call.format(number=line.number)),))
    if line.takes_texts:
        items.append((Strong(line.text_instruction),))
    when = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "When: {hours}"))
    who = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "Who it's for: {who}"))
    items.append((Text(when.format(hours=line.hours)),))
    items.append((Text(who.format(who=line.who_for)),))
    if line.note:
        items.append((Text(line.note),))
    return tuple(items)


def _unverified_note(region: crisis_lines.CrisisRegion) -> str:
    note = translate(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Library",
            "These details have not yet been checked against each service's own website. "
            "If a number doesn't work, try another line here. In an emergency, call {numbers}.",
        ),
    )
    return note.format(numbers=" / ".join(region.emergency_numbers))


# --- Rendering ------------------------------------------------------------------------------


def render_page_html(page: Page, known_ids: set[str] | None = None) -> str:
    """``page`` as simple HTML: real headings, real lists, ``page:ID`` anchors for pages in
    ``known_ids`` (all pages if ``None``) and outside addresses as plain, copyable text."""
    parts = [f"<h1>{_escape(page.title)}</h1>", f'<p class="summary">{_escape(page.summary)}</p>']
    parts.append(f'<p class="meta">{_escape(_reading_time_note(page))}</p>')
    parts.extend(_block_html(block, known_ids) for block in page.blocks)
    parts.extend(_footer_html(page))
    return "\n".join(parts)


def _reading_time_note(page: Page) -> str:
    if page.reading_time_minutes == 1:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "About 1 minute to read"))
    text = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "About {minutes} minutes to read"))
    return text.format(minutes=page.reading_time_minutes)


def _block_html(block: Block, known_ids: set[str] | None) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{_spans_html(block.spans, known_ids)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_spans_html(block.spans, known_ids)}</p>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{_spans_html(item, known_ids)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    return ""  # a placeholder left unfilled shows nothing


def _spans_html(spans: Spans, known_ids: set[str] | None) -> str:
    return "".join(_span_html(span, known_ids) for span in spans)


def _span_html(span: Inline, known_ids: set[str] | None) -> str:
    if isinstance(span, Strong):
        return f"<b>{_escape(span.text)}</b>"
    if isinstance(span, PageLink):
        if known_ids is not None and span.page_id not in known_ids:
            return _escape(span.text)
        return f'<a href="page:{span.page_id}">{_escape(span.text)}</a>'
    if isinstance(span, OutsideLink):
        return _address_html(span.text, span.address)
    return _escape(span.text)


def _address_html(text: str, address: str) -> str:
    shown = f'<span class="address">{_escape(address)}</span>'
    return shown if text.strip() == address else f"{_escape(text)} ({shown})"


def _footer_html(page: Page) -> list[str]:
    sources_title = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "Sources"))
    items = "".join(
        f"<li>{_escape(source.name)}<br/>{_address_html(source.address, source.address)}</li>"
        for source in page.sources
    )
    notes = [_checked_note(page), _review_note(page), _disclaimer(page)]
    return [
        "<hr/>",
        f"<h2>{_escape(sources_title)}</h2>",
        f'<ul class="sources">{items}</ul>',
        *(f'<p class="meta">{_escape(note)}</p>' for note in notes),
    ]


def _checked_note(page: Page) -> str:
    if page.sources_verified:
        text = QT_TRANSLATE_NOOP("Library", "Last checked against these sources on {date}.")
    else:
        text = QT_TRANSLATE_NOOP(
            "Library", "Written on {date}. Not yet checked against these sources."
        )
    return translate(CONTEXT, text).format(date=_long_date(page.last_checked))


def _review_note(page: Page) -> str:
    if page.awaiting_review:
        waiting = QT_TRANSLATE_NOOP("Library", "This page is waiting to be checked by a clinician.")
        return translate(CONTEXT, waiting)
    status = translate(CONTEXT, QT_TRANSLATE_NOOP("Library", "Review: {status}"))
    return status.format(status=page.review_status)


def _disclaimer(page: Page) -> str:
    general = translate(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Library",
            "This is general information. It does not replace care from a health professional.",
        ),
    )
    if not page.local:
        return general
    added = QT_TRANSLATE_NOOP("Library", "A local service added this page, not SafetyPlan.")
    local = translate(CONTEXT, added)
    return f"{general} {local}"


def _long_date(date: dt.date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
