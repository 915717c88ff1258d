"""``ncm-desktop check DOSSIER``: integrity, schema revision and counts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.storage import dossier_file, queries
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.errors import DossierDamaged, DossierError
from ncm_desktop.storage.schema import HEAD_REVISION
from ncm_desktop.storage.sqlite_module import sqlite3

_OK = QT_TRANSLATE_NOOP("Cli", "The dossier is sound.")
_REVISION = QT_TRANSLATE_NOOP("Cli", "Schema revision: %1 (current: %2)")
_ROWS = QT_TRANSLATE_NOOP("Cli", "Rows in %1: %2")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="check a dossier's integrity and schema")
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
    console.say(t("Cli", _REVISION).replace("%1", info.revision).replace("%2", HEAD_REVISION))
    for table, count in counts.items():
        console.say(t("Cli", _ROWS).replace("%1", table).replace("%2", str(count)))
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
