"""On what kind of drive a file lives: local, removable (USB stick, SD card) or network.

SQLite's write-ahead log needs shared memory that network file systems do not provide,
and USB sticks acknowledge writes they have not made; a dossier on such a drive is
therefore treated differently (see :mod:`storage.working_copy`).  Detection uses the
standard library only and is cached per folder, because it runs before the window
paints.

- Linux: the mount that holds the file, from ``/proc/self/mountinfo``; its file-system
  type tells a network drive; its block device's ``removable`` flag in ``/sys`` (or a
  USB bus in the device's path) tells a removable one.
- Windows: ``GetDriveTypeW`` (``DRIVE_REMOTE``, ``DRIVE_REMOVABLE``, ``DRIVE_CDROM``);
  UNC paths are network paths.  A USB hard disk reports itself as fixed.
- macOS (best effort): the output of ``mount``: a non-local file system is a network
  drive, a local one mounted under ``/Volumes`` an external (removable) one.
"""

from __future__ import annotations

import functools
import ntpath
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class DriveKind(StrEnum):
    LOCAL = "local"
    REMOVABLE = "removable"
    NETWORK = "network"


#: File-system types (``mountinfo``'s field after the dash) that live on another machine
#: or behind a protocol that cannot share SQLite's memory-mapped index.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "9p", "afs", "ceph",
    "glusterfs", "lustre", "gfs2", "ocfs2", "davfs", "coda", "drvfs", "virtiofs",
    "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.davfs2", "fuse.s3fs",
    "fuse.gvfsd-fuse", "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs",
})

#: macOS ``mount`` types that are network file systems even if marked otherwise.
_MAC_NETWORK_TYPES = frozenset({"smbfs", "nfs", "afpfs", "webdav", "ftp", "cifs"})


@dataclass(frozen=True, slots=True)
class Drive:
    kind: DriveKind
    #: Where the drive is mounted ("E:\\" on Windows), for messages; may be empty.
    mount_point: str = ""
    fs_type: str = ""

    @property
    def trusted_for_wal(self) -> bool:
        """Whether SQLite's write-ahead log can be used on this drive."""
        return self.kind is not DriveKind.NETWORK

    @property
    def needs_working_copy(self) -> bool:
        """Whether the window should work on a local copy instead of the file itself."""
        return self.kind is not DriveKind.LOCAL


LOCAL = Drive(DriveKind.LOCAL)


# -- Linux --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mount:
    mount_point: str
    fs_type: str
    source: str
    major: int
    minor: int


