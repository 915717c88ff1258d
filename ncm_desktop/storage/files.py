"""Copies of a live dossier, taken the way SQLite allows (never a plain file copy)."""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

from ncm_desktop.storage.atomic import fsync_folder
from ncm_desktop.storage.sqlite_module import sqlite3


def save_copy(connection: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of the open dossier to ``target``, replacing any file there.

    ``VACUUM INTO`` reads one snapshot of the database, WAL included, into a fresh
    compact file; it is written beside the target under a temporary name and renamed
    when complete, so a failure (full disk, pulled USB stick) leaves no partial file.
    """
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        connection.execute("VACUUM INTO ?", (str(temporary),))
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except sqlite3.Error as error:
        raise OSError(errno.EIO, str(error), str(target)) from error
    finally:
        temporary.unlink(missing_ok=True)
    fsync_folder(target.parent)
