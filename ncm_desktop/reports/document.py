"""The page template every hand-out shares, and the flowing layout drawn on it.

Each page has a header naming the mechanism and its State (and the document on the
other side), a footer with the date of generation and "page X of Y", and, when the
page is a draft, a large diagonal DRAFT mark.  The footer needs the page count, so the
page furniture is drawn when the document is finished (:class:`_PagedCanvas`).

Content is drawn straight on the canvas, row by row, with the wrapping of
:mod:`reports.text`: a platypus ``Table`` of ``Paragraph`` cells grows worse than
linearly with its length (see ``tests/benchmarks/bench_reports.py``), per-row drawing
stays linear, and it lets every cell be shaped and reordered for Arabic.  In a right-to-
left document the whole layout is mirrored: the leading edge is the right one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import IO, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ncm_desktop import __version__
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.fonts import FACES, Script
from ncm_desktop.reports.text import Line, Style, Typesetter

CONTEXT = "Reports"

#: ``tr(text, n=-1)``: a hand-out's labels in its language, for one translation context.
Tr = Callable[..., str]

#: Values of the dossier setting ``paper_size`` and the page size each gives.
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
DEFAULT_PAPER = "A4"

_PAGE = QT_TRANSLATE_NOOP("Reports", "Page %1 of %2")
_GENERATED = QT_TRANSLATE_NOOP("Reports", "Generated on %1 by NCM Desktop")
_DRAFT = QT_TRANSLATE_NOOP("Reports", "DRAFT")
_PERCENT = QT_TRANSLATE_NOOP("Reports", "%1%")
_NO_NAME = QT_TRANSLATE_NOOP("Reports", "National coordinating mechanism")

INK = "#1a1a1a"
MUTED = "#5a5a5a"
ACCENT = "#1f3f66"
RULE = "#9aa7b5"
LIGHT_RULE = "#d3d9e0"
HEADER_FILL = "#e8edf3"

TITLE = Style(17, bold=True, color=ACCENT)
SUBTITLE = Style(10, color=MUTED)
HEADING = Style(11.5, bold=True, color=ACCENT)
BODY = Style(10, color=INK)
BODY_BOLD = Style(10, bold=True, color=INK)
SMALL = Style(8, color=MUTED)
NOTE = Style(9, color=MUTED)
CELL = Style(8.5, color=INK)
CELL_BOLD = Style(8.5, bold=True, color=INK)
CELL_MUTED = Style(7.5, color=MUTED)
CELL_HEADER = Style(8, bold=True, color=ACCENT)
_HEADER_NAME = Style(9, bold=True, color=ACCENT)
_HEADER_SMALL = Style(8, color=MUTED)
NOTE = Style(9, color=MUTED)


class Align(Enum):
    """Horizontal placement relative to the reading direction, never left or right."""

    LEADING = "leading"
    TRAILING = "trailing"
    CENTER = "center"


def paper_size(setting: str) -> tuple[float, float]:
    """The page size for a ``paper_size`` setting: "A4" or "Letter" (A4 otherwise)."""
    normalised = setting.strip().casefold().replace("_", " ").replace("-", " ")
    if normalised in ("letter", "us letter"):
        return PAPER_SIZES["Letter"]
    return PAPER_SIZES[DEFAULT_PAPER]


@dataclass(frozen=True, slots=True)
class Header:
    mechanism: str
    state: str


class Document:
    """One PDF being written: metadata, pages, a cursor and the drawing of content.

    ``y`` is the top of the free space on the current page, in points from the bottom.
    """

    def __init__(self, stream: IO[bytes], *, translation: Translation, paper: str,
                 title: str, subject: str, header: Header, generated: datetime,
                 draft: bool = False, landscape: bool = False) -> None:
        self.translation = translation
        self.locale: QLocale = translation.locale
        self.right_to_left = translation.language.right_to_left
        self.typesetter = Typesetter(self.right_to_left)
        self.title = title
        self.subject = subject
        self.header = header
        self.generated = generated
        self.page_width, self.page_height = paper_size(paper)
        if landscape:
            self.page_width, self.page_height = self.page_height, self.page_width
        self.left = 18 * mm
        self.right = self.page_width - 18 * mm
        self.width = self.right - self.left
        self.bottom = 20 * mm
        self.canvas = _PagedCanvas(
            stream, self._draw_furniture, pagesize=(self.page_width, self.page_height),
            lang=translation.code, pageCompression=1,
            initialFontName=FACES[Script.LATIN][0].name,  # never an unembedded standard font
        )
        self._header_lines = self._prepare_header()
        header_height = sum(self.typesetter.leading(style) * len(lines)
                            for lines, style in self._header_lines)
        self.top = self.page_height - 13 * mm - header_height - 7 * mm
        self.y = self.top
        self._draft = draft
        self._drafts: list[bool] = [draft]
        self._page_started_hooks: list[Callable[[], None]] = []

    # -- language ------------------------------------------------------------------------

    def tr(self, text: str, n: int = -1, context: str = CONTEXT) -> str:
        return self.translation.translate(context, text, None, n)

    def translator(self, context: str) -> Tr:
        """``tr`` bound to the translation context of one hand-out module."""
        return lambda text, n=-1: self.tr(text, n, context)

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def date(self, value: date | datetime) -> str:
        """A date written out in the document's language, without the weekday."""
        pattern = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        pattern = re.sub(r"dddd[,،]?\s*|[,،]?\s*dddd", "", pattern).strip()
        return self.locale.toString(QDate(value.year, value.month, value.day), pattern)

    def short_date(self, value: date | datetime) -> str:
        """A date in digits, the document's language's way (for chart axes)."""
        return self.locale.toString(QDate(value.year, value.month, value.day),
                                    QLocale.FormatType.ShortFormat)

    def percent(self, part: int, whole: int) -> str:
        if whole == 0:
            return "—"
        return fill(self.tr(_PERCENT), self.locale.toString(round(100 * part / whole)))

    # -- pages ---------------------------------------------------------------------------

    @property
    def draft(self) -> bool:
        return self._draft

    @draft.setter
    def draft(self, value: bool) -> None:
        """Mark the current page, and the pages after it, as draft or not."""
        self._draft = value
        self._drafts[-1] = value

    @property
    def page_number(self) -> int:
        return len(self._drafts)

    def new_page(self) -> None:
        self.typesetter.flush(self.canvas)
        self.canvas.showPage()
        self._drafts.append(self._draft)
        self.y = self.top
        for hook in list(self._page_started_hooks):
            hook()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.y - height < self.bottom and self.y < self.top:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    def finish(self) -> int:
        """Write the PDF and return its number of pages."""
        canvas = self.canvas
        canvas.setTitle(self.title)
        canvas.setSubject(self.subject)
        canvas.setAuthor(self.header.mechanism)
        canvas.setCreator(f"NCM Desktop {__version__}")
        canvas.setKeywords(self.translation.code)
        self.typesetter.flush(canvas)
        canvas.showPage()
        pages = len(canvas.pages)
        canvas.save()
        return pages

    # -- geometry ------------------------------------------------------------------------

    def span(self, offset: float, width: float) -> float:
        """The left x of a box ``width`` wide starting ``offset`` from the leading edge."""
        if self.right_to_left:
            return self.right - offset - width
        return self.left + offset

    def aligned(self, line: Line, x: float, width: float, align: Align) -> float:
        """Where a line starts in the box (``x``, ``width``) for ``align``."""
        if align is Align.CENTER:
            return x + (width - line.width) / 2
        at_right = (align is Align.LEADING) == self.right_to_left
        return x + width - line.width if at_right else x

    def baseline(self, top: float, style: Style) -> float:
        descent = 0.55 if self.right_to_left else 0.3
        return top - self.typesetter.leading(style) + style.size * descent

    # -- content -------------------------------------------------------------------------

    def lines(self, text: str, width: float, style: Style,
              right_to_left: bool | None = None) -> tuple[Line, ...]:
        return self.typesetter.lines(text, width, style, right_to_left)

    def height(self, text: str, style: Style, width: float | None = None) -> float:
        lines = self.lines(text, self.width if width is None else width, style)
        return len(lines) * self.typesetter.leading(style)

    def paragraph(self, text: str, style: Style = BODY, *, align: Align = Align.LEADING,
                  indent: float = 0.0, width: float | None = None, after: float = 4.0,
                  right_to_left: bool | None = None) -> None:
        """Text wrapped across the page (or ``width`` from ``indent``), breaking pages."""
        width = self.width - indent if width is None else width
        leading = self.typesetter.leading(style)
        x = self.span(indent, width)
        for line in self.lines(text, width, style, right_to_left):
            if self.y - leading < self.bottom:
                self.new_page()
            self.typesetter.draw(self.canvas, line, self.aligned(line, x, width, align),
                                 self.baseline(self.y, style), style)
            self.y -= leading
        self.y -= after

    def title_block(self, title: str, subtitle: str = "") -> None:
        self.paragraph(title, TITLE, after=2)
        if subtitle:
            self.paragraph(subtitle, SUBTITLE, after=2)
        self.space(6)

    def heading(self, text: str, *, keep_with: float = 0.0) -> None:
        """A section heading, moved to the next page with ``keep_with`` points after it."""
        self.ensure(self.height(text, HEADING) + 8 + keep_with)
        self.space(4)
        self.paragraph(text, HEADING, after=3)

    def rule(self, color: str = RULE, width: float = 0.5) -> None:
        self.canvas.setStrokeColor(HexColor(color))
        self.canvas.setLineWidth(width)
        self.canvas.line(self.left, self.y, self.right, self.y)

    def on_new_page(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Call ``hook`` at the top of every new page until the returned function is called."""
        self._page_started_hooks.append(hook)
        return lambda: self._page_started_hooks.remove(hook)

    # -- page furniture ------------------------------------------------------------------

    def _prepare_header(self) -> list[tuple[tuple[Line, ...], Style]]:
        name_width = self.width * 0.62
        mechanism = self.header.mechanism or self.tr(_NO_NAME)
        name = self.lines(mechanism, name_width, _HEADER_NAME)[:2]
        state = self.lines(self.header.state, name_width, _HEADER_SMALL)[:1] \
            if self.header.state else ()
        return [(name, _HEADER_NAME), (state, _HEADER_SMALL)]

    def _draw_furniture(self, canvas: Canvas, number: int, total: int) -> None:
        # A page ends with whatever colours its content left: start from known ones.
        canvas.setFillColor(HexColor(INK))
        top = self.page_height - 13 * mm
        for lines, style in self._header_lines:
            for line in lines:
                self.typesetter.draw(canvas, line, self.aligned(line, self.left, self.width,
                                                                Align.LEADING),
                                     self.baseline(top, style), style)
                top -= self.typesetter.leading(style)
        title_width = self.width * 0.35
        title_top = self.page_height - 13 * mm
        for line in self.lines(self.title, title_width, _HEADER_SMALL)[:2]:
            self.typesetter.draw(canvas, line, self.aligned(line, self.left, self.width,
                                                            Align.TRAILING),
                                 self.baseline(title_top, _HEADER_SMALL), _HEADER_SMALL)
            title_top -= self.typesetter.leading(_HEADER_SMALL)
        rule_y = min(top, title_top) - 2 * mm
        canvas.setStrokeColor(HexColor(ACCENT))
        canvas.setLineWidth(0.8)
        canvas.line(self.left, rule_y, self.right, rule_y)

        footer_top = 14 * mm
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.4)
        canvas.line(self.left, footer_top, self.right, footer_top)
        generated = fill(self.tr(_GENERATED), self.date(self.generated))
        page = fill(self.tr(_PAGE), self.number(number), self.number(total))
        for text, align in ((generated, Align.LEADING), (page, Align.TRAILING)):
            line = self.lines(text, self.width * 0.6, SMALL)[0]
            self.typesetter.draw(canvas, line, self.aligned(line, self.left, self.width, align),
                                 self.baseline(footer_top - 1.5 * mm, SMALL), SMALL)
        self.typesetter.flush(canvas)
        if self._drafts[number - 1]:
            self._draw_draft_mark(canvas)

    def _draw_draft_mark(self, canvas: Canvas) -> None:
        style = Style(96, bold=True, color="#b2222224")
        line = self.typesetter.lines(self.tr(_DRAFT), 10_000, style)[0]
        diagonal = (self.page_width ** 2 + self.page_height ** 2) ** 0.5
        scale = min(1.0, diagonal * 0.6 / max(line.width, 1.0))
        canvas.saveState()
        canvas.translate(self.page_width / 2, self.page_height / 2)
        canvas.rotate(math.degrees(math.atan2(self.page_height, self.page_width)))
        canvas.scale(scale, scale)
        self.typesetter.draw(canvas, line, -line.width / 2, -style.size * 0.35, style)
        self.typesetter.flush(canvas)  # inside the rotation
        canvas.restoreState()


class _PagedCanvas(Canvas):
    """A canvas that keeps its pages until :meth:`save`, to number them "X of Y"."""

    def __init__(self, stream: IO[bytes], furniture: Callable[[Canvas, int, int], None],
                 **options: Any) -> None:
        super().__init__(stream, **options)
        self.pages: list[dict[str, Any]] = []
        self._furniture = furniture

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self.pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self.pages)
        for number, state in enumerate(self.pages, start=1):
            self.__dict__.update(state)
            self._furniture(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)

