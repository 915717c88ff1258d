"""Parse a sub-command's arguments and run it.

Only the module of the sub-command given is imported: each brings its own dependencies
(``export`` ReportLab, ``backup`` the backups), and a command should not pay for the others.
"""

from __future__ import annotations

import argparse
import importlib
from types import ModuleType

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.languages import CODES
from ncm_desktop.i18n.translation import Translation, choose_language
from ncm_desktop.storage import preferences

#: Each sub-command and the module that parses and runs it.
COMMANDS = {
    "demo": "ncm_desktop.cli.demo_command",
    "check": "ncm_desktop.cli.check_command",
    "export": "ncm_desktop.cli.export_command",
    "readiness": "ncm_desktop.cli.readiness_command",
    "compare": "ncm_desktop.cli.compare_command",
    "import": "ncm_desktop.cli.import_command",
    "exchange": "ncm_desktop.cli.exchange_command",
    "backup": "ncm_desktop.cli.backup_command",
    "restore": "ncm_desktop.cli.restore_command",
    "server": "ncm_desktop.cli.server_command",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every sub-command, or of the one named ``only``."""
    parser = argparse.ArgumentParser(prog="ncm-desktop")
    parser.add_argument("--lang", choices=CODES, help="language of the messages")
    commands = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS if only not in COMMANDS else (only,):
        command_module(name).add_parser(commands, name)
    return parser


def command_module(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])


def run(argv: list[str]) -> int:
    # ``--lang`` may stand anywhere; find it before building translated output.
    lang, rest = _split_lang(argv)
    arguments = build_parser(rest[0] if rest else None).parse_args([*lang, *rest])
    language = choose_language(arguments.lang, preferences.load().language)
    console = Console(Translation(language))
    return command_module(arguments.command).run(arguments, console)


def _split_lang(argv: list[str]) -> tuple[list[str], list[str]]:
    """A ``--lang xx`` given anywhere, apart from the rest: argparse wants it first."""
    rest, lang = [], []
    iterator = iter(argv)
    for item in iterator:
        if item == "--lang":
            lang = [item, next(iterator, "")]
        elif item.startswith("--lang="):
            lang = [item]
        else:
            rest.append(item)
    return lang, rest
