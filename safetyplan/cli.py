"""The single entry point: the desktop app, and commands for scripting and tests.

    safetyplan [--vault PATH]                                  start the desktop app
    safetyplan init --vault PATH --passphrase-stdin            create a vault
    safetyplan verify --vault PATH --passphrase-stdin          check a vault is sound
    safetyplan export --vault PATH --format json|pdf|card --out FILE --passphrase-stdin
                      [--sections KEY,KEY,...] [--large-print] [--for "my GP"] [--paper A4|Letter]
    safetyplan import --vault PATH --from FILE --passphrase-stdin   replace the plan with a file

Exit codes: 0 done (or sound), 1 damaged or failed, 2 refused (wrong passphrase, not a vault,
a bad file or option).

A passphrase is only ever read from standard input (one line), never from an argument or the
environment, where other users and logs could see it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from safetyplan import paths
from safetyplan.atomic import write_bytes_atomically
from safetyplan.errors import DatabaseDamaged, SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.plan import SECTION_KEYS
from safetyplan.plan_json import export_from_db, import_into, plan_pictures, read_plan_file
from safetyplan.sql import Database, DatabaseError
from safetyplan.store import PlanStore
from safetyplan.vault import Vault, check_database_library

CONTEXT = "CommandLine"
EXIT_SOUND, EXIT_DAMAGED, EXIT_REFUSED = 0, 1, 2

Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(function: Command) -> Command:
        _COMMANDS[name] = function
        return function

    return register


def read_passphrase() -> str:
    """One line from standard input, without its line ending (spaces are kept)."""
    line = sys.stdin.readline()
    return line.removesuffix("\n").removesuffix("\r")


def say(text: str, *, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout, flush=True)


@command("init")
def init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase()
    if not passphrase:
        say(
            translate(CONTEXT, QT_TRANSLATE_NOOP("CommandLine", "The passphrase is empty.")),
            error=True,
        )
        return EXIT_REFUSED
    vault, recovery = Vault.create(args.vault, passphrase)
    vault.close()
    say(translate(CONTEXT, QT_TRANSLATE_NOOP("CommandLine", "Your plan has been created.")))
    say(
        translate(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Your recovery key (write it down and keep it safe; it is shown only once):",
            ),
        )
    )
    say(recovery)
    return EXIT_SOUND


@command("verify")
def verify(args: argparse.Namespace) -> int:
    vault = Vault.open(args.vault, read_passphrase())
    try:
        problems = vault.verify()
    finally:
        vault.close()
    if problems:
        say(
            translate(
                CONTEXT,
                QT_TRANSLATE_NOOP("CommandLine", "Damaged: the plan file failed its checks."),
            )
        )
        return EXIT_DAMAGED
    say(translate(CONTEXT, QT_TRANSLATE_NOOP("CommandLine", "Sound: the plan passed every check.")))
    return EXIT_SOUND


PRINT_FORMATS = ("pdf", "card")


@command("export")
def export(args: argparse.Namespace) -> int:
    sections = _chosen_sections(args.sections)
    if not _export_options_make_sense(args, sections):
        return EXIT_REFUSED
    vault = Vault.open(args.vault, read_passphrase())
    try:
        if args.format in PRINT_FORMATS:
            _write_printed(vault.db, args, sections)
        else:
            write_bytes_atomically(args.out, export_from_db(vault.db))
    finally:
        vault.close()
    say(translate(CONTEXT, QT_TRANSLATE_NOOP("CommandLine", "Your plan has been saved.")))
    say(
        translate(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "This file is not encrypted: anyone who can open it can read it. Keep it "
                "somewhere private, and delete it when you no longer need it.",
            ),
        ),
        error=True,
    )
    return EXIT_SOUND


def _export_options_make_sense(args: argparse.Namespace, sections: tuple[str, ...] | None) -> bool:
    """Check the options before the (slow) unlocking; says what is wrong if they don't."""
    unknown = [key for key in sections or () if key not in SECTION_KEYS]
    if unknown:
        message = translate(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CommandLine", 'There is no section called "{name}". The sections are: {keys}.'
            ),
        )
        say(message.format(name=unknown[0], keys=", ".join(SECTION_KEYS)), error=True)
        return False
    print_options = sections is not None or args.large_print or args.shared_with or args.paper
    if args.format not in PRINT_FORMATS and print_options:
        message = QT_TRANSLATE_NOOP(
            "CommandLine",
            "--sections, --large-print, --for and --paper are for pdf and card; "
            "a json file always holds the whole plan.",
        )
        say(translate(CONTEXT, message), error=True)
        return False
    return True


def _chosen_sections(text: str | None) -> tuple[str, ...] | None:
    """The section keys in ``--sections`` (None: all of them)."""
    if text is None:
        return None
    return tuple(key.strip() for key in text.split(",") if key.strip())


