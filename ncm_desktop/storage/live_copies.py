"""Which dossiers this process works on through a local copy, and where that copy is.

:mod:`storage.working_copy` registers its copies here and :mod:`storage.backups` asks
which file to back up, so neither imports the other for it.  Standard library only.
"""

from __future__ import annotations

from pathlib import Path

#: Original (resolved) → local copy, for the working copies open in this process.
_live: dict[str, Path] = {}


def live_path(original: Path) -> Path | None:
    """The local copy this process works on for ``original``, if any."""
    return _live.get(str(Path(original).resolve()))


def register(original: Path, local: Path) -> None:
    _live[str(Path(original).resolve())] = local


def forget(original: Path) -> None:
    _live.pop(str(Path(original).resolve()), None)
