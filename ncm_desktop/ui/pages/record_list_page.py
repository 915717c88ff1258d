"""A searchable, sortable table of records with add, edit, delete and undo."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.record_table_model import ID_ROLE, RecordTableModel, SearchProxyModel
from ncm_desktop.ui.pages.page import Page
from ncm_desktop.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from ncm_desktop.storage.cascade_delete import DeletedRows
    from ncm_desktop.ui.dialogs.record_dialog import RecordDialog


#: Widest a column starts (in pixels); longer texts are elided and shown in a tooltip.
MAX_COLUMN_WIDTH = 320


class RecordListPage(Page):
    """Subclasses give the model, the rows, the editor and the delete."""

    def __init__(self, context: DossierContext, model: RecordTableModel[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = model
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(model)

        self.heading = self.make_heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)

        self.table = list_table(self.proxy, fixed_rows=True,
                                selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)
        self.table.activated.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.count = QLabel()
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("emptyHint")

        style = self.style()
        self.add_action = self._action(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                       QKeySequence(Qt.Key.Key_Insert), self.add)
        self.edit_action = self._action(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            QKeySequence(Qt.Key.Key_F2), self.edit_selected)
        self.delete_action = self._action(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
            QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)
        self.find_action = self._action(None, QKeySequence(QKeySequence.StandardKey.Find),
                                        self._focus_search)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.add_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)

        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.table)
        self._sized = False

    # -- for subclasses ----------------------------------------------------------------

    def load_rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def editor(self, record_id: uuid.UUID | None) -> RecordDialog:
        raise NotImplementedError

    def delete_records(self, ids: list[uuid.UUID]) -> DeletedRows:
        raise NotImplementedError

    def delete_question(self, rows: list[Any]) -> tuple[str, str]:
        """The title and text of the confirmation, and (as title) what undo will name."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    # -- behaviour ---------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_ids()
        self.model.set_rows(self.load_rows())
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
            self._sized = True
        self._reselect(selected)
        self._update_count()
        self._update_actions()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def select_id(self, record_id: uuid.UUID) -> None:
        self._reselect([record_id])

    def add(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open_editor(ids[0])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.context.read_only:
            return
        rows = [self.model.row_at(self.model.row_of(i)) for i in ids]  # type: ignore[arg-type]
        title, text = self.delete_question(rows)
        if not ask.confirm(self, title, text):
            return
        deleted = self.delete_records(ids)
        self.context.remember_delete(title, deleted)
        self.context.announce_changes()

    def _open_editor(self, record_id: uuid.UUID | None) -> None:
        if self.context.read_only:
            return
        dialog = self.editor(record_id)
        dialog.accepted.connect(lambda: self._after_edit(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_edit(self, dialog: RecordDialog) -> None:
        if dialog.record_id is not None:
            self.select_id(dialog.record_id)

    def _edit_index(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self._open_editor(record_id)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _reselect(self, ids: list[uuid.UUID]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            flag = QItemSelectionModel.SelectionFlag
            selection.select(index, (flag.ClearAndSelect if first else flag.Select) | flag.Rows)
            if first:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
            first = False

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(self.count_text(self.proxy.rowCount(), total))
        self.empty_hint.setVisible(total == 0)

    def _update_actions(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        writable = not self.context.read_only
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and has_selection)
        self.delete_action.setEnabled(writable and has_selection)

    def _action(self, icon: Any, shortcut: QKeySequence, slot: Any) -> QAction:
        action = QAction(self)
        if icon is not None:
            action.setIcon(icon)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action
