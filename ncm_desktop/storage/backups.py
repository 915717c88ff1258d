"""Automatic, rotating backups of a dossier in the user's data folder, and their restore.

A backup is made with ``VACUUM INTO`` on a read-only connection: one consistent
snapshot of the live file, write-ahead log included, written compact and single-file
(rollback journal) under a temporary name, flushed to disk, then renamed: never a
plain copy of a live file, never a half-written backup.

Backups of one dossier share a folder under :func:`paths.backups_dir`, named after the
mechanism's UUID, so that they follow the dossier when it is renamed or carried to
another folder; the folder's ``dossier.json`` remembers the paths the dossier had, so
that the backups of a file too damaged to read are still found.  A backup's file name
holds its time (UTC) and reason: ``20260512T103000123456Z-open.ncm``.

When backups are made: at open and every 30 minutes while changes are made (skipped
when nothing changed since the last backup), and always before a migration, a restore,
an import or a merge (:func:`backup_now`, public for those features).  After each
backup the folder is thinned the way Anki does it (:func:`backups_to_keep`).

Standard library only: the window backs up a dossier before SQLAlchemy is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.storage import dossier_file, live_copies, lock
from ncm_desktop.storage.atomic import atomic_write, fsync_folder
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.enums import BackupReason as Reason  # re-exported: backups.Reason
from ncm_desktop.storage.errors import DossierDamaged, DossierError
from ncm_desktop.storage.sqlite_module import sqlite3

#: Minutes between automatic backups while the dossier is being changed.
INTERVAL_MINUTES = 30
MANIFEST = "dossier.json"
SUFFIX = ".ncm"
_NAME = re.compile(r"^(\d{8}T\d{12})Z-([a-z-]+)\.ncm$")
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    created: datetime  # aware, UTC
    reason: str
    size: int


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, read from the backup file itself."""

    revision: str
    organisations: int | None
    people: int | None


# -- retention ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """Anki's rule: everything recent, then one a day, one a week, one a month."""

    recent_hours: int = 24
    recent_limit: int = 48
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def backups_to_keep(times: Iterable[datetime], now: datetime,
                    policy: RetentionPolicy = RetentionPolicy(),
                    zone: tzinfo = UTC) -> set[datetime]:
    """Which of ``times`` (aware datetimes) to keep.

    From the newest: every backup of the last ``recent_hours`` (at most
    ``recent_limit``); then the newest of each calendar day not yet covered, for
    ``daily`` days; then of each ISO week, for ``weekly`` weeks; then of each month, for
    ``monthly`` months.  Days, weeks and months are those of ``zone``.
    """
    keep: set[datetime] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    months: set[object] = set()
    recent = daily = weekly = monthly = 0
    for moment in sorted(set(times), reverse=True):
        local = moment.astimezone(zone)
        day, week, month = local.date(), local.isocalendar()[:2], (local.year, local.month)
        if now - moment <= timedelta(hours=policy.recent_hours) and \
                recent < policy.recent_limit:
            recent += 1
        elif day not in days and daily < policy.daily:
            daily += 1
        elif week not in weeks and weekly < policy.weekly:
            weekly += 1
        elif month not in months and monthly < policy.monthly:
            monthly += 1
        else:
            continue
        keep.add(moment)
        days.add(day)
        weeks.add(week)
        months.add(month)
    return keep


# -- making backups -------------------------------------------------------------------


def backup_now(dossier: Path, reason: Reason | str) -> Backup:
    """Back ``dossier`` up now, whatever changed, and thin its backups.

    Call it before an import or a merge (``Reason.IMPORT``, ``Reason.MERGE``).  When
    the window works on a local copy of ``dossier`` (removable or network drive), the
    copy is what gets backed up, since it holds the latest changes.  Raises
    :class:`DossierError` for a file that is not a sound dossier and :class:`OSError`
    when the backup cannot be written (full disk).
    """
    made = _backup(Path(dossier), Reason(reason), only_if_changed=False)
    assert made is not None
    return made


def automatic_backup(dossier: Path, reason: Reason | str = Reason.TIMER) -> Backup | None:
    """Back ``dossier`` up unless its latest backup already holds the same content."""
    return _backup(Path(dossier), Reason(reason), only_if_changed=True)


