"""The National Authority (clause 5): its host, the 5.2 a) to e) roles, where it sits."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.readiness import INTERIOR_CATEGORY
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import YesNoUnknown
from ncm_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import CommitPlainTextEdit, Editor, set_text_quietly
from ncm_desktop.ui.widgets.fields import OptionalDateEdit, current_uuid, enum_combo, select_data


class AuthorityForm(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.host = QComboBox()
        self.host.setMinimumContentsLength(30)
        self.host.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_host = QPushButton()
        self.add_host.clicked.connect(self.add_organisation)
        self.designated_on = OptionalDateEdit()
        self.legal_reference = QLineEdit()
        self.known_as = QLineEdit()
        self.known_as.setMaxLength(300)
        self.within_interior = enum_combo(YesNoUnknown, label)
        self.advice = QLabel()
        self.advice.setObjectName("authorityAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(
            "QLabel#authorityAdvice { background: #fef7e0; border: 1px solid #f9ab00; "
            "padding: 6px; }")
        self.notes = CommitPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.host_box = QGroupBox()
        host_form = QFormLayout(self.host_box)
        host_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(self.add_host)
        self.host_label = QLabel()
        self.host_label.setBuddy(self.host)
        host_form.addRow(self.host_label, host_row)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("designated_on", self.designated_on),
                            ("legal_reference", self.legal_reference),
                            ("known_as", self.known_as),
                            ("within_interior", self.within_interior),
                            ("notes", self.notes)):
            text = QLabel()
            text.setBuddy(widget)
            text.setWordWrap(True)
            self.labels[key] = text
            host_form.addRow(text, widget)
        host_form.addRow(self.advice)

        self.roles_box = QGroupBox()
        roles = QGridLayout(self.roles_box)
        roles.setColumnStretch(1, 1)
        self.role_checks: dict[str, QCheckBox] = {}
        self.role_texts: dict[str, QLabel] = {}
        self.role_how: dict[str, QLineEdit] = {}
        self.technical_body = QLineEdit()
        self.technical_body.setMaxLength(300)
        self.technical_label = QLabel()
        self.technical_label.setBuddy(self.technical_body)
        row = 0
        for provision_id in setup.authority_role_ids():
            check = QCheckBox(clause_label(provision_id).split(" ", 1)[1])
            text = QLabel()
            text.setWordWrap(True)
            text.setBuddy(check)
            how = QLineEdit()
            self.role_checks[provision_id] = check
            self.role_texts[provision_id] = text
            self.role_how[provision_id] = how
            roles.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            roles.addWidget(text, row, 1)
            roles.addWidget(how, row + 1, 1)
            check.toggled.connect(lambda _on, p=provision_id: self._save_role(p))
            how.editingFinished.connect(lambda p=provision_id: self._save_role(p))
            row += 2
            if provision_id.endswith(".e"):
                technical = QHBoxLayout()
                technical.addWidget(self.technical_label)
                technical.addWidget(self.technical_body, 1)
                roles.addLayout(technical, row, 1)
                row += 1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host_box)
        layout.addWidget(self.roles_box)
        layout.addWidget(self.problem)

        self.host.activated.connect(lambda _i: self._save_authority(self.host))
        self.designated_on.editingFinished.connect(
            lambda: self._save_authority(self.designated_on))
        self.designated_on.calendarWidget().clicked.connect(
            lambda _day: self._save_authority(self.designated_on))
        self.legal_reference.editingFinished.connect(
            lambda: self._save_authority(self.legal_reference))
        self.notes.editingFinished.connect(lambda: self._save_authority(self.notes))
        self.known_as.editingFinished.connect(lambda: self._save_profile(self.known_as))
        self.technical_body.editingFinished.connect(
            lambda: self._save_profile(self.technical_body))
        self.within_interior.activated.connect(
            lambda _i: self._save_profile(self.within_interior))
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.host_box.setTitle(self.tr("Host entity (clause 5.1)"))
        self.roles_box.setTitle(self.tr("Role of the National Authority (clause 5.2)"))
        self.host_label.setText(self.tr("&Host entity"))
        self.host.setAccessibleName(self.tr("Host entity of the National Authority"))
        self.add_host.setText(self.tr("Add an &organisation…"))
        texts = {
            "designated_on": self.tr("&Designated on"),
            "legal_reference": self.tr("&Legal reference"),
            "known_as": self.tr("&Known as"),
            "within_interior": self.tr("Sits &within the interior or internal security "
                                       "agency"),
            "notes": self.tr("N&otes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text.replace("&", ""))
        self.known_as.setPlaceholderText(self.tr(
            "e.g. National Authority on Small Arms and Light Weapons (5.1)"))
        self.legal_reference.setPlaceholderText(self.tr("e.g. Decree No. 2019-047, article 3"))
        catalog = self.catalog
        for provision_id, check in self.role_checks.items():
            text = catalog.provision(provision_id).text
            self.role_texts[provision_id].setText(text)
            check.setAccessibleName(text)
            how = self.role_how[provision_id]
            how.setPlaceholderText(self.tr("How it is done, in a line (the evidence)"))
            how.setAccessibleName(fill(self.tr("How: %1"), text))
        self.technical_label.setText(self.tr("&Technical body:"))
        self.technical_body.setAccessibleName(self.tr(
            "National technical planning and coordination body"))
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    # -- showing ---------------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        authority = snapshot.authority
        profile = snapshot.authority_profile
        self.host.blockSignals(True)
        self.host.clear()
        self.host.addItem(self.tr("(not designated yet)"), None)
        for organisation in snapshot.organisations:
            text = organisation.name
            if organisation.acronym:
                text = f"{organisation.name} ({organisation.acronym})"
            self.host.addItem(text, str(organisation.id))
        select_data(self.host, authority.organisation_id if authority else None)
        self.host.blockSignals(False)
        if not self.designated_on.hasFocus():
            self.designated_on.blockSignals(True)
            self.designated_on.set_value(authority.designated_on if authority else None)
            self.designated_on.blockSignals(False)
        set_text_quietly(self.legal_reference, authority.legal_reference if authority else "")
        set_text_quietly(self.notes, authority.notes if authority else "")
        for widget in (self.designated_on, self.legal_reference, self.notes):
            widget.setEnabled(authority is not None and not self.context.read_only)
        set_text_quietly(self.known_as, profile.known_as)
        set_text_quietly(self.technical_body, profile.technical_body)
        self.within_interior.blockSignals(True)
        select_data(self.within_interior, profile.within_interior)
        self.within_interior.blockSignals(False)
        for provision_id, check in self.role_checks.items():
            item = snapshot.authority_roles.get(provision_id)
            check.blockSignals(True)
            check.setChecked(bool(item and item.in_place))
            check.blockSignals(False)
            set_text_quietly(self.role_how[provision_id], item.how if item else "")
        self._show_advice(snapshot)

    def _show_advice(self, snapshot: Snapshot) -> None:
        host = snapshot.organisation(snapshot.authority.organisation_id) \
            if snapshot.authority else None
        interior = self.catalog.category(INTERIOR_CATEGORY).name
        if host is not None and host.category_id == INTERIOR_CATEGORY:
            self.advice.setText(fill(self.tr(
                "The host is in the category “%1”, where clause 5.2 advises the National "
                "Authority to sit."), interior))
            self.within_interior.setEnabled(False)
            return
        self.within_interior.setEnabled(not self.context.read_only)
        self.advice.setText(fill(self.tr(
            "Clause 5.2 advises that the National Authority be, or sit within, a government "
            "agency responsible for the interior, internal affairs or internal peace and "
            "security, since it is to coordinate and drive forward small arms control at the "
            "national level. If the host is another ministry, record whether it sits within "
            "such an agency, or consider a host in the category “%1”."), interior))

    # -- saving ------------------------------------------------------------------------------

    def _save_authority(self, widget: QWidget) -> None:
        organisation = current_uuid(self.host)
        authority = self.snapshot.authority if self.snapshot else None
        values = setup.AuthorityValues(
            organisation_id=organisation,
            designated_on=self.designated_on.value() if authority else None,
            legal_reference=self.legal_reference.text() if authority else "",
            notes=self.notes.toPlainText() if authority else "",
        )
        if authority is not None and organisation == authority.organisation_id and (
                values.designated_on, values.legal_reference.strip(),
                values.notes.strip()) == (authority.designated_on, authority.legal_reference,
                                          authority.notes):
            return
        if authority is None and organisation is None:
            return
        self.save(setup.save_authority, values, field_widget=widget)

    def _save_profile(self, widget: QWidget) -> None:
        values = setup.AuthorityProfileValues(
            known_as=self.known_as.text(),
            within_interior=YesNoUnknown(self.within_interior.currentData()),
            technical_body=self.technical_body.text(),
        )
        if self.snapshot is not None:
            profile = self.snapshot.authority_profile
            if (profile.known_as, profile.within_interior, profile.technical_body) == (
                    values.known_as.strip(), values.within_interior,
                    values.technical_body.strip()):
                return
        self.save(setup.save_authority_profile, values,
                  field_widget=widget)

    def _save_role(self, provision_id: str) -> None:
        checked = self.role_checks[provision_id].isChecked()
        how = self.role_how[provision_id].text()
        if self.snapshot is not None:
            item = self.snapshot.authority_roles.get(provision_id)
            if (bool(item and item.in_place), item.how if item else "") == (checked,
                                                                             how.strip()):
                return
        self.save(setup.save_authority_role, provision_id, checked, how,
                  field_widget=self.role_how[provision_id])

    def add_organisation(self) -> None:
        """Add an organisation and make it the host, for a dossier that has none yet."""
        dialog = OrganisationDialog(self.context, None, self)
        dialog.accepted.connect(lambda: self._host_added(dialog.record_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _host_added(self, organisation_id: uuid.UUID | None) -> None:
        if organisation_id is None:
            return
        self.load()
        select_data(self.host, organisation_id)
        self._save_authority(self.host)

    # -- focus -----------------------------------------------------------------------------

    def focus_field(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "host": self.host, "designated_on": self.designated_on,
            "legal_reference": self.legal_reference, "known_as": self.known_as,
            "within_interior": self.within_interior, "technical_body": self.technical_body,
            "notes": self.notes,
        }
        if field.startswith("role:"):
            widget: QWidget | None = self.role_checks.get(field.split(":", 1)[1])
        else:
            widget = widgets.get(field)
        if widget is not None:
            if not widget.isEnabled():
                widget = self.host
            widget.setFocus()
        return widget