_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes."""
    return _ESCAPE.sub(lambda m: chr(int(m[1], 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in ``/proc/self/mountinfo`` text; malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        try:
            dash = fields.index("-", 6)
            major, minor = (int(n) for n in fields[2].split(":"))
            mounts.append(Mount(
                mount_point=_unescape(fields[4]),
                fs_type=fields[dash + 1],
                source=_unescape(fields[dash + 2]) if len(fields) > dash + 2 else "",
                major=major,
                minor=minor,
            ))
        except (ValueError, IndexError):
            continue
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount that holds ``path`` (absolute): the longest matching mount point, the
    later one when a point is mounted twice (it hides the earlier)."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        inside = path == point or point == "/" or path.startswith(point + "/")
        if inside and (best is None or len(point) >= len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def block_device_is_removable(major: int, minor: int, sys_root: Path = Path("/sys")) -> bool:
    """Whether the block device ``major:minor`` (or the disk it is a partition of) is
    removable or sits on a USB bus, as ``/sys`` (or a copy of it at ``sys_root``) says."""
    if major == 0:
        return False  # a virtual file system: no block device
    link = sys_root / "dev" / "block" / f"{major}:{minor}"
    try:
        device = link.resolve(strict=True)
    except OSError:
        return False
    if "/usb" in device.as_posix():
        return True
    candidates = [device]
    if (device / "partition").exists():
        candidates.append(device.parent)
    for candidate in candidates:
        try:
            if (candidate / "removable").read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def classify_linux(path: str, mountinfo: str,
                   removable: Callable[[Mount], bool] | None = None) -> Drive:
    """The drive of ``path`` described by ``mountinfo`` text."""
    mount = mount_of(path, parse_mountinfo(mountinfo))
    if mount is None:
        return LOCAL
    if mount.fs_type in NETWORK_FS_TYPES or mount.source.startswith("//"):
        return Drive(DriveKind.NETWORK, mount.mount_point, mount.fs_type)
    is_removable = removable if removable is not None else _removable_linux
    if is_removable(mount):
        return Drive(DriveKind.REMOVABLE, mount.mount_point, mount.fs_type)
    return Drive(DriveKind.LOCAL, mount.mount_point, mount.fs_type)


def _removable_linux(mount: Mount) -> bool:
    major, minor = mount.major, mount.minor
    if major == 0 and mount.source.startswith("/dev/"):
        # FUSE block file systems (ntfs-3g, exfat-fuse) have an anonymous device number.
        try:
            device = os.stat(mount.source).st_rdev
        except OSError:
            return False
        major, minor = os.major(device), os.minor(device)
    return block_device_is_removable(major, minor)


# -- macOS --------------------------------------------------------------------------

_MAC_LINE = re.compile(r"^(?P<source>.+?) on (?P<point>/.*?) \((?P<options>[^()]*)\)$")


def classify_mac(path: str, mount_output: str) -> Drive:
    """The drive of ``path`` from the output of macOS ``mount``."""
    best: tuple[str, str, list[str]] | None = None
    for line in mount_output.splitlines():
        match = _MAC_LINE.match(line.strip())
        if not match:
            continue
        point = match["point"].rstrip("/") or "/"
        if path == point or point == "/" or path.startswith(point + "/"):
            if best is None or len(point) > len(best[0]):
                options = [o.strip() for o in match["options"].split(",")]
                best = (point, options[0] if options else "", options)
    if best is None:
        return LOCAL
    point, fs_type, options = best
    if fs_type in _MAC_NETWORK_TYPES or "local" not in options:
        return Drive(DriveKind.NETWORK, point, fs_type)
    if point.startswith("/Volumes/"):
        return Drive(DriveKind.REMOVABLE, point, fs_type)
    return Drive(DriveKind.LOCAL, point, fs_type)


# -- Windows ------------------------------------------------------------------------

DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4
DRIVE_CDROM = 5


def classify_windows(path: str, drive_type: Callable[[str], int]) -> Drive:
    """The drive of ``path`` given ``GetDriveTypeW`` (passed in so that it can be tested)."""
    anchor, _ = ntpath.splitdrive(path)
    if anchor.startswith(("\\\\", "//")):
        if anchor[2:4] in ("?\\", ".\\"):
            anchor = anchor[4:]  # \\?\C: style
        else:
            return Drive(DriveKind.NETWORK, anchor, "")
    if not anchor:
        return LOCAL
    root = anchor.rstrip("\\/") + "\\"
    kind = drive_type(root)
    if kind == DRIVE_REMOTE:
        return Drive(DriveKind.NETWORK, root, "")
    if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
        return Drive(DriveKind.REMOVABLE, root, "")
    return Drive(DriveKind.LOCAL, root, "")


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


# -- entry point --------------------------------------------------------------------


def detect(path: Path) -> Drive:
    """The drive that holds ``path`` (a file or a folder that may not exist yet)."""
    folder = Path(path).resolve()
    if not folder.is_dir():
        folder = folder.parent
    return _detect_folder(str(folder))


@functools.lru_cache(maxsize=64)
def _detect_folder(folder: str) -> Drive:
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as stream:
                return classify_linux(folder, stream.read())
        if sys.platform == "win32":
            return classify_windows(folder, _windows_drive_type)
        if sys.platform == "darwin":
            import subprocess

            try:
                output = subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                                        timeout=5, check=False).stdout
            except subprocess.SubprocessError:
                return LOCAL
            return classify_mac(folder, output)
    except (OSError, ValueError):
        pass
    return LOCAL


def forget() -> None:
    """Drop cached answers (a drive was mounted elsewhere; tests)."""
    _detect_folder.cache_clear()
