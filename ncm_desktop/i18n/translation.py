"""A language loaded into Qt translators: installed for the window, or used directly.

The window installs one :class:`Translation` for the interface language before any
widget exists.  Reports make their own for the language chosen for a hand-out, without
installing it, so that an officer working in English can print a French roster.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from ncm_desktop import paths
from ncm_desktop.i18n import compiled
from ncm_desktop.i18n.languages import CODES, SOURCE, Language, language, match

#: ``translate(context, text, disambiguation, n)``, as QCoreApplication.translate.
Translate = Callable[..., str]


class Translation:
    def __init__(self, code: str) -> None:
        self.language: Language = language(code)
        self._interface = QTranslator()
        self._qtbase = QTranslator()
        qm = compiled.qm_path(code)
        self.has_interface = bool(qm and self._interface.load(str(qm)))
        self.has_qtbase = self._load_qtbase()

    @property
    def code(self) -> str:
        return self.language.code

    @property
    def locale(self) -> QLocale:
        return QLocale(self.language.qt_locale)

    @property
    def direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self.language.right_to_left \
            else Qt.LayoutDirection.LeftToRight

    def translate(self, context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        """``text`` in this language, or the English source (with ``%n`` filled in)."""
        result = self._interface.translate(context, text, disambiguation, n)
        if not result:
            result = text
        return result.replace("%n", self.locale.toString(n)) if n >= 0 else result

    def install(self, application: QCoreApplication) -> None:
        """Make this the interface language: translators, default locale, direction."""
        global _installed
        if _installed is not None:
            application.removeTranslator(_installed._interface)
            application.removeTranslator(_installed._qtbase)
        _installed = self
        QLocale.setDefault(self.locale)
        application.installTranslator(self._qtbase)
        application.installTranslator(self._interface)
        if hasattr(application, "setLayoutDirection"):
            application.setLayoutDirection(self.direction)  # type: ignore[attr-defined]

    def _load_qtbase(self) -> bool:
        name = f"qtbase_{self.language.qtbase}"
        folders = (paths.translations_dir(),
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        return any(self._qtbase.load(name, str(folder)) for folder in folders)


_installed: Translation | None = None


def interface_language() -> str:
    """The code of the language the window speaks (English before one is installed)."""
    return _installed.code if _installed is not None else SOURCE


def installed_translate(context: str, text: str, disambiguation: str | None = None,
                        n: int = -1) -> str:
    """Translate with whatever translators the application has installed."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def choose_language(requested: str | None, preferred: str) -> str:
    """``--lang`` if given, else the language in Preferences, else the system's."""
    for candidate in (requested, preferred):
        if candidate and candidate in CODES:
            return candidate
    return match(QLocale.system().name())
