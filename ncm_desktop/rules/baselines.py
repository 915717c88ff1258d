"""Progress over time: the readiness of a date as a baseline, and what changed between two.

A baseline keeps the score overall, by clause and by priority, each provision's status
and the composition figures (7.4 categories covered, women's share).  Comparing two
says, provision by provision, what is newly met, what improved without being met yet
and what slipped back; provisions that do not count ('may', 'can') or do not apply on
either side are left out of the comparison.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from ncm_desktop.catalog.model import Catalog, CategoryGroup
from ncm_desktop.rules.composition import Coverage, coverage_by_category
from ncm_desktop.rules.findings import Finding, Status
from ncm_desktop.rules.gender import gender_balance
from ncm_desktop.rules.readiness import (
    NO_PRIORITY,
    Tally,
    effective_priority,
    evaluate,
    score,
)
from ncm_desktop.storage.baselines import Baseline
from ncm_desktop.storage.dossier_data import Snapshot

#: How far each status goes towards meeting a provision (not applicable is not ranked).
_RANK = {Status.UNANSWERED: 0, Status.NOT_MET: 0, Status.PARTLY_MET: 1, Status.MET: 2}


class Change(StrEnum):
    NEWLY_MET = "newly_met"
    IMPROVED = "improved"  # closer to met, not met yet (not met -> partly met)
    SLIPPED_BACK = "slipped_back"


@dataclass(frozen=True, slots=True)
class ProvisionChange:
    provision_id: str
    before: Status
    after: Status
    change: Change


@dataclass(frozen=True)
class Progress:
    """What changed from ``before`` (a baseline) to ``after`` (a baseline or today)."""

    before: Baseline
    after: Baseline
    changes: tuple[ProvisionChange, ...]

    @property
    def score_change(self) -> int | None:
        if self.before.percent is None or self.after.percent is None:
            return None
        return self.after.percent - self.before.percent

    def of_kind(self, change: Change) -> tuple[ProvisionChange, ...]:
        return tuple(c for c in self.changes if c.change is change)


def baseline_of(snapshot: Snapshot, catalog: Catalog, findings: Sequence[Finding] | None = None,
                taken_on: date | None = None) -> Baseline:
    """The readiness of ``snapshot`` as a baseline dated ``taken_on`` (its day by default)."""
    found = tuple(findings) if findings is not None else evaluate(snapshot, catalog)
    result = score(found)
    required = [c for c in coverage_by_category(snapshot, catalog)
                if catalog.category(c.category_id).group is not CategoryGroup.OTHER_GOVERNMENT
                and c.coverage is not Coverage.NOT_PRESENT]
    covered = sum(c.coverage in (Coverage.MEMBER, Coverage.OBSERVER) for c in required)
    return Baseline(
        taken_on=taken_on or snapshot.today,
        percent=result.overall.percent,
        by_clause={k: v.percent for k, v in result.by_clause.items() if v.assessed},
        by_priority={k: v.percent for k, v in result.by_priority.items() if v.assessed},
        statuses={f.provision_id: f.status.value for f in found if not f.informative},
        categories_covered=covered,
        categories_required=len(required),
        women_percent=gender_balance(snapshot).all.percent_women,
    )


def compare(before: Baseline, after: Baseline, order: Iterable[str] = ()) -> Progress:
    """Provision by provision, from ``before`` to ``after``; in ``order`` (the standard's)
    when given, else by provision id."""
    ids = [i for i in dict.fromkeys([*order, *sorted(after.statuses)]) if i in after.statuses]
    changes = []
    for provision_id in ids:
        old, new = before.statuses.get(provision_id), after.statuses[provision_id]
        if old is None:
            continue
        change = _change(Status(old), Status(new))
        if change is not None:
            changes.append(ProvisionChange(provision_id, Status(old), Status(new), change))
    return Progress(before, after, tuple(changes))


def _change(old: Status, new: Status) -> Change | None:
    if old not in _RANK or new not in _RANK or _RANK[old] == _RANK[new]:
        return None
    if _RANK[new] < _RANK[old]:
        return Change.SLIPPED_BACK
    return Change.NEWLY_MET if new is Status.MET else Change.IMPROVED


def previous(baselines: Sequence[Baseline], day: date) -> Baseline | None:
    """The latest baseline taken before ``day`` (today's own baseline is not "previous")."""
    earlier = [b for b in baselines if b.taken_on < day]
    return earlier[-1] if earlier else None


def as_of(baselines: Sequence[Baseline], day: date) -> Baseline | None:
    """The readiness on ``day``: the latest baseline taken on or before it."""
    known = [b for b in baselines if b.taken_on <= day]
    return known[-1] if known else None


def clause_series(baselines: Sequence[Baseline]) -> dict[str, list[int | None]]:
    """Each clause's score at every baseline, in the order of the baselines."""
    clauses = dict.fromkeys(c for b in baselines for c in b.by_clause)
    return {c: [b.by_clause.get(c) for b in baselines] for c in sorted(clauses, key=_clause_key)}


def _clause_key(clause: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in clause.split("."))


class Scorer:
    """Baselines judged against one catalog: of a snapshot, or of given statuses.

    The sample dossier's history is written with one (``storage.demo.history``), which
    storage cannot judge by itself.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def judge(self, snapshot: Snapshot) -> Baseline:
        return baseline_of(snapshot, self.catalog)

    def rescore(self, like: Baseline, statuses: Mapping[str, str], taken_on: date,
                **figures: Any) -> Baseline:
        """``like`` with other statuses, its scores counted again from them."""
        overall, by_clause, by_priority = Tally(), {}, {}
        for provision in self.catalog.provisions:
            status = statuses.get(provision.id)
            if status is None:
                continue
            tally = _StatusTally(Status(status))
            priority = effective_priority(provision, self.catalog)
            for target in (overall, by_clause.setdefault(provision.clause.split(".")[0],
                                                         Tally()),
                           by_priority.setdefault(priority.value if priority else NO_PRIORITY,
                                                  Tally())):
                tally.add_to(target)
        return replace(like, taken_on=taken_on, statuses=dict(statuses),
                       percent=overall.percent,
                       by_clause={k: v.percent for k, v in by_clause.items() if v.assessed},
                       by_priority={k: v.percent for k, v in by_priority.items()
                                    if v.assessed}, **figures)


@dataclass(frozen=True, slots=True)
class _StatusTally:
    status: Status

    def add_to(self, tally: Tally) -> None:
        name = self.status.value
        setattr(tally, name, getattr(tally, name) + 1)
