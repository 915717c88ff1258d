"""``ncm-desktop restore DOSSIER BACKUP|latest [--force]``: put a backup back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import backups
from ncm_desktop.storage.errors import DossierError

_RESTORED = QT_TRANSLATE_NOOP("Cli", "Restored %1 from the backup %2.")
_BEFORE = QT_TRANSLATE_NOOP("Cli", "What it held before was backed up as %1.")
_NO_BACKUP = QT_TRANSLATE_NOOP("Cli", "No usable backup of %1 was found.")
LATEST = "latest"


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(
        name, help="replace a dossier by one of its backups (its current state is backed "
                   "up first)")
    parser.add_argument("dossier", type=Path)
    parser.add_argument("backup", help="the backup file, or 'latest' for the latest good one "
                                       "(see 'ncm-desktop backup --list DOSSIER')")
    parser.add_argument("--force", action="store_true",
                        help="take over a lock left by a program that stopped")


def run(arguments: argparse.Namespace, console: Console) -> int:
    dossier: Path = arguments.dossier
    try:
        if arguments.backup == LATEST:
            latest = backups.latest_good(dossier)
            if latest is None:
                return console.fail_text(
                    fill(console.translate("Cli", _NO_BACKUP), str(dossier)))
            backup = latest.path
        else:
            backup = Path(arguments.backup)
        before = backups.restore(dossier, backup, force=arguments.force)
    except (DossierError, OSError) as error:
        return console.fail(error)
    t = console.translate
    console.say(fill(t("Cli", _RESTORED), str(dossier), str(backup)))
    if before is not None:
        console.say(fill(t("Cli", _BEFORE), str(before.path)))
    return 0
