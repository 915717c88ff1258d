"""Recognise a dossier file and read its schema revision with the standard library only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ncm_desktop.storage.errors import (
    DossierDamaged,
    DossierNotFound,
    DossierTooNew,
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
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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


def read_revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision recorded in the file, or None when it has none."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None
