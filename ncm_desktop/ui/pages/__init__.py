"""The sections of the main window, in the order of the navigation list.

Each page module is imported when its section is first shown, so start-up pays only
for the first page.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from ncm_desktop import paths
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.pages.page import Page


@dataclass(frozen=True)
class Section:
    """A page of the window: its key, its title and the class in ``pages/KEY_page.py``."""

    key: str
    title: str  # source text in the "Sections" context
    class_name: str

    @property
    def icon(self) -> QIcon:
        """The section's icon, drawn for the program (resources/icons/sections)."""
        return QIcon(str(paths.resources_dir() / "icons" / "sections" / f"{self.key}.svg"))

    def create(self, context: DossierContext, parent: QWidget | None = None) -> Page:
        module = importlib.import_module(f"ncm_desktop.ui.pages.{self.key}_page")
        page: Page = getattr(module, self.class_name)(context, parent)
        page.setObjectName(f"{self.key}Page")
        return page


SECTIONS: tuple[Section, ...] = (
    Section("readiness", QT_TRANSLATE_NOOP("Sections", "Readiness"), "ReadinessPage"),
    Section("framework", QT_TRANSLATE_NOOP("Sections", "Framework"), "FrameworkPage"),
    Section("authority", QT_TRANSLATE_NOOP("Sections", "National Authority"), "AuthorityPage"),
    Section("contacts", QT_TRANSLATE_NOOP("Sections", "Points of Contact"), "ContactsPage"),
    Section("composition", QT_TRANSLATE_NOOP("Sections", "Composition"), "CompositionPage"),
    Section("organisations", QT_TRANSLATE_NOOP("Sections", "Organisations"), "OrganisationsPage"),
    Section("people", QT_TRANSLATE_NOOP("Sections", "People"), "PeoplePage"),
    Section("functions", QT_TRANSLATE_NOOP("Sections", "Functions"), "FunctionsPage"),
    Section("infrastructure", QT_TRANSLATE_NOOP("Sections", "Infrastructure"),
            "InfrastructurePage"),
    Section("responsibilities", QT_TRANSLATE_NOOP("Sections", "Responsibilities"),
            "ResponsibilitiesPage"),
    Section("plan", QT_TRANSLATE_NOOP("Sections", "Action plan"), "PlanPage"),
    Section("meetings", QT_TRANSLATE_NOOP("Sections", "Meetings"), "MeetingsPage"),
)

def section(key: str) -> Section:
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
