"""What `make translations` and its CI check share: the sources, languages and commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
# English holds only the plural forms ("1 minute", "5 minutes"): its other text is the source.
LANGUAGES = ("cy", "en")
PLURALS_ONLY = frozenset({"en"})
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "safetyplan").rglob("*.py"))


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"safetyplan_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    """Refresh ``ts`` from the code. No line numbers, so moving code doesn't churn the files."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-target-language",
            language,
            *(["-pluralonly"] if language in PLURALS_ONLY else []),
            *sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
    )
