"""The change log of one record as a table: one line per field changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ncm_desktop.i18n.labels import label
from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.ui.models.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "HistoryTableModel"

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "What"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Field"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Before"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "After"),
)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One field of one change, its values already shown as text for the user."""

    at: datetime
    user: str
    action: ChangeAction
    field: str
    before: str
    after: str


class HistoryTableModel(ListTableModel[HistoryRow]):
    HEADERS = HEADERS
    CONTEXT = CONTEXT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            moment = QDateTime.fromMSecsSinceEpoch(int(row.at.timestamp() * 1000))
            return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
        if column == 1:
            return row.user or "—"
        if column == 2:
            return label(row.action)
        return (row.field, row.before, row.after)[column - 3]
