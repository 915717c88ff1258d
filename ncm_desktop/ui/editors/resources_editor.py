"""Infrastructure and administration (clause 8): the four resources, and their total."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.infrastructure import totals_by_currency
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import FundingSource, ResourceStatus
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor
from ncm_desktop.ui.models.delegates import ChoiceDelegate
from ncm_desktop.ui.models.functions_model import enum_choices
from ncm_desktop.ui.models.resources_model import (
    COST,
    CURRENCY,
    NEED,
    QUANTITY,
    SOURCE,
    STATUS,
    ResourcesModel,
)
from ncm_desktop.ui.widgets.tables import make_table


class ResourcesEditor(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = ResourcesModel(self.save, self)
        self.table = make_table(self.model, fit_rows=True)
        self.table.setItemDelegateForColumn(STATUS, ChoiceDelegate(
            lambda _i: enum_choices(ResourceStatus), self.table))
        self.table.setItemDelegateForColumn(SOURCE, ChoiceDelegate(
            lambda _i: enum_choices(FundingSource), self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in {NEED: 280, STATUS: 130, QUANTITY: 80, COST: 120, CURRENCY: 80,
                              SOURCE: 180}.items():
            self.table.setColumnWidth(column, width)
        self.total = QLabel()
        self.total.setObjectName("resourcesTotal")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "What the mechanism needs to work (clause 8): support staff, meeting space, office "
            "space and equipment, and a budget. Costs are in whole units of the currency "
            "(three letters, such as USD, EUR or XOF). Clause 8 notes that the National "
            "Authority may provide these resources, so it is the funding source until you "
            "choose another."))
        self.table.setAccessibleName(self.tr("Resources"))
        self.model.retranslate()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.model.show(snapshot, self.catalog)
        totals = totals_by_currency(snapshot)
        if not totals:
            self.total.setText(self.tr("Total estimated cost: none recorded yet."))
            return
        locale = QLocale()
        amounts = locale.createSeparatedList(
            [f"{currency} {locale.toString(amount)}".strip() for currency, amount
             in totals.items()])
        self.total.setText(fill(self.tr("Total estimated cost: %1"), amounts))

    def focus_field(self, field: str) -> QWidget | None:
        if not field.startswith("need:"):
            return None
        row = self.model.row_of(field.split(":", 1)[1])
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, STATUS), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.setFocus()
        return self.table
