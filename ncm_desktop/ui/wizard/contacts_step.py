"""Step of the assistant: the Points of Contact (Points of Contact page)."""

from __future__ import annotations

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.contacts_editor import ContactsEditor
from ncm_desktop.ui.wizard.step_page import EditorStep


class ContactsStep(EditorStep):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context, ContactsEditor(context))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("National Points of Contact"))
        self.setSubTitle(self.tr(
            "Designate one or more people for the instruments joined, and record "
            "when each office was notified (clause 6)."))
        super().retranslate()
