"""What a sub-command prints, in the user's language, and how it fails."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.storage.errors import DossierDamaged, NotADossier


class Console:
    """Translated output for one command run; errors go to stderr."""

    def __init__(self, translation: Translation, out: TextIO | None = None,
                 err: TextIO | None = None) -> None:
        self.translation = translation
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def translate(self, context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self.translation.translate(context, text, disambiguation, n)

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def when(self, moment: datetime) -> str:
        """A point in time in local time, as the language writes it."""
        value = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        return self.translation.locale.toString(value, QLocale.FormatType.ShortFormat)

    def fail(self, error: Exception) -> int:
        """Print what went wrong and return the exit code for a failure (1).

        For a dossier that cannot be read, name its latest good backup and the command
        that restores it.
        """
        code = self.fail_text(error_message(error, self.translate))
        if isinstance(error, DossierDamaged | NotADossier):
            self._name_latest_backup(error.path)
        return code

    def fail_text(self, text: str) -> int:
        prefix = self.translate("Cli", "Error:")
        print(f"{prefix} {text}", file=self.err)
        return 1

    def _name_latest_backup(self, dossier: Path) -> None:
        from ncm_desktop.storage import backups

        latest = backups.latest_good(dossier)
        if latest is None:
            return
        print(fill(self.translate("Cli", _LATEST_BACKUP),
                   str(latest.path), self.when(latest.created), str(dossier)),
              file=self.err)


_LATEST_BACKUP = QT_TRANSLATE_NOOP(
    "Cli", "The latest good backup is %1, made on %2. To restore it: "
           "ncm-desktop restore \"%3\" latest")
