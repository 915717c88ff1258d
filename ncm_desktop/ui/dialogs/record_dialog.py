"""A form that saves one record and keeps the user in it until the values are right."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.storage.errors import DossierError, RecordChangedElsewhere, ValidationError

if TYPE_CHECKING:
    from ncm_desktop.ui.dossier_context import DossierContext


class RecordDialog(QDialog):
    """Subclasses add rows to :attr:`form`, register fields and implement :meth:`save`.

    ``save`` writes to the dossier and raises :class:`ValidationError` for a bad value;
    the dialog then shows the message, focuses the field and stays open, and nothing
    has been written.
    """

    def __init__(self, record_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The record being edited; set by :meth:`save` when a new one is added.
        self.record_id = record_id
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}
        self.setMinimumWidth(520)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row; the label's mnemonic and accessible name point at ``widget``."""
        self.form.addRow(label, widget)
        widget.setAccessibleName(label.replace("&", ""))
        self._fields[name] = widget
        return widget

    def add_history_button(self, context: DossierContext, table_name: str) -> None:
        """A "History…" button showing who changed this record, what and when (only for
        a record that exists)."""
        if self.record_id is None:
            return
        record_id = self.record_id
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("History of this record"))
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)

        def show_history() -> None:
            from ncm_desktop.ui.dialogs.history_dialog import HistoryDialog

            dialog = HistoryDialog(context, table_name, record_id, self.windowTitle(), self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.history_button.clicked.connect(show_history)

    def save(self) -> None:
        raise NotImplementedError

    def resolve_conflict(self, conflict: RecordChangedElsewhere) -> bool:
        """Someone else saved the record since this dialog read it: nothing was written.
        Say so; a dialog that can show both versions overrides this to let the user
        choose.  True when the dialog may close."""
        self.show_problem(error_message(conflict), "")
        return False

    def _try_save(self) -> None:
        try:
            self.save()
        except ValidationError as problem:
            self.show_problem(error_message(problem), problem.field)
            return
        except RecordChangedElsewhere as conflict:
            if self.resolve_conflict(conflict):
                self.accept()
            return
        except DossierError as fault:  # a server gone away: nothing was half-saved
            self.show_problem(error_message(fault), "")
            return
        self.accept()

    def show_problem(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
