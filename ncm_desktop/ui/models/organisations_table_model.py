"""The organisations of the dossier as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.bidi import left_to_right
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.storage.queries import OrganisationRow
from ncm_desktop.ui.models.record_table_model import Column, RecordTableModel

CONTEXT = "OrganisationsTableModel"


def category_text(category_id: str | None) -> str:
    """The clause letter and name of a catalog category, in the interface language."""
    if not category_id:
        return ""
    catalog = load_catalog(interface_language())
    if not catalog.has("category", category_id):
        return category_id
    return f"{left_to_right(category_id)} {catalog.category(category_id).name}"


def _category_order(category_id: str | None) -> tuple[int, ...]:
    if not category_id:
        return (999,)
    return tuple(ord(part) if part.isalpha() and len(part) == 1 else
                 (int(part) if part.isdigit() else 998) for part in category_id.split("."))


COLUMNS: tuple[Column[OrganisationRow], ...] = (
    Column(QT_TRANSLATE_NOOP("OrganisationsTableModel", "Name"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("OrganisationsTableModel", "Acronym"), lambda o: o.acronym),
    Column(QT_TRANSLATE_NOOP("OrganisationsTableModel", "Category (7.4)"),
           lambda o: category_text(o.category_id),
           sort_key=lambda o: _category_order(o.category_id)),
    Column(QT_TRANSLATE_NOOP("OrganisationsTableModel", "Membership"),
           lambda o: label(o.membership)),
    Column(QT_TRANSLATE_NOOP("OrganisationsTableModel", "Representatives"),
           lambda o: QLocale().toString(o.people), sort_key=lambda o: o.people, searchable=False,
           alignment=Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter),
)


class OrganisationsTableModel(RecordTableModel[OrganisationRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTEXT, COLUMNS, lambda o: o.id, parent)
