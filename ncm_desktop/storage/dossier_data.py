"""The whole dossier as frozen plain data, read in a few queries: what rules and reports read.

:func:`load_snapshot` takes a plain ``sqlite3`` connection (the window's fast
reader, or one the command line opens read-only), so neither SQLAlchemy nor ORM objects
are needed to judge a dossier.  People are not loaded one by one: only their counts by
sex and role, and the few who are Points of Contact.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ncm_desktop.storage.enums import (
    Answer,
    DataAvailability,
    FunctionStatus,
    FundingSource,
    Membership,
    ResourceStatus,
    ResponsibilityRole,
    Sex,
    YesNoUnknown,
)
from ncm_desktop.storage.raw_values import as_date, as_uuid, as_uuid_or_none
from ncm_desktop.storage.setup_settings import (
    DEFAULT_NOTIFICATION_PERIOD,
    NOTIFICATION_PERIOD_KEY,
)
from ncm_desktop.storage.sqlite_module import sqlite3


@dataclass(frozen=True, slots=True)
class MechanismInfo:
    state_name: str = ""
    name: str = ""
    legal_basis: str = ""
    legal_basis_date: date | None = None
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class OrganisationInfo:
    id: uuid.UUID
    name: str
    acronym: str
    category_id: str | None
    membership: Membership
    titular: int = 0
    alternates: int = 0

    @property
    def short_name(self) -> str:
        return self.acronym or self.name


@dataclass(frozen=True, slots=True)
class GenderCounts:
    """Representatives by sex: all of them, and titular members only (alternates left out)."""

    women: int = 0
    men: int = 0
    not_recorded: int = 0
    titular_women: int = 0
    titular_men: int = 0
    titular_not_recorded: int = 0


@dataclass(frozen=True, slots=True)
class AuthorityInfo:
    organisation_id: uuid.UUID
    designated_on: date | None
    legal_reference: str
    notes: str


@dataclass(frozen=True, slots=True)
class AuthorityProfileInfo:
    known_as: str = ""
    within_interior: YesNoUnknown = YesNoUnknown.UNKNOWN
    technical_body: str = ""


@dataclass(frozen=True, slots=True)
class RoleItem:
    provision_id: str
    in_place: bool
    how: str


@dataclass(frozen=True, slots=True)
class InstrumentEntry:
    id: uuid.UUID
    instrument_id: str | None
    custom_name: str
    joined: bool
    joined_on: date | None
    requires_mechanism: bool
    notes: str


@dataclass(frozen=True, slots=True)
class ContactInstrument:
    instrument_id: str
    notified_on: date | None
    confirmed_on: date | None

    @property
    def last_notified(self) -> date | None:
        """The latest date the office was told or confirmed the contact's details."""
        dates = [d for d in (self.notified_on, self.confirmed_on) if d is not None]
        return max(dates) if dates else None


@dataclass(frozen=True, slots=True)
class ContactInfo:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    title: str
    organisation_id: uuid.UUID | None
    organisation_name: str
    email: str
    phone: str
    notes: str
    instruments: tuple[ContactInstrument, ...] = ()
    profile: frozenset[str] = frozenset()

    def covers(self, instrument_id: str) -> ContactInstrument | None:
        return next((i for i in self.instruments if i.instrument_id == instrument_id), None)


@dataclass(frozen=True, slots=True)
class CoordinationInfo:
    description: str = ""
    frequency: str = ""
    last_held: date | None = None

    @property
    def recorded(self) -> bool:
        return bool(self.description.strip() or self.frequency.strip())


@dataclass(frozen=True, slots=True)
class FunctionEntry:
    function_id: str
    status: FunctionStatus
    lead_organisation_id: uuid.UUID | None
    notes: str


@dataclass(frozen=True, slots=True)
class MonitoringEntry:
    area_id: str
    data_available: DataAvailability
    sex_disaggregated: YesNoUnknown
    notes: str


@dataclass(frozen=True, slots=True)
class ResourceEntry:
    need_id: str
    status: ResourceStatus
    quantity: int | None
    estimated_cost: int | None
    currency: str
    funding_source: FundingSource
    notes: str


@dataclass(frozen=True, slots=True)
class ResponsibilityEntry:
    id: uuid.UUID
    area_id: str
    organisation_id: uuid.UUID
    role: ResponsibilityRole
    confirmed: bool


@dataclass(frozen=True, slots=True)
class AnswerEntry:
    provision_id: str
    answer: Answer
    evidence: str


