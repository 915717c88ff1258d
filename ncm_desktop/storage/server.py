"""Server dossiers on PostgreSQL: open, create the schema, grant roles, upload, download.

A server dossier is a PostgreSQL database holding the same tables as a file, built by
the same Alembic migrations.  :func:`open_server` is the server kind of
:class:`storage.opening.OpenedDossier`: no lock (PostgreSQL lets several users write at
once; record versions catch two saves of the same record), no working copy, no
``quick_check``, no backup (the server's own backups, ``pg_dump``, are the IT officer's).

Who may do what is PostgreSQL's business, through three group roles per database made
by :func:`init_schema`: ``<db>_reader`` (reads and prints), ``<db>_officer`` (reads and
writes) and ``<db>_owner`` (an officer who also grants the roles to users).

The program connects only to the host of the URL the user gave.  The password is passed
to libpq and never kept on disk; without one, libpq reads ``~/.pgpass`` or
``PGPASSFILE``.  psycopg is imported only here, so the file mode never loads it.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql

from ncm_desktop.storage.errors import (
    DossierTooNew,
    ServerConnectionLost,
    ServerError,
    ServerLoginFailed,
    ServerNeedsUpgrade,
    ServerNotADossier,
    ServerNotEmpty,
    ServerPermissionDenied,
    ServerUnreachable,
)
from ncm_desktop.storage.schema import HEAD_REVISION, REVISIONS
from ncm_desktop.storage.server_location import ServerLocation
from ncm_desktop.storage.server_reader import ServerReader

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ncm_desktop.storage.database import Dossier

CONNECT_TIMEOUT_S = 5
#: Rows per INSERT when a whole dossier is copied.
_CHUNK = 500


class ServerRole(StrEnum):
    READER = "reader"
    OFFICER = "officer"
    OWNER = "owner"


def group_role(location: ServerLocation, role: ServerRole) -> str:
    """The PostgreSQL group role of ``role`` for this database (roles are cluster-wide,
    and one server may hold the dossiers of several States)."""
    return f"{location.database}_{role.value}"[:63]


def connect(location: ServerLocation, password: str | None = None, *,
            autocommit: bool = True) -> psycopg.Connection[Any]:
    """A psycopg connection to the server named by ``location``.

    Raises :class:`ServerLoginFailed`, :class:`ServerNotADossier` (no such database) or
    :class:`ServerUnreachable`.
    """
    try:
        return psycopg.connect(
            host=location.host, port=location.port or None, dbname=location.database,
            user=location.user or None, password=password,
            connect_timeout=CONNECT_TIMEOUT_S, autocommit=autocommit,
            application_name="NCM Desktop")
    except psycopg.OperationalError as error:
        raise connection_error(location, error) from error


def connection_error(location: ServerLocation, error: Exception) -> ServerError:
    """The :class:`ServerError` that ``error``, raised while connecting, stands for."""
    text = str(error)
    if ("password authentication failed" in text or "no password supplied" in text
            or ("role" in text and "does not exist" in text)):
        return ServerLoginFailed(location.url, text.strip())  # type: ignore[arg-type]
    if "database" in text and "does not exist" in text:
        return ServerNotADossier(location.url, text.strip())  # type: ignore[arg-type]
    if "permission denied" in text:
        return ServerPermissionDenied(location.url, text.strip())  # type: ignore[arg-type]
    return ServerUnreachable(location.url, text.strip())  # type: ignore[arg-type]


def read_revision(connection: psycopg.Connection[Any]) -> str | None:
    """The Alembic revision of the server's schema, or None when it has none."""
    try:
        with connection.transaction():
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.errors.UndefinedTable:
        return None
    return row[0] if row else None


def check_schema(location: ServerLocation, connection: psycopg.Connection[Any]) -> None:
    """Raise unless the server holds a dossier of this program's schema revision."""
    revision = read_revision(connection)
    if revision is None:
        raise ServerNotADossier(location.url, "no schema")  # type: ignore[arg-type]
    if revision not in REVISIONS:
        raise DossierTooNew(location.url, revision)  # type: ignore[arg-type]
    if revision != HEAD_REVISION:
        raise ServerNeedsUpgrade(location.url, revision)  # type: ignore[arg-type]


def role_of(location: ServerLocation, connection: psycopg.Connection[Any]) -> ServerRole | None:
    """The strongest of the dossier's roles the connected user has (a superuser and the
    database's owner count as owners), or None."""
    row = connection.execute(
        "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()").fetchone()
    if row and row[0]:
        return ServerRole.OWNER
    for role in (ServerRole.OWNER, ServerRole.OFFICER, ServerRole.READER):
        found = connection.execute(
            "SELECT pg_has_role(current_user, r.oid, 'MEMBER') FROM pg_roles r "
            "WHERE r.rolname = %s", (group_role(location, role),)).fetchone()
        if found and found[0]:
            return role
    return None


