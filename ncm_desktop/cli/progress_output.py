"""``ncm-desktop readiness DOSSIER --since DATE``: what changed since the readiness of a date.

The readiness of DATE is the latest baseline taken on or before it; it is compared with
the readiness of today, provision by provision.  The baselines taken since DATE are
listed too, as the trend.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.rules.baselines import Change, Progress, as_of, compare
from ncm_desktop.storage.baselines import Baseline

CONTEXT = "Cli"

_NOT_A_DATE = QT_TRANSLATE_NOOP("Cli", "Not a date: %1. Write it as YYYY-MM-DD.")
_NO_BASELINE = QT_TRANSLATE_NOOP(
    "Cli", "No baseline was recorded on or before %1. Baselines: %2.")
_NO_BASELINES = QT_TRANSLATE_NOOP(
    "Cli", "No baseline was recorded in this dossier yet. Record one on the Readiness page, "
    "or mark a meeting as held.")
_SINCE = QT_TRANSLATE_NOOP("Cli", "Progress since the baseline of %1: score %2% then, %3% now "
                                  "(%4).")
_SINCE_NO_SCORE = QT_TRANSLATE_NOOP("Cli", "Progress since the baseline of %1:")
_TREND = QT_TRANSLATE_NOOP("Cli", "Baselines:")
_TREND_LINE = QT_TRANSLATE_NOOP("Cli", "  %1: %2%")
_TREND_NO_SCORE = QT_TRANSLATE_NOOP("Cli", "  %1: nothing to score")
_HEADINGS = {
    Change.NEWLY_MET: QT_TRANSLATE_NOOP("Cli", "Newly met (%1):"),
    Change.IMPROVED: QT_TRANSLATE_NOOP("Cli", "Closer to met (%1):"),
    Change.SLIPPED_BACK: QT_TRANSLATE_NOOP("Cli", "Slipped back (%1):"),
}
_CHANGE = QT_TRANSLATE_NOOP("Cli", "- %1 %2: %3 → %4")
_NO_CHANGE = QT_TRANSLATE_NOOP("Cli", "No provision changed.")


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def run(console: Console, text: str, baselines: tuple[Baseline, ...], today: Baseline,
        catalog: Catalog, output: str) -> int:
    """Print the changes since ``text`` (a date) in ``output`` format; 1 on bad input."""
    t = console.translate

    def fill(template: str, *values: object) -> str:
        texts = [str(v) for v in values]
        return re.sub(r"%([1-9])", lambda m: texts[int(m[1]) - 1], t(CONTEXT, template))

    since = parse_date(text)
    if since is None:
        return console.fail_text(fill(_NOT_A_DATE, text))
    if not baselines:
        return console.fail_text(t(CONTEXT, _NO_BASELINES))
    reference = as_of(baselines, since)
    if reference is None:
        return console.fail_text(fill(_NO_BASELINE, since.isoformat(), ", ".join(
            b.taken_on.isoformat() for b in baselines)))
    order = [p.id for p in catalog.provisions]
    progress = compare(reference, today, order)
    trend = [b for b in baselines if b.taken_on >= reference.taken_on]
    if output == "json":
        console.say(json.dumps(_as_dict(since, progress, trend), ensure_ascii=False, indent=2))
        return 0
    change = progress.score_change
    if change is None:
        console.say(fill(_SINCE_NO_SCORE, reference.taken_on.isoformat()))
    else:
        console.say(fill(_SINCE, reference.taken_on.isoformat(), reference.percent,
                         today.percent, f"{change:+d}"))
    console.say("")
    console.say(t(CONTEXT, _TREND))
    for baseline in trend:
        if baseline.percent is None:
            console.say(fill(_TREND_NO_SCORE, baseline.taken_on.isoformat()))
        else:
            console.say(fill(_TREND_LINE, baseline.taken_on.isoformat(), baseline.percent))
    console.say("")
    if not progress.changes:
        console.say(t(CONTEXT, _NO_CHANGE))
    for kind, heading in _HEADINGS.items():
        found = progress.of_kind(kind)
        if not found:
            continue
        console.say(fill(heading, len(found)))
        for item in found:
            provision = catalog.provision(item.provision_id)
            console.say(fill(_CHANGE, clause_label(item.provision_id), _short(provision.text),
                             label(item.before, t), label(item.after, t)))
    return 0


def _short(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def _as_dict(since: date, progress: Progress, trend: list[Baseline]) -> dict[str, Any]:
    return {
        "since": since.isoformat(),
        "baseline": progress.before.taken_on.isoformat(),
        "score_then": progress.before.percent,
        "score_now": progress.after.percent,
        "score_change": progress.score_change,
        "women_percent_then": progress.before.women_percent,
        "women_percent_now": progress.after.women_percent,
        "categories_covered_then": progress.before.categories_covered,
        "categories_covered_now": progress.after.categories_covered,
        "changes": [{"id": c.provision_id, "before": c.before.value, "after": c.after.value,
                     "change": c.change.value} for c in progress.changes],
        "baselines": [{"date": b.taken_on.isoformat(), "percent": b.percent,
                       "by_clause": dict(b.by_clause), "by_priority": dict(b.by_priority)}
                      for b in trend],
    }
