"""The quality check of the National Action Plan before it is tabled.

What action-plan reviews ask of every activity: a lead institution that is a member of
the mechanism, a timetable inside the plan's period, a cost (or an explicit "no cost")
and an indicator.  Each problem names the activity it is about, so that the window can
open it; problems of the plan itself (no period) name none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ncm_desktop.storage.enums import MEMBER_OR_OBSERVER
from ncm_desktop.storage.plan_queries import ActivityInfo, PlanData


class QualityCode(StrEnum):
    NO_PERIOD = "no_period"  # the plan has no start or no end
    NO_LEAD = "no_lead"
    LEAD_NOT_MEMBER = "lead_not_member"  # params: organisation name, membership
    NO_DATES = "no_dates"
    DATES_REVERSED = "dates_reversed"
    STARTS_BEFORE_PERIOD = "starts_before_period"  # params: start, period start
    ENDS_AFTER_PERIOD = "ends_after_period"  # params: end, period end
    NO_COST = "no_cost"
    NO_INDICATOR = "no_indicator"


@dataclass(frozen=True, slots=True)
class Problem:
    code: QualityCode
    activity_id: uuid.UUID | None = None
    activity_title: str = ""
    params: tuple[object, ...] = ()


def check_plan(plan: PlanData) -> tuple[Problem, ...]:
    """Every problem of the plan, the plan's own first, then activity by activity in the
    plan's order."""
    problems: list[Problem] = []
    info = plan.plan
    if info.period_start is None or info.period_end is None:
        problems.append(Problem(QualityCode.NO_PERIOD))
    for activity in plan.activities:
        problems.extend(check_activity(activity, plan))
    return tuple(problems)


def check_activity(activity: ActivityInfo, plan: PlanData) -> list[Problem]:
    def problem(code: QualityCode, *params: object) -> Problem:
        return Problem(code, activity.id, activity.title, params)

    found = []
    lead = plan.organisations.get(activity.lead_organisation_id) \
        if activity.lead_organisation_id else None
    if lead is None:
        found.append(problem(QualityCode.NO_LEAD))
    elif lead.membership not in MEMBER_OR_OBSERVER:
        found.append(problem(QualityCode.LEAD_NOT_MEMBER, lead.name, lead.membership))
    start, end = activity.start_date, activity.end_date
    if start is None or end is None:
        found.append(problem(QualityCode.NO_DATES))
    elif end < start:
        found.append(problem(QualityCode.DATES_REVERSED, start, end))
    period_start, period_end = plan.plan.period_start, plan.plan.period_end
    if _before(start, period_start):
        found.append(problem(QualityCode.STARTS_BEFORE_PERIOD, start, period_start))
    if _before(period_end, end):
        found.append(problem(QualityCode.ENDS_AFTER_PERIOD, end, period_end))
    if activity.estimated_cost is None and not activity.no_cost:
        found.append(problem(QualityCode.NO_COST))
    if not activity.indicator.strip():
        found.append(problem(QualityCode.NO_INDICATOR))
    return found


def _before(first: date | None, second: date | None) -> bool:
    return first is not None and second is not None and first < second
