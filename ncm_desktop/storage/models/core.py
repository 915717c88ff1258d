"""The core of a dossier: the mechanism, its organisations and people, its designations."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.models.base import Base, Record, enum_column


class Mechanism(Record, Base):
    """The national coordinating mechanism itself: one row per dossier."""

    __tablename__ = "mechanism"
    __table_args__ = {"info": {"exchange": "singleton"}}

    state_name: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    legal_basis_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Setting(Record, Base):
    """A dossier-wide setting (paper size, notification period ...) as text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Organisation(Record, Base):
    """A ministry, body, association or international organisation in the mechanism."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    category_id: Mapped[str | None] = mapped_column(String(40), index=True)
    membership: Mapped[Membership] = mapped_column(
        enum_column(Membership, "membership"), default=Membership.FULL_MEMBER
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(
        back_populates="organisation", passive_deletes=True
    )


class Person(Record, Base):
    """A representative of an organisation in the mechanism (titular or alternate)."""

    __tablename__ = "person"

    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, "sex"), default=Sex.NOT_RECORDED)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), default=Role.MEMBER)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    mandate_start: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")


class NationalAuthority(Record, Base):
    """The designation of the National Authority (clause 5): at most one row."""

    __tablename__ = "national_authority"
    __table_args__ = {"info": {"exchange": "singleton"}}

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    designated_on: Mapped[date | None] = mapped_column(Date)
    legal_reference: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class PointOfContact(Record, Base):
    """A National Point of Contact (clause 6): a designated person."""

    __tablename__ = "point_of_contact"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    instruments: Mapped[list[PointOfContactInstrument]] = relationship(
        back_populates="point_of_contact", passive_deletes=True
    )


class PointOfContactInstrument(Record, Base):
    """One instrument a Point of Contact covers, and its notification (6.3)."""

    __tablename__ = "point_of_contact_instrument"
    __table_args__ = (UniqueConstraint("point_of_contact_id", "instrument_id"),)

    point_of_contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("point_of_contact.id", ondelete="CASCADE"), index=True
    )
    instrument_id: Mapped[str] = mapped_column(String(40))
    notified_on: Mapped[date | None] = mapped_column(Date)
    confirmed_on: Mapped[date | None] = mapped_column(Date)

    point_of_contact: Mapped[PointOfContact] = relationship(back_populates="instruments")
