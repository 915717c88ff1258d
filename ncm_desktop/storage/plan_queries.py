"""The National Action Plan and the meetings as plain data, read with the standard
library's sqlite3 (the window's fast reader, the command line, the hand-outs).

Like :mod:`storage.dossier_data`, nothing here imports SQLAlchemy: the Action plan and
Meetings pages show the dossier before SQLAlchemy is loaded.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ncm_desktop.storage.enums import (
    ActionStatus,
    ActivityStatus,
    FundingKind,
    MeetingKind,
    Membership,
    PlanStatus,
    Role,
    Sex,
)
from ncm_desktop.storage.errors import MeetingChoiceError
from ncm_desktop.storage.raw_values import as_date, as_uuid, as_uuid_or_none
from ncm_desktop.storage.sqlite_module import sqlite3


@dataclass(frozen=True, slots=True)
class PlanInfo:
    title: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: PlanStatus = PlanStatus.DRAFT
    adopted_on: date | None = None
    recorded: bool = False  # False until the plan row exists

    @property
    def adopted(self) -> bool:
        return self.status is PlanStatus.ADOPTED


@dataclass(frozen=True, slots=True)
class OrganisationName:
    id: uuid.UUID
    name: str
    acronym: str
    membership: Membership

    @property
    def short_name(self) -> str:
        return self.acronym or self.name


@dataclass(frozen=True, slots=True)
class ObjectiveInfo:
    id: uuid.UUID
    title: str
    reference_id: str | None
    position: int


@dataclass(frozen=True, slots=True)
class ActivityInfo:
    id: uuid.UUID
    objective_id: uuid.UUID
    position: int
    title: str
    description: str = ""
    lead_organisation_id: uuid.UUID | None = None
    partner_ids: tuple[uuid.UUID, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    estimated_cost: int | None = None
    no_cost: bool = False
    currency: str = ""
    funding: FundingKind = FundingKind.NATIONAL_BUDGET
    donor: str = ""
    indicator: str = ""
    verification: str = ""
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    origin_provision_id: str | None = None
    origin_key: str | None = None


@dataclass(frozen=True)
class PlanData:
    """The plan with its objectives and activities in the user's order."""

    plan: PlanInfo = field(default_factory=PlanInfo)
    objectives: tuple[ObjectiveInfo, ...] = ()
    activities: tuple[ActivityInfo, ...] = ()
    #: Every organisation of the dossier, by id (names for leads and partners).
    organisations: Mapping[uuid.UUID, OrganisationName] = field(default_factory=dict)
    #: Dismissed suggestions: key -> provision id.
    dismissed: Mapping[str, str] = field(default_factory=dict)

    def activities_of(self, objective_id: uuid.UUID) -> tuple[ActivityInfo, ...]:
        return tuple(a for a in self.activities if a.objective_id == objective_id)

    def objective(self, objective_id: uuid.UUID) -> ObjectiveInfo | None:
        return next((o for o in self.objectives if o.id == objective_id), None)

    def activity(self, activity_id: uuid.UUID) -> ActivityInfo | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def organisation_name(self, organisation_id: uuid.UUID | None, short: bool = False) -> str:
        organisation = self.organisations.get(organisation_id) if organisation_id else None
        if organisation is None:
            return ""
        return organisation.short_name if short else organisation.name

    @property
    def accepted_keys(self) -> frozenset[str]:
        return frozenset(a.origin_key for a in self.activities if a.origin_key)


def load_plan(connection: sqlite3.Connection) -> PlanData:
    """Read the plan in one read transaction (a consistent picture)."""
    in_transaction = connection.in_transaction
    if not in_transaction:
        connection.execute("BEGIN")
    try:
        return _load_plan(connection)
    finally:
        if not in_transaction:
            connection.execute("COMMIT")


