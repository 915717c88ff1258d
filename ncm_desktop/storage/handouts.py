"""What the printed hand-outs read from a dossier, as plain immutable data.

The report modules (``ncm_desktop.reports``) draw these dataclasses and never see a
session or a row.  The reads select columns, not ORM objects, so a roster of 10,000
people loads in a few tens of milliseconds; they go through SQLAlchemy so that the same
hand-outs work on a shared PostgreSQL server.
"""

from __future__ import annotations

import contextlib
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.models import (
    Mechanism,
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
)
from ncm_desktop.storage.sqlite_module import sqlite3

if TYPE_CHECKING:
    from ncm_desktop.storage.database import Dossier

#: Order of the people of one organisation on a hand-out: officers first.
ROLE_ORDER: dict[Role, int] = {role: rank for rank, role in enumerate(Role)}


@dataclass(frozen=True, slots=True)
class MechanismDetails:
    state_name: str
    name: str
    legal_basis: str
    legal_basis_date: date | None
    address: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class Representative:
    id: uuid.UUID
    full_name: str
    title: str
    sex: Sex
    role: Role
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class MemberOrganisation:
    """An organisation taking part in the mechanism, with its representatives in order."""

    id: uuid.UUID
    name: str
    acronym: str
    category_id: str | None
    membership: Membership
    representatives: tuple[Representative, ...]


@dataclass(frozen=True, slots=True)
class Contact:
    """A person as a letter or a report names them."""

    full_name: str
    title: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True, slots=True)
class InstrumentContact:
    """One instrument covered by a Point of Contact, with its notification dates."""

    instrument_id: str
    point_of_contact_id: uuid.UUID
    contact: Contact
    notified_on: date | None
    confirmed_on: date | None


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone expected at a meeting, as an attendance sheet lists them."""

    organisation: str
    full_name: str
    title: str = ""
    role: Role | None = None


@contextlib.contextmanager
def stdlib_reader(dossier: Dossier) -> Iterator[sqlite3.Connection]:
    """A standard-library connection to the dossier, from its engine's pool: the hand-outs
    that judge the dossier read it as the window does (``storage.dossier_data``,
    ``storage.plan_queries``), so that both say the same."""
    connection = dossier.engine.raw_connection()
    try:
        driver = connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        yield driver
    finally:
        connection.close()


def mechanism_details(session: Session) -> MechanismDetails:
    row = session.execute(select(
        Mechanism.state_name, Mechanism.name, Mechanism.legal_basis,
        Mechanism.legal_basis_date, Mechanism.address, Mechanism.phone, Mechanism.email,
    ).limit(1)).first()
    if row is None:
        return MechanismDetails("", "", "", None, "", "", "")
    return MechanismDetails(*row)


def member_organisations(session: Session) -> list[MemberOrganisation]:
    """Every organisation present in the mechanism, by name, with its representatives.

    Organisations recorded as absent from the State (``NOT_PRESENT``) are left out;
    representatives come officers first, then by name.
    """
    people: dict[uuid.UUID, list[Representative]] = defaultdict(list)
    for row in session.execute(select(
        Person.organisation_id, Person.id, Person.full_name, Person.title, Person.sex,
        Person.role, Person.phone, Person.email,
    ).where(Person.organisation_id.is_not(None))):
        people[row[0]].append(Representative(*row[1:]))
    organisations = []
    for row in session.execute(
        select(Organisation.id, Organisation.name, Organisation.acronym,
               Organisation.category_id, Organisation.membership)
        .where(Organisation.membership != Membership.NOT_PRESENT)
    ):
        representatives = sorted(
            people.get(row.id, ()),
            key=lambda p: (ROLE_ORDER[p.role], p.full_name.casefold()),
        )
        organisations.append(MemberOrganisation(*row, tuple(representatives)))
    organisations.sort(key=lambda o: o.name.casefold())
    return organisations


def expected_participants(session: Session) -> list[Participant]:
    """Who is expected at a meeting of the mechanism when no invitation list says otherwise:
    every representative of a full-member or observer organisation."""
    return [
        Participant(organisation.name, person.full_name, person.title, person.role)
        for organisation in member_organisations(session)
        if organisation.membership in (Membership.FULL_MEMBER, Membership.OBSERVER)
        for person in organisation.representatives
    ]


def instrument_contacts(session: Session) -> list[InstrumentContact]:
    """Every (Point of Contact, instrument) designation, with the person's details."""
    rows = session.execute(
        select(
            PointOfContactInstrument.instrument_id, PointOfContact.id, Person.full_name,
            Person.title, Organisation.name, Person.phone, Person.email,
            PointOfContactInstrument.notified_on, PointOfContactInstrument.confirmed_on,
        )
        .join(PointOfContact, PointOfContact.id == PointOfContactInstrument.point_of_contact_id)
        .join(Person, Person.id == PointOfContact.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(PointOfContactInstrument.instrument_id, Person.full_name)
    )
    return [
        InstrumentContact(
            instrument_id=instrument, point_of_contact_id=contact_id,
            contact=Contact(name, title, organisation or "", phone, email),
            notified_on=notified, confirmed_on=confirmed,
        )
        for instrument, contact_id, name, title, organisation, phone, email, notified, confirmed
        in rows
    ]
