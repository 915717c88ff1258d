"""Composition (7.4): the categories of members and how each is represented."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.composition_checklist import CompositionChecklist
from ncm_desktop.ui.pages.setup_page import SetupPage


class CompositionPage(SetupPage):
    tables = frozenset({"organisation", "person", "category_presence"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.checklist = self.add_editor(CompositionChecklist(context))
        self.body_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Composition"))
        self.explanation.setText(self.tr(
            "Government ministries and bodies (7.4.2 a to v), civil society (7.4.3), industry "
            "(7.4.4) and international bodies (7.4.5), the latter as full members or "
            "observers."))
        super().retranslate()
