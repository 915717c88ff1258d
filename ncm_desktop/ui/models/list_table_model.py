"""A read-only table over a list of rows, with translated column headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ncm_desktop.ui.models.delegates import Index

R = TypeVar("R")


class ListTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses name their columns and give ``data``; the rows are a plain list."""

    #: Column headers as ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` source texts.
    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def replace_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
