"""The Table 1 matrix with suggestions to confirm, and the flags of each area."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.findings import FindingsText
from ncm_desktop.rules.responsibilities import area_messages, suggestions
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import ResponsibilityRole
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor
from ncm_desktop.ui.models.delegates import ChoiceDelegate
from ncm_desktop.ui.models.matrix_model import MatrixModel, role_choices

#: Areas share the width; below this the matrix scrolls sideways instead.
AREA_MIN_WIDTH = 84


class MatrixEditor(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = MatrixModel(self.save, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegate(ChoiceDelegate(lambda _i: role_choices(), self.table))
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(AREA_MIN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setMaximumWidth(170)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

        self.suggest_button = QPushButton()
        self.confirm_all_button = QPushButton()
        self.discard_button = QPushButton()
        self.suggest_button.clicked.connect(self.suggest)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.discard_button.clicked.connect(self.discard)
        self.lead_action = self._action("L", lambda: self._set(ResponsibilityRole.LEAD))
        self.support_action = self._action("S", lambda: self._set(ResponsibilityRole.SUPPORT))
        self.clear_action = self._action(QKeySequence.StandardKey.Delete, lambda: self._set(None))
        self.confirm_action = self._action("C", self.confirm_current)
        self.keys = QLabel()
        self.keys.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setObjectName("areaFlags")
        self.flags.setWordWrap(True)
        self.flags.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flags.setStyleSheet(
            "QLabel#areaFlags { background: #fef7e0; border: 1px solid #f9ab00; padding: 6px; }")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.suggest_button, self.confirm_all_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.keys)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.flags)
        self.retranslate()

    def _action(self, key: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(self.table)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Which member organisation leads and which supports each functional area of "
            "Table 1 (clause 9). One lead per area avoids duplicated roles (7.3.2 d). Shaded "
            "cells are where Table 1 names the organisation's kind of entity."))
        self.keys.setText(self.tr(
            "Keys: L lead, S support, Delete clear, C confirm a suggestion, F2 choose."))
        self.table.setAccessibleName(self.tr("Responsibilities matrix"))
        self.suggest_button.setText(self.tr("&Suggest from Table 1"))
        self.confirm_all_button.setText(self.tr("&Confirm all suggestions"))
        self.discard_button.setText(self.tr("&Discard suggestions"))
        self.empty_hint.setText(self.tr(
            "No organisation takes part as a full member or observer yet: add them on the "
            "Composition or Organisations page."))
        self.flags.setAccessibleName(self.tr("What to look at"))
        self.model.retranslate()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        current = self.table.currentIndex()
        self.model.show(snapshot, self.catalog)
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        text = FindingsText.for_interface()
        messages = area_messages(snapshot, self.catalog)
        self.flags.setText("\n".join(f"• {text.message(m)}" for _, m in messages))
        self.flags.setVisible(bool(messages))
        unconfirmed = any(not e.confirmed for e in snapshot.responsibilities)
        writable = not self.context.read_only
        self.empty_hint.setVisible(not self.model.rowCount())
        self.suggest_button.setEnabled(writable and bool(suggestions(snapshot, self.catalog)))
        self.confirm_all_button.setEnabled(writable and unconfirmed)
        self.discard_button.setEnabled(writable and unconfirmed)

    def _set(self, role: ResponsibilityRole | None) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.set_cell(index, role)

    def confirm_current(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry(index)
        if entry is not None and not entry.confirmed:
            self.model.set_cell(index, entry.role, True)

    def suggest(self) -> None:
        if self.snapshot is None:
            return
        found = suggestions(self.snapshot, self.catalog)
        self.save(setup.add_suggested_responsibilities, found)

    def confirm_all(self) -> None:
        self.save(setup.confirm_responsibilities, None)

    def discard(self) -> None:
        self.save(setup.discard_suggestions)

    def focus_field(self, field: str) -> QWidget | None:
        if not field.startswith("area:"):
            return None
        column = self.model.column_of(field.split(":", 1)[1])
        if column is not None and self.model.rowCount():
            row = 0
            for candidate in range(self.model.rowCount()):
                entry = self.model.entry(self.model.index(candidate, column))
                if entry is not None and entry.role is ResponsibilityRole.LEAD:
                    row = candidate
                    break
            index = self.model.index(row, column)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(index)
        self.table.setFocus()
        return self.table
