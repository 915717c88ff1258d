"""Functions (7.3) with status and lead, and the monitoring areas of 7.3.2 a)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import DataAvailability, FunctionStatus, YesNoUnknown
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor
from ncm_desktop.ui.models.delegates import ChoiceDelegate
from ncm_desktop.ui.models.functions_model import (
    AREA,
    AVAILABLE,
    BY_SEX,
    FUNCTION,
    LEAD,
    PRIORITY,
    STATUS,
    FunctionsModel,
    MonitoringModel,
    enum_choices,
)
from ncm_desktop.ui.widgets.tables import make_table


class FunctionsEditor(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.functions_intro = QLabel()
        self.functions_intro.setWordWrap(True)
        self.functions = FunctionsModel(self.save, self)
        self.functions_table = make_table(self.functions, fit_rows=True)
        self.functions_table.setItemDelegateForColumn(STATUS, ChoiceDelegate(
            lambda _i: enum_choices(FunctionStatus), self.functions_table))
        self.functions_table.setItemDelegateForColumn(LEAD, ChoiceDelegate(
            lambda _i: self.functions.lead_choices(), self.functions_table))
        _columns(self.functions_table, {FUNCTION: 360, PRIORITY: 130, STATUS: 110, LEAD: 250})

        self.monitoring_intro = QLabel()
        self.monitoring_intro.setWordWrap(True)
        self.monitoring = MonitoringModel(self.save, self)
        self.monitoring_table = make_table(self.monitoring, fit_rows=True)
        self.monitoring_table.setItemDelegateForColumn(AVAILABLE, ChoiceDelegate(
            lambda _i: enum_choices(DataAvailability), self.monitoring_table))
        self.monitoring_table.setItemDelegateForColumn(BY_SEX, ChoiceDelegate(
            lambda _i: enum_choices(YesNoUnknown), self.monitoring_table))
        _columns(self.monitoring_table, {AREA: 330, AVAILABLE: 150, BY_SEX: 170})

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.functions_intro)
        layout.addWidget(self.functions_table)
        layout.addWidget(self.problem)
        layout.addWidget(self.monitoring_intro)
        layout.addWidget(self.monitoring_table)
        self.retranslate()

    def retranslate(self) -> None:
        self.functions_intro.setText(self.tr(
            "The functions of the mechanism by priority (7.3.2 to 7.3.4). Change a status, "
            "lead or note with F2, a double click, or by typing. Function 7.3.2 d) is judged "
            "from the Table 1 matrix on the Responsibilities page."))
        self.functions_table.setAccessibleName(self.tr("Functions"))
        self.monitoring_intro.setText(self.tr(
            "Monitoring areas of 7.3.2 a) 1) to 8): is the data available, and, where the "
            "standard asks for it, is it disaggregated by sex?"))
        self.monitoring_table.setAccessibleName(self.tr("Monitoring areas"))
        self.functions.retranslate()
        self.monitoring.retranslate()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.functions.show(snapshot, self.catalog)
        self.monitoring.show(snapshot, self.catalog)

    def focus_field(self, field: str) -> QWidget | None:
        kind, _, item = field.partition(":")
        if kind == "function":
            return _focus(self.functions_table, self.functions.row_of(item), STATUS)
        if kind == "monitoring":
            return _focus(self.monitoring_table, self.monitoring.row_of(item), AVAILABLE)
        return None


def _columns(table: QTableView, widths: dict[int, int]) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in widths.items():
        table.setColumnWidth(column, width)


def _focus(table: QTableView, row: int | None, column: int) -> QWidget:
    if row is not None:
        table.selectionModel().setCurrentIndex(
            table.model().index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    return table
