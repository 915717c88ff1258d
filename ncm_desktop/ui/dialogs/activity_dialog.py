"""Add or change an activity of the National Action Plan, with every field.

The same form accepts a suggested activity after editing it, and makes a meeting's
decision an activity: the caller gives the first values and what saving does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.labels import label
from ncm_desktop.storage import plan_repository
from ncm_desktop.storage.enums import MEMBER_OR_OBSERVER, ActivityStatus, FundingKind, Membership
from ncm_desktop.storage.plan_queries import OrganisationName, PlanData
from ncm_desktop.storage.plan_repository import ActivityValues, ObjectiveValues
from ncm_desktop.ui.dialogs.record_dialog import RecordDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.widgets.fields import OptionalDateEdit, enum_combo, select_data

NEW_OBJECTIVE = "new"
#: ``save(values, objective id, new objective)`` -> the activity's id.
Saver = Callable[[ActivityValues, uuid.UUID | None, ObjectiveValues | None], uuid.UUID]


class OrganisationChecklist(QAbstractListModel):
    """Organisations with a tick each (the partners of an activity)."""

    def __init__(self, organisations: list[OrganisationName], checked: set[uuid.UUID],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = organisations
        self._checked = set(checked)

    @property
    def checked(self) -> tuple[uuid.UUID, ...]:
        return tuple(o.id for o in self._rows if o.id in self._checked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        organisation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return organisation.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if organisation.id in self._checked
                    else Qt.CheckState.Unchecked)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        organisation = self._rows[index.row()].id
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        if checked:
            self._checked.add(organisation)
        else:
            self._checked.discard(organisation)
        self.dataChanged.emit(index, index, [role])
        return True


class ActivityDialog(RecordDialog):
    def __init__(self, context: DossierContext, plan: PlanData, *,
                 activity_id: uuid.UUID | None = None, objective_id: uuid.UUID | None = None,
                 initial: ActivityValues | None = None,
                 new_objective: ObjectiveValues | None = None, save: Saver | None = None,
                 title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(activity_id, parent)
        self.context = context
        self.plan = plan
        self._save = save
        self._initial = initial
        self.setWindowTitle(title or (self.tr("Edit activity") if activity_id
                                      else self.tr("Add an activity")))
        current = plan.activity(activity_id) if activity_id else None
        values = initial or (_values_of(current) if current else ActivityValues(title=""))
        if current is not None:
            objective_id = current.objective_id

        organisations = sorted(
            (o for o in plan.organisations.values() if o.membership is not Membership.NOT_PRESENT),
            key=lambda o: (o.membership not in MEMBER_OR_OBSERVER,
                           o.name.casefold()))
        self.objective = QComboBox()
        for number, objective in enumerate(plan.objectives, start=1):
            self.objective.addItem(f"{number}. {isolate(objective.title)}", str(objective.id))
        self.new_objective = QLineEdit()
        self.new_objective.setMaxLength(plan_repository.TITLE_MAX)
        if new_objective is not None:
            self.objective.addItem(self.tr("New objective:"), NEW_OBJECTIVE)
            self.new_objective.setText(new_objective.title)
        self._new_reference = new_objective.reference_id if new_objective else None
        select_data(self.objective, objective_id if objective_id
                    else NEW_OBJECTIVE if new_objective else None)
        self.objective.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.title_edit = QLineEdit(values.title)
        self.title_edit.setMaxLength(plan_repository.TITLE_MAX)
        self.description = _text_box(values.description, 3)
        self.lead = QComboBox()
        self.lead.addItem(self.tr("(no lead yet)"), None)
        for organisation in organisations:
            name = organisation.name
            if organisation.membership not in MEMBER_OR_OBSERVER:
                name = f"{name} ({label(organisation.membership)})"
            self.lead.addItem(isolate(name), str(organisation.id))
        select_data(self.lead, values.lead_organisation_id)
        # The partners already chosen come first, then the others as the lead list has them.
        chosen = set(values.partner_ids)
        partners = sorted(organisations, key=lambda o: o.id not in chosen)
        self.partners_model = OrganisationChecklist(partners, chosen, self)
        self.partners = QListView()
        self.partners.setModel(self.partners_model)
        self.partners.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.start = OptionalDateEdit()
        self.start.set_value(values.start_date)
        self.end = OptionalDateEdit()
        self.end.set_value(values.end_date)
        self.cost = QLineEdit("" if values.estimated_cost is None
                              else QLocale().toString(int(values.estimated_cost)))
        self.cost.setPlaceholderText(self.tr("in whole units, e.g. 25000"))
        self.currency = QLineEdit(values.currency or _usual_currency(plan))
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("WWWW") + 16)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.no_cost = QCheckBox(self.tr("&No cost"))
        self.no_cost.setChecked(values.no_cost)
        self.no_cost.setAccessibleName(self.tr("No cost"))
        self.no_cost.toggled.connect(lambda _on: self._update_enabled())
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost, 1)
        cost_row.addWidget(self.currency)
        cost_row.addWidget(self.no_cost)
        self.funding = enum_combo(FundingKind, label)
        select_data(self.funding, values.funding)
        self.funding.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.donor = QLineEdit(values.donor)
        self.donor.setMaxLength(200)
        self.donor.setPlaceholderText(self.tr("Name of the donor"))
        self.donor.setAccessibleName(self.tr("Donor"))
        funding_row = QHBoxLayout()
        funding_row.addWidget(self.funding)
        funding_row.addWidget(self.donor, 1)
        self.indicator = _text_box(values.indicator, 2)
        self.verification = _text_box(values.verification, 2)
        self.status = enum_combo(ActivityStatus, label)
        select_data(self.status, values.status)

        self.add_field("objective_id", self.tr("&Objective"), self.objective)
        self.add_field("objective_title", self.tr("New o&bjective"), self.new_objective)
        self.add_field("activity_title", self.tr("&Activity"), self.title_edit)
        self.add_field("description", self.tr("&Description"), self.description)
        self.add_field("lead_organisation_id", self.tr("&Lead organisation"), self.lead)
        self.add_field("partner_ids", self.tr("&Partners"), self.partners)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add(right, "start_date", self.tr("&Start"), self.start)
        self._add(right, "end_date", self.tr("&End"), self.end)
        self._add(right, "estimated_cost", self.tr("Estimated &cost"), self.cost, cost_row)
        self._fields["currency"] = self.currency
        self._add(right, "funding", self.tr("&Funding"), self.funding, funding_row)
        self._fields["donor"] = self.donor
        self._add(right, "indicator", self.tr("&Indicator"), self.indicator)
        self._add(right, "verification", self.tr("Means of &verification"),
                  self.verification)
        self._add(right, "status", self.tr("S&tatus"), self.status)
        for combo in (self.objective, self.lead):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        outer = self.layout()
        outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        outer.insertLayout(0, columns)  # type: ignore[attr-defined]
        self.setMinimumWidth(1000)
        self._update_enabled()

    def _add(self, form: QFormLayout, name: str, text: str, widget: QWidget,
             row: QHBoxLayout | None = None) -> None:
        """A labelled row in the right-hand column (``row`` when the field has company)."""
        form.addRow(text, row if row is not None else widget)
        if row is not None:
            label_widget = form.labelForField(row)
            if label_widget is not None:
                label_widget.setBuddy(widget)  # type: ignore[attr-defined]
        widget.setAccessibleName(text.replace("&", ""))
        self._fields[name] = widget

    def _update_enabled(self) -> None:
        new = self.objective.currentData() == NEW_OBJECTIVE
        self.new_objective.setEnabled(new)
        self.form.setRowVisible(self.new_objective, new)
        costless = self.no_cost.isChecked()
        self.cost.setEnabled(not costless)
        self.currency.setEnabled(not costless)
        self.donor.setEnabled(self.funding.currentData() == FundingKind.DONOR.value)

    def values(self) -> ActivityValues:
        base = self._initial or ActivityValues(title="")
        cost_text = self.cost.text().strip()
        number, ok = QLocale().toLongLong(cost_text)
        lead = self.lead.currentData()
        return ActivityValues(
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            lead_organisation_id=uuid.UUID(lead) if lead else None,
            partner_ids=self.partners_model.checked,
            start_date=self.start.value(),
            end_date=self.end.value(),
            estimated_cost=None if self.no_cost.isChecked() or not cost_text
            else (number if ok else cost_text),
            no_cost=self.no_cost.isChecked(),
            currency=self.currency.text() if not self.no_cost.isChecked() else "",
            funding=FundingKind(self.funding.currentData()),
            donor=self.donor.text(),
            indicator=self.indicator.toPlainText(),
            verification=self.verification.toPlainText(),
            status=ActivityStatus(self.status.currentData()),
            origin_provision_id=base.origin_provision_id,
            origin_key=base.origin_key,
        )

    def save(self) -> None:
        values = self.values()
        choice = self.objective.currentData()
        objective_id = uuid.UUID(choice) if choice and choice != NEW_OBJECTIVE else None
        new_objective = ObjectiveValues(self.new_objective.text(), self._new_reference) \
            if choice == NEW_OBJECTIVE else None
        if self._save is not None:
            self.record_id = self._save(values, objective_id, new_objective)
        else:
            self.record_id = plan_repository.save_activity(
                self.context.writer(), values, objective_id, self.record_id)
        self.context.announce_changes()


def _values_of(activity: Any) -> ActivityValues:
    return ActivityValues(
        title=activity.title, description=activity.description,
        lead_organisation_id=activity.lead_organisation_id,
        partner_ids=activity.partner_ids, start_date=activity.start_date,
        end_date=activity.end_date, estimated_cost=activity.estimated_cost,
        no_cost=activity.no_cost, currency=activity.currency, funding=activity.funding,
        donor=activity.donor, indicator=activity.indicator,
        verification=activity.verification, status=activity.status,
        origin_provision_id=activity.origin_provision_id, origin_key=activity.origin_key)


def _text_box(text: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _usual_currency(plan: PlanData) -> str:
    """The currency most activities of the plan use, so that a new one starts with it."""
    counts: dict[str, int] = {}
    for activity in plan.activities:
        if activity.currency:
            counts[activity.currency] = counts.get(activity.currency, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else ""
