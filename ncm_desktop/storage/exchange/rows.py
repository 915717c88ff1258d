"""Rows of any table as JSON values, and back, driven by the column types.

Packages and the merge compare rows in this form, so that tables added later travel
without changes here: UUIDs and dates as ISO text, enums as their values.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, Connection, Table, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from ncm_desktop.storage.models import Base

Json = Any
Row = dict[str, Json]

#: Columns every record has that say when, not what.
TIMESTAMPS = frozenset({"created_at", "modified_at"})
#: Columns tried in turn to name a record in lists and reports.
LABEL_COLUMNS = ("full_name", "name", "state_name", "key", "title", "instrument_id",
                 "table_name")
TOMBSTONE_TABLE = "tombstone"


def travelling_tables() -> list[Table]:
    """Every table whose rows go into packages, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("exchange") != "local"]


def is_singleton(table: Table) -> bool:
    return table.info.get("exchange") == "singleton"


def encode(value: Any) -> Json:
    """A column value as JSON: text for UUIDs, dates, decimals and bytes."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def decoder(column: Column[Any]) -> Callable[[Json], Any]:
    """How to turn this column's JSON value back into what SQLAlchemy expects."""
    kind = column.type
    if isinstance(kind, TypeDecorator):  # its python_type is ``object``: ask what it wraps
        kind = kind.impl_instance
    try:
        python_type = kind.python_type
    except NotImplementedError:
        return _same
    if issubclass(python_type, Enum):
        return lambda value: None if value is None else python_type(value)
    conversions: dict[type, Callable[[Json], Any]] = {
        uuid.UUID: uuid.UUID,
        datetime: datetime.fromisoformat,
        date: date.fromisoformat,
        Decimal: Decimal,
        bytes: base64.b64decode,
    }
    for kind, convert in conversions.items():
        if issubclass(python_type, kind):
            return lambda value, convert=convert: None if value is None else convert(value)
    return _same


def read_rows(source: Session | Connection, table: Table, *,
              include_local: bool = False) -> list[Row]:
    """Every row of ``table`` as JSON values, keyed by column name; columns that belong
    to this database only (``info={"exchange": "local"}``: the record versions) are left
    out unless ``include_local``."""
    columns = [column for column in table.columns
               if include_local or column.info.get("exchange") != "local"]
    names = [column.name for column in columns]
    return [
        {name: encode(value) for name, value in zip(names, row, strict=True)}
        for row in source.execute(select(*columns))
    ]


def decode_row(table: Table, row: Row) -> dict[str, Any]:
    return {name: decoder(table.c[name])(value) for name, value in row.items()}


def key_of(table: Table, row: Row) -> str:
    """The primary key of ``row`` as one string (the UUID, for every record)."""
    columns = table.primary_key.columns
    if len(columns) == 1:
        return str(row[next(iter(columns)).name])
    return json.dumps([row[column.name] for column in columns])


def canonical(row: Row) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content(row: Row) -> Row:
    """``row`` without its timestamps: what it says, not when."""
    return {name: value for name, value in row.items() if name not in TIMESTAMPS}


def label(table_name: str, row: Row) -> str:
    """A short human name for a record: its name, key or title, else its id."""
    if table_name == TOMBSTONE_TABLE:
        return f"{row.get('table_name', '')} {str(row.get('record_id', ''))[:8]}"
    for column in LABEL_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            return value.strip()[:300]
    return str(row.get("id", ""))[:8]


def dump(source: Session | Connection, *, include_local: bool = False) -> dict[str, list[str]]:
    """Every row of every table, canonical and sorted: equal dumps, equal dossiers."""
    tables: Iterable[Table] = (Base.metadata.sorted_tables if include_local
                               else travelling_tables())
    return {table.name: sorted(canonical(row) for row in read_rows(source, table,
                                                                include_local=include_local))
            for table in tables}


def _same(value: Json) -> Any:
    return value
