"""What the hand-outs read with plain sqlite3 (``storage.handouts``), checked against the
records as SQLAlchemy's models hold them, on real dossier files."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ncm_desktop.storage import handouts, lock
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import Membership
from ncm_desktop.storage.handouts import ROLE_ORDER, ReadOnlyDossier
from ncm_desktop.storage.models import (
    Mechanism,
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
)


def test_member_organisations_are_the_records_of_the_models(demo: Dossier) -> None:
    with demo.session() as session:
        records = session.scalars(select(Organisation)).all()
        expected = {
            o.id: (o.name, o.acronym, o.category_id, o.membership,
                   {(p.id, p.full_name, p.title, p.sex, p.role, p.phone, p.email)
                    for p in o.people})
            for o in records if o.membership is not Membership.NOT_PRESENT
        }
        absent = {o.id for o in records if o.membership is Membership.NOT_PRESENT}
    assert absent and expected  # the sample has both kinds

    with ReadOnlyDossier(demo.path).reader() as connection:
        organisations = handouts.member_organisations(connection)

    found = {o.id: (o.name, o.acronym, o.category_id, o.membership,
                    {(p.id, p.full_name, p.title, p.sex, p.role, p.phone, p.email)
                     for p in o.representatives})
             for o in organisations}
    assert found == expected
    names = [o.name.casefold() for o in organisations]
    assert names == sorted(names)
    for organisation in organisations:
        order = [(ROLE_ORDER[p.role], p.full_name.casefold())
                 for p in organisation.representatives]
        assert order == sorted(order)


def test_mechanism_and_contacts_are_the_records_of_the_models(demo: Dossier) -> None:
    with demo.session() as session:
        mechanism = session.scalars(select(Mechanism)).one()
        expected_mechanism = (mechanism.state_name, mechanism.name, mechanism.legal_basis,
                              mechanism.legal_basis_date, mechanism.address, mechanism.phone,
                              mechanism.email)
        designations = session.execute(
            select(PointOfContactInstrument, PointOfContact, Person)
            .join(PointOfContact,
                  PointOfContact.id == PointOfContactInstrument.point_of_contact_id)
            .join(Person, Person.id == PointOfContact.person_id)
        ).all()
        expected_contacts = sorted(
            (i.instrument_id, c.id, p.full_name, p.title,
             p.organisation.name if p.organisation else "", p.phone, p.email, i.notified_on,
             i.confirmed_on)
            for i, c, p in designations
        )
    assert expected_mechanism[3] is not None and expected_contacts

    with demo.reader() as connection:  # the window's way: a connection of its pool
        details = handouts.mechanism_details(connection)
        contacts = handouts.instrument_contacts(connection)

    assert (details.state_name, details.name, details.legal_basis, details.legal_basis_date,
            details.address, details.phone, details.email) == expected_mechanism
    found = [(c.instrument_id, c.point_of_contact_id, c.contact.full_name, c.contact.title,
              c.contact.organisation, c.contact.phone, c.contact.email, c.notified_on,
              c.confirmed_on) for c in contacts]
    assert found == expected_contacts
    assert any(c.notified_on is not None for c in contacts)


def test_reading_neither_locks_nor_changes_the_file(demo_path: Path) -> None:
    content = demo_path.read_bytes()
    with ReadOnlyDossier(demo_path).reader() as connection:
        assert handouts.member_organisations(connection)
        assert lock.lock_path(demo_path).exists() is False
        assert lock.read_owner(demo_path) is None
    assert demo_path.read_bytes() == content
    assert not lock.lock_path(demo_path).exists()


def test_a_read_sees_one_state_of_the_dossier(demo_path: Path) -> None:
    dossier = ReadOnlyDossier(demo_path)
    with dossier.reader() as connection:
        before = handouts.member_organisations(connection)
        writer = connect(demo_path)
        try:
            writer.execute("UPDATE organisation SET name = 'Renamed meanwhile'")
        finally:
            writer.close()
        assert handouts.member_organisations(connection) == before
    with dossier.reader() as connection:
        assert {o.name for o in handouts.member_organisations(connection)} == \
            {"Renamed meanwhile"}


def test_an_empty_dossier_reads_as_empty(dossier: Dossier) -> None:
    with ReadOnlyDossier(dossier.path).reader() as connection:
        assert handouts.member_organisations(connection) == []
        assert handouts.expected_participants(connection) == []
        assert handouts.instrument_contacts(connection) == []
        assert handouts.mechanism_details(connection).legal_basis_date is None
