"""Write the change log: every insert, change, delete and restore of a row, with who and when.

ORM writes are logged by :func:`after_flush`, which :class:`database.Dossier` attaches
to its sessions, so every repository function (and anyone else's code that adds,
changes or deletes mapped objects in ``dossier.transaction()``) is covered without
doing anything.  Core statements bypass the ORM: :mod:`storage.cascade_delete` (delete with
dependents, undo) calls :func:`record_rows` itself, and so must any other code that
writes rows with ``insert()``/``update()``/``delete()`` statements.

The log rows are written on the session's own connection, inside the same
transaction as the change: both land, or neither does.

Seeing every write, these hooks also note the names of the tables written (logged or
not) in ``session.info[CHANGED_KEY]``; :class:`database.Dossier` hands them on once the
transaction has committed, so that the window reloads what changed without its pages
naming the tables each write touches.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.storage.models import Base, ChangeLogEntry
from ncm_desktop.storage.types import utc_now

#: ``session.info`` key holding the name written in the ``user`` column.
USER_KEY = "ncm_change_user"
#: ``session.info`` key of the set of names of the tables written in the session.
CHANGED_KEY = "ncm_changed_tables"
#: Columns every record has, which say nothing the entry's own time does not.
_NOT_LOGGED_COLUMNS = frozenset({"id", "created_at", "modified_at"})
_TABLE = ChangeLogEntry.__table__


def default_user_name() -> str:
    """The name set in Preferences, else the operating system's user name."""
    from ncm_desktop.storage import lock, preferences

    return preferences.load().user_name.strip() or lock.user_name()


def plain(value: Any) -> Any:
    """``value`` as JSON can hold it, in the form the history shows."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def is_logged(table_name: str) -> bool:
    """Whether rows of ``table_name`` get change-log entries: not the log itself nor
    other bookkeeping, that is tables marked ``info={"exchange": "local"}`` (which
    never leave this file) or whose model says ``__changelog__ = False``."""
    table = Base.metadata.tables.get(table_name)
    if table is None or table.info.get("exchange") == "local":
        return False
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return bool(getattr(mapper.class_, "__changelog__", True))
    return True


def entry(table_name: str, record_id: uuid.UUID, action: ChangeAction,
          changes: Mapping[str, tuple[Any, Any]], user: str) -> dict[str, Any]:
    """One row for ``change_log``; ``changes`` maps a field to (old, new).  Fields that
    are empty before and after (None or "") are left out."""
    empty = (None, "")
    return {
        "at": utc_now(),
        "user": user[:200],
        "table_name": table_name,
        "record_id": record_id,
        "action": action,
        "changes": json.dumps({name: [plain(old), plain(new)]
                               for name, (old, new) in changes.items()
                               if not (old in empty and new in empty)},
                              ensure_ascii=False, sort_keys=True),
    }


def note_written(session: Session, table_names: Iterable[str]) -> None:
    """Remember that the session wrote to these tables (see :data:`CHANGED_KEY`)."""
    session.info.setdefault(CHANGED_KEY, set()).update(table_names)


def record_rows(session: Session, table_name: str, rows: Iterable[Mapping[str, Any]],
                action: ChangeAction) -> None:
    """Log rows written with Core statements: their values as they were (delete) or as
    they are now (insert, restore)."""
    rows = list(rows)
    if rows:
        note_written(session, (table_name,))
    if not is_logged(table_name):
        return
    user = str(session.info.get(USER_KEY, ""))
    deleted = action is ChangeAction.DELETE
    entries = [
        entry(table_name, row["id"], action,
              {k: ((v, None) if deleted else (None, v)) for k, v in row.items()
               if k not in _NOT_LOGGED_COLUMNS},
              user)
        for row in rows
    ]
    if entries:
        session.connection().execute(insert(_TABLE), entries)


def record_change(session: Session, table_name: str, record_id: uuid.UUID,
                  changes: Mapping[str, tuple[Any, Any]]) -> None:
    """Log an update made with a Core statement: ``changes`` maps a field to (old, new)."""
    if changes:
        note_written(session, (table_name,))
    if is_logged(table_name) and changes:
        user = str(session.info.get(USER_KEY, ""))
        session.connection().execute(
            insert(_TABLE), [entry(table_name, record_id, ChangeAction.UPDATE, changes, user)])


def after_flush(session: Session, _context: UOWTransaction) -> None:
    """Log what the flush just wrote.  In ``after_flush`` the objects still carry their
    pre-flush state (new, dirty, deleted, attribute history) and new rows have ids."""
    user = str(session.info.get(USER_KEY, ""))
    written = [*session.new, *session.deleted,
               *(instance for instance in session.dirty if session.is_modified(instance))]
    note_written(session, (inspect(instance).mapper.local_table.name for instance in written))
    entries: list[dict[str, Any]] = []
    for instance in session.new:
        state = inspect(instance)
        if _logged_class(state.class_):
            values = {key: (None, state.dict.get(key)) for key in _columns(state)}
            entries.append(entry(state.mapper.local_table.name, _record_id(state),
                                 ChangeAction.INSERT, values, user))
    for instance in session.dirty:
        state = inspect(instance)
        if not _logged_class(state.class_):
            continue
        changes = {}
        for key in _columns(state):
            history = state.attrs[key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                changes[key] = (old, new)
        if changes:
            entries.append(entry(state.mapper.local_table.name, _record_id(state),
                                 ChangeAction.UPDATE, changes, user))
    for instance in session.deleted:
        state = inspect(instance)
        if _logged_class(state.class_):
            values = {key: (state.dict.get(key), None) for key in _columns(state)}
            entries.append(entry(state.mapper.local_table.name, _record_id(state),
                                 ChangeAction.DELETE, values, user))
    if entries:
        session.connection().execute(insert(_TABLE), entries)


@functools.cache
def _logged_class(cls: type) -> bool:
    table = getattr(cls, "__table__", None)
    return table is not None and is_logged(table.name)


def _record_id(state: Any) -> Any:
    """The row's key: during ``after_flush`` a new object has its id but no identity yet."""
    return state.identity[0] if state.identity else state.mapper.primary_key_from_instance(
        state.obj())[0]


def _columns(state: Any) -> list[str]:
    return [attribute.key for attribute in state.mapper.column_attrs
            if attribute.key not in _NOT_LOGGED_COLUMNS]
