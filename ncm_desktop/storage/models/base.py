"""The declarative base every table shares: UUID keys and UTC timestamps for merging."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, Integer, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ncm_desktop.storage.types import UtcDateTime, utc_now

#: Named constraints survive Alembic's batch rebuilds on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns of every row: a stable UUID, when it was created and last changed, and a
    version counter.

    ``version`` is SQLAlchemy's ``version_id_col``: every ORM update or delete checks that
    the row still has the version it was read with and raises ``StaleDataError``
    otherwise, so that two people saving the same record on a server never overwrite
    each other silently.  It counts this database's writes only and never travels in
    exchange packages (``info={"exchange": "local"}``).
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1",
                                         info={"exchange": "local"})

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a class-level directive
        return {"version_id_col": cls.__table__.c.version}


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A portable enum: a short text column with a CHECK of the allowed values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
