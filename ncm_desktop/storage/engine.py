"""The SQLAlchemy engine on a dossier file, shared by the open dossier and the migrations.

Its own module so that :mod:`storage.migrate` and :mod:`storage.database` both use it
without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, pool

from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.sqlite_module import sqlite3


def make_engine(path: Path, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
    """An engine on ``path`` whose connections all come from :func:`connection.connect`.

    The connections are in autocommit mode; a ``begin`` listener emits ``BEGIN
    IMMEDIATE`` (plain ``BEGIN`` when read-only) whenever SQLAlchemy starts a
    transaction, so SQLAlchemy alone decides where transactions begin and end, DDL
    included.
    """

    def creator() -> sqlite3.Connection:
        connection = connect(path, read_only=read_only)
        if not foreign_keys:
            connection.execute("PRAGMA foreign_keys = OFF")
        return connection

    engine = create_engine(
        "sqlite+pysqlite://", creator=creator, module=sqlite3, poolclass=pool.QueuePool,
        pool_size=2,
    )
    begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql(begin)  # type: ignore[attr-defined]

    return engine
