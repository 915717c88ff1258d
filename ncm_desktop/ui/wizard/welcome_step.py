"""The first step: what the assistant does and how it saves."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage


class WelcomeStep(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Set up the national coordinating mechanism"))
        self.setSubTitle(self.tr("Clause by clause, as MOSAIC 03.40 describes it."))
        self.text.setText(self.tr(
            "This assistant records, in five steps, what a mechanism that follows the "
            "standard is built on:\n\n"
            "1. the State, the mechanism's name and its legal basis (7.1);\n"
            "2. the international and regional instruments the State has joined (clause 4);\n"
            "3. the National Authority (clause 5);\n"
            "4. the National Points of Contact (clause 6);\n"
            "5. the composition: who represents each ministry, body and partner (7.4).\n\n"
            "Every change is saved as you make it. You can leave at any time and come back "
            "later with Tools > Set-up assistant: it resumes where you stopped. Every step "
            "is also a page of the main window, and the Readiness page then shows what "
            "remains to do."))
