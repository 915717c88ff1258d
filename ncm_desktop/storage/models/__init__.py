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

__all__ = [
    "Base",
    "DossierIdentity",
    "ExchangePeer",
    "Mechanism",
    "MergeHistory",
    "NationalAuthority",
    "Organisation",
    "Person",
    "PointOfContact",
    "PointOfContactInstrument",
    "Record",
    "Setting",
    "Tombstone",
]
