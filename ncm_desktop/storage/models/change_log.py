"""Who changed what and when: one row per row written, kept in the dossier itself."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ncm_desktop.storage.enums import ChangeAction
from ncm_desktop.storage.models.base import Base, enum_column
from ncm_desktop.storage.types import UtcDateTime, utc_now


class ChangeLogEntry(Base):
    """A change to one row of another table, written by :mod:`storage.changelog`.

    An append-only log rather than a :class:`Record`: its integer key orders the
    entries and its largest value tells cheaply whether anything changed (backups).
    ``changes`` is JSON: ``{"field": [old, new], ...}``, values as plain JSON (UUIDs
    as hex, dates in ISO 8601, enums by value).
    """

    __tablename__ = "change_log"
    #: ``exchange: local``: the log describes this file's own history and never travels in
    #: exchange packages (whose merges are logged here, as this user's changes).
    __table_args__ = (Index("ix_change_log_record", "table_name", "record_id"),
                      {"info": {"exchange": "local"}})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    user: Mapped[str] = mapped_column(String(200), default="")
    #: The database user who made the change: filled by the server itself
    #: (``DEFAULT current_user`` on PostgreSQL); empty in a file, where ``user`` says who.
    db_user: Mapped[str | None] = mapped_column(String(200), nullable=True)
    table_name: Mapped[str] = mapped_column(String(80))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction, "change_action"))
    changes: Mapped[str] = mapped_column(Text, default="{}")
