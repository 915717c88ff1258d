"""A dossier on a USB stick or a network drive, worked on through a copy on this computer.

Why not open it where it is: USB sticks acknowledge writes they have not made yet, so
a stick pulled out (or a power cut) in the middle of SQLite's writes can leave a
damaged file; network file systems give SQLite neither the shared memory its
write-ahead log needs nor locks it can rely on.  SQLite's own advice for such media
is not to run a live database there.

So the open policy (:mod:`storage.opening`), for the window and the command line alike,
copies the dossier to the local disk with SQLite's backup API, works on that copy
(write-ahead log, ``synchronous=FULL``), and writes it back to the drive the safe way:
a complete new file beside the original, flushed, then renamed over it.  That happens
when the dossier is closed and, in the window, every minute while changes are made and
on File > Save to drive now.  At worst, pulling the stick out loses nothing: the local
copy stays, and the next time the dossier is opened its changes are written back (or,
if the file on the drive was changed elsewhere in the meantime, kept as a backup).

Standard library only: this runs before the window paints.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import uuid
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.storage import backups, drives, live_copies
from ncm_desktop.storage.atomic import atomic_write, fsync_folder
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.dossier_file import peek
from ncm_desktop.storage.errors import DossierDamaged, DossierError
from ncm_desktop.storage.live_copies import live_path  # noqa: F401 - asked of a copy too
from ncm_desktop.storage.sqlite_module import sqlite3

#: Seconds between write-backs while changes are being made.
WRITE_BACK_SECONDS = 60
FILE_NAME = "dossier.ncm"
STATE_NAME = "state.json"

def folder_for(original: Path) -> Path:
    digest = hashlib.sha256(str(Path(original).resolve()).encode()).hexdigest()[:20]
    return paths.data_dir() / "working-copies" / digest


def _signature(path: Path) -> list[int]:
    """Size and modification time: what tells that a file was rewritten."""
    status = path.stat()
    return [status.st_size, status.st_mtime_ns]


class WorkingCopy:
    """The local copy of one dossier; :meth:`sync` writes it back, :meth:`close` ends it."""

    def __init__(self, original: Path, local: Path, drive: drives.Drive) -> None:
        self.original = original
        self.local = local
        self.drive = drive
        #: Changes left on this computer by an earlier session were written back at open.
        self.recovered = False
        #: An earlier session's unsaved copy, backed up because the drive's file changed.
        self.kept_backup: Path | None = None
        self._watch = connect(local, read_only=True)
        self._synced_version: int | None = self._data_version()
        #: One write-back at a time (the window's worker thread, or File > Save).
        self._sync_guard = threading.Lock()

    @classmethod
    def open(cls, original: Path, drive: drives.Drive | None = None) -> WorkingCopy:
        """Copy ``original`` to this computer (or take up the copy an earlier session
        left) and return it; the caller holds the dossier's lock."""
        original = Path(original)
        folder = folder_for(original)
        local = folder / FILE_NAME
        leftover = _read_state(folder)
        reuse, kept = False, None
        if leftover is not None and local.exists():
            if leftover.get("signature") == _signature(original):
                reuse = True  # the drive's file is as we last wrote it: ours is newer
            else:
                kept = _keep_leftover(local)
        if not reuse:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
            _copy(original, local)
            _write_state(folder, original)
        copy = cls(original, local, drive or drives.detect(original))
        copy.kept_backup = kept
        live_copies.register(original, local)
        if reuse and not _same_content(original, local):
            copy.sync(force=True)
            copy.recovered = True
        return copy

    def sync(self, *, force: bool = False) -> bool:
        """Write the copy back to the drive if it changed; True when it was written.

        Raises :class:`OSError` when the drive cannot be written (removed, full); the
        copy on this computer is then unchanged and a later call tries again.
        """
        with self._sync_guard:
            return self._sync(force)

    def _sync(self, force: bool) -> bool:
        version = self._data_version()
        if not force and version == self._synced_version:
            return False
        temporary = self.original.with_name(f".{self.original.name}.{uuid.uuid4().hex}.tmp")
        try:
            target = sqlite3.connect(temporary)
            try:
                self._watch.backup(target)
                target.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                target.close()
            with temporary.open("rb") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, self.original)
            fsync_folder(self.original.parent)
        except sqlite3.Error as error:
            raise OSError(5, str(error), str(self.original)) from error
        finally:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass  # the drive is gone; nothing was replaced
        _write_state(self.local.parent, self.original)
        self._synced_version = version
        return True

    def close(self) -> None:
        """Write back what changed and remove the local copy.

        If the write-back fails the copy is kept (and :class:`OSError` raised): the next
        open of the dossier finds it and writes it back.
        """
        try:
            self.sync()
        finally:
            self._watch.close()
            live_copies.forget(self.original)
        shutil.rmtree(self.local.parent, ignore_errors=True)

    def _data_version(self) -> int:
        """Changes whenever another connection commits to the copy."""
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])


def read_only_copy(original: Path) -> Path:
    """A private, consistent copy of ``original`` in the cache folder, for reading only
    (a read-only view of a dossier that needs an upgrade it must not be given)."""
    folder = paths.cache_dir() / "snapshots"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex}.ncm"
    _copy(Path(original), target)
    return target


def _copy(source_path: Path, target: Path) -> None:
    """A consistent copy of ``source_path`` (write-ahead log included), made under a
    temporary name and renamed when complete.  The source is read through
    :func:`dossier_file.peek`, which leaves no ``-wal`` or ``-shm`` file beside it."""
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        source = peek(source_path)
        try:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(temporary, target)
    except sqlite3.DatabaseError as error:
        raise DossierDamaged(source_path, str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)


def _same_content(original: Path, local: Path) -> bool:
    try:
        first = connect(original, read_only=True)
        second = connect(local, read_only=True)
        try:
            return backups.content_mark(first) == backups.content_mark(second)
        finally:
            first.close()
            second.close()
    except (sqlite3.Error, DossierError):
        return False


def _keep_leftover(local: Path) -> Path | None:
    """Back up a copy left by an earlier session whose drive file changed since."""
    try:
        return backups.backup_now(local, backups.Reason.WORKING_COPY).path
    except (DossierError, OSError):
        return None


def _read_state(folder: Path) -> dict[str, object] | None:
    try:
        data = json.loads((folder / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_state(folder: Path, original: Path) -> None:
    with atomic_write(folder / STATE_NAME, "w") as stream:
        json.dump({"original": str(original.resolve()), "signature": _signature(original)},
                  stream)
