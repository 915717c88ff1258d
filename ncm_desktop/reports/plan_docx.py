"""The action plan as a Word document (python-docx), for ministries to rework it.

The same content as the PDF (:mod:`reports.plan_content`): objectives with their tables
of activities, the costs, a timeline by quarter (shaded cells, so that it stays
editable), and while the plan is a draft the points to settle and the adoption lines,
with "DRAFT" in every page header.  Arabic documents are laid out right to left
(paragraphs, runs and tables marked ``bidi``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import IO

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_TABLE_DIRECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.table import _Cell

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.reports.document import Header
from ncm_desktop.reports.plan_content import PlanContent, completed, quarter_of

ACCENT = RGBColor(0x1F, 0x3F, 0x66)
MUTED = RGBColor(0x5A, 0x5A, 0x5A)
DRAFT = RGBColor(0xB2, 0x22, 0x22)
BAR, BAR_DONE, HEADER_FILL = "1F3F66", "7A9A6A", "E8EDF3"
#: Relative widths of the activity table's columns, as in the PDF.
ACTIVITY_COLUMNS = (0.5, 3.0, 2.1, 1.35, 1.5, 2.8, 1.15)

#: One stacked cell part: text and whether it is bold (True), muted (None) or plain.
Part = tuple[str, bool | None]


def write_docx(stream: IO[bytes], content: PlanContent, header: Header,
               generated: datetime) -> None:
    labels = content.labels
    document = new_document()
    _page(document, content, header)
    properties = document.core_properties
    properties.title = content.title
    properties.subject = labels["objectives"]
    properties.author = header.mechanism
    properties.language = content.language
    properties.created = generated.replace(tzinfo=None)

    document.add_heading(content.title, level=0)
    _paragraph(document, content.subtitle, muted=True)
    _paragraph(document, content.summary)
    if not content.objectives:
        _paragraph(document, labels["empty"], bold=True)
    else:
        document.add_heading(labels["objectives"], level=1)
        rows = [[[(b.number, False)], [(b.title, True)], [(b.answers, False)],
                 [(b.total, False)]] for b in content.objectives]
        _table(document, [labels["number"], labels["objective"], labels["answers"],
                          labels["cost"]], rows, (0.5, 6.0, 2.6, 2.2))
    for block in content.objectives:
        document.add_heading(fill(labels["objective_of"], block.number, block.title), level=2)
        details = [fill(labels["answers_of"], block.answers)] if block.answers else []
        details.append(f"{labels['cost']}: {block.total}")
        _paragraph(document, " · ".join(details), muted=True)
        if not block.activities:
            _paragraph(document, labels["no_activity"], muted=True)
            continue
        rows = []
        for line in block.activities:
            activity: list[Part] = [(line.title, True)]
            if line.description:
                activity.append((line.description, None))
            lead: list[Part] = [(line.lead or labels["no_lead"], False)]
            if line.partners:
                lead.append((fill(labels["partners_of"], line.partners), None))
            cost: list[Part] = [(line.cost, True)] if line.cost else []
            cost.append((line.funding, None))
            indicator: list[Part] = [(line.indicator, False)] if line.indicator else []
            if line.verification:
                indicator.append((fill(labels["verification_of"], line.verification),
                                  None))
            rows.append([[(line.number, False)], activity, lead, [(line.dates, False)], cost,
                         indicator, [(line.status, False)]])
        _table(document, [labels[k] for k in ("number", "activity", "lead_partners", "dates",
                                              "cost_funding", "indicator_verification",
                                              "status")], rows, ACTIVITY_COLUMNS)

    if content.objectives:
        document.add_heading(labels["totals"], level=1)
        for heading, lines in content.totals:
            _table(document, [heading, labels["amount"]],
                   [[[(t.name, False)], [(t.text, False)]] for t in lines], (6.0, 2.4))
        _table(document, [labels["total"], labels["amount"]],
               [[[(t.name, True)], [(t.text, True)]]
                for t in (content.overall, content.unfunded)], (6.0, 2.4))
        for note in content.notes:
            _paragraph(document, note, muted=True)
        _timeline(document, content)
    if content.draft:
        if content.problems:
            document.add_heading(labels["open_points"], level=1)
            _table(document, [labels["activity"], labels["point"]],
                   [[[(where, True)], [(text, False)]] for where, text in content.problems],
                   (4.0, 5.0))
        document.add_heading(labels["adoption"], level=1)
        _paragraph(document, labels["adopted_by"])
        _paragraph(document, labels["signature"])
    _paragraph(document, fill(labels["generated"], generated.date().isoformat()),
               muted=True)
    if content.right_to_left:
        _right_to_left(document)
    document.save(stream)


def _page(document: WordDocument, content: PlanContent, header: Header) -> None:
    """Landscape A4 with the mechanism in the header, and DRAFT while it is one."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    style = document.styles["Normal"]
    style.font.size = Pt(9)
    paragraph = section.header.paragraphs[0]
    run = paragraph.add_run(" — ".join(t for t in (header.mechanism, header.state) if t))
    run.font.size = Pt(8)
    run.font.color.rgb = ACCENT
    if content.draft:
        mark = paragraph.add_run(f"    {content.labels['draft']}")
        mark.bold = True
        mark.font.size = Pt(10)
        mark.font.color.rgb = DRAFT


