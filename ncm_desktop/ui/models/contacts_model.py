"""The National Points of Contact, and the instruments the selected one covers (6.3)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtGui import QColor

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.i18n.labels import label
from ncm_desktop.rules.points_of_contact import NotificationState, notification_state
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import ContactInfo, Snapshot
from ncm_desktop.ui.models.delegates import VALUE_ROLE, Index
from ncm_desktop.ui.models.snapshot_table_model import (
    KEY_ROLE,
    SnapshotTableModel,
    check_state,
    is_checked,
)

_STATE_ORDER = list(NotificationState)


def _date_text(value: date | None) -> str:
    return QLocale().toString(QDate(value), QLocale.FormatType.ShortFormat) if value else ""


def worst_state(contact: ContactInfo, snapshot: Snapshot) -> NotificationState | None:
    states = [notification_state(i, snapshot.today, snapshot.notification_period_months)
              for i in contact.instruments]
    return max(states, key=_STATE_ORDER.index) if states else None


class ContactsModel(SnapshotTableModel[ContactInfo]):
    CONTEXT = "ContactsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Point of Contact"),
        QT_TRANSLATE_NOOP("ContactsModel", "Organisation"),
        QT_TRANSLATE_NOOP("ContactsModel", "Instruments covered"),
        QT_TRANSLATE_NOOP("ContactsModel", "Notification"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda *args, **kwargs: False, parent)
        self._snapshot: Snapshot | None = None
        self._catalog: Catalog | None = None

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        self._snapshot, self._catalog = snapshot, catalog
        self.set_rows(snapshot.contacts, [c.id for c in snapshot.contacts])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._snapshot is None or self._catalog is None:
            return None
        contact = self.row_at(index.row())
        if role == KEY_ROLE:
            return contact.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return contact.person_name
        if column == 1:
            return contact.organisation_name
        if column == 2:
            catalog = self._catalog
            return ", ".join(catalog.instrument(i.instrument_id).short
                             if catalog.has("instrument", i.instrument_id) else i.instrument_id
                             for i in contact.instruments)
        state = worst_state(contact, self._snapshot)
        return label(state) if state else ""


@dataclass(frozen=True, slots=True)
class CoveredRow:
    instrument_id: str
    short: str
    name: str
    office: str
    covered: bool
    notified_on: date | None
    confirmed_on: date | None
    state: NotificationState | None


COVERS, OFFICE, NOTIFIED_ON, CONFIRMED_ON, STATE = range(5)


class ContactInstrumentsModel(SnapshotTableModel[CoveredRow]):
    """The instruments one Point of Contact may cover: those of clause 4, and the regional
    ones the State has joined."""

    CONTEXT = "ContactInstrumentsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactInstrumentsModel", "Covers (tick)"),
        QT_TRANSLATE_NOOP("ContactInstrumentsModel", "Notified to (6.3)"),
        QT_TRANSLATE_NOOP("ContactInstrumentsModel", "Notified on"),
        QT_TRANSLATE_NOOP("ContactInstrumentsModel", "Last confirmed"),
        QT_TRANSLATE_NOOP("ContactInstrumentsModel", "State"),
    )

    def __init__(self, saver: Any, parent: Any = None) -> None:
        super().__init__(saver, parent)
        self.contact_id: uuid.UUID | None = None

    def show(self, snapshot: Snapshot, catalog: Catalog, contact: ContactInfo | None) -> None:
        self.contact_id = contact.id if contact else None
        rows: list[CoveredRow] = []
        if contact is not None:
            joined = snapshot.joined_instrument_ids
            for instrument in catalog.instruments:
                entry = contact.covers(instrument.id)
                if instrument.regional and instrument.id not in joined and entry is None:
                    continue
                office = catalog.office(instrument.notify_office).name \
                    if instrument.notify_office else ""
                state = notification_state(entry, snapshot.today,
                                           snapshot.notification_period_months) \
                    if entry else None
                rows.append(CoveredRow(
                    instrument.id, instrument.short, instrument.name, office, entry is not None,
                    entry.notified_on if entry else None, entry.confirmed_on if entry else None,
                    state))
        self.set_rows(rows, [(self.contact_id, r.instrument_id) for r in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == KEY_ROLE:
            return row.instrument_id
        if column == COVERS:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.short
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.name
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(row.covered)
        elif column == OFFICE and role in (Qt.ItemDataRole.DisplayRole,
                                           Qt.ItemDataRole.ToolTipRole):
            return row.office
        elif column in (NOTIFIED_ON, CONFIRMED_ON):
            value = row.notified_on if column == NOTIFIED_ON else row.confirmed_on
            if role == Qt.ItemDataRole.DisplayRole:
                return _date_text(value)
            if role == VALUE_ROLE:
                return value
        elif column == STATE and role == Qt.ItemDataRole.DisplayRole:
            return label(row.state) if row.state else ""
        elif column == STATE and role == Qt.ItemDataRole.ForegroundRole and row.state in (
                NotificationState.STALE, NotificationState.NEVER_NOTIFIED):
            return QColor("#b00020")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.row_at(index.row())
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COVERS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (NOTIFIED_ON, CONFIRMED_ON) and row.covered:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.contact_id is None:
            return False
        row = self.row_at(index.row())
        covered, notified, confirmed = row.covered, row.notified_on, row.confirmed_on
        if index.column() == COVERS and role == Qt.ItemDataRole.CheckStateRole:
            covered = is_checked(value)
        elif index.column() == NOTIFIED_ON and role == VALUE_ROLE:
            notified = value
        elif index.column() == CONFIRMED_ON and role == VALUE_ROLE:
            confirmed = value
        else:
            return False
        return self.save(setup.save_contact_instrument, self.contact_id, row.instrument_id,
                         setup.ContactInstrumentValues(covered, notified, confirmed))
