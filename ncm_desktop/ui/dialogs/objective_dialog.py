"""Add or change an objective of the National Action Plan and what it answers."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.storage import plan_repository
from ncm_desktop.storage.plan_queries import ObjectiveInfo
from ncm_desktop.storage.plan_repository import ObjectiveValues
from ncm_desktop.ui.dialogs.record_dialog import RecordDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.fields import select_data


class ObjectiveDialog(RecordDialog):
    def __init__(self, context: DossierContext, objective: ObjectiveInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(objective.id if objective else None, parent)
        self.context = context
        self.setWindowTitle(self.tr("Edit objective") if objective else self.tr("Add an objective"))
        self.title_edit = QLineEdit(objective.title if objective else "")
        self.title_edit.setMaxLength(plan_repository.TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr(
            "e.g. Complete the composition of the National Commission"))
        self.reference = QComboBox()
        self.reference.addItem(self.tr("(none)"), None)
        catalog = load_catalog(interface_language())
        for clause in catalog.clauses:
            if clause.normative and clause.id.count(".") <= 1:
                self.reference.addItem(f"{clause.id} {clause.title}", clause.id)
        for instrument in catalog.instruments:
            self.reference.addItem(instrument.name, instrument.id)
        select_data(self.reference, objective.reference_id if objective else None)
        self.add_field("objective_title", self.tr("&Objective"), self.title_edit)
        self.add_field("reference_id", self.tr("&Answers (clause or instrument)"),
                       self.reference)
        self.setMinimumWidth(640)

    def save(self) -> None:
        reference = self.reference.currentData()
        self.record_id = plan_repository.save_objective(
            self.context.writer(), ObjectiveValues(self.title_edit.text(), reference),
            self.record_id)
        self.context.announce_changes()

    @property
    def objective_id(self) -> uuid.UUID | None:
        return self.record_id