def _backup(dossier: Path, reason: Reason, *, only_if_changed: bool) -> Backup | None:
    source_path = live_copies.live_path(dossier) or dossier
    dossier_file.inspect(source_path)
    source = connect(source_path, read_only=True)
    try:
        identity, name = _identity(source, dossier)
        folder = paths.backups_dir() / identity
        folder.mkdir(parents=True, exist_ok=True)
        if only_if_changed:
            latest = next(iter(list_folder(folder)), None)
            if latest is not None and _same_content(source, latest.path):
                return None
        now = datetime.now(UTC)
        target = folder / f"{now.strftime(_STAMP)}Z-{reason.value}{SUFFIX}"
        temporary = folder / f".{target.name}.{uuid.uuid4().hex}.tmp"
        try:
            source.execute("VACUUM INTO ?", (str(temporary),))
            with temporary.open("rb") as handle:
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and "malformed" not in str(error):
                raise OSError(5, str(error), str(target)) from error
            raise DossierDamaged(dossier, str(error)) from error
        finally:
            temporary.unlink(missing_ok=True)
        fsync_folder(folder)
    finally:
        source.close()
    _remember(folder, identity, name, dossier)
    prune(folder, now)
    _remove_leftovers(folder)
    return Backup(target, now, reason.value, target.stat().st_size)


def content_mark(connection: sqlite3.Connection) -> str:
    """A fingerprint of the content: rows and latest change of every table, and the
    last change-log entry.  Equal marks mean nothing was written in between."""
    parts: list[object] = []
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for table in tables:
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        latest = "max(modified_at)" if "modified_at" in columns else \
            "max(id)" if table == "change_log" else "NULL"
        parts.append((table, *connection.execute(
            f'SELECT count(*), {latest} FROM "{table}"').fetchone()))
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _same_content(source: sqlite3.Connection, backup: Path) -> bool:
    try:
        other = _open_backup(backup)
        try:
            return content_mark(other) == content_mark(source)
        finally:
            other.close()
    except sqlite3.Error:
        return False


def _identity(connection: sqlite3.Connection, dossier: Path) -> tuple[str, str]:
    """The folder name of a dossier's backups (its mechanism's UUID) and its name."""
    try:
        row = connection.execute(
            "SELECT id, name FROM mechanism ORDER BY created_at LIMIT 1").fetchone()
    except sqlite3.Error:
        row = None
    if row is not None:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            raw = row[0] if isinstance(row[0], str) else row[0].decode()
            return uuid.UUID(hex=raw).hex, str(row[1] or "")
    return _path_identity(dossier), ""


def _path_identity(dossier: Path) -> str:
    return "path-" + hashlib.sha256(str(dossier.resolve()).encode()).hexdigest()[:24]


def _remember(folder: Path, identity: str, name: str, dossier: Path) -> None:
    """Keep the dossier's current path first in the folder's manifest."""
    manifest = _read_manifest(folder)
    where = str(dossier.resolve())
    known = [p for p in manifest.get("paths", []) if isinstance(p, str) and p != where]
    data = {"identity": identity, "name": name or manifest.get("name", ""),
            "paths": [where, *known][:20]}
    if data != manifest:
        with atomic_write(folder / MANIFEST, "w") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=1)


