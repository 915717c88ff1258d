"""Who changed a record, what and when, from the dossier's change log."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.messages import field_name
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import history
from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.storage.sqlite_module import sqlite3
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.history_table_model import HistoryRow, HistoryTableModel
from ncm_desktop.ui.widgets.tables import list_table


class ValueText:
    """Shows a logged value the way the forms show it: enum labels, dates in the
    interface's locale, the name of a referenced organisation or person."""

    def __init__(self, reader: sqlite3.Connection, table_name: str) -> None:
        from sqlalchemy import Date, Enum

        from ncm_desktop.storage.models import Base

        self._reader = reader
        self._enums: dict[str, type] = {}
        self._dates: set[str] = set()
        self._references: dict[str, str] = {}
        table = Base.metadata.tables.get(table_name)
        for column in table.columns if table is not None else ():
            if isinstance(column.type, Enum) and column.type.enum_class is not None:
                self._enums[column.name] = column.type.enum_class
            elif isinstance(column.type, Date):
                self._dates.add(column.name)
            for key in column.foreign_keys:
                self._references[column.name] = key.column.table.name

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if field in self._enums:
            try:
                return label(self._enums[field](value))
            except (ValueError, KeyError):
                return str(value)
        if field in self._dates:
            day = QDate.fromString(str(value), Qt.DateFormat.ISODate)
            return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() \
                else str(value)
        if field in self._references:
            return self._name_of(self._references[field], str(value))
        return str(value)

    def _name_of(self, table: str, hex_id: str) -> str:
        for column in ("name", "full_name"):
            try:
                row = self._reader.execute(
                    f'SELECT "{column}" FROM "{table}" WHERE id = ?', (hex_id,)).fetchone()
            except sqlite3.OperationalError:
                continue
            return row[0] if row else QCoreApplication.translate("HistoryDialog", "(deleted)")
        return hex_id


class HistoryDialog(QDialog):
    def __init__(self, context: DossierContext, table_name: str, record_id: uuid.UUID,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("History: %1"), title))
        self.model = HistoryTableModel(self)
        self.table = list_table(self.model,
                                selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Changes"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr(
            "No change is recorded for this record: it was last changed before NCM Desktop "
            "kept a change log."))
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        rows = self.rows(context.reader, table_name, record_id)
        self.model.replace_rows(rows)
        self.empty.setVisible(not rows)
        self.table.resizeColumnsToContents()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.resize(820, 400)

    @staticmethod
    def rows(reader: sqlite3.Connection, table_name: str,
             record_id: uuid.UUID) -> list[HistoryRow]:
        text = ValueText(reader, table_name)
        rows = []
        for change in history.history(reader, table_name, record_id):
            fields = sorted(change.fields.items(), key=lambda item: field_name(item[0]))
            if not fields:
                rows.append(HistoryRow(change.at, change.user, change.action, "", "", ""))
            for field, (old, new) in fields:
                before = "" if change.action in (ChangeAction.INSERT, ChangeAction.RESTORE) \
                    else text(field, old)
                after = "" if change.action is ChangeAction.DELETE else text(field, new)
                rows.append(HistoryRow(change.at, change.user, change.action,
                                       field_name(field), before, after))
        return rows
