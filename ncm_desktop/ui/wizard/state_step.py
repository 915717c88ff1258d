"""Step of the assistant: the State, the mechanism and its legal basis (Framework page)."""

from __future__ import annotations

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.mechanism_form import MechanismForm
from ncm_desktop.ui.wizard.step_page import EditorStep


class StateStep(EditorStep):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context, MechanismForm(context))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The State and the mechanism"))
        self.setSubTitle(self.tr(
            "Its name and legal basis (7.1). The legal basis may be a decree, a law "
            "or a decision."))
        super().retranslate()
