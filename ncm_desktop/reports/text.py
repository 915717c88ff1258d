"""Text as a PDF page draws it: measured, wrapped, shaped, in display order, in runs.

ReportLab draws glyphs left to right, one font per string, with no shaping.  So:

1. wrap the text in *logical* order, measuring each word as it will be drawn (Arabic
   reshaped into its joined presentation forms by ``arabic_reshaper``);
2. put each wrapped line into display order with ``python-bidi`` (the Unicode bidi
   algorithm, paired brackets included, with brackets mirrored by
   :mod:`reports.mirroring`), after reshaping it;
3. cut the displayed line into runs of one font (:class:`fonts.FontSet`) and draw them
   one after the other from the left.

Wrapping before reordering matters: reordering a paragraph and then wrapping it puts its
lines in reverse order (python-arabic-reshaper issue #90).  A paragraph's own direction
is that of its first strong character (like HTML's ``dir="auto"``), so an English
organisation name in an Arabic roster keeps its brackets and full stop where they
belong; text with no letter runs left to right.  Alignment is the document's business:
in an Arabic document every cell is set against the right edge, whatever its direction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import arabic_reshaper
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ncm_desktop.reports import mirroring
from ncm_desktop.reports.fonts import ARABIC_LETTERS, CJK_CHARACTERS, SYNTHETIC_BOLD, FontSet

#: Invisible direction marks (Qt puts some in Arabic dates and percentages): they steer
#: the bidi algorithm, then are removed, since no font draws them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                                       "\u2066\u2067\u2068\u2069"))
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
ASCII_LETTER = re.compile("[A-Za-z]")
#: A word too long for its cell (an email address) is cut after one of these first.
BREAK_AFTER = frozenset("@./-_")
#: Chinese punctuation that must not start a line, and that must not end one.
NO_LINE_START = frozenset("、。，．；：？！）」』】〉》〕…,.;:!?)")
NO_LINE_END = frozenset("（「『【〈《〔(")
#: Wrapped lines kept per document, so that repeated cells (roles, titles) cost nothing.
CACHE_LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class Style:
    size: float
    bold: bool = False
    color: str = "#1a1a1a"  # "#rrggbb", or "#rrggbbaa" to see through


@dataclass(frozen=True, slots=True)
class Line:
    """One line in display order: ``(font, text, width)`` runs from left to right."""

    runs: tuple[tuple[str, str, float], ...]
    width: float


def strong_direction(text: str) -> bool | None:
    """True for right to left, False for left to right, None when no letter decides."""
    if text.isascii():
        return False if ASCII_LETTER.search(text) else None
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


def shape(text: str) -> str:
    """Arabic letters joined into the forms they take in their word."""
    return arabic_reshaper.reshape(text) if ARABIC_LETTERS.search(text) else text


def display_order(text: str, right_to_left: bool) -> str:
    """A logical line reshaped and reordered for drawing left to right, brackets mirrored
    where they run right to left (:mod:`reports.mirroring`)."""
    if right_to_left or RIGHT_TO_LEFT.search(text):
        text = mirroring.display(shape(text), "R" if right_to_left else "L")
    return text.translate(BIDI_CONTROLS)


def break_points(word: str) -> list[str]:
    """``word`` cut where a line may break without a space: between Chinese characters."""
    if word.isascii():
        return [word]
    pieces: list[str] = []
    start = 0
    for index in range(1, len(word)):
        previous, character = word[index - 1], word[index]
        if ((CJK_CHARACTERS.match(character) or CJK_CHARACTERS.match(previous))
                and character not in NO_LINE_START and previous not in NO_LINE_END):
            pieces.append(word[start:index])
            start = index
    pieces.append(word[start:])
    return pieces


class Typesetter:
    """Measures, wraps and draws text for one document (``right_to_left``: its direction)."""

    def __init__(self, right_to_left: bool) -> None:
        self.right_to_left = right_to_left
        self._fonts = {False: FontSet(bold=False), True: FontSet(bold=True)}
        self._widths: dict[tuple[str, float, bool], float] = {}
        #: Width of each character drawn, by font and size: a word cut letter by letter
        #: (an email address wider than its cell) then costs dictionary look-ups.
        self._glyph_widths: dict[tuple[str, float], dict[str, float]] = {}
        self._lines: dict[tuple[str, float, Style, bool | None], tuple[Line, ...]] = {}
        self._colors: dict[str, Color] = {}
        self._text: PDFTextObject | None = None
        self._text_font: tuple[str, float] = ("", 0.0)
        self._text_color: Color | None = None

    def leading(self, style: Style) -> float:
        """Distance between baselines; Naskh's deep descenders need more room."""
        return style.size * (1.6 if self.right_to_left else 1.32)

    @staticmethod
    def direction(text: str, right_to_left: bool | None = None) -> bool:
        """The paragraph direction: given, else that of the first letter.

        Text with no letter at all (a phone number, a count, a date in digits) runs left
        to right in every document, as HTML's ``dir="auto"`` has it: "+999 20 555 0199"
        must not come out as "0199 555 20 999+" in an Arabic roster.
        """
        if right_to_left is not None:
            return right_to_left
        return bool(strong_direction(text))

    def lines(self, text: str, width: float, style: Style,
              right_to_left: bool | None = None) -> tuple[Line, ...]:
        """``text`` wrapped to ``width`` points, each line ready to draw."""
        key = (text, width, style, right_to_left)
        found = self._lines.get(key)
        if found is None:
            direction = self.direction(text, right_to_left)
            found = tuple(self.line(part, style, direction)
                          for part in self.wrap(text, width, style))
            if len(self._lines) >= CACHE_LIMIT:
                self._lines.clear()
            self._lines[key] = found
        return found

    def line(self, logical: str, style: Style, right_to_left: bool) -> Line:
        visual = display_order(logical, right_to_left)
        runs = []
        total = 0.0
        for name, part in self._fonts[style.bold].runs(visual):
            width = pdfmetrics.getFont(name).stringWidth(part, style.size)
            runs.append((name, part, width))
            total += width
        return Line(tuple(runs), total)

    def width(self, text: str, style: Style) -> float:
        """The drawn width of ``text`` (one line, any order)."""
        key = (text, style.size, style.bold)
        found = self._widths.get(key)
        if found is None:
            found = self._measure(text, style)
            if len(self._widths) >= CACHE_LIMIT:
                self._widths.clear()
            self._widths[key] = found
        return found

    def _measure(self, text: str, style: Style) -> float:
        shaped = shape(text.translate(BIDI_CONTROLS))
        return sum(pdfmetrics.getFont(name).stringWidth(part, style.size)
                   for name, part in self._fonts[style.bold].runs(shaped))

    def wrap(self, text: str, width: float, style: Style) -> list[str]:
        """``text`` cut into logical lines no wider than ``width``; ``\\n`` forces a break."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            if self.width(paragraph, style) <= width:
                lines.append(paragraph)
            else:
                lines.extend(self._wrap_paragraph(paragraph, width, style))
        return lines

    def _wrap_paragraph(self, text: str, width: float, style: Style) -> list[str]:
        space = self.width(" ", style)
        lines: list[str] = []
        current = ""
        current_width = 0.0
        for word in text.split(" "):
            if not word:
                continue
            for index, piece in enumerate(break_points(word)):
                gap = space if index == 0 and current else 0.0
                piece_width = self.width(piece, style)
                if current and current_width + gap + piece_width <= width:
                    current += (" " if gap else "") + piece
                    current_width += gap + piece_width
                    continue
                if current:
                    lines.append(current)
                if piece_width <= width:
                    current, current_width = piece, piece_width
                    continue
                *full, current = self._cut(piece, width, style)
                lines.extend(full)
                current_width = self._measure(current, style)
        if current or not lines:
            lines.append(current)
        return lines

    def _cut(self, word: str, width: float, style: Style) -> list[str]:
        """A word wider than ``width`` in pieces, cut after ``@ . / - _`` where possible."""
        pieces: list[str] = []
        while word:
            fit, opportunity = 1, 0
            for end, prefix_width in enumerate(self._prefix_widths(word, style), start=1):
                if prefix_width > width:
                    break
                fit = end
                if word[end - 1] in BREAK_AFTER and end < len(word):
                    opportunity = end
            else:
                pieces.append(word)
                break
            cut = opportunity or fit
            pieces.append(word[:cut])
            word = word[cut:]
        return pieces

    def _prefix_widths(self, word: str, style: Style) -> list[float]:
        """The width of each prefix of ``word``: added up glyph by glyph (ReportLab does
        not kern), except for Arabic, whose letters change shape with their neighbours."""
        if ARABIC_LETTERS.search(word):
            return [self._measure(word[:end], style) for end in range(1, len(word) + 1)]
        widths = []
        total = 0.0
        for name, part in self._fonts[style.bold].runs(word):
            known = self._glyph_widths.setdefault((name, style.size), {})
            face = pdfmetrics.getFont(name)
            for character in part:
                width = known.get(character)
                if width is None:
                    width = known[character] = face.stringWidth(character, style.size)
                total += width
                widths.append(total)
        return widths

    def draw(self, canvas: Canvas, line: Line, x: float, y: float, style: Style) -> None:
        """Draw ``line`` with its left end at ``x`` and its baseline at ``y``.

        The text of a page is gathered in one PDF text object, written out by
        :meth:`flush` (before the page ends): one object per page instead of one per
        string makes the page a third cheaper to draw, and puts all text above the
        rules and fills drawn on the page.
        """
        color = self._colors.get(style.color)
        if color is None:
            color = self._colors[style.color] = HexColor(
                style.color, hasAlpha=len(style.color) == 9)
        text = self._text
        if text is None or text._canvas is not canvas:  # noqa: SLF001
            text = self._text = canvas.beginText()
            self._text_font = ("", 0.0)
            self._text_color = None
        if self._text_color is not color:  # one Color object per colour (``_colors``)
            text.setFillColor(color)
            self._text_color = color
        for name, part, width in line.runs:
            if style.bold and name in SYNTHETIC_BOLD:
                self.flush(canvas)
                self._draw_synthetic_bold(canvas, name, part, x, y, style, color)
                text = self._text = canvas.beginText()
                self._text_font, self._text_color = ("", 0.0), None
                text.setFillColor(color)
                self._text_color = color
            else:
                if self._text_font != (name, style.size):
                    text.setFont(name, style.size)
                    self._text_font = (name, style.size)
                text.setTextOrigin(x, y)
                text.textOut(part)
            x += width

    def flush(self, canvas: Canvas) -> None:
        """Write the text drawn so far onto ``canvas``."""
        if self._text is not None and self._text._canvas is canvas:  # noqa: SLF001
            canvas.drawText(self._text)
        self._text = None

    @staticmethod
    def _draw_synthetic_bold(canvas: Canvas, name: str, text: str, x: float, y: float,
                             style: Style, color: Color) -> None:
        """Bold Chinese from a face that has no bold: glyphs filled, then outlined."""
        canvas.saveState()
        canvas.setStrokeColor(color)
        canvas.setLineWidth(style.size * 0.035)
        drawn = canvas.beginText(x, y)
        drawn.setFont(name, style.size)
        drawn.setTextRenderMode(2)
        drawn.textOut(text)
        canvas.drawText(drawn)
        canvas.restoreState()
