"""What changed for each provision since the previous baseline, as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.rules.baselines import Change, ProvisionChange
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel

PROVISION, BEFORE, NOW, CHANGE = range(4)
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 14
#: A sign before the change, so that it reads without colour too.
MARKS = {Change.NEWLY_MET: "▲", Change.IMPROVED: "△", Change.SLIPPED_BACK: "▼"}


class ProgressModel(ListTableModel[ProvisionChange]):
    CONTEXT = "ProgressModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ProgressModel", "Provision"),
        QT_TRANSLATE_NOOP("ProgressModel", "Then"),
        QT_TRANSLATE_NOOP("ProgressModel", "Now"),
        QT_TRANSLATE_NOOP("ProgressModel", "Change"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == CHANGE_ROLE:
            return item
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == PROVISION:
            return clause_label(item.provision_id)
        if column == BEFORE:
            return label(item.before)
        if column == NOW:
            return label(item.after)
        return f"{MARKS[item.change]} {label(item.change)}"

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