@dataclass(frozen=True)
class Snapshot:
    """Everything the rules judge, as of ``today``."""

    today: date
    mechanism: MechanismInfo = field(default_factory=MechanismInfo)
    organisations: tuple[OrganisationInfo, ...] = ()
    gender: GenderCounts = field(default_factory=GenderCounts)
    authority: AuthorityInfo | None = None
    authority_profile: AuthorityProfileInfo = field(default_factory=AuthorityProfileInfo)
    authority_roles: Mapping[str, RoleItem] = field(default_factory=dict)
    instruments: tuple[InstrumentEntry, ...] = ()
    presence: Mapping[str, YesNoUnknown] = field(default_factory=dict)
    contacts: tuple[ContactInfo, ...] = ()
    coordination: CoordinationInfo = field(default_factory=CoordinationInfo)
    functions: Mapping[str, FunctionEntry] = field(default_factory=dict)
    monitoring: Mapping[str, MonitoringEntry] = field(default_factory=dict)
    resources: Mapping[str, ResourceEntry] = field(default_factory=dict)
    responsibilities: tuple[ResponsibilityEntry, ...] = ()
    answers: Mapping[str, AnswerEntry] = field(default_factory=dict)
    notification_period_months: int = DEFAULT_NOTIFICATION_PERIOD

    def organisation(self, organisation_id: uuid.UUID | None) -> OrganisationInfo | None:
        return next((o for o in self.organisations if o.id == organisation_id), None)

    def organisations_in(self, category_id: str) -> tuple[OrganisationInfo, ...]:
        return tuple(o for o in self.organisations if o.category_id == category_id)

    @property
    def joined_instrument_ids(self) -> frozenset[str]:
        return frozenset(i.instrument_id for i in self.instruments
                         if i.joined and i.instrument_id is not None)

    def instrument_entry(self, instrument_id: str) -> InstrumentEntry | None:
        return next((i for i in self.instruments if i.instrument_id == instrument_id), None)

    @property
    def is_empty(self) -> bool:
        """Nothing recorded yet: a new dossier that the set-up assistant should open on."""
        return not (self.mechanism.state_name or self.mechanism.name or self.organisations
                    or self.instruments)


def read_setting(connection: sqlite3.Connection, key: str, default: str = "") -> str:
    """A dossier setting, read without SQLAlchemy."""
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if row is None else row[0]


def load_snapshot(connection: sqlite3.Connection, today: date | None = None) -> Snapshot:
    """Read the dossier on ``connection`` in one read transaction (a consistent picture)."""
    in_transaction = connection.in_transaction
    if not in_transaction:
        connection.execute("BEGIN")
    try:
        return _load(connection, today or date.today())
    finally:
        if not in_transaction:
            connection.execute("COMMIT")


def _load(connection: sqlite3.Connection, today: date) -> Snapshot:
    def rows(sql: str) -> list[tuple]:  # type: ignore[type-arg]
        return connection.execute(sql).fetchall()

    mechanism_row = connection.execute(
        "SELECT state_name, name, legal_basis, legal_basis_date, address, phone, email "
        "FROM mechanism LIMIT 1").fetchone()
    mechanism = MechanismInfo()
    if mechanism_row:
        state, name, basis, basis_date, address, phone, email = mechanism_row
        mechanism = MechanismInfo(state, name, basis, as_date(basis_date), address, phone, email)

    counts: dict[str | None, tuple[int, int]] = {
        organisation: (titular, alternates)
        for organisation, titular, alternates in rows(
            "SELECT organisation_id, sum(CASE WHEN role != 'alternate' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN role = 'alternate' THEN 1 ELSE 0 END) "
            "FROM person GROUP BY organisation_id")
    }
    organisations = tuple(
        OrganisationInfo(as_uuid(i), name, acronym, category, Membership(membership),
                         *counts.get(i, (0, 0)))
        for i, name, acronym, category, membership in rows(
            "SELECT id, name, acronym, category_id, membership FROM organisation "
            "ORDER BY name COLLATE NOCASE, id")
    )

    authority_row = connection.execute(
        "SELECT organisation_id, designated_on, legal_reference, notes "
        "FROM national_authority ORDER BY created_at LIMIT 1").fetchone()
    authority = None
    if authority_row:
        authority = AuthorityInfo(as_uuid(authority_row[0]), as_date(authority_row[1]),
                                  authority_row[2], authority_row[3])
    profile_row = connection.execute(
        "SELECT known_as, within_interior, technical_body FROM authority_profile "
        "LIMIT 1").fetchone()
    profile = AuthorityProfileInfo()
    if profile_row:
        profile = AuthorityProfileInfo(profile_row[0], YesNoUnknown(profile_row[1]),
                                       profile_row[2])

    coordination_row = connection.execute(
        "SELECT description, frequency, last_held FROM coordination_arrangement LIMIT 1"
    ).fetchone()
    coordination = CoordinationInfo()
    if coordination_row:
        coordination = CoordinationInfo(coordination_row[0], coordination_row[1],
                                        as_date(coordination_row[2]))

    period_text = read_setting(connection, NOTIFICATION_PERIOD_KEY).strip()
    period = DEFAULT_NOTIFICATION_PERIOD
    if period_text.isdigit() and int(period_text) > 0:
        period = int(period_text)

    return Snapshot(
        today=today,
        mechanism=mechanism,
        organisations=organisations,
        gender=_gender(connection),
        authority=authority,
        authority_profile=profile,
        authority_roles={
            provision: RoleItem(provision, bool(in_place), how)
            for provision, in_place, how in rows(
                "SELECT provision_id, in_place, how FROM authority_role")
        },
        instruments=tuple(
            InstrumentEntry(as_uuid(i), instrument, custom, bool(joined), as_date(joined_on),
                            bool(requires), notes)
            for i, instrument, custom, joined, joined_on, requires, notes in rows(
                "SELECT id, instrument_id, custom_name, joined, joined_on, "
                "requires_mechanism, notes FROM instrument_membership "
                "ORDER BY instrument_id IS NULL, instrument_id, custom_name COLLATE NOCASE")
        ),
        presence={category: YesNoUnknown(present) for category, present in rows(
            "SELECT category_id, present FROM category_presence")},
        contacts=_contacts(connection),
        coordination=coordination,
        functions={
            function: FunctionEntry(function, FunctionStatus(status), as_uuid_or_none(lead),
                                    notes)
            for function, status, lead, notes in rows(
                "SELECT function_id, status, lead_organisation_id, notes "
                "FROM function_progress")
        },
        monitoring={
            area: MonitoringEntry(area, DataAvailability(available), YesNoUnknown(by_sex),
                                  notes)
            for area, available, by_sex, notes in rows(
                "SELECT area_id, data_available, sex_disaggregated, notes "
                "FROM monitoring_area_status")
        },
        resources={
            need: ResourceEntry(need, ResourceStatus(status), quantity, cost, currency,
                                FundingSource(source), notes)
            for need, status, quantity, cost, currency, source, notes in rows(
                "SELECT need_id, status, quantity, estimated_cost, currency, funding_source, "
                "notes FROM resource_need_status")
        },
        responsibilities=tuple(
            ResponsibilityEntry(as_uuid(i), area, as_uuid(organisation),
                                ResponsibilityRole(role), bool(confirmed))
            for i, area, organisation, role, confirmed in rows(
                "SELECT id, area_id, organisation_id, role, confirmed FROM responsibility "
                "ORDER BY area_id, created_at")
        ),
        answers={
            provision: AnswerEntry(provision, Answer(answer), evidence)
            for provision, answer, evidence in rows(
                "SELECT provision_id, answer, evidence FROM readiness_answer")
        },
        notification_period_months=period,
    )


