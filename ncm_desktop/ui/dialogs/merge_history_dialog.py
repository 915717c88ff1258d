"""File > Exchange > Merge history…: every version of a record that a merge set aside.

Nothing a merge replaces or deletes is lost: this lists those versions, newest first,
searchable by record, with the selected version's fields beside the record as it is
now in the dossier.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ncm_desktop.storage.exchange.history import merge_history
from ncm_desktop.storage.exchange.rows import Row, encode
from ncm_desktop.storage.models import Base
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.merge_models import (
    MergeHistoryModel,
    ValuePresenter,
    VersionsModel,
    record_name,
)
from ncm_desktop.ui.models.record_table_model import SearchProxyModel
from ncm_desktop.ui.widgets.tables import list_table


class MergeHistoryDialog(QDialog):
    def __init__(self, context: DossierContext, record_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Merge history"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by record"))
        self.search.setAccessibleName(self.tr("Search the merge history"))
        self.model = MergeHistoryModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.view = self._table()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAccessibleName(self.tr("Versions set aside by merges"))
        self.view.selectionModel().currentRowChanged.connect(self._show_version)
        self.versions = VersionsModel(
            ValuePresenter(lambda table, key: record_name(context, table, key)), self)
        self.version_view = self._table()
        self.version_view.setModel(self.versions)
        self.version_view.setAccessibleName(self.tr("The version set aside and the record now"))
        self.empty = QLabel(self.tr("No merge has set any version aside."))
        self.empty.setWordWrap(True)

        with context.writer().session() as session:
            entries = merge_history(session, record_id)
        self.model.set_rows(entries)
        self.empty.setVisible(not entries)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.resizeColumnsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.version_view)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(960, screen.width() - 40), min(600, screen.height() - 60))
        if entries:
            self.view.selectRow(0)

    def _show_version(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        entry = self.model.row_at(self.proxy.mapToSource(current).row())
        now = self._current(entry.table_name, entry.record_id)
        self.versions.set_versions(entry.table_name, entry.row, now or {}, (
            self.tr("Version set aside"),
            self.tr("In the dossier now") if now else self.tr("No longer in the dossier")))
        self.version_view.resizeColumnsToContents()

    def _current(self, table_name: str, record_id: uuid.UUID) -> Row | None:
        table = Base.metadata.tables.get(table_name)
        if table is None or "id" not in table.c:
            return None
        with self.context.writer().session() as session:
            found = session.execute(select(table).where(table.c.id == record_id)).first()
        if found is None:
            return None
        return {name: encode(value) for name, value in found._mapping.items()}

    def _table(self) -> QTableView:
        view = list_table()
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view
