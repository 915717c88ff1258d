"""Read the change log of one record, with the standard library only (for the window)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.storage.sqlite_module import sqlite3


@dataclass(frozen=True, slots=True)
class Change:
    at: datetime  # aware, UTC
    user: str
    action: ChangeAction
    #: Field → (old value, new value), as plain JSON values (UUIDs as hex, ISO dates).
    fields: dict[str, tuple[Any, Any]]


def history(connection: sqlite3.Connection, table_name: str,
            record_id: uuid.UUID) -> list[Change]:
    """Every logged change to one row, newest first (none for a dossier without a log)."""
    try:
        rows = connection.execute(
            "SELECT at, user, action, changes FROM change_log "
            "WHERE table_name = ? AND record_id = ? ORDER BY id DESC",
            (table_name, record_id.hex),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    changes = []
    for at, user, action, text in rows:
        try:
            fields = json.loads(text)
        except ValueError:
            fields = {}
        changes.append(Change(
            at=datetime.fromisoformat(at).replace(tzinfo=UTC),
            user=user,
            action=ChangeAction(action),
            fields={name: (pair[0], pair[1]) for name, pair in fields.items()
                    if isinstance(pair, list) and len(pair) == 2},
        ))
    return changes

