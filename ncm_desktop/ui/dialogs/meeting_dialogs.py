"""The small forms of the Meetings page: a guest, a decision, a follow-up action."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ncm_desktop.i18n.labels import label
from ncm_desktop.storage import meetings_repository
from ncm_desktop.storage.enums import ActionStatus, Membership, Sex
from ncm_desktop.storage.meetings_repository import ActionValues, GuestValues
from ncm_desktop.storage.plan_queries import ActionInfo, OrganisationName, ParticipantInfo
from ncm_desktop.ui.dialogs.record_dialog import RecordDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.fields import OptionalDateEdit, enum_combo, select_data


class GuestDialog(RecordDialog):
    """Someone at the meeting who is not in the dossier."""

    def __init__(self, context: DossierContext, meeting_id: uuid.UUID,
                 guest: ParticipantInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(guest.id if guest else None, parent)
        self.context = context
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Edit guest") if guest else self.tr("Add a guest"))
        self.name = QLineEdit(guest.name if guest else "")
        self.name.setMaxLength(200)
        self.organisation = QLineEdit(guest.organisation if guest else "")
        self.organisation.setMaxLength(300)
        self.sex = enum_combo(Sex, label)
        select_data(self.sex, guest.sex if guest else Sex.NOT_RECORDED)
        self.invited = QCheckBox(self.tr("&Invited"))
        self.invited.setChecked(guest.invited if guest else False)
        self.attended = QCheckBox(self.tr("&Present"))
        self.attended.setChecked(guest.attended if guest else True)
        self.add_field("guest_name", self.tr("&Name"), self.name)
        self.add_field("guest_organisation", self.tr("&Organisation"), self.organisation)
        self.add_field("sex", self.tr("&Sex"), self.sex)
        self.add_field("invited", "", self.invited)
        self.add_field("attended", "", self.attended)
        self.invited.setAccessibleName(self.tr("Invited"))
        self.attended.setAccessibleName(self.tr("Present"))

    def save(self) -> None:
        self.record_id = meetings_repository.save_guest(
            self.context.writer(), self.meeting_id,
            GuestValues(self.name.text(), self.organisation.text(), Sex(self.sex.currentData()),
                        self.invited.isChecked(), self.attended.isChecked()),
            self.record_id)
        self.context.announce_changes()


class DecisionDialog(RecordDialog):
    def __init__(self, context: DossierContext, meeting_id: uuid.UUID,
                 decision_id: uuid.UUID | None = None, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(decision_id, parent)
        self.context = context
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Edit decision") if decision_id
                            else self.tr("Add a decision"))
        self.text = QPlainTextEdit(text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.add_field("decision", self.tr("&Decision"), self.text)

    def save(self) -> None:
        self.record_id = meetings_repository.save_decision(
            self.context.writer(), self.meeting_id, self.text.toPlainText(), self.record_id)
        self.context.announce_changes()


class ActionDialog(RecordDialog):
    """A follow-up action of a decision: what, who leads it, by when, how far it is."""

    def __init__(self, context: DossierContext, decision_id: uuid.UUID,
                 organisations: list[OrganisationName], action: ActionInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(action.id if action else None, parent)
        self.context = context
        self.decision_id = decision_id
        self.setWindowTitle(self.tr("Edit follow-up action") if action
                            else self.tr("Add a follow-up action"))
        self.text = QLineEdit(action.text if action else "")
        self.lead = QComboBox()
        self.lead.addItem(self.tr("(no lead yet)"), None)
        for organisation in sorted(organisations, key=lambda o: o.name.casefold()):
            if organisation.membership is not Membership.NOT_PRESENT:
                self.lead.addItem(organisation.name, str(organisation.id))
        select_data(self.lead, action.lead_organisation_id if action else None)
        self.due = OptionalDateEdit()
        self.due.set_value(action.due_on if action else None)
        self.status = enum_combo(ActionStatus, label)
        select_data(self.status, action.status if action else ActionStatus.OPEN)
        self.add_field("action", self.tr("&Action"), self.text)
        self.add_field("lead_organisation_id", self.tr("&Lead organisation"), self.lead)
        self.add_field("due_on", self.tr("&Due on"), self.due)
        self.add_field("status", self.tr("S&tatus"), self.status)

    def save(self) -> None:
        lead = self.lead.currentData()
        self.record_id = meetings_repository.save_action(
            self.context.writer(), self.decision_id,
            ActionValues(self.text.text(), uuid.UUID(lead) if lead else None, self.due.value(),
                         ActionStatus(self.status.currentData())),
            self.record_id)
        self.context.announce_changes()
