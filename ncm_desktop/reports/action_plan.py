"""The National Action Plan as a document to table for adoption (landscape).

Its objectives, each with the clause or instrument it answers and a table of its
activities (lead and partners, dates, cost and funding, indicator and means of
verification, status); the costs added up by objective, lead and funding source, with
what is not funded yet; a timeline of the activities by quarter, drawn on the canvas;
and, while the plan is a draft (every page then carries the DRAFT mark), the points the
quality check raises and a space for the adoption.

The same content is offered as an editable copy for the ministries that rework it:
``write_editable`` writes it as .docx or .xlsx.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QDate
from reportlab.lib.colors import HexColor

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports import charts
from ncm_desktop.reports.document import (
    ACCENT,
    BODY,
    BODY_BOLD,
    CELL,
    CELL_BOLD,
    CELL_HEADER,
    CELL_MUTED,
    HEADER_FILL,
    LIGHT_RULE,
    NOTE,
    RULE,
    Align,
    Document,
    Header,
    fill,
)
from ncm_desktop.reports.kinds import DOCX
from ncm_desktop.reports.plan_content import (
    ActivityLine,
    PlanContent,
    completed,
    plan_content,
    quarter_of,
)
from ncm_desktop.reports.table import Cell, Column, Rule, Table
from ncm_desktop.reports.text import Line, Style
from ncm_desktop.storage.handouts import Readable

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

BAR = ACCENT
BAR_DONE = "#7a9a6a"
OBJECTIVE_FILL = "#f3f5f8"
LABEL_SHARE = 0.34  # of the width, for the activities' names beside the timeline
ROW_MIN = 13.0
ARROW = 4.0  # length of the arrow at a bar that goes on beyond the timeline


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    content = plan_content(dossier, document.translation)
    draw(document, content, progress)


def write_editable(file_format: str, stream: IO[bytes], dossier: Readable, options: Options,
                   translation: Translation, header: Header) -> None:
    """The plan as a Word document or a spreadsheet, for the ministries to rework."""
    content = plan_content(dossier, translation)
    if file_format == DOCX:
        from ncm_desktop.reports.plan_docx import write_docx

        write_docx(stream, content, header, options.generated)
    else:
        from ncm_desktop.reports.plan_xlsx import write_xlsx

        write_xlsx(stream, content, header, options.generated)


def draw(document: Document, content: PlanContent, progress: Progress) -> None:
    labels = content.labels
    document.draft = content.draft
    document.title_block(content.title, content.subtitle)
    document.paragraph(content.summary, BODY, after=6)
    if not content.objectives:
        document.paragraph(labels["empty"], BODY_BOLD)
        return

    document.heading(labels["objectives"], keep_with=40)
    overview = Table(document, [Column(labels["number"], 0.5), Column(labels["objective"], 6.0),
                                Column(labels["answers"], 2.6),
                                Column(labels["cost"], 2.2, Align.TRAILING)])
    overview.begin()
    for block in content.objectives:
        overview.row([block.number, [(block.title, CELL_BOLD)], block.answers, block.total])
    overview.end()

    columns = [Column(labels["number"], 0.5), Column(labels["activity"], 3.0),
               Column(labels["lead_partners"], 2.1), Column(labels["dates"], 1.35),
               Column(labels["cost_funding"], 1.5),
               Column(labels["indicator_verification"], 2.8), Column(labels["status"], 1.15)]
    for index, block in enumerate(content.objectives, start=1):
        table = Table(document, columns)
        first = _cells(block.activities[0], labels) if block.activities else []
        keep = table.header_height() + (table.prepare(first).height if first else 20)
        document.heading(fill(labels["objective_of"], block.number, block.title),
                         keep_with=keep + 16)
        details = fill(labels["answers_of"], block.answers) if block.answers else ""
        document.paragraph(" · ".join(t for t in (details, f"{labels['cost']}: {block.total}")
                                      if t), NOTE, after=4)
        if not block.activities:
            document.paragraph(labels["no_activity"], CELL_MUTED, after=6)
            continue
        table.begin()
        for line in block.activities:
            table.row(_cells(line, labels), rule=Rule.LIGHT)
        table.end()
        progress(index, len(content.objectives) + 1)

    _totals(document, content)
    _timeline(document, content)
    if content.draft:
        _open_points(document, content)
        _adoption(document, content)
    progress(1, 1)


def _cells(line: ActivityLine, labels: Mapping[str, str]) -> list[Cell | None]:
    activity: list[tuple[str, Style]] = [(line.title, CELL_BOLD)]
    if line.description:
        activity.append((line.description, CELL_MUTED))
    lead: list[tuple[str, Style]] = [(line.lead or labels["no_lead"], CELL)]
    if line.partners:
        lead.append((fill(labels["partners_of"], line.partners), CELL_MUTED))
    cost: list[tuple[str, Style]] = [(line.cost, CELL_BOLD)] if line.cost else []
    cost.append((line.funding, CELL_MUTED))
    indicator: list[tuple[str, Style]] = [(line.indicator, CELL)] if line.indicator else []
    if line.verification:
        indicator.append((fill(labels["verification_of"], line.verification), CELL_MUTED))
    return [line.number, activity, lead, line.dates, cost, indicator, line.status]


def _totals(document: Document, content: PlanContent) -> None:
    labels = content.labels
    document.heading(labels["totals"], keep_with=80)
    _funding_chart(document, content)
    for heading, lines in content.totals:
        table = Table(document, [Column(heading, 6.0), Column(labels["amount"], 2.4,
                                                              Align.TRAILING)],
                      width=document.width * 0.7)
        table.begin()
        for total in lines:
            table.row([total.name, total.text])
        table.end()
    table = Table(document, [Column("", 6.0), Column("", 2.4, Align.TRAILING)],
                  width=document.width * 0.7, header=False)
    table.begin()
    for index, total in enumerate((content.overall, content.unfunded)):
        table.row([[(total.name, CELL_BOLD)], [(total.text, CELL_BOLD)]],
                  rule=Rule.STRONG if index == 0 else Rule.LIGHT)
    table.end()
    for note in content.notes:
        document.paragraph(note, NOTE, after=2)


def _funding_chart(document: Document, content: PlanContent) -> None:
    """Each objective's cost as a bar: funded (dark) and not funded yet (hatched)."""
    currency, rows = content.funding
    if not currency or not any(funded + unfunded for _, funded, unfunded in rows):
        return
    labels = content.labels
    number = document.number
    # Each part carries its amount when there are two; the total follows the bar.
    bars = [charts.Bar(fill(labels["objective_number"], name),
                       (float(funded), float(unfunded)),
                       (number(funded), number(unfunded)) if funded and unfunded else (),
                       number(funded + unfunded))
            for name, funded, unfunded in rows]
    document.space(2)
    charts.bars(document, bars, title=fill(labels["funding_chart"], currency),
                legend=(labels["funded"], labels["unfunded_total"]), outline_rest=False,
                width=document.width * 0.85, label_share=0.2)
    document.space(6)


