"""What every set-up editor shares: saving one change at a time, saying why not, focusing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Catalog
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.storage.dossier_data import Snapshot, load_snapshot
from ncm_desktop.ui import operation
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.problem_label import ProblemLabel


class Editor(QWidget):
    """A part of the set-up.  Each change is saved at once through a repository function;
    a refused value is explained in :attr:`problem` and nothing is written."""

    #: Emitted after a change was saved (the tables are notified through the context).
    saved = Signal()

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.problem = ProblemLabel()
        self.snapshot: Snapshot | None = None

    @property
    def catalog(self) -> Catalog:
        return load_catalog(interface_language())

    def load(self) -> Snapshot:
        """Read the dossier again and show it."""
        snapshot = load_snapshot(self.context.reader)
        self.apply(snapshot)
        return snapshot

    def apply(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` (read once for all the editors of a page)."""
        self.snapshot = snapshot
        self.show_snapshot(snapshot)
        if self.context.read_only:
            self._freeze()

    def _freeze(self) -> None:
        """A dossier opened read-only is shown, never edited."""
        for view in self.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for text in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for control in (self.findChildren(QComboBox) + self.findChildren(QAbstractButton)
                        + self.findChildren(QAbstractSpinBox)):
            control.setEnabled(False)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts again after the interface language changed."""

    def focus_field(self, field: str) -> QWidget | None:
        """Focus ``field`` and return its widget, or None when this editor has no such field."""
        return None

    def save(self, write: Callable[..., Any], *arguments: Any,
             field_widget: QWidget | None = None) -> bool:
        """Run ``write(self.context.writer(), *arguments)`` as an operation
        (:func:`operation.write`); True when it was saved.

        A :class:`ValidationError` is shown under the editor, and the focus goes back to
        ``field_widget`` so the value can be corrected.
        """
        if operation.write(self.context, write, *arguments, problem=self.problem,
                           focus=field_widget) is None:
            return False
        self.saved.emit()
        return True

    def report(self, message: str) -> None:
        self.problem.show_problem(message)


def set_text_quietly(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` unless the user is typing in ``widget`` (a reload must not eat that)."""
    if widget.hasFocus():
        return
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current == text:
        return
    widget.blockSignals(True)
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.setCursorPosition(0)
    widget.blockSignals(False)


class CommitPlainTextEdit(QPlainTextEdit):
    """A multi-line text whose change is saved when the focus leaves it (like a line edit's
    ``editingFinished``); Tab moves on instead of typing a tab."""

    editingFinished = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._at_focus = ""

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        self._at_focus = self.toPlainText()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.toPlainText() != self._at_focus:
            self._at_focus = self.toPlainText()
            self.editingFinished.emit()