def make_engine(location: ServerLocation, password: str | None) -> Engine:
    """A SQLAlchemy engine whose connections all come from :func:`connect`."""
    from sqlalchemy import create_engine, pool

    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect(location, password, autocommit=False),
        poolclass=pool.QueuePool, pool_size=2, pool_pre_ping=True)


class OpenedServer:
    """A server dossier opened by :func:`open_server`: the :class:`OpenedDossier` of the
    server kind."""

    holder = None
    upgraded = False
    working_copy = None
    is_read_only_copy = False
    drive = None

    def __init__(self, location: ServerLocation, password: str | None, *,
                 read_only: bool = False) -> None:
        self.location = location
        self.database_path = location
        self._password = password
        probe = connect(location, password)
        try:
            check_schema(location, probe)
            role = role_of(location, probe)
        finally:
            probe.close()
        if role is None:
            raise ServerPermissionDenied(location.url, "no dossier role")  # type: ignore[arg-type]
        self.role = role
        #: A reader may not write, whatever was asked.
        self.read_only = read_only or role is ServerRole.READER

    def make_engine(self) -> Engine:
        return make_engine(self.location, self._password)

    def connect(self, *, read_only: bool | None = None) -> ServerReader:
        """A plain-SQL reader (see :mod:`storage.server_reader`); the caller closes it."""
        return ServerReader(connect(self.location, self._password))

    def backup(self, reason: object, *, only_if_changed: bool = False) -> None:
        """The server's backups are made on the server (``pg_dump``), not here."""
        return None

    def save_to_drive(self) -> bool:
        return False

    def download(self, target: Path) -> int:
        """A local copy of the dossier in the new file ``target`` (see :func:`download`)."""
        return download(self.location, self._password, target)

    def close(self) -> None:
        """Nothing is held on a server between transactions."""


def open_server(location: ServerLocation, password: str | None = None, *,
                read_only: bool = False) -> OpenedServer:
    """Open a server dossier; raises the :class:`ServerError` subclasses,
    :class:`DossierTooNew` for a schema newer than this program."""
    return OpenedServer(location, password, read_only=read_only)


def open_dossier(location: ServerLocation, password: str | None = None, *,
                 read_only: bool = False, user_name: str | None = None) -> Dossier:
    """A :class:`Dossier` on a server: the same repositories write to it."""
    from ncm_desktop.storage.database import Dossier

    return Dossier.on(open_server(location, password, read_only=read_only),
                      user_name=user_name, owned=True)


# -- the IT officer's commands ---------------------------------------------------------


def init_schema(location: ServerLocation, password: str | None = None) -> str:
    """Create or upgrade the dossier's schema with the Alembic migrations, then create the
    three group roles and their grants; returns the revision now on the server.

    Run by the database's owner (or a superuser); everything happens in one transaction.
    """
    from alembic import command

    from ncm_desktop.storage.migrate import alembic_config

    probe = connect(location, password)
    try:
        revision = read_revision(probe)
    finally:
        probe.close()
    if revision is not None and revision not in REVISIONS:
        raise DossierTooNew(location.url, revision)  # type: ignore[arg-type]
    engine = make_engine(location, password)
    try:
        with _server_faults(location), engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(config, "head")  # type: ignore[arg-type]
            raw = connection.connection.driver_connection
            _create_roles(location, raw)  # type: ignore[arg-type]
            if not connection.in_transaction():
                raise RuntimeError("the schema and the roles must commit together")
    finally:
        engine.dispose()
    return HEAD_REVISION


def _create_roles(location: ServerLocation, connection: psycopg.Connection[Any]) -> None:
    reader, officer, owner = (sql.Identifier(group_role(location, role)) for role in
                              (ServerRole.READER, ServerRole.OFFICER, ServerRole.OWNER))
    for role in ServerRole:
        name = group_role(location, role)
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (name,)).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    database = sql.Identifier(location.database)
    statements = [
        "REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        "GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {reader}, {officer}, {owner}",
        "GRANT USAGE ON SCHEMA public TO {reader}, {officer}, {owner}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}, {officer}, {owner}",
        "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {officer}, {owner}",
        "REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {officer}, {owner}",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {officer}, {owner}",
        "GRANT {reader}, {officer} TO {owner} WITH ADMIN OPTION",
    ]
    for statement in statements:
        connection.execute(sql.SQL(statement).format(db=database, reader=reader,
                                                     officer=officer, owner=owner))


