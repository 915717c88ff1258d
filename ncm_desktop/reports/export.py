"""Write one hand-out of a dossier to a file: the entry point of the window and the CLI.

The file is written to a temporary file beside the target and renamed when complete
(:func:`storage.output.output_file`); a target that cannot be written raises
:class:`storage.errors.OutputNotWritable` before any work is done.  The target's
extension chooses the format: PDF, or for the hand-outs that offer an editable copy
(the action plan) ``.docx`` or ``.xlsx``, made by the module's ``write_editable``.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.document import DEFAULT_PAPER, Document, Header
from ncm_desktop.reports.kinds import CONTEXT, PDF, MeetingUse, kind, output_format
from ncm_desktop.storage import handouts
from ncm_desktop.storage.dossier_data import read_setting
from ncm_desktop.storage.errors import FormatNotSupported, MeetingChoiceError
from ncm_desktop.storage.handouts import Readable
from ncm_desktop.storage.output import check_target, output_file

#: ``progress(done, total)``, called now and then while a hand-out is drawn; it may
#: raise to stop the export (the target is then left as it was).
Progress = Callable[[int, int], None]

PAPER_SETTING = "paper_size"


@dataclass(frozen=True, slots=True)
class Options:
    language: str = "en"
    public: bool = False  # leave out phones and emails (roster)
    generated: datetime = field(default_factory=lambda: datetime.now().astimezone())
    #: The meeting a hand-out is about (minutes; an attendance sheet for its invitees).
    meeting: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class Result:
    path: Path
    pages: int | None  # None for an editable copy (.docx, .xlsx): its pages are the reader's


def export(kind_key: str, dossier: Readable, target: Path, options: Options,
           progress: Progress | None = None) -> Result:
    """Draw the hand-out ``kind_key`` of ``dossier`` into ``target`` and return its pages.

    ``dossier`` is only read: the window's :class:`storage.database.Dossier`, or a
    :class:`storage.handouts.ReadOnlyDossier` (the command line, without SQLAlchemy)."""
    chosen = kind(kind_key)
    if options.public and not chosen.public_variant:
        raise ValueError(f"{kind_key} has no public variant")
    target = Path(target)
    file_format = output_format(target)
    if file_format not in chosen.formats:
        raise FormatNotSupported(target, chosen.formats)
    if chosen.meeting is MeetingUse.REQUIRED and options.meeting is None:
        raise MeetingChoiceError("", MeetingChoiceError.Reason.MISSING)
    check_target(target)
    module = importlib.import_module(chosen.module)
    translation = Translation(options.language)
    with dossier.reader() as connection:
        paper = read_setting(connection, PAPER_SETTING, DEFAULT_PAPER)
        mechanism = handouts.mechanism_details(connection)
    header = Header(mechanism.name, mechanism.state_name)
    if file_format != PDF:
        with output_file(target) as stream:
            module.write_editable(file_format, stream, dossier, options, translation, header)
        return Result(target, None)
    with output_file(target) as stream:
        document = Document(
            stream, translation=translation, paper=paper,
            title=translation.translate(CONTEXT, chosen.title),
            subject=translation.translate(CONTEXT, chosen.subject),
            header=header, generated=options.generated, draft=chosen.draft,
            landscape=chosen.landscape,
        )
        module.build(document, dossier, options, progress or _no_progress)
        pages = document.finish()
    return Result(target, pages)


def _no_progress(done: int, total: int) -> None:
    """Nobody is watching."""
