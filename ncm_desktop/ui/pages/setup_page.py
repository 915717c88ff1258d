"""A page of the set-up: one or more editors in a scroll area, reloaded when shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor
from ncm_desktop.ui.pages.page import ReloadWhenShownPage


class SetupPage(ReloadWhenShownPage):
    """Subclasses add editors with :meth:`add_editor` and set their heading's text.

    A change in another page reloads this one at once if it is shown, else when it is
    next shown, so that a burst of edits costs only the visible page's reload.
    """

    def __init__(self, context: DossierContext, parent: QWidget | None = None,
                 *, scroll: bool = True) -> None:
        super().__init__(context, parent)
        self.heading = self.make_heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.editors: list[Editor] = []

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.explanation)
        if scroll:
            self.scroll = QScrollArea()
            self.scroll.setWidgetResizable(True)
            self.scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll.setWidget(self.body)
            outer.addWidget(self.scroll, 1)
        else:
            self.scroll = None
            outer.addWidget(self.body, 1)

    def add_editor(self, editor: Editor, stretch: int = 0) -> Editor:
        self.editors.append(editor)
        self.body_layout.addWidget(editor, stretch)
        return editor

    def load(self) -> None:
        snapshot = load_snapshot(self.context.reader)
        for editor in self.editors:
            editor.apply(snapshot)

    def retranslate(self) -> None:
        for editor in self.editors:
            editor.retranslate()
        self.reload()

    def focus_field(self, field: str) -> None:
        if self._stale:
            self.load_now()
        for editor in self.editors:
            widget = editor.focus_field(field)
            if widget is not None:
                if self.scroll is not None:
                    self.scroll.ensureWidgetVisible(widget, 40, 80)
                return
