"""Recording a baseline: one transaction that replaces the baseline of the same date."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from ncm_desktop.storage import validation
from ncm_desktop.storage.baselines import Baseline
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import Meeting, ReadinessBaseline


def save_baseline(dossier: Dossier, baseline: Baseline, today: date | None = None) -> uuid.UUID:
    """Keep ``baseline``, replacing the one of the same date; a date in the future or an
    unknown meeting raises :class:`ValidationError` and nothing is written."""
    taken_on = validation.not_in_future("taken_on", baseline.taken_on, today)
    if taken_on is None:
        raise ValidationError("taken_on", ValidationError.Code.REQUIRED, None)
    with dossier.transaction() as session:
        if baseline.meeting_id is not None and session.get(Meeting, baseline.meeting_id) is None:
            raise ValidationError("meeting_id", ValidationError.Code.INVALID_CHOICE,
                                  baseline.meeting_id)
        row = session.scalars(select(ReadinessBaseline).where(
            ReadinessBaseline.taken_on == taken_on)).first() or ReadinessBaseline()
        row.taken_on = taken_on
        if baseline.meeting_id is not None or row.meeting_id is None:
            row.meeting_id = baseline.meeting_id
        row.percent = baseline.percent
        row.categories_covered = baseline.categories_covered
        row.categories_required = baseline.categories_required
        row.women_percent = baseline.women_percent
        row.figures = baseline.figures_json()
        session.add(row)
        session.flush()
        return row.id
