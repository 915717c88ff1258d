"""Models of the merge dialogs: conflicts to settle, one record's two versions side by
side, and the versions a merge set aside."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from sqlalchemy import select

from ncm_desktop.i18n import labels
from ncm_desktop.i18n.exchange_labels import label, table_label
from ncm_desktop.i18n.messages import field_name
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.exchange.history import HistoryRecord
from ncm_desktop.storage.exchange.merge import Conflict, HistoryEntry, Side
from ncm_desktop.storage.exchange.rows import TIMESTAMPS, Row, encode
from ncm_desktop.storage.exchange.rows import label as row_label
from ncm_desktop.storage.models import Base
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.record_table_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex


def format_time(value: datetime | str | None) -> str:
    """A moment in the interface's locale and the computer's time zone."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


#: ``lookup(table, id)``: the name of the record ``id`` of ``table``, or None if unknown.
Lookup = Callable[[str, str], str | None]


class ValuePresenter:
    """Shows a stored value as a user reads it: a translated label for a closed list
    ('male' → 'Male'), the name of the record a reference points at."""

    def __init__(self, lookup: Lookup) -> None:
        self._lookup = lookup

    def __call__(self, table_name: str, column_name: str, value: Any) -> str:
        if value is None:
            return ""
        table = Base.metadata.tables.get(table_name)
        column = table.c.get(column_name) if table is not None else None
        if column is None:
            return str(value)
        for key in column.foreign_keys:
            name = self._lookup(key.column.table.name, str(value))
            return name if name is not None else str(value)
        enum = _enum_of(column)
        if enum is not None:
            try:
                return labels.label(enum(value))
            except (KeyError, ValueError):
                return str(value)
        return str(value)


def _enum_of(column: Any) -> type[StrEnum] | None:
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    return kind if isinstance(kind, type) and issubclass(kind, StrEnum) else None


def record_name(context: DossierContext, table_name: str, record_id: str) -> str | None:
    """The name of the record ``record_id`` of ``table_name`` in the open dossier."""
    table = Base.metadata.tables.get(table_name)
    if table is None or "id" not in table.c:
        return None
    with context.writer().session() as session:
        found = session.execute(select(table).where(table.c.id == uuid.UUID(record_id))).first()
    if found is None:
        return None
    return row_label(table_name, {n: encode(v) for n, v in found._mapping.items()})


class ConflictModel(QAbstractTableModel):
    """Records changed in both dossiers; the last column says which version to keep."""

    KIND, RECORD, FIELDS, MINE, THEIRS, KEEP = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []
        self._choices: list[Side] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self._choices = [conflict.chosen for conflict in conflicts]
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._conflicts[row]

    def resolutions(self) -> dict[tuple[str, str], Side]:
        """The version chosen for each conflict, by (table, record id)."""
        return {(c.table, c.record_id): choice
                for c, choice in zip(self._conflicts, self._choices, strict=True)}

    def choose_all(self, side: Side) -> None:
        self._choices = [side] * len(self._choices)
        if self._conflicts:
            self.dataChanged.emit(self.index(0, self.KEEP),
                                  self.index(len(self._conflicts) - 1, self.KEEP))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Record"), self.tr("Changed fields"),
                self.tr("Changed here"), self.tr("Changed there"), self.tr("Keep"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.KEEP:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        conflict = self._conflicts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.KEEP:
            return self._choices[index.row()].value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.KIND:
            return table_label(conflict.table)
        if column == self.RECORD:
            return conflict.label
        if column == self.FIELDS:
            return ", ".join(field_name(name) for name in conflict.fields)
        if column in (self.MINE, self.THEIRS):
            row = conflict.mine if column == self.MINE else conflict.theirs
            newer = (conflict.newer is Side.MINE) == (column == self.MINE)
            when = format_time(row.get("modified_at"))
            return fill(self.tr("%1 (newer)"), when) if newer else when
        return label(self._choices[index.row()])

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() != self.KEEP:
            return False
        self._choices[index.row()] = Side(value)
        self.dataChanged.emit(index, index)
        return True


class SideDelegate(QStyledItemDelegate):
    """Chooses which version of a conflicting record to keep."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Version to keep"))
        for side in Side:
            combo.addItem(label(side), side.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class VersionsModel(QAbstractTableModel):
    """One record's fields in two versions side by side; differing fields in bold."""

    def __init__(self, present: ValuePresenter, parent: Any = None) -> None:
        super().__init__(parent)
        self._present = present
        self._table = ""
        self._fields: list[str] = []
        self._left: Row = {}
        self._right: Row = {}
        self._headers = ("", "")

    def set_versions(self, table: str, left: Row, right: Row,
                     headers: tuple[str, str]) -> None:
        self.beginResetModel()
        names = dict.fromkeys([*left, *right])
        self._fields = [n for n in names if n != "id" and n not in TIMESTAMPS]
        self._table, self._left, self._right, self._headers = table, left, right, headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Field"), *self._headers)[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self._fields[index.row()]
        differs = self._left.get(name) != self._right.get(name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return field_name(name)
            row = self._left if index.column() == 1 else self._right
            return self._present(self._table, name, row.get(name))
        if role == Qt.ItemDataRole.FontRole and differs:
            font = QFont()
            font.setBold(True)
            return font
        return None


ENTRY_COLUMNS: tuple[Column[HistoryEntry], ...] = (
    Column(QT_TRANSLATE_NOOP("MergeEntryModel", "Kind"), lambda e: table_label(e.table)),
    Column(QT_TRANSLATE_NOOP("MergeEntryModel", "Record"), lambda e: e.label),
    Column(QT_TRANSLATE_NOOP("MergeEntryModel", "What happened"), lambda e: label(e.reason)),
    Column(QT_TRANSLATE_NOOP("MergeEntryModel", "Version set aside"), lambda e: label(e.side)),
)


class MergeEntryModel(RecordTableModel[HistoryEntry]):
    """The versions one merge set aside."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("MergeEntryModel", ENTRY_COLUMNS,
                         lambda e: (e.table, e.record_id, e.side), parent)


HISTORY_COLUMNS: tuple[Column[HistoryRecord], ...] = (
    Column(QT_TRANSLATE_NOOP("MergeHistoryModel", "Merged"), lambda h: format_time(h.merged_at),
           sort_key=lambda h: h.merged_at, searchable=False),
    Column(QT_TRANSLATE_NOOP("MergeHistoryModel", "Kind"), lambda h: table_label(h.table_name)),
    Column(QT_TRANSLATE_NOOP("MergeHistoryModel", "Record"), lambda h: h.label),
    Column(QT_TRANSLATE_NOOP("MergeHistoryModel", "What happened"), lambda h: label(h.reason)),
    Column(QT_TRANSLATE_NOOP("MergeHistoryModel", "Version from"), lambda h: label(h.side)),
    Column(QT_TRANSLATE_NOOP("MergeHistoryModel", "Other dossier"), lambda h: h.peer_name),
)


class MergeHistoryModel(RecordTableModel[HistoryRecord]):
    """Every version merges set aside, from the dossier's merge history."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("MergeHistoryModel", HISTORY_COLUMNS, lambda h: h.id, parent)