# -- the timeline --------------------------------------------------------------------------


def _timeline(document: Document, content: PlanContent) -> None:
    quarters = content.quarters
    if not quarters or not content.activities:
        return
    labels = content.labels
    label_width = document.width * LABEL_SHARE
    step = (document.width - label_width) / len(quarters)
    leading = document.typesetter.leading(CELL_HEADER)
    header_height = 2 * leading + 4
    document.heading(labels["timeline"], keep_with=header_height + 3 * ROW_MIN)
    index = {quarter: position for position, quarter in enumerate(quarters)}

    def header() -> None:
        _timeline_header(document, quarters, labels["quarter"], label_width, step,
                         header_height)

    header()
    remove = document.on_new_page(header)
    for block in content.objectives:
        # An objective's row stays with its first activity's.
        document.ensure(2 * document.typesetter.leading(CELL_BOLD) + 2 * ROW_MIN + 8)
        _timeline_row(document, f"{block.number} {isolate(block.title)}", CELL_BOLD,
                      label_width, fill_color=OBJECTIVE_FILL)
        for line in block.activities:
            top = _timeline_row(document, f"{line.number} {isolate(line.title)}", CELL,
                                label_width)
            _grid(document, len(quarters), label_width, step, top)
            _bar(document, line, index, quarters, label_width, step, top)
    remove()
    document.space(8)


def _timeline_header(document: Document, quarters: tuple[tuple[int, int], ...], template: str,
                     label_width: float, step: float, height: float) -> None:
    canvas = document.canvas
    top = document.y
    canvas.setFillColor(HexColor(HEADER_FILL))
    canvas.rect(document.left, top - height, document.width, height, stroke=0, fill=1)
    leading = document.typesetter.leading(CELL_HEADER)
    years: dict[int, list[int]] = {}
    for position, (year, _) in enumerate(quarters):
        years.setdefault(year, []).append(position)
    for year, positions in years.items():
        width = step * len(positions)
        x = document.span(label_width + step * positions[0], width)
        _centered(document, document.locale.toString(QDate(year, 1, 1), "yyyy"),
                  x, width, top - 1, CELL_HEADER)
    for position, (_, quarter) in enumerate(quarters):
        x = document.span(label_width + step * position, step)
        _centered(document, fill(template, document.number(quarter)), x, step,
                  top - 1 - leading, CELL_HEADER)
    canvas.setStrokeColor(HexColor(ACCENT))
    canvas.setLineWidth(0.7)
    canvas.line(document.left, top - height, document.right, top - height)
    document.y = top - height


