"""File > Exchange > Export package…: write the dossier to a package for another laptop.

A package holds names, phones and emails of officials; protecting it with a passphrase
is offered first and recommended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import DossierError
from ncm_desktop.storage.exchange.package import SUFFIX, Manifest, export_package
from ncm_desktop.ui.dossier_context import DossierContext

#: The shortest passphrase accepted: long enough to resist guessing offline.
MIN_PASSPHRASE = 8


class PackageExportDialog(QDialog):
    """Asks where to write the package and how to protect it; :attr:`manifest` holds
    what was written."""

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.manifest: Manifest | None = None
        self.setWindowTitle(self.tr("Export a package"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        explanation = QLabel(self.tr(
            "A package carries this dossier to another computer, where it can be merged "
            "into a dossier with File > Exchange > Merge package. It holds the names, phones "
            "and emails of the members: protect it with a passphrase, and give the "
            "passphrase separately (not on the same USB stick)."))
        explanation.setWordWrap(True)
        self.path = QLineEdit(str(context.folder / f"{context.name}{SUFFIX}"))
        self.path.setAccessibleName(self.tr("Package file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.protect = QCheckBox(self.tr("&Protect the package with a passphrase"))
        self.protect.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.protect.toggled.connect(self.passphrase.setEnabled)
        self.protect.toggled.connect(self.repeat.setEnabled)
        form = QFormLayout()
        path_label = QLabel(self.tr("Package &file:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        form.addRow("", self.protect)
        form.addRow(self.tr("Pa&ssphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.passphrase.setFocus()

    def run_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._show_problem(self.tr("Choose where to write the package."))
            return
        target = Path(text)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        passphrase = None
        if self.protect.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self._show_problem(fill(self.tr("The passphrase needs at least %1 characters."),
                                        str(MIN_PASSPHRASE)), self.passphrase)
                return
            if passphrase != self.repeat.text():
                self._show_problem(self.tr("The two passphrases differ. Type it again."),
                                   self.repeat)
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.manifest = export_package(self.context.writer(), target, passphrase)
        except (DossierError, OSError) as error:
            self._show_problem(error_message(error), self.path)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.path.setText(str(target))
        self.accept()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a package"), self.path.text(),
            self.tr("NCM Desktop packages (*.ncmx)"))
        if chosen:
            self.path.setText(chosen)

    def _show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.show()
        if field is not None:
            field.setFocus()
