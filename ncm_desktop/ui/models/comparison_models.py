"""The regional view as two sortable tables: States × clauses, and the common gaps.

Each cell gives its text for display and a number under :data:`SORT_ROLE`, which the
dialog's ``QSortFilterProxyModel`` sorts by: scores and counts sort as numbers, a State
with nothing to score in a clause sorts below every score.  The clause columns come
in the comparison's order, the gaps most States share first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ncm_desktop.i18n.bidi import isolate, left_to_right
from ncm_desktop.reports import comparison_text as words
from ncm_desktop.reports.comparison_text import ComparisonText, fill
from ncm_desktop.rules.comparison import CommonGap, Comparison, PlanState, StateResult
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.models.list_table_model import ListTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
#: The columns before the clauses, and the one that is text rather than a number.
FIXED_COLUMNS = 8
PLAN_COLUMN = 7
_PLAN_ORDER = {PlanState.ADOPTED: 2, PlanState.DRAFT: 1, PlanState.NOT_RECORDED: 0}


def two_lines(title: str, longer_than: int = 14) -> str:
    """A long column title broken at the space nearest its middle, so that the many
    columns of the table fit a laptop's screen (titles without spaces are kept whole)."""
    if len(title) <= longer_than or " " not in title:
        return title
    middle = len(title) / 2
    cut = min((i for i, c in enumerate(title) if c == " "), key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1:]}"


class StatesModel(ListTableModel[StateResult]):
    """One row per State; the summary columns, then a score for each clause."""

    CONTEXT = words.CONTEXT
    HEADERS = (words.STATE, words.SCORE, words.SHALL_GAPS, words.SHOULD_GAPS, words.ABSENT,
               words.CONTACTS_MISSING, words.CONTACTS_STALE, words.PLAN)

    def __init__(self, text: ComparisonText, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = text
        self.comparison = Comparison((), (), (), 1)

    def set_comparison(self, comparison: Comparison, text: ComparisonText) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.text = text
        self._rows = list(comparison.states)
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return FIXED_COLUMNS + len(self.comparison.clauses)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < FIXED_COLUMNS:
            title = super().headerData(section, orientation, role)
            if role == Qt.ItemDataRole.DisplayRole and isinstance(title, str):
                return two_lines(title)
            return title
        row = self.comparison.clauses[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return left_to_right(row.clause_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            gaps = fill(self.text.tr(words.LABELLED), self.text.tr(words.STATES_WITH_GAPS),
                        self.text.of(row.states_with_gaps, len(self.comparison.states)))
            return f"{self.text.clause(row.clause_id)}\n{gaps}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMBER if 0 < column != PLAN_COLUMN else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(state, index.row(), column)
        if role == SORT_ROLE:
            return self._key(state, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4:
                return self.text.categories(state)
            if column in (5, 6):
                return self.text.contacts(state)
            if column >= FIXED_COLUMNS:
                return self.text.clause(self.comparison.clauses[column - FIXED_COLUMNS].clause_id)
            return self._text(state, index.row(), column)
        return None

    def _text(self, state: StateResult, row: int, column: int) -> str:
        text = self.text
        if column == 0:
            return isolate(state.name)
        if column == 1:
            return left_to_right(text.percent(state.overall))  # '62%', never '%62'
        if column == PLAN_COLUMN:
            return text.plan(state)
        if column < FIXED_COLUMNS:
            return text.number(int(self._key(state, row, column)))
        return left_to_right(text.percent(
            self.comparison.clauses[column - FIXED_COLUMNS].tallies[row]))

    def _key(self, state: StateResult, row: int, column: int) -> Any:
        if column == 0:
            return state.name.casefold()
        if column == 1:
            return -1 if state.overall.percent is None else state.overall.percent
        if column == 2:
            return state.gaps_by_kind["shall"]
        if column == 3:
            return state.gaps_by_kind["should"]
        if column == 4:
            return len(state.absent_categories)
        if column == 5:
            return state.contacts_missing
        if column == 6:
            return state.contacts_stale
        if column == PLAN_COLUMN:
            return _PLAN_ORDER[state.plan]
        tally = self.comparison.clauses[column - FIXED_COLUMNS].tallies[row]
        return -1 if tally is None or tally.percent is None else tally.percent


class CommonGapsModel(ListTableModel[CommonGap]):
    """The provisions not met in several States, most States first."""

    CONTEXT = words.CONTEXT
    HEADERS = (words.PROVISION, words.KIND, words.STATES, words.WHICH, words.WHAT)

    def __init__(self, text: ComparisonText, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = text
        self.comparison = Comparison((), (), (), 1)

    def set_comparison(self, comparison: Comparison, text: ComparisonText) -> None:
        self.comparison = comparison
        self.text = text
        self.replace_rows(comparison.common_gaps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        gap = self._rows[index.row()]
        column = index.column()
        text = self.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMBER if column == 2 else None
        if role == SORT_ROLE:
            if column == 0:
                return index.row()  # the comparison's own order: most States first
            if column == 1:
                return gap.kind.rank
            if column == 2:
                return len(gap.states)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if column == 0:
                return left_to_right(text.provision(gap.provision_id))
            if column == 1:
                return text.kind(gap.kind)
            if column == 2:
                return text.of(len(gap.states), len(self.comparison.states))
            if column == 3:
                return isolate(text.states_of(gap, self.comparison))
            return text.provision_text(gap.provision_id)
        return None
