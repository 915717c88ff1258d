"""The problems of the plan's quality check, each naming its activity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.plan import PlanText
from ncm_desktop.rules.plan_quality import Problem
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 21
WHERE, WHAT = range(2)


class QualityModel(ListTableModel[Problem]):
    CONTEXT = "QualityModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("QualityModel", "Activity"),
        QT_TRANSLATE_NOOP("QualityModel", "Point to settle"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, str]] = []

    def set_problems(self, problems: Sequence[Problem], numbers: dict[object, str],
                     text: PlanText) -> None:
        """``numbers`` gives each activity its number in the plan ("2.3")."""
        self.beginResetModel()
        self._rows = list(problems)
        plan = QCoreApplication.translate("QualityModel", "The plan")
        self._texts = [
            (f"{numbers.get(p.activity_id, '')} {p.activity_title}".strip()
             if p.activity_id else plan, text.problem(p)) for p in self._rows]
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == PROBLEM_ROLE:
            return self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return isolate(self._texts[index.row()][index.column()])
        return None
