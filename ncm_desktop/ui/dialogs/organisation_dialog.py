"""Add or change one organisation."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.bidi import left_to_right
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.storage import repository
from ncm_desktop.storage.enums import Membership
from ncm_desktop.storage.models import Organisation
from ncm_desktop.ui.dialogs.record_dialog import RecordDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.fields import enum_combo, select_data


class OrganisationDialog(RecordDialog):
    def __init__(self, context: DossierContext, organisation_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, category_id: str | None = None) -> None:
        super().__init__(organisation_id, parent)
        self.context = context
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation_id else self.tr("Add an organisation")
        )
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.acronym = QLineEdit()
        self.acronym.setMaxLength(40)
        self.category = QComboBox()
        self.category.addItem(self.tr("(no category)"), None)
        for category in load_catalog(interface_language()).categories:
            self.category.addItem(f"{left_to_right(category.id)}  {category.name}", category.id)
        self.membership = enum_combo(Membership, label)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)

        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("acronym", self.tr("&Acronym"), self.acronym)
        self.add_field("category_id", self.tr("&Category (7.4)"), self.category)
        self.add_field("membership", self.tr("&Membership"), self.membership)
        self.add_field("notes", self.tr("N&otes"), self.notes)

        if organisation_id is not None:
            with context.writer().session() as session:
                organisation = session.get_one(Organisation, organisation_id)
                self.name.setText(organisation.name)
                self.acronym.setText(organisation.acronym)
                select_data(self.category, organisation.category_id)
                select_data(self.membership, organisation.membership)
                self.notes.setPlainText(organisation.notes)
            self.add_history_button(context, "organisation")
        else:
            select_data(self.category, category_id)

    def values(self) -> repository.OrganisationValues:
        return repository.OrganisationValues(
            name=self.name.text(),
            acronym=self.acronym.text(),
            category_id=self.category.currentData(),
            membership=self.membership.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.record_id = repository.save_organisation(
            self.context.writer(), self.values(), self.record_id
        )
        self.context.announce_changes()