def _write_printed(
    db: Database, args: argparse.Namespace, sections: tuple[str, ...] | None
) -> None:
    """The printed plan or the wallet card, with the crisis lines of the person's region."""
    from safetyplan import crisis_lines, export_pdf
    from safetyplan.settings import Preferences
    from safetyplan.translations import effective_language

    preferences = Preferences.load()
    saved_paper = (
        preferences.paper_size if preferences.paper_size in export_pdf.PAGE_SIZES else None
    )
    options = export_pdf.ShareOptions(
        sections=sections,
        shared_with=args.shared_with or "",
        large_print=args.large_print,
        page_size=args.paper or saved_paper,
    )
    lines = crisis_lines.load_region(crisis_lines.preferred_region(preferences.region))
    language = effective_language(preferences.language)
    store = PlanStore(db)
    plan = store.load()
    if args.format == "card":
        export_pdf.write_crisis_card(plan, args.out, options, lines, language=language)
        return
    pictures = {number: picture.data for number, picture in plan_pictures(store, plan).items()}
    export_pdf.write_plan_pdf(plan, args.out, options, lines, language=language, pictures=pictures)


@command("import")
def import_file(args: argparse.Namespace) -> int:
    parsed = read_plan_file(args.from_file)  # the whole file is checked before the vault
    vault = Vault.open(args.vault, read_passphrase())
    try:
        import_into(vault.db, parsed)
    finally:
        vault.close()
    say(
        translate(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CommandLine", "Your plan has been replaced with the one in the file."
            ),
        )
    )
    return EXIT_SOUND


def build_parser() -> argparse.ArgumentParser:
    # No abbreviations: "--passphrase" must not quietly mean "--passphrase-stdin".
    parser = argparse.ArgumentParser(
        prog="safetyplan", description="Your private safety plan.", allow_abbrev=False
    )
    parser.add_argument("--vault", type=Path, help="the folder your plan is kept in")
    sub = parser.add_subparsers(dest="command")
    for name in ("init", "verify"):
        one = sub.add_parser(name, allow_abbrev=False)
        _vault_and_passphrase(one)
    _add_export_parser(sub.add_parser("export", allow_abbrev=False))
    importing = sub.add_parser("import", allow_abbrev=False)
    _vault_and_passphrase(importing)
    importing.add_argument(
        "--from", dest="from_file", type=Path, required=True, help="the JSON file to import"
    )
    return parser


def _add_export_parser(parser: argparse.ArgumentParser) -> None:
    _vault_and_passphrase(parser)
    parser.add_argument("--format", choices=("json", *PRINT_FORMATS), required=True)
    parser.add_argument("--out", type=Path, required=True, help="the file to write")
    parser.add_argument(
        "--sections", help="the sections to print, separated by commas (default: all)"
    )
    parser.add_argument("--large-print", action="store_true", help="large, high-contrast print")
    parser.add_argument(
        "--for", dest="shared_with", help='who the plan is for, for example "my GP"'
    )
    parser.add_argument("--paper", choices=("A4", "Letter"), help="paper size")


def _vault_and_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, required=True, help="the folder your plan is in")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        required=True,
        help="read the passphrase from one line of standard input",
    )


def install_translations() -> None:
    """Translate the core's messages for the command line (QtCore only, no widgets)."""
    from safetyplan.translations import install_core_translator

    install_core_translator()


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # everything the app creates is the owner's alone
    args, unrecognised = build_parser().parse_known_args(argv)
    install_translations()
    if unrecognised:
        # Not repeated back: one of them may be a passphrase typed where it doesn't belong.
        message = QT_TRANSLATE_NOOP(
            "CommandLine",
            "Some of the options weren't recognised (they aren't shown, in case one is a "
            "passphrase). A passphrase is only read from standard input, with "
            "--passphrase-stdin. See safetyplan --help.",
        )
        say(translate(CONTEXT, message), error=True)
        return EXIT_REFUSED
    try:
        check_database_library()
        if args.command is None:
            from safetyplan.ui.app import run_app

            return run_app(args.vault or paths.default_vault_dir())
        return _COMMANDS[args.command](args)
    except SafetyPlanError as error:
        say(error.message(), error=True)
        return error.exit_code
    except DatabaseError as error:
        # A damaged page can fail a read after the vault opened; "locked" or "busy" is no damage.
        failure = SafetyPlanError() if _is_busy(error) else DatabaseDamaged()
        say(failure.message(), error=True)
        return EXIT_DAMAGED
    except KeyboardInterrupt:
        return EXIT_REFUSED


def _is_busy(error: DatabaseError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


if __name__ == "__main__":
    sys.exit(main())
