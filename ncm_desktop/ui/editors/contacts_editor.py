"""National Points of Contact (clause 6): who covers which instrument, notifications to the
offices of 6.3, the 6.2 a) to f) profile, and how several contacts coordinate (6.1)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.points_of_contact import contact_flags
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import ContactInfo, Snapshot
from ncm_desktop.storage.setup_settings import NOTIFICATION_PERIOD_MAX
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dialogs.person_dialog import PersonDialog
from ncm_desktop.ui.dialogs.person_picker import PersonPicker
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import CommitPlainTextEdit, Editor, set_text_quietly
from ncm_desktop.ui.models.contacts_model import (
    CONFIRMED_ON,
    COVERS,
    NOTIFIED_ON,
    OFFICE,
    ContactInstrumentsModel,
    ContactsModel,
)
from ncm_desktop.ui.models.delegates import DateDelegate
from ncm_desktop.ui.models.snapshot_table_model import KEY_ROLE
from ncm_desktop.ui.widgets.fields import OptionalDateEdit
from ncm_desktop.ui.widgets.tables import make_table


class ContactsEditor(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.picker: PersonPicker | None = None
        self.flags = QLabel()
        self.flags.setObjectName("contactFlags")
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.flags.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flags.setStyleSheet(
            "QLabel#contactFlags { background: #fef7e0; border: 1px solid #f9ab00; "
            "padding: 6px; }")

        self.contacts = ContactsModel(self)
        self.contacts_table = make_table(self.contacts, fit_rows=True)
        self.contacts_table.setEditTriggers(self.contacts_table.EditTrigger.NoEditTriggers)
        self.contacts_table.setSelectionBehavior(self.contacts_table.SelectionBehavior.SelectRows)
        header = self.contacts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 300, 260)):
            self.contacts_table.setColumnWidth(column, width)
        self.contacts_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_selected())
        self.designate_button = QPushButton()
        self.new_person_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.designate_button.clicked.connect(self.choose_person)
        self.new_person_button.clicked.connect(self.add_new_person)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)

        self.detail_box = QGroupBox()
        self.instruments = ContactInstrumentsModel(self.save, self)
        self.instruments_table = make_table(self.instruments, fit_rows=True)
        dates = DateDelegate(self.instruments_table)
        self.instruments_table.setItemDelegateForColumn(NOTIFIED_ON, dates)
        self.instruments_table.setItemDelegateForColumn(CONFIRMED_ON, dates)
        header = self.instruments_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OFFICE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.profile_title = QLabel()
        self.profile_title.setWordWrap(True)
        self.profile_checks: dict[str, QCheckBox] = {}
        self.profile_texts: dict[str, QLabel] = {}
        profile = QGridLayout()
        profile.setColumnStretch(1, 1)
        for row, provision_id in enumerate(setup.contact_profile_ids()):
            check = QCheckBox(clause_label(provision_id).split(" ", 1)[1])
            text = QLabel()
            text.setWordWrap(True)
            text.setBuddy(check)
            check.toggled.connect(lambda on, p=provision_id: self._save_profile(p, on))
            self.profile_checks[provision_id] = check
            self.profile_texts[provision_id] = text
            profile.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            profile.addWidget(text, row, 1)
        self.contact_notes = CommitPlainTextEdit()
        self.contact_notes.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.contact_notes.editingFinished.connect(self._save_notes)
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.contact_notes)
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(self.instruments_table)
        detail.addWidget(self.profile_title)
        detail.addLayout(profile)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_label)
        notes_row.addWidget(self.contact_notes, 1)
        detail.addLayout(notes_row)

        self.coordination_box = QGroupBox()
        self.coordination_description = CommitPlainTextEdit()
        self.coordination_description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.coordination_frequency = QLineEdit()
        self.coordination_last = OptionalDateEdit()
        self.period = QSpinBox()
        self.period.setRange(1, NOTIFICATION_PERIOD_MAX)
        self.coordination_labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self.coordination_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in zip(self.coordination_labels,
                                (self.coordination_description, self.coordination_frequency,
                                 self.coordination_last, self.period), strict=True):
            text.setBuddy(widget)
            form.addRow(text, widget)
        self.coordination_description.editingFinished.connect(self._save_coordination)
        self.coordination_frequency.editingFinished.connect(self._save_coordination)
        self.coordination_last.editingFinished.connect(self._save_coordination)
        self.coordination_last.calendarWidget().clicked.connect(
            lambda _day: self._save_coordination())
        self.period.valueChanged.connect(lambda _value: self._save_period())

        buttons = QHBoxLayout()
        buttons.addWidget(self.designate_button)
        buttons.addWidget(self.new_person_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flags)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.contacts_table)
        layout.addWidget(self.problem)
        layout.addWidget(self.detail_box)
        layout.addWidget(self.coordination_box)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.flags.setAccessibleName(self.tr("What to look at"))
        self.contacts_table.setAccessibleName(self.tr("Points of Contact"))
        self.designate_button.setText(self.tr("&Designate a person…"))
        self.new_person_button.setText(self.tr("Add a &new person…"))
        self.withdraw_button.setText(self.tr("&Withdraw designation"))
        self.empty_hint.setText(self.tr(
            "No Point of Contact is designated yet. Clause 6.1 asks for at least one, for the "
            "instruments of clause 4 the State has joined."))
        self.instruments_table.setAccessibleName(self.tr("Instruments covered"))
        self.profile_title.setText(self.tr(
            "Profile (6.2): tick what the Point of Contact offers. A National Point of "
            "Contact should…"))
        catalog = self.catalog
        for provision_id, check in self.profile_checks.items():
            text = catalog.provision(provision_id).text
            self.profile_texts[provision_id].setText(text)
            check.setAccessibleName(text)
        self.notes_label.setText(self.tr("N&otes:"))
        self.contact_notes.setAccessibleName(self.tr("Notes on the Point of Contact"))
        self.coordination_box.setTitle(self.tr(
            "Coordination between Points of Contact (6.1) and notifications (6.3)"))
        texts = (self.tr("How they &coordinate"), self.tr("&Frequency"),
                 self.tr("&Last held"), self.tr("Notification &stale after (months)"))
        for text, label in zip(texts, self.coordination_labels, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", ""))
        self.coordination_description.setPlaceholderText(self.tr(
            "How the Points of Contact share information and coordinate, under the oversight "
            "of the National Authority"))
        self.coordination_frequency.setPlaceholderText(self.tr("e.g. quarterly"))
        self.period.setToolTip(self.tr(
            "A notification not sent or confirmed within this many months is flagged as "
            "stale: 6.3 asks that contact details be kept up to date."))
        self.contacts.retranslate()
        self.instruments.retranslate()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    # -- showing ---------------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        catalog = self.catalog
        selected = self.selected_contact_id()
        self.contacts.show(snapshot, catalog)
        if selected is not None and self.contacts.row_of(selected) is not None:
            self.select_contact(selected)
        elif self.contacts.rowCount() and not self.contacts_table.currentIndex().isValid():
            self.select_contact(self.contacts.key_at(0))  # type: ignore[arg-type]
        text = FindingsText.for_interface()
        flags = contact_flags(snapshot, catalog)
        self.flags.setText("\n".join(f"• {text.message(f.message)}" for f in flags))
        self.flags.setVisible(bool(flags))
        has_contacts = bool(snapshot.contacts)
        self.empty_hint.setVisible(not has_contacts)
        self.contacts_table.setVisible(has_contacts)
        coordination = snapshot.coordination
        set_text_quietly(self.coordination_description, coordination.description)
        set_text_quietly(self.coordination_frequency, coordination.frequency)
        if not self.coordination_last.hasFocus():
            self.coordination_last.blockSignals(True)
            self.coordination_last.set_value(coordination.last_held)
            self.coordination_last.blockSignals(False)
        if not self.period.hasFocus():
            self.period.blockSignals(True)
            self.period.setValue(snapshot.notification_period_months)
            self.period.blockSignals(False)
        self._show_selected()

    def selected_contact_id(self) -> uuid.UUID | None:
        index = self.contacts_table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def selected_contact(self) -> ContactInfo | None:
        contact_id = self.selected_contact_id()
        if self.snapshot is None or contact_id is None:
            return None
        return next((c for c in self.snapshot.contacts if c.id == contact_id), None)

    def select_contact(self, contact_id: uuid.UUID) -> None:
        row = self.contacts.row_of(contact_id)
        if row is not None:
            self.contacts_table.selectionModel().setCurrentIndex(
                self.contacts.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _show_selected(self) -> None:
        contact = self.selected_contact()
        writable = not self.context.read_only
        self.withdraw_button.setEnabled(contact is not None and writable)
        self.detail_box.setVisible(contact is not None)
        if self.snapshot is None:
            return
        self.instruments.show(self.snapshot, self.catalog, contact)
        if contact is None:
            return
        self.detail_box.setTitle(fill(self.tr("%1: instruments, notifications and profile"),
                                      contact.person_name))
        for provision_id, check in self.profile_checks.items():
            check.blockSignals(True)
            check.setChecked(provision_id in contact.profile)
            check.blockSignals(False)
        set_text_quietly(self.contact_notes, contact.notes)

    # -- designations ----------------------------------------------------------------------

    def choose_person(self) -> None:
        """Open the person picker; the chosen person is designated when it is accepted."""
        if self.context.read_only:
            return
        picker = PersonPicker(self.context, self)
        self.picker = picker
        picker.accepted.connect(lambda: self.designate(picker.person_id))
        picker.finished.connect(self._picker_closed)
        picker.open()

    def _picker_closed(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
            self.picker = None

    def add_new_person(self) -> None:
        if self.context.read_only:
            return
        dialog = PersonDialog(self.context, None, self)
        dialog.accepted.connect(lambda: self.designate(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def designate(self, person_id: uuid.UUID | None) -> None:
        if person_id is None:
            return
        created: list[uuid.UUID] = []

        def write(dossier: object, person: uuid.UUID) -> None:
            created.append(setup.add_point_of_contact(dossier, person))  # type: ignore[arg-type]

        if self.save(write, person_id):
            self.select_contact(created[0])
            self.instruments_table.setFocus()

    def withdraw_selected(self) -> None:
        contact = self.selected_contact()
        if contact is None or self.context.read_only:
            return
        title = fill(self.tr("Withdraw %1"), contact.person_name)
        if not ask.confirm(self, title, fill(self.tr(
                "Withdraw the designation of %1 as National Point of Contact? The person "
                "stays in the dossier. You can undo this with Ctrl+Z."), contact.person_name)):
            return
        deleted = setup.delete_points_of_contact(self.context.writer(), [contact.id])
        self.context.remember_delete(title, deleted)
        self.context.announce_changes()

    # -- saving ----------------------------------------------------------------------------

    def _save_profile(self, provision_id: str, met: bool) -> None:
        contact = self.selected_contact()
        if contact is not None:
            self.save(setup.set_contact_profile, contact.id, provision_id, met)

    def _save_notes(self) -> None:
        contact = self.selected_contact()
        if contact is not None and self.contact_notes.toPlainText().strip() != contact.notes:
            self.save(setup.save_contact_notes, contact.id, self.contact_notes.toPlainText(),
                      field_widget=self.contact_notes)

    def _save_coordination(self) -> None:
        values = setup.CoordinationValues(
            self.coordination_description.toPlainText(), self.coordination_frequency.text(),
            self.coordination_last.value())
        if self.snapshot is not None:
            stored = self.snapshot.coordination
            if (stored.description, stored.frequency, stored.last_held) == (
                    values.description.strip(), values.frequency.strip(), values.last_held):
                return
        self.save(setup.save_coordination, values,
                  field_widget=self.coordination_description)

    def _save_period(self) -> None:
        if self.snapshot is not None and \
                self.period.value() == self.snapshot.notification_period_months:
            return
        self.save(setup.set_notification_period, self.period.value(),
                  field_widget=self.period)

    # -- focus -----------------------------------------------------------------------------

    def focus_field(self, field: str) -> QWidget | None:
        snapshot = self.snapshot
        if field == "add":
            self.designate_button.setFocus()
            return self.designate_button
        if field == "coordination":
            self.coordination_description.setFocus()
            return self.coordination_description
        if field == "period":
            self.period.setFocus()
            return self.period
        if snapshot is None or not snapshot.contacts:
            self.designate_button.setFocus()
            return self.designate_button
        if field.startswith("instrument:"):
            instrument_id = field.split(":", 1)[1]
            contact = next((c for c in snapshot.contacts if c.covers(instrument_id)),
                           snapshot.contacts[0])
            self.select_contact(contact.id)
            row = self.instruments.row_of((contact.id, instrument_id))
            if row is not None:
                self.instruments_table.setCurrentIndex(self.instruments.index(
                    row, NOTIFIED_ON if contact.covers(instrument_id) else COVERS))
            self.instruments_table.setFocus()
            return self.instruments_table
        if field.startswith("profile:"):
            provision_id = field.split(":", 1)[1]
            contact = next((c for c in snapshot.contacts if provision_id not in c.profile),
                           snapshot.contacts[0])
            self.select_contact(contact.id)
            check = self.profile_checks.get(provision_id)
            if check is not None:
                check.setFocus()
            return check
        return None
