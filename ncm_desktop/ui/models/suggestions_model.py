"""Suggested activities as a table: what to do, the provision it answers, and its gap."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from ncm_desktop.i18n.bidi import isolate, left_to_right
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.plan import PlanText
from ncm_desktop.rules.suggestions import Suggestion
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 20
ACTIVITY, PROVISION, GAP = range(3)


class SuggestionsModel(ListTableModel[Suggestion]):
    CONTEXT = "SuggestionsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SuggestionsModel", "Suggested activity"),
        QT_TRANSLATE_NOOP("SuggestionsModel", "Provision"),
        QT_TRANSLATE_NOOP("SuggestionsModel", "Gap"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []

    def set_suggestions(self, suggestions: Sequence[Suggestion], text: PlanText) -> None:
        self.beginResetModel()
        self._rows = list(suggestions)
        self._titles = [text.title(s) for s in self._rows]
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def title(self, row: int) -> str:
        return self._titles[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.key == key), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        suggestion = self._rows[index.row()]
        column = index.column()
        if role == SUGGESTION_ROLE:
            return suggestion
        if role == Qt.ItemDataRole.FontRole and suggestion.dismissed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTIVITY:
            return self._titles[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ACTIVITY:
            title = isolate(self._titles[index.row()])
            if suggestion.dismissed:
                return fill(QCoreApplication.translate("SuggestionsModel", "%1 (dismissed)"), title)
            return title
        finding = suggestion.finding
        if column == PROVISION:
            kind = label(finding.kind) if finding else ""
            return f"{left_to_right(clause_label(suggestion.provision_id))} · {kind}"
        if column == GAP and finding is not None:
            return label(finding.status)
        return None
