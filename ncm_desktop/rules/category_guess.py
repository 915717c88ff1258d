"""Guess the clause 7.4 category of an organisation from its name, in any language.

The words live in ``resources/import/categories.json`` (reference data, one list per
category and language).  A name with a ministry word is a ministry: the portfolio word
that comes first in the name decides ('Ministry of Finance and Economic Planning' is
finance, whatever follows), or the catch-all category when no portfolio matches.  Any
other name is tried against the kinds of body first (international, industry, civil
society: a 'Women's Network' is civil society, not the women's ministry), then against
the portfolios, so that a national police, an army command, a customs authority or a
prosecutor's office find their category without the word 'ministry'.  A state office
that is not called a ministry ('Secretaría de …', 'Haut-Commissariat …', 'Office of …')
takes that second path too, and the catch-all category when nothing else matches.

A guess is *sure* when a word of its category is in the name and no word of another
category is; it is unsure when only the catch-all applies or when the name also holds
words of other categories ('Ministry of Women, Children and Social Welfare').  The
import dialog shows the unsure ones first for the user to confirm.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.text_fold import fold

#: Words of this many letters or fewer match whole words only ('red' is not 'reduction').
SHORT_WORD = 3
#: The Arabic article, which 'لل' ('for the') writes without its alef.
ARABIC_ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class CategoryGuess:
    """A suggested category, the word of the name that suggested it and how sure it is."""

    category_id: str
    word: str
    language: str
    #: False when only the catch-all applies or words of other categories are in the name.
    sure: bool = True
    #: True when no portfolio word matched: the catch-all of a ministry or state office.
    catch_all: bool = False


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
        found = self.find(folded)
        return found[0] if found is not None else None

    def find(self, folded: str) -> tuple[CategoryGuess, int, int] | None:
        """The first match, with where it starts and ends in ``folded``."""
        match = self._pattern.search(folded) if self._pattern else None
        if match is None:
            return None
        word = self._word_of(match.group())
        return CategoryGuess(word.category_id, word.text, word.language), *match.span()

    def _word_of(self, matched: str) -> _Word:
        if matched in self._by_text:
            return self._by_text[matched]
        return self._by_text[ARABIC_ARTICLE + matched[1:]]  # 'لجمارك' for 'الجمارك'

    def categories_in(self, folded: str) -> set[str]:
        """The categories of every word found in ``folded``."""
        if self._pattern is None:
            return set()
        return {self._word_of(match.group()).category_id
                for match in self._pattern.finditer(folded)}


@dataclass(frozen=True)
class _Vocabulary:
    ministry_words: _Words
    office_words: _Words
    fallback: str
    bodies: tuple[_Words, ...]
    portfolios: _Words
    #: Portfolios that win wherever their words are in the name (the legislature).
    leading: _Words

    def portfolio(self, folded: str) -> CategoryGuess | None:
        return self.leading.first_match(folded) or self.portfolios.first_match(folded)


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
    office = words.office_words.find(folded)
    found = words.portfolio(folded) if ministry is not None else None
    if found is None and ministry is None:
        for body in words.bodies:
            hit = body.find(folded)
            # A body word inside a state office's name is not a body ('Instituto Nacional').
            if hit is not None and not (office and office[1] <= hit[1] < office[2]):
                found = hit[0]
                break
        else:
            found = words.portfolio(folded)
    if found is None:
        state_office = ministry or (office[0] if office else None)
        if state_office is None:
            return None
        return CategoryGuess(words.fallback, state_office.word, state_office.language,
                             sure=False, catch_all=True)
    others = words.portfolios.categories_in(folded) - {found.category_id}
    if ministry is None:
        for body in words.bodies:
            others |= body.categories_in(folded) - {found.category_id}
    return replace(found, sure=not others)


@cache
def _vocabulary() -> _Vocabulary:
    data = json.loads(vocabulary_file().read_text(encoding="utf-8"))
    portfolio_words = [word for category, languages in data["portfolios"].items()
                       for word in _words(category, languages)]
    return _Vocabulary(
        ministry_words=_Words(_words("", data["ministry_words"])),
        office_words=_Words(_words("", data["office_words"])),
        fallback=data["fallback"],
        bodies=tuple(_Words(_words(body["category"], body["words"])) for body in data["bodies"]),
        portfolios=_Words(portfolio_words),
        leading=_Words([word for word in portfolio_words if word.category_id in data["leading"]]),
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
    when short.  An Arabic word written with the article also matches after the
    preposition that swallows its alef ('الجمارك' in 'للجمارك')."""
    escaped = re.escape(folded)
    if any(_joined_script(character) for character in folded):
        if folded.startswith(ARABIC_ARTICLE):
            return "(?:" + ARABIC_ARTICLE + "|ل)" + re.escape(folded[len(ARABIC_ARTICLE):])
        return escaped
    end = r"(?!\w)" if len(folded) <= SHORT_WORD else ""
    return r"(?<!\w)" + escaped + end


def _joined_script(character: str) -> bool:
    code = ord(character)
    return 0x0600 <= code <= 0x06FF or 0x3400 <= code <= 0x9FFF
