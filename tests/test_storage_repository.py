"""Writes through the repository: validation first, one transaction, undo of deletes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ncm_desktop.storage import queries, repository
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import Role, Sex
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import (
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
)
from ncm_desktop.storage.repository import OrganisationValues, PersonValues


def _count(dossier: Dossier, model: type) -> int:
    with dossier.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_organisation_and_a_person_round_trip(dossier: Dossier) -> None:
    ministry = repository.save_organisation(
        dossier, OrganisationValues("  Ministry of   Health ", "MOH", "7.4.2.f"))
    person = repository.save_person(dossier, PersonValues(
        full_name="Aminata Diallo", organisation_id=ministry, title="Director",
        sex=Sex.FEMALE, role=Role.CHAIR, phone="+221 33 889 12 00",
        email="a.diallo@health.gov.example", mandate_start=date(2024, 1, 15)))

    with dossier.session() as session:
        stored = session.get_one(Person, person)
        assert stored.organisation is not None
        assert stored.organisation.name == "Ministry of Health"
        assert stored.organisation.category_id == "7.4.2.f"
        assert (stored.sex, stored.role, stored.mandate_start) == (
            Sex.FEMALE, Role.CHAIR, date(2024, 1, 15))
    rows = queries.people(connect(dossier.path, read_only=True))
    assert [(r.full_name, r.organisation_name, r.email) for r in rows] == [
        ("Aminata Diallo", "Ministry of Health", "a.diallo@health.gov.example")]


def test_editing_keeps_the_uuid_and_moves_modified_at(dossier: Dossier) -> None:
    first = repository.save_organisation(dossier, OrganisationValues("Ministry of Defence"))
    with dossier.session() as session:
        before = session.get_one(Organisation, first).modified_at
    again = repository.save_organisation(
        dossier, OrganisationValues("Ministry of Defence", "MOD", "7.4.2.b"), first)
    with dossier.session() as session:
        after = session.get_one(Organisation, first)
    assert again == first
    assert after.acronym == "MOD"
    assert after.modified_at >= before


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        (PersonValues(full_name="   "), "full_name", ValidationError.Code.REQUIRED),
        (PersonValues(full_name="A B", email="not-an-address"), "email",
         ValidationError.Code.INVALID_EMAIL),
        (PersonValues(full_name="A B", email="a@b"), "email",
         ValidationError.Code.INVALID_EMAIL),
        (PersonValues(full_name="A B", phone="call me"), "phone",
         ValidationError.Code.INVALID_PHONE),
        (PersonValues(full_name="A B", phone="12"), "phone", ValidationError.Code.INVALID_PHONE),
        (PersonValues(full_name="x" * 201), "full_name", ValidationError.Code.TOO_LONG),
        (PersonValues(full_name="A B", sex="unknown"), "sex",  # type: ignore[arg-type]
         ValidationError.Code.INVALID_CHOICE),
    ],
)
def test_bad_person_values_are_refused_and_nothing_is_written(
    dossier: Dossier, values: PersonValues, field: str, code: ValidationError.Code
) -> None:
    with pytest.raises(ValidationError) as caught:
        repository.save_person(dossier, values)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _count(dossier, Person) == 0


def test_usual_phone_notations_are_accepted(dossier: Dossier) -> None:
    for phone in ("+221 33 889 12 00", "(021) 555-0100", "+1 212 963 1234 ext. 56", "0612345678"):
        repository.save_person(dossier, PersonValues(full_name=f"Person {phone}", phone=phone))
    assert _count(dossier, Person) == 4


def test_an_unknown_category_is_refused(dossier: Dossier) -> None:
    with pytest.raises(ValidationError) as caught:
        repository.save_organisation(dossier, OrganisationValues("Ministry", category_id="7.9.9"))
    assert caught.value.field == "category_id"
    assert _count(dossier, Organisation) == 0


def test_a_person_in_an_unknown_organisation_is_refused_whole(dossier: Dossier) -> None:
    import uuid

    from sqlalchemy.exc import NoResultFound

    with pytest.raises(NoResultFound):
        repository.save_person(dossier,
                               PersonValues(full_name="Lost", organisation_id=uuid.uuid4()))
    assert _count(dossier, Person) == 0


def test_deleting_an_organisation_takes_its_people_and_undo_brings_all_back(
    demo: Dossier,
) -> None:
    with demo.session() as session:
        unit = session.scalars(
            select(Organisation).where(Organisation.category_id == "7.4.2.s")).one()
        people = {p.id: (p.full_name, p.email, p.created_at) for p in unit.people}
        contacts = session.scalar(select(func.count()).select_from(PointOfContactInstrument))
    assert people and contacts
    organisations, persons = _count(demo, Organisation), _count(demo, Person)

    deleted = repository.delete_organisations(demo, [unit.id])
    assert deleted.count("organisation") == 1
    assert deleted.count("person") == len(people)
    assert deleted.count("point_of_contact") == 1
    assert _count(demo, Organisation) == organisations - 1
    assert _count(demo, Person) == persons - len(people)

    repository.undo_delete(demo, deleted)
    assert _count(demo, Organisation) == organisations
    assert _count(demo, Person) == persons
    assert _count(demo, PointOfContactInstrument) == contacts
    with demo.session() as session:
        restored = session.get_one(Organisation, unit.id)
        assert {p.id: (p.full_name, p.email, p.created_at) for p in restored.people} == people
        assert session.scalar(select(func.count()).select_from(PointOfContact)) == 2


def test_settings_are_stored_in_the_dossier(dossier: Dossier) -> None:
    assert repository.get_setting(dossier, "paper_size", "A4") == "A4"
    repository.set_setting(dossier, "paper_size", "Letter")
    repository.set_setting(dossier, "paper_size", "A4")
    assert repository.get_setting(dossier, "paper_size") == "A4"


def test_membership_values_are_checked_by_the_database(dossier: Dossier) -> None:
    from sqlalchemy.exc import IntegrityError, StatementError

    with pytest.raises((IntegrityError, StatementError)), dossier.transaction() as session:
        session.execute(Organisation.__table__.insert().values(  # type: ignore[attr-defined]
            name="Bad", membership="emperor", acronym="", notes=""))
    assert _count(dossier, Organisation) == 0
