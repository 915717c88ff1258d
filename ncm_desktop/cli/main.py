"""Parse a sub-command's arguments and run it."""

from __future__ import annotations

import argparse

from ncm_desktop.cli import (
    backup_command,
    check_command,
    compare_command,
    demo_command,
    exchange_command,
    export_command,
    import_command,
    readiness_command,
    restore_command,
)
from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.languages import CODES
from ncm_desktop.i18n.translation import Translation, choose_language
from ncm_desktop.storage import preferences

COMMANDS = {
    "demo": demo_command,
    "check": check_command,
    "export": export_command,
    "readiness": readiness_command,
    "compare": compare_command,
    "import": import_command,
    "exchange": exchange_command,
    "backup": backup_command,
    "restore": restore_command,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ncm-desktop")
    parser.add_argument("--lang", choices=CODES, help="language of the messages")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, module in COMMANDS.items():
        module.add_parser(commands, name)
    return parser


def run(argv: list[str]) -> int:
    # ``--lang`` may stand anywhere; find it before building translated output.
    arguments = build_parser().parse_args(_lang_first(argv))
    language = choose_language(arguments.lang, preferences.load().language)
    console = Console(Translation(language))
    return COMMANDS[arguments.command].run(arguments, console)


def _lang_first(argv: list[str]) -> list[str]:
    """Move a ``--lang xx`` given after the sub-command to the front, where argparse wants it."""
    rest, lang = [], []
    iterator = iter(argv)
    for item in iterator:
        if item == "--lang":
            lang = [item, next(iterator, "")]
        elif item.startswith("--lang="):
            lang = [item]
        else:
            rest.append(item)
    return [*lang, *rest]
