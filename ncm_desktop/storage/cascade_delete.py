"""Delete rows with everything that depends on them, keeping a copy to put them back.

The copy serves the undo of the last delete; it follows the foreign keys declared in
the models, so tables added later are covered without changing this module.

This is the one way rows are deleted, so it also leaves a tombstone for each row that
goes (and takes it away again on undo): the deletion then travels to other laptops in
exchange packages (:mod:`storage.exchange`).  These are Core statements, which the ORM's
change-log hook does not see, so both functions write their change-log entries themselves
(:mod:`storage.changelog`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, or_, select, tuple_
from sqlalchemy.orm import Session

from ncm_desktop.storage import changelog
from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.storage.models import Base, Tombstone
from ncm_desktop.storage.types import utc_now

#: How many (table, id) pairs one statement looks up or removes.
_CHUNK = 400


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
        record_tombstones(session, _keys(deleted))
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
    forget_tombstones(session, _keys(deleted))


def record_tombstones(session: Session, keys: list[tuple[str, uuid.UUID]]) -> None:
    """Note that these rows were deleted now, unless a tombstone already says so."""
    tombstones = Tombstone.__table__
    existing: set[tuple[str, uuid.UUID]] = set()
    for chunk in _chunks(keys):
        existing.update((name, record_id) for name, record_id in session.execute(
            select(tombstones.c.table_name, tombstones.c.record_id)
            .where(tuple_(tombstones.c.table_name, tombstones.c.record_id).in_(chunk))
        ))
    now = utc_now()
    fresh = [
        {"id": uuid.uuid4(), "created_at": now, "modified_at": now, "table_name": name,
         "record_id": record_id, "deleted_at": now}
        for name, record_id in dict.fromkeys(keys) if (name, record_id) not in existing
    ]
    if fresh:
        session.execute(insert(tombstones), fresh)


def forget_tombstones(session: Session, keys: list[tuple[str, uuid.UUID]]) -> None:
    """Remove the tombstones of rows that exist again."""
    tombstones = Tombstone.__table__
    for chunk in _chunks(keys):
        session.execute(delete(tombstones).where(or_(*(
            and_(tombstones.c.table_name == name, tombstones.c.record_id == record_id)
            for name, record_id in chunk
        ))))


def _keys(deleted: DeletedRows) -> list[tuple[str, uuid.UUID]]:
    """The (table, id) of every deleted row of a table whose rows travel."""
    tables = Base.metadata.tables
    return [
        (name, row["id"]) for name, rows in deleted.tables
        if tables[name].info.get("exchange") != "local" and "id" in tables[name].c
        for row in rows
    ]


def _chunks(keys: list[tuple[str, uuid.UUID]]) -> list[list[tuple[str, uuid.UUID]]]:
    return [keys[start:start + _CHUNK] for start in range(0, len(keys), _CHUNK)]


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
