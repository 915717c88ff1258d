"""File > Backups…: the dossier's backups, newest first; make one, or restore one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import backups
from ncm_desktop.storage.errors import DossierError
from ncm_desktop.storage.sqlite_module import sqlite3
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.backups_table_model import BackupRow, BackupsTableModel
from ncm_desktop.ui.widgets.tables import list_table


class BackupsDialog(QDialog):
    """``restore`` is the window's: it closes the dossier, restores ``backup`` over it
    (backing up the current state first) and opens it again; True when it worked."""

    def __init__(self, context: DossierContext, restore: Callable[[Path], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._restore = restore
        self.setWindowTitle(self.tr("Backups"))
        self.explanation = QLabel(self.tr(
            "NCM Desktop backs the dossier up when it is opened, every 30 minutes while "
            "it is being changed, and before every upgrade, import, merge or restore. "
            "Older backups are thinned out: all of the last day, then one a day for 12 "
            "days, one a week for 10 weeks and one a month for 9 months."))
        self.explanation.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsTableModel(self)
        self.table = list_table(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(self.tr("There is no backup of this dossier yet."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.setEnabled(not context.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.folder)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.context.wait_for_background()  # a backup being made now belongs in the list
        rows = []
        for backup in backups.backups_for(self.context.path):
            try:
                summary: backups.BackupSummary | None = backups.summary(backup.path)
            except sqlite3.Error:
                summary = None
            rows.append(BackupRow(backup, summary))
        self.model.replace_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.select_row(0)
            self.folder.setText(fill(self.tr("Folder: %1"), str(rows[0].backup.path.parent)))
        self._update_buttons()

    def select_row(self, row: int) -> None:
        """Through the selection model: ``QTableView.selectRow`` selects nothing in a
        right-to-left layout before the table has been shown."""
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        try:
            self.context.backup_now(backups.Reason.MANUAL)
        except (DossierError, OSError) as error:
            ask.warn(self, self.tr("Backups"), error_message(error))
            return
        self.reload()

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None or row.summary is None or self.context.read_only:
            return
        when = self.model.index(self.table.currentIndex().row(), 0).data()
        if not ask.confirm(self, self.tr("Restore a backup"), fill(self.tr(
                "Replace the dossier by the backup made on %1? Its current state is backed "
                "up first, so you can come back to it from this list."), when)):
            return
        if self._restore(row.backup.path):
            self.accept()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.restore_button.setEnabled(
            row is not None and row.summary is not None and not self.context.read_only)
