"""The backups of a dossier as a table: date, reason, counts and size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ncm_desktop.i18n.labels import label
from ncm_desktop.storage.backups import Backup, BackupSummary, Reason
from ncm_desktop.ui.models.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "BackupsTableModel"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("BackupsTableModel", "Made on"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Why"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Organisations"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "People"),
    QT_TRANSLATE_NOOP("BackupsTableModel", "Size"),
)
_NUMBERS = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class BackupRow:
    backup: Backup
    #: None when the backup cannot be read (it is then shown, but not offered).
    summary: BackupSummary | None


class BackupsTableModel(ListTableModel[BackupRow]):
    HEADERS = HEADERS
    CONTEXT = CONTEXT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == PATH_ROLE:
            return row.backup.path
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMBERS if index.column() >= 2 else \
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        return None

    def _text(self, row: BackupRow, column: int) -> str:
        locale = QLocale()
        if column == 0:
            moment = QDateTime.fromSecsSinceEpoch(int(row.backup.created.timestamp()))
            return locale.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
        if column == 1:
            try:
                return label(Reason(row.backup.reason))
            except ValueError:
                return row.backup.reason
        if column in (2, 3):
            if row.summary is None:
                return QCoreApplication.translate("BackupsTableModel", "unreadable")
            count = row.summary.organisations if column == 2 else row.summary.people
            return "—" if count is None else locale.toString(count)
        return locale.formattedDataSize(row.backup.size)
