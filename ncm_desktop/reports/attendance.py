"""The attendance sheet: one row to sign per expected participant, then blank rows.

For a meeting of the dossier (``Options.meeting``) the expected participants are its
invitees, and its title, date and place head the sheet; otherwise they are the
representatives of full-member and observer organisations
(:func:`storage.handouts.expected_participants`), with lines to fill in by hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib.units import mm

from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.translation import Translate
from ncm_desktop.reports.document import BODY, CELL, CELL_MUTED, Align, Document, Tr
from ncm_desktop.reports.table import Column, Rule, Table
from ncm_desktop.storage import handouts
from ncm_desktop.storage.enums import Role
from ncm_desktop.storage.errors import MeetingChoiceError
from ncm_desktop.storage.handouts import Participant, Readable
from ncm_desktop.storage.plan_queries import MeetingDetail, meeting_detail

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

CONTEXT = "Attendance"

_MEETING = QT_TRANSLATE_NOOP("Attendance", "Meeting")
_DATE = QT_TRANSLATE_NOOP("Attendance", "Date")
_PLACE = QT_TRANSLATE_NOOP("Attendance", "Place")
_OTHERS = QT_TRANSLATE_NOOP("Attendance", "Other participants")
_OTHERS_HELP = QT_TRANSLATE_NOOP("Attendance", "Participants not listed above: please "
                                               "write your organisation and name, then sign.")
_NUMBER = QT_TRANSLATE_NOOP("Attendance", "No.")
_ORGANISATION = QT_TRANSLATE_NOOP("Attendance", "Organisation")
_NAME = QT_TRANSLATE_NOOP("Attendance", "Name")
_SIGNATURE = QT_TRANSLATE_NOOP("Attendance", "Signature")
_NONE = QT_TRANSLATE_NOOP("Attendance", "No participant is expected: no representative of a "
                                        "full-member or observer organisation is recorded.")
_NONE_INVITED = QT_TRANSLATE_NOOP("Attendance", "No one is recorded as invited to this "
                                                "meeting yet.")

ROW_HEIGHT = 11 * mm
MIN_BLANK_ROWS = 8
PROGRESS_STEP = 250


@dataclass(frozen=True, slots=True)
class MeetingHeading:
    """What the top of the sheet says about the meeting; blank lines where unknown."""

    title: str = ""
    when: date | None = None
    place: str = ""


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    if options.meeting is None:
        with dossier.reader() as connection:
            participants = handouts.expected_participants(connection)
        draw_sheet(document, participants, MeetingHeading(), progress)
        return
    detail = load_meeting(dossier, options.meeting)
    tr = document.translator(CONTEXT)
    draw_sheet(document, invitees(detail), heading_of(detail, document.translation.translate),
               progress, none_text=tr(_NONE_INVITED))


def load_meeting(dossier: Readable, meeting_id: uuid.UUID) -> MeetingDetail:
    """A meeting's details, or :class:`MeetingChoiceError` when it is not in the dossier."""
    with dossier.reader() as connection:
        detail = meeting_detail(connection, meeting_id)
    if detail is None:
        raise MeetingChoiceError(str(meeting_id), MeetingChoiceError.Reason.NOT_FOUND)
    return detail


def invitees(detail: MeetingDetail) -> list[Participant]:
    """Who the sheet lists for a meeting: its invitees, people and guests alike."""
    return [Participant(p.organisation, p.name, p.title, p.role) for p in detail.invited]


def heading_of(detail: MeetingDetail, translate: Translate) -> MeetingHeading:
    """The meeting's title (its kind when it has none), date and place."""
    title = detail.title or label(detail.kind, translate)
    return MeetingHeading(title, detail.held_on, detail.place)


def draw_sheet(document: Document, participants: Sequence[Participant],
               meeting: MeetingHeading, progress: Progress, *, none_text: str = "") -> None:
    """The sheet for ``participants``; ``none_text`` says why the list is empty, if it is."""
    tr = document.translator(CONTEXT)

    document.title_block(document.title)
    _meeting_fields(document, meeting, tr)
    columns = [Column(tr(_NUMBER), 0.7, Align.TRAILING), Column(tr(_ORGANISATION), 4.2),
               Column(tr(_NAME), 4.2), Column(tr(_SIGNATURE), 3.6)]
    roles = {role: label(role, document.translation.translate) for role in Role}

    table = Table(document, columns, grid=True)
    document.heading(document.translation.translate(
        "Attendance", "Expected participants (%n)", None, len(participants)),
                     keep_with=table.header_height() + ROW_HEIGHT)
    if not participants:
        document.paragraph(none_text or tr(_NONE), BODY)
    else:
        table.begin()
        for index, person in enumerate(participants, start=1):
            details = [person.title] if person.title else []
            if person.role is not None and person.role is not Role.MEMBER:
                details.append(roles[person.role])
            name = [(person.full_name, CELL)]
            if details:
                name.append((" · ".join(details), CELL_MUTED))
            table.row([document.number(index), person.organisation, name, None],
                      min_height=ROW_HEIGHT, rule=Rule.LIGHT)
            if index % PROGRESS_STEP == 0:
                progress(index, len(participants))
        table.end()

    blank = Table(document, columns, grid=True)
    document.heading(tr(_OTHERS), keep_with=blank.header_height() + 3 * ROW_HEIGHT + 20)
    document.paragraph(tr(_OTHERS_HELP), CELL_MUTED, after=4)
    blank.begin()
    rows = 0
    while rows < MIN_BLANK_ROWS or document.y - ROW_HEIGHT >= document.bottom:
        blank.row([None] * len(columns), min_height=ROW_HEIGHT)
        rows += 1
    blank.end()
    progress(len(participants), len(participants))


def _meeting_fields(document: Document, meeting: MeetingHeading, tr: Tr) -> None:
    """Meeting, date and place, filled in when known, else lines to write on."""
    values = (meeting.title, document.date(meeting.when) if meeting.when else "", meeting.place)
    label_width = max(document.typesetter.width(tr(t) + ":", BODY)
                      for t in (_MEETING, _DATE, _PLACE)) + 3 * mm
    canvas = document.canvas
    leading = document.typesetter.leading(BODY)
    for title, value in zip((_MEETING, _DATE, _PLACE), values, strict=True):
        top = document.y
        label_line = document.lines(tr(title) + ":", label_width, BODY)[0]
        x = document.span(0, label_width)
        document.typesetter.draw(canvas, label_line,
                                 document.aligned(label_line, x, label_width, Align.LEADING),
                                 document.baseline(top, BODY), BODY)
        value_width = document.width - label_width
        value_x = document.span(label_width, value_width)
        if value:
            line = document.lines(value, value_width, BODY)[0]
            document.typesetter.draw(canvas, line,
                                     document.aligned(line, value_x, value_width, Align.LEADING),
                                     document.baseline(top, BODY), BODY)
        else:
            canvas.setLineWidth(0.5)
            canvas.setDash(1, 2)
            baseline = document.baseline(top, BODY) - 1.5
            canvas.line(value_x, baseline, value_x + value_width, baseline)
            canvas.setDash()
        document.y = top - leading - 5
    document.space(6)
