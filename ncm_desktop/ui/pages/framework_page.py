"""Framework (clause 4 and 7.1): the State, the mechanism, its legal basis, the instruments."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.instruments_editor import InstrumentsEditor
from ncm_desktop.ui.editors.mechanism_form import MechanismForm
from ncm_desktop.ui.pages.setup_page import SetupPage


class FrameworkPage(SetupPage):
    tables = frozenset({"mechanism", "instrument_membership"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.mechanism = self.add_editor(MechanismForm(context))
        self.instruments = self.add_editor(InstrumentsEditor(context))
        self.body_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Framework"))
        self.explanation.setText(self.tr(
            "The State, the mechanism and its legal basis (7.1), and the international and "
            "regional instruments the State has joined (clause 4)."))
        super().retranslate()
