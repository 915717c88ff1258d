"""The readiness findings as a table, and the scores by clause and by priority."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
)
from PySide6.QtGui import QColor

from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.rules.findings import Finding, Status
from ncm_desktop.rules.readiness import Tally
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel

FINDING_ROLE = Qt.ItemDataRole.UserRole + 13
STATUS_COLOURS = {
    Status.MET: "#1e8e3e",
    Status.PARTLY_MET: "#e37400",
    Status.NOT_MET: "#b00020",
    Status.UNANSWERED: "#6a1b9a",
    Status.NOT_APPLICABLE: "#5f6368",
}
CLAUSE, KIND, STATUS, MESSAGE, DECIDED = range(5)


class FindingsModel(ListTableModel[Finding]):
    CONTEXT = "FindingsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Clause"),
        QT_TRANSLATE_NOOP("FindingsModel", "Kind"),
        QT_TRANSLATE_NOOP("FindingsModel", "Status"),
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
        QT_TRANSLATE_NOOP("FindingsModel", "Decided"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []

    def set_findings(self, findings: Sequence[Finding], text: FindingsText) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self._texts = [text.message(f.message) for f in self._rows]
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def row_of(self, provision_id: str) -> int | None:
        return next((i for i, f in enumerate(self._rows)
                     if f.provision_id == provision_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == CLAUSE:
                return clause_label(finding.provision_id)
            if column == KIND:
                return label(finding.kind)
            if column == STATUS:
                return label(finding.status)
            if column == MESSAGE:
                return self._texts[index.row()]
            return label(finding.decided)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLOURS[finding.status])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)


class ScoreModel(ListTableModel[tuple[str, Tally]]):
    """One score per row (a clause, or a priority): per cent, then counts by status."""
    CONTEXT = "ScoreModel"

    HEADERS = (
        QT_TRANSLATE_NOOP("ScoreModel", "Part"),
        QT_TRANSLATE_NOOP("ScoreModel", "Score"),
        QT_TRANSLATE_NOOP("ScoreModel", "Met"),
        QT_TRANSLATE_NOOP("ScoreModel", "Partly"),
        QT_TRANSLATE_NOOP("ScoreModel", "Not met"),
        QT_TRANSLATE_NOOP("ScoreModel", "To answer"),
    )


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        title, tally = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        locale = QLocale()
        if column == 0:
            return title
        if column == 1:
            return percent_text(tally.percent)
        value = (tally.met, tally.partly_met, tally.not_met, tally.unanswered)[column - 2]
        return locale.toString(value)


def percent_text(percent: int | None) -> str:
    if percent is None:
        return "—"
    return QCoreApplication.translate("ScoreModel", "%1%").replace(
        "%1", QLocale().toString(percent))