def _read_manifest(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def prune(folder: Path, now: datetime, policy: RetentionPolicy = RetentionPolicy()) -> list[Path]:
    """Delete the backups in ``folder`` that the retention policy does not keep."""
    backups = list_folder(folder)
    keep = backups_to_keep((b.created for b in backups), now, policy,
                           zone=datetime.now().astimezone().tzinfo or UTC)
    removed = []
    for backup in backups:
        if backup.created not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _remove_leftovers(folder: Path, older_than_s: float = 3600.0) -> None:
    """Delete temporary files of backups interrupted by a crash (hidden, never listed).
    Only old ones: another program may be writing a backup of the same dossier now."""
    limit = time.time() - older_than_s
    for leftover in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()


# -- finding and reading backups ------------------------------------------------------


def list_folder(folder: Path) -> list[Backup]:
    """The backups in one folder, newest first."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for item in entries:
        match = _NAME.match(item.name)
        if not match or not item.is_file():
            continue
        created = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
        found.append(Backup(Path(item.path), created, match[2], item.stat().st_size))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def folders_for(dossier: Path) -> list[Path]:
    """Every backup folder of ``dossier``: its mechanism's, and any whose manifest
    lists its path (found even when the file itself can no longer be read)."""
    dossier = Path(dossier)
    root = paths.backups_dir()
    folders: list[Path] = []
    try:
        connection = dossier_file.peek(dossier)
        try:
            identity, _ = _identity(connection, dossier)
        finally:
            connection.close()
        if (root / identity).is_dir():
            folders.append(root / identity)
    except sqlite3.Error:
        pass
    where = str(dossier.resolve())
    for manifest in sorted(root.glob(f"*/{MANIFEST}")):
        listed = _read_manifest(manifest.parent).get("paths", [])
        if isinstance(listed, list) and where in listed and manifest.parent not in folders:
            folders.append(manifest.parent)
    return folders


def backups_for(dossier: Path) -> list[Backup]:
    """Every backup of ``dossier``, newest first."""
    found = [b for folder in folders_for(dossier) for b in list_folder(folder)]
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def summary(backup: Path) -> BackupSummary:
    """Revision and counts of organisations and people in ``backup``."""
    connection = _open_backup(backup)
    try:
        revision = dossier_file.read_revision(connection) or ""
        return BackupSummary(revision, _count(connection, "organisation"),
                             _count(connection, "person"))
    finally:
        connection.close()


def is_usable(backup: Path) -> bool:
    """Whether ``backup`` is a sound dossier this program can open."""
    try:
        dossier_file.inspect(backup)
        dossier_file.quick_check(backup)
    except DossierError:
        return False
    return True


def latest_good(dossier: Path) -> Backup | None:
    """The newest backup of ``dossier`` that passes the checks, if any."""
    return next((b for b in backups_for(dossier) if is_usable(b.path)), None)


def _open_backup(backup: Path) -> sqlite3.Connection:
    """Backups are never written to: ``immutable`` spares the locking and side files."""
    return sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _count(connection: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.Error:
        return None


# -- restoring ------------------------------------------------------------------------


def restore(dossier: Path, backup: Path, *, force: bool = False) -> Backup | None:
    """Replace ``dossier`` by the content of ``backup``, after backing up its state.

    The dossier must be closed (its lock is taken for the duration).  The backup is
    checked first; it is copied with SQLite's backup API into a temporary file beside
    the dossier, which is renamed over it; the dossier's old ``-wal``/``-shm``/
    ``-journal`` files are removed before, since they belong to the old file.  A
    dossier too damaged to back up is kept byte for byte in its backup folder as
    ``…-damaged.ncm.damaged``.  ``force`` takes over a lock left by a program that
    stopped (:func:`lock.acquire_with_force`).  Returns the backup of the state it
    replaced, if any.
    """
    dossier, backup = Path(dossier), Path(backup)
    dossier_file.inspect(backup)
    dossier_file.quick_check(backup)
    lock.acquire_with_force(dossier, force=force)
    temporary = dossier.with_name(f".{dossier.name}.{uuid.uuid4().hex}.restore.tmp")
    try:
        before = None
        if dossier.exists():
            try:
                # A copy made with VACUUM INTO can succeed on a damaged file (a broken
                # index is rebuilt, not read): check it first, keep its bytes if damaged.
                dossier_file.quick_check(dossier)
                before = backup_now(dossier, Reason.RESTORE)
            except (DossierError, OSError):
                _keep_damaged(dossier)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                target.close()
        finally:
            source.close()
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm", "-journal"):
            dossier.with_name(dossier.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, dossier)
        fsync_folder(dossier.parent)
        return before
    finally:
        temporary.unlink(missing_ok=True)
        lock.release(dossier)


def _keep_damaged(dossier: Path) -> Path:
    folder = paths.backups_dir() / _path_identity(dossier)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = folder / f"{stamp}Z-damaged{SUFFIX}.damaged"
    shutil.copyfile(dossier, kept)
    _remember(folder, folder.name, "", dossier)
    return kept
