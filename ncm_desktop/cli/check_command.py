"""``ncm-desktop check DOSSIER``: integrity, schema revision, counts, drive, lock, backups."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import backups, dossier_file, drives, lock, queries
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.errors import DossierDamaged, DossierError
from ncm_desktop.storage.schema import HEAD_REVISION
from ncm_desktop.storage.sqlite_module import sqlite3

_OK = QT_TRANSLATE_NOOP("Cli", "The dossier is sound.")
_REVISION = QT_TRANSLATE_NOOP("Cli", "Schema revision: %1 (current: %2)")
_ROWS = QT_TRANSLATE_NOOP("Cli", "Rows in %1: %2")
_DRIVES = {
    drives.DriveKind.LOCAL: QT_TRANSLATE_NOOP("Cli", "Drive: local."),
    drives.DriveKind.REMOVABLE: QT_TRANSLATE_NOOP(
        "Cli", "Drive: removable (%1). The window works on a copy on this computer and "
               "writes it back to the drive."),
    drives.DriveKind.NETWORK: QT_TRANSLATE_NOOP(
        "Cli", "Drive: network (%1). The window works on a copy on this computer; the "
               "command line uses the rollback journal there."),
}
_LOCKED = QT_TRANSLATE_NOOP("Cli", "Open for changes in NCM Desktop by %1 on %2 since %3.")
_STALE = QT_TRANSLATE_NOOP("Cli", "Left locked by NCM Desktop (%1 on %2, since %3), which "
                                  "is no longer running.")
_NO_BACKUP = QT_TRANSLATE_NOOP("Cli", "No backup of this dossier yet.")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="check a dossier's integrity and schema, and "
                                            "list its backups")
    parser.add_argument("dossier", type=Path)


def run(arguments: argparse.Namespace, console: Console) -> int:
    path: Path = arguments.dossier
    try:
        info = dossier_file.inspect(path)
        connection = connect(path, read_only=True)
        try:
            counts = _check(path, connection)
        except sqlite3.DatabaseError as error:
            raise DossierDamaged(path, str(error)) from error
        finally:
            connection.close()
    except (DossierError, OSError) as error:
        return console.fail(error)
    t = console.translate
    console.say(fill(t("Cli", _REVISION), info.revision, HEAD_REVISION))
    for table, count in counts.items():
        console.say(fill(t("Cli", _ROWS), table, str(count)))
    drive = drives.detect(path)
    console.say(fill(t("Cli", _DRIVES[drive.kind]), drive.mount_point))
    found = lock.read_owner(path)
    if found is not None:
        owner, age = found
        template = _STALE if lock.is_stale(owner, age_s=age) else _LOCKED
        console.say(fill(t("Cli", template),
                         owner.user or "?", owner.host or "?", owner.opened_at or "?"))
    made = backups.backups_for(path)
    if made:
        console.say(fill(console.translate("Cli", "%n backup(s); the latest made on %1: %2", None,
                                           len(made)),
                         console.when(made[0].created), str(made[0].path)))
    else:
        console.say(t("Cli", _NO_BACKUP))
    console.say(t("Cli", _OK))
    return 0


def _check(path: Path, connection: sqlite3.Connection) -> dict[str, int]:
    """Integrity and references; the row counts of every table when both are sound."""
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise DossierDamaged(path, "; ".join(problems[:5]))
    keys = connection.execute("PRAGMA foreign_key_check").fetchall()
    if keys:
        raise DossierDamaged(path, f"{len(keys)} broken references")
    return queries.counts(connection)
