"""CI check: the committed .ts files (and their .qm builds) match what the code asks for.

Fails, naming what to run, if a visible string was added or changed without `make translations`.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from translation_sources import LANGUAGES, lrelease, lupdate, ts_file


def main() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            committed = ts_file(language)
            fresh = Path(scratch) / committed.name
            if committed.exists():
                shutil.copy(committed, fresh)
            lupdate(fresh, language)
            built = Path(scratch) / committed.with_suffix(".qm").name
            lrelease(fresh, built)
            qm = committed.with_suffix(".qm")
            if not committed.exists() or fresh.read_bytes() != committed.read_bytes():
                stale.append(committed.name)
            elif not qm.exists() or qm.read_bytes() != built.read_bytes():
                stale.append(qm.name)
    if stale:
        print(f"Translations are out of date ({', '.join(stale)}): run `make translations`.")
        return 1
    print("Translations are up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
