"""The set-up of the mechanism clause by clause: framework, roles, functions, resources,
responsibilities and the hand-given readiness answers.

Catalog items (instruments, categories, functions, areas, provisions) are referred to by
their catalog identifier as text, so that a dossier keeps its meaning when the catalog's
texts are translated or reworded.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ncm_desktop.storage.enums import (
    Answer,
    DataAvailability,
    FunctionStatus,
    FundingSource,
    ResourceStatus,
    ResponsibilityRole,
    YesNoUnknown,
)
from ncm_desktop.storage.models.base import Base, Record, enum_column


class InstrumentMembership(Record, Base):
    """An instrument of clause 4 or a regional one, and whether the State has joined it.

    Catalog instruments have ``instrument_id``; a regional instrument the catalog does not
    know is entered by name (``custom_name``) with no identifier.
    """

    __tablename__ = "instrument_membership"

    instrument_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    custom_name: Mapped[str] = mapped_column(String(300), default="")
    joined: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[date | None] = mapped_column(Date)
    #: For a free entry: whether the treaty makes a national mechanism legally required.
    requires_mechanism: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class CategoryPresence(Record, Base):
    """Whether the State has a ministry or body of a 7.4 category at all ("where they exist")."""

    __tablename__ = "category_presence"

    category_id: Mapped[str] = mapped_column(String(40), unique=True)
    present: Mapped[YesNoUnknown] = mapped_column(
        enum_column(YesNoUnknown, "yes_no_unknown"), default=YesNoUnknown.UNKNOWN
    )
    note: Mapped[str] = mapped_column(Text, default="")


class AuthorityProfile(Record, Base):
    """What clause 5 asks about the National Authority beyond its host: one row at most."""

    __tablename__ = "authority_profile"

    #: The name by which the National Authority is known (5.1).
    known_as: Mapped[str] = mapped_column(String(300), default="")
    #: Whether the host is, or sits within, the agency for internal peace and security (5.2).
    within_interior: Mapped[YesNoUnknown] = mapped_column(
        enum_column(YesNoUnknown, "yes_no_unknown"), default=YesNoUnknown.UNKNOWN
    )
    #: The national technical planning and coordination body that supports it (5.2 e).
    technical_body: Mapped[str] = mapped_column(String(300), default="")


class AuthorityRole(Record, Base):
    """One item of the 5.2 a) to e) role checklist: in place or not, and how."""

    __tablename__ = "authority_role"

    provision_id: Mapped[str] = mapped_column(String(40), unique=True)
    in_place: Mapped[bool] = mapped_column(Boolean, default=False)
    how: Mapped[str] = mapped_column(Text, default="")


class ContactProfileItem(Record, Base):
    """One item of the 6.2 a) to f) profile of a Point of Contact."""

    __tablename__ = "contact_profile_item"
    __table_args__ = (UniqueConstraint("point_of_contact_id", "provision_id"),)

    point_of_contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("point_of_contact.id", ondelete="CASCADE"), index=True
    )
    provision_id: Mapped[str] = mapped_column(String(40))
    met: Mapped[bool] = mapped_column(Boolean, default=False)


class CoordinationArrangement(Record, Base):
    """How several Points of Contact share information and coordinate (6.1): one row at most."""

    __tablename__ = "coordination_arrangement"

    description: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(200), default="")
    last_held: Mapped[date | None] = mapped_column(Date)


class FunctionProgress(Record, Base):
    """A function of 7.3: its status, lead organisation and notes."""

    __tablename__ = "function_progress"

    function_id: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[FunctionStatus] = mapped_column(
        enum_column(FunctionStatus, "function_status"), default=FunctionStatus.NOT_STARTED
    )
    lead_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class MonitoringAreaStatus(Record, Base):
    """A monitoring area of 7.3.2 a): is the data there, and is it disaggregated by sex."""

    __tablename__ = "monitoring_area_status"

    area_id: Mapped[str] = mapped_column(String(40), unique=True)
    data_available: Mapped[DataAvailability] = mapped_column(
        enum_column(DataAvailability, "data_availability"), default=DataAvailability.UNAVAILABLE
    )
    sex_disaggregated: Mapped[YesNoUnknown] = mapped_column(
        enum_column(YesNoUnknown, "yes_no_unknown"), default=YesNoUnknown.UNKNOWN
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class ResourceNeedStatus(Record, Base):
    """A resource of clause 8: status, quantity, estimated cost and who funds it.

    The cost is in whole units of ``currency`` (an ISO 4217 code): budgets at this level
    are not kept in cents, and whole numbers add up exactly.
    """

    __tablename__ = "resource_need_status"

    need_id: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[ResourceStatus] = mapped_column(
        enum_column(ResourceStatus, "resource_status"), default=ResourceStatus.MISSING
    )
    quantity: Mapped[int | None] = mapped_column(Integer)
    estimated_cost: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="")
    funding_source: Mapped[FundingSource] = mapped_column(
        enum_column(FundingSource, "funding_source"), default=FundingSource.NATIONAL_AUTHORITY
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class Responsibility(Record, Base):
    """A cell of the Table 1 matrix: an organisation's role in a functional area.

    Suggestions taken from Table 1 are stored unconfirmed until the user confirms them.
    """

    __tablename__ = "responsibility"
    __table_args__ = (UniqueConstraint("area_id", "organisation_id"),)

    area_id: Mapped[str] = mapped_column(String(40), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ResponsibilityRole] = mapped_column(
        enum_column(ResponsibilityRole, "responsibility_role")
    )
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class ReadinessAnswer(Record, Base):
    """The user's answer to a provision the data cannot decide, with a line of evidence."""

    __tablename__ = "readiness_answer"

    provision_id: Mapped[str] = mapped_column(String(40), unique=True)
    answer: Mapped[Answer] = mapped_column(enum_column(Answer, "answer"))
    evidence: Mapped[str] = mapped_column(Text, default="")
