"""What the action plan hand-out says, in its language, whatever the file format.

The PDF (:mod:`reports.action_plan`) and the editable copies (:mod:`reports.plan_docx`,
:mod:`reports.plan_xlsx`) all draw this content, so that the three say the same.  Texts
are ready to print; raw values (dates, amounts) are kept beside them for the
spreadsheet, where they stay numbers and dates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.plan import PlanText
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.rules.plan_quality import check_plan
from ncm_desktop.rules.plan_totals import funding_by_objective, plan_totals
from ncm_desktop.storage.enums import ActivityStatus, FundingKind
from ncm_desktop.storage.handouts import Readable
from ncm_desktop.storage.plan_queries import ActivityInfo, PlanData, load_plan

CONTEXT = "ActionPlan"

#: Column titles and headings every format uses, by key.
LABELS = {
    "number": QT_TRANSLATE_NOOP("ActionPlan", "No."),
    "objective": QT_TRANSLATE_NOOP("ActionPlan", "Objective"),
    "answers": QT_TRANSLATE_NOOP("ActionPlan", "Answers"),
    "activity": QT_TRANSLATE_NOOP("ActionPlan", "Activity"),
    "description": QT_TRANSLATE_NOOP("ActionPlan", "Description"),
    "lead": QT_TRANSLATE_NOOP("ActionPlan", "Lead"),
    "partners": QT_TRANSLATE_NOOP("ActionPlan", "Partners"),
    "lead_partners": QT_TRANSLATE_NOOP("ActionPlan", "Lead and partners"),
    "start": QT_TRANSLATE_NOOP("ActionPlan", "Start"),
    "end": QT_TRANSLATE_NOOP("ActionPlan", "End"),
    "dates": QT_TRANSLATE_NOOP("ActionPlan", "Dates"),
    "cost": QT_TRANSLATE_NOOP("ActionPlan", "Estimated cost"),
    "currency": QT_TRANSLATE_NOOP("ActionPlan", "Currency"),
    "no_cost": QT_TRANSLATE_NOOP("ActionPlan", "No cost"),
    "funding": QT_TRANSLATE_NOOP("ActionPlan", "Funding"),
    "donor": QT_TRANSLATE_NOOP("ActionPlan", "Donor"),
    "cost_funding": QT_TRANSLATE_NOOP("ActionPlan", "Cost and funding"),
    "indicator": QT_TRANSLATE_NOOP("ActionPlan", "Indicator"),
    "verification": QT_TRANSLATE_NOOP("ActionPlan", "Means of verification"),
    "indicator_verification": QT_TRANSLATE_NOOP("ActionPlan",
                                                "Indicator and means of verification"),
    "status": QT_TRANSLATE_NOOP("ActionPlan", "Status"),
    "objectives": QT_TRANSLATE_NOOP("ActionPlan", "Objectives"),
    "totals": QT_TRANSLATE_NOOP("ActionPlan", "Estimated costs"),
    "by_objective": QT_TRANSLATE_NOOP("ActionPlan", "By objective"),
    "by_lead": QT_TRANSLATE_NOOP("ActionPlan", "By lead organisation"),
    "by_source": QT_TRANSLATE_NOOP("ActionPlan", "By funding source"),
    "total": QT_TRANSLATE_NOOP("ActionPlan", "Total"),
    "unfunded_total": QT_TRANSLATE_NOOP("ActionPlan", "Not funded yet"),
    "funded": QT_TRANSLATE_NOOP("ActionPlan", "Funded (national budget or donor)"),
    "funding_chart": QT_TRANSLATE_NOOP(
        "ActionPlan", "Costs by objective in %1, funded and not funded yet"),
    "objective_number": QT_TRANSLATE_NOOP("ActionPlan", "Objective %1"),
    "amount": QT_TRANSLATE_NOOP("ActionPlan", "Amount"),
    "timeline": QT_TRANSLATE_NOOP("ActionPlan", "Timeline by quarter"),
    "open_points": QT_TRANSLATE_NOOP("ActionPlan", "Points to settle before adoption"),
    "point": QT_TRANSLATE_NOOP("ActionPlan", "Point"),
    "the_plan": QT_TRANSLATE_NOOP("ActionPlan", "The plan"),
    "no_lead": QT_TRANSLATE_NOOP("ActionPlan", "No lead"),
    "adoption": QT_TRANSLATE_NOOP("ActionPlan", "Adoption"),
    "adopted_by": QT_TRANSLATE_NOOP(
        "ActionPlan", "Adopted by the plenary of the mechanism on: ____________________"),
    "signature": QT_TRANSLATE_NOOP(
        "ActionPlan", "Name and signature of the Chair: ____________________"),
    "empty": QT_TRANSLATE_NOOP("ActionPlan", "No objective is recorded in the plan yet."),
    "no_activity": QT_TRANSLATE_NOOP("ActionPlan", "No activity under this objective yet."),
    "quarter": QT_TRANSLATE_NOOP("ActionPlan", "Q%1"),
    "objective_of": QT_TRANSLATE_NOOP("ActionPlan", "Objective %1: %2"),
    "partners_of": QT_TRANSLATE_NOOP("ActionPlan", "Partners: %1"),
    "verification_of": QT_TRANSLATE_NOOP("ActionPlan", "Verification: %1"),
    "answers_of": QT_TRANSLATE_NOOP("ActionPlan", "Answers: %1"),
    "draft": QT_TRANSLATE_NOOP("ActionPlan", "DRAFT"),
    "sheet_activities": QT_TRANSLATE_NOOP("ActionPlan", "Activities"),
    "sheet_totals": QT_TRANSLATE_NOOP("ActionPlan", "Costs"),
    "sheet_timeline": QT_TRANSLATE_NOOP("ActionPlan", "Timeline"),
    "generated": QT_TRANSLATE_NOOP("ActionPlan", "Generated on %1 by NCM Desktop"),
}
_DEFAULT_TITLE = QT_TRANSLATE_NOOP("ActionPlan", "National Action Plan on small arms and "
                                                 "light weapons")
_DRAFT = QT_TRANSLATE_NOOP("ActionPlan", "Draft for adoption. Period: %1 to %2.")
_DRAFT_NO_PERIOD = QT_TRANSLATE_NOOP("ActionPlan", "Draft for adoption. Period: not set.")
_ADOPTED = QT_TRANSLATE_NOOP("ActionPlan", "Adopted on %3. Period: %1 to %2.")
_DATES = QT_TRANSLATE_NOOP("ActionPlan", "%1 to %2")
_SUMMARY = QT_TRANSLATE_NOOP(
    "ActionPlan", "%1 objectives, %2 activities. Estimated cost: %3; not funded yet: %4.")
_NONE = QT_TRANSLATE_NOOP("ActionPlan", "none")
_NOT_SET = QT_TRANSLATE_NOOP("ActionPlan", "not set")

#: The timeline shows at most this many quarters (five years) from the start of the plan.
MAX_QUARTERS = 20


@dataclass(frozen=True, slots=True)
class ActivityLine:
    number: str
    info: ActivityInfo
    title: str
    description: str
    lead: str
    partners: str
    start: str
    end: str
    dates: str  # "1 February 2026 to 30 June 2026", or one of them, or ""
    cost: str
    funding: str  # "Donor: European Union"
    funding_kind: str  # "Donor"
    indicator: str
    verification: str
    status: str


@dataclass(frozen=True, slots=True)
class ObjectiveBlock:
    number: str
    title: str
    answers: str
    activities: tuple[ActivityLine, ...]
    total: str


@dataclass(frozen=True, slots=True)
class TotalLine:
    name: str
    amounts: Mapping[str, int]
    text: str


@dataclass(frozen=True)
class PlanContent:
    language: str
    right_to_left: bool
    title: str
    subtitle: str
    summary: str
    draft: bool
    objectives: tuple[ObjectiveBlock, ...]
    #: (heading, lines) for each way of adding up the costs, then the overall line.
    totals: tuple[tuple[str, tuple[TotalLine, ...]], ...]
    overall: TotalLine
    unfunded: TotalLine
    notes: tuple[str, ...]
    #: Points the quality check raises: (activity number and title, or "the plan"; text).
    problems: tuple[tuple[str, str], ...]
    #: Quarters of the timeline, as (year, quarter 1 to 4).
    quarters: tuple[tuple[int, int], ...]
    labels: Mapping[str, str]
    #: Costs by objective in the main currency: (currency, (number, funded, unfunded)).
    funding: tuple[str, tuple[tuple[str, int, int], ...]] = ("", ())

    @property
    def activities(self) -> tuple[ActivityLine, ...]:
        return tuple(a for o in self.objectives for a in o.activities)


def plan_content(dossier: Readable, translation: Translation) -> PlanContent:
    with dossier.reader() as connection:
        plan = load_plan(connection)
    return content_of(plan, translation)


def content_of(plan: PlanData, translation: Translation) -> PlanContent:
    text = PlanText.for_translation(translation)

    def tr(source: str) -> str:
        return translation.translate(CONTEXT, source)

    labels = {key: tr(source) for key, source in LABELS.items()}
    info = plan.plan
    period = (info.period_start, info.period_end)
    if info.adopted and info.adopted_on:
        subtitle = _fill(tr(_ADOPTED), *(_date_or(text, d) for d in period),
                         text.long_date(info.adopted_on))
    elif period[0] and period[1]:
        subtitle = _fill(tr(_DRAFT), text.long_date(period[0]), text.long_date(period[1]))
    else:
        subtitle = tr(_DRAFT_NO_PERIOD)

    totals = plan_totals(plan)
    numbers: dict[object, str] = {}
    blocks = []
    for index, objective in enumerate(plan.objectives, start=1):
        lines = []
        for position, activity in enumerate(plan.activities_of(objective.id), start=1):
            number = f"{index}.{position}"
            numbers[activity.id] = number
            lines.append(_line(number, activity, plan, text,
                               translation.language.right_to_left))
        blocks.append(ObjectiveBlock(str(index), objective.title,
                                     text.reference(objective.reference_id), tuple(lines),
                                     _money(text, totals.by_objective.get(objective.id, {}))))

    def total_line(name: str, amounts: Mapping[str, int]) -> TotalLine:
        return TotalLine(name, amounts, _money(text, amounts))

    by_objective = tuple(total_line(_fill(labels["objective_of"], block.number, block.title),
                                    totals.by_objective.get(objective.id, {}))
                         for block, objective in zip(blocks, plan.objectives, strict=True))
    by_lead = tuple(total_line(plan.organisation_name(lead) or labels["no_lead"], amounts)
                    for lead, amounts in totals.by_lead.items())
    by_source = tuple(total_line(text.source(source), amounts)
                      for source, amounts in totals.by_source.items())
    notes = []
    if totals.no_cost:
        notes.append(translation.translate(
            "ActionPlan", "%n activity(ies) marked as costing nothing.", None, totals.no_cost))
    if totals.not_costed:
        notes.append(translation.translate(
            "ActionPlan", "%n activity(ies) with no estimated cost yet, left out of the "
            "totals.", None, totals.not_costed))
    problems = tuple(
        (f"{numbers.get(p.activity_id, '')} {p.activity_title}".strip()
         if p.activity_id else labels["the_plan"], text.problem(p))
        for p in check_plan(plan))
    overall = total_line(labels["total"], totals.overall)
    unfunded = total_line(labels["unfunded_total"], totals.unfunded)
    summary = _fill(tr(_SUMMARY), translation.locale.toString(len(plan.objectives)),
                    translation.locale.toString(len(plan.activities)), overall.text,
                    unfunded.text)
    return PlanContent(
        language=translation.code,
        right_to_left=translation.language.right_to_left,
        title=info.title or tr(_DEFAULT_TITLE),
        subtitle=subtitle,
        summary=summary,
        draft=not info.adopted,
        objectives=tuple(blocks),
        totals=((labels["by_objective"], by_objective), (labels["by_lead"], by_lead),
                (labels["by_source"], by_source)),
        overall=overall,
        unfunded=unfunded,
        notes=tuple(notes),
        problems=problems,
        quarters=quarters(plan),
        labels=labels,
        funding=_funding(plan),
    )


def _line(number: str, activity: ActivityInfo, plan: PlanData, text: PlanText,
          right_to_left: bool) -> ActivityLine:
    translate = text.translate
    # In a right-to-left hand-out each name keeps its own direction among the others.
    names = [plan.organisation_name(p) for p in activity.partner_ids]
    partners = text.locale.createSeparatedList(
        [isolate(n) for n in names] if right_to_left else names)
    if activity.no_cost:
        cost = translate(CONTEXT, LABELS["no_cost"])
    elif activity.estimated_cost is not None:
        cost = text.money({activity.currency: activity.estimated_cost})
    else:
        cost = ""
    start = text.date(activity.start_date) if activity.start_date else ""
    end = text.date(activity.end_date) if activity.end_date else ""
    kind = label(activity.funding, translate)
    funding = kind
    if activity.funding is FundingKind.DONOR and activity.donor:
        funding = f"{kind}: {activity.donor}"
    return ActivityLine(
        number=number, info=activity, title=activity.title,
        description=activity.description,
        lead=plan.organisation_name(activity.lead_organisation_id),
        partners=partners,
        start=start, end=end,
        dates=_fill(translate(CONTEXT, _DATES), start, end) if start and end
        else start or end,
        cost=cost, funding=funding, funding_kind=kind, indicator=activity.indicator,
        verification=activity.verification,
        status=label(activity.status, translate),
    )


def quarters(plan: PlanData) -> tuple[tuple[int, int], ...]:
    """The quarters of the plan's period, else those its activities span (at most
    :data:`MAX_QUARTERS`)."""
    start, end = plan.plan.period_start, plan.plan.period_end
    if start is None or end is None or end < start:
        starts = [a.start_date for a in plan.activities if a.start_date]
        ends = [a.end_date or a.start_date for a in plan.activities if a.start_date]
        if not starts:
            return ()
        start, end = min(starts), max(e for e in ends if e is not None)
    first, last = quarter_of(start), quarter_of(end)
    found = []
    year, quarter = first
    while (year, quarter) <= last and len(found) < MAX_QUARTERS:
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return tuple(found)


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _funding(plan: PlanData) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    currency, rows = funding_by_objective(plan)
    return currency, tuple((str(index), row.funded, row.unfunded)
                           for index, row in enumerate(rows, start=1))


def completed(line: ActivityLine) -> bool:
    return line.info.status is ActivityStatus.COMPLETED


def _money(text: PlanText, amounts: Mapping[str, int]) -> str:
    if not amounts:
        return text.translate(CONTEXT, _NONE)
    return text.money(amounts)


def _date_or(text: PlanText, value: date | None) -> str:
    return text.long_date(value) if value else text.translate(CONTEXT, _NOT_SET)


def _fill(template: str, *arguments: str) -> str:
    """Qt-style ``%1``, ``%2`` placeholders, which translators may reorder."""
    return re.sub(r"%([1-9])", lambda m: arguments[int(m[1]) - 1]
                  if int(m[1]) <= len(arguments) else m[0], template)
