"""Common set-up of the tables of the set-up pages."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.SelectedClicked
                 | QAbstractItemView.EditTrigger.AnyKeyPressed)


def make_table(model: QAbstractItemModel, parent: QWidget | None = None, *,
               fit_rows: bool = False) -> QTableView:
    """A table over ``model``: cell by cell with the keyboard (F2 or typing edits, Space
    ticks), rows of one line; with ``fit_rows`` as tall as its rows, so that the page
    scrolls rather than the table."""
    table = FittedTableView(parent) if fit_rows else QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(EDIT_TRIGGERS)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return table


class FittedTableView(QTableView):
    """A table whose height follows its row count (no inner vertical scroll bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = (self.horizontalHeader().sizeHint().height()
                  + rows * self.verticalHeader().defaultSectionSize()
                  + 2 * self.frameWidth())
        if self.horizontalScrollBar().isVisible() or self.horizontalScrollBarPolicy() \
                == Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height + 2)


def list_table(model: QAbstractItemModel | None = None, *, view: QTableView | None = None,
               selection: QAbstractItemView.SelectionMode =
               QAbstractItemView.SelectionMode.SingleSelection,
               fixed_rows: bool = False) -> QTableView:
    """A read-only table of records, one per row (``view`` when given, else a new one):
    whole rows are selected, nothing is edited in place, one line per row, alternating
    colours, no row numbers, Tab leaves the table; with ``fixed_rows`` every row has the
    same height, which keeps long lists fast."""
    table = view if view is not None else QTableView()
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.hide()
    if fixed_rows:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table
