"""Writes to a dossier.  Each function is one transaction: it all lands, or none of it.

Values are checked with :mod:`storage.validation` before anything is written, so a bad
value raises :class:`ValidationError` and leaves the dossier as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.storage import validation
from ncm_desktop.storage.cascade_delete import DeletedRows, delete_with_dependents, restore
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.errors import RecordChangedElsewhere, ValidationError
from ncm_desktop.storage.models import Mechanism, Organisation, Person, Setting


@dataclass(frozen=True)
class OrganisationValues:
    name: str
    acronym: str = ""
    category_id: str | None = None
    membership: Membership = Membership.FULL_MEMBER
    notes: str = ""

    def checked(self) -> OrganisationValues:
        category = self.category_id or None
        if category is not None and not load_catalog().has("category", category):
            raise ValidationError("category_id", ValidationError.Code.INVALID_CHOICE, category)
        return replace(
            self,
            name=validation.required_text("name", self.name, 300),
            acronym=validation.optional_text("acronym", self.acronym, 40),
            category_id=category,
            membership=validation.enum_value("membership", self.membership, Membership),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


@dataclass(frozen=True)
class PersonValues:
    full_name: str
    organisation_id: uuid.UUID | None = None
    title: str = ""
    sex: Sex = Sex.NOT_RECORDED
    role: Role = Role.MEMBER
    phone: str = ""
    email: str = ""
    mandate_start: date | None = None
    notes: str = ""

    def checked(self) -> PersonValues:
        return replace(
            self,
            full_name=validation.required_text("full_name", self.full_name),
            title=validation.optional_text("title", self.title),
            sex=validation.enum_value("sex", self.sex, Sex),
            role=validation.enum_value("role", self.role, Role),
            phone=validation.phone("phone", self.phone),
            email=validation.email("email", self.email),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


@dataclass(frozen=True)
class MechanismValues:
    state_name: str
    name: str
    legal_basis: str = ""
    legal_basis_date: date | None = None
    address: str = ""
    phone: str = ""
    email: str = ""

    def checked(self) -> MechanismValues:
        return replace(
            self,
            state_name=validation.optional_text("state_name", self.state_name),
            name=validation.optional_text("name", self.name, 300),
            legal_basis=validation.optional_text("legal_basis", self.legal_basis, 5000),
            address=validation.optional_text("address", self.address, 1000),
            phone=validation.phone("phone", self.phone),
            email=validation.email("email", self.email),
        )


def save_organisation(
    dossier: Dossier, values: OrganisationValues, organisation_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add an organisation, or change the one with ``organisation_id``; return its id."""
    checked = values.checked()
    with dossier.transaction() as session:
        organisation = (
            session.get_one(Organisation, organisation_id) if organisation_id else Organisation()
        )
        for name, value in vars(checked).items():
            setattr(organisation, name, value)
        session.add(organisation)
        session.flush()
        return organisation.id


def save_person(
    dossier: Dossier, values: PersonValues, person_id: uuid.UUID | None = None, *,
    read_version: int | None = None,
) -> uuid.UUID:
    """Add a person, or change the one with ``person_id``; return its id.

    ``read_version`` is the version of the person the values were edited from: when
    someone else has saved the person since, :class:`RecordChangedElsewhere` is raised
    and nothing is written.
    """
    checked = values.checked()
    with dossier.transaction() as session:
        if checked.organisation_id is not None:
            session.get_one(Organisation, checked.organisation_id)
        person = session.get_one(Person, person_id) if person_id else Person()
        if read_version is not None and person_id and person.version != read_version:
            raise RecordChangedElsewhere(Person.__tablename__, str(person_id))
        for name, value in vars(checked).items():
            setattr(person, name, value)
        session.add(person)
        session.flush()
        return person.id


def save_mechanism(dossier: Dossier, values: MechanismValues) -> None:
    checked = values.checked()
    with dossier.transaction() as session:
        mechanism = session.scalars(select(Mechanism)).first() or Mechanism()
        for name, value in vars(checked).items():
            setattr(mechanism, name, value)
        session.add(mechanism)


def delete_organisations(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    """Delete organisations with their representatives; the result undoes it."""
    with dossier.transaction() as session:
        return delete_with_dependents(session, Organisation.__table__, ids)  # type: ignore[arg-type]


def delete_people(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    with dossier.transaction() as session:
        return delete_with_dependents(session, Person.__table__, ids)  # type: ignore[arg-type]


def undo_delete(dossier: Dossier, deleted: DeletedRows) -> None:
    with dossier.transaction() as session:
        restore(session, deleted)


def get_setting(dossier: Dossier, key: str, default: str = "") -> str:
    with dossier.session() as session:
        value = session.scalars(select(Setting.value).where(Setting.key == key)).first()
    return default if value is None else value


def set_setting(dossier: Dossier, key: str, value: str) -> None:
    with dossier.transaction() as session:
        setting = session.scalars(select(Setting).where(Setting.key == key)).first()
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
