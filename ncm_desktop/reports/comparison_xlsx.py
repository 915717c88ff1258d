"""The regional view as a spreadsheet (openpyxl), to sort, filter and chart further.

One row per State on the first sheet (scores are numbers, so that the sheet sorts), the
clauses across, the gaps most States share first; then the clauses by State, the common
gaps, and the dossiers that could not be read.  Arabic sheets run right to left.
"""

from __future__ import annotations

from datetime import datetime
from typing import IO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports import comparison_text as words
from ncm_desktop.reports.comparison_data import RegionalView
from ncm_desktop.reports.comparison_text import ComparisonText
from ncm_desktop.reports.plan_xlsx import WRAP, _header_row, _sheet_name
from ncm_desktop.rules.readiness import Tally

HEADER_ROW = 1


def write_xlsx(stream: IO[bytes], view: RegionalView, translation: Translation,
               generated: datetime) -> None:
    text = ComparisonText(translation.translate, translation.locale, view.catalog)
    workbook = Workbook()
    properties = workbook.properties
    properties.title = text.tr(words.TITLE)
    properties.subject = text.tr(words.SUBJECT)
    properties.language = translation.code
    properties.created = generated.replace(tzinfo=None)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_name(text.tr(words.SHEET_STATES))
    _states(sheet, text, view)
    _gaps(workbook.create_sheet(_sheet_name(text.tr(words.SHEET_GAPS))), text, view)
    if view.unread:
        _unread(workbook.create_sheet(_sheet_name(text.tr(words.SHEET_UNREAD))), text, view)
    for each in workbook.worksheets:
        each.sheet_view.rightToLeft = translation.language.right_to_left
    workbook.save(stream)


def _percent(tally: Tally | None) -> int | None:
    return None if tally is None else tally.percent


def _states(sheet: Worksheet, text: ComparisonText, view: RegionalView) -> None:
    comparison = view.comparison
    titles = [text.tr(t) for t in (words.STATE, words.FILE, words.SCORE, words.SHALL_GAPS,
                                   words.SHOULD_GAPS, words.ABSENT, words.CONTACTS_MISSING,
                                   words.CONTACTS_STALE, words.PLAN, words.CATEGORIES,
                                   words.CONTACTS)]
    titles += [text.clause(row.clause_id) for row in comparison.clauses]
    _header_row(sheet, HEADER_ROW, titles)
    for offset, (state, reading) in enumerate(zip(comparison.states, view.readings,
                                                  strict=True)):
        row = HEADER_ROW + 1 + offset
        values = [state.name, reading.path.name, state.overall.percent,
                  state.gaps_by_kind["shall"], state.gaps_by_kind["should"],
                  len(state.absent_categories), state.contacts_missing, state.contacts_stale,
                  text.plan(state), text.categories(state), text.contacts(state)]
        values += [_percent(clause.tallies[offset]) for clause in comparison.clauses]
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    widths = [28, 22, 8, 9, 9, 10, 11, 11, 16, 40, 34] + [14] * len(comparison.clauses)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    last = HEADER_ROW + len(comparison.states)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(titles))}{last}"


def _gaps(sheet: Worksheet, text: ComparisonText, view: RegionalView) -> None:
    comparison = view.comparison
    _header_row(sheet, HEADER_ROW, [text.tr(t) for t in (
        words.PROVISION, words.KIND, words.CLAUSE, words.WHAT, words.COUNT, words.WHICH)])
    for offset, gap in enumerate(comparison.common_gaps, start=1):
        values = (text.provision(gap.provision_id), text.kind(gap.kind),
                  text.clause(gap.clause), text.provision_text(gap.provision_id),
                  len(gap.states), text.states_of(gap, comparison))
        for column, value in enumerate(values, start=1):
            sheet.cell(row=HEADER_ROW + offset, column=column, value=value).alignment = WRAP
    for column, width in enumerate((12, 10, 28, 70, 10, 50), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)


def _unread(sheet: Worksheet, text: ComparisonText, view: RegionalView) -> None:
    from ncm_desktop.i18n.messages import error_message

    _header_row(sheet, HEADER_ROW, [text.tr(words.FILE), text.tr(words.PROBLEM)])
    for offset, unread in enumerate(view.unread, start=1):
        sheet.cell(row=HEADER_ROW + offset, column=1, value=str(unread.path))
        sheet.cell(row=HEADER_ROW + offset, column=2,
                   value=error_message(unread.error, text.translate)).alignment = WRAP
    sheet.column_dimensions["A"].width = 50
    sheet.column_dimensions["B"].width = 90