def _gender(connection: sqlite3.Connection) -> GenderCounts:
    """People of organisations that take part as full members or observers, and people
    recorded without an organisation; representatives of invited bodies are not yet members.
    """
    totals: dict[tuple[Sex, bool], int] = defaultdict(int)
    for sex, alternate, count in connection.execute(
        "SELECT p.sex, p.role = 'alternate', count(*) FROM person p "
        "LEFT JOIN organisation o ON o.id = p.organisation_id "
        "WHERE o.id IS NULL OR o.membership IN ('full_member', 'observer') "
        "GROUP BY p.sex, p.role = 'alternate'"
    ):
        totals[(Sex(sex), bool(alternate))] += count

    def count(sex: Sex, titular_only: bool = False) -> int:
        return totals[(sex, False)] + (0 if titular_only else totals[(sex, True)])

    return GenderCounts(
        women=count(Sex.FEMALE), men=count(Sex.MALE), not_recorded=count(Sex.NOT_RECORDED),
        titular_women=count(Sex.FEMALE, True), titular_men=count(Sex.MALE, True),
        titular_not_recorded=count(Sex.NOT_RECORDED, True),
    )


def _contacts(connection: sqlite3.Connection) -> tuple[ContactInfo, ...]:
    instruments: dict[str, list[ContactInstrument]] = defaultdict(list)
    for contact, instrument, notified, confirmed in connection.execute(
        "SELECT point_of_contact_id, instrument_id, notified_on, confirmed_on "
        "FROM point_of_contact_instrument ORDER BY instrument_id"
    ):
        instruments[contact].append(ContactInstrument(instrument, as_date(notified),
                                                      as_date(confirmed)))
    profile: dict[str, set[str]] = defaultdict(set)
    for contact, provision in connection.execute(
        "SELECT point_of_contact_id, provision_id FROM contact_profile_item WHERE met"
    ):
        profile[contact].add(provision)
    return tuple(
        ContactInfo(as_uuid(i), as_uuid(person), name, title, as_uuid_or_none(organisation),
                    organisation_name or "", email, phone, notes,
                    tuple(instruments.get(i, ())), frozenset(profile.get(i, ())))
        for i, person, name, title, organisation, organisation_name, email, phone, notes
        in connection.execute(
            "SELECT c.id, p.id, p.full_name, p.title, p.organisation_id, o.name, p.email, "
            "p.phone, c.notes FROM point_of_contact c JOIN person p ON p.id = c.person_id "
            "LEFT JOIN organisation o ON o.id = p.organisation_id "
            "ORDER BY p.full_name COLLATE NOCASE, c.id")
    )
