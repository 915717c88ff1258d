"""The State, the mechanism's name and legal basis, and the secretariat's contact details."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ncm_desktop.storage import repository
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import CommitPlainTextEdit, Editor, set_text_quietly
from ncm_desktop.ui.widgets.fields import OptionalDateEdit


class MechanismForm(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state_name = QLineEdit()
        self.state_name.setMaxLength(200)
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.legal_basis = CommitPlainTextEdit()
        self.legal_basis.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.legal_basis_date = OptionalDateEdit()
        self.address = CommitPlainTextEdit()
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.fields: dict[str, QWidget] = {
            "state_name": self.state_name, "name": self.name, "legal_basis": self.legal_basis,
            "legal_basis_date": self.legal_basis_date, "address": self.address,
            "phone": self.phone, "email": self.email,
        }

        self.mechanism_box = QGroupBox()
        form = QFormLayout(self.mechanism_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key in ("state_name", "name", "legal_basis", "legal_basis_date"):
            self.labels[key] = self._row(form, key)
        self.secretariat_box = QGroupBox()
        secretariat = QFormLayout(self.secretariat_box)
        secretariat.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in ("address", "phone", "email"):
            self.labels[key] = self._row(secretariat, key)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mechanism_box)
        layout.addWidget(self.secretariat_box)
        layout.addWidget(self.problem)

        for line in (self.state_name, self.name, self.phone, self.email):
            line.editingFinished.connect(lambda widget=line: self._save(widget))
        for text in (self.legal_basis, self.address):
            text.editingFinished.connect(lambda widget=text: self._save(widget))
        self.legal_basis_date.editingFinished.connect(
            lambda: self._save(self.legal_basis_date))
        self.legal_basis_date.calendarWidget().clicked.connect(
            lambda _day: self._save(self.legal_basis_date))
        self.retranslate()

    def _row(self, form: QFormLayout, key: str) -> QLabel:
        label = QLabel()
        label.setBuddy(self.fields[key])
        form.addRow(label, self.fields[key])
        return label

    def retranslate(self) -> None:
        self.mechanism_box.setTitle(self.tr("The mechanism (clause 7.1)"))
        self.secretariat_box.setTitle(self.tr("Secretariat contact details"))
        texts = {
            "state_name": self.tr("&State"),
            "name": self.tr("&Name of the mechanism"),
            "legal_basis": self.tr("&Legal basis"),
            "legal_basis_date": self.tr("&Date of the legal basis"),
            "address": self.tr("&Address"),
            "phone": self.tr("&Phone"),
            "email": self.tr("&Email"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.fields[key].setAccessibleName(text.replace("&", ""))
        self.name.setPlaceholderText(self.tr(
            "e.g. National Commission for the Control of Small Arms and Light Weapons"))
        self.legal_basis.setPlaceholderText(self.tr(
            "The decree, law or decision that establishes the mechanism, and any mandate "
            "given to a regional organisation or the United Nations (clause 11)"))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        mechanism = snapshot.mechanism
        set_text_quietly(self.state_name, mechanism.state_name)
        set_text_quietly(self.name, mechanism.name)
        set_text_quietly(self.legal_basis, mechanism.legal_basis)
        set_text_quietly(self.address, mechanism.address)
        set_text_quietly(self.phone, mechanism.phone)
        set_text_quietly(self.email, mechanism.email)
        if not self.legal_basis_date.hasFocus():
            self.legal_basis_date.blockSignals(True)
            self.legal_basis_date.set_value(mechanism.legal_basis_date)
            self.legal_basis_date.blockSignals(False)

    def values(self) -> repository.MechanismValues:
        return repository.MechanismValues(
            state_name=self.state_name.text(),
            name=self.name.text(),
            legal_basis=self.legal_basis.toPlainText(),
            legal_basis_date=self.legal_basis_date.value(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def _save(self, widget: QWidget) -> None:
        snapshot = self.snapshot
        values = self.values()
        if snapshot is not None and _unchanged(snapshot, values):
            return
        self.save(repository.save_mechanism, values, field_widget=widget)

    def focus_field(self, field: str) -> QWidget | None:
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
        return widget


def _unchanged(snapshot: Snapshot, values: repository.MechanismValues) -> bool:
    mechanism = snapshot.mechanism
    return (mechanism.state_name, mechanism.name, mechanism.legal_basis,
            mechanism.legal_basis_date, mechanism.address, mechanism.phone,
            mechanism.email) == (values.state_name.strip(), values.name.strip(),
                                 values.legal_basis.strip(), values.legal_basis_date,
                                 values.address.strip(), " ".join(values.phone.split()),
                                 values.email.strip())