def _load_plan(connection: sqlite3.Connection) -> PlanData:
    row = connection.execute(
        "SELECT title, period_start, period_end, status, adopted_on FROM plan "
        "ORDER BY created_at LIMIT 1").fetchone()
    plan = PlanInfo()
    if row:
        title, start, end, status, adopted = row
        plan = PlanInfo(title, as_date(start), as_date(end), PlanStatus(status), as_date(adopted),
                        recorded=True)
    objectives = tuple(
        ObjectiveInfo(as_uuid(i), title, reference, position)
        for i, title, reference, position in connection.execute(
            "SELECT id, title, reference_id, position FROM plan_objective "
            "ORDER BY position, created_at"))
    order = {o.id: rank for rank, o in enumerate(objectives)}
    partners: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for activity, organisation in connection.execute(
            "SELECT p.activity_id, p.organisation_id FROM plan_activity_partner p "
            "JOIN organisation o ON o.id = p.organisation_id ORDER BY o.name COLLATE NOCASE"):
        partners[as_uuid(activity)].append(as_uuid(organisation))
    activities = [
        ActivityInfo(
            id=as_uuid(i), objective_id=as_uuid(objective), position=position, title=title,
            description=description, lead_organisation_id=as_uuid_or_none(lead),
            partner_ids=tuple(partners.get(as_uuid(i), ())), start_date=as_date(start),
            end_date=as_date(end), estimated_cost=cost, no_cost=bool(no_cost),
            currency=currency, funding=FundingKind(funding), donor=donor,
            indicator=indicator, verification=verification,
            status=ActivityStatus(status), origin_provision_id=provision, origin_key=key)
        for (i, objective, position, title, description, lead, start, end, cost, no_cost,
             currency, funding, donor, indicator, verification, status, provision, key)
        in connection.execute(
            "SELECT id, objective_id, position, title, description, lead_organisation_id, "
            "start_date, end_date, estimated_cost, no_cost, currency, funding, donor, "
            "indicator, verification, status, origin_provision_id, origin_key "
            "FROM plan_activity ORDER BY position, created_at")
    ]
    activities.sort(key=lambda a: (order.get(a.objective_id, len(order)), a.position))
    organisations = {
        as_uuid(i): OrganisationName(as_uuid(i), name, acronym, Membership(membership))
        for i, name, acronym, membership in connection.execute(
            "SELECT id, name, acronym, membership FROM organisation")}
    dismissed = dict(connection.execute(
        "SELECT key, provision_id FROM plan_dismissed_suggestion").fetchall())
    return PlanData(plan, objectives, tuple(activities), organisations, dismissed)


# -- meetings --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: uuid.UUID
    held_on: date
    title: str
    place: str
    kind: MeetingKind
    invited: int = 0
    attended: int = 0
    decisions: int = 0


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    id: uuid.UUID
    person_id: uuid.UUID | None  # None for a guest
    name: str
    organisation: str
    title: str
    sex: Sex
    role: Role | None
    invited: bool
    attended: bool

    @property
    def is_guest(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True, slots=True)
