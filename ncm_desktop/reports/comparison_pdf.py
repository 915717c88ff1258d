"""The regional view as a PDF, landscape, for the table of a regional meeting.

Clauses run down the page and States across it: a table of 23 clauses fits a landscape
page, while a row per State would need 23 columns.  At most :data:`STATES_PER_PAGE`
States stand side by side; more are set in further blocks of the same table, its header
repeated on every page.  Then the gaps most States share, the details of each State and
the dossiers that could not be read.  Drawn on the canvas by the shared
:class:`reports.table.Table`, mirrored in Arabic.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import IO

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports import comparison_text as words
from ncm_desktop.reports.comparison_data import RegionalView
from ncm_desktop.reports.comparison_text import ComparisonText, fill
from ncm_desktop.reports.document import (
    BODY_BOLD,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    DEFAULT_PAPER,
    NOTE,
    Align,
    Document,
    Header,
)
from ncm_desktop.reports.table import Cell, Column, Rule, Table
from ncm_desktop.reports.text import Style
from ncm_desktop.rules.comparison import PlanState, StateResult

#: States side by side in one block of the table (landscape A4 or Letter).
STATES_PER_PAGE = 7


def write_pdf(stream: IO[bytes], view: RegionalView, translation: Translation,
              generated: datetime) -> int:
    """Draw the comparison into ``stream``; returns the number of pages."""
    text = ComparisonText(translation.translate, translation.locale, view.catalog)
    comparison = view.comparison
    names = [s.name for s in comparison.states]
    document = Document(
        stream, translation=translation, paper=DEFAULT_PAPER, title=text.tr(words.TITLE),
        subject=text.tr(words.SUBJECT),
        header=Header(text.tr(words.TITLE), text.states_line(names)),
        generated=generated, landscape=True)
    count = len(view.readings) + len(view.unread)
    document.title_block(document.title, text.as_of(count, document.date(generated)))
    document.paragraph(text.tr(words.INTRO), NOTE, after=8)
    if not comparison.states:
        document.paragraph(text.tr(words.NO_STATES), BODY_BOLD)
    else:
        for start in range(0, len(comparison.states), STATES_PER_PAGE):
            _matrix(document, text, view, start)
        _common_gaps(document, text, view)
        _by_state(document, text, view)
    _unread(document, text, view)
    return document.finish()


def _matrix(document: Document, text: ComparisonText, view: RegionalView, start: int) -> None:
    comparison = view.comparison
    states = comparison.states[start:start + STATES_PER_PAGE]
    total = len(comparison.states)
    columns = [Column(text.tr(words.CLAUSE), 3.4),
               Column(text.tr(words.STATES_WITH_GAPS), 1.0, Align.TRAILING),
               *(Column(s.name, 1.0, Align.TRAILING) for s in states)]
    spare = STATES_PER_PAGE - len(states)
    table = Table(document, columns, width=document.width * (4.4 + len(states))
                  / (4.4 + len(states) + spare))
    heading = text.tr(words.BY_CLAUSE)
    if total > STATES_PER_PAGE:
        which = fill(text.tr(words.STATES_RANGE), text.number(start + 1),
                     text.number(start + len(states)), text.number(total))
        heading = f"{heading} ({which})"
    document.heading(heading, keep_with=table.header_height() + 60)
    table.begin()
    number = text.number

    def summary(title: str, value: Callable[[StateResult], int]) -> None:
        having = sum(1 for s in comparison.states if value(s))
        table.row([[(title, CELL_BOLD)], text.of(having, total),
                   *(number(value(s)) for s in states)])

    table.row([[(text.tr(words.SCORE), CELL_BOLD)], None,
               *([(text.percent(s.overall), CELL_BOLD)] for s in states)])
    summary(text.tr(words.SHALL_GAPS), lambda s: s.gaps_by_kind["shall"])
    summary(text.tr(words.SHOULD_GAPS), lambda s: s.gaps_by_kind["should"])
    summary(text.tr(words.ABSENT), lambda s: len(s.absent_categories))
    summary(text.tr(words.CONTACTS_MISSING), lambda s: s.contacts_missing)
    summary(text.tr(words.CONTACTS_STALE), lambda s: s.contacts_stale)
    not_adopted = sum(1 for s in comparison.states if s.plan is not PlanState.ADOPTED)
    table.row([[(text.tr(words.PLAN), CELL_BOLD)], text.of(not_adopted, total),
               *([(text.plan(s), CELL_MUTED)] for s in states)])
    first = True
    for row in comparison.clauses:
        tallies = row.tallies[start:start + len(states)]
        table.row([text.clause(row.clause_id), text.of(row.states_with_gaps, total),
                   *(text.percent(t) for t in tallies)],
                  rule=Rule.STRONG if first else Rule.LIGHT)
        first = False
    table.end()


def _common_gaps(document: Document, text: ComparisonText, view: RegionalView) -> None:
    comparison = view.comparison
    total = len(comparison.states)
    document.heading(text.tr(words.COMMON_GAPS), keep_with=60)
    if not comparison.common_gaps:
        document.paragraph(text.tr(words.NO_COMMON), BODY_BOLD)
        return
    document.paragraph(text.common_note(comparison.shared_by), CELL_MUTED, after=4)
    table = Table(document, [Column(text.tr(words.PROVISION), 1.3),
                             Column(text.tr(words.WHAT), 5.0),
                             Column(text.tr(words.STATES), 1.0, Align.TRAILING),
                             Column(text.tr(words.WHICH), 3.2)])
    table.begin()
    for gap in comparison.common_gaps:
        provision: Cell = [(text.provision(gap.provision_id), CELL_BOLD),
                           (text.kind(gap.kind), CELL_MUTED)]
        table.row([provision, text.provision_text(gap.provision_id),
                   [(text.of(len(gap.states), total), CELL_BOLD)],
                   text.states_of(gap, comparison)])
    table.end()


def _by_state(document: Document, text: ComparisonText, view: RegionalView) -> None:
    table = Table(document, [Column(text.tr(words.STATE), 2.2),
                             Column(text.tr(words.SCORE), 0.8, Align.TRAILING),
                             Column(text.tr(words.CATEGORIES), 3.6),
                             Column(text.tr(words.CONTACTS), 3.0),
                             Column(text.tr(words.PLAN), 1.3)])
    document.heading(text.tr(words.BY_STATE), keep_with=table.header_height() + 40)
    table.begin()
    for state, reading in zip(view.comparison.states, view.readings, strict=True):
        name: list[tuple[str, Style]] = [(state.name, CELL_BOLD),
                                         (reading.path.name, CELL_MUTED)]
        if reading.upgraded:
            name.append((fill(text.tr(words.UPGRADED), reading.revision), CELL_MUTED))
        table.row([name, [(text.percent(state.overall), CELL_BOLD)],
                   text.categories(state), text.contacts(state), text.plan(state)])
    table.end()


def _unread(document: Document, text: ComparisonText, view: RegionalView) -> None:
    if not view.unread:
        return
    from ncm_desktop.i18n.messages import error_message

    table = Table(document, [Column(text.tr(words.FILE), 3.0),
                             Column(text.tr(words.PROBLEM), 7.0)])
    document.heading(text.tr(words.UNREAD), keep_with=table.header_height() + 30)
    table.begin()
    for unread in view.unread:
        table.row([[(unread.path.name, CELL_BOLD), (str(unread.path.parent), CELL_MUTED)],
                   [(error_message(unread.error, text.translate), CELL)]])
    table.end()

