"""``ncm-desktop backup DOSSIER [--list]``: back a dossier up now, or list its backups."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import backups
from ncm_desktop.storage.errors import DossierError
from ncm_desktop.storage.sqlite_module import sqlite3

_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Backup written: %1")
_NONE = QT_TRANSLATE_NOOP("Cli", "No backup of this dossier yet.")
_LINE = QT_TRANSLATE_NOOP("Cli", "%1  %2  %3 organisations, %4 people  %5")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="back a dossier up now (or list its backups)")
    parser.add_argument("dossier", type=Path)
    parser.add_argument("--list", action="store_true",
                        help="list the dossier's backups, newest first, instead")


def run(arguments: argparse.Namespace, console: Console) -> int:
    t = console.translate
    if arguments.list:
        found = backups.backups_for(arguments.dossier)
        if not found:
            console.say(t("Cli", _NONE))
        for backup in found:
            try:
                summary = backups.summary(backup.path)
                organisations, people = str(summary.organisations), str(summary.people)
            except sqlite3.Error:
                organisations = people = "?"
            console.say(fill(t("Cli", _LINE),
                             console.when(backup.created), backup.reason, organisations, people,
                             str(backup.path)))
        return 0
    try:
        made = backups.backup_now(arguments.dossier, backups.Reason.MANUAL)
    except (DossierError, OSError) as error:
        return console.fail(error)
    console.say(fill(t("Cli", _WRITTEN), str(made.path)))
    return 0
