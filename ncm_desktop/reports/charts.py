"""Charts in the hand-outs: bars (scores, women and men, funded and unfunded costs) and a
trend of scores over time, drawn with ReportLab's canvas.

The shapes are queued in a :class:`_Sketch` and drawn on the page under the labels, with
the canvas's own rectangles, lines and paths (``reportlab.graphics`` would do the same
but imports platypus, a sixth of a 200-member roster's whole process); every label is
set by the document's
:class:`reports.text.Typesetter`, so that Arabic is shaped and put in display order as in
the rest of the hand-out.  In a right-to-left document the whole chart is mirrored: bars
grow from the right, time runs from right to left.  Nothing relies on colour: segments
are grey levels and hatching, each bar carries its value, and a legend names the fills,
so that a chart printed in black and white reads the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from ncm_desktop.reports.document import CELL, CELL_BOLD, CELL_MUTED, Align, Document
from ncm_desktop.reports.text import Style

#: (fill, hatched) of the segments of a bar, in order.
FILLS: tuple[tuple[str, bool], ...] = (("#3c3c3c", False), ("#ffffff", True),
                                       ("#bdbdbd", False), ("#ffffff", False))
OUTLINE = "#3c3c3c"
WHITE = "#ffffff"
DASHES: tuple[tuple[float, ...], ...] = ((4, 2), (1, 1.5), (5, 1.5, 1, 1.5), (2, 2))
ON_DARK = Style(CELL.size, color=WHITE)
ROW = 15.0


@dataclass(frozen=True, slots=True)
class Bar:
    """A bar: its label, its segments' values, the texts written on them, and a text
    written after it (a total, or "—" when there is nothing to show)."""

    label: str
    values: tuple[float, ...]
    texts: tuple[str, ...] = ()
    after: str = ""


def bars(document: Document, rows: Sequence[Bar], *, maximum: float | None = None,
         legend: Sequence[str] = (), title: str = "", offset: float = 0.0,
         width: float | None = None, outline_rest: bool = True, top: float | None = None,
         label_share: float = 0.34) -> float:
    """Horizontal bars from ``top`` (the cursor, after a page break if needed) in the box
    ``offset`` from the leading edge and ``width`` wide; returns the height used, and
    moves the cursor below the chart unless ``top`` was given."""
    width = document.width - offset if width is None else width
    setter = document.typesetter
    title_height = setter.leading(CELL_BOLD) + 2 if title else 0.0
    height = title_height + ROW * len(rows) + (ROW + 2 if legend else 0) + 4
    if top is None:
        document.ensure(height)
        start = document.y
    else:
        start = top
    left = document.span(offset, width)
    rtl = document.right_to_left
    if title:
        _text(document, title, left, width, start, CELL_BOLD, Align.LEADING)
    label_width = width * label_share
    after_width = max([setter.width(r.after, CELL) for r in rows] + [0.0]) + 6
    bar_width = max(20.0, width - label_width - after_width)
    biggest = maximum if maximum is not None else max([sum(r.values) for r in rows] + [1.0])
    scale = bar_width / biggest if biggest else 0.0
    sketch = _Sketch()
    y = start - title_height
    labels: list[tuple[str, float, float, float, Style, Align]] = []
    for row in rows:
        bar_top, bar_height = y - 0.5, ROW - 4
        labels.append((row.label, left if not rtl else left + width - label_width + 4,
                       label_width - 4, y, CELL, Align.LEADING))

        def place(x: float, w: float) -> float:
            """Left x of a span ``x`` from the start of the bars: mirrored in Arabic."""
            return left + width - label_width - x - w if rtl else left + label_width + x

        if outline_rest:
            sketch.rect(place(0, bar_width), bar_top - bar_height, bar_width, bar_height,
                        None)
        x = 0.0
        for index, value in enumerate(row.values):
            w = value * scale
            if w <= 0:
                continue
            fill, hatched = FILLS[index % len(FILLS)]
            sketch.rect(place(x, w), bar_top - bar_height, w, bar_height, fill)
            if hatched:
                sketch.hatch(place(x, w), bar_top - bar_height, w, bar_height)
            text = row.texts[index] if index < len(row.texts) else ""
            style = ON_DARK if index % len(FILLS) == 0 else CELL
            text_width = setter.width(text, style)
            if text and text_width + 4 < w:
                if hatched:  # a white ground under the value, over the hatching
                    sketch.rect(place(x, w) + (w - text_width) / 2 - 1.5,
                                bar_top - bar_height + 1, text_width + 3, bar_height - 2,
                                WHITE, outline=False)
                labels.append((text, place(x, w), w, y, style, Align.CENTER))
            x += w
        if row.after:
            end = bar_width if outline_rest else x
            labels.append((row.after, place(end + 3, after_width), after_width, y, CELL,
                           Align.LEADING))
        y -= ROW
    if legend:
        _legend(document, sketch, labels, legend, left, width, y - 2)
    sketch.draw(document.canvas)
    for text, x, w, line_top, style, align in labels:
        _text(document, text, x, w, line_top, style, align)
    if top is None:
        document.y = start - height
    return height


def _legend(document: Document, sketch: _Sketch, labels: list, legend: Sequence[str],
            left: float, width: float, top: float) -> None:
    setter = document.typesetter
    x = 0.0
    rtl = document.right_to_left
    swatch = 8.0
    for index, text in enumerate(legend):
        fill, hatched = FILLS[index % len(FILLS)]
        text_width = setter.width(text, CELL_MUTED) + 2
        box_x = left + width - x - swatch if rtl else left + x
        sketch.rect(box_x, top - swatch - 3, swatch, swatch, fill)
        if hatched:
            sketch.hatch(box_x, top - swatch - 3, swatch, swatch)
        text_x = box_x - 3 - text_width if rtl else box_x + swatch + 3
        labels.append((text, text_x, text_width, top, CELL_MUTED, Align.CENTER))
        x += swatch + 3 + text_width + 12


def trend(document: Document, dates: Sequence[str], overall: Sequence[int | None],
          clauses: Sequence[tuple[str, Sequence[int | None]]], *, height: float = 150.0,
          percent: Callable[[int], str] = str) -> None:
    """Scores by date on a 0–100 scale: ``overall`` thick with its values written at its
    points, each clause thin and dashed its own way with its name at the line's end."""
    setter = document.typesetter
    document.ensure(height + 10)
    top = document.y
    rtl = document.right_to_left
    axis_width = setter.width(percent(100), CELL_MUTED) + 6
    name_width = max([setter.width(n, CELL_MUTED) for n, _ in clauses] + [0.0]) + 8
    plot_left = document.left + (name_width if rtl else axis_width)
    plot_right = document.right - (axis_width if rtl else name_width)
    plot_top, plot_bottom = top - 10, top - height + 14
    sketch = _Sketch()
    labels: list[tuple[str, float, float, float, Style, Align]] = []
    line_height = setter.leading(CELL_MUTED)
    for value in (0, 50, 100):
        y = plot_bottom + (plot_top - plot_bottom) * value / 100
        sketch.line([(plot_left, y), (plot_right, y)], 0.6 if value == 0 else 0.3,
                    () if value == 0 else (1, 2))
        x = plot_right + 3 if rtl else document.left
        labels.append((percent(value), x, axis_width - 3, y + line_height / 2,
                       CELL_MUTED, Align.TRAILING if not rtl else Align.LEADING))
    count = len(dates)

    def x_of(index: int) -> float:
        share = 0.5 if count == 1 else index / (count - 1)
        inset = (plot_right - plot_left) * 0.05
        position = inset + (plot_right - plot_left - 2 * inset) * share
        return plot_right - position if rtl else plot_left + position

    def y_of(value: int) -> float:
        return plot_bottom + (plot_top - plot_bottom) * value / 100

    for index, text in enumerate(dates):
        w = setter.width(text, CELL_MUTED) + 2
        x = min(max(x_of(index) - w / 2, document.left), document.right - w)  # on the page
        labels.append((text, x, w, plot_bottom - 2, CELL_MUTED, Align.CENTER))
    ends: list[tuple[float, float, str]] = []
    for number, (name, values) in enumerate(clauses):
        points = [(x_of(i), y_of(v)) for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            sketch.line(points, 0.8, DASHES[number % len(DASHES)])
        if points:
            ends.append((points[-1][1], points[-1][0], name))
    last = 1e9
    for y, x, name in sorted(ends, reverse=True):  # clause names never on each other
        y = max(min(y, last - line_height * 0.85), plot_bottom + line_height * 0.4)
        last = y
        w = name_width - 4
        labels.append((name, x - w - 3 if rtl else x + 3, w, y + line_height / 2, CELL_MUTED,
                       Align.TRAILING if rtl else Align.LEADING))
    points = [(x_of(i), y_of(v), v) for i, v in enumerate(overall) if v is not None]
    if len(points) > 1:
        sketch.line([p[:2] for p in points], 2.2)
    for x, y, value in points:
        sketch.rect(x - 2.5, y - 2.5, 5, 5, OUTLINE, line_width=1.0)
        text = percent(value)
        w = setter.width(text, CELL_BOLD) + 2
        labels.append((text, x - w / 2, w, y + 4 + setter.leading(CELL_BOLD), CELL_BOLD,
                       Align.CENTER))
    sketch.draw(document.canvas)
    for text, x, w, line_top, style, align in labels:
        _text(document, text, x, w, line_top, style, align)
    document.y = top - height - 4


def _text(document: Document, text: str, x: float, width: float, top: float, style: Style,
          align: Align) -> None:
    lines = document.lines(text, 10_000, style)
    if not lines:
        return
    line = lines[0]
    document.typesetter.draw(document.canvas, line, document.aligned(line, x, width, align),
                             document.baseline(top, style), style)


class _Sketch:
    """Shapes in drawing order, drawn on the canvas at once, in one saved graphics state:
    outlines and lines in :data:`OUTLINE`, 0.5 pt unless said otherwise."""

    def __init__(self) -> None:
        self._shapes: list[Callable[[Canvas], None]] = []

    def rect(self, x: float, y: float, width: float, height: float, fill: str | None,
             outline: bool = True, line_width: float = 0.5) -> None:
        def draw(canvas: Canvas) -> None:
            if fill is not None:
                canvas.setFillColor(HexColor(fill))
            canvas.setLineWidth(line_width)
            canvas.rect(x, y, width, height, stroke=int(outline), fill=int(fill is not None))

        self._shapes.append(draw)

    def line(self, points: Sequence[tuple[float, float]], width: float,
             dashes: Sequence[float] = ()) -> None:
        def draw(canvas: Canvas) -> None:
            canvas.setLineWidth(width)
            if dashes:
                canvas.setDash(list(dashes))
            path = canvas.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            canvas.drawPath(path, stroke=1, fill=0)
            canvas.setDash()

        self._shapes.append(draw)

    def hatch(self, x: float, y: float, width: float, height: float,
              step: float = 3.0) -> None:
        """Diagonal lines across the box (bottom left to top right), clipped to it."""
        c = -height
        while c < width:
            x0, y0 = max(0.0, c), max(0.0, -c)
            x1 = min(width, c + height)
            y1 = x1 - c
            if x1 > x0:
                self.line([(x + x0, y + y0), (x + x1, y + y1)], 0.5)
            c += step

    def draw(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setStrokeColor(HexColor(OUTLINE))
        for shape in self._shapes:
            shape(canvas)
        canvas.restoreState()
