"""Input widgets for dates that may be unknown and for closed lists of values."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

_UNSET = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that can also be empty (shown as a dash): the earliest date means unset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_UNSET)
        self.setSpecialValueText("—")
        self.setDate(_UNSET)

    def value(self) -> date | None:
        current = self.date()
        return None if current == _UNSET else current.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else _UNSET)


def enum_combo(enum: type[StrEnum], label: Callable[[StrEnum], str]) -> QComboBox:
    """A combo box of every member of ``enum``, showing translated labels.

    Items hold plain strings (the members' values, or ids as text): Qt compares those
    reliably in ``findData``, which it does not do for arbitrary Python objects.
    """
    combo = QComboBox()
    for member in enum:
        combo.addItem(label(member), member.value)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` as text (the first item when none is)."""
    position = combo.findData(None if value is None else str(value))
    combo.setCurrentIndex(max(position, 0))


def current_uuid(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if data else None
