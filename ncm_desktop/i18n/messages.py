"""Translated messages for errors raised by storage, for the window and the command line."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.i18n.translation import Translate, installed_translate
from ncm_desktop.storage.errors import (
    DossierDamaged,
    DossierError,
    DossierNotFound,
    DossierTooNew,
    FolderNotWritable,
    NotADossier,
    PackageError,
    TableFileError,
    ValidationError,
)

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
    "row": QT_TRANSLATE_NOOP("Messages", "Row"),
    "organisation_id": QT_TRANSLATE_NOOP("Messages", "Organisation"),
    "mandate_start": QT_TRANSLATE_NOOP("Messages", "Start of mandate"),
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
    ValidationError.Code.EXTRA_VALUES: QT_TRANSLATE_NOOP(
        "Messages", "%1: more values than the file has columns (“%2”). A separator inside "
        "a value may have been left without quotation marks."),
}

_TABLE_FILE: dict[TableFileError.Reason, str] = {
    TableFileError.Reason.UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "%1 could not be read as a member list: it is neither a CSV file nor an "
        "Excel workbook (.xlsx), or it is damaged. Nothing was imported."),
    TableFileError.Reason.EMPTY: QT_TRANSLATE_NOOP(
        "Messages", "%1 is empty: there is nothing to import."),
    TableFileError.Reason.BROKEN_QUOTING: QT_TRANSLATE_NOOP(
        "Messages", "%1 could not be read: the quotation mark of a value that starts on line "
        "%2 is never closed, or is followed by more text. Correct the file, or save it again "
        "from the spreadsheet program. Nothing was imported."),
    TableFileError.Reason.OLD_EXCEL: QT_TRANSLATE_NOOP(
        "Messages", "%1 is an Excel 97-2003 workbook (.xls). Save it as an Excel workbook "
        "(.xlsx) or as CSV, then import that file."),
}

_PACKAGE: dict[PackageError.Reason, str] = {
    PackageError.Reason.NOT_A_PACKAGE: QT_TRANSLATE_NOOP(
        "Messages", "%1 is not an NCM Desktop exchange package. Nothing was changed."),
    PackageError.Reason.TRUNCATED: QT_TRANSLATE_NOOP(
        "Messages", "%1 is incomplete: its copy was probably interrupted. Copy the package "
        "again from where it came from. Nothing was changed."),
    PackageError.Reason.TAMPERED: QT_TRANSLATE_NOOP(
        "Messages", "%1 is damaged or was changed after it was written: its contents do not "
        "match their checksum. Ask for a new package. Nothing was changed."),
    PackageError.Reason.NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "%1 was written by a newer version of NCM Desktop. Install that version "
        "to merge it. Nothing was changed."),
    PackageError.Reason.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages", "%1 comes from a dossier of a newer version of NCM Desktop (schema %2). "
        "Install that version to merge it. Nothing was changed."),
    PackageError.Reason.PASSPHRASE_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages", "%1 is protected by a passphrase. Give its passphrase to open it."),
    PackageError.Reason.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Messages", "The passphrase does not open %1. Check it (capital letters count) and "
        "try again. Nothing was changed."),
    PackageError.Reason.MALFORMED: QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be merged: its contents do not fit this version of NCM "
        "Desktop (%2). Nothing was changed."),
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
    if isinstance(error, DossierError):
        return _fill(translate(CONTEXT, _dossier_template(error)), str(error.path), error.detail)
    if isinstance(error, TableFileError):
        return _fill(translate(CONTEXT, _TABLE_FILE[error.reason]), str(error.path),
                     str(error.line))
    if isinstance(error, PackageError):
        return _fill(translate(CONTEXT, _PACKAGE[error.reason]), str(error.path), error.detail)
    if isinstance(error, OSError):
        template = QT_TRANSLATE_NOOP("Messages", "The file %1 could not be read or written: %2")
        return _fill(translate(CONTEXT, template),
                     str(error.filename or ""), error.strerror or str(error))
    return str(error)


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
    if isinstance(error, FolderNotWritable):
        return QT_TRANSLATE_NOOP("Messages", "%1 cannot be written: the file or its folder "
                                 "is read-only. Choose another folder, or copy the dossier "
                                 "to this computer.")
    return QT_TRANSLATE_NOOP("Messages", "%1 could not be opened: %2")


def _fill(template: str, *arguments: str) -> str:
    """Qt-style ``%1``, ``%2`` ... placeholders, which translators may reorder."""
    return re.sub(r"%([1-9])", lambda m: arguments[int(m[1]) - 1]
                  if int(m[1]) <= len(arguments) else m[0], template)
