"""Step of the assistant: the National Authority (National Authority page)."""

from __future__ import annotations

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.authority_form import AuthorityForm
from ncm_desktop.ui.wizard.step_page import EditorStep


class AuthorityStep(EditorStep):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context, AuthorityForm(context))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("National Authority"))
        self.setSubTitle(self.tr(
            "The government entity that leads political coordination and policy "
            "direction (clause 5). Add it as an organisation if it is not listed."))
        super().retranslate()
