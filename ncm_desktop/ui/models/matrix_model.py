"""The Table 1 matrix (clause 9): member organisations against functional areas.

Each cell is empty, lead or support; a suggestion from Table 1 is shown as such until it
is confirmed.  Cells where Table 1 names the organisation's kind of entity are shaded.
"""

from __future__ import annotations

import textwrap
import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.responsibilities import matrix_organisations
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import OrganisationInfo, ResponsibilityEntry, Snapshot
from ncm_desktop.storage.enums import ResponsibilityRole
from ncm_desktop.ui.models.delegates import VALUE_ROLE, Index
from ncm_desktop.ui.models.snapshot_table_model import Saver

CONTEXT = "MatrixModel"

#: Data role of a cell's entry (or None).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 12
_SUGGESTED = QT_TRANSLATE_NOOP("MatrixModel", "%1?")
_SUGGESTED_TIP = QT_TRANSLATE_NOOP(
    "MatrixModel", "Suggested from Table 1, not yet confirmed: press C to confirm.")
_NAMED_TIP = QT_TRANSLATE_NOOP("MatrixModel", "Table 1 names this kind of entity for %1.")
_EMPTY = QT_TRANSLATE_NOOP("MatrixModel", "(none)")
_NAMED_BRUSH = QBrush(QColor("#eef6e8"))


class MatrixModel(QAbstractTableModel):
    def __init__(self, saver: Saver, parent: Any = None) -> None:
        super().__init__(parent)
        self.save = saver
        self._organisations: tuple[OrganisationInfo, ...] = ()
        self._areas: list[tuple[str, str]] = []  # (id, title)
        self._named: set[tuple[str, str]] = set()  # (area id, category id)
        self._cells: dict[tuple[str, uuid.UUID], ResponsibilityEntry] = {}
        self._shape: tuple[tuple[uuid.UUID, ...], tuple[str, ...]] = ((), ())

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        organisations = matrix_organisations(snapshot, catalog)
        areas = [(a.id, a.title) for a in catalog.functional_areas]
        shape = (tuple(o.id for o in organisations), tuple(a for a, _ in areas))
        cells = {(e.area_id, e.organisation_id): e for e in snapshot.responsibilities}
        named = {(a.id, k.category) for a in catalog.functional_areas for k in a.entity_kinds}
        if shape == self._shape and self.rowCount():
            self._organisations, self._areas, self._cells = organisations, areas, cells
            self._named = named
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._organisations, self._areas, self._cells = organisations, areas, cells
        self._named, self._shape = named, shape
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._organisations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._areas)

    def area_id(self, column: int) -> str:
        return self._areas[column][0]

    def column_of(self, area_id: str) -> int | None:
        return next((i for i, (a, _) in enumerate(self._areas) if a == area_id), None)

    def organisation(self, row: int) -> OrganisationInfo:
        return self._organisations[row]

    def entry(self, index: Index) -> ResponsibilityEntry | None:
        if not index.isValid():
            return None
        return self._cells.get((self.area_id(index.column()),
                                self._organisations[index.row()].id))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return "\n".join(textwrap.wrap(self._areas[section][1], 12,
                                                break_long_words=False))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._areas[section][1]
        else:
            organisation = self._organisations[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return organisation.short_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return organisation.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index)
        organisation = self._organisations[index.row()]
        area_id, area_title = self._areas[index.column()]
        named = (area_id, organisation.category_id or "") in self._named
        if role == ENTRY_ROLE:
            return entry
        if role == VALUE_ROLE:
            return entry.role.value if entry else None
        if role == Qt.ItemDataRole.DisplayRole:
            if entry is None:
                return ""
            text = label(entry.role)
            return text if entry.confirmed else fill(_t(_SUGGESTED), text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            value = label(entry.role) if entry else _t(_EMPTY)
            return f"{organisation.short_name}, {area_title}: {value}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [f"{organisation.name} — {area_title}"]
            if entry is not None and not entry.confirmed:
                tips.append(_t(_SUGGESTED_TIP))
            if named:
                tips.append(fill(_t(_NAMED_TIP), area_title))
            return "\n".join(tips)
        if role == Qt.ItemDataRole.FontRole and entry is not None:
            font = QFont()
            font.setBold(entry.role is ResponsibilityRole.LEAD)
            font.setItalic(not entry.confirmed)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and named:
            return _NAMED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != VALUE_ROLE:
            return False
        role_value = ResponsibilityRole(value) if value else None
        return self.set_cell(index, role_value)

    def set_cell(self, index: Index, role: ResponsibilityRole | None,
                 confirmed: bool = True) -> bool:
        entry = self.entry(index)
        if entry is not None and entry.role is role and entry.confirmed == confirmed:
            return False
        if entry is None and role is None:
            return False
        return self.save(setup.set_responsibility, self.area_id(index.column()),
                         self._organisations[index.row()].id, role, confirmed)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1,
                                                                      0))


def role_choices() -> list[tuple[str, str | None]]:
    return [(_t(_EMPTY), None),
            *((label(role), role.value) for role in ResponsibilityRole)]


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
