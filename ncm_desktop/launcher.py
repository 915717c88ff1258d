"""The ``ncm-desktop`` entry point: a sub-command goes to the command line, anything
else opens the window.  Kept tiny so that neither face pays for the other's imports.
"""

from __future__ import annotations

import sys

#: Sub-commands handled by :mod:`ncm_desktop.cli`.
COMMANDS = ("demo", "check", "backup", "restore")


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in COMMANDS:
        from ncm_desktop.cli.main import run as run_command

        return run_command(arguments)
    from ncm_desktop.ui.application import run as run_window

    return run_window(arguments)
