"""``ncm-desktop import members DOSSIER FILE``: add a member list (CSV or XLSX).

The columns are mapped from their headers and each new organisation's category is
guessed from its name (or taken from a correction made at an earlier import into the
dossier); both are listed with the per-row report, which says how sure each guess is
(``--format json`` prints the rows as a JSON list).  All rows or none are written: a row
with a problem refuses the whole import unless ``--skip-bad-rows`` is given.  DOSSIER is
created when it does not exist, and removed again when nothing could be imported into it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import DossierError, TableFileError

_COLUMN = QT_TRANSLATE_NOOP("Cli", "Column “%1”: %2")
_ROW = QT_TRANSLATE_NOOP("Cli", "Line %1: %2 — %3 [%4]: %5")
_NO_ORGANISATION = QT_TRANSLATE_NOOP("Cli", "(no organisation)")
_NO_CATEGORY = QT_TRANSLATE_NOOP("Cli", "no category")
_GUESSED = QT_TRANSLATE_NOOP("Cli", "%1 (guessed, sure), new organisation")
_UNSURE = QT_TRANSLATE_NOOP("Cli", "%1 (guessed, unsure: check it), new organisation")
_REMEMBERED = QT_TRANSLATE_NOOP("Cli", "%1 (your earlier correction), new organisation")
_NOT_GUESSED = QT_TRANSLATE_NOOP("Cli", "no category guessed, new organisation")
_EXISTING = QT_TRANSLATE_NOOP("Cli", "%1, organisation already in the dossier")
_DUPLICATE_LINE = QT_TRANSLATE_NOOP("Cli", "duplicate of line %1 (%2)")
_DUPLICATE_DOSSIER = QT_TRANSLATE_NOOP("Cli", "already in the dossier as “%1” (%2)")
_REFUSED = QT_TRANSLATE_NOOP("Cli", "not added, because other rows have problems")
_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "People added: %1. New organisations: %2. Duplicates left out: %3. Rows with "
    "problems left out: %4.")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="import records from a file")
    kinds = parser.add_subparsers(dest="kind", required=True)
    members = kinds.add_parser("members", help="import a member list (CSV or XLSX)")
    members.add_argument("dossier", type=Path, help="the dossier (created if missing)")
    members.add_argument("file", type=Path, help="the member list (.csv or .xlsx)")
    members.add_argument("--format", choices=("text", "json"), default="text",
                         help="how to print the per-row report")
    members.add_argument("--skip-bad-rows", action="store_true",
                         help="import the valid rows even when others have problems")


def run(arguments: argparse.Namespace, console: Console) -> int:
    from ncm_desktop.rules.member_list import candidates, category_choices, read_member_list
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.member_import import import_members, remembered_categories
    from ncm_desktop.storage.tabular import read_table

    path: Path = arguments.dossier
    try:
        # The list is read first: an unreadable file creates no dossier.
        member_list = read_member_list(read_table(arguments.file))
        created = not path.exists()
        dossier = Dossier.create(path) if created else Dossier.open(path)
        try:
            choices = category_choices(member_list, remembered_categories(dossier))
            chosen = {key: choice.category_id for key, choice in choices.items()}
            report = import_members(dossier, candidates(member_list, chosen),
                                    skip_bad=arguments.skip_bad_rows)
        finally:
            dossier.close()
        if created and not report.written:
            _remove(path)
    except (DossierError, TableFileError, OSError) as error:
        return console.fail(error)
    if arguments.format == "json":
        console.say(json.dumps([_json_row(row, console, choices) for row in report.rows],
                               ensure_ascii=False, indent=2))
    else:
        _print_text(member_list, report, console, choices)
    return 1 if report.has_errors and not arguments.skip_bad_rows else 0


def _json_row(row: Any, console: Console, choices: dict[str, Any]) -> dict[str, Any]:
    from ncm_desktop.i18n.messages import error_message
    from ncm_desktop.text_fold import fold

    result: dict[str, Any] = {
        "line": row.line,
        "name": row.full_name,
        "organisation": row.organisation,
        "category": row.category_id,
        "organisation_exists": row.organisation_exists,
        "category_source": None if row.organisation_exists or not row.organisation
        else choices[fold(row.organisation)].source.value,
        "outcome": row.outcome.value,
        "reason": None,
    }
    if row.problem is not None:
        result["reason"] = error_message(row.problem, console.translate)
        result["field"] = row.problem.field
        result["code"] = row.problem.code.value
    elif row.duplicate_match is not None:
        result["reason"] = _duplicate_text(row, console)
        result["match"] = row.duplicate_match.value
        result["duplicate_of_line"] = row.duplicate_line
    return result


def _print_text(member_list: Any, report: Any, console: Console,
                choices: dict[str, Any]) -> None:
    from ncm_desktop.i18n.exchange_labels import field_label, label
    from ncm_desktop.i18n.messages import error_message
    from ncm_desktop.storage.member_import import Outcome

    t = console.translate
    for header, field in zip(member_list.headers, member_list.mapping, strict=True):
        console.say(fill(t("Cli", _COLUMN), header, field_label(field, t)))
    for row in report.rows:
        if row.outcome is Outcome.ERROR:
            outcome = f"{label(row.outcome, t)}: {error_message(row.problem, t)}"
        elif row.outcome is Outcome.DUPLICATE:
            outcome = _duplicate_text(row, console)
        elif row.outcome is Outcome.NOT_ADDED:
            outcome = t("Cli", _REFUSED)
        else:
            outcome = label(row.outcome, t)
        console.say(fill(t("Cli", _ROW),
                         str(row.line), row.full_name or "—",
                         row.organisation or t("Cli", _NO_ORGANISATION),
                         _category_text(row, console, choices), outcome))
    errors = report.count(Outcome.ERROR)
    if not report.written and errors:
        console.say(console.translate(
            "Cli", "Nothing was imported: %n row(s) have problems. Correct the file, or "
            "import again with --skip-bad-rows to leave those rows out.", None, errors))
        return
    console.say(fill(t("Cli", _SUMMARY),
                     str(report.people_added), str(report.organisations_added),
                     str(report.count(Outcome.DUPLICATE)), str(errors)))


def _category_text(row: Any, console: Console, choices: dict[str, Any]) -> str:
    from ncm_desktop.rules.member_list import CategorySource
    from ncm_desktop.text_fold import fold

    t = console.translate
    if not row.organisation:
        return "—"
    if row.category_id is None:
        if not row.organisation_exists:
            return t("Cli", _NOT_GUESSED)
        category = t("Cli", _NO_CATEGORY)
    else:
        from ncm_desktop.catalog.loader import load_catalog

        catalog = load_catalog(console.translation.code)
        name = catalog.category(row.category_id).name \
            if catalog.has("category", row.category_id) else ""
        category = f"{row.category_id} {name}".strip()
    if row.organisation_exists:
        template = _EXISTING
    else:
        template = {CategorySource.UNSURE: _UNSURE, CategorySource.REMEMBERED: _REMEMBERED
                    }.get(choices[fold(row.organisation)].source, _GUESSED)
    return fill(t("Cli", template), category)


def _duplicate_text(row: Any, console: Console) -> str:
    from ncm_desktop.i18n.exchange_labels import label

    t = console.translate
    match = label(row.duplicate_match, t)
    if row.duplicate_line is not None:
        return fill(t("Cli", _DUPLICATE_LINE), str(row.duplicate_line), match)
    return fill(t("Cli", _DUPLICATE_DOSSIER), row.duplicate_name, match)


def _remove(path: Path) -> None:
    """Take away the dossier this command created when nothing went into it."""
    for leftover in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
