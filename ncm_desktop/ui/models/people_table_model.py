"""The people of the dossier as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.i18n.labels import label
from ncm_desktop.storage.enums import Role
from ncm_desktop.storage.queries import PersonRow
from ncm_desktop.ui.models.record_table_model import Column, RecordTableModel

CONTEXT = "PeopleTableModel"
_ROLE_ORDER = {role: position for position, role in enumerate(Role)}

COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Name"), lambda p: p.full_name),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Organisation"), lambda p: p.organisation_name),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Role"), lambda p: label(p.role),
           sort_key=lambda p: _ROLE_ORDER[p.role]),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Sex"), lambda p: label(p.sex)),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Title"), lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Phone"), lambda p: p.phone),
    Column(QT_TRANSLATE_NOOP("PeopleTableModel", "Email"), lambda p: p.email),
)


class PeopleTableModel(RecordTableModel[PersonRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTEXT, COLUMNS, lambda p: p.id, parent)
