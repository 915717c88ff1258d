"""Governmental areas of responsibility (clause 9, Table 1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.matrix_editor import MatrixEditor
from ncm_desktop.ui.pages.setup_page import SetupPage


class ResponsibilitiesPage(SetupPage):
    tables = frozenset({"responsibility", "organisation", "category_presence",
                        "national_authority"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, scroll=False)
        self.editor = self.add_editor(MatrixEditor(context), 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Responsibilities"))
        self.explanation.setText(self.tr(
            "Functional areas of small arms control (Table 1) against the organisations of "
            "the mechanism."))
        super().retranslate()
