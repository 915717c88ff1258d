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
    Section("organisations", QT_TRANSLATE_NOOP("Sections", "Organisations"),
            _Icon.SP_DirIcon, "ncm_desktop.ui.pages.organisations_page", "OrganisationsPage"),
    Section("people", QT_TRANSLATE_NOOP("Sections", "People"),
            _Icon.SP_FileDialogContentsView, "ncm_desktop.ui.pages.people_page", "PeoplePage"),
)


def section(key: str) -> Section:
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
