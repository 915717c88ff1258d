"""Baselines as plain data, read without SQLAlchemy: the readiness of a date.

The figures are computed by ``rules.baselines`` (storage does not judge); here they are
only kept.  Reading goes through a plain ``sqlite3`` connection, like
:mod:`storage.dossier_data`, so that the window and the command line read baselines without
SQLAlchemy; :mod:`storage.baseline_repository` writes them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ncm_desktop.storage.raw_values import as_uuid_or_none
from ncm_desktop.storage.sqlite_module import sqlite3

#: Version of the JSON document in ``readiness_baseline.figures``.
FIGURES_VERSION = 1


@dataclass(frozen=True)
class Baseline:
    """The readiness of ``taken_on``: percentages are whole numbers, None when nothing
    counted; ``statuses`` maps every provision id to its status value."""

    taken_on: date
    percent: int | None
    by_clause: Mapping[str, int | None] = field(default_factory=dict)
    by_priority: Mapping[str, int | None] = field(default_factory=dict)
    statuses: Mapping[str, str] = field(default_factory=dict)
    categories_covered: int = 0
    categories_required: int = 0
    women_percent: int | None = None
    meeting_id: uuid.UUID | None = None

    def figures_json(self) -> str:
        return json.dumps({"version": FIGURES_VERSION, "by_clause": dict(self.by_clause),
                           "by_priority": dict(self.by_priority),
                           "statuses": dict(self.statuses)},
                          separators=(",", ":"))  # keys in order: clauses as the standard


_COLUMNS = ("taken_on, percent, categories_covered, categories_required, women_percent, "
            "meeting_id, figures")


def load_baselines(connection: sqlite3.Connection) -> tuple[Baseline, ...]:
    """Every baseline of the dossier, oldest first (none in a file made before them)."""
    try:
        rows = connection.execute(
            f"SELECT {_COLUMNS} FROM readiness_baseline ORDER BY taken_on").fetchall()
    except sqlite3.OperationalError:  # an older file opened read-only, not yet upgraded
        return ()
    return tuple(_baseline(row) for row in rows)


def baseline_of_meeting(connection: sqlite3.Connection,
                        meeting_id: uuid.UUID) -> Baseline | None:
    """The baseline recorded when the meeting was marked held, if it was."""
    try:
        row = connection.execute(
            f"SELECT {_COLUMNS} FROM readiness_baseline WHERE meeting_id = ? "
            "ORDER BY taken_on DESC LIMIT 1", (meeting_id.hex,)).fetchone()
    except sqlite3.OperationalError:
        return None
    return _baseline(row) if row else None


def _baseline(row: tuple) -> Baseline:  # type: ignore[type-arg]
    taken_on, percent, covered, required, women, meeting, figures = row
    data = json.loads(figures or "{}")
    return Baseline(
        taken_on=date.fromisoformat(taken_on), percent=percent,
        by_clause=data.get("by_clause", {}), by_priority=data.get("by_priority", {}),
        statuses=data.get("statuses", {}), categories_covered=covered,
        categories_required=required, women_percent=women,
        meeting_id=as_uuid_or_none(meeting))
