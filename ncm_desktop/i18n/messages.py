"""Translated messages for errors raised by storage, for the window and the command line."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt

from ncm_desktop.i18n.translation import Translate, installed_translate
from ncm_desktop.storage.errors import (
    DossierDamaged,
    DossierError,
    DossierInUse,
    DossierNotFound,
    DossierTooNew,
    FolderNotWritable,
    MigrationFailed,
    NotADossier,
    ReadOnlyUnavailable,
    ValidationError,
)
from ncm_desktop.storage.lock import LockOwner, host_name

CONTEXT = "Messages"

FIELD_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "full_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "acronym": QT_TRANSLATE_NOOP("Messages", "Acronym"),
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "email": QT_TRANSLATE_NOOP("Messages", "Email"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
    "sex": QT_TRANSLATE_NOOP("Messages", "Sex"),
    "role": QT_TRANSLATE_NOOP("Messages", "Role"),
    "membership": QT_TRANSLATE_NOOP("Messages", "Membership"),
    "category_id": QT_TRANSLATE_NOOP("Messages", "Category"),
    "state_name": QT_TRANSLATE_NOOP("Messages", "State"),
    "legal_basis": QT_TRANSLATE_NOOP("Messages", "Legal basis"),
    "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "organisation_id": QT_TRANSLATE_NOOP("Messages", "Organisation"),
    "mandate_start": QT_TRANSLATE_NOOP("Messages", "Mandate since"),
    "legal_basis_date": QT_TRANSLATE_NOOP("Messages", "Date of the legal basis"),
    "person_id": QT_TRANSLATE_NOOP("Messages", "Person"),
    "designated_on": QT_TRANSLATE_NOOP("Messages", "Designated on"),
    "legal_reference": QT_TRANSLATE_NOOP("Messages", "Legal reference"),
    "instrument_id": QT_TRANSLATE_NOOP("Messages", "Instrument"),
    "notified_on": QT_TRANSLATE_NOOP("Messages", "Notified on"),
    "confirmed_on": QT_TRANSLATE_NOOP("Messages", "Confirmed on"),
    "value": QT_TRANSLATE_NOOP("Messages", "Value"),
}

_VALIDATION: dict[ValidationError.Code, str] = {
    ValidationError.Code.REQUIRED: QT_TRANSLATE_NOOP("Messages", "%1 must not be empty."),
    ValidationError.Code.INVALID_EMAIL: QT_TRANSLATE_NOOP(
        "Messages", "%1: “%2” is not an email address (expected name@example.org)."),
    ValidationError.Code.INVALID_PHONE: QT_TRANSLATE_NOOP(
        "Messages",
        "%1: “%2” is not a phone number (digits, spaces, +, - and brackets; 6 to 20 digits)."),
    ValidationError.Code.TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "%1 is too long: at most %3 characters."),
    ValidationError.Code.INVALID_CHOICE: QT_TRANSLATE_NOOP(
        "Messages", "%1: “%2” is not one of the allowed values."),
    ValidationError.Code.DATE_IN_FUTURE: QT_TRANSLATE_NOOP(
        "Messages", "%1: the date %2 is in the future."),
    ValidationError.Code.NEGATIVE: QT_TRANSLATE_NOOP(
        "Messages", "%1 must not be negative."),
    ValidationError.Code.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "Messages", "%1: “%2” is not a number."),
}


def field_name(field: str, translate: Translate = installed_translate) -> str:
    source = FIELD_NAMES.get(field)
    return translate(CONTEXT, source) if source else field


def error_message(error: Exception, translate: Translate = installed_translate) -> str:
    """A sentence for the user that says what went wrong and what to do."""
    if isinstance(error, ValidationError):
        template = translate(CONTEXT, _VALIDATION[error.code])
        value = "" if error.value is None else str(error.value)
        return _fill(template, field_name(error.field, translate), value, str(error.limit))
    if isinstance(error, DossierInUse):
        owner = error.owner
        return _fill(translate(CONTEXT, _in_use_template(error)), str(error.path),
                     owner.user or "?", owner.host or "?", lock_time(owner))
    if isinstance(error, MigrationFailed):
        return _fill(translate(CONTEXT, _dossier_template(error)), str(error.path),
                     error.detail, str(error.backup or ""))
    if isinstance(error, DossierError):
        return _fill(translate(CONTEXT, _dossier_template(error)), str(error.path), error.detail)
    if isinstance(error, OSError):
        template = QT_TRANSLATE_NOOP("Messages", "The file %1 could not be read or written: %2")
        return _fill(translate(CONTEXT, template),
                     str(error.filename or ""), error.strerror or str(error))
    return str(error)


def lock_time(owner: LockOwner) -> str:
    """When the holder of a lock opened the dossier, in local time for the user."""
    opened = QDateTime.fromString(owner.opened_at, Qt.DateFormat.ISODate)
    if not opened.isValid():
        return owner.opened_at or "?"
    return QLocale().toString(opened.toLocalTime(), QLocale.FormatType.ShortFormat)


def _in_use_template(error: DossierInUse) -> str:
    if error.stale:
        return QT_TRANSLATE_NOOP(
            "Messages", "%1 was left locked by NCM Desktop (%2 on %3, since %4), which "
            "is no longer running. Run the command again with --force to take the lock "
            "over.")
    if error.owner.host != host_name():
        return QT_TRANSLATE_NOOP(
            "Messages", "%1 is open in NCM Desktop on another computer (%2 on %3, since "
            "%4). Close it there first. If that computer no longer uses it (it stopped, "
            "or the drive was removed from it), run the command again with --force to "
            "take the lock over.")
    return QT_TRANSLATE_NOOP(
        "Messages", "%1 is open in another copy of NCM Desktop (%2 on %3, since %4). Only "
        "one program can change a dossier at a time: close it there first.")


def _dossier_template(error: DossierError) -> str:
    if isinstance(error, DossierNotFound):
        return QT_TRANSLATE_NOOP("Messages", "There is no dossier at %1. It may have been "
                                 "moved, renamed or deleted, or its USB stick removed.")
    if isinstance(error, NotADossier):
        if error.reason is NotADossier.Reason.EMPTY:
            return QT_TRANSLATE_NOOP("Messages", "%1 is an empty file, not a dossier. "
                                     "Open a backup instead.")
        return QT_TRANSLATE_NOOP("Messages", "%1 is not an NCM Desktop dossier. "
                                 "Nothing was changed in it.")
    if isinstance(error, DossierTooNew):
        return QT_TRANSLATE_NOOP("Messages", "%1 was written by a newer version of NCM "
                                 "Desktop. Install that version to open it; the file was "
                                 "left untouched.")
    if isinstance(error, DossierDamaged):
        return QT_TRANSLATE_NOOP("Messages", "%1 is damaged (%2). Restore it from a backup.")
    if isinstance(error, MigrationFailed):
        return QT_TRANSLATE_NOOP("Messages", "%1 could not be upgraded to this version of "
                                 "NCM Desktop (%2). It was left exactly as it was; a backup "
                                 "of it is at %3.")
    if isinstance(error, ReadOnlyUnavailable):
        return QT_TRANSLATE_NOOP("Messages", "%1 cannot be read here: it was not closed "
                                 "properly and its folder is read-only. Open it where it was "
                                 "last used, or copy it to a folder you can write to.")
    if isinstance(error, FolderNotWritable):
        return QT_TRANSLATE_NOOP("Messages", "%1 cannot be written: the file or its folder "
                                 "is read-only. Choose another folder, or copy the dossier "
                                 "to this computer.")
    return QT_TRANSLATE_NOOP("Messages", "%1 could not be opened: %2")


def _fill(template: str, *arguments: str) -> str:
    """Qt-style ``%1``, ``%2`` ... placeholders, which translators may reorder."""
    return re.sub(r"%([1-9])", lambda m: arguments[int(m[1]) - 1]
                  if int(m[1]) <= len(arguments) else m[0], template)
