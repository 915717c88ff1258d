"""Functions (7.3) and monitoring areas (7.3.2 a)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.functions_editor import FunctionsEditor
from ncm_desktop.ui.pages.setup_page import SetupPage


class FunctionsPage(SetupPage):
    tables = frozenset({"function_progress", "monitoring_area_status", "organisation"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = self.add_editor(FunctionsEditor(context))
        self.body_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Functions"))
        self.explanation.setText(self.tr(
            "What the mechanism does, high priority first (7.3), and the evidence its "
            "monitoring rests on (7.3.2 a)."))
        super().retranslate()
