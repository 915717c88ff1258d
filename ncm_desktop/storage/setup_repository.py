"""Writes for the set-up of the mechanism (clauses 4 to 9 and the readiness answers).

As in :mod:`storage.repository`, each function is one transaction and checks its values
first: a bad value raises :class:`ValidationError` and nothing is written.  Catalog
identifiers are checked against the English catalog (identifiers do not change with
the language).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.storage import validation
from ncm_desktop.storage.cascade_delete import DeletedRows, delete_with_dependents
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import (
    Answer,
    DataAvailability,
    FunctionStatus,
    FundingSource,
    Membership,
    ResourceStatus,
    ResponsibilityRole,
    YesNoUnknown,
)
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import (
    AuthorityProfile,
    AuthorityRole,
    Base,
    CategoryPresence,
    ContactProfileItem,
    CoordinationArrangement,
    FunctionProgress,
    InstrumentMembership,
    MonitoringAreaStatus,
    NationalAuthority,
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
    ReadinessAnswer,
    ResourceNeedStatus,
    Responsibility,
)
from ncm_desktop.storage.repository import set_setting
from ncm_desktop.storage.setup_settings import NOTIFICATION_PERIOD_KEY, NOTIFICATION_PERIOD_MAX

Code = ValidationError.Code

#: Memberships that make an organisation part of the mechanism in some way.
TAKING_PART = (Membership.FULL_MEMBER, Membership.OBSERVER, Membership.INVITED)


#: A model class of the dossier, for the helpers that find or create its rows.
Row = TypeVar("Row", bound=Base)


def _check_catalog(field: str, section: str, item_id: str) -> str:
    if not load_catalog().has(section, item_id):
        raise ValidationError(field, Code.INVALID_CHOICE, item_id)
    return item_id


def _require(session: Session, model: type, row_id: uuid.UUID, field: str) -> None:
    """Refuse a reference to a row that does not exist (deleted meanwhile, say)."""
    if session.get(model, row_id) is None:
        raise ValidationError(field, Code.INVALID_CHOICE, row_id)


def _find(session: Session, model: type[Row], **key: object) -> Row | None:
    """The row of ``model`` whose columns have these values, if there is one."""
    return session.scalars(select(model).filter_by(**key)).first()


def _find_or_create(session: Session, model: type[Row], **key: object) -> Row:
    """The row of ``model`` whose columns have these values, created when missing."""
    row = _find(session, model, **key)
    if row is None:
        row = model(**key)
        session.add(row)
    return row


def _delete_if_there(session: Session, model: type[Row], **key: object) -> None:
    row = _find(session, model, **key)
    if row is not None:
        session.delete(row)


def _single(session: Session, model: type[Row]) -> Row:
    """The one row of a single-row table, created when missing."""
    return _find_or_create(session, model)


# -- framework (clause 4, 7.2 NOTE 1) ------------------------------------------------------


def set_instrument(dossier: Dossier, instrument_id: str, joined: bool,
                   joined_on: date | None = None) -> None:
    """Record whether the State has joined a catalog instrument, and when."""
    _check_catalog("instrument_id", "instrument", instrument_id)
    validation.not_in_future("joined_on", joined_on)
    with dossier.transaction() as session:
        row = _find_or_create(session, InstrumentMembership, instrument_id=instrument_id)
        row.joined = bool(joined)
        row.joined_on = joined_on if joined else None


@dataclass(frozen=True)
class CustomInstrumentValues:
    """A regional instrument the catalog does not list, entered by name."""

    name: str
    joined: bool = True
    joined_on: date | None = None
    requires_mechanism: bool = False
    notes: str = ""

    def checked(self) -> CustomInstrumentValues:
        return replace(
            self,
            name=validation.required_text("custom_name", self.name, 300),
            joined_on=validation.not_in_future("joined_on", self.joined_on),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


def save_custom_instrument(dossier: Dossier, values: CustomInstrumentValues,
                           membership_id: uuid.UUID | None = None) -> uuid.UUID:
    checked = values.checked()
    with dossier.transaction() as session:
        same = session.scalars(select(InstrumentMembership).where(
            InstrumentMembership.instrument_id.is_(None),
            InstrumentMembership.custom_name == checked.name)).first()
        if same is not None and same.id != membership_id:
            raise ValidationError("custom_name", Code.DUPLICATE, checked.name)
        row = (session.get_one(InstrumentMembership, membership_id) if membership_id
               else InstrumentMembership())
        row.instrument_id = None
        row.custom_name = checked.name
        row.joined = checked.joined
        row.joined_on = checked.joined_on if checked.joined else None
        row.requires_mechanism = checked.requires_mechanism
        row.notes = checked.notes
        session.add(row)
        session.flush()
        return row.id


def delete_custom_instrument(dossier: Dossier, membership_id: uuid.UUID) -> DeletedRows:
    with dossier.transaction() as session:
        return delete_with_dependents(
            session, InstrumentMembership.__table__, [membership_id])  # type: ignore[arg-type]


# -- National Authority (clause 5) ---------------------------------------------------------


@dataclass(frozen=True)
class AuthorityValues:
    """The designation: which organisation hosts the National Authority, since when, by what."""

    organisation_id: uuid.UUID | None
    designated_on: date | None = None
    legal_reference: str = ""
    notes: str = ""

    def checked(self) -> AuthorityValues:
        return replace(
            self,
            designated_on=validation.not_in_future("designated_on", self.designated_on),
            legal_reference=validation.optional_text("legal_reference", self.legal_reference,
                                                     2000),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


def save_authority(dossier: Dossier, values: AuthorityValues) -> None:
    """Designate the host of the National Authority; no organisation removes the designation."""
    checked = values.checked()
    with dossier.transaction() as session:
        rows = list(session.scalars(select(NationalAuthority)))
        if checked.organisation_id is None:
            for row in rows:
                session.delete(row)
            return
        _require(session, Organisation, checked.organisation_id, "organisation_id")
        authority = rows[0] if rows else NationalAuthority()
        for extra in rows[1:]:
            session.delete(extra)
        authority.organisation_id = checked.organisation_id
        authority.designated_on = checked.designated_on
        authority.legal_reference = checked.legal_reference
        authority.notes = checked.notes
        session.add(authority)


@dataclass(frozen=True)
class AuthorityProfileValues:
    known_as: str = ""
    within_interior: YesNoUnknown = YesNoUnknown.UNKNOWN
    technical_body: str = ""

    def checked(self) -> AuthorityProfileValues:
        return replace(
            self,
            known_as=validation.optional_text("known_as", self.known_as, 300),
            within_interior=validation.enum_value("within_interior", self.within_interior,
                                                  YesNoUnknown),
            technical_body=validation.optional_text("technical_body", self.technical_body, 300),
        )


def save_authority_profile(dossier: Dossier, values: AuthorityProfileValues) -> None:
    checked = values.checked()
    with dossier.transaction() as session:
        profile = _single(session, AuthorityProfile)
        for name, value in vars(checked).items():
            setattr(profile, name, value)


def authority_role_ids() -> tuple[str, ...]:
    """The lettered items of 5.2 (a to e), the role checklist."""
    return tuple(p.id for p in load_catalog().provisions
                 if p.clause == "5.2" and p.id.rsplit(".", 1)[-1].isalpha()
                 and len(p.id.rsplit(".", 1)[-1]) == 1)


def save_authority_role(dossier: Dossier, provision_id: str, in_place: bool,
                        how: str = "") -> None:
    """Tick (or untick) an item of the 5.2 role checklist, with how it is done."""
    if provision_id not in authority_role_ids():
        raise ValidationError("provision_id", Code.INVALID_CHOICE, provision_id)
    how = validation.optional_text("how", how, 2000)
    with dossier.transaction() as session:
        row = _find_or_create(session, AuthorityRole, provision_id=provision_id)
        row.in_place = bool(in_place)
        row.how = how


# -- Points of Contact (clause 6) ----------------------------------------------------------


def contact_profile_ids() -> tuple[str, ...]:
    """The lettered items of 6.2 (a to f), the profile of a Point of Contact."""
    return tuple(p.id for p in load_catalog().provisions if p.clause == "6.2")


def add_point_of_contact(dossier: Dossier, person_id: uuid.UUID) -> uuid.UUID:
    """Designate a person as a National Point of Contact (a person is designated once)."""
    with dossier.transaction() as session:
        _require(session, Person, person_id, "person_id")
        person = session.get_one(Person, person_id)
        existing = session.scalars(select(PointOfContact.id).where(
            PointOfContact.person_id == person_id)).first()
        if existing is not None:
            raise ValidationError("person_id", Code.DUPLICATE, person.full_name)
        contact = PointOfContact(person_id=person_id)
        session.add(contact)
        session.flush()
        return contact.id


def delete_points_of_contact(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    """Withdraw designations (the people stay); the result undoes it."""
    with dossier.transaction() as session:
        return delete_with_dependents(
            session, PointOfContact.__table__, ids)  # type: ignore[arg-type]


def save_contact_notes(dossier: Dossier, contact_id: uuid.UUID, notes: str) -> None:
    notes = validation.optional_text("notes", notes, 5000)
    with dossier.transaction() as session:
        session.get_one(PointOfContact, contact_id).notes = notes


@dataclass(frozen=True)
class ContactInstrumentValues:
    """Whether a Point of Contact covers an instrument, and its notification (6.3)."""

    covered: bool
    notified_on: date | None = None
    confirmed_on: date | None = None

    def checked(self) -> ContactInstrumentValues:
        return replace(
            self,
            notified_on=validation.not_in_future("notified_on", self.notified_on),
            confirmed_on=validation.not_in_future("confirmed_on", self.confirmed_on),
        )


def save_contact_instrument(dossier: Dossier, contact_id: uuid.UUID, instrument_id: str,
                            values: ContactInstrumentValues) -> None:
    _check_catalog("instrument_id", "instrument", instrument_id)
    checked = values.checked()
    with dossier.transaction() as session:
        _require(session, PointOfContact, contact_id, "person_id")
        key = {"point_of_contact_id": contact_id, "instrument_id": instrument_id}
        if not checked.covered:
            _delete_if_there(session, PointOfContactInstrument, **key)
            return
        row = _find_or_create(session, PointOfContactInstrument, **key)
        row.notified_on = checked.notified_on
        row.confirmed_on = checked.confirmed_on


def set_contact_profile(dossier: Dossier, contact_id: uuid.UUID, provision_id: str,
                        met: bool) -> None:
    """Tick (or untick) an item of the 6.2 profile for one Point of Contact."""
    if provision_id not in contact_profile_ids():
        raise ValidationError("provision_id", Code.INVALID_CHOICE, provision_id)
    with dossier.transaction() as session:
        _require(session, PointOfContact, contact_id, "person_id")
        row = _find_or_create(session, ContactProfileItem, point_of_contact_id=contact_id,
                              provision_id=provision_id)
        row.met = bool(met)


@dataclass(frozen=True)
class CoordinationValues:
    """How several Points of Contact share information and coordinate (6.1)."""

    description: str = ""
    frequency: str = ""
    last_held: date | None = None

    def checked(self) -> CoordinationValues:
        return replace(
            self,
            description=validation.optional_text("description", self.description, 5000),
            frequency=validation.optional_text("frequency", self.frequency, 200),
            last_held=validation.not_in_future("last_held", self.last_held),
        )


def save_coordination(dossier: Dossier, values: CoordinationValues) -> None:
    checked = values.checked()
    with dossier.transaction() as session:
        row = _single(session, CoordinationArrangement)
        for name, value in vars(checked).items():
            setattr(row, name, value)


def set_notification_period(dossier: Dossier, months: int) -> None:
    """After how many months without confirmation a notification counts as stale."""
    months = validation.from_one_to("notification_period", months, NOTIFICATION_PERIOD_MAX)
    set_setting(dossier, NOTIFICATION_PERIOD_KEY, str(months))


# -- composition (7.4) ---------------------------------------------------------------------


def set_category_presence(dossier: Dossier, category_id: str, present: YesNoUnknown,
                          note: str = "") -> None:
    """Record whether the State has a ministry or body of this category ("where they exist").

    A category cannot be marked as absent from the State while organisations of it take
    part in the mechanism: that would contradict itself, so it is refused.
    """
    _check_catalog("category_id", "category", category_id)
    present = validation.enum_value("present", present, YesNoUnknown)
    note = validation.optional_text("notes", note, 2000)
    with dossier.transaction() as session:
        if present is YesNoUnknown.NO:
            names = list(session.scalars(select(Organisation.name).where(
                Organisation.category_id == category_id,
                Organisation.membership.in_(TAKING_PART)).order_by(Organisation.name)))
            if names:
                raise ValidationError("present", Code.CATEGORY_HAS_MEMBERS, "; ".join(names))
        row = _find_or_create(session, CategoryPresence, category_id=category_id)
        row.present = present
        row.note = note


# -- functions and monitoring (7.3) --------------------------------------------------------


@dataclass(frozen=True)
class FunctionValues:
    status: FunctionStatus = FunctionStatus.NOT_STARTED
    lead_organisation_id: uuid.UUID | None = None
    notes: str = ""

    def checked(self) -> FunctionValues:
        return replace(
            self,
            status=validation.enum_value("status", self.status, FunctionStatus),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


def save_function(dossier: Dossier, function_id: str, values: FunctionValues) -> None:
    _check_catalog("function_id", "function", function_id)
    checked = values.checked()
    with dossier.transaction() as session:
        if checked.lead_organisation_id is not None:
            _require(session, Organisation, checked.lead_organisation_id,
                     "lead_organisation_id")
        row = _find_or_create(session, FunctionProgress, function_id=function_id)
        for name, value in vars(checked).items():
            setattr(row, name, value)


@dataclass(frozen=True)
class MonitoringValues:
    data_available: DataAvailability = DataAvailability.UNAVAILABLE
    sex_disaggregated: YesNoUnknown = YesNoUnknown.UNKNOWN
    notes: str = ""

    def checked(self) -> MonitoringValues:
        return replace(
            self,
            data_available=validation.enum_value("data_available", self.data_available,
                                                 DataAvailability),
            sex_disaggregated=validation.enum_value("sex_disaggregated",
                                                    self.sex_disaggregated, YesNoUnknown),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


def save_monitoring_area(dossier: Dossier, area_id: str, values: MonitoringValues) -> None:
    _check_catalog("area_id", "monitoring_area", area_id)
    checked = values.checked()
    with dossier.transaction() as session:
        row = _find_or_create(session, MonitoringAreaStatus, area_id=area_id)
        for name, value in vars(checked).items():
            setattr(row, name, value)


# -- infrastructure (clause 8) -------------------------------------------------------------


@dataclass(frozen=True)
class ResourceValues:
    """A resource need; quantity and cost may be given as typed text and are checked here."""

    status: ResourceStatus = ResourceStatus.MISSING
    quantity: int | str | None = None
    estimated_cost: int | str | None = None
    currency: str = ""
    funding_source: FundingSource = FundingSource.NATIONAL_AUTHORITY
    notes: str = ""

    def checked(self) -> ResourceValues:
        cost = validation.whole_number("estimated_cost", self.estimated_cost)
        currency = validation.currency("currency", self.currency)
        if cost is not None and not currency:
            raise ValidationError("currency", Code.REQUIRED, self.currency)
        return replace(
            self,
            status=validation.enum_value("status", self.status, ResourceStatus),
            quantity=validation.whole_number("quantity", self.quantity),
            estimated_cost=cost,
            currency=currency,
            funding_source=validation.enum_value("funding_source", self.funding_source,
                                                 FundingSource),
            notes=validation.optional_text("notes", self.notes, 5000),
        )


def save_resource_need(dossier: Dossier, need_id: str, values: ResourceValues) -> None:
    _check_catalog("need_id", "resource_need", need_id)
    checked = values.checked()
    with dossier.transaction() as session:
        row = _find_or_create(session, ResourceNeedStatus, need_id=need_id)
        for name, value in vars(checked).items():
            setattr(row, name, value)


# -- responsibilities (clause 9, Table 1) --------------------------------------------------


def set_responsibility(dossier: Dossier, area_id: str, organisation_id: uuid.UUID,
                       role: ResponsibilityRole | None, confirmed: bool = True) -> None:
    """Set one cell of the Table 1 matrix; ``None`` empties it.

    An area has one lead (7.3.2 d: no duplication of roles): making a second organisation
    lead is refused with the name of the one that leads already.
    """
    _check_catalog("area_id", "functional_area", area_id)
    if role is not None:
        role = validation.enum_value("responsibility", role, ResponsibilityRole)
    with dossier.transaction() as session:
        _require(session, Organisation, organisation_id, "organisation_id")
        key = {"area_id": area_id, "organisation_id": organisation_id}
        if role is None:
            _delete_if_there(session, Responsibility, **key)
            return
        if role is ResponsibilityRole.LEAD:
            other = session.scalars(
                select(Organisation.name).join(
                    Responsibility, Responsibility.organisation_id == Organisation.id)
                .where(Responsibility.area_id == area_id,
                       Responsibility.role == ResponsibilityRole.LEAD,
                       Responsibility.organisation_id != organisation_id)).first()
            if other is not None:
                raise ValidationError("responsibility", Code.SECOND_LEAD, other)
        row = _find_or_create(session, Responsibility, **key)
        row.role = role
        row.confirmed = bool(confirmed)


def add_suggested_responsibilities(
    dossier: Dossier, suggestions: list[tuple[str, uuid.UUID, ResponsibilityRole]]
) -> int:
    """Store suggestions as unconfirmed cells where the matrix is empty; return how many.

    A suggested lead is skipped (left to the user) when its area has a lead already.
    """
    added = 0
    with dossier.transaction() as session:
        taken = {(r.area_id, r.organisation_id) for r in session.scalars(select(Responsibility))}
        led = set(session.scalars(select(Responsibility.area_id).where(
            Responsibility.role == ResponsibilityRole.LEAD)))
        for area_id, organisation_id, role in suggestions:
            _check_catalog("area_id", "functional_area", area_id)
            if (area_id, organisation_id) in taken:
                continue
            if role is ResponsibilityRole.LEAD:
                if area_id in led:
                    continue
                led.add(area_id)
            session.add(Responsibility(area_id=area_id, organisation_id=organisation_id,
                                       role=role, confirmed=False))
            taken.add((area_id, organisation_id))
            added += 1
    return added


def confirm_responsibilities(dossier: Dossier, ids: list[uuid.UUID] | None = None) -> int:
    """Confirm suggested cells (all of them when ``ids`` is None); return how many."""
    with dossier.transaction() as session:
        query = select(Responsibility).where(Responsibility.confirmed.is_(False))
        if ids is not None:
            query = query.where(Responsibility.id.in_(ids))
        rows = list(session.scalars(query))
        for row in rows:
            row.confirmed = True
        return len(rows)


def discard_suggestions(dossier: Dossier) -> int:
    """Remove every suggestion that was not confirmed; return how many."""
    with dossier.transaction() as session:
        result = session.execute(
            delete(Responsibility).where(Responsibility.confirmed.is_(False)))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- readiness answers ---------------------------------------------------------------------


def save_answer(dossier: Dossier, provision_id: str, answer: Answer | None,
                evidence: str = "") -> None:
    """The user's answer to a provision, with a line of evidence; ``None`` withdraws it."""
    _check_catalog("provision_id", "provision", provision_id)
    evidence = validation.optional_text("evidence", evidence, 2000)
    if answer is not None:
        answer = validation.enum_value("answer", answer, Answer)
    with dossier.transaction() as session:
        if answer is None:
            _delete_if_there(session, ReadinessAnswer, provision_id=provision_id)
            return
        row = _find_or_create(session, ReadinessAnswer, provision_id=provision_id)
        row.answer = answer
        row.evidence = evidence
