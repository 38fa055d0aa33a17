"""The plan on paper: full plan, large print, wallet crisis card, "what works for me" (ReportLab).

Every PDF is built in memory and written with :func:`safetyplan.atomic.write_bytes_atomically`,
so no half-written file ever appears. The text is real, selectable text in embedded DejaVu fonts
(accented Latin including Welsh, Greek, Cyrillic and common symbols). Nothing the person did not
choose is printed: sections left out of :class:`ShareOptions` never reach the page.

Crisis lines (:class:`safetyplan.crisis_lines.CrisisLine`) are printed with "Professionals and
services I can contact": they appear only when that section is chosen.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PySide6.QtCore import QDate, QLocale
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    ImageAndFlowables,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from safetyplan import APP_NAME, paths
from safetyplan.atomic import write_bytes_atomically
from safetyplan.crisis_lines import CrisisLine
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.plan import (
    CONTEXT as PLAN_CONTEXT,
)
from safetyplan.plan import (
    CRISIS_STEPS,
    DETAIL_LABELS,
    GROUP_TITLES,
    SECTIONS,
    SECTIONS_BY_KEY,
    Group,
    Item,
    Plan,
    SectionSpec,
)

CONTEXT = "Print"

# Binary streams instead of ASCII85 text: equally valid PDF, a little smaller, and much faster
# to write, as ReportLab's ASCII85 encoder runs in pure Python here (about 40 ms a picture).
rl_config.useA85 = 0

FONT = "SafetyPlanSans"
FONT_BOLD = "SafetyPlanSans-Bold"

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
# Territories whose paper is US Letter (CLDR's paperSize data); everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)

# The printed plan's reading order: the crisis steps, then staying safer, then the care plan.
READING_ORDER: tuple[str, ...] = (
    *CRISIS_STEPS,
    *(s.key for s in SECTIONS if s.group is Group.HARM_MINIMISATION),
    *(s.key for s in SECTIONS if s.group is Group.CARE_PLAN),
)
# The section crisis lines are printed with (and left out with).
CRISIS_LINES_SECTION = "professional_help"

# Print labels for item fields, worded for whoever reads the plan (the app's own labels
# speak to the person: "Who they are to you").
FIELD_LABELS = {
    "relationship": QT_TRANSLATE_NOOP("Print", "Relationship"),
    "role": QT_TRANSLATE_NOOP("Print", "What they do"),
    "when": QT_TRANSLATE_NOOP("Print", "When to contact"),
    "notes": QT_TRANSLATE_NOOP("Print", "Notes"),
    "goal": QT_TRANSLATE_NOOP("Print", "Helps with the goal"),
}

PICTURE_SIZE = 30 * mm
PICTURE_MAX_PIXELS = 400  # 30 mm at over 300 dots an inch
PICTURE_QUALITY = 85


@dataclass(frozen=True)
class ShareOptions:
    """What the person chose to share, and how it is printed."""

    sections: tuple[str, ...] | None = None  # section keys to include; None = all
    shared_with: str = ""  # e.g. "my GP"
    large_print: bool = False
    page_size: str | None = None  # "A4" or "Letter"; None = from the locale
    name_on_card: bool = False  # the wallet card shows the preferred name only if chosen

    def __post_init__(self) -> None:
        if self.page_size is not None and self.page_size not in PAGE_SIZES:
            raise ValueError(f"Unknown paper size {self.page_size!r}: use A4 or Letter.")
        unknown = [key for key in self.sections or () if key not in SECTIONS_BY_KEY]
        if unknown:
            raise ValueError(
                f"Unknown section {unknown[0]!r}. The sections are: {', '.join(SECTIONS_BY_KEY)}."
            )

    def includes(self, key: str) -> bool:
        return self.sections is None or key in self.sections

    def resolved_page_size(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page_size or default_page_size()]


def default_page_size(territory_code: str | None = None) -> str:
    """ "Letter" for the territories that use it (the system locale's by default), else "A4"."""
    if territory_code is None:
        territory_code = QLocale.territoryToCode(QLocale.system().territory())
    return "Letter" if territory_code.upper() in LETTER_TERRITORIES else "A4"


# ----------------------------------------------------------------------------- what is printed


def filled_items(plan: Plan, key: str) -> list[Item]:
    """The section's items that hold some text (blank items are never printed)."""
    return [item for item in plan.items(key) if any(v.strip() for v in item.data.values())]


def section_has_content(plan: Plan, key: str, crisis_lines: Sequence[CrisisLine] = ()) -> bool:
    if key == CRISIS_LINES_SECTION and crisis_lines:
        return True
    return bool(filled_items(plan, key))


def printed_sections(
    plan: Plan, options: ShareOptions, crisis_lines: Sequence[CrisisLine] = ()
) -> list[str]:
    """The keys of the sections the printed plan shows, in reading order."""
    return [
        key
        for key in READING_ORDER
        if options.includes(key) and section_has_content(plan, key, crisis_lines)
    ]


# ----------------------------------------------------------------------------- fonts and styles


@functools.cache
def register_fonts() -> None:
    """Embed DejaVu Sans (regular and bold) under the names this module uses."""
    fonts = paths.fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    # There is no italic face: <i> falls back to the upright one instead of failing.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class _Sizes:
    body: float
    small: float
    heading: float
    group: float
    title: float
    phone: float


NORMAL_SIZES = _Sizes(body=11, small=9.5, heading=14, group=18, title=22, phone=15)
# Large print: nothing under 16 pt, all text black on white.
LARGE_SIZES = _Sizes(body=16, small=16, heading=20, group=24, title=30, phone=22)
ACCENT = colors.HexColor("#1d3b5a")
# Indent of item text, in ems: ReportLab pushes a bullet's first line right unless the indent
# clears the bullet's indent (0.2 em), the bullet (0.6 em) and its gap (0.6 em).
INDENT = 1.45


@dataclass(frozen=True)
class _Styles:
    sizes: _Sizes
    accent: colors.Color
    rule: colors.Color  # thin lines between rows
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    heading: ParagraphStyle
    group: ParagraphStyle
    title: ParagraphStyle
    name: ParagraphStyle
    subheading: ParagraphStyle
    phone: ParagraphStyle


def _styles(large_print: bool) -> _Styles:
    sizes = LARGE_SIZES if large_print else NORMAL_SIZES
    accent = colors.black if large_print else ACCENT

    def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=size * 1.3,
            splitLongWords=1,
            **{"textColor": colors.black, "bulletFontName": FONT, **extra},
        )

    return _Styles(
        sizes=sizes,
        accent=accent,
        rule=colors.black if large_print else colors.HexColor("#6b6b6b"),
        body=style("body", sizes.body, spaceAfter=sizes.body * 0.3),
        small=style("small", sizes.small, spaceAfter=sizes.small * 0.2),
        label=style("label", sizes.small, leftIndent=sizes.body * INDENT, spaceAfter=2),
        bullet=style(
            "bullet",
            sizes.body,
            leftIndent=sizes.body * INDENT,
            bulletIndent=sizes.body * 0.2,
            bulletFontName=FONT_BOLD,
            bulletFontSize=sizes.body,
            spaceAfter=sizes.body * 0.35,
        ),
        heading=style(
            "heading",
            sizes.heading,
            bold=True,
            textColor=accent,
            spaceBefore=sizes.heading * 0.9,
            spaceAfter=sizes.heading * 0.35,
            keepWithNext=1,
        ),
        group=style(
            "group",
            sizes.group,
            bold=True,
            textColor=accent,
            spaceBefore=sizes.group * 0.8,
            spaceAfter=2,
            keepWithNext=1,
        ),
        title=style("title", sizes.title, bold=True, spaceAfter=sizes.title * 0.4),
        name=style("name", sizes.body, bold=True, spaceBefore=sizes.body * 0.3, keepWithNext=1),
        subheading=style(
            "subheading",
            sizes.body + 1.5,
            bold=True,
            textColor=accent,
            spaceBefore=sizes.body * 0.6,
            keepWithNext=1,
        ),
        phone=style("phone", sizes.phone, bold=True),
    )


