"""The functions of 7.3 and the monitoring areas of 7.3.2 a), edited cell by cell."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ncm_desktop.catalog.model import Catalog, Function, MonitoringArea
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import FunctionEntry, MonitoringEntry, Snapshot
from ncm_desktop.storage.enums import DataAvailability, FunctionStatus, YesNoUnknown
from ncm_desktop.ui.models.delegates import VALUE_ROLE, Index
from ncm_desktop.ui.models.snapshot_table_model import KEY_ROLE, SnapshotTableModel

_NO_LEAD = QT_TRANSLATE_NOOP("FunctionsModel", "(no lead yet)")
_NOT_ASKED = QT_TRANSLATE_NOOP("MonitoringModel", "not asked")

FUNCTION, PRIORITY, STATUS, LEAD, NOTES = range(5)


class FunctionsModel(SnapshotTableModel[tuple[Function, FunctionEntry | None]]):
    CONTEXT = "FunctionsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FunctionsModel", "Function"),
        QT_TRANSLATE_NOOP("FunctionsModel", "Priority"),
        QT_TRANSLATE_NOOP("FunctionsModel", "Status"),
        QT_TRANSLATE_NOOP("FunctionsModel", "Lead organisation"),
        QT_TRANSLATE_NOOP("FunctionsModel", "Notes (who, how, how often)"),
    )

    def __init__(self, saver: Any, parent: Any = None) -> None:
        super().__init__(saver, parent)
        self.snapshot: Snapshot | None = None

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        self.snapshot = snapshot
        rows = [(f, snapshot.functions.get(f.id)) for f in catalog.functions]
        self.set_rows(rows, [f.id for f, _ in rows])

    def lead_choices(self) -> list[tuple[str, str | None]]:
        choices: list[tuple[str, str | None]] = [
            (QCoreApplication.translate(self.CONTEXT, _NO_LEAD), None)]
        if self.snapshot is not None:
            choices += [(o.name, str(o.id)) for o in self.snapshot.organisations]
        return choices

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.snapshot is None:
            return None
        function, entry = self.row_at(index.row())
        column = index.column()
        if role == KEY_ROLE:
            return function.id
        status = entry.status if entry else FunctionStatus.NOT_STARTED
        if column == FUNCTION:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{clause_label(function.id)} {function.short}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return function.text
        elif column == PRIORITY and role == Qt.ItemDataRole.DisplayRole:
            return label(function.priority)
        elif column == STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(status)
            if role == VALUE_ROLE:
                return status.value
        elif column == LEAD:
            lead = self.snapshot.organisation(entry.lead_organisation_id) if entry else None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return lead.name if lead else ""
            if role == VALUE_ROLE:
                return str(lead.id) if lead else None
        elif column == NOTES and role in (Qt.ItemDataRole.DisplayRole,
                                          Qt.ItemDataRole.EditRole,
                                          Qt.ItemDataRole.ToolTipRole):
            return entry.notes if entry else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in (STATUS, LEAD, NOTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        function, entry = self.row_at(index.row())
        status = entry.status if entry else FunctionStatus.NOT_STARTED
        lead = entry.lead_organisation_id if entry else None
        notes = entry.notes if entry else ""
        column = index.column()
        if column == STATUS and role == VALUE_ROLE:
            status = FunctionStatus(value)
        elif column == LEAD and role == VALUE_ROLE:
            lead = uuid.UUID(value) if value else None
        elif column == NOTES and role == Qt.ItemDataRole.EditRole:
            notes = str(value)
        else:
            return False
        if entry is not None and (status, lead, notes.strip()) == (
                entry.status, entry.lead_organisation_id, entry.notes):
            return False
        return self.save(setup.save_function, function.id,
                         setup.FunctionValues(status, lead, notes))


AREA, AVAILABLE, BY_SEX, AREA_NOTES = range(4)


class MonitoringModel(SnapshotTableModel[tuple[MonitoringArea, MonitoringEntry | None]]):
    CONTEXT = "MonitoringModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MonitoringModel", "Monitoring area (7.3.2 a)"),
        QT_TRANSLATE_NOOP("MonitoringModel", "Data available"),
        QT_TRANSLATE_NOOP("MonitoringModel", "Disaggregated by sex"),
        QT_TRANSLATE_NOOP("MonitoringModel", "Source, and who assesses it"),
    )

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        rows = [(a, snapshot.monitoring.get(a.id)) for a in catalog.monitoring_areas]
        self.set_rows(rows, [a.id for a, _ in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        area, entry = self.row_at(index.row())
        column = index.column()
        if role == KEY_ROLE:
            return area.id
        available = entry.data_available if entry else DataAvailability.UNAVAILABLE
        by_sex = entry.sex_disaggregated if entry else YesNoUnknown.UNKNOWN
        if column == AREA:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{clause_label(area.id).split(' ', 1)[1]} {area.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(area.items)
        elif column == AVAILABLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(available) if entry else ""
            if role == VALUE_ROLE:
                return available.value
        elif column == BY_SEX:
            if role == Qt.ItemDataRole.DisplayRole:
                if not area.sex_disaggregation:
                    return QCoreApplication.translate(self.CONTEXT, _NOT_ASKED)
                return label(by_sex) if entry else ""
            if role == VALUE_ROLE:
                return by_sex.value
        elif column == AREA_NOTES and role in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return entry.notes if entry else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return flags
        area, _ = self.row_at(index.row())
        if index.column() in (AVAILABLE, AREA_NOTES) or (
                index.column() == BY_SEX and area.sex_disaggregation):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        area, entry = self.row_at(index.row())
        available = entry.data_available if entry else DataAvailability.UNAVAILABLE
        by_sex = entry.sex_disaggregated if entry else YesNoUnknown.UNKNOWN
        notes = entry.notes if entry else ""
        column = index.column()
        if column == AVAILABLE and role == VALUE_ROLE:
            available = DataAvailability(value)
        elif column == BY_SEX and role == VALUE_ROLE:
            by_sex = YesNoUnknown(value)
        elif column == AREA_NOTES and role == Qt.ItemDataRole.EditRole:
            notes = str(value)
        else:
            return False
        if entry is not None and (available, by_sex, notes.strip()) == (
                entry.data_available, entry.sex_disaggregated, entry.notes):
            return False
        return self.save(setup.save_monitoring_area, area.id,
                         setup.MonitoringValues(available, by_sex, notes))


def enum_choices(enum: Any) -> list[tuple[str, str]]:
    return [(label(member), member.value) for member in enum]
