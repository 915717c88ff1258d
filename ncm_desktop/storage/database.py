"""An open dossier: the SQLAlchemy engine, transactions, creation and upgrade."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, pool
from sqlalchemy.orm import Session, sessionmaker

from ncm_desktop.storage import dossier_file
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.errors import DossierError, FolderNotWritable
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

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> Dossier:
        """Open an existing dossier, upgrading its schema first when it is older.

        Raises a :class:`DossierError` subclass for a missing, foreign, damaged or
        too-new file, and :class:`FolderNotWritable` when it cannot be written.
        """
        path = Path(path)
        info = dossier_file.inspect(path)
        if not read_only:
            _check_writable(path)
            if info.needs_upgrade:
                from ncm_desktop.storage import migrate

                migrate.upgrade(path)
        return cls(path, make_engine(path, read_only=read_only), read_only=read_only)

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
            os.replace(temporary, path)
        except PermissionError as exc:
            raise FolderNotWritable(path, str(exc)) from exc
        finally:
            for leftover in (temporary, *_sidecars(temporary)):
                leftover.unlink(missing_ok=True)
        return cls.open(path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed at the end of the block, or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    def session(self) -> Session:
        """A session for reading; the caller closes it."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise FolderNotWritable(path, "the file or its folder is read-only")


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal"))


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


__all__ = ["Dossier", "DossierError", "make_engine"]
