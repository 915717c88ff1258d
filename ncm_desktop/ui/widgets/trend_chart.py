"""The readiness over time: the overall score at each baseline (a thick line, its values
written at its points) and each clause's score (thin lines, each dashed its own way and
named at its end), on a 0–100 % scale.  Time runs from the leading edge: right to left
in an Arabic window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ncm_desktop.i18n.bidi import left_to_right
from ncm_desktop.ui.models.findings_model import percent_text
from ncm_desktop.ui.widgets.chart_style import DASHES, MARGIN, ink


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[int | None, ...]


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dates: tuple[str, ...] = ()
        self.overall: Series | None = None
        self.clauses: tuple[Series, ...] = ()
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 120)

    def set_trend(self, dates: Sequence[str], overall: Series, clauses: Sequence[Series],
                  *, title: str, empty_text: str) -> None:
        """``dates`` as written on the axis; each series has one value per date."""
        self.dates = tuple(dates)
        self.overall = overall
        self.clauses = tuple(clauses)
        self.empty_text = empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(
            f"{d}: {percent_text(v)}" for d, v in zip(self.dates, overall.values,
                                                       strict=True)))
        self.setToolTip(self.accessibleDescription().replace("; ", "\n"))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 180)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        colour = ink(self)
        if len(self.dates) < 1 or self.overall is None:
            painter.setPen(colour)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter
                                       | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
            return
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        axis_width = metrics.horizontalAdvance(percent_text(100)) + 6
        name_width = max([metrics.horizontalAdvance(s.name) for s in self.clauses] + [0]) + 8
        plot = QRectF(area.left() + (name_width if right_to_left else axis_width),
                      area.top() + line / 2,
                      area.width() - axis_width - name_width,
                      area.height() - 1.8 * line)
        # the scale: 0, 50 and 100 %
        for value in (0, 50, 100):
            y = plot.bottom() - plot.height() * value / 100
            painter.setPen(QPen(colour, 0.4, Qt.PenStyle.DotLine if value else
                                Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colour)
            box = (QRectF(plot.right() + 4, y - line / 2, axis_width, line) if right_to_left
                   else QRectF(area.left(), y - line / 2, axis_width - 4, line))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if right_to_left else Qt.AlignmentFlag.AlignRight)),
                left_to_right(percent_text(value)))
        count = len(self.dates)

        def x_of(index: int) -> float:
            share = 0.5 if count == 1 else index / (count - 1)
            inset = plot.width() * 0.04
            position = inset + (plot.width() - 2 * inset) * share
            return plot.right() - position if right_to_left else plot.left() + position

        def y_of(value: int) -> float:
            return plot.bottom() - plot.height() * value / 100

        # dates under the axis (the first and last always, others where they fit)
        last_end = None
        for index, text in enumerate(self.dates):
            width = metrics.horizontalAdvance(text)
            box = QRectF(x_of(index) - width / 2, plot.bottom() + 2, width, line)
            box.moveLeft(max(area.left(), min(box.left(), area.right() - width)))
            if last_end is not None and (box.left() < last_end + 6 if not right_to_left
                                         else box.right() > last_end - 6) \
                    and index != count - 1:
                continue
            painter.setPen(colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            last_end = box.right() if not right_to_left else box.left()
        ends: list[tuple[float, float, str]] = []
        for number, series in enumerate(self.clauses):
            pen = QPen(colour, 1.0, DASHES[number % len(DASHES)])
            points = self._points(series, x_of, y_of)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))
            if points:
                ends.append((points[-1].y(), points[-1].x(), series.name))
        painter.setPen(colour)
        last = -1e9
        for y, x, name in sorted(ends):  # names at the lines' ends, never on each other
            y = max(y, last + line * 0.9)
            last = y
            box = (QRectF(x - name_width, y - line / 2, name_width - 4, line)
                   if right_to_left else QRectF(x + 4, y - line / 2, name_width, line))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if right_to_left
                else Qt.AlignmentFlag.AlignLeft)), name)
        points = self._points(self.overall, x_of, y_of)
        painter.setPen(QPen(colour, 2.6))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(colour)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        for point, value in zip(points, [v for v in self.overall.values if v is not None],
                                strict=True):
            painter.drawEllipse(point, 3.5, 3.5)
            text = left_to_right(percent_text(value))
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QRectF(point.x() - width / 2, point.y() - line - 4, width, line),
                             int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()

    @staticmethod
    def _points(series: Series, x_of: object, y_of: object) -> list[QPointF]:
        return [QPointF(x_of(i), y_of(v))  # type: ignore[operator]
                for i, v in enumerate(series.values) if v is not None]
