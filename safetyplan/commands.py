"""The command-line commands: init, verify, export and import.

Kept apart from ``cli`` so that starting the desktop app doesn't import what only these need.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from safetyplan.atomic import write_bytes_atomically
from safetyplan.cli import CONTEXT, EXIT_DAMAGED, EXIT_REFUSED, EXIT_SOUND, say
from safetyplan.errors import PassphraseNotText
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.plan import SECTION_KEYS
from safetyplan.plan_json import export_from_db, import_into, plan_pictures, read_plan_file
from safetyplan.sql import Database
from safetyplan.store import PlanStore
from safetyplan.vault import Vault

PRINT_FORMATS = ("pdf", "card")
Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(function: Command) -> Command:
        COMMANDS[name] = function
        return function

    return register


def run(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)


def read_passphrase() -> str:
    """One line of UTF-8 from standard input, without its line ending (spaces are kept).

    Read as bytes and decoded as UTF-8 whatever the locale, so a passphrase typed here opens
    the same plan as in the app; bytes that aren't UTF-8 get a named error that repeats none
    of them.
    """
    line = sys.stdin.buffer.readline()
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PassphraseNotText() from error
    return text.removesuffix("\n").removesuffix("\r")


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
