"""Step of the assistant: the instruments joined (Framework page)."""

from __future__ import annotations

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.instruments_editor import InstrumentsEditor
from ncm_desktop.ui.wizard.step_page import EditorStep


class InstrumentsStep(EditorStep):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context, InstrumentsEditor(context))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Instruments joined"))
        self.setSubTitle(self.tr(
            "Tick the instruments of clause 4 and the regional treaties the State "
            "is party to; add any other by name."))
        super().retranslate()
