"""The window's fonts: the shipped faces registered, and a font per interface language.

A laptop may have no Arabic or Chinese font at all, and Chinese names can turn up in any
dossier whatever the interface language, so the window registers the faces shipped in
``resources/fonts`` at start-up (about 6 ms for all five here, the 4 MB Chinese one
included) and lists them after the platform's own font as the application font's
families: Qt takes each character from the first family that has it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ncm_desktop import paths

FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "DroidSansFallbackFull.ttf",
)
LATIN = "Noto Sans"  # Latin, Greek and Cyrillic
ARABIC = "Noto Naskh Arabic"
CHINESE = "Droid Sans Fallback"

#: The family each language's text is set in first, before the platform's font.
_FIRST: dict[str, str] = {"ar": ARABIC}
#: Naskh letters are small for their point size: Arabic is set this much larger.
_SCALE: dict[str, float] = {"ar": 1.1}

_platform: QFont | None = None


def register() -> tuple[str, ...]:
    """Register the shipped faces (once per process); the families they provide."""
    global _platform
    if _platform is None:
        _platform = QGuiApplication.font()
        for name in FILES:
            if QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / name)) < 0:
                raise OSError(f"the shipped font {name} could not be loaded")
    return (LATIN, ARABIC, CHINESE)


def interface_font(code: str) -> QFont:
    """The application font for the interface language ``code``."""
    register()
    assert _platform is not None
    font = QFont(_platform)
    families = [_FIRST.get(code, ""), _platform.family(), *_platform.families(),
                LATIN, ARABIC, CHINESE]
    font.setFamilies(list(dict.fromkeys(f for f in families if f)))
    if code in _SCALE and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * _SCALE[code])
    return font
