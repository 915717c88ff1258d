"""Translated names of the values a dossier stores (sex, role, membership, kinds ...)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.model import Priority, ProvisionKind
from ncm_desktop.i18n.translation import Translate, installed_translate
from ncm_desktop.rules.baselines import Change
from ncm_desktop.rules.composition import Coverage
from ncm_desktop.rules.findings import Decided, Status
from ncm_desktop.rules.meetings import ActionState
from ncm_desktop.rules.points_of_contact import NotificationState
from ncm_desktop.storage.enums import (
    ActionStatus,
    ActivityStatus,
    BackupReason,
    ChangeAction,
    DataAvailability,
    FunctionStatus,
    FundingKind,
    FundingSource,
    MeetingKind,
    Membership,
    PlanStatus,
    ResourceStatus,
    ResponsibilityRole,
    Role,
    Sex,
    YesNoUnknown,
)

CONTEXT = "Labels"

#: (value, label) pairs.  Enums whose values coincide with another's and mean the same
#: (``storage.enums.Answer`` and ``Status``; ``Coverage`` and ``Role``/``Membership``)
#: fall back on the label of that value; values that coincide but mean something else
#: (``ChangeAction.RESTORE`` and ``BackupReason.RESTORE``) each have their own entry.
_ENTRIES: tuple[tuple[StrEnum, str], ...] = (
    (Sex.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (Sex.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (Sex.NOT_RECORDED, QT_TRANSLATE_NOOP("Labels", "Not recorded")),
    (Role.CHAIR, QT_TRANSLATE_NOOP("Labels", "Chair")),
    (Role.VICE_CHAIR, QT_TRANSLATE_NOOP("Labels", "Vice-chair")),
    (Role.SECRETARY, QT_TRANSLATE_NOOP("Labels", "Secretary")),
    (Role.MEMBER, QT_TRANSLATE_NOOP("Labels", "Member")),
    (Role.ALTERNATE, QT_TRANSLATE_NOOP("Labels", "Alternate")),
    (Membership.FULL_MEMBER, QT_TRANSLATE_NOOP("Labels", "Full member")),
    (Membership.OBSERVER, QT_TRANSLATE_NOOP("Labels", "Observer")),
    (Membership.INVITED, QT_TRANSLATE_NOOP("Labels", "Invited")),
    (Membership.NOT_PRESENT, QT_TRANSLATE_NOOP("Labels", "Not present in this State")),
    (ProvisionKind.SHALL, QT_TRANSLATE_NOOP("Labels", "shall")),
    (ProvisionKind.SHOULD, QT_TRANSLATE_NOOP("Labels", "should")),
    (ProvisionKind.MAY, QT_TRANSLATE_NOOP("Labels", "may")),
    (ProvisionKind.CAN, QT_TRANSLATE_NOOP("Labels", "can")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Labels", "High priority")),
    (Priority.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Medium priority")),
    (Priority.LOWER, QT_TRANSLATE_NOOP("Labels", "Lower priority")),
    # The table is keyed by value: members of different enums with the same value share
    # one label (storage.enums.Answer uses Status's; Coverage.MEMBER uses Role.MEMBER's,
    # Coverage.OBSERVER ... Membership's; Decided.UNANSWERED uses Status.UNANSWERED's).
    (YesNoUnknown.YES, QT_TRANSLATE_NOOP("Labels", "Yes")),
    (YesNoUnknown.NO, QT_TRANSLATE_NOOP("Labels", "No")),
    (YesNoUnknown.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Not known")),
    (DataAvailability.AVAILABLE, QT_TRANSLATE_NOOP("Labels", "Available")),
    (DataAvailability.PARTIAL, QT_TRANSLATE_NOOP("Labels", "Partly available")),
    (DataAvailability.UNAVAILABLE, QT_TRANSLATE_NOOP("Labels", "Not available")),
    (FunctionStatus.NOT_STARTED, QT_TRANSLATE_NOOP("Labels", "Not started")),
    (FunctionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (FunctionStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (ResourceStatus.MISSING, QT_TRANSLATE_NOOP("Labels", "Missing")),
    (ResourceStatus.PARTLY_IN_PLACE, QT_TRANSLATE_NOOP("Labels", "Partly in place")),
    (ResourceStatus.IN_PLACE, QT_TRANSLATE_NOOP("Labels", "In place")),
    (FundingSource.NATIONAL_AUTHORITY, QT_TRANSLATE_NOOP("Labels", "National Authority")),
    (FundingSource.OTHER_NATIONAL, QT_TRANSLATE_NOOP("Labels", "Other national source")),
    (FundingSource.REGIONAL, QT_TRANSLATE_NOOP("Labels", "Regional source")),
    (FundingSource.INTERNATIONAL, QT_TRANSLATE_NOOP("Labels", "International source")),
    (FundingSource.NOT_KNOWN, QT_TRANSLATE_NOOP("Labels", "Not known yet")),
    (ResponsibilityRole.LEAD, QT_TRANSLATE_NOOP("Labels", "Lead")),
    (ResponsibilityRole.SUPPORT, QT_TRANSLATE_NOOP("Labels", "Support")),
    (Status.MET, QT_TRANSLATE_NOOP("Labels", "Met")),
    (Status.PARTLY_MET, QT_TRANSLATE_NOOP("Labels", "Partly met")),
    (Status.NOT_MET, QT_TRANSLATE_NOOP("Labels", "Not met")),
    (Status.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "Not applicable")),
    (Status.UNANSWERED, QT_TRANSLATE_NOOP("Labels", "Not yet answered")),
    (Decided.DATA, QT_TRANSLATE_NOOP("Labels", "From the data")),
    (Decided.HAND, QT_TRANSLATE_NOOP("Labels", "Answered by hand")),
    (Coverage.ABSENT, QT_TRANSLATE_NOOP("Labels", "Absent")),
    (NotificationState.CURRENT, QT_TRANSLATE_NOOP("Labels", "Up to date")),
    (NotificationState.STALE, QT_TRANSLATE_NOOP("Labels", "Stale")),
    (NotificationState.NEVER_NOTIFIED, QT_TRANSLATE_NOOP("Labels", "Never notified")),
    (ChangeAction.INSERT, QT_TRANSLATE_NOOP("Labels", "Added")),
    (ChangeAction.UPDATE, QT_TRANSLATE_NOOP("Labels", "Changed")),
    (ChangeAction.DELETE, QT_TRANSLATE_NOOP("Labels", "Deleted")),
    (ChangeAction.RESTORE, QT_TRANSLATE_NOOP("Labels", "Restored by undo")),
    (BackupReason.OPEN, QT_TRANSLATE_NOOP("Labels", "When the dossier was opened")),
    (BackupReason.TIMER, QT_TRANSLATE_NOOP("Labels", "Every 30 minutes while working")),
    (BackupReason.MANUAL, QT_TRANSLATE_NOOP("Labels", "Made by hand")),
    (BackupReason.MIGRATION, QT_TRANSLATE_NOOP("Labels", "Before an upgrade to a new version")),
    (BackupReason.IMPORT, QT_TRANSLATE_NOOP("Labels", "Before an import")),
    (BackupReason.MERGE, QT_TRANSLATE_NOOP("Labels", "Before a merge")),
    (BackupReason.RESTORE, QT_TRANSLATE_NOOP("Labels", "Before a backup was restored")),
    (BackupReason.WORKING_COPY,
     QT_TRANSLATE_NOOP("Labels", "Changes not written back to the drive")),
    # The National Action Plan and meetings (ActivityStatus.NOT_STARTED uses
    # FunctionStatus's label, ActionStatus.IN_PROGRESS and DONE too).
    (PlanStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (PlanStatus.ADOPTED, QT_TRANSLATE_NOOP("Labels", "Adopted")),
    (ActivityStatus.LIMITED, QT_TRANSLATE_NOOP("Labels", "Limited progress")),
    (ActivityStatus.SUBSTANTIAL, QT_TRANSLATE_NOOP("Labels", "Substantial progress")),
    (ActivityStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (FundingKind.NATIONAL_BUDGET, QT_TRANSLATE_NOOP("Labels", "National budget")),
    (FundingKind.DONOR, QT_TRANSLATE_NOOP("Labels", "Donor")),
    (FundingKind.UNFUNDED, QT_TRANSLATE_NOOP("Labels", "Unfunded")),
    (MeetingKind.PLENARY, QT_TRANSLATE_NOOP("Labels", "Plenary")),
    (MeetingKind.WORKING_GROUP, QT_TRANSLATE_NOOP("Labels", "Working group")),
    (ActionStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ActionState.OVERDUE, QT_TRANSLATE_NOOP("Labels", "Overdue")),
    (ActionState.PENDING, QT_TRANSLATE_NOOP("Labels", "Pending")),
    # Progress between two baselines.
    (Change.NEWLY_MET, QT_TRANSLATE_NOOP("Labels", "Newly met")),
    (Change.IMPROVED, QT_TRANSLATE_NOOP("Labels", "Closer to met")),
    (Change.SLIPPED_BACK, QT_TRANSLATE_NOOP("Labels", "Slipped back")),
)
_BY_MEMBER = {(type(value), value.value): text for value, text in _ENTRIES}
_BY_VALUE = {value.value: text for value, text in _ENTRIES}


def label(value: StrEnum, translate: Translate = installed_translate) -> str:
    """The name of ``value`` in the language of ``translate`` (the interface's by default)."""
    text = _BY_MEMBER.get((type(value), value.value)) or _BY_VALUE[value.value]
    return translate(CONTEXT, text)

