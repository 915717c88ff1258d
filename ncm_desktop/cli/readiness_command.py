"""``ncm-desktop readiness DOSSIER [--since DATE] [--format text|json]``: every provision
judged, and gaps; with ``--since``, what changed since the readiness of that date
(:mod:`cli.progress_output`).

Gaps are not errors: the exit code is 0 whatever the findings, and 1 only when the
dossier cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Priority
from ncm_desktop.cli import progress_output
from ncm_desktop.cli.output import Console
from ncm_desktop.i18n import placeholders
from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.rules.baselines import baseline_of
from ncm_desktop.rules.composition import coverage_by_category
from ncm_desktop.rules.findings import Finding, Ref
from ncm_desktop.rules.readiness import Score, Tally, evaluate, gaps, informative, score
from ncm_desktop.storage import dossier_file
from ncm_desktop.storage.baselines import load_baselines
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.errors import DossierError

CONTEXT = "Cli"

_TITLE = QT_TRANSLATE_NOOP("Cli", "Readiness of %1 against %2 (catalog %3)")
_OVERALL = QT_TRANSLATE_NOOP(
    "Cli", "Score: %1% (%2 met, %3 partly met, %4 not met, %5 not yet answered, "
    "%6 not applicable)")
_NO_SCORE = QT_TRANSLATE_NOOP("Cli", "Score: nothing to score yet")
_BY_CLAUSE = QT_TRANSLATE_NOOP("Cli", "By clause:")
_BY_PRIORITY = QT_TRANSLATE_NOOP("Cli", "By priority:")
_CLAUSE_LINE = QT_TRANSLATE_NOOP("Cli", "  Clause %1 %2: %3")
_PRIORITY_LINE = QT_TRANSLATE_NOOP("Cli", "  %1: %2")
_NO_PRIORITY = QT_TRANSLATE_NOOP("Cli", "Other provisions")
_PERCENT = QT_TRANSLATE_NOOP("Cli", "%1% of %2")
_NOTHING = QT_TRANSLATE_NOOP("Cli", "nothing to score")
_GAPS = QT_TRANSLATE_NOOP("Cli", "Gaps, most important first (%1):")
_NO_GAPS = QT_TRANSLATE_NOOP("Cli", "No gaps.")
_GAP = QT_TRANSLATE_NOOP("Cli", "- %1 [%2, %3] %4 (%5)")
_NEXT = QT_TRANSLATE_NOOP("Cli", "    Next step: %1")
_INFORMATIVE = QT_TRANSLATE_NOOP(
    "Cli", "Options the standard offers ('may', 'can'; not counted in the score):")
_OPTION = QT_TRANSLATE_NOOP("Cli", "- %1 [%2] %3 (%4)")
_CATEGORIES = QT_TRANSLATE_NOOP("Cli", "Composition (7.4):")
_CATEGORY = QT_TRANSLATE_NOOP("Cli", "  %1: %2")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(
        name, help="judge a dossier against every provision of MOSAIC 03.40")
    parser.add_argument("dossier", type=Path)
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text for people (default), json for scripts")
    parser.add_argument("--since", metavar="DATE",
                        help="print what changed since the baseline of DATE (YYYY-MM-DD)")


def run(arguments: argparse.Namespace, console: Console) -> int:
    path: Path = arguments.dossier
    try:
        info = dossier_file.inspect(path)
        if info.needs_upgrade:
            from ncm_desktop.storage.database import Dossier

            Dossier.open(path).close()  # upgrades the schema, as opening in the window does
        connection = connect(path, read_only=True)
        try:
            snapshot = load_snapshot(connection)
            baselines = load_baselines(connection) if arguments.since is not None else ()
        finally:
            connection.close()
    except (DossierError, OSError) as error:
        return console.fail(error)
    catalog = load_catalog(console.translation.code)
    findings = evaluate(snapshot, catalog)
    if arguments.since is not None:
        return progress_output.run(console, arguments.since, baselines,
                                   baseline_of(snapshot, catalog, findings), catalog,
                                   arguments.format)
    coverage = coverage_by_category(snapshot, catalog)
    text = FindingsText.for_translation(console.translation)
    report = {
        "dossier": str(path),
        "state": snapshot.mechanism.state_name,
        "mechanism": snapshot.mechanism.name,
        "standard": catalog.standard,
        "catalog_version": catalog.catalog_version,
        "language": catalog.language,
        "score": _score_dict(score(findings)),
        "findings": [_finding_dict(f, text) for f in findings],
        "categories": [{"id": c.category_id, "coverage": c.coverage.value} for c in coverage],
    }
    if arguments.format == "json":
        console.say(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_text(console, text, findings, score(findings), coverage, report)
    return 0


def _finding_dict(finding: Finding, text: FindingsText) -> dict[str, Any]:
    return {
        "id": finding.provision_id,
        "clause": finding.clause,
        "kind": finding.kind.value,
        "priority": finding.priority.value if finding.priority else None,
        "status": finding.status.value,
        "decided": finding.decided.value,
        "counted": finding.counted,
        "message": text.message(finding.message),
        "evidence": finding.evidence,
        "next_step": finding.next_step,
        "page": finding.link.page,
        "field": finding.link.field,
    }


def _score_dict(result: Score) -> dict[str, Any]:
    return {
        "overall": result.overall.as_dict(),
        "by_clause": {k: v.as_dict() for k, v in result.by_clause.items()},
        "by_priority": {k: v.as_dict() for k, v in result.by_priority.items()},
        "by_kind": {k: v.as_dict() for k, v in result.by_kind.items()},
    }


def _print_text(console: Console, text: FindingsText, findings: tuple[Finding, ...],
                result: Score, coverage: Any, report: dict[str, Any]) -> None:
    t = console.translate
    catalog = text.catalog
    say = console.say

    def fill(template: str, *values: object) -> str:
        return placeholders.fill(t(CONTEXT, template), *values)

    def tally(value: Tally) -> str:
        if value.percent is None:
            return t(CONTEXT, _NOTHING)
        return fill(_PERCENT, value.percent, value.assessed)

    name = report["mechanism"] or report["state"] or report["dossier"]
    say(fill(_TITLE, name, catalog.standard, catalog.catalog_version))
    overall = result.overall
    if overall.percent is None:
        say(t(CONTEXT, _NO_SCORE))
    else:
        say(fill(_OVERALL, overall.percent, overall.met, overall.partly_met, overall.not_met,
                 overall.unanswered, overall.not_applicable))
    say("")
    say(t(CONTEXT, _BY_CLAUSE))
    for clause_id, value in result.by_clause.items():
        if value.assessed:
            say(fill(_CLAUSE_LINE, clause_id, catalog.clause(clause_id).title, tally(value)))
    say(t(CONTEXT, _BY_PRIORITY))
    for priority, value in result.by_priority.items():
        if value.assessed:
            title = (t(CONTEXT, _NO_PRIORITY) if priority == "none"
                     else label(Priority(priority), t))
            say(fill(_PRIORITY_LINE, title, tally(value)))
    say("")
    found = gaps(findings)
    say(fill(_GAPS, len(found)) if found else t(CONTEXT, _NO_GAPS))
    for finding in found:
        say(fill(_GAP, clause_label(finding.provision_id), label(finding.kind, t),
                 label(finding.status, t), text.message(finding.message),
                 label(finding.decided, t)))
        say(fill(_NEXT, finding.next_step))
    say("")
    say(t(CONTEXT, _INFORMATIVE))
    for finding in informative(findings):
        say(fill(_OPTION, clause_label(finding.provision_id), label(finding.status, t),
                 text.message(finding.message), label(finding.kind, t)))
    say("")
    say(t(CONTEXT, _CATEGORIES))
    for item in coverage:
        say(fill(_CATEGORY, text.name(Ref("category", item.category_id)),
                 label(item.coverage, t)))
