"""``ncm-desktop server init|upload|download|grant``: the IT officer's server commands.

The password is never an argument: libpq reads it from ``~/.pgpass`` or ``PGPASSFILE``,
and when the server still asks for one it is prompted for (on a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import DossierError, ServerLoginFailed
from ncm_desktop.storage.server_location import ServerLocation, parse

_INITIALISED = QT_TRANSLATE_NOOP("Cli", "The server dossier %1 is at schema revision %2, "
                                        "with the roles %3, %4 and %5.")
_UPLOADED = QT_TRANSLATE_NOOP("Cli", "%1 is now on the server as %2 (%3 rows).")
_DOWNLOADED = QT_TRANSLATE_NOOP("Cli", "The server dossier %1 was copied to %2 (%3 rows).")
_GRANTED = QT_TRANSLATE_NOOP("Cli", "%1 is now %2 of the server dossier %3.")
_BAD_URL = QT_TRANSLATE_NOOP("Cli", "%1 is not a server address: %2. Write it as "
                                    "postgresql://host/database.")
_PASSWORD = QT_TRANSLATE_NOOP("Cli", "Password for %1: ")
_ROLES = {
    "officer": QT_TRANSLATE_NOOP("Cli", "an officer (reads and writes)"),
    "reader": QT_TRANSLATE_NOOP("Cli", "a reader (reads and prints only)"),
    "owner": QT_TRANSLATE_NOOP("Cli", "an owner (also manages the users)"),
}

T = TypeVar("T")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="set up and use a server dossier on PostgreSQL")
    actions = parser.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="create or upgrade the schema and the roles")
    init.add_argument("url", help="postgresql://host/database")
    upload = actions.add_parser("upload", help="put a dossier file on an initialised server")
    upload.add_argument("dossier", type=Path)
    upload.add_argument("url")
    download = actions.add_parser("download", help="copy a server dossier into a new file")
    download.add_argument("url")
    download.add_argument("out", type=Path)
    grant = actions.add_parser("grant", help="give a PostgreSQL user a role on the dossier")
    grant.add_argument("url")
    grant.add_argument("user")
    grant.add_argument("role", choices=tuple(_ROLES))


def run(arguments: argparse.Namespace, console: Console) -> int:
    from ncm_desktop.storage import server

    t = console.translate
    try:
        location, password = parse(arguments.url)
    except ValueError as error:
        return console.fail_text(fill(t("Cli", _BAD_URL), arguments.url, str(error)))
    try:
        if arguments.action == "init":
            revision = _with_password(console, location, password,
                                      lambda p: server.init_schema(location, p))
            console.say(fill(t("Cli", _INITIALISED), location.url, revision,
                             *(server.group_role(location, r) for r in server.ServerRole)))
        elif arguments.action == "upload":
            rows = _with_password(console, location, password,
                                  lambda p: server.upload(arguments.dossier, location, p))
            console.say(fill(t("Cli", _UPLOADED), str(arguments.dossier), location.url,
                             str(rows)))
        elif arguments.action == "download":
            rows = _with_password(console, location, password,
                                  lambda p: server.download(location, p, arguments.out))
            console.say(fill(t("Cli", _DOWNLOADED), location.url, str(arguments.out),
                             str(rows)))
        else:
            role = server.ServerRole(arguments.role)
            _with_password(console, location, password,
                           lambda p: server.grant(location, p, arguments.user, role))
            console.say(fill(t("Cli", _GRANTED), arguments.user, t("Cli", _ROLES[role.value]),
                             location.url))
    except (DossierError, OSError) as error:
        return console.fail(error)
    return 0


def _with_password(console: Console, location: ServerLocation, password: str | None,
                   work: Callable[[str | None], T]) -> T:
    """``work`` with the password given, or libpq's own (``~/.pgpass``); when the server
    asks for one that was not given, prompt for it once on a terminal."""
    try:
        return work(password)
    except ServerLoginFailed as error:
        if password is not None or "no password supplied" not in error.detail \
                or not sys.stdin.isatty():
            raise
    typed = getpass.getpass(fill(console.translate("Cli", _PASSWORD), location.url))
    return work(typed)
