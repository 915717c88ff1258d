"""Guess the clause 7.4 category of an organisation from its name, in any language.

The words live in ``resources/import/categories.json`` (reference data, one list per
category and language).  A name with a ministry word is a ministry: the portfolio word
that comes first in the name decides ('Ministry of Finance and Economic Planning' is
finance, whatever follows), or the catch-all category when no portfolio matches.  Any
other name is tried against the kinds of body first (international, industry, civil
society: a 'Women's Network' is civil society, not the women's ministry), then against
the portfolios, so that a national police, an army command, a customs authority or a
prosecutor's office find their category without the word 'ministry'.

The guess is a suggestion: the import dialog shows it for confirmation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.text_fold import fold

#: Words of this many letters or fewer match whole words only ('red' is not 'reduction').
SHORT_WORD = 3


@dataclass(frozen=True, slots=True)
class CategoryGuess:
    """A suggested category and the word of the name that suggested it."""

    category_id: str
    word: str
    language: str


@dataclass(frozen=True, slots=True)
class _Word:
    category_id: str
    text: str
    language: str


class _Words:
    """A list of words searched in one pass: one pattern of alternatives, longest first,
    so that the match found is the earliest in the name and, there, the longest word."""

    def __init__(self, words: list[_Word]) -> None:
        self._by_text: dict[str, _Word] = {}
        for word in words:
            self._by_text.setdefault(word.text, word)
        ordered = sorted(self._by_text, key=len, reverse=True)
        self._pattern = re.compile("|".join(_alternative(text) for text in ordered)) \
            if ordered else None

    def first_match(self, folded: str) -> CategoryGuess | None:
        match = self._pattern.search(folded) if self._pattern else None
        if match is None:
            return None
        word = self._by_text[match.group()]
        return CategoryGuess(word.category_id, word.text, word.language)


@dataclass(frozen=True)
class _Vocabulary:
    ministry_words: _Words
    fallback: str
    bodies: tuple[_Words, ...]
    portfolios: _Words


def guess_category(name: str) -> CategoryGuess | None:
    """The category that ``name`` most likely belongs to, or None when nothing matches."""
    return _guess_folded(fold(name))


def vocabulary_file() -> Path:
    return paths.resources_dir() / "import" / "categories.json"


@cache
def _guess_folded(folded: str) -> CategoryGuess | None:
    if not folded:
        return None
    words = _vocabulary()
    ministry = words.ministry_words.first_match(folded)
    if ministry is not None:
        found = words.portfolios.first_match(folded)
        if found is not None:
            return found
        return CategoryGuess(words.fallback, ministry.word, ministry.language)
    for body in words.bodies:
        found = body.first_match(folded)
        if found is not None:
            return found
    return words.portfolios.first_match(folded)


@cache
def _vocabulary() -> _Vocabulary:
    data = json.loads(vocabulary_file().read_text(encoding="utf-8"))
    return _Vocabulary(
        ministry_words=_Words(_words("", data["ministry_words"])),
        fallback=data["fallback"],
        bodies=tuple(_Words(_words(body["category"], body["words"])) for body in data["bodies"]),
        portfolios=_Words([
            word for category, languages in data["portfolios"].items()
            for word in _words(category, languages)
        ]),
    )


def _words(category_id: str, languages: dict[str, list[str]]) -> list[_Word]:
    return [
        _Word(category_id, folded, language)
        for language, texts in languages.items()
        for folded in dict.fromkeys(fold(text) for text in texts)
        if folded
    ]


def _alternative(folded: str) -> str:
    """Arabic and Chinese words match anywhere (prefixes are written joined to the word,
    and Chinese has no spaces); other words match from the start of a word, whole
    when short."""
    escaped = re.escape(folded)
    if any(_joined_script(character) for character in folded):
        return escaped
    end = r"(?!\w)" if len(folded) <= SHORT_WORD else ""
    return r"(?<!\w)" + escaped + end


def _joined_script(character: str) -> bool:
    code = ord(character)
    return 0x0600 <= code <= 0x06FF or 0x3400 <= code <= 0x9FFF
