"""The single entry point: the desktop app, and commands for scripting and tests.

    safetyplan [--vault PATH]                                  start the desktop app
    safetyplan init --vault PATH --passphrase-stdin            create a vault
    safetyplan verify --vault PATH --passphrase-stdin          check a vault is sound

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
from safetyplan.errors import SafetyPlanError
from safetyplan.i18n import QT_TRANSLATE_NOOP, translate
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="safetyplan", description="Your private safety plan.")
    parser.add_argument("--vault", type=Path, help="the folder your plan is kept in")
    sub = parser.add_subparsers(dest="command")
    for name in ("init", "verify"):
        one = sub.add_parser(name)
        _vault_and_passphrase(one)
    return parser


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
    args = build_parser().parse_args(argv)
    install_translations()
    try:
        check_database_library()
        if args.command is None:
            from safetyplan.ui.app import run_app

            return run_app(args.vault or paths.default_vault_dir())
        return _COMMANDS[args.command](args)
    except SafetyPlanError as error:
        say(error.message(), error=True)
        return error.exit_code
    except KeyboardInterrupt:
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
