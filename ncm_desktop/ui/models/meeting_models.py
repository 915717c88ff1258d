"""The meetings as tables: the list of meetings, one meeting's participants (invited and
attended ticked in place), and its decisions with their follow-up actions as a tree."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.formatting import format_date
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.meetings import ActionState, action_state
from ncm_desktop.storage.plan_queries import (
    ActionInfo,
    DecisionInfo,
    MeetingRow,
    ParticipantInfo,
)
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel
from ncm_desktop.ui.models.record_table_model import Column, RecordTableModel
from ncm_desktop.ui.models.snapshot_table_model import check_state, is_checked

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CENTER = Qt.AlignmentFlag.AlignCenter

MEETING_COLUMNS: tuple[Column[MeetingRow], ...] = (
    Column(QT_TRANSLATE_NOOP("MeetingsModel", "Date"), lambda m: format_date(m.held_on),
           sort_key=lambda m: m.held_on),
    Column(QT_TRANSLATE_NOOP("MeetingsModel", "Meeting"),
           lambda m: m.title or label(m.kind)),
    Column(QT_TRANSLATE_NOOP("MeetingsModel", "Present"),
           lambda m: f"{m.attended}/{m.invited}", sort_key=lambda m: m.attended,
           searchable=False),
)


class MeetingsModel(RecordTableModel[MeetingRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__("MeetingsModel", MEETING_COLUMNS, lambda m: m.id, parent)
        self.sort(0, Qt.SortOrder.DescendingOrder)


NAME, ORGANISATION, SEX, INVITED, ATTENDED = range(5)
#: ``tick(participant id, invited, attended)``: store a tick; True when stored.
Tick = Callable[[uuid.UUID, bool | None, bool | None], bool]


class ParticipantsModel(ListTableModel[ParticipantInfo]):
    CONTEXT = "ParticipantsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Organisation"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Sex"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Invited"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Present"),
    )

    def __init__(self, tick: Tick, parent: Any = None) -> None:
        super().__init__(parent)
        self.tick = tick

    def set_participants(self, participants: Sequence[ParticipantInfo]) -> None:
        self.beginResetModel()
        self._rows = list(participants)
        self.endResetModel()

    def participant(self, row: int) -> ParticipantInfo:
        return self._rows[row]

    def row_of(self, participant_id: uuid.UUID) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == participant_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return person.id
        if column in (INVITED, ATTENDED):
            if role == Qt.ItemDataRole.CheckStateRole:
                return check_state(person.invited if column == INVITED else person.attended)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return QCoreApplication.translate("ParticipantsModel", self.HEADERS[column])
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == NAME:
            if person.is_guest:
                return fill(QCoreApplication.translate("ParticipantsModel", "%1 (guest)"),
                            isolate(person.name))
            return isolate(person.name)
        if column == ORGANISATION:
            return isolate(person.organisation)
        if column == SEX:
            return label(person.sex)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() in (INVITED, ATTENDED):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (INVITED, ATTENDED):
            return False
        person = self._rows[index.row()]
        checked = is_checked(value)
        if index.column() == INVITED:
            return self.tick(person.id, checked, None)
        return self.tick(person.id, None, checked)


TEXT, LEAD, DUE, STATUS = range(4)


class DecisionsModel(QAbstractItemModel):
    """Decisions, and under each its follow-up actions (or the plan activity it became)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionsModel", "Decision / follow-up action"),
        QT_TRANSLATE_NOOP("DecisionsModel", "Lead"),
        QT_TRANSLATE_NOOP("DecisionsModel", "Due"),
        QT_TRANSLATE_NOOP("DecisionsModel", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._decisions: list[DecisionInfo] = []
        self._today = date.today()

    def set_decisions(self, decisions: Sequence[DecisionInfo], today: date) -> None:
        self.beginResetModel()
        self._decisions = list(decisions)
        self._today = today
        self.endResetModel()

    def decision_at(self, index: Index) -> DecisionInfo | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._decisions[index.row()]
        return self._decisions[index.internalId() - 1]

    def action_at(self, index: Index) -> ActionInfo | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._decisions[index.internalId() - 1].actions[index.row()]

    def index_of(self, record_id: uuid.UUID) -> QModelIndex:
        for row, decision in enumerate(self._decisions):
            if decision.id == record_id:
                return self.index(row, 0)
            for child, action in enumerate(decision.actions):
                if action.id == record_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._decisions)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._decisions[parent.row()].actions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DecisionsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self.action_at(index)
        if action is None:
            decision = self._decisions[index.row()]
            if role == ID_ROLE:
                return decision.id
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                    and index.column() == TEXT:
                return isolate(f"{index.row() + 1}. {decision.text}")
            return None
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.FontRole and index.column() == STATUS \
                and action_state(action, self._today) is ActionState.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == TEXT:
            if action.activity_id is not None:
                return fill(QCoreApplication.translate(
                    "DecisionsModel", "Plan activity: %1"),
                    isolate(action.activity_title or action.text))
            return isolate(action.text)
        if column == LEAD:
            return isolate(action.lead_name)
        if column == DUE:
            return format_date(action.due_on)
        if column == STATUS:
            state = action_state(action, self._today)
            status = label(action.activity_status) if action.activity_status \
                else label(action.status)
            if state is ActionState.OVERDUE:
                return f"{status} · {label(state)}"
            return status
        return None
