"""Tables drawn row by row: wrapped cells, header repeated on each page, mirrored in RTL.

Each row is measured, moved to the next page when it does not fit, then drawn; the
cost of a row does not depend on how many came before it, so 10,000 rows take ten
times as long as 1,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from reportlab.lib.colors import HexColor

from ncm_desktop.reports.document import (
    ACCENT,
    CELL,
    CELL_HEADER,
    HEADER_FILL,
    LIGHT_RULE,
    RULE,
    Align,
    Document,
)
from ncm_desktop.reports.text import Line, Style

#: A cell: one text, or several texts stacked (a name in bold over a title in grey).
Cell = str | Sequence[tuple[str, Style]]


class Rule(Enum):
    """The line drawn above a row."""

    NONE = "none"
    LIGHT = "light"
    STRONG = "strong"


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float  # share of the table's width
    align: Align = Align.LEADING


@dataclass(frozen=True, slots=True)
class _Prepared:
    cells: tuple[tuple[tuple[tuple[Line, ...], Style], ...], ...]
    height: float


class Table:
    """Columns laid out from the leading edge; call :meth:`row` for each row in order."""

    def __init__(self, document: Document, columns: Sequence[Column], *,
                 style: Style = CELL, header: bool = True, grid: bool = False,
                 padding: float = 3.2, width: float | None = None) -> None:
        self.document = document
        self.columns = tuple(columns)
        self.style = style
        self.show_header = header
        self.grid = grid
        self.padding = padding
        self.width = document.width if width is None else width
        total = sum(c.weight for c in self.columns)
        self.widths = [self.width * c.weight / total for c in self.columns]
        self.offsets = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self._header_cells: list[Cell] = [[(c.title, CELL_HEADER)] for c in self.columns]
        self._remove_hook = None

    # -- rows ----------------------------------------------------------------------------

    def begin(self) -> None:
        """Draw the header (if any) and repeat it on each new page until :meth:`end`."""
        if self.show_header:
            self._draw_header()
            self._remove_hook = self.document.on_new_page(self._draw_header)

    def end(self) -> None:
        if self._remove_hook is not None:
            self._remove_hook()
            self._remove_hook = None
        self.document.space(4)

    def header_height(self) -> float:
        return self.prepare(self._header_cells).height if self.show_header else 0.0

    def prepare(self, cells: Sequence[Cell | None], min_height: float = 0.0) -> _Prepared:
        """Wrap every cell of a row; its height is that of the tallest cell."""
        document = self.document
        leading = document.typesetter.leading
        prepared = []
        height = min_height
        for cell, width in zip(cells, self.widths, strict=True):
            parts = [] if cell is None else [(cell, self.style)] if isinstance(cell, str) \
                else list(cell)
            inner = width - 2 * self.padding
            wrapped = tuple((document.lines(text, inner, style), style)
                            for text, style in parts if text)
            prepared.append(wrapped)
            cell_height = sum(len(lines) * leading(style) for lines, style in wrapped)
            height = max(height, cell_height + 2 * self.padding)
        return _Prepared(tuple(prepared), height)

    def row(self, cells: Sequence[Cell | None], *, rule: Rule = Rule.LIGHT,
            min_height: float = 0.0, continuation: Sequence[Cell | None] | None = None,
            keep_with: float = 0.0) -> None:
        """Draw a row, on a new page if it does not fit on this one.

        ``continuation`` replaces the cells when the row is the first of a new page (to
        repeat an organisation's name); ``keep_with`` is room to keep after the row.
        """
        document = self.document
        prepared = self.prepare(cells, min_height)
        if document.y - prepared.height - keep_with < document.bottom:
            document.new_page()
            if continuation is not None:
                prepared = self.prepare(continuation, min_height)
            rule = Rule.NONE if self.show_header else rule
        self._draw(prepared, rule)

    # -- drawing -------------------------------------------------------------------------

    def _draw_header(self) -> None:
        prepared = self.prepare(self._header_cells)
        canvas = self.document.canvas
        top = self.document.y
        canvas.setFillColor(HexColor(HEADER_FILL))
        canvas.rect(self.document.span(0, self.width), top - prepared.height, self.width,
                    prepared.height, stroke=0, fill=1)
        self._draw(prepared, Rule.NONE)
        canvas.setStrokeColor(HexColor(ACCENT))
        canvas.setLineWidth(0.7)
        y = self.document.y
        x = self.document.span(0, self.width)
        canvas.line(x, y, x + self.width, y)

    def _draw(self, prepared: _Prepared, rule: Rule) -> None:
        document = self.document
        canvas = document.canvas
        typesetter = document.typesetter
        top = document.y
        bottom = top - prepared.height
        table_x = document.span(0, self.width)
        if rule is not Rule.NONE and not self.grid:
            strong = rule is Rule.STRONG
            canvas.setStrokeColor(HexColor(RULE if strong else LIGHT_RULE))
            canvas.setLineWidth(0.6 if strong else 0.35)
            canvas.line(table_x, top, table_x + self.width, top)
        cells = list(zip(self.columns, prepared.cells, self.offsets, self.widths, strict=True))
        if document.right_to_left:
            cells.reverse()  # drawn left to right, so that text extraction keeps cells apart
        for column, cell, offset, width in cells:
            x = document.span(offset, width)
            y = top - self.padding
            for lines, style in cell:
                leading = typesetter.leading(style)
                for line in lines:
                    left = document.aligned(line, x + self.padding, width - 2 * self.padding,
                                            column.align)
                    typesetter.draw(canvas, line, left, document.baseline(y, style), style)
                    y -= leading
        if self.grid:
            canvas.setStrokeColor(HexColor(RULE))
            canvas.setLineWidth(0.5)
            canvas.rect(table_x, bottom, self.width, prepared.height, stroke=1, fill=0)
            for offset in self.offsets[1:]:
                x = document.span(offset, 0)
                canvas.line(x, top, x, bottom)
        document.y = bottom