def grant(location: ServerLocation, password: str | None, user: str, role: ServerRole) -> None:
    """Give ``user`` (an existing PostgreSQL login) ``role`` on this dossier, in place of
    any other of its roles.  Run by an owner; raises :class:`ServerPermissionDenied`
    otherwise, and :class:`ServerLoginFailed` when there is no such user."""
    connection = connect(location, password)
    try:
        with _server_faults(location), connection.transaction():
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                  (user,)).fetchone() is None:
                raise ServerLoginFailed(location.url, f"no user {user!r}")  # type: ignore[arg-type]
            target = sql.Identifier(user)
            for other in ServerRole:
                if other is not role and _is_member(connection, user, group_role(location,
                                                                                 other)):
                    connection.execute(sql.SQL("REVOKE {} FROM {}").format(
                        sql.Identifier(group_role(location, other)), target))
            statement = "GRANT {} TO {}" + (" WITH ADMIN OPTION"
                                            if role is ServerRole.OWNER else "")
            connection.execute(sql.SQL(statement).format(
                sql.Identifier(group_role(location, role)), target))
    finally:
        connection.close()


def _is_member(connection: psycopg.Connection[Any], user: str, group: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = %s AND u.rolname = %s",
        (group, user)).fetchone()
    return row is not None


def upload(path: Path, location: ServerLocation, password: str | None = None) -> int:
    """Put the file dossier ``path`` on an initialised, empty server dossier, history and
    exchange bookkeeping included; returns the number of rows copied.  One transaction."""
    from sqlalchemy import func, select, text

    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.models import Base, DossierIdentity, Mechanism

    source = Dossier.open(path, read_only=True)
    try:
        engine = open_server(location, password).make_engine()
        try:
            with _server_faults(location), engine.begin() as target, \
                    source.engine.connect() as reading:
                if target.execute(select(func.count()).select_from(Mechanism)).scalar():
                    raise ServerNotEmpty(location.url, "")  # type: ignore[arg-type]
                # The server becomes that dossier: it takes the file's identity.
                target.execute(DossierIdentity.__table__.delete())
                copied = _copy(reading, target, Base.metadata.sorted_tables)
                target.execute(text(
                    "SELECT setval(pg_get_serial_sequence('change_log', 'id'), "
                    "coalesce(max(id), 0) + 1, false) FROM change_log"))
        finally:
            engine.dispose()
    finally:
        source.close()
    return copied


def download(location: ServerLocation, password: str | None, out: Path) -> int:
    """Copy a server dossier's records into a new file dossier ``out`` (which must not
    exist); returns the number of rows copied.

    The records keep their UUIDs, so that the copy can go offline and be merged back with
    exchange packages; it is a new dossier for the exchange (its own identity, no peers,
    its own history), like any other dossier that takes part in exchanges.
    """
    from sqlalchemy import delete

    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.exchange.rows import travelling_tables
    from ncm_desktop.storage.models import Mechanism

    out = Path(out)
    if out.exists():
        raise FileExistsError(17, os.strerror(17), str(out))
    temporary = out.with_name(f".{out.name}.{uuid.uuid4().hex}.download")
    server = open_server(location, password, read_only=True).make_engine()
    try:
        copy = Dossier.create(temporary)
        try:
            with _server_faults(location), server.connect() as reading, \
                    copy.engine.begin() as target:
                target.execute(delete(Mechanism.__table__))
                copied = _copy(reading, target, travelling_tables())
        finally:
            copy.close()
        os.replace(temporary, out)
    finally:
        server.dispose()
        temporary.unlink(missing_ok=True)
    return copied


def _copy(reading: Any, target: Any, tables: Any) -> int:
    from sqlalchemy import select

    copied = 0
    for table in tables:
        result = reading.execute(select(table))
        while rows := result.mappings().fetchmany(_CHUNK):
            target.execute(table.insert(), [dict(row) for row in rows])
            copied += len(rows)
    return copied


@contextlib.contextmanager
def _server_faults(location: ServerLocation) -> Iterator[None]:
    """Turn the driver's errors into :class:`ServerError` subclasses."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    try:
        yield
    except ServerError:
        raise
    except (DBAPIError, psycopg.Error) as error:
        original = getattr(error, "orig", error)
        if isinstance(original, psycopg.errors.InsufficientPrivilege):
            raise ServerPermissionDenied(location.url, str(original)) from error  # type: ignore[arg-type]
        if isinstance(error, OperationalError) or isinstance(original,
                                                              psycopg.OperationalError):
            raise ServerConnectionLost(location.url, str(original)) from error  # type: ignore[arg-type]
        raise
