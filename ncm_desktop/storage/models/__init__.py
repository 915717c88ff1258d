"""Every table of a dossier.  Import from here so that the metadata is complete."""

from ncm_desktop.storage.models.base import Base, Record
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

__all__ = [
    "Base",
    "ChangeLogEntry",
    "Mechanism",
    "NationalAuthority",
    "Organisation",
    "Person",
    "PointOfContact",
    "PointOfContactInstrument",
    "Record",
    "Setting",
]
