"""Write the regional view to a file: PDF, spreadsheet or JSON, chosen by the extension.

Like every export, the file is written to a temporary name beside the target and
renamed when complete (:func:`storage.output.output_file`); a target that cannot be
written raises :class:`OutputNotWritable` before any work is done.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path, PurePath
from typing import IO, Any

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.comparison_data import RegionalView
from ncm_desktop.rules.readiness import Tally
from ncm_desktop.storage.errors import FormatNotSupported
from ncm_desktop.storage.output import check_target, output_file

PDF, XLSX, JSON = "pdf", "xlsx", "json"
FORMATS = (PDF, XLSX, JSON)


def comparison_format(path: str | PurePath) -> str:
    """The format the extension of ``path`` names; :class:`FormatNotSupported` otherwise."""
    suffix = PurePath(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise FormatNotSupported(Path(path), FORMATS)
    return suffix


def write_comparison(view: RegionalView, target: Path, language: str,
                     generated: datetime | None = None) -> int | None:
    """Write ``view`` to ``target``; the number of pages of a PDF, else None."""
    target = Path(target)
    file_format = comparison_format(target)
    check_target(target)
    generated = generated or datetime.now().astimezone()
    translation = Translation(language)
    with output_file(target) as stream:
        if file_format == PDF:
            from ncm_desktop.reports.comparison_pdf import write_pdf

            return write_pdf(stream, view, translation, generated)
        if file_format == XLSX:
            from ncm_desktop.reports.comparison_xlsx import write_xlsx

            write_xlsx(stream, view, translation, generated)
        else:
            _write_json(stream, view, translation, generated)
    return None


def _write_json(stream: IO[bytes], view: RegionalView, translation: Translation,
                generated: datetime) -> None:
    stream.write(json.dumps(as_dict(view, translation, generated), ensure_ascii=False,
                            indent=2).encode("utf-8"))


def _tally(tally: Tally | None) -> dict[str, int | None] | None:
    return None if tally is None else tally.as_dict()


def as_dict(view: RegionalView, translation: Translation,
            generated: datetime) -> dict[str, Any]:
    """The comparison as plain data: identifiers of the standard, not translated names
    (only the reasons why a dossier was left out are sentences, in ``translation``)."""
    comparison = view.comparison
    return {
        "generated": generated.isoformat(timespec="seconds"),
        "standard": view.catalog.standard,
        "catalog_version": view.catalog.catalog_version,
        "states": [{
            "name": state.name,
            "dossier": str(reading.path),
            "schema_revision": reading.revision,
            "read_through_upgraded_copy": reading.upgraded,
            "score": state.overall.as_dict(),
            "gaps": dict(state.gaps_by_kind),
            "gap_provisions": sorted(state.gap_ids),
            "categories_absent": list(state.absent_categories),
            "points_of_contact": [{
                "instrument": issue.instrument_id, "problem": issue.problem.value,
                "last_notified": issue.last_notified.isoformat()
                if issue.last_notified else None} for issue in state.contact_issues],
            "plan": state.plan.value,
            "plan_adopted_on": state.plan_adopted_on.isoformat()
            if state.plan_adopted_on else None,
        } for state, reading in zip(comparison.states, view.readings, strict=True)],
        "clauses": [{
            "clause": row.clause_id,
            "states_with_gaps": row.states_with_gaps,
            "gaps": row.gaps,
            "by_state": [_tally(t) for t in row.tallies],
        } for row in comparison.clauses],
        "common_gaps": [{
            "provision": gap.provision_id,
            "clause": gap.clause,
            "kind": gap.kind.value,
            "priority": gap.priority.value if gap.priority else None,
            "states": [comparison.states[i].name for i in gap.states],
        } for gap in comparison.common_gaps],
        "shared_by_at_least": comparison.shared_by,
        "not_compared": [{
            "dossier": str(unread.path),
            "problem": type(unread.error).__name__,
            "message": error_message(unread.error, translation.translate),
        } for unread in view.unread],
    }
