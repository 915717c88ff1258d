"""The sections of the main window, in the order of the navigation list.

Each page module is imported when its section is first shown, so start-up pays only
for the first page.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStyle, QWidget

from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.pages.page import Page

_Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # source text in the "Sections" context
    icon: QStyle.StandardPixmap
    module: str
    class_name: str

    def create(self, context: DossierContext, parent: QWidget | None = None) -> Page:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page: Page = page_class(context, parent)
        page.setObjectName(f"{self.key}Page")
        return page


SECTIONS: tuple[Section, ...] = (
    Section("readiness", QT_TRANSLATE_NOOP("Sections", "Readiness"),
            _Icon.SP_DialogApplyButton, "ncm_desktop.ui.pages.readiness_page", "ReadinessPage"),
    Section("framework", QT_TRANSLATE_NOOP("Sections", "Framework"),
            _Icon.SP_FileDialogDetailedView, "ncm_desktop.ui.pages.framework_page",
            "FrameworkPage"),
    Section("authority", QT_TRANSLATE_NOOP("Sections", "National Authority"),
            _Icon.SP_DirHomeIcon, "ncm_desktop.ui.pages.authority_page", "AuthorityPage"),
    Section("contacts", QT_TRANSLATE_NOOP("Sections", "Points of Contact"),
            _Icon.SP_DriveNetIcon, "ncm_desktop.ui.pages.contacts_page", "ContactsPage"),
    Section("composition", QT_TRANSLATE_NOOP("Sections", "Composition"),
            _Icon.SP_FileDialogListView, "ncm_desktop.ui.pages.composition_page",
            "CompositionPage"),
    Section("organisations", QT_TRANSLATE_NOOP("Sections", "Organisations"),
            _Icon.SP_DirIcon, "ncm_desktop.ui.pages.organisations_page", "OrganisationsPage"),
    Section("people", QT_TRANSLATE_NOOP("Sections", "People"),
            _Icon.SP_FileDialogContentsView, "ncm_desktop.ui.pages.people_page", "PeoplePage"),
    Section("functions", QT_TRANSLATE_NOOP("Sections", "Functions"),
            _Icon.SP_CommandLink, "ncm_desktop.ui.pages.functions_page", "FunctionsPage"),
    Section("infrastructure", QT_TRANSLATE_NOOP("Sections", "Infrastructure"),
            _Icon.SP_DriveHDIcon, "ncm_desktop.ui.pages.infrastructure_page",
            "InfrastructurePage"),
    Section("responsibilities", QT_TRANSLATE_NOOP("Sections", "Responsibilities"),
            _Icon.SP_FileDialogInfoView, "ncm_desktop.ui.pages.responsibilities_page",
            "ResponsibilitiesPage"),
    Section("plan", QT_TRANSLATE_NOOP("Sections", "Action plan"),
            _Icon.SP_ArrowForward, "ncm_desktop.ui.pages.plan_page", "PlanPage"),
    Section("meetings", QT_TRANSLATE_NOOP("Sections", "Meetings"),
            _Icon.SP_MessageBoxInformation, "ncm_desktop.ui.pages.meetings_page",
            "MeetingsPage"),
)


def section(key: str) -> Section:
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
