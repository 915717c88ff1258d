"""The action plan as a spreadsheet (openpyxl), for ministries to rework and cost it.

Three sheets: the activities (one row each, with every field; dates are dates and costs
are numbers, so that the sheet sorts, filters and adds up), the costs added up, and the
timeline by quarter as shaded cells.  Arabic sheets run right to left.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.reports.document import Header
from ncm_desktop.reports.plan_content import PlanContent, completed, quarter_of

ACCENT = "FF1F3F66"
HEADER_FILL = PatternFill("solid", fgColor="FFE8EDF3")
BAR = PatternFill("solid", fgColor="FF1F3F66")
BAR_DONE = PatternFill("solid", fgColor="FF7A9A6A")
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0"
#: (label key, width in characters) of the columns of the activities sheet.
COLUMNS = (
    ("number", 6), ("objective", 30), ("answers", 18), ("activity", 40), ("description", 40),
    ("lead", 28), ("partners", 32), ("start", 12), ("end", 12), ("cost", 14),
    ("currency", 9), ("no_cost", 9), ("funding", 16), ("donor", 18), ("indicator", 36),
    ("verification", 30), ("status", 16),
)
HEADER_ROW = 5


def write_xlsx(stream: IO[bytes], content: PlanContent, header: Header,
               generated: datetime) -> None:
    labels = content.labels
    workbook = Workbook()
    properties = workbook.properties
    properties.title = content.title
    properties.subject = labels["objectives"]
    properties.creator = header.mechanism
    properties.language = content.language
    properties.created = generated.replace(tzinfo=None)

    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_name(labels["sheet_activities"])
    _activities(sheet, content, header)
    _totals(workbook.create_sheet(_sheet_name(labels["sheet_totals"])), content)
    if content.quarters and content.activities:
        _timeline(workbook.create_sheet(_sheet_name(labels["sheet_timeline"])), content)
    for each in workbook.worksheets:
        each.sheet_view.rightToLeft = content.right_to_left
    workbook.save(stream)


def _activities(sheet: Worksheet, content: PlanContent, header: Header) -> None:
    labels = content.labels
    sheet["A1"] = content.title
    sheet["A1"].font = Font(bold=True, size=14, color=ACCENT)
    sheet["A2"] = " — ".join(t for t in (header.mechanism, header.state) if t)
    sheet["A3"] = content.subtitle
    if content.draft:
        sheet["A4"] = labels["draft"]
        sheet["A4"].font = Font(bold=True, color="FFB22222")
    _header_row(sheet, HEADER_ROW, [labels[key] for key, _ in COLUMNS])
    row = HEADER_ROW
    for block in content.objectives:
        for line in block.activities:
            row += 1
            info = line.info
            values = (line.number, block.title, block.answers, line.title, line.description,
                      line.lead, line.partners, info.start_date, info.end_date,
                      info.estimated_cost, info.currency or None, info.no_cost,
                      line.funding_kind,
                      info.donor or None, line.indicator, line.verification, line.status)
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=column, value=value)
                cell.alignment = WRAP
            sheet.cell(row=row, column=8).number_format = DATE_FORMAT
            sheet.cell(row=row, column=9).number_format = DATE_FORMAT
            sheet.cell(row=row, column=10).number_format = MONEY_FORMAT
    for column, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=5)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{max(row, HEADER_ROW)}"


def _totals(sheet: Worksheet, content: PlanContent) -> None:
    labels = content.labels
    row = 1
    for heading, lines in (*content.totals,
                           (labels["total"], (content.overall, content.unfunded))):
        _header_row(sheet, row, [heading, labels["currency"], labels["amount"]])
        for line in lines:
            for currency, amount in (line.amounts or {"": 0}).items():
                row += 1
                sheet.cell(row=row, column=1, value=line.name).alignment = WRAP
                sheet.cell(row=row, column=2, value=currency or None)
                sheet.cell(row=row, column=3, value=amount).number_format = MONEY_FORMAT
        row += 2
    for note in content.notes:
        sheet.cell(row=row, column=1, value=note)
        row += 1
    for column, width in enumerate((60, 10, 16), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _timeline(sheet: Worksheet, content: PlanContent) -> None:
    quarters = content.quarters
    labels = content.labels
    sheet.cell(row=1, column=1, value=labels["activity"]).font = Font(bold=True)
    for column, (year, quarter) in enumerate(quarters, start=2):
        sheet.cell(row=1, column=column, value=year).fill = HEADER_FILL
        cell = sheet.cell(row=2, column=column,
                          value=fill(labels["quarter"], str(quarter)))
        cell.fill = HEADER_FILL
        cell.font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = 6
    sheet.column_dimensions["A"].width = 60
    index = {quarter: column for column, quarter in enumerate(quarters, start=2)}
    row = 2
    for block in content.objectives:
        row += 1
        sheet.cell(row=row, column=1, value=f"{block.number} {block.title}").font = \
            Font(bold=True)
        for line in block.activities:
            row += 1
            sheet.cell(row=row, column=1, value=f"{line.number} {line.title}")
            start, end = line.info.start_date, line.info.end_date or line.info.start_date
            if start is None or end is None:
                continue
            for quarter, column in index.items():
                if quarter_of(start) <= quarter <= quarter_of(end):
                    sheet.cell(row=row, column=column).fill = \
                        BAR_DONE if completed(line) else BAR
    sheet.freeze_panes = "B3"


def _header_row(sheet: Worksheet, row: int, titles: Sequence[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font = Font(bold=True, color=ACCENT)
        cell.fill = HEADER_FILL
        cell.alignment = WRAP


def _sheet_name(name: str) -> str:
    """A sheet name Excel accepts: 31 characters at most, none of ``[]:*?/\\``."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in name).strip()
    return cleaned[:31] or "Sheet"
