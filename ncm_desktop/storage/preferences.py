"""The user's preferences (language, recent dossiers, name), kept in a small JSON file.

Plain JSON rather than QSettings so that the command line reads the same file without
Qt, and so that it is written atomically.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.storage.atomic import atomic_write
from ncm_desktop.storage.server_location import ServerLocation

RECENT_LIMIT = 8
FILE_NAME = "preferences.json"


@dataclass
class Preferences:
    language: str = ""  # empty: follow the system
    user_name: str = ""
    recent: list[str] = field(default_factory=list)
    last_dossier: str = ""

    def remember(self, dossier: Path | ServerLocation) -> bool:
        """Put ``dossier`` first in the recent list and make it the one opened next time;
        False when it already was (nothing to save).  A server dossier is kept as its URL,
        which never holds the password."""
        text = (str(dossier) if isinstance(dossier, ServerLocation)
                else str(Path(dossier).resolve()))
        recent = [text, *(r for r in self.recent if r != text)][:RECENT_LIMIT]
        if recent == self.recent and self.last_dossier == text:
            return False
        self.recent = recent
        self.last_dossier = text
        return True

    def forget(self, dossier: Path | str) -> None:
        text = str(dossier)
        self.recent = [r for r in self.recent if r != text]
        if self.last_dossier == text:
            self.last_dossier = ""


def preferences_path() -> Path:
    return paths.config_dir() / FILE_NAME


def load() -> Preferences:
    """The saved preferences; defaults when the file is missing or unreadable."""
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    defaults = Preferences()
    values = {}
    for name, default in asdict(defaults).items():
        value = data.get(name, default)
        values[name] = value if isinstance(value, type(default)) else default
    values["recent"] = [r for r in values["recent"] if isinstance(r, str)]
    return Preferences(**values)


def save(preferences: Preferences) -> None:
    with atomic_write(preferences_path(), "w") as stream:
        json.dump(asdict(preferences), stream, ensure_ascii=False, indent=2)