def _markup(text: str) -> str:
    """User text made safe for a Paragraph: XML escaped, line breaks kept, control chars gone."""
    printable = "".join(ch for ch in text if ch in "\n\t" or ch >= " ")
    return escape(printable.strip()).replace("\n", "<br/>")


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def format_date(day: dt.date, language: str = "en") -> str:
    """A date spelt out in the plan's language, e.g. "3 March 2025"."""
    qdate = QDate(day.year, day.month, day.day)
    return QLocale(language).toString(qdate, "d MMMM yyyy")


# ----------------------------------------------------------------------------- phone numbers


class PhoneNumber(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A phone number on one line, large and bold; it shrinks rather than wrap mid-number.

    Only a "number" too long to fit even at body size (someone typed a note into the phone
    field) wraps, as an ordinary paragraph.
    """

    def __init__(self, number: str, style: ParagraphStyle, min_size: float) -> None:
        super().__init__()
        self.number = " ".join(number.split())
        self.style = style
        self.min_size = min_size
        self.size = style.fontSize
        self._fallback: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        natural = stringWidth(self.number, FONT_BOLD, self.style.fontSize)
        self.size = self.style.fontSize * min(1.0, availWidth / max(natural, 1))
        if self.size < self.min_size:
            self._fallback = Paragraph(_markup(self.number), self.style)
            width, height = self._fallback.wrap(availWidth, availHeight)
            return float(width), float(height)
        self.width = stringWidth(self.number, FONT_BOLD, self.size)
        self.height = self.size * 1.25
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._fallback is None:
            return []
        parts: list[Flowable] = self._fallback.split(availWidth, availHeight)
        return parts

    def draw(self) -> None:
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        self.canv.setFont(FONT_BOLD, self.size)
        self.canv.setFillColor(colors.black)
        self.canv.drawString(0, self.size * 0.25, self.number)


# ----------------------------------------------------------------------------- the full plan


@dataclass
class _PlanContext:
    plan: Plan
    options: ShareOptions
    styles: _Styles
    crisis_lines: Sequence[CrisisLine]
    language: str
    printed_on: dt.date
    pictures: Mapping[int, bytes] = field(default_factory=dict)


def plan_pdf_bytes(
    plan: Plan,
    options: ShareOptions,
    crisis_lines: Sequence[CrisisLine] = (),
    printed_on: dt.date | None = None,
    language: str = "en",
    pictures: Mapping[int, bytes] | None = None,
) -> bytes:
    """The printed plan (full or large print) as PDF bytes."""
    register_fonts()
    ctx = _PlanContext(
        plan,
        options,
        _styles(options.large_print),
        crisis_lines,
        language,
        printed_on or dt.date.today(),
        pictures or {},
    )
    keys = printed_sections(plan, options, crisis_lines)
    story = _title_block(ctx, keys) + _sections_story(ctx, keys)
    return _build_document(
        story,
        ctx.styles,
        options.resolved_page_size(),
        _plan_metadata(plan, options, language),
        _footer_text(plan.preferred_name, ctx.printed_on, language),
    )


def write_plan_pdf(
    plan: Plan,
    out: Path,
    options: ShareOptions,
    crisis_lines: Sequence[CrisisLine] = (),
    printed_on: dt.date | None = None,
    language: str = "en",
    pictures: Mapping[int, bytes] | None = None,
) -> None:
    """Write the printed plan to ``out`` (atomically; raises CannotWriteFile)."""
    data = plan_pdf_bytes(plan, options, crisis_lines, printed_on, language, pictures)
    write_bytes_atomically(out, data)


def _plan_title(preferred_name: str) -> str:
    name = preferred_name.strip()
    if name:
        return _tr(QT_TRANSLATE_NOOP("Print", "Safety plan for {name}")).format(name=name)
    return _tr(QT_TRANSLATE_NOOP("Print", "My safety plan"))


def _title_block(ctx: _PlanContext, keys: list[str]) -> list[Flowable]:
    st = ctx.styles
    story: list[Flowable] = [Paragraph(_markup(_plan_title(ctx.plan.preferred_name)), st.title)]
    for label, value in _detail_lines(ctx.plan, ctx.language):
        story.append(Paragraph(f"<b>{escape(label)}:</b> {_markup(value)}", st.body))
    shared = _shared_line(ctx, keys)
    if shared:
        story.append(Spacer(1, st.sizes.body * 0.4))
        story.append(Paragraph(_markup(shared), st.body))
    story.append(HRFlowable(width="100%", thickness=1.2, color=st.accent, spaceBefore=6))
    return story


def _detail_lines(plan: Plan, language: str) -> list[tuple[str, str]]:
    values = {
        "made_on": format_date(plan.made_on, language) if plan.made_on else "",
        "next_review": format_date(plan.next_review, language) if plan.next_review else "",
        "made_with": plan.made_with.strip(),
    }
    return [
        (translate(PLAN_CONTEXT, DETAIL_LABELS[key]), value)
        for key, value in values.items()
        if value
    ]


def _shared_line(ctx: _PlanContext, keys: list[str]) -> str:
    """ "Shared by … with … on …, with these sections: …", when the person chose who or what."""
    options = ctx.options
    who = options.shared_with.strip()
    if not who and options.sections is None:
        return ""
    name = ctx.plan.preferred_name.strip()
    if name and who:
        template = QT_TRANSLATE_NOOP(
            "Print", "Shared by {name} with {who} on {date}, with these sections: {sections}."
        )
    elif who:
        template = QT_TRANSLATE_NOOP(
            "Print", "Shared with {who} on {date}, with these sections: {sections}."
        )
    elif name:
        template = QT_TRANSLATE_NOOP(
            "Print", "Shared by {name} on {date}, with these sections: {sections}."
        )
    else:
        template = QT_TRANSLATE_NOOP("Print", "Shared on {date}, with these sections: {sections}.")
    titles = ", ".join(SECTIONS_BY_KEY[key].translated_title() for key in keys)
    return _tr(template).format(
        name=name, who=who, date=format_date(ctx.printed_on, ctx.language), sections=titles
    )


def _sections_story(ctx: _PlanContext, keys: list[str]) -> list[Flowable]:
    story: list[Flowable] = []
    group: Group | None = None
    for key in keys:
        spec = SECTIONS_BY_KEY[key]
        if spec.group is not group:
            group = spec.group
            story += _group_heading(ctx.styles, translate(PLAN_CONTEXT, GROUP_TITLES[group]))
        story.append(Paragraph(_markup(spec.translated_title()), ctx.styles.heading))
        story += _section_items(ctx, spec)
    return story


def _group_heading(st: _Styles, title: str) -> list[Flowable]:
    return [
        Paragraph(_markup(title), st.group),
        HRFlowable(width="100%", thickness=0.8, color=st.accent, spaceAfter=2),
    ]


def _section_items(ctx: _PlanContext, spec: SectionSpec) -> list[Flowable]:
    items = filled_items(ctx.plan, spec.key)
    if spec.is_contact:
        story = [flow for item in items for flow in _contact(ctx.styles, item, spec)]
    elif spec.allows_pictures:
        story = [_picture_item(ctx, item) for item in items]
    else:
        story = [flow for item in items for flow in _text_item(ctx.styles, item, spec)]
    if spec.key == CRISIS_LINES_SECTION and ctx.crisis_lines:
        story += _crisis_lines_block(ctx)
    return story


def _bullet(st: _Styles, markup: str) -> Paragraph:
    return Paragraph(markup, st.bullet, bulletText="•")


def _text_item(st: _Styles, item: Item, spec: SectionSpec) -> list[Flowable]:
    """The item as a bullet, with its other fields (a short-term step's goal) under it."""
    extra = [f for f in spec.fields if f.key != "text" and item.text(f.key).strip()]
    bullet = _bullet(st, _markup(item.text()))
    bullet.keepWithNext = bool(extra)
    return [bullet] + [_labelled(st, f.key, item.text(f.key), f.label) for f in extra]


def _labelled(st: _Styles, key: str, value: str, fallback_label: str) -> Paragraph:
    label = (
        _tr(FIELD_LABELS[key]) if key in FIELD_LABELS else translate(PLAN_CONTEXT, fallback_label)
    )
    return Paragraph(f"<b>{escape(label)}:</b> {_markup(value)}", st.label)


def _contact(st: _Styles, item: Item, spec: SectionSpec) -> list[Flowable]:
    name = item.text("name").strip()
    flowables: list[Flowable] = []
    if name:
        flowables.append(Paragraph(_markup(name), st.name))
    phone = item.text("phone").strip()
    if phone:
        flowables.append(_indented_phone(st, phone))
    for f in spec.fields:
        value = item.text(f.key).strip()
        if f.key not in ("name", "phone") and value:
            flowables.append(_labelled(st, f.key, value, f.label))
    return flowables


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells use the embedded font (ReportLab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def _indented_phone(st: _Styles, number: str) -> Flowable:
    indent = st.sizes.body * INDENT
    table = Table([["", PhoneNumber(number, st.phone, st.sizes.body)]], colWidths=[indent, None])
    table.setStyle(
        _table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    table.hAlign = "LEFT"
    return table


def _picture_item(ctx: _PlanContext, item: Item) -> Flowable:
    text = _bullet(ctx.styles, _markup(item.text()))
    picture = ctx.pictures.get(item.picture) if item.picture is not None else None
    image = _scaled_image(picture) if picture else None
    if image is None:
        return text
    return ImageAndFlowables(
        image, [text], imageSide="left", imageRightPadding=8, imageBottomPadding=6
    )


def _scaled_image(data: bytes) -> Image | None:
    """The picture fitted in a small square, or None if it can't be read as an image.

    It is shrunk first: a 1600-pixel photo printed 30 mm wide needs only about 350 pixels, and
    embedding it whole made the PDF many times larger and slower to write.
    """
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            picture.thumbnail((PICTURE_MAX_PIXELS, PICTURE_MAX_PIXELS))
            small = io.BytesIO()
            if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
                picture.save(small, format="PNG")
            else:
                picture.convert("RGB").save(small, format="JPEG", quality=PICTURE_QUALITY)
            width, height = picture.size
    except Exception:  # any unreadable picture is simply left out
        return None
    small.seek(0)
    scale = PICTURE_SIZE / max(width, height, 1)
    return Image(small, width=width * scale, height=height * scale)


def _crisis_lines_block(ctx: _PlanContext) -> list[Flowable]:
    st = ctx.styles
    story: list[Flowable] = [
        Paragraph(_markup(_tr(QT_TRANSLATE_NOOP("Print", "Crisis lines"))), st.subheading)
    ]
    for line in ctx.crisis_lines:
        story.append(Paragraph(_markup(line.name), st.name))
        story += [_indented_phone(st, way) for way in _ways_to_reach(line)]
        details = (line.hours, line.who_for, line.note)
        story += [Paragraph(_markup(text), st.label) for text in details if text.strip()]
    story[-1].keepWithNext = True  # the note below never starts a page on its own
    template = QT_TRANSLATE_NOOP("Print", "Crisis line details as of {date}.")
    as_of = max(line.checked for line in ctx.crisis_lines)
    story.append(
        Paragraph(_markup(_tr(template).format(date=format_date(as_of, ctx.language))), st.small)
    )
    return story


def _ways_to_reach(line: CrisisLine) -> list[str]:
    """The number to call and the text instruction ("Text SHOUT to 85258"), as the line takes."""
    ways = [line.number] if line.takes_calls else []
    if line.takes_texts and line.text_instruction.strip():
        ways.append(line.text_instruction)
    return ways or [line.number]


def _card_line(line: CrisisLine) -> _CardEntry:
    """A crisis line on the card: the number to call, or how to text if it only takes texts."""
    return _CardEntry(line.name, _ways_to_reach(line)[0])


# ----------------------------------------------------------------------------- the document


@dataclass(frozen=True)
class _Metadata:
    title: str
    author: str
    subject: str
    language: str


def _plan_metadata(plan: Plan, options: ShareOptions, language: str) -> _Metadata:
    who = options.shared_with.strip()
    subject = (
        _tr(QT_TRANSLATE_NOOP("Print", "Safety plan, shared with {who}")).format(who=who)
        if who
        else _tr(QT_TRANSLATE_NOOP("Print", "Safety plan"))
    )
    return _Metadata(
        title=_plan_title(plan.preferred_name),
        author=plan.preferred_name.strip() or APP_NAME,
        subject=subject,
        language=language,
    )


def _footer_text(preferred_name: str, printed_on: dt.date, language: str) -> str:
    name = preferred_name.strip()
    date = format_date(printed_on, language)
    if name:
        template = QT_TRANSLATE_NOOP("Print", "{name}'s safety plan · printed {date}")
    else:
        template = QT_TRANSLATE_NOOP("Print", "Safety plan · printed {date}")
    return _tr(template).format(name=name, date=date)


def _pdf_language(language: str) -> str:
    """The BCP 47 tag for the PDF catalogue: "en_GB" becomes "en-GB", "C" becomes "en"."""
    return QLocale(language).bcp47Name()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """A canvas that holds pages back until the end, so each can say "Page N of M"."""

    def __init__(self, *args: Any, footer: str, footer_size: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._footer_size = footer_size
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        size = self._footer_size
        y = 12 * mm
        page = _tr(QT_TRANSLATE_NOOP("Print", "Page {page} of {pages}"))
        page = page.format(page=number, pages=total)
        self.setFillColor(colors.black)
        self.setFont(FONT, size)
        self.drawRightString(width - MARGIN, y, page)
        footer = _fit_string(
            self._footer, width - 2 * MARGIN - stringWidth(page, FONT, size) - 12, size
        )
        self.drawString(MARGIN, y, footer)


MARGIN = 18 * mm


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with "…" if it was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def _fit_string(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text``, cut short with "…" if it is wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _build_document(
    story: list[Flowable],
    st: _Styles,
    page_size: tuple[float, float],
    meta: _Metadata,
    footer: str,
) -> bytes:
    buffer = io.BytesIO()
    footer_size = max(st.sizes.small - 1, 9) if st.sizes.small < 16 else 16
    bottom = 12 * mm + footer_size * 2.2
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator=APP_NAME,
        lang=_pdf_language(meta.language),
        displayDocTitle=True,
        initialFontName=FONT,  # so no unembedded Helvetica is ever referenced
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        story,
        canvasmaker=functools.partial(_NumberedCanvas, footer=footer, footer_size=footer_size),
    )
    return buffer.getvalue()


# ----------------------------------------------------------------------------- wallet crisis card

CARD_PANEL_WIDTH_MM = 85.6  # ISO/IEC 7810 ID-1, the size of a bank card
CARD_PANEL_HEIGHT_MM = 54.0
CARD_COLUMNS = 2
CARD_ROWS = 2
CARD_TOP_MM = 42.0  # from the top of the sheet to the top of the card, below the instructions
CARD_PADDING = 3.2 * mm
CARD_MAX_SIZE = 10.0
CARD_MIN_SIZE = 6.5  # text shrinks to fit a panel, but never below this
CARD_THINGS_TO_DO = 3

Rect = tuple[float, float, float, float]  # x, y (bottom left), width, height, in points
Segment = tuple[float, float, float, float]  # x1, y1, x2, y2, in points


@dataclass(frozen=True)
class CardLayout:
    """Where the card goes on the sheet: panels in reading order, the cut outline, the folds."""

    page_size: tuple[float, float]
    panels: tuple[Rect, ...]
    outline: Rect
    folds: tuple[Segment, ...]


def card_layout(page_size: tuple[float, float]) -> CardLayout:
    """A 2 × 2 grid of bank-card panels, centred across the sheet: it folds in half twice."""
    panel_w, panel_h = CARD_PANEL_WIDTH_MM * mm, CARD_PANEL_HEIGHT_MM * mm
    width, height = CARD_COLUMNS * panel_w, CARD_ROWS * panel_h
    left = (page_size[0] - width) / 2
    top = page_size[1] - CARD_TOP_MM * mm
    bottom = top - height
    panels = tuple(
        (left + column * panel_w, top - (row + 1) * panel_h, panel_w, panel_h)
        for row in range(CARD_ROWS)
        for column in range(CARD_COLUMNS)
    )
    folds = tuple(
        (left + c * panel_w, bottom, left + c * panel_w, top) for c in range(1, CARD_COLUMNS)
    ) + tuple(
        (left, top - r * panel_h, left + width, top - r * panel_h) for r in range(1, CARD_ROWS)
    )
    return CardLayout(page_size, panels, (left, bottom, width, height), folds)


@dataclass(frozen=True)
class _CardEntry:
    text: str
    phone: str = ""


MORE = _CardEntry("…")  # stands for the entries a full panel leaves out
CARD_ENTRY_MAX_CHARS = 120  # so one long entry can't push the others off the card


@dataclass(frozen=True)
class _CardPanel:
    heading: str
    entries: tuple[_CardEntry, ...]
    cover_name: str | None = None  # the cover panel also carries the card's title


def card_pdf_bytes(
    plan: Plan,
    options: ShareOptions,
    crisis_lines: Sequence[CrisisLine] = (),
    language: str = "en",
) -> bytes:
    """The wallet crisis card, on an A4 or Letter sheet with cut and fold marks, as PDF bytes."""
    register_fonts()
    layout = card_layout(options.resolved_page_size())
    name = plan.preferred_name.strip() if options.name_on_card else ""
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=layout.page_size, lang=_pdf_language(language), initialFontName=FONT
    )
    _card_metadata(canvas, name)
    _draw_card_instructions(canvas, layout)
    _draw_card_marks(canvas, layout)
    for panel, rect in zip(
        _card_panels(plan, options, crisis_lines, name), layout.panels, strict=True
    ):
        _draw_panel(canvas, panel, rect)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_crisis_card(
    plan: Plan,
    out: Path,
    options: ShareOptions,
    crisis_lines: Sequence[CrisisLine] = (),
    language: str = "en",
) -> None:
    """Write the wallet crisis card to ``out`` (atomically; raises CannotWriteFile)."""
    write_bytes_atomically(out, card_pdf_bytes(plan, options, crisis_lines, language))


CARD_TITLE = QT_TRANSLATE_NOOP("Print", "If things get hard")


def _card_metadata(canvas: Canvas, name: str) -> None:
    canvas.setTitle(_tr(CARD_TITLE))
    canvas.setAuthor(name or APP_NAME)
    canvas.setSubject(_tr(QT_TRANSLATE_NOOP("Print", "Wallet crisis card")))
    canvas.setCreator(APP_NAME)


def _card_panels(
    plan: Plan, options: ShareOptions, crisis_lines: Sequence[CrisisLine], name: str
) -> list[_CardPanel]:
    """The four panels in reading order; a section the person left out leaves its panel blank."""

    def texts(key: str, limit: int | None = None) -> tuple[_CardEntry, ...]:
        if not options.includes(key):
            return ()
        items = filled_items(plan, key)[:limit]
        return tuple(_CardEntry(_shortened(item.text(), CARD_ENTRY_MAX_CHARS)) for item in items)

    def contacts(key: str) -> tuple[_CardEntry, ...]:
        if not options.includes(key):
            return ()
        items = filled_items(plan, key)
        return tuple(
            _CardEntry(i.text("name"), i.text("phone"))
            for i in items
            if i.text("name") or i.text("phone")
        )

    lines = tuple(_card_line(line) for line in crisis_lines)
    services = contacts(CRISIS_LINES_SECTION) + (
        lines if options.includes(CRISIS_LINES_SECTION) else ()
    )
    services = tuple(s for s in services if s.phone.strip())
    return [
        _CardPanel(
            _tr(QT_TRANSLATE_NOOP("Print", "My warning signs")), texts("warning_signs"), name
        ),
        _CardPanel(
            _tr(QT_TRANSLATE_NOOP("Print", "Three things I can do")),
            texts("coping_alone", CARD_THINGS_TO_DO),
        ),
        _CardPanel(
            _tr(QT_TRANSLATE_NOOP("Print", "People I can call")), contacts("support_people")
        ),
        _CardPanel(_tr(QT_TRANSLATE_NOOP("Print", "Services and crisis lines")), services),
    ]


def _draw_card_instructions(canvas: Canvas, layout: CardLayout) -> None:
    width, height = layout.page_size
    title = ParagraphStyle("sheet-title", fontName=FONT_BOLD, fontSize=14, leading=17)
    body = ParagraphStyle("sheet-body", fontName=FONT, fontSize=10, leading=12.5)
    top = height - 14 * mm
    for text, style in (
        (_tr(QT_TRANSLATE_NOOP("Print", "Wallet crisis card")), title),
        (
            _tr(
                QT_TRANSLATE_NOOP(
                    "Print",
                    "Cut along the dashed line, then fold along the dotted lines to make a card "
                    "the size of a bank card.",
                )
            ),
            body,
        ),
    ):
        paragraph = Paragraph(_markup(text), style)
        top -= paragraph.wrap(width - 2 * MARGIN, height)[1] + 2
        paragraph.drawOn(canvas, MARGIN, top)


def _draw_card_marks(canvas: Canvas, layout: CardLayout) -> None:
    """Dashed cut line around the card, dotted fold lines between the panels."""
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    canvas.rect(*layout.outline, stroke=1, fill=0)
    canvas.setDash(1, 2)
    for segment in layout.folds:
        canvas.line(*segment)
    canvas.restoreState()
    left, bottom, _, height = layout.outline
    canvas.setFont(FONT, 12)
    canvas.drawString(left - 5 * mm, bottom + height + 1.5 * mm, "✂")


def _panel_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    def style(name: str, font_size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=font_size,
            leading=font_size * 1.18,
            splitLongWords=1,
            bulletFontName=FONT,
            **extra,
        )

    text = style(
        "card",
        size,
        leftIndent=size * (INDENT - 0.2),
        bulletIndent=0,
        bulletFontSize=size,
        spaceAfter=size * 0.15,
    )
    heading = style("card-heading", size + 1, bold=True, spaceAfter=size * 0.3)
    title = style("card-title", size + 3.5, bold=True, spaceAfter=size * 0.2)
    return text, heading, title


def _panel_flowables(
    panel: _CardPanel, size: float, width: float, entries: Sequence[_CardEntry]
) -> list[Flowable]:
    text, heading, title = _panel_styles(size)
    flows: list[Flowable] = []
    if panel.cover_name is not None:
        flows.append(Paragraph(_markup(_tr(CARD_TITLE)), title))
        if panel.cover_name:
            flows.append(Paragraph(_markup(panel.cover_name), heading))
    flows.append(Paragraph(_markup(panel.heading), heading))
    for entry in entries:
        if entry.phone:
            flows.append(_card_contact(entry, text, width))
        else:
            bullet = None if entry is MORE else "•"
            flows.append(Paragraph(_markup(entry.text), text, bulletText=bullet))
    return flows


def _card_contact(entry: _CardEntry, style: ParagraphStyle, width: float) -> Table:
    """Name on the left, number on the right in bold, never broken."""
    bold = ParagraphStyle("card-phone", parent=style, fontName=FONT_BOLD, leftIndent=0, alignment=2)
    number = " ".join(entry.phone.split())
    number_width = min(stringWidth(number, FONT_BOLD, style.fontSize) + 2, width * 0.62)
    name = Paragraph(_markup(entry.text), ParagraphStyle("card-name", parent=style, leftIndent=0))
    table = Table(
        [[name, Paragraph(_markup(number), bold)]], colWidths=[width - number_width, number_width]
    )
    table.setStyle(
        _table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), style.fontSize * 0.25),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _stack_height(flows: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for index, flow in enumerate(flows):
        total += flow.wrap(width, 10_000)[1]
        if index:
            total += flow.getSpaceBefore()
        if index < len(flows) - 1:
            total += flow.getSpaceAfter()
    return total


def _fit_panel(panel: _CardPanel, width: float, height: float) -> list[Flowable]:
    """The panel's text at the largest size that fits; at the smallest, cut short with "…"."""
    size = CARD_MAX_SIZE
    while size >= CARD_MIN_SIZE:
        flows = _panel_flowables(panel, size, width, panel.entries)
        if _stack_height(flows, width) <= height:
            return flows
        size -= 0.5
    return _truncated_panel(panel, width, height)


def _truncated_panel(panel: _CardPanel, width: float, height: float) -> list[Flowable]:
    """As many entries as fit at the smallest size, the next one shortened, then "…"."""

    def fits(entries: Sequence[_CardEntry]) -> bool:
        return (
            _stack_height(_panel_flowables(panel, CARD_MIN_SIZE, width, entries), width) <= height
        )

    kept: list[_CardEntry] = []
    for entry in panel.entries:
        if not fits([*kept, entry]):
            break
        kept.append(entry)
    left_out = panel.entries[len(kept) :]
    if left_out and not left_out[0].phone:
        shortened = _shortest_cut(left_out[0].text, lambda t: fits([*kept, _CardEntry(t)]))
        if shortened:
            return _panel_flowables(panel, CARD_MIN_SIZE, width, [*kept, _CardEntry(shortened)])
    while kept and not fits([*kept, MORE]):
        kept.pop()
    return _panel_flowables(panel, CARD_MIN_SIZE, width, [*kept, MORE])


def _shortest_cut(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` that, ending in "…", still ``fits`` (or "")."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""


def _draw_panel(canvas: Canvas, panel: _CardPanel, rect: Rect) -> None:
    x, y, width, height = rect
    inner_width, inner_height = width - 2 * CARD_PADDING, height - 2 * CARD_PADDING
    flows = _fit_panel(panel, inner_width, inner_height)
    top = y + height - CARD_PADDING
    for index, flow in enumerate(flows):
        if index:
            top -= flow.getSpaceBefore()
        flow_height = flow.wrap(inner_width, inner_height)[1]
        flow.drawOn(canvas, x + CARD_PADDING, top - flow_height)
        top -= flow_height + flow.getSpaceAfter()
    if not panel.entries:
        _draw_writing_lines(canvas, x + CARD_PADDING, top, inner_width, y + CARD_PADDING)


def _draw_writing_lines(
    canvas: Canvas, left: float, top: float, width: float, bottom: float
) -> None:
    """Ruled lines on an empty panel, so the person can write on the card by hand."""
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#8a8a8a"))
    canvas.setLineWidth(0.4)
    y = top - 7 * mm
    while y > bottom:
        canvas.line(left, y, left + width, y)
        y -= 7 * mm
    canvas.restoreState()


# ----------------------------------------------------------------------------- what works for me

# (strategy, times used, times it helped, average of urge before minus urge after, 0 to 10)
WhatHelpsRow = tuple[str, int, int, float | None]


def what_helps_pdf_bytes(
    rows: Iterable[WhatHelpsRow],
    options: ShareOptions,
    language: str = "en",
    *,
    preferred_name: str = "",
    printed_on: dt.date | None = None,
    period: str = "",
) -> bytes:
    """The "what works for me" summary: a table of coping strategies and how they went.

    ``period`` names the time the figures cover (e.g. "The last three months"); when given, the
    page says so, up to the day it is printed.
    """
    register_fonts()
    st = _styles(options.large_print)
    day = printed_on or dt.date.today()
    title = _tr(QT_TRANSLATE_NOOP("Print", "What works for me"))
    intro = _tr(
        QT_TRANSLATE_NOOP(
            "Print",
            "From my diary: how often I used each thing, how often it helped, and how the "
            "urge or distress (0 to 10) changed afterwards, on average.",
        )
    )
    story: list[Flowable] = [Paragraph(_markup(title), st.title)]
    if period.strip():
        covered = _tr(QT_TRANSLATE_NOOP("Print", "{period}, up to {date}")).format(
            period=period.strip(), date=format_date(day, language)
        )
        label = _tr(QT_TRANSLATE_NOOP("Print", "Time covered"))
        story.append(Paragraph(f"<b>{escape(label)}:</b> {_markup(covered)}", st.body))
    story += [
        Paragraph(_markup(intro), st.body),
        Spacer(1, st.sizes.body * 0.5),
        _what_helps_table(list(rows), st, language),
    ]
    meta = _Metadata(
        title=title, author=preferred_name.strip() or APP_NAME, subject=title, language=language
    )
    return _build_document(
        story, st, options.resolved_page_size(), meta, _footer_text(preferred_name, day, language)
    )


def write_what_helps_pdf(
    rows: Iterable[WhatHelpsRow],
    out: Path,
    options: ShareOptions,
    language: str = "en",
    *,
    preferred_name: str = "",
    printed_on: dt.date | None = None,
    period: str = "",
) -> None:
    """Write the "what works for me" page to ``out`` (atomically; raises CannotWriteFile)."""
    data = what_helps_pdf_bytes(
        rows,
        options,
        language,
        preferred_name=preferred_name,
        printed_on=printed_on,
        period=period,
    )
    write_bytes_atomically(out, data)


def _what_helps_table(rows: list[WhatHelpsRow], st: _Styles, language: str) -> Flowable:
    headers = (
        QT_TRANSLATE_NOOP("Print", "What I tried"),
        QT_TRANSLATE_NOOP("Print", "Times used"),
        QT_TRANSLATE_NOOP("Print", "Times it helped"),
        QT_TRANSLATE_NOOP("Print", "Urge or distress afterwards"),
    )
    head_style = ParagraphStyle("th", parent=st.body, fontName=FONT_BOLD, spaceAfter=0)
    cell = ParagraphStyle("td", parent=st.body, spaceAfter=0)
    data = [[Paragraph(_markup(_tr(h)), head_style) for h in headers]]
    for strategy, used, helped, change in rows:
        values = (strategy, str(used), str(helped), _change_in_words(change, language))
        data.append([Paragraph(_markup(v), cell) for v in values])
    table = Table(data, colWidths=["42%", "16%", "18%", "24%"], repeatRows=1)
    table.setStyle(
        _table_style(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, st.accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.rule),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _change_in_words(change: float | None, language: str) -> str:
    """ "down 2.5", "up 0.5", "no change", or a dash when no entry gave both urges."""
    if change is None:
        return "—"
    amount = QLocale(language).toString(abs(change), "f", 1)
    if amount == QLocale(language).toString(0.0, "f", 1):
        return _tr(QT_TRANSLATE_NOOP("Print", "no change"))
    if change > 0:  # before minus after: the urge went down
        return _tr(QT_TRANSLATE_NOOP("Print", "down {amount}")).format(amount=amount)
    return _tr(QT_TRANSLATE_NOOP("Print", "up {amount}")).format(amount=amount)
