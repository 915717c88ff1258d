"""Closed lists of values stored in a dossier.  Their labels live in ``ncm_desktop.i18n``."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NOT_RECORDED = "not_recorded"


class Role(StrEnum):
    """A person's role in the mechanism; everyone but an alternate is a titular member."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    ALTERNATE = "alternate"

    @property
    def is_titular(self) -> bool:
        return self is not Role.ALTERNATE


class Membership(StrEnum):
    """An organisation's standing in the mechanism."""

    FULL_MEMBER = "full_member"
    OBSERVER = "observer"
    INVITED = "invited"
    NOT_PRESENT = "not_present"  # the State has no such body


#: The organisations that belong to the mechanism: full members and observers (not those
#: only invited, nor bodies the State does not have).  They may lead activities, answer
#: for responsibilities and are expected at meetings; observers count because the United
#: Nations and international bodies often take part as observers (7.4.5).
MEMBER_OR_OBSERVER = (Membership.FULL_MEMBER, Membership.OBSERVER)


# -- the set-up of the mechanism (clauses 4 to 9) ---------------------------------------
# Values are distinct from every other enum's values unless the label is the same word:
# ``i18n.labels`` keys its table by value.


class YesNoUnknown(StrEnum):
    """An answer that may not be known yet (a category exists in the State, data by sex ...)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class DataAvailability(StrEnum):
    """Whether the data a monitoring area of 7.3.2 a) needs is available."""

    AVAILABLE = "available"
    PARTIAL = "partial"
    UNAVAILABLE = "unavailable"


class FunctionStatus(StrEnum):
    """How far a function of 7.3 has come."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ResourceStatus(StrEnum):
    """Whether a resource of clause 8 is in place."""

    MISSING = "missing"
    PARTLY_IN_PLACE = "partly_in_place"
    IN_PLACE = "in_place"


class FundingSource(StrEnum):
    """Who pays for a resource of clause 8; clause 8 names the National Authority first."""

    NATIONAL_AUTHORITY = "national_authority"
    OTHER_NATIONAL = "other_national"
    REGIONAL = "regional"
    INTERNATIONAL = "international"
    NOT_KNOWN = "not_known"


class ResponsibilityRole(StrEnum):
    """An organisation's part in a functional area of Table 1."""

    LEAD = "lead"
    SUPPORT = "support"


class Answer(StrEnum):
    """A hand-given readiness answer to a provision the data cannot decide."""

    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


class ChangeAction(StrEnum):
    """What a change-log entry records about a row."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"  # put back by Edit > Undo after a delete


# -- the National Action Plan and meetings (clause 10, 7.3.2 e) ------------------------


class PlanStatus(StrEnum):
    """Whether the National Action Plan is still a draft or has been adopted."""

    DRAFT = "draft"
    ADOPTED = "adopted"


class ActivityStatus(StrEnum):
    """How far an activity of the plan has come (the scale of action-plan reviews)."""

    NOT_STARTED = "not_started"
    LIMITED = "limited"
    SUBSTANTIAL = "substantial"
    COMPLETED = "completed"


class FundingKind(StrEnum):
    """Who pays for an activity of the plan."""

    NATIONAL_BUDGET = "national_budget"
    DONOR = "donor"  # a named donor
    UNFUNDED = "unfunded"


class MeetingKind(StrEnum):
    PLENARY = "plenary"
    WORKING_GROUP = "working_group"


class ActionStatus(StrEnum):
    """How far a follow-up action decided at a meeting has come."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class BackupReason(StrEnum):
    """Why a backup was made (shown in the Backups dialog)."""

    OPEN = "open"
    TIMER = "timer"
    MANUAL = "manual"
    MIGRATION = "migration"
    IMPORT = "import"
    MERGE = "merge"
    RESTORE = "restore"  # the state just before a backup was restored over it
    WORKING_COPY = "working-copy"  # changes on a local working copy never written back
