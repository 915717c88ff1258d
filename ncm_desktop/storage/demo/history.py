"""The sample dossier's past: three earlier baselines, so that it shows a trend.

They are the sample's readiness of today made worse step by step, going back: fewer
provisions met, fewer categories represented, fewer women; and one provision met in
September that has slipped back since.  The first two are those of the sample's two
meetings, recorded when they were held.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from sqlalchemy import select

from ncm_desktop.storage.baseline_repository import save_baseline
from ncm_desktop.storage.baselines import Baseline
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.dossier_data import Snapshot, load_snapshot
from ncm_desktop.storage.models import Meeting

#: (date, how many met provisions were not met yet, categories and women's share fewer).
STEPS = ((date(2026, 3, 12), 18, 4, 14), (date(2026, 5, 20), 9, 2, 8),
         (date(2026, 9, 15), 3, 1, 3))


class Scorer(Protocol):
    """What ``rules.baselines.Scorer`` offers: storage keeps baselines, rules judge."""

    def judge(self, snapshot: Snapshot) -> Baseline: ...

    def rescore(self, like: Baseline, statuses: dict[str, str], taken_on: date,
                **figures: Any) -> Baseline: ...


def write_history(dossier: Dossier, scorer: Scorer) -> None:
    with dossier.reader() as connection:
        current = scorer.judge(load_snapshot(connection))
    with dossier.session() as session:
        meetings = {m.held_on: m.id for m in session.scalars(select(Meeting))}
    met = sorted(p for p, s in current.statuses.items() if s == "met")
    partly = sorted(p for p, s in current.statuses.items() if s == "partly_met")
    for taken_on, not_yet, categories, women in STEPS:
        statuses = dict(current.statuses)
        for index, provision in enumerate(met[:not_yet]):
            statuses[provision] = "not_met" if index % 2 else "partly_met"
        if taken_on == STEPS[-1][0] and partly:
            statuses[partly[0]] = "met"  # met in September, slipped back since
        women_percent = (None if current.women_percent is None
                         else max(0, current.women_percent - women))
        baseline = scorer.rescore(
            current, statuses, taken_on, meeting_id=meetings.get(taken_on),
            categories_covered=max(0, current.categories_covered - categories),
            women_percent=women_percent)
        save_baseline(dossier, baseline)
