"""What the National Action Plan costs: by objective, by lead, by funding source, and what
is not funded yet.

Amounts stay in their own currency and are never converted: a plan costed in XOF with a
donor's contribution in EUR shows two totals side by side.  Activities with no cost
given are counted apart, so that a total is never read as complete when it is not.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from ncm_desktop.storage.enums import FundingKind
from ncm_desktop.storage.plan_queries import ActivityInfo, PlanData

#: Currency code -> whole units, currencies in alphabetical order.
Amounts = Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Source:
    """A funding source: national budget, one named donor, or none yet."""

    kind: FundingKind
    donor: str = ""


@dataclass(frozen=True)
class PlanTotals:
    overall: Amounts = field(default_factory=dict)
    #: By objective, in the plan's order (objectives with no costed activity included).
    by_objective: Mapping[uuid.UUID, Amounts] = field(default_factory=dict)
    #: By lead organisation (None: activities with no lead), largest first.
    by_lead: Mapping[uuid.UUID | None, Amounts] = field(default_factory=dict)
    #: By source: national budget, then each donor by name, then unfunded.
    by_source: Mapping[Source, Amounts] = field(default_factory=dict)
    #: What no one funds yet.
    unfunded: Amounts = field(default_factory=dict)
    #: Activities marked as costing nothing.
    no_cost: int = 0
    #: Activities with neither a cost nor "no cost": the totals leave them out.
    not_costed: int = 0


def plan_totals(plan: PlanData) -> PlanTotals:
    overall: dict[str, int] = defaultdict(int)
    by_objective: dict[uuid.UUID, dict[str, int]] = {o.id: defaultdict(int)
                                                     for o in plan.objectives}
    by_lead: dict[uuid.UUID | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_source: dict[Source, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    no_cost = not_costed = 0
    for activity in plan.activities:
        if activity.no_cost:
            no_cost += 1
            continue
        if activity.estimated_cost is None:
            not_costed += 1
            continue
        currency, amount = activity.currency, activity.estimated_cost
        overall[currency] += amount
        by_objective.setdefault(activity.objective_id, defaultdict(int))[currency] += amount
        by_lead[activity.lead_organisation_id][currency] += amount
        by_source[source_of(activity)][currency] += amount
    unfunded = by_source.get(Source(FundingKind.UNFUNDED), {})
    kinds = list(FundingKind)
    return PlanTotals(
        overall=_sorted(overall),
        by_objective={key: _sorted(value) for key, value in by_objective.items()},
        by_lead={key: _sorted(value) for key, value in sorted(
            by_lead.items(), key=lambda item: (item[0] is None, -sum(item[1].values())))},
        by_source={key: _sorted(value) for key, value in sorted(
            by_source.items(), key=lambda item: (kinds.index(item[0].kind),
                                                 item[0].donor.casefold()))},
        unfunded=_sorted(unfunded),
        no_cost=no_cost,
        not_costed=not_costed,
    )


@dataclass(frozen=True, slots=True)
class ObjectiveFunding:
    objective_id: uuid.UUID
    funded: int
    unfunded: int


def funding_by_objective(plan: PlanData) -> tuple[str, tuple[ObjectiveFunding, ...]]:
    """What each objective costs in the plan's main currency (the one most activities are
    costed in), funded and not funded yet; costs in other currencies are left out (never
    converted: amounts in two currencies cannot share a scale).  ``("", ())`` when
    nothing is costed."""
    counts: dict[str, int] = defaultdict(int)
    for activity in plan.activities:
        if not activity.no_cost and activity.estimated_cost:
            counts[activity.currency] += 1
    if not counts:
        return "", ()
    currency = max(sorted(counts), key=lambda c: counts[c])
    funded: dict[uuid.UUID, int] = defaultdict(int)
    unfunded: dict[uuid.UUID, int] = defaultdict(int)
    for activity in plan.activities:
        if activity.no_cost or not activity.estimated_cost or activity.currency != currency:
            continue
        target = unfunded if activity.funding is FundingKind.UNFUNDED else funded
        target[activity.objective_id] += activity.estimated_cost
    return currency, tuple(ObjectiveFunding(o.id, funded[o.id], unfunded[o.id])
                           for o in plan.objectives)


def source_of(activity: ActivityInfo) -> Source:
    if activity.funding is FundingKind.DONOR:
        return Source(FundingKind.DONOR, activity.donor.strip())
    return Source(activity.funding)


def _sorted(amounts: Mapping[str, int]) -> dict[str, int]:
    return {currency: amounts[currency] for currency in sorted(amounts)}
