"""National Authority (clause 5): host entity, designation, role checklist, where it sits."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.authority_form import AuthorityForm
from ncm_desktop.ui.pages.setup_page import SetupPage


class AuthorityPage(SetupPage):
    tables = frozenset({"organisation", "national_authority", "authority_profile",
                        "authority_role"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = self.add_editor(AuthorityForm(context))
        self.body_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("National Authority"))
        self.explanation.setText(self.tr(
            "The government entity that takes the lead in political coordination and policy "
            "direction of small arms control (5.1), and what it does (5.2). Every change is "
            "saved as you make it."))
        super().retranslate()
