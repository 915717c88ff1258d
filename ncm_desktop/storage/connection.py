"""Open a dossier's SQLite file with the settings that keep it safe.

Every connection, whether made here directly or by SQLAlchemy's pool (which calls
:func:`connect` as its creator), gets the same pragmas, and their values are checked:
``journal_mode=WAL`` issued at the wrong moment silently stays ``delete``.
"""

from __future__ import annotations

from pathlib import Path

from ncm_desktop.storage.sqlite_module import sqlite3

BUSY_TIMEOUT_MS = 5000


class PragmaError(RuntimeError):
    """SQLite refused a setting the program depends on."""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to ``path`` in autocommit mode; SQLAlchemy manages transactions.

    ``check_same_thread`` is off because SQLAlchemy's pool may hand a connection to a
    background thread; the pool never shares one between threads at the same time.
    """
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        configure(connection, read_only=read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def configure(connection: sqlite3.Connection, *, read_only: bool = False) -> None:
    _expect(connection, f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}", BUSY_TIMEOUT_MS)
    _expect(connection, "PRAGMA foreign_keys = ON", None)
    _expect(connection, "PRAGMA foreign_keys", 1)
    if not read_only:
        _expect(connection, "PRAGMA journal_mode = WAL", "wal")
    _expect(connection, "PRAGMA synchronous = FULL", None)
    _expect(connection, "PRAGMA synchronous", 2)


def pragma_values(connection: sqlite3.Connection) -> dict[str, object]:
    """The settings that matter, as SQLite reports them (for ``check`` and tests)."""
    names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "application_id")
    return {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


def _expect(connection: sqlite3.Connection, statement: str, expected: object) -> None:
    row = connection.execute(statement).fetchone()
    if expected is None:
        return
    value = row[0] if row else None
    if isinstance(value, str):
        value = value.lower()
    if value != expected:
        raise PragmaError(f"{statement!r} gave {value!r}, expected {expected!r}")
