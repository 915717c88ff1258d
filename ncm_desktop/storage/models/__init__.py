"""Every table of a dossier.  Import from here so that the metadata is complete."""

from ncm_desktop.storage.models.base import Base, Record
from ncm_desktop.storage.models.category_memory import CategoryCorrection
from ncm_desktop.storage.models.change_log import ChangeLogEntry
from ncm_desktop.storage.models.core import (
    Mechanism,
    NationalAuthority,
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
    Setting,
)
from ncm_desktop.storage.models.exchange import (
    DossierIdentity,
    ExchangePeer,
    MergeHistory,
    Tombstone,
)
from ncm_desktop.storage.models.plan import (
    AgendaItem,
    Decision,
    DismissedSuggestion,
    FollowUpAction,
    Meeting,
    Participant,
    Plan,
    PlanActivity,
    PlanActivityPartner,
    PlanObjective,
)
from ncm_desktop.storage.models.readiness import ReadinessBaseline
from ncm_desktop.storage.models.setup import (
    AuthorityProfile,
    AuthorityRole,
    CategoryPresence,
    ContactProfileItem,
    CoordinationArrangement,
    FunctionProgress,
    InstrumentMembership,
    MonitoringAreaStatus,
    ReadinessAnswer,
    ResourceNeedStatus,
    Responsibility,
)

__all__ = [
    "AgendaItem",
    "AuthorityProfile",
    "AuthorityRole",
    "Base",
    "CategoryCorrection",
    "CategoryPresence",
    "ChangeLogEntry",
    "ContactProfileItem",
    "CoordinationArrangement",
    "DossierIdentity",
    "ExchangePeer",
    "FunctionProgress",
    "InstrumentMembership",
    "Mechanism",
    "MergeHistory",
    "Decision",
    "DismissedSuggestion",
    "FollowUpAction",
    "FunctionProgress",
    "InstrumentMembership",
    "Mechanism",
    "Meeting",
    "MonitoringAreaStatus",
    "NationalAuthority",
    "Organisation",
    "Participant",
    "Person",
    "Plan",
    "PlanActivity",
    "PlanActivityPartner",
    "PlanObjective",
    "PointOfContact",
    "PointOfContactInstrument",
    "ReadinessAnswer",
    "ReadinessBaseline",
    "Record",
    "ResourceNeedStatus",
    "Responsibility",
    "Setting",
    "Tombstone",
]
