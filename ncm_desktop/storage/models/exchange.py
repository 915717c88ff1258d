"""Bookkeeping of the exchange between laptops: deletions, lost versions, peers.

``Table.info["exchange"]`` tells :mod:`storage.exchange` how a table travels in a
package: ``"local"`` tables never leave the dossier (they describe this copy's own
exchanges); ``"singleton"`` tables hold one row per dossier, so two dossiers' rows are
the same record whatever their UUIDs; any other table travels and merges by UUID.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ncm_desktop.storage.models.base import Base, Record, enum_column
from ncm_desktop.storage.types import UtcDateTime, utc_now

LOCAL = {"exchange": "local"}


class HistoryReason(StrEnum):
    """Why a version of a record was set aside by a merge."""

    SUPERSEDED = "superseded"  # the other version was changed later
    CONFLICT = "conflict"  # changed on both sides since the last exchange; a choice was made
    DELETED = "deleted"  # deleted in one dossier, while the other still had it
    ORPHANED = "orphaned"  # its organisation (or other parent) was deleted


class HistorySide(StrEnum):
    """Which dossier the version set aside came from."""

    THIS_DOSSIER = "this_dossier"
    OTHER_DOSSIER = "other_dossier"


class Tombstone(Record, Base):
    """A record that was deleted, so that the deletion reaches the other laptops.

    Written by :func:`storage.cascade_delete.delete_with_dependents` for every row it
    deletes, removed when the delete is undone.
    """

    __tablename__ = "tombstone"
    __table_args__ = (UniqueConstraint("table_name", "record_id"),)

    table_name: Mapped[str] = mapped_column(String(80))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    deleted_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class MergeHistory(Record, Base):
    """A version of a record that a merge set aside, kept whole so nothing is lost."""

    __tablename__ = "merge_history"
    __table_args__ = {"info": LOCAL}

    table_name: Mapped[str] = mapped_column(String(80))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    #: A short description of the record (its name) for lists.
    label: Mapped[str] = mapped_column(String(300), default="")
    merged_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    reason: Mapped[HistoryReason] = mapped_column(enum_column(HistoryReason, "history_reason"))
    side: Mapped[HistorySide] = mapped_column(enum_column(HistorySide, "history_side"))
    peer_name: Mapped[str] = mapped_column(String(300), default="")
    package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    #: The version set aside: every column, as JSON.
    record_json: Mapped[str] = mapped_column(Text)


class ExchangePeer(Record, Base):
    """Another dossier this one has exchanged packages with, and when they last met."""

    __tablename__ = "exchange_peer"
    __table_args__ = {"info": LOCAL}

    peer_dossier_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    peer_name: Mapped[str] = mapped_column(String(300), default="")
    #: Changes made on either side after this moment were not seen by the other one.
    last_exchange_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_package_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class DossierIdentity(Record, Base):
    """One row: the id of this dossier file, which packages name as their source."""

    __tablename__ = "dossier_identity"
    __table_args__ = {"info": LOCAL}
