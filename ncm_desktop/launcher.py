"""The ``ncm-desktop`` entry point: a sub-command goes to the command line, anything
else opens the window.  Kept tiny so that neither face pays for the other's imports.
"""

from __future__ import annotations

import gc
import sys

#: Sub-commands handled by :mod:`ncm_desktop.cli`.
COMMANDS = (
    "demo", "check", "readiness", "export", "import", "exchange", "backup", "restore",
    "compare", "server",
)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if _command(arguments) in COMMANDS:
        from ncm_desktop.cli.main import run as run_command

        code = run_command(arguments)
    else:
        from ncm_desktop.ui.application import run as run_window

        code = run_window(arguments)
    # The program is done: the dossier, its lock and every file are closed.  Whatever is
    # left is freed as the interpreter shuts down, and frozen, it is freed without the
    # shutdown's garbage collections walking it all again (35 ms of a 300 ms start-up).
    gc.freeze()
    return code


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
