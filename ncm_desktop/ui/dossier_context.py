"""The open dossier as the window sees it: fast reads at once, writes when asked.

Reads for the lists go through a plain sqlite3 connection (:mod:`storage.queries`),
available as soon as the file is recognised.  The SQLAlchemy side, which every write
needs, is opened on first use or shortly after the window is shown; pages never notice
which one they got.

Opening follows the one open policy of :mod:`storage.opening` (the lock, ``quick_check``
before anything is shown or written, a local working copy for a dossier on a removable
or network drive, the upgrade of an older schema), as the command line does.  While
it is open, it is backed up at open and every 30 minutes when it changed, and a working
copy is written back to its drive every minute when it changed.  Those backups and
write-backs run on a worker thread, one at a time, so that a slow disk or USB stick
never freezes the window.  All of this uses the standard library only, so the window
still paints before SQLAlchemy is imported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ncm_desktop.storage import drives, opening
from ncm_desktop.storage.errors import DossierError
from ncm_desktop.storage.sqlite_module import sqlite3
from ncm_desktop.storage.working_copy import WRITE_BACK_SECONDS, WorkingCopy

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from ncm_desktop.storage.backups import Backup
    from ncm_desktop.storage.cascade_delete import DeletedRows
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.enums import BackupReason
    from ncm_desktop.storage.lock_owner import LockOwner
    from ncm_desktop.storage.server import OpenedServer

#: How long after opening the backup at open is made (the window paints first).
AFTER_OPEN_DELAY_MS = 400
#: How often a server dossier is asked whether other users changed something.
POLL_MS = 2000


class DossierContext(QObject):
    """Emits :attr:`changed` with the names of the tables a write touched."""

    changed = Signal(set)
    #: Emitted with a description when there is (or no longer is) a delete to undo.
    undo_changed = Signal(str)
    # These three may be emitted from the worker thread; Qt queues them to the window.
    #: An automatic backup failed, with the exception.
    problem = Signal(object)
    #: The working copy could not be written back to its drive, with the OSError.
    sync_failed = Signal(object)
    #: The working copy was written back to its drive.
    synced = Signal()

    def __init__(self, path: Path | None, *, read_only: bool = False, take_over: bool = False,
                 drive: drives.Drive | None = None, parent: QObject | None = None,
                 opened: OpenedServer | None = None) -> None:
        """Raises :class:`DossierError` subclasses: :class:`DossierInUse` when another
        program holds the dossier (``take_over`` replaces its lock, after the user
        agreed), :class:`DossierDamaged` when the check at open fails.  ``drive`` is
        what holds the dossier, detected when not given.  ``opened``: a server dossier
        already opened (:func:`storage.server.open_server`), in place of ``path``."""
        super().__init__(parent)
        #: A server dossier: no lock, backups or drive; other users' changes are polled.
        self.on_server = opened is not None
        self._opened = opened if opened is not None else opening.open_dossier(
            path, read_only=read_only, take_over=take_over, drive=drive)  # type: ignore[arg-type]
        self.read_only = self._opened.read_only
        self._dossier: Dossier | None = None
        self._undo: tuple[str, DeletedRows] | None = None
        self._closed = False
        self._open_backup_pending = not read_only and not self._opened.upgraded
        self._pending_guard = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None
        #: The reader's ``PRAGMA data_version`` at the last backup: it changes whenever
        #: another connection commits, so an unchanged value means nothing to back up.
        self._backed_up_version: int | None = None
        try:
            self.reader: sqlite3.Connection = self._opened.connect()
            #: The worker's own connection, to see whether anything was committed.
            self._watch = self._opened.connect(read_only=True)
        except BaseException:
            self._opened.close()
            raise
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(lambda: self._submit(self.backup_on_timer))
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(WRITE_BACK_SECONDS * 1000)
        self._sync_timer.timeout.connect(lambda: self._submit(self._sync_on_timer))
        if not self.read_only and not self.on_server:
            QTimer.singleShot(AFTER_OPEN_DELAY_MS, self._start_backups)
        if self.working_copy is not None:
            self._sync_timer.start()
        self._poll_timer = QTimer(self)
        if self.on_server:
            from ncm_desktop.storage import queries

            self._seen_change = queries.latest_change(self._watch)
            self._poll_timer.setInterval(POLL_MS)
            self._poll_timer.timeout.connect(self.poll_changes)
            self._poll_timer.start()

    @property
    def path(self) -> Path:
        """The dossier the user opened."""
        return self._opened.location

    @property
    def drive(self) -> drives.Drive:
        return self._opened.drive

    @property
    def database_path(self) -> Path:
        """The file actually open: the dossier, or its copy on this computer."""
        return self._opened.database_path

    @property
    def working_copy(self) -> WorkingCopy | None:
        return self._opened.working_copy

    @property
    def holder(self) -> LockOwner | None:
        """Who has the dossier open, when it was opened read-only because it is in use."""
        return self._opened.holder

    @property
    def is_snapshot(self) -> bool:
        """Whether a read-only view shows a private copy upgraded for this version."""
        return self._opened.is_read_only_copy

    def writer(self) -> Dossier:
        """The dossier opened through SQLAlchemy, for writes and rich reads."""
        if self._dossier is None:
            from ncm_desktop.storage.database import Dossier

            self._dossier = Dossier.on(self._opened)
        return self._dossier

    def notify(self, *tables: str) -> None:
        """Tell every page that these tables changed, so that they reload."""
        self.changed.emit(set(tables))

    def announce_changes(self) -> None:
        """Tell every page which tables the writes since the last call changed, as the
        data layer saw them (:meth:`Dossier.take_changes`)."""
        tables = self._dossier.take_changes() if self._dossier is not None else ()
        if tables:
            self.notify(*tables)

    @property
    def folder(self) -> Path:
        """Where file dialogs start: the dossier's folder, or the dossiers folder for a
        server dossier."""
        if self.on_server:
            from ncm_desktop import paths

            return paths.data_dir()
        return self._opened.location.parent

    @property
    def name(self) -> str:
        """The file's name without ``.ncm``, or the server database's name."""
        location = self._opened.location
        return location.database if self.on_server else location.stem  # type: ignore[union-attr]

    def save_copy(self, target: Path) -> None:
        """A copy of the dossier as the new file ``target`` (for a server dossier: its
        records, to work offline; see :func:`storage.server.download`)."""
        if self.on_server:
            self._opened.download(target)  # type: ignore[union-attr]
            return
        from ncm_desktop.storage import files

        files.save_copy(self.reader, target)

    @property
    def role(self) -> str:
        """The user's role on a server dossier (``reader``, ``officer``, ``owner``), or
        "" for a file."""
        return str(getattr(self._opened, "role", ""))

    def poll_changes(self) -> None:
        """On a server: announce the tables that other users' changes (or this window's)
        wrote since the last look, through the same :attr:`changed` as this window's
        writes; a lost connection is reported through :attr:`problem`."""
        if self._closed or not self.on_server:
            return
        from ncm_desktop.storage import queries

        try:
            latest = queries.latest_change(self._watch)
            if latest == self._seen_change:
                return
            tables = queries.tables_changed_since(self._watch, self._seen_change)
        except Exception as error:  # noqa: BLE001 - the driver's errors, told to the user
            from ncm_desktop.storage.errors import ServerConnectionLost

            self._poll_timer.stop()
            self.problem.emit(ServerConnectionLost(self.path, str(error)))  # type: ignore[arg-type]
            return
        self._seen_change = latest
        if tables:
            self.notify(*tables)

    # -- backups and the drive -------------------------------------------------------

    def _start_backups(self) -> None:
        """After the first paint: the backup at open, and every 30 minutes after it."""
        from ncm_desktop.storage import backups

        if self._closed:
            return
        self._backup_timer.setInterval(backups.INTERVAL_MINUTES * 60_000)
        self._backup_timer.start()
        self._submit(self.backup_at_open)

    def backup_at_open(self) -> None:
        """Back the dossier up once after opening (skipped if its latest backup already
        holds the same content)."""
        with self._pending_guard:
            if not self._open_backup_pending or self._closed:
                return
            self._open_backup_pending = False
        from ncm_desktop.storage import backups

        version = self._data_version()
        if self._background(lambda: self._opened.backup(backups.Reason.OPEN,
                                                        only_if_changed=True)):
            self._backed_up_version = version

    def backup_now(self, reason: BackupReason | str) -> Backup:
        """A backup of the current state (of the working copy, if there is one)."""
        made = self._opened.backup(reason)
        assert made is not None
        return made

    def save_to_drive(self) -> bool:
        """Write a working copy back to its drive now; False when nothing had changed.
        Raises :class:`OSError` when the drive cannot be written."""
        written = self._opened.save_to_drive()
        if written:
            self.synced.emit()
        return written

    def backup_on_timer(self) -> None:
        """Every 30 minutes: back up if anything was committed since the last backup."""
        if self._closed:
            return
        version = self._data_version()
        if version == self._backed_up_version:
            return
        from ncm_desktop.storage import backups

        if self._background(lambda: self._opened.backup(backups.Reason.TIMER)):
            self._backed_up_version = version

    def _data_version(self) -> int:
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def _sync_on_timer(self) -> None:
        try:
            self.save_to_drive()
        except OSError as error:
            self.sync_failed.emit(error)

    def _background(self, task: Callable[[], object]) -> bool:
        """Run ``task``; a failure is reported through :attr:`problem`, never raised."""
        try:
            task()
        except (DossierError, OSError, sqlite3.Error) as error:
            self.problem.emit(error)
            return False
        return True

    def _submit(self, task: Callable[[], None]) -> None:
        """Run ``task`` on the worker thread (created on first use, after the paint)."""
        if self._closed:
            return
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier")
        self._worker.submit(self._guarded, task)

    def wait_for_background(self) -> None:
        """Return once the backups and write-backs under way are done."""
        if self._worker is not None and not self._closed:
            self._worker.submit(lambda: None).result()  # one worker: runs after the others

    def _guarded(self, task: Callable[[], None]) -> None:
        try:
            task()
        except Exception as error:  # noqa: BLE001 - a worker must report, never vanish
            self.problem.emit(error)

    # -- undo ------------------------------------------------------------------------

    def remember_delete(self, description: str, deleted: DeletedRows) -> None:
        """Keep the last delete so that Edit > Undo can put it back."""
        self._undo = (description, deleted)
        self.undo_changed.emit(description)

    @property
    def undo_description(self) -> str:
        return self._undo[0] if self._undo else ""

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        from ncm_desktop.storage import repository

        _, deleted = self._undo
        repository.undo_delete(self.writer(), deleted)
        self._undo = None
        self.undo_changed.emit("")
        self.announce_changes()

    # -- closing ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections, write a working copy back, give up the lock.

        Raises :class:`OSError` when a working copy could not be written back: its
        changes stay on this computer and are written back at the next open.
        """
        if self._closed:
            return
        self._closed = True
        self._backup_timer.stop()
        self._sync_timer.stop()
        self._poll_timer.stop()
        if self._worker is not None:
            self._worker.shutdown(wait=True)  # a backup or write-back under way ends first
        self._watch.close()
        self.reader.close()
        if self._dossier is not None:
            self._dossier.close()
            self._dossier = None
        self._opened.close()

    @property
    def closed(self) -> bool:
        return self._closed
