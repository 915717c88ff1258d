"""Open a dossier's SQLite file with the settings that keep it safe.

Every connection, whether made here directly or by SQLAlchemy's pool (which calls
:func:`connect` as its creator), gets the same pragmas, and their values are checked:
``journal_mode=WAL`` issued at the wrong moment silently stays ``delete``.

The journal is the write-ahead log (WAL) on local and removable drives and the
rollback journal (``DELETE``) on network drives, where WAL's shared-memory index does
not work; ``synchronous=FULL`` in both cases, so that a committed change survives a
power cut.  A read-only connection never changes the file: it opens it with
``mode=ro``, which reads a WAL dossier as long as its ``-shm`` index exists or can be
created; on read-only media with no write-ahead log left over it falls back to
``immutable=1``, and otherwise it fails with :class:`ReadOnlyUnavailable`.
"""

from __future__ import annotations

from pathlib import Path

from ncm_desktop.storage import drives
from ncm_desktop.storage.errors import ReadOnlyUnavailable
from ncm_desktop.storage.sqlite_module import sqlite3

BUSY_TIMEOUT_MS = 5000
WAL = "wal"
DELETE = "delete"


class PragmaError(RuntimeError):
    """SQLite refused a setting the program depends on."""


def journal_for(drive: drives.Drive) -> str:
    """``wal`` unless the write-ahead log cannot be trusted on ``drive``."""
    return WAL if drive.trusted_for_wal else DELETE


def connect(path: Path, *, read_only: bool = False,
            journal_mode: str | None = None) -> sqlite3.Connection:
    """A connection to ``path`` in autocommit mode; SQLAlchemy manages transactions.

    ``journal_mode`` (``wal`` or ``delete``) defaults to what the drive allows; it is
    not changed by a read-only connection.  ``check_same_thread`` is off because
    SQLAlchemy's pool may hand a connection to a background thread; the pool never
    shares one between threads at the same time.
    """
    path = Path(path)
    if read_only:
        return _connect_read_only(path)
    mode = journal_mode or _journal_mode_of(path)
    connection = _open(f"{path.resolve().as_uri()}?mode=rw")
    try:
        configure(connection, journal_mode=mode)
    except BaseException:
        connection.close()
        raise
    return connection


def _journal_mode_of(path: Path) -> str:
    return journal_for(drives.detect(path))


def _open(uri: str) -> sqlite3.Connection:
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    connection = _open(f"{uri}?mode=ro")
    try:
        configure(connection, read_only=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError as error:
        connection.close()
        if "unable to open" not in str(error) and "readonly" not in str(error):
            raise
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # Changes still sit in the write-ahead log: ignoring it would show stale data.
            raise ReadOnlyUnavailable(path, str(error)) from error
    connection = _open(f"{uri}?mode=ro&immutable=1")
    try:
        configure(connection, read_only=True)
    except BaseException:
        connection.close()
        raise
    return connection


def configure(connection: sqlite3.Connection, *, read_only: bool = False,
              journal_mode: str = WAL) -> None:
    _expect(connection, f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}", BUSY_TIMEOUT_MS)
    _expect(connection, "PRAGMA foreign_keys = ON", None)
    _expect(connection, "PRAGMA foreign_keys", 1)
    if not read_only:
        if journal_mode not in (WAL, DELETE):
            raise ValueError(f"unknown journal mode {journal_mode!r}")
        _expect(connection, f"PRAGMA journal_mode = {journal_mode.upper()}", journal_mode)
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
