"""National Points of Contact (clause 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.contacts_editor import ContactsEditor
from ncm_desktop.ui.pages.setup_page import SetupPage


class ContactsPage(SetupPage):
    tables = frozenset({"person", "organisation", "point_of_contact",
                        "point_of_contact_instrument", "contact_profile_item",
                        "coordination_arrangement", "setting", "instrument_membership"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = self.add_editor(ContactsEditor(context))
        self.body_layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("National Points of Contact"))
        self.explanation.setText(self.tr(
            "One or more officially designated people who exchange information and act as "
            "liaison on the instruments of clause 4 (6.1), notified to the offices of 6.3 and "
            "kept up to date."))
        super().retranslate()
