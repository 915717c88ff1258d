"""Add or change one person."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.messages import error_message, field_name
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import queries, repository
from ncm_desktop.storage.enums import Role, Sex
from ncm_desktop.storage.errors import RecordChangedElsewhere
from ncm_desktop.storage.models import Person
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dialogs.record_dialog import RecordDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.fields import (
    OptionalDateEdit,
    current_uuid,
    enum_combo,
    select_data,
)


class PersonDialog(RecordDialog):
    def __init__(self, context: DossierContext, person_id: uuid.UUID | None = None,
                 parent: QWidget | None = None,
                 organisation_id: uuid.UUID | None = None) -> None:
        super().__init__(person_id, parent)
        self.context = context
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("Add a person"))

        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.title = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(no organisation)"), None)
        for row in queries.organisations(context.reader):
            self.organisation.addItem(row.name, str(row.id))
        self.role = enum_combo(Role, label)
        self.sex = enum_combo(Sex, label)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. +221 33 889 12 00"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@ministry.gov"))
        self.mandate_start = OptionalDateEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)

        self.add_field("full_name", self.tr("Full &name"), self.full_name)
        self.add_field("title", self.tr("&Title or position"), self.title)
        self.add_field("organisation_id", self.tr("&Organisation"), self.organisation)
        self.add_field("role", self.tr("&Role"), self.role)
        self.add_field("sex", self.tr("&Sex"), self.sex)
        self.add_field("phone", self.tr("&Phone"), self.phone)
        self.add_field("email", self.tr("&Email"), self.email)
        self.add_field("mandate_start", self.tr("&Mandate since"), self.mandate_start)
        self.add_field("notes", self.tr("N&otes"), self.notes)

        if person_id is not None:
            self._load(person_id)
            self.add_history_button(context, "person")
        else:
            select_data(self.organisation, organisation_id)

    def _load(self, person_id: uuid.UUID) -> None:
        with self.context.writer().session() as session:
            person = session.get_one(Person, person_id)
            #: The version edited here: a save is refused if someone else saved since.
            self.read_version: int | None = person.version
            self.full_name.setText(person.full_name)
            self.title.setText(person.title)
            select_data(self.organisation, person.organisation_id)
            select_data(self.role, person.role)
            select_data(self.sex, person.sex)
            self.phone.setText(person.phone)
            self.email.setText(person.email)
            self.mandate_start.set_value(person.mandate_start)
            self.notes.setPlainText(person.notes)

    def values(self) -> repository.PersonValues:
        return repository.PersonValues(
            full_name=self.full_name.text(),
            organisation_id=current_uuid(self.organisation),
            title=self.title.text(),
            sex=self.sex.currentData(),
            role=self.role.currentData(),
            phone=self.phone.text(),
            email=self.email.text(),
            mandate_start=self.mandate_start.value(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.record_id = repository.save_person(self.context.writer(), self.values(),
                                                self.record_id,
                                                read_version=getattr(self, "read_version",
                                                                     None))
        self.context.announce_changes()

    def _shown(self, value: object) -> str:
        """A field's value as the conflict message shows it."""
        if value is None:
            return "—"
        if isinstance(value, Role | Sex):
            return label(value)
        if isinstance(value, uuid.UUID):
            return self.organisation.itemText(self.organisation.findData(str(value)))
        return str(value)

    def resolve_conflict(self, conflict: RecordChangedElsewhere) -> bool:
        """Show what the other person saved beside what is typed here, and let the user
        keep theirs (shown in the dialog, nothing saved) or save this version over it."""
        assert self.record_id is not None
        mine = self.values()
        with self.context.writer().session() as session:
            current = session.get_one(Person, self.record_id)
            theirs = repository.PersonValues(
                full_name=current.full_name, organisation_id=current.organisation_id,
                title=current.title, sex=current.sex, role=current.role, phone=current.phone,
                email=current.email, mandate_start=current.mandate_start, notes=current.notes)
            their_version = current.version
        lines = [fill(self.tr("%1: theirs “%2”, yours “%3”"), field_name(name),
                      self._shown(getattr(theirs, name)), self._shown(getattr(mine, name)))
                 for name in vars(mine) if getattr(mine, name) != getattr(theirs, name)]
        text = error_message(conflict) + "\n\n" + "\n".join(lines)
        chosen = ask.choose(self, self.tr("Someone else changed this person"), text,
                            [self.tr("Keep &their version"), self.tr("Save &my version")])
        if chosen == 1:
            self.read_version = their_version
            self._try_save()
            return False  # _try_save closed the dialog if it saved
        if chosen == 0:
            self._load(self.record_id)
            self.context.notify("person")
        return False

