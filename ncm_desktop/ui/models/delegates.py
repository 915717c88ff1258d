"""Editors for table cells: a closed list of values, or a date that may be empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ncm_desktop.ui.widgets.fields import OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex
#: The role a cell gives its editor the current value in, and takes the new one back.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 10


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(text, value)`` choices, read fresh each time the editor opens."""

    def __init__(self, choices: Callable[[Index], Sequence[tuple[str, Any]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self._choices(index):
            combo.addItem(text, value)
        combo.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(VALUE_ROLE))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)


class DateDelegate(QStyledItemDelegate):
    """A date edit with a calendar; the earliest date (shown as a dash) means none."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = OptionalDateEdit(parent)
        editor.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, OptionalDateEdit)
        editor.set_value(index.data(VALUE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, OptionalDateEdit)
        model.setData(index, editor.value(), VALUE_ROLE)
