"""The minutes of a meeting: when and where, the readiness of the mechanism at the meeting
(the baseline recorded when it was marked held), the agenda, who attended (and the
balance of women and men among them, 7.4.1), who was invited but absent, and the
decisions with the follow-up actions they call for, including those that became
activities of the plan.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.i18n.labels import label
from ncm_desktop.reports import charts
from ncm_desktop.reports.attendance import heading_of, load_meeting
from ncm_desktop.reports.document import (
    BODY,
    BODY_BOLD,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    NOTE,
    Align,
    Document,
    Tr,
    fill,
)
from ncm_desktop.reports.table import Cell, Column, Rule, Table
from ncm_desktop.rules.meetings import ActionState, action_state, attendance_share
from ncm_desktop.storage.baselines import Baseline, baseline_of_meeting
from ncm_desktop.storage.handouts import Readable
from ncm_desktop.storage.plan_queries import ActionInfo, ParticipantInfo

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

CONTEXT = "Minutes"

_DATE = QT_TRANSLATE_NOOP("Minutes", "Date")
_PLACE = QT_TRANSLATE_NOOP("Minutes", "Place")
_KIND = QT_TRANSLATE_NOOP("Minutes", "Meeting")
_AGENDA = QT_TRANSLATE_NOOP("Minutes", "Agenda")
_NO_AGENDA = QT_TRANSLATE_NOOP("Minutes", "No agenda was recorded.")
_ATTENDANCE = QT_TRANSLATE_NOOP("Minutes", "Attendance")
_SHARE = QT_TRANSLATE_NOOP(
    "Minutes", "Women are %1 of those present whose sex is recorded (%2 women, %3 men). "
    "The mechanism strives for gender balance (MOSAIC 03.40, 7.4.1).")
_NO_SHARE = QT_TRANSLATE_NOOP("Minutes", "The sex of none of those present is recorded.")
_PRESENT = QT_TRANSLATE_NOOP("Minutes", "Present")
_ABSENT = QT_TRANSLATE_NOOP("Minutes", "Invited, not present")
_NUMBER = QT_TRANSLATE_NOOP("Minutes", "No.")
_NAME = QT_TRANSLATE_NOOP("Minutes", "Name")
_ORGANISATION = QT_TRANSLATE_NOOP("Minutes", "Organisation")
_GUEST = QT_TRANSLATE_NOOP("Minutes", "guest")
_DECISIONS = QT_TRANSLATE_NOOP("Minutes", "Decisions and follow-up")
_NO_DECISIONS = QT_TRANSLATE_NOOP("Minutes", "No decision was recorded.")
_DECISION = QT_TRANSLATE_NOOP("Minutes", "Decision %1")
_ACTION = QT_TRANSLATE_NOOP("Minutes", "Follow-up action")
_LEAD = QT_TRANSLATE_NOOP("Minutes", "Lead")
_DUE = QT_TRANSLATE_NOOP("Minutes", "Due")
_STATUS = QT_TRANSLATE_NOOP("Minutes", "Status")
_ACTIVITY = QT_TRANSLATE_NOOP("Minutes", "Activity of the National Action Plan: %1")
_NO_ACTION = QT_TRANSLATE_NOOP("Minutes", "No follow-up action recorded.")
_READINESS = QT_TRANSLATE_NOOP("Minutes", "Readiness at this meeting")
_READINESS_SCORE = QT_TRANSLATE_NOOP(
    "Minutes", "Readiness score against MOSAIC 03.40 when the meeting was held: %1. "
    "Categories of 7.4 represented: %2 of %3; women among the representatives: %4.")
_NOT_HELD = QT_TRANSLATE_NOOP(
    "Minutes", "The meeting has not been marked as held, so no readiness was recorded for "
    "it (Meetings page, Mark as held).")
_CLAUSE = QT_TRANSLATE_NOOP("Minutes", "Clause %1")
_PERCENT = QT_TRANSLATE_NOOP("Minutes", "%1%")
_APPROVAL = QT_TRANSLATE_NOOP(
    "Minutes", "Approved at the meeting of: ____________________   Signature of the Chair: "
    "____________________")


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    assert options.meeting is not None  # export() refuses minutes without a meeting
    detail = load_meeting(dossier, options.meeting)
    translate = document.translation.translate
    tr = document.translator(CONTEXT)
    heading = heading_of(detail, translate)

    document.title_block(document.title, heading.title)
    _fields(document, [(tr(_DATE), document.date(detail.held_on)),
                       (tr(_PLACE), detail.place),
                       (tr(_KIND), label(detail.kind, translate))])
    with dossier.reader() as connection:
        baseline = baseline_of_meeting(connection, detail.id)
    _readiness(document, baseline, tr)

    document.heading(tr(_AGENDA), keep_with=30)
    if detail.agenda:
        table = Table(document, [Column("", 0.5, Align.TRAILING), Column("", 9.5)],
                      header=False, padding=2.2)
        table.begin()
        for number, item in enumerate(detail.agenda, start=1):
            table.row([document.number(number), item], rule=Rule.NONE)
        table.end()
    else:
        document.paragraph(tr(_NO_AGENDA), CELL_MUTED)

    present = detail.attended
    absent = tuple(p for p in detail.invited if not p.attended)
    document.heading(tr(_ATTENDANCE), keep_with=40)
    document.paragraph(fill(document.translation.translate(
        "Minutes", "%n person(s) present: %1 invited and %2 not invited; %3 invited but "
        "not present.", None, len(present)),
        document.number(sum(p.invited for p in present)),
        document.number(sum(not p.invited for p in present)),
        document.number(len(absent))), BODY, after=2)
    share = attendance_share(detail.participants)
    if share.recorded:
        document.paragraph(fill(tr(_SHARE), document.percent(share.women, share.recorded),
                                document.number(share.women), document.number(share.men)),
                           NOTE, after=6)
    elif present:
        document.paragraph(tr(_NO_SHARE), NOTE, after=6)
    progress(1, 3)
    _people(document, tr(_PRESENT), present, tr)
    _people(document, tr(_ABSENT), absent, tr)
    progress(2, 3)

    document.heading(tr(_DECISIONS), keep_with=50)
    if not detail.decisions:
        document.paragraph(tr(_NO_DECISIONS), CELL_MUTED)
    today = document.generated.date()
    for number, decision in enumerate(detail.decisions, start=1):
        document.ensure(60)
        document.paragraph(fill(tr(_DECISION), document.number(number)), BODY_BOLD, after=1)
        document.paragraph(decision.text, BODY, after=3)
        if not decision.actions:
            document.paragraph(tr(_NO_ACTION), CELL_MUTED, after=6)
            continue
        table = Table(document, [Column(tr(_ACTION), 4.6), Column(tr(_LEAD), 2.6),
                                 Column(tr(_DUE), 1.4), Column(tr(_STATUS), 1.6)])
        table.begin()
        for action in decision.actions:
            table.row(_action_cells(action, document, today, tr))
        table.end()
    document.space(10)
    document.paragraph(tr(_APPROVAL), NOTE)
    progress(3, 3)


def _fields(document: Document, rows: list[tuple[str, str]]) -> None:
    table = Table(document, [Column("", 1.3), Column("", 8.7)], header=False)
    table.begin()
    for title, value in rows:
        if value:
            table.row([[(title, CELL_MUTED)], [(value, CELL_BOLD)]], rule=Rule.NONE)
    table.end()


def _people(document: Document, heading: str, people: tuple[ParticipantInfo, ...],
            tr: Tr) -> None:
    if not people:
        return
    table = Table(document, [Column(tr(_NUMBER), 0.6, Align.TRAILING),
                             Column(tr(_NAME), 4.0), Column(tr(_ORGANISATION), 5.4)])
    document.heading(f"{heading} ({document.number(len(people))})",
                     keep_with=table.header_height() + 20)
    table.begin()
    for number, person in enumerate(people, start=1):
        name: Cell = [(person.name, CELL)]
        details = [person.title] if person.title else []
        if person.is_guest:
            details.append(tr(_GUEST))
        if details:
            name = [(person.name, CELL), (" · ".join(details), CELL_MUTED)]
        table.row([document.number(number), name, person.organisation])
    table.end()


def _action_cells(action: ActionInfo, document: Document, today: date,
                  tr: Tr) -> list[Cell | None]:
    translate = document.translation.translate
    if action.activity_id is not None:
        text: Cell = [(fill(tr(_ACTIVITY), action.activity_title or action.text), CELL)]
        status = label(action.activity_status, translate) if action.activity_status \
            else label(action.status, translate)
    else:
        text = [(action.text, CELL)]
        status = label(action.status, translate)
    status_cell: Cell = [(status, CELL)]
    state = action_state(action, today)
    if state is ActionState.OVERDUE:
        status_cell = [(status, CELL), (label(state, translate), CELL_BOLD)]
    return [text, action.lead_name,
            document.date(action.due_on) if action.due_on else "", status_cell]


def _readiness(document: Document, baseline: Baseline | None, tr: Tr) -> None:
    document.heading(tr(_READINESS), keep_with=60)
    if baseline is None:
        document.paragraph(tr(_NOT_HELD), CELL_MUTED, after=4)
        return

    def percent(value: int | None) -> str:
        return "—" if value is None else fill(tr(_PERCENT), document.number(value))

    document.paragraph(fill(tr(_READINESS_SCORE), percent(baseline.percent),
                            document.number(baseline.categories_covered),
                            document.number(baseline.categories_required),
                            percent(baseline.women_percent)), BODY, after=4)
    rows = [charts.Bar(fill(tr(_CLAUSE), clause), (float(value or 0),), (percent(value),),
                       "" if value else percent(value))
            for clause, value in baseline.by_clause.items()]
    if rows:
        charts.bars(document, rows, maximum=100, width=document.width * 0.6,
                    label_share=0.25)
    document.space(4)
