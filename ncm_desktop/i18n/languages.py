"""The seven working languages and how each maps to Qt's locales and files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # the program's code: catalog files, --lang, .ts files
    native_name: str  # shown in the language menu, in the language itself
    qt_locale: str  # QLocale name for dates, numbers and money
    qtbase: str  # suffix of Qt's own qtbase_*.qm shipped with PySide6
    right_to_left: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_GB", "en"),
    Language("fr", "Français", "fr_FR", "fr"),
    Language("es", "Español", "es_ES", "es"),
    # Modern Standard Arabic ("ar_001"): digits 0-9 as in UN Arabic documents and in the
    # standard's clause numbers, not the Arabic-Indic ones of ar_EG or ar_SA.
    Language("ar", "العربية", "ar_001", "ar", right_to_left=True),
    Language("ru", "Русский", "ru_RU", "ru"),
    Language("zh", "简体中文", "zh_CN", "zh_CN"),
    Language("pt", "Português", "pt_PT", "pt_BR"),  # Qt ships no pt_PT translation
)

SOURCE = "en"
CODES = tuple(language.code for language in LANGUAGES)


def language(code: str) -> Language:
    for candidate in LANGUAGES:
        if candidate.code == code:
            return candidate
    raise KeyError(code)


def match(locale_name: str) -> str:
    """The program's language for a system locale such as ``fr_SN`` or ``zh-Hans-CN``."""
    primary = locale_name.replace("-", "_").split("_")[0].lower()
    return primary if primary in CODES else SOURCE
