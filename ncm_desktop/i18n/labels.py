"""Translated names of the values a dossier stores (sex, role, membership, kinds ...)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.model import Priority, ProvisionKind
from ncm_desktop.i18n.translation import Translate, installed_translate
from ncm_desktop.storage.backups import Reason
from ncm_desktop.storage.enums import ChangeAction, Membership, Role, Sex

CONTEXT = "Labels"

_LABELS: dict[StrEnum, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    Sex.NOT_RECORDED: QT_TRANSLATE_NOOP("Labels", "Not recorded"),
    Role.CHAIR: QT_TRANSLATE_NOOP("Labels", "Chair"),
    Role.VICE_CHAIR: QT_TRANSLATE_NOOP("Labels", "Vice-chair"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    Role.ALTERNATE: QT_TRANSLATE_NOOP("Labels", "Alternate"),
    Membership.FULL_MEMBER: QT_TRANSLATE_NOOP("Labels", "Full member"),
    Membership.OBSERVER: QT_TRANSLATE_NOOP("Labels", "Observer"),
    Membership.INVITED: QT_TRANSLATE_NOOP("Labels", "Invited"),
    Membership.NOT_PRESENT: QT_TRANSLATE_NOOP("Labels", "Not present in this State"),
    ProvisionKind.SHALL: QT_TRANSLATE_NOOP("Labels", "shall"),
    ProvisionKind.SHOULD: QT_TRANSLATE_NOOP("Labels", "should"),
    ProvisionKind.MAY: QT_TRANSLATE_NOOP("Labels", "may"),
    ProvisionKind.CAN: QT_TRANSLATE_NOOP("Labels", "can"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High priority"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium priority"),
    Priority.LOWER: QT_TRANSLATE_NOOP("Labels", "Lower priority"),
    ChangeAction.INSERT: QT_TRANSLATE_NOOP("Labels", "Added"),
    ChangeAction.UPDATE: QT_TRANSLATE_NOOP("Labels", "Changed"),
    ChangeAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Deleted"),
    ChangeAction.RESTORE: QT_TRANSLATE_NOOP("Labels", "Restored by undo"),
    Reason.OPEN: QT_TRANSLATE_NOOP("Labels", "When the dossier was opened"),
    Reason.TIMER: QT_TRANSLATE_NOOP("Labels", "Every 30 minutes while working"),
    Reason.MANUAL: QT_TRANSLATE_NOOP("Labels", "Made by hand"),
    Reason.MIGRATION: QT_TRANSLATE_NOOP("Labels", "Before an upgrade to a new version"),
    Reason.IMPORT: QT_TRANSLATE_NOOP("Labels", "Before an import"),
    Reason.MERGE: QT_TRANSLATE_NOOP("Labels", "Before a merge"),
    Reason.RESTORE: QT_TRANSLATE_NOOP("Labels", "Before a backup was restored"),
    Reason.WORKING_COPY: QT_TRANSLATE_NOOP("Labels", "Changes not written back to the drive"),
}


def label(value: StrEnum, translate: Translate = installed_translate) -> str:
    """The name of ``value`` in the language of ``translate`` (the interface's by default)."""
    return translate(CONTEXT, _LABELS[value])

