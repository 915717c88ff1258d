"""What a rule says about a dossier, as structured data that any face can put into words.

Rules never write sentences: a :class:`Message` is a code and its parameters (names from
the dossier, numbers, dates, catalog references, enum values, nested messages), which
``ncm_desktop.i18n.findings`` renders in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Union

from ncm_desktop.catalog.model import Priority, ProvisionKind


class Status(StrEnum):
    """How far a provision is met.  Hand answers use the first four (``storage.enums.Answer``)."""

    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"
    UNANSWERED = "unanswered"


class Decided(StrEnum):
    """Where a status comes from."""

    DATA = "data"  # the program decided it from the dossier's records
    HAND = "hand"  # the user answered it, with evidence
    UNANSWERED = "unanswered"  # the data cannot decide it and nobody has answered yet


class Code(StrEnum):
    """Every sentence a rule can say; ``i18n.findings`` has a template for each."""

    JOINED = "joined"  # several messages, one after the other
    NOT_APPLICABLE_INSTRUMENT = "not_applicable_instrument"
    HAND_ANSWER = "hand_answer"
    HAND_ANSWER_NO_EVIDENCE = "hand_answer_no_evidence"
    UNANSWERED = "unanswered"
    # framework and mechanism
    MECHANISM_ESTABLISHED = "mechanism_established"
    MECHANISM_MISSING = "mechanism_missing"
    PART_NAME = "part_name"
    PART_LEGAL_BASIS = "part_legal_basis"
    PART_AUTHORITY = "part_authority"
    PART_CONTACT = "part_contact"
    MECHANISM_REQUIRED = "mechanism_required"
    # National Authority
    AUTHORITY_DESIGNATED = "authority_designated"
    AUTHORITY_MISSING = "authority_missing"
    KNOWN_AS = "known_as"
    KNOWN_AS_MISSING = "known_as_missing"
    ROLE_IN_PLACE = "role_in_place"
    ROLE_IN_PLACE_NO_HOW = "role_in_place_no_how"
    ROLE_NOT_IN_PLACE = "role_not_in_place"
    HOST_IS_INTERIOR = "host_is_interior"
    HOST_WITHIN_INTERIOR = "host_within_interior"
    HOST_NOT_INTERIOR = "host_not_interior"
    HOST_INTERIOR_UNKNOWN = "host_interior_unknown"
    # Points of Contact
    NO_CONTACT = "no_contact"
    CONTACT_COVERS = "contact_covers"
    CONTACT_MISSING = "contact_missing"
    NO_INSTRUMENT_JOINED = "no_instrument_joined"
    CONTACTS_COVER_ALL = "contacts_cover_all"
    CONTACTS_COVER_SOME = "contacts_cover_some"
    ONE_CONTACT = "one_contact"
    CONTACT_COVERS_SEVERAL = "contact_covers_several"
    SEPARATE_CONTACTS = "separate_contacts"
    COORDINATION_NOT_NEEDED = "coordination_not_needed"
    COORDINATION_RECORDED = "coordination_recorded"
    COORDINATION_MISSING = "coordination_missing"
    PROFILE_ALL = "profile_all"
    PROFILE_SOME = "profile_some"
    PROFILE_NONE = "profile_none"
    NOTIFIED_CURRENT = "notified_current"
    NOTIFIED_STALE = "notified_stale"
    NEVER_NOTIFIED = "never_notified"
    # functions and monitoring
    FUNCTION_STATUS = "function_status"
    FUNCTION_STATUS_LEAD = "function_status_lead"
    FUNCTION_NOT_RECORDED = "function_not_recorded"
    MONITORING = "monitoring"
    MONITORING_BY_SEX = "monitoring_by_sex"
    MONITORING_NOT_RECORDED = "monitoring_not_recorded"
    # responsibilities (Table 1)
    AREAS_ALL_LED = "areas_all_led"
    AREAS_NO_LEAD = "areas_no_lead"
    AREAS_SEVERAL_LEADS = "areas_several_leads"
    AREAS_UNCONFIRMED = "areas_unconfirmed"
    AREA_NO_LEAD = "area_no_lead"
    AREA_SEVERAL_LEADS = "area_several_leads"
    AREA_UNCONFIRMED = "area_unconfirmed"
    AREA_MISSING_KINDS = "area_missing_kinds"
    MATRIX_USED = "matrix_used"
    MATRIX_EMPTY = "matrix_empty"
    # composition
    COMPOSITION_COMPLETE = "composition_complete"
    COMPOSITION_MISSING = "composition_missing"
    CATEGORY_COVERAGE = "category_coverage"
    CATEGORY_ABSENT = "category_absent"
    CATEGORY_NOT_PRESENT = "category_not_present"
    CATEGORY_CONFLICT = "category_conflict"
    INTERNATIONAL_RECORDED = "international_recorded"
    INTERNATIONAL_NONE = "international_none"
    GENDER_SHARE = "gender_share"
    GENDER_SHARE_COMPLETE = "gender_share_complete"
    GENDER_NOT_RECORDED = "gender_not_recorded"
    # infrastructure
    RESOURCE = "resource"
    RESOURCE_NOT_RECORDED = "resource_not_recorded"
    FUNDED_BY_AUTHORITY = "funded_by_authority"
    NOT_FUNDED_BY_AUTHORITY = "not_funded_by_authority"


@dataclass(frozen=True, slots=True)
class Ref:
    """A catalog item (``section`` as in ``Catalog.has``), named in the reader's language."""

    section: str
    id: str


#: What a message may carry.  Strings are names from the dossier, shown as they are.
Param = Union[str, int, date, Ref, StrEnum, "Message", tuple["Param", ...]]


@dataclass(frozen=True, slots=True)
class Message:
    code: Code
    params: tuple[Param, ...] = ()

    @staticmethod
    def join(*messages: Message) -> Message:
        return Message(Code.JOINED, tuple(messages))


@dataclass(frozen=True, slots=True)
class Link:
    """Where the fix is: a page of the window (a ``SECTIONS`` key) and a field on it."""

    page: str
    field: str = ""


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A rule's verdict on one provision."""

    status: Status
    message: Message
    link: Link


@dataclass(frozen=True, slots=True)
class Finding:
    """One provision of the catalog as judged for this dossier."""

    provision_id: str
    clause: str
    kind: ProvisionKind
    priority: Priority | None
    status: Status
    decided: Decided
    message: Message
    link: Link
    #: Position of the provision in the catalog: the standard's own order.
    order: int
    #: The catalog's concrete next step, in the catalog's language.
    next_step: str = ""
    evidence: str = ""

    @property
    def informative(self) -> bool:
        """'may' and 'can' describe options: shown, never counted against the score."""
        return self.kind in (ProvisionKind.MAY, ProvisionKind.CAN)

    @property
    def counted(self) -> bool:
        return not self.informative and self.status is not Status.NOT_APPLICABLE

    @property
    def is_gap(self) -> bool:
        return self.counted and self.status in (Status.PARTLY_MET, Status.NOT_MET,
                                                Status.UNANSWERED)

    @property
    def top_clause(self) -> str:
        return self.clause.split(".", 1)[0]

    def sort_key(self) -> tuple[int, int, int]:
        """'shall' before 'should' before 'may', high priority before lower, then clause order."""
        priority = self.priority.rank if self.priority is not None else len(Priority)
        return (self.kind.rank, priority, self.order)
