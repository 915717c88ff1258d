"""What every page of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ncm_desktop.ui.dossier_context import DossierContext


class Page(QWidget):
    """A page shows part of the dossier and reloads when a table it shows changes."""

    #: Names of the tables whose changes make this page reload.
    tables: frozenset[str] = frozenset()
    #: Asks the window to open another page at a field: (section key, field).
    navigate = Signal(str, str)

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.changed.connect(self._on_changed)

    @staticmethod
    def make_heading() -> QLabel:
        """A page title: larger and bold, and announced as a heading by screen readers."""
        heading = QLabel()
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        return heading

    def reload(self) -> None:
        """Read the dossier again and show it."""

    def retranslate(self) -> None:
        """Show texts again after the interface language changed."""
        self.reload()

    def focus_field(self, field: str) -> None:
        """Put the keyboard focus on ``field`` (used by links from the readiness gaps)."""

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.tables:
            self.reload()


class ReloadWhenShownPage(Page):
    """A page that is costly to fill: it reads the dossier only while it is visible, and
    again when it is next shown if something changed meanwhile.  Subclasses fill it in
    :meth:`load`."""

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True

    def load(self) -> None:
        """Read the dossier and show it."""

    def reload(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.load_now()

    def load_now(self) -> None:
        """Fill the page now, visible or not."""
        self._stale = False
        self.load()

    def reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload_if_stale()
