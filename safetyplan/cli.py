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
import ctypes
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from safetyplan import paths
from safetyplan.errors import DatabaseDamaged, SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
from safetyplan.sql import DatabaseError, check_database_library

CONTEXT = "CommandLine"
EXIT_SOUND, EXIT_DAMAGED, EXIT_REFUSED = 0, 1, 2


def say(text: str, *, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout, flush=True)


UNRECOGNISED = QT_TRANSLATE_NOOP(
    "CommandLine",
    "Some of the options weren't recognised (they aren't shown, in case one is a "
    "passphrase). A passphrase is only read from standard input, with "
    "--passphrase-stdin. See safetyplan --help.",
)


class QuietParser(argparse.ArgumentParser):
    """Says what is wrong without repeating what was typed: it may be a passphrase."""

    def error(self, message: str) -> NoReturn:
        del message  # argparse's message quotes the offending value
        install_translations()
        say(translate(CONTEXT, UNRECOGNISED), error=True)
        self.exit(EXIT_REFUSED)


def build_parser() -> argparse.ArgumentParser:
    # No abbreviations: "--passphrase" must not quietly mean "--passphrase-stdin".
    parser = QuietParser(
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
    parser.add_argument("--format", choices=("json", "pdf", "card"), required=True)
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
    """Translate the core's messages for the command line (QtCore only, no widgets).

    Qt's translators need an application object; the commands get a QtCore one. The desktop
    app makes its own QApplication and installs the translator itself.
    """
    from PySide6.QtCore import QCoreApplication

    from safetyplan.translations import install_core_translator

    global _core_application
    if QCoreApplication.instance() is None:
        _core_application = QCoreApplication([sys.argv[0]])
    install_core_translator()


_core_application: object = None


def forbid_core_dumps() -> None:
    """A crash must not write the decrypted plan and its key to disk in a core dump.

    Also stops other programs of the same user attaching a debugger (Linux).
    """
    if os.name != "posix":
        return
    import resource  # POSIX only

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        pr_set_dumpable = 4
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # everything the app creates is the owner's alone
    forbid_core_dumps()
    args, unrecognised = build_parser().parse_known_args(argv)
    if unrecognised or args.command is not None:
        install_translations()
    if unrecognised:
        # Not repeated back: one of them may be a passphrase typed where it doesn't belong.
        say(translate(CONTEXT, UNRECOGNISED), error=True)
        return EXIT_REFUSED
    try:
        check_database_library()
        if args.command is None:
            from safetyplan.ui.app import run_app

            return run_app(args.vault or paths.default_vault_dir())
        from safetyplan import commands

        return commands.run(args)
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
