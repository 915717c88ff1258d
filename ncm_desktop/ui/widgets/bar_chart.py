"""Horizontal bars, one per row: a score in per cent (readiness by clause, by priority), or
amounts split into segments (women and men, funded and unfunded costs).

Every bar carries its value written on it or beside it; segments differ by grey level
and hatching, with a legend; in a right-to-left layout the bars grow from the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ncm_desktop.i18n.bidi import left_to_right
from ncm_desktop.ui.widgets.chart_style import (
    FILLS,
    MARGIN,
    fill_segment,
    ink,
    label_colour,
    mirrored,
)


@dataclass(frozen=True, slots=True)
class BarRow:
    """A bar: its label, its segments' values, and the texts written on them (a value
    too small for its text is written after the bar)."""

    label: str
    values: tuple[float, ...]
    texts: tuple[str, ...] = ()
    #: Written after the bar (a total, or "—" when there is nothing to show).
    after: str = ""


class BarChart(QWidget):
    """Rows of horizontal bars against a common scale (``maximum``: 100 for per cents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[BarRow, ...] = ()
        self.legend: tuple[str, ...] = ()
        self.title = ""
        self.maximum = 100.0
        #: The unfilled rest of a bar is outlined (a score's way to 100 %).
        self.show_rest = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(90)

    def set_rows(self, rows: Sequence[BarRow], *, title: str = "",
                 legend: Sequence[str] = (), maximum: float | None = None) -> None:
        self.rows = tuple(rows)
        self.title = title
        self.legend = tuple(legend)
        totals = [sum(r.values) for r in self.rows]
        self.maximum = maximum if maximum is not None else max([*totals, 1.0])
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(
            f"{r.label}: {' / '.join(r.texts) or r.after}" for r in self.rows))
        self.setToolTip(self.accessibleDescription().replace("; ", "\n"))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(320, int((len(self.rows) + 2) * (line + 6) + 2 * MARGIN))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        align = (Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        top = area.top()
        painter.setPen(ink(self))
        if self.title:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(area.left(), top, area.width(), line),
                             int(align), self.title)
            painter.setFont(self.font())
            top += line + 4
        legend_height = line + 4 if self.legend else 0
        rows = max(len(self.rows), 1)
        step = max(line + 2, min(2.0 * line, (area.bottom() - top - legend_height) / rows))
        labels = [r.label for r in self.rows]
        label_width = min(area.width() * 0.42,
                          max([metrics.horizontalAdvance(t) for t in labels] + [0]) + 8)
        after_width = max([metrics.horizontalAdvance(r.after) for r in self.rows] + [0]) + 6
        bar_width = max(20.0, area.width() - label_width - after_width)
        for row in self.rows:
            band = QRectF(area.left(), top, area.width(), step)
            label_box = mirrored(self, band, 0, label_width - 6)
            painter.setPen(ink(self))
            painter.drawText(label_box, int(align), metrics.elidedText(
                row.label, Qt.TextElideMode.ElideRight, int(label_box.width())))
            bar = band.adjusted(0, step * 0.15, 0, -step * 0.15)
            scale = bar_width / self.maximum if self.maximum else 0
            x = label_width
            if self.show_rest:
                painter.setPen(QPen(ink(self), 0.6))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(mirrored(self, bar, x, bar_width))
            for index, value in enumerate(row.values):
                width = value * scale
                if width <= 0:
                    continue
                segment = mirrored(self, bar, x, width)
                fill_segment(painter, segment, index)
                text = row.texts[index] if index < len(row.texts) else ""
                text_width = metrics.horizontalAdvance(text)
                if text and text_width + 6 < width:
                    if FILLS[index % len(FILLS)][1] is not Qt.BrushStyle.SolidPattern:
                        ground = QRectF(0, 0, text_width + 4, segment.height() - 4)
                        ground.moveCenter(segment.center())
                        painter.fillRect(ground, QColor("#ffffff"))  # the value over hatching
                    painter.setPen(label_colour(index))
                    painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter),
                                     left_to_right(text))
                x += width
            if row.after:
                end = label_width + (bar_width if self.show_rest else x - label_width)
                painter.setPen(ink(self))
                painter.drawText(mirrored(self, band, end + 4, after_width), int(align),
                                 left_to_right(row.after))
            top += step
        if self.legend:
            self._draw_legend(painter, QRectF(area.left(), area.bottom() - line,
                                              area.width(), line))
        painter.end()

    def _draw_legend(self, painter: QPainter, band: QRectF) -> None:
        metrics = self.fontMetrics()
        x = 0.0
        swatch = band.height() * 0.8
        for index, text in enumerate(self.legend):
            box = mirrored(self, band.adjusted(0, (band.height() - swatch) / 2, 0,
                                               -(band.height() - swatch) / 2), x, swatch)
            fill_segment(painter, box, index)
            width = metrics.horizontalAdvance(text) + 4
            painter.setPen(ink(self))
            painter.drawText(mirrored(self, band, x + swatch + 4, width),
                             int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                             text)
            x += swatch + width + 14
