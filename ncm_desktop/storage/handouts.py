"""What the printed hand-outs read from a dossier, as plain immutable data.

The report modules (``ncm_desktop.reports``) draw these dataclasses and never see a
session or a row.  The reads are plain DB-API SQL, as the window's lists read
(:mod:`storage.queries`): no SQLAlchemy to import, so that ``ncm-desktop export``
starts quickly, and 10,000 people load as plain rows in a few tens of milliseconds.
The SQL is standard (``COALESCE``, ``<>``, joins; no function of SQLite's own), written
once per read, so that it also runs on a shared PostgreSQL server; what a driver hands
back for an identifier or a date is converted by the small functions at the end.

A hand-out reads a :class:`Readable`: the window's :class:`storage.database.Dossier`,
or on the command line a :class:`ReadOnlyDossier`, which opens the file read-only with
the standard library (:func:`storage.connection.connect`) and never writes it.
"""

from __future__ import annotations

import contextlib
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.enums import MEMBER_OR_OBSERVER, Membership, Role, Sex
from ncm_desktop.storage.raw_values import as_date, as_uuid
from ncm_desktop.storage.sqlite_module import sqlite3


class Readable(Protocol):
    """A dossier the hand-outs can read."""

    def reader(self) -> AbstractContextManager[sqlite3.Connection]:
        """A plain DB-API connection in one read transaction (:func:`read_transaction`),
        for the length of a ``with`` block."""
        ...


@dataclass(frozen=True, slots=True)
class ReadOnlyDossier:
    """A dossier file read with the standard library only: no lock, no write, no
    SQLAlchemy (``ncm-desktop export``)."""

    path: Path

    @contextlib.contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        connection = connect(self.path, read_only=True)
        try:
            with read_transaction(connection):
                yield connection
        finally:
            connection.close()


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


def mechanism_details(connection: sqlite3.Connection) -> MechanismDetails:
    row = connection.execute(
        """
        SELECT state_name, name, legal_basis, legal_basis_date, address, phone, email
        FROM mechanism
        LIMIT 1
        """
    ).fetchone()
    if row is None:
        return MechanismDetails("", "", "", None, "", "", "")
    state_name, name, legal_basis, legal_basis_date, address, phone, email = row
    return MechanismDetails(state_name, name, legal_basis, as_date(legal_basis_date), address,
                            phone, email)


def member_organisations(connection: sqlite3.Connection) -> list[MemberOrganisation]:
    """Every organisation present in the mechanism, by name, with its representatives.

    Organisations recorded as absent from the State (``NOT_PRESENT``) are left out;
    representatives come officers first, then by name.
    """
    with read_transaction(connection):
        people_rows = connection.execute(
            """
            SELECT organisation_id, id, full_name, title, sex, role, phone, email
            FROM person
            WHERE organisation_id IS NOT NULL
            """
        ).fetchall()
        organisation_rows = connection.execute(
            """
            SELECT id, name, acronym, category_id, membership
            FROM organisation
            WHERE membership <> 'not_present'
            """
        ).fetchall()
    # Keyed by the identifier as stored: both columns hold it in the same form.
    people: dict[object, list[Representative]] = defaultdict(list)
    for organisation_id, person_id, full_name, title, sex, role, phone, email in people_rows:
        people[organisation_id].append(Representative(
            as_uuid(person_id), full_name, title, Sex(sex), Role(role), phone, email))
    organisations = []
    for organisation_id, name, acronym, category_id, membership in organisation_rows:
        representatives = sorted(
            people.get(organisation_id, ()),
            key=lambda p: (ROLE_ORDER[p.role], p.full_name.casefold()),
        )
        organisations.append(MemberOrganisation(as_uuid(organisation_id), name, acronym,
                                                category_id, Membership(membership),
                                                tuple(representatives)))
    organisations.sort(key=lambda o: o.name.casefold())
    return organisations


def expected_participants(connection: sqlite3.Connection) -> list[Participant]:
    """Who is expected at a meeting of the mechanism when no invitation list says otherwise:
    every representative of a full-member or observer organisation."""
    return [
        Participant(organisation.name, person.full_name, person.title, person.role)
        for organisation in member_organisations(connection)
        if organisation.membership in MEMBER_OR_OBSERVER
        for person in organisation.representatives
    ]


def instrument_contacts(connection: sqlite3.Connection) -> list[InstrumentContact]:
    """Every (Point of Contact, instrument) designation, with the person's details."""
    rows = connection.execute(
        """
        SELECT i.instrument_id, c.id, p.full_name, p.title, COALESCE(o.name, ''),
               p.phone, p.email, i.notified_on, i.confirmed_on
        FROM point_of_contact_instrument i
        JOIN point_of_contact c ON c.id = i.point_of_contact_id
        JOIN person p ON p.id = c.person_id
        LEFT JOIN organisation o ON o.id = p.organisation_id
        ORDER BY i.instrument_id, p.full_name
        """
    ).fetchall()
    return [
        InstrumentContact(
            instrument_id=instrument, point_of_contact_id=as_uuid(contact_id),
            contact=Contact(name, title, organisation, phone, email),
            notified_on=as_date(notified), confirmed_on=as_date(confirmed),
        )
        for instrument, contact_id, name, title, organisation, phone, email, notified, confirmed
        in rows
    ]


@contextlib.contextmanager
def read_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``connection`` in one read transaction for a ``with`` block, so that several
    statements see the same state of the dossier; within a transaction already open, the
    block is part of it."""
    if connection.in_transaction:
        yield connection
        return
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        if connection.in_transaction:
            connection.execute("COMMIT")
