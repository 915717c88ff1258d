"""Delete rows with everything that depends on them, keeping a copy to put them back.

The copy serves the undo of the last delete; it follows the foreign keys declared in
the models, so tables added later are covered without changing this module.  These are
Core statements, which the ORM's change-log hook does not see, so both functions write
their change-log entries themselves (:mod:`storage.changelog`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from ncm_desktop.storage import changelog
from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.storage.models import Base


@dataclass(frozen=True)
class DeletedRows:
    """Rows removed by one delete, parents before children, ready to be re-inserted."""

    tables: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    #: Rows that pointed at a deleted row with ON DELETE SET NULL: (table, id, column, value).
    detached: list[tuple[str, uuid.UUID, str, uuid.UUID]] = field(default_factory=list)

    def count(self, table_name: str) -> int:
        return sum(len(rows) for name, rows in self.tables if name == table_name)

    @property
    def total(self) -> int:
        return sum(len(rows) for _, rows in self.tables)


def delete_with_dependents(session: Session, table: Table, ids: list[uuid.UUID]) -> DeletedRows:
    """Delete ``ids`` from ``table`` (the database cascades) and return what went."""
    deleted = DeletedRows()
    _collect(session, table, ids, deleted, seen=set())
    if deleted.tables:
        for name, row_id, column, value in deleted.detached:
            changelog.record_change(session, name, row_id, {column: (value, None)})
        for name, rows in deleted.tables:
            changelog.record_rows(session, name, rows, ChangeAction.DELETE)
        session.execute(delete(table).where(table.c.id.in_(ids)))
    return deleted


def restore(session: Session, deleted: DeletedRows) -> None:
    """Put back rows removed by :func:`delete_with_dependents`, with their old UUIDs."""
    tables = Base.metadata.tables
    for name, rows in deleted.tables:
        if rows:
            session.execute(insert(tables[name]), rows)
            changelog.record_rows(session, name, rows, ChangeAction.RESTORE)
    for name, row_id, column, value in deleted.detached:
        table = tables[name]
        session.execute(table.update().where(table.c.id == row_id).values({column: value}))
        changelog.record_change(session, name, row_id, {column: (None, value)})


def _collect(
    session: Session,
    table: Table,
    ids: list[uuid.UUID],
    deleted: DeletedRows,
    seen: set[tuple[str, uuid.UUID]],
) -> None:
    fresh = [i for i in ids if (table.name, i) not in seen]
    if not fresh:
        return
    seen.update((table.name, i) for i in fresh)
    rows = [dict(r) for r in session.execute(select(table).where(table.c.id.in_(fresh))).mappings()]
    if not rows:
        return
    deleted.tables.append((table.name, rows))
    for child in Base.metadata.sorted_tables:
        for key in child.foreign_keys:
            if key.column.table is not table:
                continue
            column = key.parent
            children = session.execute(
                select(child.c.id).where(column.in_(fresh))
            ).scalars().all()
            if key.ondelete and key.ondelete.upper() == "CASCADE":
                _collect(session, child, list(children), deleted, seen)
            elif key.ondelete and key.ondelete.upper() == "SET NULL":
                values = session.execute(
                    select(child.c.id, column).where(column.in_(fresh))
                ).all()
                deleted.detached.extend((child.name, i, column.name, v) for i, v in values)
