"""The last step: what the set-up gives so far, and where to go next."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWizardPage

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.rules.readiness import evaluate, gaps, score
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.findings_model import percent_text

FIRST_GAPS = 5


class FinishStep(QWizardPage):
    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.first_gaps = QLabel()
        self.first_gaps.setWordWrap(True)
        self.open_dashboard = QCheckBox()
        self.open_dashboard.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.first_gaps)
        layout.addStretch(1)
        layout.addWidget(self.open_dashboard)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The set-up so far"))
        self.setSubTitle(self.tr(
            "Functions, infrastructure and responsibilities follow on their own pages."))
        self.open_dashboard.setText(self.tr("Open the &Readiness page when I finish"))

    def initializePage(self) -> None:  # noqa: N802
        catalog = load_catalog(interface_language())
        findings = evaluate(load_snapshot(self.context.reader), catalog)
        found = gaps(findings)
        overall = score(findings).overall
        self.summary.setText(fill(self.tr(
            "Readiness score: %1. %n gap(s) remain; the Readiness page lists them all, most "
            "important first, each with its next step and a link to the page that fixes it.",
            "", len(found)), percent_text(overall.percent)))
        text = FindingsText.for_interface()
        lines = [f"• {clause_label(f.provision_id)}: {text.message(f.message)}"
                 for f in found[:FIRST_GAPS]]
        self.first_gaps.setText("\n".join([self.tr("The first ones:"), *lines])
                                if lines else "")
