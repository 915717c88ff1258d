"""Table models over the set-up part of a snapshot, editable cell by cell.

Each edit is handed to a *saver* (``Editor.save``): it writes through a repository
function and, when a value is refused, says why under the table; the model keeps the
stored value.  A reload with the same rows only repaints them, so an edit in progress
elsewhere in the view is not thrown away.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from ncm_desktop.ui.models.list_table_model import ListTableModel

R = TypeVar("R")
Saver = Callable[..., bool]
KEY_ROLE = Qt.ItemDataRole.UserRole + 11


class SnapshotTableModel(ListTableModel[R]):
    def __init__(self, saver: Saver, parent: Any = None) -> None:
        super().__init__(parent)
        self.save = saver
        self._keys: list[Hashable] = []

    def set_rows(self, rows: Sequence[R], keys: Sequence[Hashable]) -> None:
        rows, keys = list(rows), list(keys)
        if keys == self._keys and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows, self._keys = rows, keys
        self.endResetModel()

    def row_of(self, key: Hashable) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def key_at(self, row: int) -> Hashable:
        return self._keys[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))


def check_state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def is_checked(value: Any) -> bool:
    """A check state as delivered by views (an enum or its int value)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value
