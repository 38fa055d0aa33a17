"""`make translations`: refresh the .ts sources from the code, then build the .qm files."""

from __future__ import annotations

from translation_sources import LANGUAGES, lrelease, lupdate, ts_file


def main() -> None:
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.name} and {ts.with_suffix('.qm').name}")


if __name__ == "__main__":
    main()
