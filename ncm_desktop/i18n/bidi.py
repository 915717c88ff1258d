"""Keep left-to-right pieces (clause numbers, names, e-mail addresses) whole in Arabic text.

The Unicode bidirectional algorithm orders each character by its neighbours, so in a
right-to-left paragraph the clause number ``7.4.2.h`` comes out as ``h.7.4.2`` and the
name ``Ministry of Defence (MoD)`` loses its closing bracket to the start of the line.
Wrapping such a piece in an isolate (Unicode 6.3, which Qt follows) lays it out on its
own, in its own direction, and places it as one block in the sentence.
"""

from __future__ import annotations

import re

LRI = "\u2066"  # left-to-right isolate
FSI = "\u2068"  # first-strong isolate: the direction of the first letter inside
PDI = "\u2069"  # pop directional isolate
CONTROLS = re.compile("[\u2066-\u2069]")
_PLACEHOLDER = re.compile(r"%[1-9]")
#: Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def left_to_right(text: str) -> str:
    """``text`` kept left to right as one block: identifiers such as ``7.4.2.h``."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate(text: str) -> str:
    """``text`` laid out in the direction of its own first letter, as one block:
    anything the user typed (names, titles, e-mail addresses) shown among other text."""
    return f"{FSI}{text}{PDI}" if text else text


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` has a letter written right to left (Arabic in a French window)."""
    return _RIGHT_TO_LEFT.search(text) is not None


def isolate_placeholders(template: str) -> str:
    """``%1`` ... ``%9`` of a translated sentence isolated, so that whatever fills them
    (names of either direction, paths, numbers) keeps its order in the sentence."""
    return _PLACEHOLDER.sub(lambda match: isolate(match[0]), template)


def plain(text: str) -> str:
    """``text`` without isolate marks (for comparisons and copies to other programs)."""
    return CONTROLS.sub("", text)