def _timeline_row(document: Document, text: str, style: Style, label_width: float,
                  fill_color: str = "") -> float:
    """A row of the timeline with its name (two lines at most); return the row's top."""
    lines = _two_lines(document, text, label_width - 6, style)
    leading = document.typesetter.leading(style)
    height = max(ROW_MIN, len(lines) * leading + 4)
    if document.y - height < document.bottom:
        document.new_page()
    top = document.y
    canvas = document.canvas
    if fill_color:
        canvas.setFillColor(HexColor(fill_color))
        canvas.rect(document.left, top - height, document.width, height, stroke=0, fill=1)
    x = document.span(3, label_width - 6)
    y = top - 2
    for line in lines:
        document.typesetter.draw(canvas, line, document.aligned(line, x, label_width - 6,
                                                                Align.LEADING),
                                 document.baseline(y, style), style)
        y -= leading
    canvas.setStrokeColor(HexColor(LIGHT_RULE))
    canvas.setLineWidth(0.3)
    canvas.line(document.left, top - height, document.right, top - height)
    document.y = top - height
    return top


def _two_lines(document: Document, text: str, width: float, style: Style) -> tuple[Line, ...]:
    """``text`` wrapped to ``width`` in the document's direction (a number, then a name
    that keeps its own), its second line ending with "…" if it goes on."""
    typesetter = document.typesetter
    direction = document.right_to_left
    logical = typesetter.wrap(text, width, style)
    if len(logical) <= 2:
        return document.lines(text, width, style, direction)
    words = logical[1].split(" ")
    while len(words) > 1 and typesetter.width(" ".join(words) + "…", style) > width:
        words.pop()
    return tuple(typesetter.line(part, style, direction)
                 for part in (logical[0], " ".join(words) + "…"))


def _bar(document: Document, line: ActivityLine, index: dict[tuple[int, int], int],
         quarters: tuple[tuple[int, int], ...], label_width: float, step: float,
         top: float) -> None:
    start, end = line.info.start_date, line.info.end_date
    if start is None:
        return
    end = end or start
    first, last = quarter_of(start), quarter_of(end)
    if last < quarters[0] or first > quarters[-1]:
        return
    begin = index.get(first, 0 if first < quarters[0] else len(quarters) - 1)
    finish = index.get(last, len(quarters) - 1 if last > quarters[-1] else 0)
    height = document.y - top  # negative: the row's height below its top
    bar_height = min(7.0, -height - 4)
    middle = top + height / 2
    canvas = document.canvas
    # Beyond the timeline, the bar ends in an arrow inside the last (or first) quarter.
    after, before = last > quarters[-1], first < quarters[0]
    offset = label_width + step * begin + 1 + (ARROW if before else 0)
    width = step * (finish - begin + 1) - 2 - ARROW * (after + before)
    x = document.span(offset, width)
    canvas.setFillColor(HexColor(BAR_DONE if completed(line) else BAR))
    canvas.rect(x, middle - bar_height / 2, width, bar_height, stroke=0, fill=1)
    for beyond, at_end in ((after, True), (before, False)):
        if not beyond:
            continue
        trailing_right = at_end != document.right_to_left
        base = x + width if trailing_right else x
        tip = base + ARROW if trailing_right else base - ARROW
        path = canvas.beginPath()
        path.moveTo(base, middle - bar_height / 2 - 1)
        path.lineTo(tip, middle)
        path.lineTo(base, middle + bar_height / 2 + 1)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _grid(document: Document, count: int, label_width: float, step: float,
          top: float) -> None:
    """The lines between quarters, down the row that starts at ``top``."""
    canvas = document.canvas
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.2)
    for position in range(count + 1):
        x = document.span(label_width + step * position, 0)
        canvas.line(x, top, x, document.y)


def _centered(document: Document, text: str, x: float, width: float, top: float,
              style: Style) -> None:
    line = document.lines(text, width, style)[0]
    document.typesetter.draw(document.canvas, line, document.aligned(line, x, width,
                                                                     Align.CENTER),
                             document.baseline(top, style), style)


# -- before adoption -----------------------------------------------------------------------


def _open_points(document: Document, content: PlanContent) -> None:
    if not content.problems:
        return
    labels = content.labels
    table = Table(document, [Column(labels["activity"], 4.0), Column(labels["point"], 5.0)])
    document.heading(labels["open_points"], keep_with=table.header_height() + 30)
    table.begin()
    for where, text in content.problems:
        table.row([[(where, CELL_BOLD)], text])
    table.end()


def _adoption(document: Document, content: PlanContent) -> None:
    labels = content.labels
    document.heading(labels["adoption"], keep_with=60)
    document.paragraph(labels["adopted_by"], BODY, after=14)
    document.paragraph(labels["signature"], BODY, after=4)
