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

__all__ = [
    "Base",
    "Mechanism",
    "NationalAuthority",
    "Organisation",
    "Person",
    "PointOfContact",
    "PointOfContactInstrument",
    "Record",
    "Setting",
]
