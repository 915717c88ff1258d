"""Files the program exports (PDF hand-outs, and later spreadsheets and packages).

An export is written to a temporary file in the target folder and renamed over the
target only when complete (:func:`storage.atomic.atomic_write`): a failure half-way
leaves the old file, or nothing, never half a PDF.  Problems come out as
:class:`OutputNotWritable`, whose reason the faces turn into a translated sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ncm_desktop.storage.atomic import atomic_write
from ncm_desktop.storage.errors import OutputNotWritable

Reason = OutputNotWritable.Reason


def check_target(path: Path) -> None:
    """Raise :class:`OutputNotWritable` now if ``path`` clearly cannot be written.

    Called before a long export so that the user is not told after a minute of work.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputNotWritable(path, Reason.IS_A_FOLDER)
    folder = path.parent
    if not folder.is_dir():
        raise OutputNotWritable(path, Reason.FOLDER_MISSING)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputNotWritable(path, Reason.FOLDER_READ_ONLY)


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream that becomes ``path`` when the block ends without an exception."""
    path = Path(path)
    check_target(path)
    try:
        with atomic_write(path, "wb") as stream:
            yield stream
    except OSError as error:
        raise _translated(path, error) from error


def _translated(path: Path, error: OSError) -> OutputNotWritable:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputNotWritable(path, Reason.FOLDER_READ_ONLY, error.strerror or "")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return OutputNotWritable(path, Reason.FOLDER_MISSING, error.strerror or "")
    return OutputNotWritable(path, Reason.WRITE_FAILED, error.strerror or str(error))
