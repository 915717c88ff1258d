"""A copy of a dossier taken just before a bulk change (an import or a merge).

One function, so that the program's backup policy (naming, rotation) applies to these
copies too when it takes them over.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.storage import files
from ncm_desktop.storage.connection import connect


def backup_before(path: Path, reason: str) -> Path:
    """Copy the dossier at ``path`` into the backups folder; return the copy's path.

    The copy is taken with ``VACUUM INTO`` (a consistent snapshot, WAL included), never
    by copying the live file.
    """
    path = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = paths.backups_dir() / f"{path.stem}-{stamp}-before-{reason}{paths.DOSSIER_SUFFIX}"
    connection = connect(path, read_only=True)
    try:
        files.save_copy(connection, target)
    finally:
        connection.close()
    return target
