"""Values as the plain-SQL reads get them back, made into Python's.

Every read module (:mod:`storage.queries`, :mod:`storage.dossier_data`,
:mod:`storage.plan_queries`, :mod:`storage.handouts`, :mod:`storage.baselines`) gets the
columns as SQLite stores them, and so does a server dossier's reader
(:mod:`storage.server_reader` gives the same text): identifiers as SQLAlchemy's ``Uuid``
type stores them, 32 hex characters, and dates as ISO text.
"""

from __future__ import annotations

import uuid
from datetime import date


def as_uuid(value: str | bytes) -> uuid.UUID:
    return uuid.UUID(hex=value if isinstance(value, str) else value.decode())


def as_uuid_or_none(value: str | bytes | None) -> uuid.UUID | None:
    return as_uuid(value) if value else None


def as_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
