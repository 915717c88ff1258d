"""Choose people of the dossier by searching: one to designate as a Point of Contact, or
several to invite to a meeting."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.storage import queries
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.people_table_model import PeopleTableModel
from ncm_desktop.ui.models.record_table_model import ID_ROLE, SearchProxyModel
from ncm_desktop.ui.widgets.tables import list_table


class PersonPicker(QDialog):
    """Lists every person (fast for 10,000); Enter or double-click chooses.

    With ``multiple``, several people can be selected (Ctrl or Shift with a click or the
    arrow keys, Ctrl+A for all shown); ``title`` and ``explanation`` replace the texts
    about Points of Contact.
    """

    def __init__(self, context: DossierContext, parent: QWidget | None = None, *,
                 title: str = "", explanation: str = "", multiple: bool = False) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(title or self.tr("Designate a Point of Contact"))
        self.model = PeopleTableModel(self)
        self.model.set_rows(queries.people(context.reader))
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.explanation = QLabel(explanation or self.tr(
            "Choose the person designated as National Point of Contact. Someone not in the "
            "dossier yet is added first on the People page, or with “Add a new person”."))
        self.explanation.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, organisation or title"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.textChanged.connect(self._on_search)
        self.table = list_table(self.proxy, selection=(
            QAbstractItemView.SelectionMode.ExtendedSelection if multiple
            else QAbstractItemView.SelectionMode.SingleSelection))
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        for column, width in enumerate((220, 240, 100, 80)):
            self.table.setColumnWidth(column, width)
        self._select_first()
        self.search.setFocus()

    @property
    def person_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    @property
    def person_ids(self) -> list[uuid.UUID]:
        """Everyone selected, in the order shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ID_ROLE) for index in rows]

    def accept(self) -> None:
        if self.person_id is not None or self.person_ids:
            super().accept()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
