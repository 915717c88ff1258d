"""An open dossier: the SQLAlchemy engine, transactions, creation.

:meth:`Dossier.open` goes through the open policy (:mod:`storage.opening`: the lock,
a working copy on removable and network drives, ``quick_check``, the upgrade of an
older schema), the same one the window uses.  Every session of a :class:`Dossier`
writes the change log (:mod:`storage.changelog`) as it flushes.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from ncm_desktop.storage import changelog, lock, opening
from ncm_desktop.storage.engine import make_engine
from ncm_desktop.storage.errors import DossierError, DossierInUse, FolderNotWritable
from ncm_desktop.storage.handouts import read_transaction
from ncm_desktop.storage.models import Mechanism
from ncm_desktop.storage.schema import APPLICATION_ID
from ncm_desktop.storage.sqlite_module import sqlite3


class Dossier:
    """One mechanism's file, open for reading and writing through SQLAlchemy."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False,
                 user_name: str | None = None,
                 opened: opening.OpenedDossier | None = None) -> None:
        #: The file the engine is on (a working copy's local file, for a dossier on a
        #: removable or network drive).
        self.path = path
        #: What the user opened.
        self.location = opened.location if opened is not None else path
        self.engine = engine
        self.read_only = read_only
        #: Closed with this dossier, when it was opened by :meth:`open`.
        self._opened = opened
        #: Tables written by the transactions committed since :meth:`take_changes`.
        self._changes: set[str] = set()
        self._changes_guard = threading.Lock()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", changelog.after_flush)
        self.user_name = changelog.default_user_name() if user_name is None else user_name

    @property
    def user_name(self) -> str:
        """The name the change log records for this dossier's writes."""
        return self._user_name

    @user_name.setter
    def user_name(self, name: str) -> None:
        self._user_name = name
        self._sessions.configure(info={changelog.USER_KEY: name})

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, force: bool = False,
             verify: bool = True, user_name: str | None = None) -> Dossier:
        """Open an existing dossier under the open policy (:func:`opening.open_dossier`:
        ``force`` takes over the lock of a program that has stopped or of another
        computer, ``verify`` is skipped only when the caller has just checked the file).

        Raises a :class:`DossierError` subclass for a missing, foreign, damaged, too-new
        or locked file, :class:`FolderNotWritable` when it cannot be written and
        :class:`MigrationFailed` when an upgrade failed (the file is then as it was).
        Closing the dossier closes what the policy opened (writes a working copy back).
        """
        opened = opening.open_dossier(Path(path), read_only=read_only, force=force,
                                      verify=verify)
        try:
            return cls.on(opened, user_name=user_name, owned=True)
        except BaseException:
            opened.close()
            raise

    @classmethod
    def on(cls, opened: opening.OpenedFile, *, user_name: str | None = None,
           owned: bool = False) -> Dossier:
        """A SQLAlchemy view of a dossier opened by the policy; ``owned``: closing it
        closes ``opened`` too."""
        return cls(opened.database_path, opened.make_engine(), read_only=opened.read_only,
                   user_name=user_name, opened=opened if owned else None)

    @classmethod
    def create(cls, path: Path, *, state_name: str = "", name: str = "") -> Dossier:
        """Create a new dossier at ``path`` (replacing a file there) and open it.

        The schema is built in a temporary file in the same folder, which is renamed
        into place only when complete: a failure leaves nothing behind.
        """
        from ncm_desktop.storage import migrate

        path = Path(path)
        folder = path.parent
        if not folder.is_dir():
            raise FolderNotWritable(path, "the folder does not exist")
        if not lock.holds(path):
            found = lock.read_owner(path)
            if found is not None and not lock.is_stale(found[0], age_s=found[1]):
                raise DossierInUse(path, found[0], stale=False)  # never replace it
        temporary = folder / f".{path.name}.{uuid.uuid4().hex}.tmp"
        try:
            try:
                setup = sqlite3.connect(temporary, isolation_level=None)
            except sqlite3.OperationalError as exc:
                raise FolderNotWritable(path, str(exc)) from exc
            try:
                setup.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            finally:
                setup.close()
            migrate.upgrade(temporary)
            engine = make_engine(temporary)
            try:
                with Session(engine) as session, session.begin():
                    session.add(Mechanism(state_name=state_name, name=name))
            finally:
                engine.dispose()  # the last connection to close checkpoints the WAL
            _fsync(temporary)
            if not lock.holds(path):
                for sidecar in _sidecars(path):  # a crashed program's log of the old file
                    sidecar.unlink(missing_ok=True)
            os.replace(temporary, path)
        except PermissionError as exc:
            raise FolderNotWritable(path, str(exc)) from exc
        finally:
            for leftover in (temporary, *_sidecars(temporary)):
                leftover.unlink(missing_ok=True)
        return cls.open(path, force=True, verify=False)  # a stale lock was checked above

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed at the end of the block, or not at all."""
        with self._sessions() as session:
            with _changed_elsewhere(session, self.location), session.begin():
                yield session
            self._committed(session.info.pop(changelog.CHANGED_KEY, ()))

    def _committed(self, tables: Iterable[str]) -> None:
        with self._changes_guard:
            self._changes.update(tables)

    def take_changes(self) -> frozenset[str]:
        """The names of the tables written by the transactions committed since the last
        call (the change-log hooks see every write), and forget them."""
        with self._changes_guard:
            taken, self._changes = frozenset(self._changes), set()
        return taken

    def backup(self, reason: str) -> Path | None:
        """Back the dossier up before a large change (an import, a merge); the backup's
        path, or None for a server dossier, whose backups are the server's (``pg_dump``)."""
        if not isinstance(self.location, Path):
            return None
        from ncm_desktop.storage import backups

        return backups.backup_now(self.location, reason).path

    def session(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions()

    @contextlib.contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A standard-library connection from the engine's pool, in one read transaction,
        for the reads that need no ORM (the hand-outs, :mod:`storage.handouts`): they
        read the dossier as the window's lists do, so that both say the same."""
        connection = self.engine.raw_connection()
        try:
            driver = connection.driver_connection
            if isinstance(driver, sqlite3.Connection):
                with read_transaction(driver):
                    yield driver
                return
            # A server dossier: the same SQL through the reader made for it.
            from ncm_desktop.storage.server_reader import ServerReader

            driver.autocommit = True  # type: ignore[union-attr]
            try:
                reader = ServerReader(driver)  # type: ignore[arg-type]
                with read_transaction(reader):  # type: ignore[arg-type]
                    yield reader  # type: ignore[misc]
            finally:
                driver.autocommit = False  # type: ignore[union-attr]
        finally:
            connection.close()

    def close(self) -> None:
        """Close every connection and what :meth:`open` opened: write a working copy
        back, give up the lock (safe to call twice).  Raises :class:`OSError` when a
        working copy could not be written back (it is kept for the next open)."""
        self.engine.dispose()
        if self._opened is not None:
            opened, self._opened = self._opened, None
            opened.close()


@contextlib.contextmanager
def _changed_elsewhere(session: Session, location: object) -> Iterator[None]:
    """Turn SQLAlchemy's ``StaleDataError`` (a record's version is no longer the one
    read: someone else saved it in between) into :class:`RecordChangedElsewhere`, and on
    a server a lost connection or a refused write into :class:`ServerConnectionLost` and
    :class:`ServerPermissionDenied`."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except DBAPIError as error:
        bind = session.get_bind()
        if bind.dialect.name != "postgresql":
            raise
        # A server dossier: the transaction was rolled back; say what happened.
        from ncm_desktop.storage.errors import ServerConnectionLost, ServerPermissionDenied

        where = str(location)
        if getattr(error.orig, "sqlstate", None) == "42501":  # insufficient_privilege
            raise ServerPermissionDenied(where, str(error.orig)) from error  # type: ignore[arg-type]
        if error.connection_invalidated or "connection" in str(error.orig).lower():
            raise ServerConnectionLost(where, str(error.orig)) from error  # type: ignore[arg-type]
        raise
    except StaleDataError as error:
        from sqlalchemy import inspect

        from ncm_desktop.storage.errors import RecordChangedElsewhere

        written = [inspect(o) for o in (*session.dirty, *session.deleted)]
        table = next((state.mapper.local_table.name for state in written
                      if f"'{state.mapper.local_table.name}'" in str(error)), "")
        ids = [str(state.identity[0]) for state in written if state.identity
               and state.mapper.local_table.name == table]
        raise RecordChangedElsewhere(table, ids[0] if len(ids) == 1 else "") from error


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal"))


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


__all__ = ["Dossier", "DossierError", "make_engine"]
