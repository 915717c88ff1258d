"""One writer at a time: a small lock file beside the dossier, as GnuCash does.

``.NAME.ncm.lock`` records who holds the dossier open for writing (computer, process,
user, when that process started, when the dossier was opened).  It is created
exclusively (a hard link from a complete temporary file, or ``O_EXCL`` on file systems
without hard links such as FAT), so two programs can never both believe they hold it.

A lock whose program has stopped is *stale*: on the same computer, its process is gone
or the number now belongs to a process that started at another time.  A lock from
another computer cannot be checked; the user decides (it may be a laptop that crashed
with the USB stick in it).  Standard library only: this runs before the window paints.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import getpass
import os
import platform
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from ncm_desktop import __version__
from ncm_desktop.storage.errors import DossierInUse, FolderNotWritable
from ncm_desktop.storage.lock_owner import LockOwner

#: A lock file that cannot be read for this long was left half-written by a crash.
UNREADABLE_GRACE_S = 10.0


def lock_path(dossier: Path) -> Path:
    dossier = Path(dossier)
    return dossier.with_name(f".{dossier.name}.lock")


def host_name() -> str:
    return platform.node() or "?"


def user_name() -> str:
    """The operating system's name for the person logged in ("" when it has none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def current_owner() -> LockOwner:
    return LockOwner(host=host_name(), pid=os.getpid(), user=user_name(),
                     started=process_start(os.getpid()) or "",
                     opened_at=datetime.now(UTC).isoformat(timespec="seconds"),
                     program=f"NCM Desktop {__version__}")


# -- processes ----------------------------------------------------------------------


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, as an opaque text; None when no such process runs,
    "" when it runs but its start time cannot be read."""
    if pid <= 0:
        return None
    if sys.platform.startswith("linux"):
        return _linux_start(pid)
    if sys.platform == "win32":
        return _windows_start(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return ""
    return ""


def _linux_start(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2:].split()
    if len(fields) < 20 or fields[0] == "Z":
        return None  # a zombie has stopped: only its exit status is left
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        boot = ""
    return f"{boot}:{fields[19]}"


def _windows_start(pid: int) -> str | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return "" if ctypes.GetLastError() == 5 else None  # 5: access denied, so it runs
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != 259:
            return None  # 259: STILL_ACTIVE
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return ""
        return str((times[0].dwHighDateTime << 32) | times[0].dwLowDateTime)
    finally:
        kernel32.CloseHandle(handle)


def is_stale(owner: LockOwner, *, age_s: float = 0.0) -> bool:
    """Whether the program that wrote ``owner`` has certainly stopped."""
    if not owner.host:  # unreadable lock left by a crash while it was being written
        return age_s > UNREADABLE_GRACE_S
    if owner.host != host_name():
        return False
    start = process_start(owner.pid)
    if start is None:
        return True
    return bool(owner.started and start and start != owner.started)


# -- the lock -----------------------------------------------------------------------

#: Dossiers (resolved paths) this process holds, with how many times.
_held: dict[str, int] = {}
_held_guard = threading.Lock()


@atexit.register
def _release_all() -> None:
    """A program that ends without closing its dossiers leaves no lock behind (a crash
    does, and the next program recognises it as stale)."""
    for key in list(_held):
        _held[key] = 1
        release(Path(key))


def read_owner(dossier: Path) -> tuple[LockOwner, float] | None:
    """Who holds ``dossier`` and for how many seconds the lock file has existed; None
    when nobody does.  An unreadable lock gives an owner with no host."""
    path = lock_path(dossier)
    for attempt in range(3):
        try:
            text = path.read_text(encoding="utf-8")
            age = max(0.0, time.time() - path.stat().st_mtime)
        except FileNotFoundError:
            return None
        except OSError:
            text, age = "", 0.0
        try:
            return LockOwner.from_json(text), age
        except ValueError:
            if attempt < 2:
                time.sleep(0.05)  # perhaps being written right now
    return LockOwner(host="", pid=0, user="", started="", opened_at=""), age


def acquire(dossier: Path, *, take_over: bool = False) -> None:
    """Hold ``dossier`` for writing, or raise :class:`DossierInUse`.

    Re-entrant within one process (each call needs a :func:`release`).  With
    ``take_over`` an existing lock is replaced: the caller has the user's word that its
    program no longer runs.
    """
    key = str(Path(dossier).resolve())
    with _held_guard:
        if key in _held:
            _held[key] += 1
            return
        me = current_owner()
        if not _create(dossier, me):
            found = read_owner(dossier)
            if found is not None:
                owner, age = found
                if not (owner.same_process(me) or take_over):
                    raise DossierInUse(Path(dossier), owner, stale=is_stale(owner, age_s=age))
            _replace(dossier, me)
        _held[key] = 1


def acquire_with_force(dossier: Path, *, force: bool = False) -> None:
    """:func:`acquire`, as the command line's ``--force`` means it: take the lock over
    from a program that has stopped or from another computer, never from a program
    running on this one."""
    try:
        acquire(dossier)
    except DossierInUse as error:
        if not (force and (error.stale or error.owner.host != host_name())):
            raise
        acquire(dossier, take_over=True)


def release(dossier: Path) -> None:
    """Give up one hold; the last removes the file if it is still this program's."""
    key = str(Path(dossier).resolve())
    with _held_guard:
        count = _held.get(key, 0)
        if count > 1:
            _held[key] = count - 1
            return
        _held.pop(key, None)
        if count == 0:
            return
        found = read_owner(dossier)
        if found is not None and found[0].same_process(current_owner()):
            with contextlib.suppress(FileNotFoundError):
                lock_path(dossier).unlink()


def holds(dossier: Path) -> bool:
    """Whether this process holds ``dossier``."""
    return str(Path(dossier).resolve()) in _held


def _temporary(dossier: Path, owner: LockOwner) -> Path:
    path = lock_path(dossier)
    temporary = path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8") as stream:
            stream.write(owner.to_json())
            stream.flush()
            os.fsync(stream.fileno())
    except PermissionError as error:
        raise FolderNotWritable(Path(dossier), str(error)) from error
    return temporary


def _create(dossier: Path, owner: LockOwner) -> bool:
    """Create the lock file only if there is none; False when one exists."""
    path = lock_path(dossier)
    temporary = _temporary(dossier, owner)
    try:
        os.link(temporary, path)
        return True
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                               errno.EMLINK, errno.ENOSYS, errno.EACCES):
            raise
    finally:
        temporary.unlink(missing_ok=True)
    return _create_exclusive(path, owner)


def _create_exclusive(path: Path, owner: LockOwner) -> bool:
    """For file systems without hard links (FAT, exFAT): exclusive, but not atomic in
    content; readers wait briefly for a half-written file (see :func:`read_owner`)."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(owner.to_json())
        stream.flush()
        os.fsync(stream.fileno())
    return True


def _replace(dossier: Path, owner: LockOwner) -> None:
    temporary = _temporary(dossier, owner)
    try:
        os.replace(temporary, lock_path(dossier))
    finally:
        temporary.unlink(missing_ok=True)
