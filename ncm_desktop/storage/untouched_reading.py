"""Read a dossier that belongs to someone else without changing it in any way.

A regional body compares the dossiers States send it: it must never change them, not
their bytes, not their modification time, and it must leave no ``-wal`` or ``-shm``
file beside them.  A dossier of this program's schema is read through
:func:`dossier_file.peek` (``immutable`` when nobody has it open) and checked with
``quick_check`` on that same connection.  The file is opened for reading only under the
one open policy (:func:`opening.open_dossier`), so an older one is read through the same
private upgraded copy as the window's read-only view, removed when it is closed.  A
newer, foreign or damaged file raises the :class:`DossierError` that says so.

The reads are the existing ones (:func:`dossier_data.load_snapshot`,
:func:`plan_queries.load_plan`): no SQL of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ncm_desktop.storage import dossier_file
from ncm_desktop.storage.dossier_data import Snapshot, load_snapshot
from ncm_desktop.storage.errors import DossierDamaged, DossierError
from ncm_desktop.storage.opening import open_dossier
from ncm_desktop.storage.plan_queries import PlanInfo, load_plan
from ncm_desktop.storage.sqlite_module import sqlite3


@dataclass(frozen=True, slots=True)
class DossierReading:
    """What one dossier says, and the schema revision it was written with."""

    path: Path
    revision: str
    snapshot: Snapshot
    plan: PlanInfo

    @property
    def upgraded(self) -> bool:
        """Read through an upgraded copy: the file is of an older schema revision."""
        return dossier_file.DossierInfo(self.path, self.revision).needs_upgrade


def read_untouched(path: Path, today: date | None = None) -> DossierReading:
    """Read ``path`` as it is, leaving it exactly as it was.

    Raises :class:`DossierNotFound`, :class:`NotADossier`, :class:`DossierTooNew` or
    :class:`DossierDamaged`.
    """
    path = Path(path)
    revision = dossier_file.inspect(path).revision
    try:  # quick_check comes below, on the connection that reads
        opened = open_dossier(path, read_only=True, verify=False)
    except DossierError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure of Alembic on the copy
        raise DossierDamaged(path, f"{type(error).__name__}: {error}") from error
    try:
        return _read(path, revision, dossier_file.peek(opened.database_path), today)
    finally:
        opened.close()


def _read(path: Path, revision: str, connection: sqlite3.Connection,
          today: date | None) -> DossierReading:
    try:
        dossier_file.quick_check(path, connection)
        snapshot = load_snapshot(connection, today)
        plan = load_plan(connection).plan
    except sqlite3.DatabaseError as error:
        raise DossierDamaged(path, str(error)) from error
    finally:
        connection.close()
    return DossierReading(path, revision, snapshot, plan)
