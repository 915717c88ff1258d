"""Reading hand-outs back for the tests: text, words, fonts, the draft mark."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+\d[\d ()./-]{5,}\d")


def page_texts(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed so that wrapped cells read as one."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def text(path: Path) -> str:
    return " ".join(page_texts(path))


def normalised_words(path: Path) -> set[str]:
    """Every word, found by its position on the page (pdfplumber) and NFKC-normalised:
    Arabic presentation forms back to plain letters, in the order they are drawn."""
    with pdfplumber.open(path) as pdf:
        return {unicodedata.normalize("NFKC", word["text"])
                for page in pdf.pages for word in page.extract_words()}


def fonts_not_embedded(path: Path) -> list[str]:
    """Names of the fonts of any page that carry no embedded font file."""
    missing = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts", []):
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = any(d is not None and any(k in d.get_object() for k in
                                                 ("/FontFile", "/FontFile2", "/FontFile3"))
                           for d in descriptors)
            if not embedded:
                missing.append(str(font.get("/BaseFont")))
    return missing


def words_with_positions(path: Path, page_number: int) -> list[dict]:  # type: ignore[type-arg]
    with pdfplumber.open(path) as pdf:
        return pdf.pages[page_number].extract_words(keep_blank_chars=False)


def characters_outside(path: Path, left: float, right: float) -> list[str]:
    """Characters drawn beyond the margins (the draft mark is skipped: it is rotated)."""
    outside = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                if not char.get("upright", True) or char["size"] > 40:
                    continue
                if char["x0"] < left - 0.5 or char["x1"] > right + 0.5:
                    outside.append(char["text"])
    return outside


#: Lam followed by alef is drawn as one ligature, which NFKC gives back in logical order
#: even inside a word that reads back reversed.
_LAM_ALEF = {alef + "\u0644": "\u0644" + alef for alef in "\u0627\u0623\u0625\u0622"}


def drawn_order(word: str) -> str:
    """An Arabic word as a reader that does not reorder gets it back: reversed."""
    reversed_word = word[::-1]
    for pair, ligature in _LAM_ALEF.items():
        reversed_word = reversed_word.replace(pair, ligature)
    return reversed_word
