"""The ``ncm-desktop`` entry point: a sub-command goes to the command line, anything
else opens the window.  Kept tiny so that neither face pays for the other's imports.
"""

from __future__ import annotations

import sys

#: Sub-commands handled by :mod:`ncm_desktop.cli`.
COMMANDS = (
    "demo", "check", "readiness", "export", "import", "exchange", "backup", "restore",
    "compare",
)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if _command(arguments) in COMMANDS:
        from ncm_desktop.cli.main import run as run_command

        return run_command(arguments)
    from ncm_desktop.ui.application import run as run_window

    return run_window(arguments)


def _command(arguments: list[str]) -> str | None:
    """The first word that is not an option (``--lang xx`` may come before it)."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("-"):
            return argument
    return None
