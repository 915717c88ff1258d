"""The one way a dossier is opened, by the window and the command line alike.

:func:`open_dossier` applies the whole policy and returns an :class:`OpenedDossier`:
what was opened, whether it may be written, who else holds it, and an engine on it.
Both faces then work through :class:`storage.database.Dossier` (``Dossier.open`` is this
policy; the window's :class:`ui.dossier_context.DossierContext` builds on it).

Today every location is a file, opened as :class:`OpenedFile`:

1. recognise it (:func:`dossier_file.inspect`: missing, foreign, damaged, too new);
2. for writing: check the file and its folder can be written, take the lock (one writer
   at a time), and work on a local copy when it lives on a USB stick or a network drive
   (:mod:`storage.working_copy`);
   for reading: note who holds the lock, and read a private upgraded copy of a dossier
   whose schema is older (it must not be upgraded by someone who only reads it);
3. ``quick_check`` the file actually open;
4. for writing, upgrade an older schema (backed up first, put back on failure).

The lock, the working copy, ``quick_check``, the read-only copy and the backups belong
to the file kind: another kind of location would bring its own :class:`OpenedDossier`.
Standard library only (SQLAlchemy and Alembic are imported when an engine or an upgrade
is needed), so the window still paints before they load.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ncm_desktop.storage import dossier_file, drives, lock
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.sqlite_module import sqlite3
from ncm_desktop.storage.working_copy import WorkingCopy, read_only_copy

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ncm_desktop.storage.backups import Backup
    from ncm_desktop.storage.enums import BackupReason
    from ncm_desktop.storage.lock_owner import LockOwner


class OpenedDossier(Protocol):
    """A dossier opened by :func:`open_dossier`, whatever kind of location holds it."""

    #: What the user opened.
    location: Path
    read_only: bool
    #: Who has it open for writing, when it was opened read-only because it is in use.
    holder: LockOwner | None
    #: Whether the schema was upgraded while opening (the upgrade made its own backup).
    upgraded: bool

    def make_engine(self) -> Engine: ...

    def close(self) -> None: ...


def open_dossier(location: Path, *, read_only: bool = False, take_over: bool = False,
                 force: bool = False, verify: bool = True,
                 drive: drives.Drive | None = None) -> OpenedFile:
    """Open ``location`` for writing, or for reading only, under the open policy.

    For writing, :class:`DossierInUse` is raised when another program holds the lock:
    ``take_over`` replaces it (the user agreed that its program has stopped), ``force``
    (the command line's ``--force``) takes it only from a program that has stopped or
    from another computer.  ``verify`` is skipped only by a caller that has just checked
    the file.  ``drive`` is what holds the file, detected when not given.  Raises the
    :class:`DossierError` subclasses of each step; a failure leaves nothing held.
    """
    return OpenedFile(Path(location), read_only=read_only, take_over=take_over,
                      force=force, verify=verify, drive=drive)


class OpenedFile:
    """A dossier file opened under the policy; :meth:`close` gives everything back."""

    def __init__(self, location: Path, *, read_only: bool, take_over: bool, force: bool,
                 verify: bool, drive: drives.Drive | None) -> None:
        self.location = location
        self.read_only = read_only
        self.drive = drive or drives.detect(location)
        #: The file actually open: the dossier, or a copy of it on this computer.
        self.database_path = location
        self.working_copy: WorkingCopy | None = None
        self.holder: LockOwner | None = None
        #: Whether a read-only view shows a private copy upgraded for this version.
        self.is_read_only_copy = False
        self.upgraded = False
        self._locked = False
        self._closed = False
        info = dossier_file.inspect(location)
        try:
            if read_only:
                found = lock.read_owner(location)
                self.holder = found[0] if found else None
                if info.needs_upgrade:
                    self._open_read_only_copy()
            else:
                dossier_file.check_writable(location)
                if take_over:
                    lock.acquire(location, take_over=True)
                else:
                    lock.acquire_with_force(location, force=force)
                self._locked = True
                if self.drive.needs_working_copy:
                    self.working_copy = WorkingCopy.open(location, self.drive)
                    self.database_path = self.working_copy.local
            if verify:
                dossier_file.quick_check(self.database_path)
            if info.needs_upgrade and not read_only:
                from ncm_desktop.storage import migrate

                migrate.upgrade_safely(self.database_path)
                self.upgraded = True
        except BaseException:
            self._release()
            raise

    def _open_read_only_copy(self) -> None:
        """Show an older dossier without upgrading it: upgrade a private copy instead."""
        from ncm_desktop.storage import migrate

        self.database_path = read_only_copy(self.location)
        self.is_read_only_copy = True
        migrate.upgrade(self.database_path)

    def make_engine(self) -> Engine:
        """A SQLAlchemy engine on the file actually open."""
        from ncm_desktop.storage.engine import make_engine

        return make_engine(self.database_path, read_only=self.read_only)

    def connect(self, *, read_only: bool | None = None) -> sqlite3.Connection:
        """A plain sqlite3 connection to the file actually open (read-only when the
        dossier is, or when asked); the caller closes it."""
        return connect(self.database_path,
                       read_only=self.read_only if read_only is None else read_only)

    def backup(self, reason: BackupReason | str, *, only_if_changed: bool = False
               ) -> Backup | None:
        """Back the dossier up (its working copy, when it has one, holds the latest
        changes); ``only_if_changed`` skips it when the latest backup holds the same."""
        from ncm_desktop.storage import backups

        if only_if_changed:
            return backups.automatic_backup(self.location, reason)
        return backups.backup_now(self.location, reason)

    def save_to_drive(self) -> bool:
        """Write a working copy back to its drive; False when there is none or nothing
        had changed.  Raises :class:`OSError` when the drive cannot be written."""
        return self.working_copy.sync() if self.working_copy is not None else False

    def close(self) -> None:
        """Write a working copy back, remove a read-only copy, give up the lock.

        Raises :class:`OSError` when a working copy could not be written back: its
        changes stay on this computer and are written back at the next open.  The
        connections and engines made on the file must be closed first.
        """
        if not self._closed:
            self._closed = True
            self._release()

    def _release(self) -> None:
        try:
            if self.working_copy is not None:
                copy, self.working_copy = self.working_copy, None
                copy.close()
        finally:
            if self.is_read_only_copy:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{self.database_path}{suffix}").unlink(missing_ok=True)
            if self._locked:
                self._locked = False
                lock.release(self.location)
