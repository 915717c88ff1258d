"""Read the merge history: the versions of records that merges set aside."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage.exchange.rows import Row
from ncm_desktop.storage.models import MergeHistory
from ncm_desktop.storage.models.exchange import HistoryReason, HistorySide


@dataclass(frozen=True)
class HistoryRecord:
    id: uuid.UUID
    table_name: str
    record_id: uuid.UUID
    label: str
    merged_at: datetime
    reason: HistoryReason
    side: HistorySide
    peer_name: str
    #: The version set aside, every column as JSON values.
    row: Row


def merge_history(session: Session, record_id: uuid.UUID | None = None) -> list[HistoryRecord]:
    """Every version set aside, newest first; only those of ``record_id`` when given."""
    query = select(MergeHistory).order_by(MergeHistory.merged_at.desc(), MergeHistory.label)
    if record_id is not None:
        query = query.where(MergeHistory.record_id == record_id)
    return [
        HistoryRecord(entry.id, entry.table_name, entry.record_id, entry.label,
                      entry.merged_at, entry.reason, entry.side, entry.peer_name,
                      json.loads(entry.record_json))
        for entry in session.scalars(query)
    ]
