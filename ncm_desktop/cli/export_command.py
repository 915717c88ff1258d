"""``ncm-desktop export KIND DOSSIER -o OUT.pdf [--lang xx] [--public] [--meeting M]``.

The hand-out speaks the language of ``--lang`` (which also sets the language of this
command's messages), else the interface language from Preferences or the system.  The
extension of ``-o`` chooses the format: PDF, or ``.docx`` / ``.xlsx`` for the hand-outs
that offer an editable copy (the action plan).  ``--meeting`` names a meeting by its
date (YYYY-MM-DD) or the first characters of its identifier: the minutes need one, the
attendance sheet then lists its invitees.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.reports.kinds import CONTEXT as REPORTS
from ncm_desktop.reports.kinds import KEYS, KINDS, MeetingUse, kind, output_format
from ncm_desktop.storage import dossier_file
from ncm_desktop.storage.errors import (
    DossierError,
    FormatNotSupported,
    MeetingChoiceError,
    OutputNotWritable,
)

_NO_PUBLIC = QT_TRANSLATE_NOOP("Cli", "Error: --public applies only to: %1.")
_NO_MEETING = QT_TRANSLATE_NOOP("Cli", "Error: --meeting applies only to: %1.")
_WROTE_EDITABLE = QT_TRANSLATE_NOOP("Cli", "Wrote %1 to %2.")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="print a hand-out of a dossier as PDF, or the "
                                            "action plan as .docx or .xlsx")
    parser.add_argument("kind", choices=KEYS, help="which hand-out")
    parser.add_argument("dossier", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="the file to write: .pdf, or .docx / .xlsx for the action plan")
    parser.add_argument("--public", action="store_true",
                        help="leave out phone numbers and email addresses (roster)")
    parser.add_argument("--meeting", metavar="ID-OR-DATE",
                        help="the meeting (minutes, attendance): its date YYYY-MM-DD or "
                             "the first characters of its identifier")


def run(arguments: argparse.Namespace, console: Console) -> int:
    chosen = kind(arguments.kind)
    if arguments.public and not chosen.public_variant:
        allowed = ", ".join(k.key for k in KINDS if k.public_variant)
        print(fill(console.translate("Cli", _NO_PUBLIC), allowed), file=console.err)
        return 2
    if arguments.meeting and chosen.meeting is MeetingUse.NONE:
        allowed = ", ".join(k.key for k in KINDS if k.meeting is not MeetingUse.NONE)
        print(fill(console.translate("Cli", _NO_MEETING), allowed), file=console.err)
        return 2
    if output_format(arguments.output) not in chosen.formats:
        return console.fail(FormatNotSupported(arguments.output, chosen.formats))
    from ncm_desktop.reports.export import Options, export
    from ncm_desktop.storage.handouts import ReadOnlyDossier

    try:
        if dossier_file.inspect(arguments.dossier).needs_upgrade:
            # Any opening upgrades an older schema first; then it is only read.
            from ncm_desktop.storage.database import Dossier

            Dossier.open(arguments.dossier).close()
        dossier = ReadOnlyDossier(arguments.dossier)
        meeting = None
        if arguments.meeting:
            from ncm_desktop.storage.plan_queries import resolve_meeting

            with dossier.reader() as connection:
                meeting = resolve_meeting(connection, arguments.meeting)
        options = Options(language=console.translation.code, public=arguments.public,
                          meeting=meeting)
        result = export(chosen.key, dossier, arguments.output, options)
    except (DossierError, OutputNotWritable, MeetingChoiceError, OSError) as error:
        return console.fail(error)
    title = console.translate(REPORTS, chosen.title)
    if result.pages is None:
        console.say(fill(console.translate("Cli", _WROTE_EDITABLE), title, str(result.path)))
        return 0
    console.say(fill(console.translate("Cli", "Wrote %1 (%n page(s)) to %2.", None, result.pages),
                     title, str(result.path)))
    return 0
