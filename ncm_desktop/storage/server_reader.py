"""The window's plain-SQL reader on a server dossier: psycopg made to read like sqlite3.

The read modules (:mod:`storage.queries`, :mod:`storage.dossier_data`,
:mod:`storage.plan_queries`, :mod:`storage.baselines` ...) hold one definition of each
query, written for a DB-API connection with ``?`` parameters, and convert the values the
way SQLite gives them.  :class:`ServerReader` takes the same SQL and gives the same
values, all in this one place:

- ``?`` parameters become psycopg's ``%s`` (and a literal ``%`` is doubled);
- UUIDs come back as 32 hex characters, booleans as 0 and 1, dates as ISO text and
  timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff``, as SQLAlchemy stores them in a file;
- ``BEGIN`` starts a read-only repeatable-read transaction: one consistent picture, as
  a read transaction on SQLite gives.

``COLLATE NOCASE`` needs no translation: migration 0008 creates that collation on the
server.  psycopg is imported only here, when a server dossier is opened.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg.pq import TransactionStatus


class _UuidHex(Loader):
    def load(self, data: Any) -> str:
        return bytes(data).decode("ascii").replace("-", "")


class _Text(Loader):
    def load(self, data: Any) -> str:
        return bytes(data).decode("utf-8")


class _Timestamp(Loader):
    """``2026-12-04 10:00:00.5`` as SQLite holds it: ``2026-12-04 10:00:00.500000``."""

    def load(self, data: Any) -> str:
        text = bytes(data).decode("ascii")
        whole, _, fraction = text.partition(".")
        return f"{whole}.{fraction.ljust(6, '0')[:6]}"


class _Bool(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


def configure(cursor: psycopg.Cursor[Any]) -> None:
    """Make ``cursor`` return values as the SQLite reads expect them (its own adapters:
    the connection's, which SQLAlchemy may use too, are left as they are)."""
    adapters = cursor.adapters
    adapters.register_loader("uuid", _UuidHex)
    adapters.register_loader("date", _Text)
    adapters.register_loader("timestamp", _Timestamp)
    adapters.register_loader("bool", _Bool)


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """``sql`` with sqlite3's ``?`` parameters written as psycopg's ``%s`` (for a
    statement sent with parameters: psycopg then reads ``%%`` as ``%``)."""
    out: list[str] = []
    quoted = False
    for character in sql:
        if character == "'":
            quoted = not quoted
        if character == "%":
            out.append("%%")
        elif character == "?" and not quoted:
            out.append("%s")
        else:
            out.append(character)
    return "".join(out)


_BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"


class ServerReader:
    """The parts of ``sqlite3.Connection`` the read modules use, on a psycopg connection
    in autocommit mode (each statement its own transaction, unless ``BEGIN`` is sent)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        if sql.strip().upper() == "BEGIN":
            sql = _BEGIN
        cursor = self._connection.cursor()
        configure(cursor)
        if parameters:
            cursor.execute(translate(sql), tuple(parameters))  # type: ignore[arg-type]
        else:
            cursor.execute(sql)  # type: ignore[arg-type]
        return cursor

    @property
    def in_transaction(self) -> bool:
        return self._connection.info.transaction_status != TransactionStatus.IDLE

    def table_names(self) -> list[str]:
        """The dossier's tables (what ``sqlite_master`` lists in a file), by name."""
        rows = self.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename != 'alembic_version' ORDER BY tablename").fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        self._connection.close()

    @property
    def closed(self) -> bool:
        return bool(self._connection.closed)
