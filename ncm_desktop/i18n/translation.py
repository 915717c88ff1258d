"""A language loaded into Qt translators: installed for the window, or used directly.

The window installs one :class:`Translation` for the interface language before any
widget exists.  Reports make their own for the language chosen for a hand-out, without
installing it, so that an officer working in English can print a French roster.

In a right-to-left language the installed translator isolates the ``%1`` ... ``%9`` of
every sentence (see :mod:`ncm_desktop.i18n.bidi`), so that a Latin name or a clause
number put into an Arabic sentence keeps its order; :meth:`Translation.translate`, which
reports and the command line use, returns the plain sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from ncm_desktop import paths
from ncm_desktop.i18n import compiled
from ncm_desktop.i18n.bidi import isolate_placeholders
from ncm_desktop.i18n.languages import CODES, SOURCE, Language, language, match
from ncm_desktop.i18n.pseudo import MODES, PseudoTranslator

#: ``translate(context, text, disambiguation, n)``, as QCoreApplication.translate.
Translate = Callable[..., str]


class Translation:
    def __init__(self, code: str, *, pseudo: str = "") -> None:
        """The language ``code``; or, with ``pseudo`` (one of :data:`pseudo.MODES`), the
        pseudo-language for layout checks, built on ``code``'s Qt and catalog texts."""
        if pseudo and pseudo not in MODES:
            raise ValueError(f"pseudo-localisation mode {pseudo!r} is not one of {MODES}")
        self.language: Language = language(code)
        self.pseudo = pseudo
        self._qtbase = QTranslator()
        self._interface: QTranslator
        if pseudo:
            self._interface = PseudoTranslator()
            self.has_interface = True
        else:
            self._interface = QTranslator()
            qm = compiled.qm_path(code)
            self.has_interface = bool(qm and self._interface.load(str(qm)))
        self.has_qtbase = self._load_qtbase()
        self._installable: QTranslator = _IsolatingTranslator(self._interface) \
            if self.direction == Qt.LayoutDirection.RightToLeft else self._interface

    @property
    def code(self) -> str:
        return self.language.code

    @property
    def locale(self) -> QLocale:
        return QLocale(self.language.qt_locale)

    @property
    def direction(self) -> Qt.LayoutDirection:
        right_to_left = self.language.right_to_left or self.pseudo == "rtl"
        return Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight

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
            application.removeTranslator(_installed._installable)
            application.removeTranslator(_installed._qtbase)
        _installed = self
        QLocale.setDefault(self.locale)
        application.installTranslator(self._qtbase)
        application.installTranslator(self._installable)
        if hasattr(application, "setLayoutDirection"):
            application.setLayoutDirection(self.direction)  # type: ignore[attr-defined]

    def _load_qtbase(self) -> bool:
        name = f"qtbase_{self.language.qtbase}"
        folders = (paths.translations_dir(),
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        return any(self._qtbase.load(name, str(folder)) for folder in folders)


class _IsolatingTranslator(QTranslator):
    """Another translator's sentences with their placeholders isolated (right to left)."""

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self._inner = inner

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = self._inner.translate(context, source_text, disambiguation, n)
        # None, not "": Qt takes an empty text for a translation, None for "not here".
        return isolate_placeholders(text) if text else None

    def isEmpty(self) -> bool:  # noqa: N802
        return self._inner.isEmpty()


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
