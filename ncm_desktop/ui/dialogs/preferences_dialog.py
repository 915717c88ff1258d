"""Tools > Preferences: the language of the interface and the user's name."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.languages import LANGUAGES, language, match
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.preferences import Preferences

NAME_LENGTH = 200


class PreferencesDialog(QDialog):
    """Shows ``prefs``; the window reads :meth:`language` and :meth:`user_name` on OK."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.language_box = QComboBox()
        system = language(match(QLocale.system().name())).native_name
        self.language_box.addItem(
            fill(self.tr("Same as the system (%1)"), isolate(system)), "")
        for choice in LANGUAGES:  # each in its own language, so anyone finds theirs
            self.language_box.addItem(choice.native_name, choice.code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(prefs.language), 0))
        self.language_box.setAccessibleName(self.tr("Language of the interface"))

        self.name = QLineEdit(prefs.user_name)
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setAccessibleName(self.tr("Your name"))
        name_help = QLabel(self.tr(
            "Recorded with the changes you make, so that colleagues who share a dossier "
            "know who changed what."))
        name_help.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Language of the interface"), self.language_box)
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow("", name_help)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def language(self) -> str:
        """The chosen language code; "" to follow the system's language."""
        return str(self.language_box.currentData())

    def user_name(self) -> str:
        return " ".join(self.name.text().split())
