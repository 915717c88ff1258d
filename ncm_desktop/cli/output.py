"""What a sub-command prints, in the user's language, and how it fails."""

from __future__ import annotations

import sys
from typing import TextIO

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.translation import Translation


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

    def fail(self, error: Exception) -> int:
        """Print what went wrong and return the exit code for a failure (1)."""
        prefix = self.translate("Cli", "Error:")
        print(f"{prefix} {error_message(error, self.translate)}", file=self.err)
        return 1
