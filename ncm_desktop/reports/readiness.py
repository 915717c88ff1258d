"""The readiness report: how far the mechanism follows MOSAIC 03.40, as the dashboard says.

The score overall, by clause and by priority (charts, then tables); the progress since
the last baseline (the trend of the scores, and what changed provision by provision);
then the gaps, most important first, each
with its clause, what the records show and the next step; then, apart and not counted,
the options the standard offers ('may' and 'can').  The findings are those of
``rules.readiness``, read from the dossier as the window reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Catalog, Priority
from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.translation import Translate
from ncm_desktop.reports import charts
from ncm_desktop.reports.document import (
    BODY,
    BODY_BOLD,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    NOTE,
    TITLE,
    Align,
    Document,
    Tr,
    fill,
)
from ncm_desktop.reports.table import Cell, Column, Rule, Table
from ncm_desktop.rules.baselines import Change, baseline_of, clause_series, compare, previous
from ncm_desktop.rules.findings import Finding
from ncm_desktop.rules.readiness import (
    NO_PRIORITY,
    Score,
    Tally,
    evaluate,
    gaps,
    informative,
    score,
)
from ncm_desktop.storage.baselines import Baseline, load_baselines
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.handouts import Readable

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

CONTEXT = "ReadinessReport"

_AS_OF = QT_TRANSLATE_NOOP("ReadinessReport", "As recorded on %1, against %2 (catalog %3)")
_INTRO = QT_TRANSLATE_NOOP(
    "ReadinessReport", "Every provision of the standard is decided from the records where "
    "they can decide it, otherwise answered by hand with a line of evidence. Met counts "
    "whole, partly met half. The standard is voluntary guidance: gaps are steps still to "
    "take, not failings.")
_SCORE = QT_TRANSLATE_NOOP("ReadinessReport", "Readiness score: %1")
_NO_SCORE = QT_TRANSLATE_NOOP("ReadinessReport", "Readiness score: nothing to score yet")
_COUNTS = QT_TRANSLATE_NOOP(
    "ReadinessReport", "%1 met, %2 partly met, %3 not met and %4 not yet answered, of %5 "
    "provisions that count; %6 do not apply.")
_BY_CLAUSE = QT_TRANSLATE_NOOP("ReadinessReport", "Score by clause")
_BY_PRIORITY = QT_TRANSLATE_NOOP("ReadinessReport", "Score by priority of the functions "
                                                    "(7.3)")
_CLAUSE = QT_TRANSLATE_NOOP("ReadinessReport", "Clause")
_PRIORITY = QT_TRANSLATE_NOOP("ReadinessReport", "Priority")
_OTHER = QT_TRANSLATE_NOOP("ReadinessReport", "Other provisions")
_MET = QT_TRANSLATE_NOOP("ReadinessReport", "Met")
_PARTLY = QT_TRANSLATE_NOOP("ReadinessReport", "Partly")
_NOT_MET = QT_TRANSLATE_NOOP("ReadinessReport", "Not met")
_TO_ANSWER = QT_TRANSLATE_NOOP("ReadinessReport", "To answer")
_PERCENT = QT_TRANSLATE_NOOP("ReadinessReport", "Score")
_GAPS = QT_TRANSLATE_NOOP("ReadinessReport", "Gaps, most important first")
_GAPS_NOTE = QT_TRANSLATE_NOOP(
    "ReadinessReport", "'Shall' before 'should', high priority before lower, then in the "
    "standard's order.")
_NO_GAPS = QT_TRANSLATE_NOOP("ReadinessReport", "No gaps: every provision that counts is met.")
_PROVISION = QT_TRANSLATE_NOOP("ReadinessReport", "Provision")
_FINDING = QT_TRANSLATE_NOOP("ReadinessReport", "What the records show")
_NEXT = QT_TRANSLATE_NOOP("ReadinessReport", "Next step")
_OPTIONS = QT_TRANSLATE_NOOP("ReadinessReport",
                             "Options the standard offers ('may', 'can'): not counted")
_STATUS = QT_TRANSLATE_NOOP("ReadinessReport", "Status")
_PERCENT_VALUE = QT_TRANSLATE_NOOP("ReadinessReport", "%1%")
_CHART_CLAUSE = QT_TRANSLATE_NOOP("ReadinessReport", "Clause %1")
_PROGRESS = QT_TRANSLATE_NOOP("ReadinessReport", "Progress since the last baseline")
_NO_BASELINE = QT_TRANSLATE_NOOP(
    "ReadinessReport", "No baseline was recorded before today. A baseline keeps the "
    "readiness of its date (Record a baseline on the Readiness page, or mark a meeting as "
    "held), so that the next report shows the progress made since.")
_SINCE = QT_TRANSLATE_NOOP(
    "ReadinessReport", "Since the baseline of %1 the score went from %2 to %3: %4 "
    "provisions newly met, %5 closer to met, %6 slipped back.")
_COMPOSITION_THEN = QT_TRANSLATE_NOOP(
    "ReadinessReport", "Categories of 7.4 represented: %1 of %2 then, %3 of %4 now. Women "
    "among the representatives: %5 then, %6 now.")
_TREND = QT_TRANSLATE_NOOP("ReadinessReport", "Score by date, overall (thick line) and by "
                                              "clause")
_TODAY = QT_TRANSLATE_NOOP("ReadinessReport", "Today")
_THEN = QT_TRANSLATE_NOOP("ReadinessReport", "Then")
_NOW = QT_TRANSLATE_NOOP("ReadinessReport", "Now")
_CHANGE = QT_TRANSLATE_NOOP("ReadinessReport", "Change")
_NO_CHANGE = QT_TRANSLATE_NOOP("ReadinessReport", "No provision changed status since then.")


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    with dossier.reader() as connection:
        snapshot = load_snapshot(connection)
        baselines = load_baselines(connection)
    catalog = load_catalog(document.translation.code)
    findings = evaluate(snapshot, catalog)
    result = score(findings)
    text = FindingsText.for_translation(document.translation)
    tr = document.translator(CONTEXT)
    translate = document.translation.translate

    document.title_block(document.title, fill(tr(_AS_OF), document.date(options.generated),
                                              catalog.standard, catalog.catalog_version))
    document.paragraph(tr(_INTRO), NOTE, after=8)
    overall = result.overall
    if overall.percent is None:
        document.paragraph(tr(_NO_SCORE), TITLE, after=2)
    else:
        document.paragraph(fill(tr(_SCORE), fill(tr(_PERCENT_VALUE),
                                                 document.number(overall.percent))),
                           TITLE, after=2)
        document.paragraph(fill(tr(_COUNTS), *(document.number(n) for n in (
            overall.met, overall.partly_met, overall.not_met, overall.unanswered,
            overall.assessed, overall.not_applicable))), BODY, after=8)

    _score_charts(document, result, tr)
    clauses = [(f"{key} {catalog.clause(key).title}", tally)
               for key, tally in result.by_clause.items() if tally.assessed]
    _score_table(document, tr(_BY_CLAUSE), tr(_CLAUSE), clauses, tr)
    priorities = [(label(Priority(key), translate) if key != NO_PRIORITY else tr(_OTHER),
                   tally) for key, tally in result.by_priority.items() if tally.assessed]
    _score_table(document, tr(_BY_PRIORITY), tr(_PRIORITY), priorities, tr)
    _progress(document, baselines, baseline_of(snapshot, catalog, findings),
              catalog, tr)
    progress(1, 3)

    found = gaps(findings)
    document.heading(tr(_GAPS), keep_with=60)
    if not found:
        document.paragraph(tr(_NO_GAPS), BODY_BOLD)
    else:
        document.paragraph(tr(_GAPS_NOTE), CELL_MUTED, after=4)
        table = Table(document, [Column(tr(_PROVISION), 1.5), Column(tr(_FINDING), 4.2),
                                 Column(tr(_NEXT), 4.0)])
        table.begin()
        for finding in found:
            table.row([_provision_cell(finding, translate),
                       [(text.message(finding.message), CELL)],
                       [(finding.next_step, CELL)]])
        table.end()
    progress(2, 3)

    options_found = informative(findings)
    if options_found:
        document.heading(tr(_OPTIONS), keep_with=60)
        table = Table(document, [Column(tr(_PROVISION), 1.5), Column(tr(_STATUS), 1.4),
                                 Column(tr(_FINDING), 6.8)])
        table.begin()
        for finding in options_found:
            table.row([[(clause_label(finding.provision_id), CELL_BOLD),
                        (label(finding.kind, translate), CELL_MUTED)],
                       label(finding.status, translate), text.message(finding.message)])
        table.end()
    progress(3, 3)


def _provision_cell(finding: Finding, translate: Translate) -> Cell:
    details = [label(finding.kind, translate), label(finding.status, translate)]
    if finding.priority is not None:
        details.append(label(finding.priority, translate))
    return [(clause_label(finding.provision_id), CELL_BOLD), (" · ".join(details), CELL_MUTED)]


def _score_table(document: Document, heading: str, first: str,
                 rows: list[tuple[str, Tally]], tr: Tr) -> None:
    if not rows:
        return
    table = Table(document, [Column(first, 4.6),
                             *(Column(tr(t), 1.1, Align.TRAILING)
                               for t in (_MET, _PARTLY, _NOT_MET, _TO_ANSWER, _PERCENT))])
    document.heading(heading, keep_with=table.header_height() + 3 * 16)
    table.begin()
    number = document.number
    for name, tally in rows:
        percent = "—" if tally.percent is None else fill(tr(_PERCENT_VALUE),
                                                        number(tally.percent))
        table.row([name, number(tally.met), number(tally.partly_met), number(tally.not_met),
                   number(tally.unanswered), [(percent, CELL_BOLD)]],
                  rule=Rule.LIGHT)
    table.end()


def _percent(document: Document, tr: Tr, value: int | None) -> str:
    return "—" if value is None else fill(tr(_PERCENT_VALUE), document.number(value))


def _score_charts(document: Document, result: Score, tr: Tr) -> None:
    """Scores by clause and by priority as bars, side by side."""
    translate = document.translation.translate

    def bar(name: str, tally: Tally) -> charts.Bar:
        text = _percent(document, tr, tally.percent)
        return charts.Bar(name, (float(tally.percent or 0),), (text,),
                          "" if tally.percent else text)

    clauses = [bar(fill(tr(_CHART_CLAUSE), key), tally)
               for key, tally in result.by_clause.items() if tally.assessed]
    priorities = [bar(label(Priority(key), translate) if key != NO_PRIORITY else tr(_OTHER),
                      tally) for key, tally in result.by_priority.items() if tally.assessed]
    if not clauses:
        return
    rows = max(len(clauses), len(priorities))
    document.ensure(charts.ROW * rows + 30)
    top = document.y
    gap = 14.0
    half = (document.width - gap) / 2
    used = charts.bars(document, clauses, maximum=100, title=tr(_BY_CLAUSE), width=half,
                       top=top)
    used = max(used, charts.bars(document, priorities, maximum=100, title=tr(_BY_PRIORITY),
                                 offset=half + gap, width=half, top=top, label_share=0.42))
    document.y = top - used - 6


def _progress(document: Document, baselines: tuple[Baseline, ...], today: Baseline,
              catalog: Catalog, tr: Tr) -> None:
    document.heading(tr(_PROGRESS), keep_with=60)
    before = previous(baselines, today.taken_on)
    if before is None:
        document.paragraph(tr(_NO_BASELINE), NOTE, after=6)
        return
    found = compare(before, today, [p.id for p in catalog.provisions])
    number = document.number
    document.paragraph(fill(tr(_SINCE), document.date(before.taken_on),
                            _percent(document, tr, before.percent),
                            _percent(document, tr, today.percent),
                            *(number(len(found.of_kind(k))) for k in Change)), BODY, after=2)
    document.paragraph(fill(tr(_COMPOSITION_THEN), number(before.categories_covered),
                            number(before.categories_required),
                            number(today.categories_covered),
                            number(today.categories_required),
                            _percent(document, tr, before.women_percent),
                            _percent(document, tr, today.women_percent)), NOTE, after=6)
    history = [b for b in baselines if b.taken_on < today.taken_on] + [today]
    dates = [document.short_date(b.taken_on) for b in history]
    dates[-1] = tr(_TODAY)
    document.ensure(170)  # the chart's title stays with it
    document.paragraph(tr(_TREND), CELL_BOLD, after=2)
    charts.trend(document, dates, [b.percent for b in history],
                 list(clause_series(history).items()),
                 percent=lambda value: _percent(document, tr, value))
    if not found.changes:
        document.paragraph(tr(_NO_CHANGE), CELL_MUTED, after=6)
        return
    translate = document.translation.translate
    table = Table(document, [Column(tr(_PROVISION), 5.0), Column(tr(_THEN), 1.6),
                             Column(tr(_NOW), 1.6), Column(tr(_CHANGE), 1.8)])
    table.begin()
    # A sign as well as a word, so that the direction reads at a glance, without colour.
    marks = {Change.NEWLY_MET: "+", Change.IMPROVED: "+", Change.SLIPPED_BACK: "\u2013"}
    for item in found.changes:
        table.row([[(clause_label(item.provision_id), CELL_BOLD),
                    (_shortened(catalog.provision(item.provision_id).text), CELL_MUTED)],
                   label(item.before, translate), label(item.after, translate),
                   [(f"{marks[item.change]} {label(item.change, translate)}", CELL_BOLD)]],
                  rule=Rule.LIGHT)
    table.end()


def _shortened(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
