"""``ncm-desktop compare A.ncm B.ncm … [-o OUT.pdf|.xlsx|.json]``: States side by side.

The dossiers are read as they are and never changed, whatever their schema revision
(:mod:`storage.untouched_reading`).  Without ``-o`` the comparison is printed; with it,
the extension chooses the format.  A dossier that cannot be read is named on stderr and
the others are still compared; the exit code is 1 only when none could be read, or the
output could not be written.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import FormatNotSupported, OutputNotWritable

if TYPE_CHECKING:
    from ncm_desktop.reports.comparison_data import RegionalView

CONTEXT = "Cli"

_LINE = QT_TRANSLATE_NOOP("Cli", "%1: %2")
_CLAUSE = QT_TRANSLATE_NOOP("Cli", "%1 (States with gaps: %2)")
_GAP = QT_TRANSLATE_NOOP("Cli", "- %1 [%2] %3: %4")
_SKIPPED = QT_TRANSLATE_NOOP("Cli", "Not compared: %1")


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(
        name, help="compare the dossiers of several States, clause by clause, without "
                   "changing them")
    parser.add_argument("dossiers", type=Path, nargs="+", metavar="DOSSIER")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="write the comparison to .pdf, .xlsx or .json instead of "
                             "printing it")


def run(arguments: argparse.Namespace, console: Console) -> int:
    from ncm_desktop.reports.comparison_data import gather
    from ncm_desktop.reports.comparison_export import comparison_format, write_comparison
    from ncm_desktop.storage.output import check_target

    language = console.translation.code
    target: Path | None = arguments.output
    try:
        if target is not None:
            comparison_format(target)
            check_target(target)
    except (FormatNotSupported, OutputNotWritable) as error:
        return console.fail(error)
    view = gather(arguments.dossiers, language)
    for unread in view.unread:
        console.fail_text(fill(console.translate(CONTEXT, _SKIPPED),
                               error_message(unread.error, console.translate)))
    if not view.readings:
        return 1
    if target is None:
        _print_text(console, view)
        return 0
    try:
        write_comparison(view, target, language)
    except (OutputNotWritable, OSError) as error:
        return console.fail(error)
    console.say(fill(console.translate("Cli", "Wrote the comparison of %n State(s) to %1.",
                                       None, len(view.readings)), str(target)))
    return 0


def _print_text(console: Console, view: RegionalView) -> None:
    from ncm_desktop.reports import comparison_text as words
    from ncm_desktop.reports.comparison_text import ComparisonText, fill

    text = ComparisonText(console.translate, console.translation.locale, view.catalog)
    comparison = view.comparison
    total = len(comparison.states)
    say = console.say

    def line(title: str, value: str) -> str:
        return fill(console.translate(CONTEXT, _LINE), title, value)

    say(text.tr(words.TITLE))
    say(text.as_of(len(view.readings) + len(view.unread), text.findings.date(date.today())))
    say("")
    say(text.tr(words.SUMMARY))
    for state in comparison.states:
        values = "; ".join(line(text.tr(title), value) for title, value in (
            (words.SCORE, text.percent(state.overall)),
            (words.SHALL_GAPS, text.number(state.gaps_by_kind["shall"])),
            (words.SHOULD_GAPS, text.number(state.gaps_by_kind["should"])),
            (words.ABSENT, text.number(len(state.absent_categories))),
            (words.CONTACTS_MISSING, text.number(state.contacts_missing)),
            (words.CONTACTS_STALE, text.number(state.contacts_stale)),
            (words.PLAN, text.plan(state))))
        say("  " + line(state.name, values))
    say("")
    say(text.tr(words.BY_CLAUSE))
    for row in comparison.clauses:
        title = fill(console.translate(CONTEXT, _CLAUSE), text.clause(row.clause_id),
                     text.of(row.states_with_gaps, total))
        scores = ", ".join(f"{state.name} {text.percent(tally)}"
                           for state, tally in zip(comparison.states, row.tallies,
                                                   strict=True))
        say("  " + line(title, scores))
    say("")
    say(text.tr(words.COMMON_GAPS))
    if not comparison.common_gaps:
        say("  " + text.tr(words.NO_COMMON))
    for gap in comparison.common_gaps:
        say("  " + fill(console.translate(CONTEXT, _GAP), text.provision(gap.provision_id),
                        text.kind(gap.kind), text.of(len(gap.states), total),
                        text.states_of(gap, comparison)))
