"""Step of the assistant: the composition checklist (Composition page)."""

from __future__ import annotations

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.composition_checklist import CompositionChecklist
from ncm_desktop.ui.wizard.step_page import EditorStep


class CompositionStep(EditorStep):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context, CompositionChecklist(context))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Composition"))
        self.setSubTitle(self.tr(
            "For each ministry and body of 7.4, does the State have one, and is it "
            "represented? Add the organisations that take part."))
        super().retranslate()
