"""The instruments the State has joined (clause 4 and regional ones, 7.2 NOTE 1)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.findings import FindingsText
from ncm_desktop.rules.framework import mechanism_note
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor
from ncm_desktop.ui.models.delegates import DateDelegate
from ncm_desktop.ui.models.instruments_model import JOINED_ON, NAME, InstrumentsModel
from ncm_desktop.ui.widgets.tables import make_table


class InstrumentsEditor(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.model = InstrumentsModel(self.save, self)
        self.table = make_table(self.model, fit_rows=True)
        self.table.setItemDelegateForColumn(JOINED_ON, DateDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.note = QLabel()
        self.note.setObjectName("mechanismNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setStyleSheet(
            "QLabel#mechanismNote { background: #e8f0fe; border: 1px solid #8ab4f8; "
            "padding: 6px; }")
        self.note.hide()

        self.other_label = QLabel()
        self.other_name = QLineEdit()
        self.other_name.setMaxLength(300)
        self.other_label.setBuddy(self.other_name)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_other)
        self.other_name.returnPressed.connect(self.add_other)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        other = QHBoxLayout()
        other.addWidget(self.other_label)
        other.addWidget(self.other_name, 1)
        other.addWidget(self.add_button)
        other.addWidget(self.remove_button)

        self.box = QGroupBox()
        inside = QVBoxLayout(self.box)
        inside.addWidget(self.title)
        inside.addWidget(self.table)
        inside.addLayout(other)
        inside.addWidget(self.note)
        inside.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Instruments joined (clause 4)"))
        self.title.setText(self.tr(
            "Tick each instrument the State has joined; each one of clause 4 needs a "
            "National Point of Contact (clause 6). Some regional treaties make a national "
            "mechanism legally required."))
        self.table.setAccessibleName(self.tr("Instruments"))
        self.other_label.setText(self.tr("&Other regional instrument:"))
        self.other_name.setAccessibleName(self.tr("Other regional instrument"))
        self.other_name.setPlaceholderText(self.tr("Its name, as the State refers to it"))
        self.add_button.setText(self.tr("Add as joined"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected instrument entered by name"))
        self.model.retranslate()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.model.show(snapshot, self.catalog)
        note = mechanism_note(snapshot, self.catalog)
        if note is None:
            self.note.hide()
        else:
            self.note.setText(FindingsText.for_interface().message(note))
            self.note.show()
        self._update_buttons()

    def add_other(self) -> None:
        name = self.other_name.text()
        values = setup.CustomInstrumentValues(name, joined=True)
        if self.save(setup.save_custom_instrument, values,
                     field_widget=self.other_name):
            self.other_name.clear()

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.custom and row.membership_id is not None:
            self.save(setup.delete_custom_instrument, row.membership_id)

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        custom = index.isValid() and self.model.row_at(index.row()).custom
        self.remove_button.setEnabled(bool(custom) and not self.context.read_only)

    def focus_field(self, field: str) -> QWidget | None:
        if field == "instruments":
            self.table.setFocus()
            return self.table
        if field.startswith("instrument:"):
            row = self.model.row_of(field.split(":", 1)[1])
            if row is not None:
                index = self.model.index(row, NAME)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.table.setFocus()
                return self.table
        if field == "other_instrument":
            self.other_name.setFocus()
            return self.other_name
        return None
