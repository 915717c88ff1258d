"""Translated names for member import and package exchange: fields, outcomes, tables.

Kept apart from :mod:`labels` because these enums live beside SQLAlchemy code, which
the window must not import at start-up; only the import and exchange faces load this.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.i18n.translation import Translate, installed_translate
from ncm_desktop.rules.member_list import ImportField
from ncm_desktop.storage.exchange.merge import Side
from ncm_desktop.storage.member_import import DuplicateMatch, Outcome
from ncm_desktop.storage.models.exchange import HistoryReason, HistorySide

CONTEXT = "Labels"

#: Pairs, not a dict: these enums share values ('email' is both a field and a kind of
#: duplicate) and equal str values would collide as dict keys.
_SOURCES: tuple[tuple[StrEnum, str], ...] = (
    (ImportField.FULL_NAME, QT_TRANSLATE_NOOP("Labels", "Full name")),
    (ImportField.GIVEN_NAME, QT_TRANSLATE_NOOP("Labels", "First name")),
    (ImportField.FAMILY_NAME, QT_TRANSLATE_NOOP("Labels", "Family name")),
    (ImportField.ORGANISATION, QT_TRANSLATE_NOOP("Labels", "Organisation")),
    (ImportField.ACRONYM, QT_TRANSLATE_NOOP("Labels", "Acronym of the organisation")),
    (ImportField.TITLE, QT_TRANSLATE_NOOP("Labels", "Title or position")),
    (ImportField.SEX, QT_TRANSLATE_NOOP("Labels", "Sex")),
    (ImportField.ROLE, QT_TRANSLATE_NOOP("Labels", "Role in the mechanism")),
    (ImportField.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (ImportField.EMAIL, QT_TRANSLATE_NOOP("Labels", "Email")),
    (ImportField.NOTES, QT_TRANSLATE_NOOP("Labels", "Notes")),
    (Outcome.ADDED, QT_TRANSLATE_NOOP("Labels", "Added")),
    (Outcome.DUPLICATE, QT_TRANSLATE_NOOP("Labels", "Duplicate")),
    (Outcome.ERROR, QT_TRANSLATE_NOOP("Labels", "Problem")),
    (Outcome.NOT_ADDED, QT_TRANSLATE_NOOP("Labels", "Not added")),
    (DuplicateMatch.NAME_AND_ORGANISATION, QT_TRANSLATE_NOOP(
        "Labels", "same name and organisation")),
    (DuplicateMatch.EMAIL, QT_TRANSLATE_NOOP("Labels", "same email")),
    (DuplicateMatch.PHONE, QT_TRANSLATE_NOOP("Labels", "same phone")),
    (HistoryReason.SUPERSEDED, QT_TRANSLATE_NOOP("Labels", "Replaced by a newer version")),
    (HistoryReason.CONFLICT, QT_TRANSLATE_NOOP("Labels", "Changed in both dossiers")),
    (HistoryReason.DELETED, QT_TRANSLATE_NOOP("Labels", "Deleted in one dossier")),
    (HistoryReason.ORPHANED, QT_TRANSLATE_NOOP("Labels", "Its organisation was deleted")),
    (HistorySide.THIS_DOSSIER, QT_TRANSLATE_NOOP("Labels", "This dossier")),
    (HistorySide.OTHER_DOSSIER, QT_TRANSLATE_NOOP("Labels", "The other dossier")),
    (Side.MINE, QT_TRANSLATE_NOOP("Labels", "Keep this dossier's version")),
    (Side.THEIRS, QT_TRANSLATE_NOOP("Labels", "Take the other dossier's version")),
)

_LABELS = {(type(member), member.value): text for member, text in _SOURCES}

#: Names of the kinds of record, by table; a table not listed shows its own name.
_TABLES: dict[str, str] = {
    "mechanism": QT_TRANSLATE_NOOP("Labels", "Mechanism"),
    "setting": QT_TRANSLATE_NOOP("Labels", "Setting"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "national_authority": QT_TRANSLATE_NOOP("Labels", "National Authority"),
    "point_of_contact": QT_TRANSLATE_NOOP("Labels", "Point of Contact"),
    "point_of_contact_instrument": QT_TRANSLATE_NOOP("Labels", "Point of Contact instrument"),
    "tombstone": QT_TRANSLATE_NOOP("Labels", "Deletion"),
}

#: The choice of "no field" for a column of a member list.
NOT_IMPORTED = QT_TRANSLATE_NOOP("Labels", "(not imported)")


def label(value: StrEnum, translate: Translate = installed_translate) -> str:
    return translate(CONTEXT, _LABELS[type(value), value.value])


def field_label(value: ImportField | None, translate: Translate = installed_translate) -> str:
    return translate(CONTEXT, NOT_IMPORTED) if value is None else label(value, translate)


def table_label(table: str, translate: Translate = installed_translate) -> str:
    source = _TABLES.get(table)
    return translate(CONTEXT, source) if source else table.replace("_", " ")
