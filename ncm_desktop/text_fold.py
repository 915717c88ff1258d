"""Fold text for matching names typed in any of the program's languages.

Member lists arrive typed by hand in seven languages: the same ministry is written
'Ministère de l'Intérieur', 'MINISTERE DE L’INTERIEUR' or 'Ministere de l interieur',
and the same Arabic word with or without hamza, madda or vowel marks.  :func:`fold`
maps all of these to one key.  It is used to recognise column headers, values such as
'Femme', organisation names and the keywords that guess an organisation's category.
No dependencies: every layer may use it.
"""

from __future__ import annotations

import unicodedata

#: Arabic letters written in several ways in everyday typing, mapped to one form.
#: (Hamza and madda on alef, waw and yeh are removed by the decomposition below.)
_ARABIC = str.maketrans({
    "ة": "ه",  # ta marbuta, often typed as heh
    "ى": "ي",  # alef maksura, often typed as yeh (and the other way round)
    "ٱ": "ا",  # alef wasla
    "ـ": None,  # tatweel, a stretching stroke with no meaning
    "ء": None,  # a lone hamza, often left out
})

#: Characters that separate words inside names: punctuation becomes a space.
_SEPARATOR_CATEGORIES = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk",
                                   "So", "Zs", "Cc"})


def fold(text: str) -> str:
    """``text`` in lower case, without accents or vowel marks, punctuation as spaces.

    >>> fold("Ministère de l’Intérieur")
    'ministere de l interieur'
    >>> fold("وزارة الداخلية") == fold("وزاره الداخليه")
    True
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept: list[str] = []
    for character in decomposed:
        category = unicodedata.category(character)
        if category == "Mn":  # accents, Arabic vowel marks, hamza and madda above or below
            continue
        kept.append(" " if category in _SEPARATOR_CATEGORIES else character)
    return " ".join("".join(kept).translate(_ARABIC).split())
