"""Display order with mirrored brackets: rule L4 of the Unicode bidi algorithm.

``python-bidi`` (0.5 and later, on the Rust ``unicode-bidi`` crate) resolves the levels
and reorders a line, but does not mirror: "(مثال)" in an Arabic sentence comes out as
")مثال(".  Its debug output gives the resolved level of every character (paired
brackets, isolates and all), from which this module reorders the line itself (rule L2)
and draws each mirrorable character at an odd level as its mirror image (rule L4).
Lines without such characters keep the faster plain reordering.
"""

from __future__ import annotations

import re

from bidi import get_display
from bidi.bidi import get_display_inner
from bidi.mirror import MIRRORED

_MIRRORABLE = re.compile("[" + re.escape("".join(MIRRORED)) + "]")
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def display(text: str, base_dir: str) -> str:
    """``text`` (one line, already shaped) in display order for a paragraph whose
    direction is ``base_dir`` ("L" or "R"), brackets mirrored where they run right to left."""
    if not _MIRRORABLE.search(text):
        return get_display(text, base_dir=base_dir)
    levels = resolved_levels(text, base_dir)
    if levels is None:  # python-bidi changed its debug output: no mirroring then
        return get_display(text, base_dir=base_dir)
    characters = [MIRRORED.get(c, c) if level % 2 else c for c, level in zip(text, levels,
                                                                             strict=True)]
    order = list(range(len(text)))
    highest = max(levels, default=0)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = reversed(order[start:end])
            start = end
    return "".join(characters[index] for index in order)


def resolved_levels(text: str, base_dir: str) -> list[int] | None:
    """The embedding level of each character, as ``unicode-bidi`` resolves it."""
    match = _LEVELS.search(str(get_display_inner(text, base_dir, True)))
    if match is None:
        return None
    by_byte = [int(level) for level in _LEVEL.findall(match.group(1))]
    levels = []
    position = 0
    for character in text:
        if position >= len(by_byte):
            return None
        levels.append(by_byte[position])
        position += len(character.encode("utf-8"))
    return levels if position == len(by_byte) else None
