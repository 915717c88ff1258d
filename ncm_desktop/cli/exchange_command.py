"""``ncm-desktop exchange export|merge``: carry a dossier to another laptop.

``export DOSSIER OUT`` writes a package (protected when ``--passphrase-file`` names a
file whose first line is the passphrase).  ``merge DOSSIER PACKAGE`` merges one into
DOSSIER (created when it does not exist): the newer version of each record wins, and
the records changed in both dossiers since they last exchanged are listed as conflicts;
the versions set aside are kept in the dossier's merge history.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import DossierError, PackageError

_PROTECTED = QT_TRANSLATE_NOOP("Cli", "It is protected by a passphrase.")
_UNPROTECTED = QT_TRANSLATE_NOOP(
    "Cli", "It is not protected: whoever has the file can read the names, phones and emails "
    "in it. Use --passphrase-file to protect it.")
_EMPTY_PASSPHRASE = QT_TRANSLATE_NOOP("Cli", "The passphrase file %1 is empty.")
_MERGED = QT_TRANSLATE_NOOP("Cli", "Merged the package from “%1” (%2, written %3).")
_TABLE = QT_TRANSLATE_NOOP(
    "Cli", "%1: added %2, updated %3, deleted %4, kept this dossier's version %5.")
_NOTHING = QT_TRANSLATE_NOOP(
    "Cli", "Nothing changed: this dossier already holds everything in the package.")
_CONFLICT = QT_TRANSLATE_NOOP("Cli", "  %1 “%2”: %3 (%4)")
_KEPT_MINE = QT_TRANSLATE_NOOP("Cli", "kept this dossier's version")
_KEPT_THEIRS = QT_TRANSLATE_NOOP("Cli", "took the other dossier's version")
_BACKUP = QT_TRANSLATE_NOOP("Cli", "The dossier was backed up first: %1")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="exchange packages between laptops")
    actions = parser.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write a package of a dossier")
    export.add_argument("dossier", type=Path)
    export.add_argument("output", type=Path, help="the package to write (.ncmx)")
    export.add_argument("--passphrase-file", type=Path,
                        help="protect the package with the passphrase in this file")
    merge = actions.add_parser("merge", help="merge a package into a dossier")
    merge.add_argument("dossier", type=Path, help="the dossier (created if missing)")
    merge.add_argument("package", type=Path)
    merge.add_argument("--passphrase-file", type=Path,
                       help="the file whose first line opens a protected package")
    merge.add_argument("--format", choices=("text", "json"), default="text")


def run(arguments: argparse.Namespace, console: Console) -> int:
    try:
        passphrase = _passphrase(arguments.passphrase_file)
    except OSError as error:
        return console.fail(error)
    if passphrase == "":
        print(console.translate("Cli", "Error:"),
              fill(console.translate("Cli", _EMPTY_PASSPHRASE), str(arguments.passphrase_file)),
              file=console.err)
        return 1
    if arguments.action == "export":
        return _export(arguments, passphrase, console)
    return _merge(arguments, passphrase, console)


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    from ncm_desktop.storage.exchange.package import read_passphrase_file

    return read_passphrase_file(path)


def _export(arguments: argparse.Namespace, passphrase: str | None, console: Console) -> int:
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.exchange.package import export_package

    try:
        dossier = Dossier.open(arguments.dossier)
        try:
            manifest = export_package(dossier, arguments.output, passphrase)
        finally:
            dossier.close()
    except (DossierError, OSError) as error:
        return console.fail(error)
    t = console.translate
    console.say(fill(console.translate("Cli", "Wrote the package %1: %n record(s) from “%2”.", None,
                                       manifest.records),
                     str(arguments.output), manifest.dossier_name))
    console.say(t("Cli", _PROTECTED if manifest.encrypted else _UNPROTECTED))
    return 0


def _merge(arguments: argparse.Namespace, passphrase: str | None, console: Console) -> int:
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.exchange.merge import merge_package
    from ncm_desktop.storage.exchange.package import read_package

    path: Path = arguments.dossier
    try:
        package = read_package(arguments.package, passphrase)  # checked before any change
        dossier = Dossier.open(path) if path.exists() else Dossier.create(path)
        try:
            report = merge_package(dossier, package)
        finally:
            dossier.close()
    except (DossierError, PackageError, OSError) as error:
        return console.fail(error)
    if arguments.format == "json":
        console.say(json.dumps(_json_report(report), ensure_ascii=False, indent=2))
    else:
        _print_text(report, console)
    return 0


def _json_report(report: Any) -> dict[str, Any]:
    manifest = report.manifest
    return {
        "package": {"id": str(manifest.package_id), "dossier_id": str(manifest.dossier_id),
                    "dossier_name": manifest.dossier_name, "machine": manifest.machine,
                    "created_at": manifest.created_at.isoformat(),
                    "schema_revision": manifest.schema_revision},
        "added": dict(report.added), "updated": dict(report.updated),
        "deleted": dict(report.deleted), "kept": dict(report.kept),
        "conflicts": [{"table": c.table, "record_id": c.record_id, "label": c.label,
                       "fields": c.fields, "newer": c.newer.value, "kept": c.chosen.value}
                      for c in report.conflicts],
        "history": len(report.history),
        "backup": str(report.backup) if report.backup else None,
    }


def _print_text(report: Any, console: Console) -> None:
    from ncm_desktop.i18n.exchange_labels import table_label
    from ncm_desktop.storage.exchange.merge import Side

    t = console.translate
    manifest = report.manifest
    written = QDateTime.fromSecsSinceEpoch(int(manifest.created_at.timestamp()))
    console.say(fill(t("Cli", _MERGED),
                     manifest.dossier_name, manifest.machine,
                     console.translation.locale.toString(
                         written, QLocale.FormatType.ShortFormat)))
    tables = dict.fromkeys([*report.added, *report.updated, *report.deleted, *report.kept])
    if not report.changes and not report.kept:
        console.say(t("Cli", _NOTHING))
    for table in tables:
        console.say(fill(t("Cli", _TABLE),
                         table_label(table, t), str(report.added[table]),
                         str(report.updated[table]), str(report.deleted[table]),
                         str(report.kept[table])))
    if report.conflicts:
        console.say(console.translate(
            "Cli", "%n record(s) changed in both dossiers since they last exchanged; the "
            "newer version was kept and the other one is in the merge history:", None,
            len(report.conflicts)))
        for conflict in report.conflicts:
            kept = _KEPT_MINE if conflict.chosen is Side.MINE else _KEPT_THEIRS
            console.say(fill(t("Cli", _CONFLICT),
                             table_label(conflict.table, t), conflict.label, t("Cli", kept),
                             ", ".join(conflict.fields)))
    if report.history:
        console.say(console.translate(
            "Cli", "%n version(s) set aside in the merge history.", None, len(report.history)))
    if report.backup:
        console.say(fill(t("Cli", _BACKUP), str(report.backup)))
