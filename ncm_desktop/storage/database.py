"""An open dossier: the SQLAlchemy engine, transactions, creation and upgrade.

Opening a dossier for writing takes its lock (:mod:`storage.lock`: one writer at a
time), checks it with ``quick_check`` and, when its schema is older, backs it up and
upgrades it (:func:`migrate.upgrade_safely`).  Every session of a :class:`Dossier`
writes the change log (:mod:`storage.changelog`) as it flushes.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, pool
from sqlalchemy.orm import Session, sessionmaker

from ncm_desktop.storage import changelog, dossier_file, lock
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.errors import DossierError, DossierInUse, FolderNotWritable
from ncm_desktop.storage.handouts import read_transaction
from ncm_desktop.storage.models import Mechanism
from ncm_desktop.storage.schema import APPLICATION_ID
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


class Dossier:
    """One mechanism's file, open for reading and writing through SQLAlchemy."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False,
                 user_name: str | None = None, locked: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._locked = locked
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
        """Open an existing dossier, upgrading its schema first when it is older.

        For writing, the dossier's lock is taken first (:class:`DossierInUse` when
        another program holds it; ``force`` takes over a lock whose program has stopped
        or that another computer left) and the file is checked (``verify``: skip only
        when the caller has just checked it).  Raises a :class:`DossierError` subclass
        for a missing, foreign, damaged or too-new file, :class:`FolderNotWritable` when
        it cannot be written and :class:`MigrationFailed` when an upgrade failed (the
        file is then as it was).
        """
        path = Path(path)
        info = dossier_file.inspect(path)
        if read_only:
            return cls(path, make_engine(path, read_only=True), read_only=True,
                       user_name=user_name)
        dossier_file.check_writable(path)
        lock.acquire_with_force(path, force=force)
        try:
            if verify:
                dossier_file.quick_check(path)
            if info.needs_upgrade:
                from ncm_desktop.storage import migrate

                migrate.upgrade_safely(path)
            engine = make_engine(path)
        except BaseException:
            lock.release(path)
            raise
        return cls(path, engine, user_name=user_name, locked=True)

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
        with self._sessions() as session, session.begin():
            yield session

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
            assert isinstance(driver, sqlite3.Connection)
            with read_transaction(driver):
                yield driver
        finally:
            connection.close()

    def close(self) -> None:
        """Close every connection and give up the lock (safe to call twice)."""
        self.engine.dispose()
        if self._locked:
            self._locked = False
            lock.release(self.path)


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal"))


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


__all__ = ["Dossier", "DossierError", "make_engine"]