class ActionInfo:
    id: uuid.UUID
    decision_id: uuid.UUID
    text: str
    lead_organisation_id: uuid.UUID | None
    lead_name: str
    due_on: date | None
    status: ActionStatus
    activity_id: uuid.UUID | None = None
    activity_title: str = ""
    activity_status: ActivityStatus | None = None


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    id: uuid.UUID
    position: int
    text: str
    actions: tuple[ActionInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: uuid.UUID
    held_on: date
    title: str
    place: str
    kind: MeetingKind
    agenda: tuple[str, ...] = ()
    participants: tuple[ParticipantInfo, ...] = ()
    decisions: tuple[DecisionInfo, ...] = ()

    @property
    def invited(self) -> tuple[ParticipantInfo, ...]:
        return tuple(p for p in self.participants if p.invited)

    @property
    def attended(self) -> tuple[ParticipantInfo, ...]:
        return tuple(p for p in self.participants if p.attended)


_MEETING_COLUMNS = (
    "SELECT m.id, m.held_on, m.title, m.place, m.kind, "
    "(SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = m.id AND p.invited), "
    "(SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = m.id AND p.attended), "
    "(SELECT count(*) FROM meeting_decision d WHERE d.meeting_id = m.id) FROM meeting m ")


def meetings(connection: sqlite3.Connection) -> list[MeetingRow]:
    """Every meeting, the latest first."""
    return [_meeting_row(row) for row in connection.execute(
        _MEETING_COLUMNS + "ORDER BY m.held_on DESC, m.created_at DESC")]


def find_meetings(connection: sqlite3.Connection, reference: str) -> list[MeetingRow]:
    """Meetings named by ``reference``: an identifier (or its first characters, at least
    six), or a date written ``YYYY-MM-DD``."""
    text = reference.strip().lower().replace("-", "")
    try:
        day = date.fromisoformat(reference.strip())
    except ValueError:
        day = None
    if day is not None:
        rows = connection.execute(_MEETING_COLUMNS + "WHERE m.held_on = ? "
                                  "ORDER BY m.created_at", (day.isoformat(),))
        return [_meeting_row(row) for row in rows]
    if len(text) < 6 or any(c not in "0123456789abcdef" for c in text):
        return []
    rows = connection.execute(
        _MEETING_COLUMNS + "WHERE replace(CAST(m.id AS TEXT), '-', '') LIKE ? "
        "ORDER BY m.held_on", (text + "%",))
    return [_meeting_row(row) for row in rows]


def resolve_meeting(connection: sqlite3.Connection, reference: str) -> uuid.UUID:
    """The one meeting ``reference`` names (see :func:`find_meetings`), or
    :class:`MeetingChoiceError` saying why there is none."""
    found = find_meetings(connection, reference)
    if not found:
        raise MeetingChoiceError(reference, MeetingChoiceError.Reason.NOT_FOUND)
    if len(found) > 1:
        raise MeetingChoiceError(reference, MeetingChoiceError.Reason.SEVERAL, len(found))
    return found[0].id


def _meeting_row(row: tuple) -> MeetingRow:  # type: ignore[type-arg]
    i, held_on, title, place, kind, invited, attended, decisions = row
    return MeetingRow(as_uuid(i), date.fromisoformat(held_on), title, place, MeetingKind(kind),
                      invited, attended, decisions)


def meeting_detail(connection: sqlite3.Connection, meeting_id: uuid.UUID) -> MeetingDetail | None:
    """One meeting with its agenda, participants (by organisation, then name), decisions
    and actions; None when it does not exist (deleted meanwhile)."""
    key = meeting_id.hex
    row = connection.execute("SELECT id, held_on, title, place, kind FROM meeting WHERE id = ?",
                             (key,)).fetchone()
    if row is None:
        return None
    agenda = tuple(text for (text,) in connection.execute(
        "SELECT text FROM meeting_agenda_item WHERE meeting_id = ? ORDER BY position", (key,)))
    participants = tuple(
        ParticipantInfo(as_uuid(i), as_uuid_or_none(person), name or "", organisation or "",
                        title or "", Sex(sex), Role(role) if role else None, bool(invited),
                        bool(attended))
        for i, person, name, organisation, title, sex, role, invited, attended
        in connection.execute(
            "SELECT p.id, p.person_id, coalesce(pe.full_name, p.guest_name), "
            "coalesce(o.name, p.guest_organisation), pe.title, "
            "coalesce(pe.sex, p.guest_sex), pe.role, p.invited, p.attended "
            "FROM meeting_participant p LEFT JOIN person pe ON pe.id = p.person_id "
            "LEFT JOIN organisation o ON o.id = pe.organisation_id WHERE p.meeting_id = ? "
            "ORDER BY coalesce(o.name, p.guest_organisation) COLLATE NOCASE, "
            "coalesce(pe.full_name, p.guest_name) COLLATE NOCASE", (key,)))
    actions: dict[uuid.UUID, list[ActionInfo]] = defaultdict(list)
    for (i, decision, text, lead, lead_name, due, status, activity, activity_title,
         activity_status) in connection.execute(
            "SELECT a.id, a.decision_id, a.text, a.lead_organisation_id, o.name, a.due_on, "
            "a.status, a.activity_id, pa.title, pa.status FROM meeting_action a "
            "JOIN meeting_decision d ON d.id = a.decision_id "
            "LEFT JOIN organisation o ON o.id = a.lead_organisation_id "
            "LEFT JOIN plan_activity pa ON pa.id = a.activity_id "
            "WHERE d.meeting_id = ? ORDER BY a.created_at", (key,)):
        actions[as_uuid(decision)].append(ActionInfo(
            as_uuid(i), as_uuid(decision), text, as_uuid_or_none(lead), lead_name or "",
            as_date(due), ActionStatus(status), as_uuid_or_none(activity), activity_title or "",
            ActivityStatus(activity_status) if activity_status else None))
    decisions = tuple(
        DecisionInfo(as_uuid(i), position, text, tuple(actions.get(as_uuid(i), ())))
        for i, position, text in connection.execute(
            "SELECT id, position, text FROM meeting_decision WHERE meeting_id = ? "
            "ORDER BY position, created_at", (key,)))
    i, held_on, title, place, kind = row
    return MeetingDetail(as_uuid(i), date.fromisoformat(held_on), title, place,
                         MeetingKind(kind), agenda, participants, decisions)
