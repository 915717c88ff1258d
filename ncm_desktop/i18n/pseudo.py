"""Pseudo-localisation: a fake language for checking layouts, not for users.

``NCM_DESKTOP_PSEUDO=1 ncm-desktop`` (or ``=long``) shows every translated text about
40 % longer, with accented vowels and in brackets, so that cut-off labels (a missing
``]``), texts that escape translation (no accents) and layouts that cannot grow show at
a glance.
``NCM_DESKTOP_PSEUDO=rtl`` does the same in a right-to-left layout, to check mirroring
without reading Arabic.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QTranslator

ENVIRONMENT = "NCM_DESKTOP_PSEUDO"
MODES = ("long", "rtl")
LENGTHENING = 1.4  # German and French often run this much longer than English

_ACCENTED = dict(zip("aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ", strict=True))
#: Left untouched: placeholders, mnemonics (&F, &&), line breaks and markup.
_KEEP = re.compile(r"(%[1-9n]|&&|&.|\n|<[^>]*>)")


def requested_mode() -> str:
    """What ``NCM_DESKTOP_PSEUDO`` asks for: "" (off), "long" (also "1") or "rtl"."""
    value = os.environ.get(ENVIRONMENT, "").strip().lower()
    if value in ("", "0"):
        return ""
    return value if value in MODES else "long"


def pseudo_text(text: str) -> str:
    """``"&Open dossier…"`` → ``"[&Opéen dóossíiéer…]"``: every vowel doubled and
    accented, dots added where that is not yet 40 % longer."""
    parts = _KEEP.split(text)
    for position in range(0, len(parts), 2):  # the even parts are ordinary text
        parts[position] = "".join(
            f"{_ACCENTED[c]}{c}" if c in _ACCENTED else c for c in parts[position])
    longer = "".join(parts)
    padding = "·" * max(0, round(len(text) * LENGTHENING) - len(longer) - 2)
    return f"[{longer}{padding}]"


class PseudoTranslator(QTranslator):
    """Translates every text, whatever its context, into the pseudo-language."""

    def translate(self, context: str, source_text: str,  # noqa: ARG002
                  disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802
        return False
