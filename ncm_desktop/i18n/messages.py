"""Translated messages for errors raised by storage, for the window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import Translate, installed_translate
from ncm_desktop.storage.errors import (
    DossierDamaged,
    DossierError,
    DossierInUse,
    DossierNotFound,
    DossierTooNew,
    FolderNotWritable,
    FormatNotSupported,
    MeetingChoiceError,
    MigrationFailed,
    NotADossier,
    OutputNotWritable,
    PackageError,
    ReadOnlyUnavailable,
    RecordChangedElsewhere,
    ServerConnectionLost,
    ServerLoginFailed,
    ServerNeedsUpgrade,
    ServerNotADossier,
    ServerNotEmpty,
    ServerPermissionDenied,
    ServerUnreachable,
    TableFileError,
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
    "legal_basis_date": QT_TRANSLATE_NOOP("Messages", "Date of the legal basis"),
    "joined_on": QT_TRANSLATE_NOOP("Messages", "Date joined"),
    "custom_name": QT_TRANSLATE_NOOP("Messages", "Instrument"),
    "instrument_id": QT_TRANSLATE_NOOP("Messages", "Instrument"),
    "designated_on": QT_TRANSLATE_NOOP("Messages", "Date designated"),
    "legal_reference": QT_TRANSLATE_NOOP("Messages", "Legal reference"),
    "known_as": QT_TRANSLATE_NOOP("Messages", "Known as"),
    "technical_body": QT_TRANSLATE_NOOP("Messages", "Technical planning and coordination body"),
    "how": QT_TRANSLATE_NOOP("Messages", "How"),
    "person_id": QT_TRANSLATE_NOOP("Messages", "Person"),
    "notified_on": QT_TRANSLATE_NOOP("Messages", "Date notified"),
    "confirmed_on": QT_TRANSLATE_NOOP("Messages", "Date last confirmed"),
    "notification_period": QT_TRANSLATE_NOOP("Messages", "Notification period (months)"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "frequency": QT_TRANSLATE_NOOP("Messages", "Frequency"),
    "last_held": QT_TRANSLATE_NOOP("Messages", "Last held"),
    "present": QT_TRANSLATE_NOOP("Messages", "Exists in the State"),
    "quantity": QT_TRANSLATE_NOOP("Messages", "Quantity"),
    "estimated_cost": QT_TRANSLATE_NOOP("Messages", "Estimated cost"),
    "currency": QT_TRANSLATE_NOOP("Messages", "Currency"),
    "funding_source": QT_TRANSLATE_NOOP("Messages", "Funding source"),
    "responsibility": QT_TRANSLATE_NOOP("Messages", "Responsibility"),
    "evidence": QT_TRANSLATE_NOOP("Messages", "Evidence"),
    "answer": QT_TRANSLATE_NOOP("Messages", "Answer"),
    "provision_id": QT_TRANSLATE_NOOP("Messages", "Provision"),
    "organisation_id": QT_TRANSLATE_NOOP("Messages", "Organisation"),
    "lead_organisation_id": QT_TRANSLATE_NOOP("Messages", "Lead organisation"),
    "row": QT_TRANSLATE_NOOP("Messages", "Row"),
    "mandate_start": QT_TRANSLATE_NOOP("Messages", "Start of mandate"),
    "value": QT_TRANSLATE_NOOP("Messages", "Value"),
    "plan_title": QT_TRANSLATE_NOOP("Messages", "Title of the plan"),
    "period_start": QT_TRANSLATE_NOOP("Messages", "Start of the period"),
    "period_end": QT_TRANSLATE_NOOP("Messages", "End of the period"),
    "adopted_on": QT_TRANSLATE_NOOP("Messages", "Date of adoption"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "objective_title": QT_TRANSLATE_NOOP("Messages", "Objective"),
    "objective_id": QT_TRANSLATE_NOOP("Messages", "Objective"),
    "reference_id": QT_TRANSLATE_NOOP("Messages", "Clause or instrument"),
    "activity_title": QT_TRANSLATE_NOOP("Messages", "Activity"),
    "activity_id": QT_TRANSLATE_NOOP("Messages", "Activity"),
    "partner_ids": QT_TRANSLATE_NOOP("Messages", "Partners"),
    "start_date": QT_TRANSLATE_NOOP("Messages", "Start"),
    "end_date": QT_TRANSLATE_NOOP("Messages", "End"),
    "funding": QT_TRANSLATE_NOOP("Messages", "Funding"),
    "donor": QT_TRANSLATE_NOOP("Messages", "Donor"),
    "indicator": QT_TRANSLATE_NOOP("Messages", "Indicator"),
    "verification": QT_TRANSLATE_NOOP("Messages", "Means of verification"),
    "origin_key": QT_TRANSLATE_NOOP("Messages", "Suggestion"),
    "origin_provision_id": QT_TRANSLATE_NOOP("Messages", "Provision"),
    "meeting_id": QT_TRANSLATE_NOOP("Messages", "Meeting"),
    "held_on": QT_TRANSLATE_NOOP("Messages", "Date of the meeting"),
    "taken_on": QT_TRANSLATE_NOOP("Messages", "Date of the baseline"),
    "meeting_title": QT_TRANSLATE_NOOP("Messages", "Title of the meeting"),
    "place": QT_TRANSLATE_NOOP("Messages", "Place"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Kind of meeting"),
    "agenda": QT_TRANSLATE_NOOP("Messages", "Agenda item"),
    "guest_name": QT_TRANSLATE_NOOP("Messages", "Name of the guest"),
    "guest_organisation": QT_TRANSLATE_NOOP("Messages", "Organisation of the guest"),
    "participant_id": QT_TRANSLATE_NOOP("Messages", "Participant"),
    "decision": QT_TRANSLATE_NOOP("Messages", "Decision"),
    "decision_id": QT_TRANSLATE_NOOP("Messages", "Decision"),
    "action": QT_TRANSLATE_NOOP("Messages", "Follow-up action"),
    "action_id": QT_TRANSLATE_NOOP("Messages", "Follow-up action"),
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
    ValidationError.Code.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Messages", "%1 must be a whole number from 1 to %3."),
    ValidationError.Code.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "%1 is too large: at most %3."),
    ValidationError.Code.INVALID_CURRENCY: QT_TRANSLATE_NOOP(
        "Messages", "%1: “%2” is not a three-letter currency code (such as USD, EUR or XOF)."),
    ValidationError.Code.DUPLICATE: QT_TRANSLATE_NOOP(
        "Messages", "%1: “%2” is already recorded; nothing was added."),
    ValidationError.Code.SECOND_LEAD: QT_TRANSLATE_NOOP(
        "Messages", "%1: “%2” already leads this area, and an area has one lead so that roles "
        "are not duplicated (7.3.2 d). Make “%2” a support first, or choose Support here."),
    ValidationError.Code.CATEGORY_HAS_MEMBERS: QT_TRANSLATE_NOOP(
        "Messages", "%1: this category cannot be marked as not present in this State while "
        "it has organisations in the mechanism (%2). Change their membership first."),
    ValidationError.Code.EXTRA_VALUES: QT_TRANSLATE_NOOP(
        "Messages", "%1: more values than the file has columns (“%2”). A separator inside "
        "a value may have been left without quotation marks."),
    ValidationError.Code.DATE_ORDER: QT_TRANSLATE_NOOP(
        "Messages", "%1 comes before the start: an end must be on or after its start."),
    ValidationError.Code.COST_AND_NO_COST: QT_TRANSLATE_NOOP(
        "Messages", "%1: a cost of %2 is given, yet the activity is marked as costing "
        "nothing. Clear the cost, or untick “No cost”."),
}


_OUTPUT: dict[OutputNotWritable.Reason, str] = {
    OutputNotWritable.Reason.FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be written: its folder does not exist. Choose another "
        "folder. Nothing was written."),
    OutputNotWritable.Reason.FOLDER_READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be written: its folder is read-only. Choose another folder, "
        "for example your Documents folder. Nothing was written."),
    OutputNotWritable.Reason.IS_A_FOLDER: QT_TRANSLATE_NOOP(
        "Messages", "%1 is a folder. Give a file name, such as roster.pdf. Nothing was "
        "written."),
    OutputNotWritable.Reason.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "%1 could not be written (%2). Check that the disk has room and is still "
        "connected, then try again. Nothing was written."),
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


_MEETING: dict[MeetingChoiceError.Reason, str] = {
    MeetingChoiceError.Reason.MISSING: QT_TRANSLATE_NOOP(
        "Messages", "Name the meeting with --meeting, by its date (YYYY-MM-DD) or its "
        "identifier."),
    MeetingChoiceError.Reason.NOT_FOUND: QT_TRANSLATE_NOOP(
        "Messages", "No meeting matches “%1”. Name it by its date (YYYY-MM-DD) or by the "
        "first characters of its identifier."),
    MeetingChoiceError.Reason.SEVERAL: QT_TRANSLATE_NOOP(
        "Messages", "%2 meetings were held on %1: name one by the first characters of its "
        "identifier."),
}

_FORMAT = QT_TRANSLATE_NOOP(
    "Messages", "%1 cannot be written in that format: this hand-out is made as %2 only. "
    "Nothing was written.")


def field_name(field: str, translate: Translate = installed_translate) -> str:
    source = FIELD_NAMES.get(field)
    return translate(CONTEXT, source) if source else field


def error_message(error: Exception, translate: Translate = installed_translate) -> str:
    """A sentence for the user that says what went wrong and what to do."""
    if isinstance(error, ValidationError):
        template = translate(CONTEXT, _VALIDATION[error.code])
        value = "" if error.value is None else str(error.value)
        return fill(template, field_name(error.field, translate), value, str(error.limit))
    if isinstance(error, DossierInUse):
        owner = error.owner
        return fill(translate(CONTEXT, _in_use_template(error)), str(error.path),
                     owner.user or "?", owner.host or "?", lock_time(owner))
    if isinstance(error, MigrationFailed):
        return fill(translate(CONTEXT, _dossier_template(error)), str(error.path),
                     error.detail, str(error.backup or ""))
    if isinstance(error, DossierError):
        return fill(translate(CONTEXT, _dossier_template(error)), str(error.path), error.detail)
    if isinstance(error, RecordChangedElsewhere):
        return translate(CONTEXT, _CHANGED_ELSEWHERE)
    if isinstance(error, OutputNotWritable):
        return fill(translate(CONTEXT, _OUTPUT[error.reason]), str(error.path), error.detail)
    if isinstance(error, TableFileError):
        return fill(translate(CONTEXT, _TABLE_FILE[error.reason]), str(error.path),
                     str(error.line))
    if isinstance(error, PackageError):
        return fill(translate(CONTEXT, _PACKAGE[error.reason]), str(error.path), error.detail)
    if isinstance(error, MeetingChoiceError):
        return fill(translate(CONTEXT, _MEETING[error.reason]), error.reference,
                     str(error.count))
    if isinstance(error, FormatNotSupported):
        return fill(translate(CONTEXT, _FORMAT), str(error.path),
                     ", ".join(f".{f}" for f in error.formats))
    if isinstance(error, OSError):
        template = QT_TRANSLATE_NOOP("Messages", "The file %1 could not be read or written: %2")
        return fill(translate(CONTEXT, template),
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


_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages", "Someone else saved this record after you opened it. Nothing of yours was "
    "saved: look at their version, then make your change again.")
_SERVER: dict[type, str] = {
    ServerUnreachable: QT_TRANSLATE_NOOP(
        "Messages", "The server of %1 does not answer (%2). Check the address and the office "
        "network, or ask the IT officer whether the server is running."),
    ServerLoginFailed: QT_TRANSLATE_NOOP(
        "Messages", "The server of %1 refused the user name or the password. Check them and "
        "try again."),
    ServerNotADossier: QT_TRANSLATE_NOOP(
        "Messages", "%1 holds no NCM Desktop dossier (%2). The IT officer creates one with "
        "ncm-desktop server init."),
    ServerNotEmpty: QT_TRANSLATE_NOOP(
        "Messages", "The server dossier %1 already holds a dossier: nothing was uploaded. "
        "Merge into it with an exchange package instead."),
    ServerNeedsUpgrade: QT_TRANSLATE_NOOP(
        "Messages", "The server dossier %1 was made by an older version of NCM Desktop. Ask "
        "the IT officer to upgrade it with ncm-desktop server init."),
    ServerPermissionDenied: QT_TRANSLATE_NOOP(
        "Messages", "You may not do that on the server dossier %1. Ask its owner for the role "
        "you need."),
    ServerConnectionLost: QT_TRANSLATE_NOOP(
        "Messages", "The connection to the server of %1 was lost (%2). The change under way "
        "was not saved; nothing was half-saved."),
}


def _dossier_template(error: DossierError) -> str:
    for kind, template in _SERVER.items():
        if isinstance(error, kind):
            return template
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
