"""The set-up assistant (a QWizard): the State, the instruments joined, the National
Authority, the Points of Contact and the composition, saved as the user goes.

It remembers its step in the dossier, so that it resumes where it was left, and opens by
itself on a new, empty dossier unless the user chose not to see it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from ncm_desktop.storage import repository
from ncm_desktop.storage.dossier_data import load_snapshot, read_setting
from ncm_desktop.storage.setup_settings import (
    ASSISTANT_AUTO_KEY,
    ASSISTANT_FINISHED_KEY,
    ASSISTANT_HIDDEN_KEY,
    ASSISTANT_STEP_KEY,
)
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.wizard.authority_step import AuthorityStep
from ncm_desktop.ui.wizard.composition_step import CompositionStep
from ncm_desktop.ui.wizard.contacts_step import ContactsStep
from ncm_desktop.ui.wizard.finish_step import FinishStep
from ncm_desktop.ui.wizard.instruments_step import InstrumentsStep
from ncm_desktop.ui.wizard.state_step import StateStep
from ncm_desktop.ui.wizard.welcome_step import WelcomeStep

WELCOME, STATE, INSTRUMENTS, AUTHORITY, CONTACTS, COMPOSITION, FINISH = range(7)


def should_start(context: DossierContext) -> bool:
    """Start by itself on a new, empty dossier, and again where it was left half-way
    after starting by itself (opened from the Tools menu, it waits to be asked)."""
    reader = context.reader
    if context.read_only or read_setting(reader, ASSISTANT_HIDDEN_KEY) == "1":
        return False
    if read_setting(reader, ASSISTANT_FINISHED_KEY) == "1":
        return False
    if read_setting(reader, ASSISTANT_AUTO_KEY) == "1" and read_setting(
            reader, ASSISTANT_STEP_KEY):
        return True
    return load_snapshot(reader).is_empty


class SetupWizard(QWizard):
    #: The user asked to see the Readiness page when finishing.
    open_dashboard = Signal()

    def __init__(self, context: DossierContext, parent: QWidget | None = None, *,
                 automatic: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        if automatic:
            repository.set_setting(context.writer(), ASSISTANT_AUTO_KEY, "1")
        self.setObjectName("setupAssistant")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.steps = {
            WELCOME: WelcomeStep(),
            STATE: StateStep(context),
            INSTRUMENTS: InstrumentsStep(context),
            AUTHORITY: AuthorityStep(context),
            CONTACTS: ContactsStep(context),
            COMPOSITION: CompositionStep(context),
            FINISH: FinishStep(context),
        }
        for step_id, page in self.steps.items():
            self.setPage(step_id, page)
        saved = read_setting(context.reader, ASSISTANT_STEP_KEY)
        if saved.isdigit() and int(saved) in self.steps and int(saved) != FINISH:
            self.setStartId(int(saved))
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._remember_step)
        self.retranslate()
        self.resize(980, 660)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set-up assistant"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Don't show again"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(self.tr(
            "Close the assistant and do not open it by itself again; Tools > Set-up "
            "assistant still opens it."))

    def _remember_step(self, step_id: int) -> None:
        if step_id >= 0 and not self.context.read_only:
            repository.set_setting(self.context.writer(), ASSISTANT_STEP_KEY, str(step_id))

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            repository.set_setting(self.context.writer(), ASSISTANT_HIDDEN_KEY, "1")
            self.reject()

    def accept(self) -> None:
        writer = self.context.writer()
        repository.set_setting(writer, ASSISTANT_FINISHED_KEY, "1")
        repository.set_setting(writer, ASSISTANT_STEP_KEY, "")
        repository.set_setting(writer, ASSISTANT_AUTO_KEY, "")
        open_dashboard = self.steps[FINISH].open_dashboard.isChecked()  # type: ignore[attr-defined]
        super().accept()
        if open_dashboard:
            self.open_dashboard.emit()
