"""``ncm-desktop export KIND DOSSIER -o OUT.pdf [--lang xx] [--public]``: print a hand-out.

The hand-out speaks the language of ``--lang`` (which also sets the language of this
command's messages), else the interface language from Preferences or the system.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.reports.kinds import CONTEXT as REPORTS
from ncm_desktop.reports.kinds import KEYS, KINDS, kind
from ncm_desktop.storage import dossier_file
from ncm_desktop.storage.errors import DossierError, OutputNotWritable

_NO_PUBLIC = QT_TRANSLATE_NOOP("Cli", "Error: --public applies only to: %1.")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="print a hand-out of a dossier as PDF")
    parser.add_argument("kind", choices=KEYS, help="which hand-out")
    parser.add_argument("dossier", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    parser.add_argument("--public", action="store_true",
                        help="leave out phone numbers and email addresses (roster)")


def run(arguments: argparse.Namespace, console: Console) -> int:
    chosen = kind(arguments.kind)
    if arguments.public and not chosen.public_variant:
        allowed = ", ".join(k.key for k in KINDS if k.public_variant)
        print(console.translate("Cli", _NO_PUBLIC).replace("%1", allowed), file=console.err)
        return 2
    from ncm_desktop.reports.export import Options, export
    from ncm_desktop.storage.database import Dossier

    options = Options(language=console.translation.code, public=arguments.public)
    try:
        # Read-only unless the file needs the schema upgrade that any opening does first.
        upgrade = dossier_file.inspect(arguments.dossier).needs_upgrade
        dossier = Dossier.open(arguments.dossier, read_only=not upgrade)
        try:
            result = export(chosen.key, dossier, arguments.output, options)
        finally:
            dossier.close()
    except (DossierError, OutputNotWritable, OSError) as error:
        return console.fail(error)
    title = console.translate(REPORTS, chosen.title)
    console.say(console.translate("Cli", "Wrote %1 (%n page(s)) to %2.", None, result.pages)
                .replace("%1", title).replace("%2", str(result.path)))
    return 0
