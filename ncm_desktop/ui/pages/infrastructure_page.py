"""Infrastructure and administrative requirements (clause 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.resources_editor import ResourcesEditor
from ncm_desktop.ui.pages.setup_page import SetupPage


class InfrastructurePage(SetupPage):
    tables = frozenset({"resource_need_status"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = self.add_editor(ResourcesEditor(context))
        self.body_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Infrastructure and administration"))
        self.explanation.setText(self.tr(
            "Support staff, meeting and office space, equipment and finances (clause 8)."))
        super().retranslate()
