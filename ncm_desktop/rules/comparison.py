"""Several States side by side: what a regional body needs before a regional meeting.

Each State is judged by the readiness rules as its own commission sees it
(:func:`rules.readiness.evaluate`); this module only lines the results up: the score of
each clause that holds provisions, the gaps by verbal form ('shall', 'should'), the 7.4
categories with no member, the Points of Contact missing or not notified recently, and
whether the National Action Plan is adopted.  Clauses are ordered with the gaps most
States share first, and so are the provisions: a gap that nine States of ten have is
what a regional programme can address once for all of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ncm_desktop.catalog.model import Catalog, CategoryGroup, Priority, ProvisionKind
from ncm_desktop.rules.composition import Coverage, coverage_by_category
from ncm_desktop.rules.findings import Finding
from ncm_desktop.rules.points_of_contact import (
    NotificationState,
    best_notification,
    required_instruments,
)
from ncm_desktop.rules.readiness import Tally, evaluate, score
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.plan_queries import PlanInfo

#: The verbal forms whose gaps are counted apart ('may' and 'can' are never gaps).
GAP_KINDS = (ProvisionKind.SHALL, ProvisionKind.SHOULD)


class PlanState(StrEnum):
    ADOPTED = "adopted"
    DRAFT = "draft"
    NOT_RECORDED = "not_recorded"


class ContactProblem(StrEnum):
    MISSING = "missing"  # an instrument the State joined has no Point of Contact
    STALE = "stale"  # its office was never told, or not within the notification period


@dataclass(frozen=True, slots=True)
class ContactIssue:
    instrument_id: str
    problem: ContactProblem
    last_notified: date | None = None


@dataclass(frozen=True)
class StateResult:
    """One State's readiness, reduced to what is compared."""

    name: str
    findings: tuple[Finding, ...]
    overall: Tally
    #: By the clause that holds the provisions (``7.4.2``, ``6.3.1`` ...).
    by_clause: Mapping[str, Tally]
    #: Number of gaps by verbal form (``shall``, ``should``).
    gaps_by_kind: Mapping[str, int]
    #: 7.4 categories the standard asks for with no member (absent, or only invited).
    absent_categories: tuple[str, ...]
    contact_issues: tuple[ContactIssue, ...]
    plan: PlanState
    plan_adopted_on: date | None = None
    gap_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def contacts_missing(self) -> int:
        return sum(i.problem is ContactProblem.MISSING for i in self.contact_issues)

    @property
    def contacts_stale(self) -> int:
        return sum(i.problem is ContactProblem.STALE for i in self.contact_issues)


def assess(name: str, snapshot: Snapshot, plan: PlanInfo, catalog: Catalog) -> StateResult:
    """Judge one dossier with the readiness rules and keep what the comparison shows."""
    findings = evaluate(snapshot, catalog)
    by_clause: dict[str, Tally] = {}
    for finding in findings:
        by_clause.setdefault(finding.clause, Tally()).add(finding)
    gap_findings = [f for f in findings if f.is_gap]
    required = {c.id for c in catalog.categories
                if c.group is not CategoryGroup.OTHER_GOVERNMENT}
    absent = tuple(c.category_id for c in coverage_by_category(snapshot, catalog)
                   if c.category_id in required
                   and c.coverage in (Coverage.ABSENT, Coverage.INVITED))
    if plan.adopted:
        plan_state = PlanState.ADOPTED
    else:
        plan_state = PlanState.DRAFT if plan.recorded else PlanState.NOT_RECORDED
    return StateResult(
        name=name,
        findings=findings,
        overall=score(findings).overall,
        by_clause=by_clause,
        gaps_by_kind={k.value: sum(f.kind is k for f in gap_findings) for k in GAP_KINDS},
        absent_categories=absent,
        contact_issues=_contact_issues(snapshot, catalog),
        plan=plan_state,
        plan_adopted_on=plan.adopted_on if plan.adopted else None,
        gap_ids=frozenset(f.provision_id for f in gap_findings),
    )


def _contact_issues(snapshot: Snapshot, catalog: Catalog) -> tuple[ContactIssue, ...]:
    """What the Points of Contact page flags for each instrument the State joined."""
    issues = []
    for instrument_id in required_instruments(snapshot, catalog):
        state, contact, entry = best_notification(snapshot, instrument_id)
        if contact is None or entry is None:
            issues.append(ContactIssue(instrument_id, ContactProblem.MISSING))
        elif state is not NotificationState.CURRENT:
            issues.append(ContactIssue(instrument_id, ContactProblem.STALE,
                                       entry.last_notified))
    return tuple(issues)


@dataclass(frozen=True, slots=True)
class ClauseRow:
    """One clause across the States: a tally for each (None where nothing counts)."""

    clause_id: str
    tallies: tuple[Tally | None, ...]
    #: How many States have at least one gap in the clause.
    states_with_gaps: int
    #: Gaps in the clause, all States together.
    gaps: int


@dataclass(frozen=True, slots=True)
class CommonGap:
    """A provision not (fully) met in several States."""

    provision_id: str
    clause: str
    kind: ProvisionKind
    priority: Priority | None
    #: Positions in :attr:`Comparison.states` of the States that have the gap.
    states: tuple[int, ...]


@dataclass(frozen=True)
class Comparison:
    states: tuple[StateResult, ...]
    #: Clauses holding provisions that count, the gaps most States share first.
    clauses: tuple[ClauseRow, ...]
    #: Provisions that are gaps in at least :attr:`shared_by` States, most States first.
    common_gaps: tuple[CommonGap, ...]
    shared_by: int


def compare(states: Sequence[StateResult]) -> Comparison:
    """Line the States up; their order is kept as given."""
    states = tuple(states)
    clause_order: dict[str, int] = {}
    details: dict[str, Finding] = {}
    for state in states:
        for finding in state.findings:
            clause_order.setdefault(finding.clause, finding.order)
            details.setdefault(finding.provision_id, finding)
    rows = []
    for clause_id in sorted(clause_order, key=clause_order.__getitem__):
        tallies = tuple(_counted(state.by_clause.get(clause_id)) for state in states)
        if all(t is None for t in tallies):
            continue
        gap_counts = [_gaps(t) for t in tallies]
        rows.append(ClauseRow(clause_id, tallies, sum(1 for n in gap_counts if n),
                              sum(gap_counts)))
    rows.sort(key=lambda r: (-r.states_with_gaps, -r.gaps, clause_order[r.clause_id]))

    shared_by = 2 if len(states) > 1 else 1
    common = []
    for provision_id, finding in details.items():
        having = tuple(i for i, state in enumerate(states) if provision_id in state.gap_ids)
        if len(having) >= shared_by:
            common.append(CommonGap(provision_id, finding.clause, finding.kind,
                                    finding.priority, having))
    common.sort(key=lambda g: (-len(g.states), *details[g.provision_id].sort_key()))
    return Comparison(states, tuple(rows), tuple(common), shared_by)


def _counted(tally: Tally | None) -> Tally | None:
    return tally if tally is not None and tally.assessed else None


def _gaps(tally: Tally | None) -> int:
    if tally is None:
        return 0
    return tally.partly_met + tally.not_met + tally.unanswered
