"""The instruments of clause 4 and the regional ones: joined or not, since when."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.ui.models.delegates import VALUE_ROLE, Index
from ncm_desktop.ui.models.snapshot_table_model import (
    KEY_ROLE,
    SnapshotTableModel,
    check_state,
    is_checked,
)

CONTEXT = "InstrumentsModel"

NAME, KIND, JOINED_ON, REQUIRES = range(4)
_CLAUSE_4 = QT_TRANSLATE_NOOP("InstrumentsModel", "Clause 4")
_REGIONAL = QT_TRANSLATE_NOOP("InstrumentsModel", "Regional")
_ENTERED = QT_TRANSLATE_NOOP("InstrumentsModel", "Regional (entered by name)")
_YES = QT_TRANSLATE_NOOP("InstrumentsModel", "Yes")
_NO = QT_TRANSLATE_NOOP("InstrumentsModel", "No")


@dataclass(frozen=True, slots=True)
class InstrumentRow:
    instrument_id: str | None  # None for an instrument entered by name
    membership_id: uuid.UUID | None
    short: str
    name: str
    regional: bool
    requires_mechanism: bool
    joined: bool
    joined_on: date | None
    notes: str = ""

    @property
    def custom(self) -> bool:
        return self.instrument_id is None


def instrument_rows(snapshot: Snapshot, catalog: Catalog) -> list[InstrumentRow]:
    rows = []
    for instrument in catalog.instruments:
        entry = snapshot.instrument_entry(instrument.id)
        rows.append(InstrumentRow(
            instrument.id, entry.id if entry else None, instrument.short, instrument.name,
            instrument.regional, instrument.requires_mechanism,
            bool(entry and entry.joined), entry.joined_on if entry else None))
    for entry in snapshot.instruments:
        if entry.instrument_id is None:
            rows.append(InstrumentRow(None, entry.id, entry.custom_name, entry.custom_name, True,
                                      entry.requires_mechanism, entry.joined, entry.joined_on,
                                      entry.notes))
    return rows


class InstrumentsModel(SnapshotTableModel[InstrumentRow]):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("InstrumentsModel", "Instrument (tick when joined)"),
        QT_TRANSLATE_NOOP("InstrumentsModel", "Kind"),
        QT_TRANSLATE_NOOP("InstrumentsModel", "Joined on"),
        QT_TRANSLATE_NOOP("InstrumentsModel", "Requires a national mechanism (7.2 NOTE 1)"),
    )

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        rows = instrument_rows(snapshot, catalog)
        self.set_rows(rows, [r.instrument_id or r.membership_id for r in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == KEY_ROLE:
            return row.instrument_id or row.membership_id
        if column == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row.short
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.name
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(row.joined)
        if column == KIND and role == Qt.ItemDataRole.DisplayRole:
            if row.custom:
                return _t(_ENTERED)
            return _t(_REGIONAL) if row.regional else _t(_CLAUSE_4)
        if column == JOINED_ON:
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().toString(QDate(row.joined_on),
                                          QLocale.FormatType.ShortFormat) if row.joined_on else ""
            if role == VALUE_ROLE:
                return row.joined_on
        if column == REQUIRES:
            if row.custom and role == Qt.ItemDataRole.CheckStateRole:
                return check_state(row.requires_mechanism)
            if role == Qt.ItemDataRole.DisplayRole:
                if row.custom:
                    return _t(_YES) if row.requires_mechanism else _t(_NO)
                return _t(_YES) if row.requires_mechanism else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.row_at(index.row())
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if row.custom:
                flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == JOINED_ON:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == REQUIRES and row.custom:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        column = index.column()
        joined, joined_on = row.joined, row.joined_on
        name, requires = row.short, row.requires_mechanism
        if column == NAME and role == Qt.ItemDataRole.CheckStateRole:
            joined = is_checked(value)
        elif column == NAME and role == Qt.ItemDataRole.EditRole and row.custom:
            name = str(value)
        elif column == JOINED_ON and role == VALUE_ROLE:
            joined_on = value
            joined = joined or value is not None  # a date of joining means it was joined
        elif column == REQUIRES and role == Qt.ItemDataRole.CheckStateRole and row.custom:
            requires = is_checked(value)
        else:
            return False
        if row.custom:
            return self.save(setup.save_custom_instrument, setup.CustomInstrumentValues(
                name, joined, joined_on, requires, row.notes), row.membership_id)
        return self.save(setup.set_instrument, row.instrument_id, joined, joined_on)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
