"""Fill Qt-style ``%1``, ``%2`` placeholders, in one pass.

Translators may reorder the placeholders, so they are numbered; filling them with
chained ``str.replace`` goes wrong as soon as a value itself contains ``%2`` (a name, a
path), which the next ``replace`` then fills too.  :func:`fill` reads the template once
and never looks inside what it inserts.  ``%n`` (Qt's plural count) is left alone.
No Qt: the command line, the reports and the window all use it.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``values`` (as text); a placeholder
    without a value stays as it is."""
    texts = [str(value) for value in values]

    def value(match: re.Match[str]) -> str:
        number = int(match[1])
        return texts[number - 1] if number <= len(texts) else match[0]

    return _PLACEHOLDER.sub(value, template)
