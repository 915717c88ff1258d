"""Every table of a dossier.  Import from here so that the metadata is complete."""

from ncm_desktop.storage.models.base import Base, Record
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
    "AuthorityProfile",
    "AuthorityRole",
    "Base",
    "CategoryPresence",
    "ContactProfileItem",
    "CoordinationArrangement",
    "DossierIdentity",
    "ExchangePeer",
    "FunctionProgress",
    "InstrumentMembership",
    "Mechanism",
    "MergeHistory",
    "MonitoringAreaStatus",
    "NationalAuthority",
    "Organisation",
    "Person",
    "PointOfContact",
    "PointOfContactInstrument",
    "ReadinessAnswer",
    "Record",
    "ResourceNeedStatus",
    "Responsibility",
    "Setting",
    "Tombstone",
]
