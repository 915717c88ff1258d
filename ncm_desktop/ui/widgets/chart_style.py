"""What every chart of the window shares: ink in grey levels and hatching, so that a chart
printed or seen in black and white still tells its series apart, and values written on
the bars rather than left to colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

#: Fills of the segments of a bar, in order: dark, hatched, light, cross-hatched.
FILLS: tuple[tuple[str, Qt.BrushStyle], ...] = (
    ("#3c3c3c", Qt.BrushStyle.SolidPattern),
    ("#3c3c3c", Qt.BrushStyle.BDiagPattern),
    ("#bdbdbd", Qt.BrushStyle.SolidPattern),
    ("#3c3c3c", Qt.BrushStyle.DiagCrossPattern),
)
#: Line styles of the series of a trend after the first (solid, thick).
DASHES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine)
MARGIN = 6.0


def ink(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def fill_segment(painter: QPainter, rect: QRectF, index: int) -> None:
    """A segment of a bar in the ``index``th fill, outlined so that it shows on white."""
    colour, style = FILLS[index % len(FILLS)]
    painter.save()
    if style is not Qt.BrushStyle.SolidPattern:
        painter.fillRect(rect, QColor("#ffffff"))
    painter.setPen(QPen(QColor("#3c3c3c"), 0.8))
    painter.setBrush(QBrush(QColor(colour), style))
    painter.drawRect(rect)
    painter.restore()


def label_colour(index: int) -> QColor:
    """Text drawn on a filled segment: white on the dark fill, black on the others."""
    return QColor("#ffffff") if index % len(FILLS) == 0 else QColor("#000000")


def mirrored(widget: QWidget, rect: QRectF, x: float, width: float) -> QRectF:
    """The box from ``x`` (from the leading edge of ``rect``) ``width`` wide, in widget
    coordinates: in a right-to-left layout the leading edge is the right one."""
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return QRectF(rect.right() - x - width, rect.top(), width, rect.height())
    return QRectF(rect.left() + x, rect.top(), width, rect.height())
