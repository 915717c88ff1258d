"""Recognise a dossier file and read its schema revision with the standard library only."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ncm_desktop.storage.errors import (
    DossierDamaged,
    DossierNotFound,
    DossierTooNew,
    FolderNotWritable,
    NotADossier,
)
from ncm_desktop.storage.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS
from ncm_desktop.storage.sqlite_module import sqlite3

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class DossierInfo:
    path: Path
    revision: str

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != HEAD_REVISION


def inspect(path: Path) -> DossierInfo:
    """Check that ``path`` is a dossier this program can open, without changing it.

    Raises :class:`DossierNotFound`, :class:`NotADossier`, :class:`DossierTooNew` or
    :class:`DossierDamaged`.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise DossierNotFound(path) from exc
    except IsADirectoryError as exc:
        raise NotADossier(path, NotADossier.Reason.NOT_SQLITE, "a folder") from exc
    if not header:
        raise NotADossier(path, NotADossier.Reason.EMPTY)
    if header != SQLITE_HEADER:
        raise NotADossier(path, NotADossier.Reason.NOT_SQLITE)
    try:
        connection = peek(path)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id != APPLICATION_ID:
                raise NotADossier(path, NotADossier.Reason.FOREIGN)
            revision = read_revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DossierDamaged(path, str(exc)) from exc
    if revision is None:
        raise NotADossier(path, NotADossier.Reason.FOREIGN, "no schema revision")
    if revision not in REVISIONS:
        raise DossierTooNew(path, revision)
    return DossierInfo(path=path, revision=revision)


def peek(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace beside a closed file.

    Reading a WAL database normally creates its ``-wal`` and ``-shm`` files, which a
    read-only connection cannot remove.  When there is no ``-wal`` (nobody has the file
    open, or it uses the rollback journal) the file alone is the database and is read as
    ``immutable``; otherwise it is read normally, with the log.
    """
    path = Path(path)
    options = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{options}", uri=True)


def read_revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision recorded in the file, or None when it has none."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def quick_check(path: Path, connection: sqlite3.Connection | None = None) -> None:
    """Raise :class:`DossierDamaged` unless SQLite's ``quick_check`` finds ``path`` sound.

    ``quick_check`` reads every page but skips the index-to-table cross checks of
    ``integrity_check``: about 8 ms for a dossier of 10,000 people, so it runs at every
    open, before anything is written.
    """
    own = connection is None
    try:
        if connection is None:
            connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            if own:
                connection.close()
    except sqlite3.DatabaseError as exc:
        raise DossierDamaged(path, str(exc)) from exc
    if problems != ["ok"]:
        raise DossierDamaged(path, "; ".join(problems[:3]))


def check_writable(path: Path) -> None:
    """Raise :class:`FolderNotWritable` when ``path`` or its folder cannot be written."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise FolderNotWritable(path, "the file or its folder is read-only")
