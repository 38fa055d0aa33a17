"""Write every printed variant as a PDF, and each of its pages as a PNG, so a person can look.

    .venv/bin/python tools/render_pdfs.py OUT_FOLDER [--dpi 70]

The plan is the tests' full sample plan (tests/pdf_samples.py): every section filled, in
Latin, Welsh, Greek and Cyrillic, plus a long plan (200 items, a 5,000-character entry, a very
long word) and a card whose panels overflow.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from pdf_samples import CRISIS_LINES, PICTURES, crowded_plan, full_plan, long_plan  # noqa: E402

from safetyplan.crisis_lines import load_region  # noqa: E402
from safetyplan.export_pdf import (  # noqa: E402
    ShareOptions,
    card_pdf_bytes,
    plan_pdf_bytes,
    what_helps_pdf_bytes,
)

PRINTED_ON = dt.date(2025, 3, 10)
WHAT_HELPS = [
    ("Hold an ice cube until it melts", 12, 9, 2.5),
    ("Go for a walk round the block", 7, 4, 1.0),
    ("Listen to my calm playlist", 3, 1, -0.5),
    ("Ring Mum", 1, 1, None),
]


def variants() -> dict[str, Callable[[], bytes]]:
    plan = full_plan()
    chosen = ShareOptions(
        sections=("warning_signs", "coping_alone", "support_people", "needs"),
        shared_with="my GP",
        page_size="A4",
    )
    return {
        "plan-a4": lambda: plan_pdf_bytes(
            plan, ShareOptions(page_size="A4"), CRISIS_LINES, PRINTED_ON, pictures=PICTURES
        ),
        "plan-letter": lambda: plan_pdf_bytes(
            plan, ShareOptions(page_size="Letter"), CRISIS_LINES, PRINTED_ON, pictures=PICTURES
        ),
        "plan-chosen-sections": lambda: plan_pdf_bytes(plan, chosen, CRISIS_LINES, PRINTED_ON),
        "plan-large-print": lambda: plan_pdf_bytes(
            plan,
            ShareOptions(large_print=True, shared_with="my family", page_size="A4"),
            CRISIS_LINES,
            PRINTED_ON,
            pictures=PICTURES,
        ),
        "plan-long": lambda: plan_pdf_bytes(
            long_plan(), ShareOptions(page_size="A4"), CRISIS_LINES, PRINTED_ON
        ),
        "card-a4": lambda: card_pdf_bytes(
            plan, ShareOptions(page_size="A4", name_on_card=True), CRISIS_LINES
        ),
        "card-letter": lambda: card_pdf_bytes(plan, ShareOptions(page_size="Letter"), CRISIS_LINES),
        "card-gb-crisis-lines": lambda: card_pdf_bytes(
            plan, ShareOptions(page_size="A4"), load_region("gb")
        ),
        "plan-gb-crisis-lines": lambda: plan_pdf_bytes(
            plan,
            ShareOptions(page_size="A4", sections=("professional_help",)),
            load_region("gb"),
            PRINTED_ON,
        ),
        "card-crowded": lambda: card_pdf_bytes(
            crowded_plan(), ShareOptions(page_size="A4"), CRISIS_LINES
        ),
        "what-helps": lambda: what_helps_pdf_bytes(
            WHAT_HELPS, ShareOptions(page_size="A4"), preferred_name="Siân", printed_on=PRINTED_ON
        ),
    }


def render_pages(pdf: Path, dpi: int) -> list[Path]:
    document = pypdfium2.PdfDocument(pdf)
    written = []
    for index, page in enumerate(document, start=1):
        png = pdf.with_name(f"{pdf.stem}-{index}.png")
        page.render(scale=dpi / 72).to_pil().save(png)
        written.append(png)
    document.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PDFs and PNGs")
    parser.add_argument("--dpi", type=int, default=70, help="resolution of the PNG pages")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in variants().items():
        pdf = args.out / f"{name}.pdf"
        pdf.write_bytes(make())
        pages = render_pages(pdf, args.dpi)
        print(f"{pdf}: {len(pages)} page(s)")


if __name__ == "__main__":
    main()
