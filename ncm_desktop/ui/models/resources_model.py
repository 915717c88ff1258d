"""The resources of clause 8: status, quantity, estimated cost, currency and funding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt

from ncm_desktop.catalog.model import Catalog, ResourceNeed
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import ResourceEntry, Snapshot
from ncm_desktop.storage.enums import FundingSource, ResourceStatus
from ncm_desktop.ui.models.delegates import VALUE_ROLE, Index
from ncm_desktop.ui.models.snapshot_table_model import KEY_ROLE, SnapshotTableModel

NEED, STATUS, QUANTITY, COST, CURRENCY, SOURCE, NOTES = range(7)
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def parse_whole(text: str) -> int | str:
    """A number typed the way the interface language writes it (``54,000``, ``54 000``), or
    the text itself, which the repository then refuses with a message."""
    value, ok = QLocale().toLongLong(text.strip())
    return value if ok else text


class ResourcesModel(SnapshotTableModel[tuple[ResourceNeed, ResourceEntry | None]]):
    CONTEXT = "ResourcesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ResourcesModel", "Resource (clause 8)"),
        QT_TRANSLATE_NOOP("ResourcesModel", "Status"),
        QT_TRANSLATE_NOOP("ResourcesModel", "Quantity"),
        QT_TRANSLATE_NOOP("ResourcesModel", "Estimated cost"),
        QT_TRANSLATE_NOOP("ResourcesModel", "Currency"),
        QT_TRANSLATE_NOOP("ResourcesModel", "Funding source"),
        QT_TRANSLATE_NOOP("ResourcesModel", "Notes"),
    )

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        rows = [(n, snapshot.resources.get(n.id)) for n in catalog.resource_needs]
        self.set_rows(rows, [n.id for n, _ in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        need, entry = self.row_at(index.row())
        column = index.column()
        if role == KEY_ROLE:
            return need.id
        values = self._values(entry)
        if column == NEED:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{clause_label(need.id).split(' ', 1)[1]} {need.short}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return need.text
        elif column == STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(values.status) if entry else ""
            if role == VALUE_ROLE:
                return values.status.value
        elif column in (QUANTITY, COST):
            number = values.quantity if column == QUANTITY else values.estimated_cost
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(int(number)) if number is not None else ""
            if role == Qt.ItemDataRole.EditRole:
                return "" if number is None else str(number)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _TRAILING
        elif column == CURRENCY and role in (Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole):
            return values.currency
        elif column == SOURCE:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(values.funding_source)
            if role == VALUE_ROLE:
                return values.funding_source.value
        elif column == NOTES and role in (Qt.ItemDataRole.DisplayRole,
                                          Qt.ItemDataRole.EditRole,
                                          Qt.ItemDataRole.ToolTipRole):
            return values.notes
        return None

    @staticmethod
    def _values(entry: ResourceEntry | None) -> setup.ResourceValues:
        if entry is None:
            return setup.ResourceValues()
        return setup.ResourceValues(entry.status, entry.quantity, entry.estimated_cost,
                                    entry.currency, entry.funding_source, entry.notes)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != NEED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        need, entry = self.row_at(index.row())
        values = self._values(entry)
        column = index.column()
        if column == STATUS and role == VALUE_ROLE:
            changes: dict[str, Any] = {"status": ResourceStatus(value)}
        elif column == SOURCE and role == VALUE_ROLE:
            changes = {"funding_source": FundingSource(value)}
        elif column == QUANTITY and role == Qt.ItemDataRole.EditRole:
            changes = {"quantity": parse_whole(str(value))}
        elif column == COST and role == Qt.ItemDataRole.EditRole:
            changes = {"estimated_cost": parse_whole(str(value))}
        elif column == CURRENCY and role == Qt.ItemDataRole.EditRole:
            changes = {"currency": str(value)}
        elif column == NOTES and role == Qt.ItemDataRole.EditRole:
            changes = {"notes": str(value)}
        else:
            return False
        updated = setup.ResourceValues(**{**vars(values), **changes})
        if entry is not None and updated == values:
            return False
        return self.save(setup.save_resource_need, need.id, updated)
