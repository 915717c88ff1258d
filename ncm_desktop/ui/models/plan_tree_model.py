"""The National Action Plan as a tree: objectives, and under each its activities in order.

Activities can be dragged onto another place, in their objective or another one; the
model does not move rows itself but asks its *mover* (the page, which writes through
``plan_repository`` and reloads), so that the tree always shows what is stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.formatting import format_date, format_money
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.plan import PlanText
from ncm_desktop.rules.plan_totals import PlanTotals, plan_totals
from ncm_desktop.storage.plan_queries import ActivityInfo, ObjectiveInfo, PlanData
from ncm_desktop.ui.models.delegates import Index

ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-ncm-plan-activity"
TITLE, LEAD, START, END, COST, FUNDING, STATUS = range(7)
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
#: ``mover(activity id, objective id, position)``: put an activity there; True when done.
Mover = Callable[[uuid.UUID, uuid.UUID, int], bool]


class PlanTreeModel(QAbstractItemModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTreeModel", "Objective / activity"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Lead"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Start"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "End"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Estimated cost"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Funding"),
        QT_TRANSLATE_NOOP("PlanTreeModel", "Status"),
    )

    def __init__(self, mover: Mover, parent: Any = None) -> None:
        super().__init__(parent)
        self.mover = mover
        self.plan = PlanData()
        self.totals = PlanTotals()
        self._children: list[tuple[ActivityInfo, ...]] = []
        self._flagged: frozenset[uuid.UUID] = frozenset()
        self._references: dict[uuid.UUID, str] = {}
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)

    # -- contents ------------------------------------------------------------------------

    def set_plan(self, plan: PlanData, flagged: Sequence[uuid.UUID] = ()) -> None:
        """Show ``plan``; activities in ``flagged`` (with quality problems) are marked."""
        self.beginResetModel()
        self.plan = plan
        self.totals = plan_totals(plan)
        self._children = [plan.activities_of(o.id) for o in plan.objectives]
        self._flagged = frozenset(flagged)
        text = PlanText.for_interface()
        self._references = {o.id: text.reference(o.reference_id) for o in plan.objectives}
        self.endResetModel()

    def objective_at(self, index: Index) -> ObjectiveInfo | None:
        if not index.isValid() or index.internalId() != 0:
            return None
        return self.plan.objectives[index.row()]

    def activity_at(self, index: Index) -> ActivityInfo | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._children[index.internalId() - 1][index.row()]

    def objective_of(self, index: Index) -> ObjectiveInfo | None:
        """The objective at ``index``, or the one of the activity there."""
        activity = self.activity_at(index)
        if activity is not None:
            return self.plan.objective(activity.objective_id)
        return self.objective_at(index)

    def index_of(self, record_id: uuid.UUID) -> QModelIndex:
        for row, objective in enumerate(self.plan.objectives):
            if objective.id == record_id:
                return self.index(row, 0)
            for child, activity in enumerate(self._children[row]):
                if activity.id == record_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def retranslate(self) -> None:
        self.set_plan(self.plan, tuple(self._flagged))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)

    # -- structure -----------------------------------------------------------------------

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
            return len(self.plan.objectives)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanTreeModel", self.HEADERS[section])
        return None

    # -- data ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        objective = self.objective_at(index)
        if objective is not None:
            return self._objective_data(index.row(), objective, index.column(), role)
        activity = self.activity_at(index)
        assert activity is not None
        return self._activity_data(index, activity, role)

    def _objective_data(self, row: int, objective: ObjectiveInfo, column: int,
                        role: int) -> Any:
        if role == ID_ROLE:
            return objective.id
        if role == IS_OBJECTIVE_ROLE:
            return True
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COST:
            return _TRAILING
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == TITLE:
            reference = self._references.get(objective.id, "")
            text = f"{row + 1}. {objective.title}"
            if role == Qt.ItemDataRole.ToolTipRole and reference:
                return f"{text}\n{reference}"
            return isolate(text)
        if column == COST:
            return _amounts(self.totals.by_objective.get(objective.id, {}))
        return None

    def _activity_data(self, index: Index, activity: ActivityInfo, role: int) -> Any:
        column = index.column()
        if role == ID_ROLE:
            return activity.id
        if role == IS_OBJECTIVE_ROLE:
            return False
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COST:
            return _TRAILING
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE \
                and activity.id in self._flagged:
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return "\n".join(t for t in (activity.title, activity.description) if t)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == TITLE:
            number = f"{self.parent(index).row() + 1}.{index.row() + 1}"
            return isolate(f"{number} {activity.title}")
        if column == LEAD:
            return isolate(self.plan.organisation_name(activity.lead_organisation_id,
                                                       short=True))
        if column == START:
            return format_date(activity.start_date)
        if column == END:
            return format_date(activity.end_date)
        if column == COST:
            if activity.no_cost:
                return QCoreApplication.translate("PlanTreeModel", "No cost")
            if activity.estimated_cost is None:
                return ""
            return format_money(activity.estimated_cost, activity.currency, whole=True)
        if column == FUNDING:
            if activity.donor:
                return isolate(activity.donor)
            return label(activity.funding)
        if column == STATUS:
            return label(activity.status)
        return None

    # -- drag and drop -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        activity = next((a for a in map(self.activity_at, indexes) if a is not None), None)
        if activity is not None:
            data.setData(MIME_TYPE, QByteArray(activity.id.hex.encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        """Move the dragged activity; always False, so that the view removes no row: the
        tree is rebuilt from the dossier once the move is stored."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        activity_id = uuid.UUID(hex=bytes(data.data(MIME_TYPE).data()).decode())
        target = self.activity_at(parent)
        if target is not None:  # dropped onto an activity: take its place
            objective = self.plan.objective(target.objective_id)
            position = parent.row()
        else:
            objective = self.objective_at(parent)
            position = row if row >= 0 else len(self._children[parent.row()]) \
                if objective is not None else 0
        if objective is None:
            return False
        moving = self.plan.activity(activity_id)
        if moving is not None and moving.objective_id == objective.id:
            current = self.plan.activities_of(objective.id).index(moving)
            if current < position:
                position -= 1  # the rows after it move up once it leaves its place
        self.mover(activity_id, objective.id, position)
        return False


def _amounts(amounts: Mapping[str, int]) -> str:
    locale = QLocale()
    return locale.createSeparatedList([format_money(a, c, whole=True) if c else str(a)
                                       for c, a in amounts.items()])
