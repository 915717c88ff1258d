"""The fonts every hand-out embeds, and which of them draws each character.

ReportLab has no font fallback: a string drawn in Noto Sans shows boxes for Arabic or
Chinese.  :meth:`FontSet.runs` therefore cuts text into runs that one font can draw:
Arabic in Noto Naskh Arabic, Chinese in Droid Sans Fallback, everything else (Latin,
Cyrillic, Greek) in Noto Sans.  Spaces, digits and punctuation stay in the run they
stand in when its font has them, so an Arabic sentence is one run, not one per word.

Every face is a TrueType-outline font that ReportLab subsets and embeds (``FontFile2``),
so no PDF depends on the fonts of the reader's machine.  They are registered with
ReportLab once per process, and the large CJK face only when a character needs it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ncm_desktop import paths

ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
CJK_CHARACTERS = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fff\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
)


class Script(Enum):
    LATIN = "latin"  # Latin, Greek, Cyrillic and common symbols
    ARABIC = "arabic"
    CJK = "cjk"


@dataclass(frozen=True, slots=True)
class Face:
    name: str
    file: str


#: (regular, bold) face of each script.  Droid Sans Fallback has no bold.
FACES: dict[Script, tuple[Face, Face]] = {
    Script.LATIN: (Face("NCM-NotoSans", "NotoSans-Regular.ttf"),
                   Face("NCM-NotoSans-Bold", "NotoSans-Bold.ttf")),
    Script.ARABIC: (Face("NCM-NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf"),
                    Face("NCM-NotoNaskhArabic-Bold", "NotoNaskhArabic-Bold.ttf")),
    Script.CJK: (Face("NCM-DroidSansFallback", "DroidSansFallbackFull.ttf"),
                 Face("NCM-DroidSansFallback", "DroidSansFallbackFull.ttf")),
}

#: Faces with no bold of their own: bold text in them is drawn filled and outlined.
SYNTHETIC_BOLD = frozenset({FACES[Script.CJK][1].name})

_registered: dict[str, TTFont] = {}


def font(face: Face) -> TTFont:
    """The face registered with ReportLab (once per process)."""
    registered = _registered.get(face.name)
    if registered is None:
        registered = TTFont(face.name, str(paths.resources_dir() / "fonts" / face.file))
        pdfmetrics.registerFont(registered)
        _registered[face.name] = registered
    return registered


def script_of(character: str) -> Script | None:
    """The script whose font must draw ``character``; None for any font that has it."""
    if ARABIC_LETTERS.match(character):
        return Script.ARABIC
    if CJK_CHARACTERS.match(character):
        return Script.CJK
    return None


class FontSet:
    """The faces of one weight, and the cutting of text into single-font runs."""

    def __init__(self, bold: bool = False) -> None:
        self.bold = bold
        self._covers: dict[str, frozenset[int]] = {}
        self.latin = self.name(Script.LATIN)
        self._choice: dict[str, str] = {}  # character -> font for letters
        self._neutral: dict[str, bool] = {}

    def name(self, script: Script) -> str:
        face = FACES[script][self.bold]
        if face.name not in self._covers:
            self._covers[face.name] = frozenset(font(face).face.charToGlyph)
        return face.name

    def covers(self, font_name: str, character: str) -> bool:
        return ord(character) in self._covers[font_name]

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` cut into ``(font name, text)`` runs, in the order given."""
        if text.isascii():
            return [(self.latin, text)]
        runs: list[tuple[str, str]] = []
        current = ""
        start = 0
        for index, character in enumerate(text):
            chosen = self._font_for(character, current)
            if chosen != current:
                if index > start:
                    runs.append((current, text[start:index]))
                current, start = chosen, index
        runs.append((current, text[start:]))
        return runs

    def _font_for(self, character: str, current: str) -> str:
        neutral = self._neutral.get(character)
        if neutral is None:
            category = unicodedata.category(character)
            neutral = category[0] in "NPZSM"  # digits, punctuation, spaces, symbols, marks
            self._neutral[character] = neutral
        if neutral and current and self.covers(current, character):
            return current
        chosen = self._choice.get(character)
        if chosen is None:
            chosen = self._choose(character)
            self._choice[character] = chosen
        return chosen

    def _choose(self, character: str) -> str:
        script = script_of(character)
        if script is not None:
            return self.name(script)
        for candidate in (Script.LATIN, Script.ARABIC, Script.CJK):
            name = self.name(candidate)
            if self.covers(name, character):
                return name
        return self.latin  # drawn as the font's empty box: nothing has it
