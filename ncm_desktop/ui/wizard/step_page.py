"""A step of the assistant that shows an editor of the main window's pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor


class EditorStep(QWizardPage):
    """Wraps ``editor`` in a scroll area; reloads it whenever the dossier changes."""

    def __init__(self, context: DossierContext, editor: Editor) -> None:
        super().__init__()
        self.context = context
        self.editor = editor
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(editor)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        context.changed.connect(self._on_changed)

    def initializePage(self) -> None:  # noqa: N802
        self.editor.load()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a field saves that field (or adds what was typed) and stays on the step:
        it must not also press Next, which Alt+N and the button do."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_changed(self, _tables: set[str]) -> None:
        if self.isVisible():
            self.editor.load()

    def retranslate(self) -> None:
        self.editor.retranslate()