def _paragraph(document: WordDocument, text: str, *, bold: bool = False,
               muted: bool = False) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold = bold
    if muted:
        run.font.color.rgb = MUTED


def _table(document: WordDocument, headers: Sequence[str], rows: Sequence[Sequence[list[Part]]],
           widths: Sequence[float]) -> WordTable:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(widths)
    usable = Mm(297 - 36)
    for cell, title in zip(table.rows[0].cells, headers, strict=True):
        _fill_cell(cell, [(title, True)])
        _shade(cell, HEADER_FILL)
    _repeat_header(table)
    for row in rows:
        cells = table.add_row().cells
        for cell, parts in zip(cells, row, strict=True):
            _fill_cell(cell, parts)
    for column, width in enumerate(widths):
        for cell in table.columns[column].cells:
            cell.width = int(usable * width / total)
    document.add_paragraph()
    return table


def _fill_cell(cell: _Cell, parts: Sequence[Part]) -> None:
    paragraph = cell.paragraphs[0]
    for index, (text, weight) in enumerate(p for p in parts if p[0]):
        if index:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = weight is True
        if weight is None:
            run.font.color.rgb = MUTED
            run.font.size = Pt(8)


def _timeline(document: WordDocument, content: PlanContent) -> None:
    quarters = content.quarters
    if not quarters or not content.activities:
        return
    labels = content.labels
    document.add_heading(labels["timeline"], level=1)
    table = document.add_table(rows=2, cols=len(quarters) + 1)
    table.style = "Table Grid"
    years: dict[int, list[int]] = {}
    for position, (year, quarter) in enumerate(quarters, start=1):
        years.setdefault(year, []).append(position)
        _fill_cell(table.cell(1, position), [(fill(labels["quarter"], str(quarter)),
                                              True)])
    for year, positions in years.items():
        merged = table.cell(0, positions[0]).merge(table.cell(0, positions[-1]))
        _fill_cell(merged, [(str(year), True)])
    for row in table.rows[:2]:
        for cell in row.cells:
            _shade(cell, HEADER_FILL)
    _repeat_header(table, rows=2)
    index = {quarter: position for position, quarter in enumerate(quarters, start=1)}
    for block in content.objectives:
        cells = table.add_row().cells
        _fill_cell(cells[0], [(f"{block.number} {block.title}", True)])
        for line in block.activities:
            cells = table.add_row().cells
            _fill_cell(cells[0], [(f"{line.number} {line.title}", False)])
            start, end = line.info.start_date, line.info.end_date or line.info.start_date
            if start is None or end is None:
                continue
            for quarter, position in index.items():
                if quarter_of(start) <= quarter <= quarter_of(end):
                    _shade(cells[position], BAR_DONE if completed(line) else BAR)
    usable = Mm(297 - 36)
    for column in range(len(quarters) + 1):
        width = int(usable * 0.3) if column == 0 else int(usable * 0.7 / len(quarters))
        for cell in table.columns[column].cells:
            cell.width = width
    document.add_paragraph()


def _shade(cell: _Cell, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # noqa: SLF001 - python-docx has no API for it
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


def _repeat_header(table: WordTable, rows: int = 1) -> None:
    """The first ``rows`` rows repeat at the top of each page the table runs on."""
    for row in table.rows[:rows]:
        properties = row._tr.get_or_add_trPr()  # noqa: SLF001
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)


#: What follows ``w:bidi`` in a paragraph's properties (ECMA-376 order).
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _right_to_left(document: WordDocument) -> None:
    """Every paragraph, run and table of the body and headers laid out right to left."""
    parts = [document.element.body]
    parts += [section.header._element for section in document.sections]  # noqa: SLF001
    for part in parts:
        for paragraph in part.iter(qn("w:p")):
            properties = paragraph.get_or_add_pPr()
            if properties.find(qn("w:bidi")) is None:
                properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
        for run in part.iter(qn("w:r")):
            run.get_or_add_rPr().get_or_add_rtl()
        for table in part.iter(qn("w:tbl")):
            table.bidiVisual_val = WD_TABLE_DIRECTION.RTL
