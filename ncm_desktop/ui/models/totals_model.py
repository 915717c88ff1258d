"""The plan's costs added up: by objective, by lead, by funding source, and not funded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.plan import PlanText
from ncm_desktop.rules.plan_totals import PlanTotals
from ncm_desktop.storage.plan_queries import PlanData
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel

_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class TotalsModel(ListTableModel[tuple[str, str, bool]]):
    """Rows of (text, amounts, bold): group headings are bold with no amount."""
    CONTEXT = "TotalsModel"

    HEADERS = (
        QT_TRANSLATE_NOOP("TotalsModel", "Item"),
        QT_TRANSLATE_NOOP("TotalsModel", "Estimated cost"),
    )


    def set_totals(self, plan: PlanData, totals: PlanTotals, text: PlanText) -> None:
        translate = QCoreApplication.translate

        def money(amounts: Mapping[str, int]) -> str:
            return text.money(amounts) if amounts else "—"

        rows: list[tuple[str, str, bool]] = [
            (translate("TotalsModel", "Total"), money(totals.overall), True),
            (translate("TotalsModel", "Not funded yet"), money(totals.unfunded), True),
            (translate("TotalsModel", "By objective"), "", True)]
        for number, objective in enumerate(plan.objectives, start=1):
            rows.append((f"{number}. {objective.title}",
                         money(totals.by_objective.get(objective.id, {})), False))
        rows.append((translate("TotalsModel", "By lead organisation"), "", True))
        for lead, amounts in totals.by_lead.items():
            rows.append((plan.organisation_name(lead) or translate("TotalsModel", "No lead"),
                         money(amounts), False))
        rows.append((translate("TotalsModel", "By funding source"), "", True))
        for source, amounts in totals.by_source.items():
            rows.append((text.source(source), money(amounts), False))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, amount, bold = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return isolate(name) if index.column() == 0 else amount
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return _TRAILING
        return None
