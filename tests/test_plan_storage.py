"""The plan and the meetings stored and read back; bad input refused with nothing written."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta

import pytest

from ncm_desktop.storage import meetings_repository as meetings
from ncm_desktop.storage import plan_repository as plan
from ncm_desktop.storage import repository
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.database import Dossier
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
from ncm_desktop.storage.errors import MeetingChoiceError, ValidationError
from ncm_desktop.storage.plan_queries import (
    PlanData,
    find_meetings,
    load_plan,
    meeting_detail,
    resolve_meeting,
)
from ncm_desktop.storage.plan_queries import (
    meetings as list_meetings,
)

Code = ValidationError.Code


def _read(dossier: Dossier) -> PlanData:
    connection = connect(dossier.path, read_only=True)
    try:
        return load_plan(connection)
    finally:
        connection.close()


def _rows(dossier: Dossier, table: str) -> int:
    with sqlite3.connect(dossier.path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def organisations(dossier: Dossier) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    health = repository.save_organisation(dossier, repository.OrganisationValues(
        "Ministry of Health", "MOH", "7.4.2.f"))
    police = repository.save_organisation(dossier, repository.OrganisationValues(
        "National Police", "NPS", "7.4.2.h"))
    undp = repository.save_organisation(dossier, repository.OrganisationValues(
        "UNDP", "UNDP", "7.4.5", Membership.OBSERVER))
    return health, police, undp


# -- the plan --------------------------------------------------------------------------------


def test_the_plan_round_trips(dossier: Dossier) -> None:
    assert not _read(dossier).plan.recorded
    plan.save_plan(dossier, plan.PlanValues("  National Action Plan  ", date(2026, 1, 1),
                                            date(2028, 12, 31)))
    info = _read(dossier).plan
    assert (info.title, info.period_start, info.period_end, info.status, info.adopted_on) == (
        "National Action Plan", date(2026, 1, 1), date(2028, 12, 31), PlanStatus.DRAFT, None)
    plan.save_plan(dossier, plan.PlanValues("NAP", date(2026, 1, 1), date(2028, 12, 31),
                                            PlanStatus.ADOPTED, date(2026, 2, 3)))
    info = _read(dossier).plan
    assert info.adopted and info.adopted_on == date(2026, 2, 3)
    assert _rows(dossier, "plan") == 1
    # Back to draft: the adoption date goes with it.
    plan.save_plan(dossier, plan.PlanValues("NAP", None, None, PlanStatus.DRAFT,
                                            date(2026, 2, 3)))
    assert _read(dossier).plan.adopted_on is None


@pytest.mark.parametrize(("values", "field", "code"), [
    (plan.PlanValues(""), "plan_title", Code.REQUIRED),
    (plan.PlanValues("NAP", date(2027, 1, 1), date(2026, 1, 1)), "period_end", Code.DATE_ORDER),
    (plan.PlanValues("NAP", status=PlanStatus.ADOPTED), "adopted_on", Code.REQUIRED),
    (plan.PlanValues("NAP", status=PlanStatus.ADOPTED,
                     adopted_on=date.today() + timedelta(days=3)), "adopted_on",
     Code.DATE_IN_FUTURE),
])
def test_a_bad_plan_is_refused(dossier: Dossier, values: plan.PlanValues, field: str,
                               code: ValidationError.Code) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.save_plan(dossier, values)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _rows(dossier, "plan") == 0


def test_objectives_and_activities_round_trip(dossier: Dossier, organisations) -> None:  # type: ignore[no-untyped-def]
    health, police, undp = organisations
    first = plan.save_objective(dossier, plan.ObjectiveValues("Composition", "7.4"))
    second = plan.save_objective(dossier, plan.ObjectiveValues("Transfers", "4.5"))
    values = plan.ActivityValues(
        title="Invite the ministry", description="Letter from the Chair",
        lead_organisation_id=health, partner_ids=(police, undp, health, police),
        start_date=date(2026, 2, 1), end_date=date(2026, 6, 30), estimated_cost="12 500",
        currency="usd", funding=FundingKind.DONOR, donor="UNDP", indicator="Named",
        verification="Letter", status=ActivityStatus.LIMITED)
    activity_id = plan.save_activity(dossier, values, first)
    stored = _read(dossier).activity(activity_id)
    assert stored is not None
    assert (stored.objective_id, stored.title, stored.lead_organisation_id) == (
        first, "Invite the ministry", health)
    assert set(stored.partner_ids) == {police, undp}  # the lead is not its own partner
    assert (stored.estimated_cost, stored.currency, stored.funding, stored.donor) == (
        12500, "USD", FundingKind.DONOR, "UNDP")
    assert (stored.start_date, stored.end_date, stored.status) == (
        date(2026, 2, 1), date(2026, 6, 30), ActivityStatus.LIMITED)
    # No cost, national budget: cost, currency and donor are cleared.
    plan.save_activity(dossier, plan.ActivityValues(
        "Invite the ministry", no_cost=True, funding=FundingKind.NATIONAL_BUDGET,
        donor="UNDP", partner_ids=(undp,)), second, activity_id)
    stored = _read(dossier).activity(activity_id)
    assert stored is not None and stored.objective_id == second
    assert (stored.estimated_cost, stored.no_cost, stored.currency, stored.donor) == (
        None, True, "", "")
    assert stored.partner_ids == (undp,)
    objectives = _read(dossier).objectives
    assert [(o.title, o.reference_id, o.position) for o in objectives] == [
        ("Composition", "7.4", 0), ("Transfers", "4.5", 1)]


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"title": " "}, "activity_title", Code.REQUIRED),
    ({"estimated_cost": "twelve"}, "estimated_cost", Code.NOT_A_NUMBER),
    ({"estimated_cost": -5, "currency": "USD"}, "estimated_cost", Code.NEGATIVE),
    ({"estimated_cost": 100}, "currency", Code.REQUIRED),
    ({"estimated_cost": 100, "currency": "dollars"}, "currency", Code.INVALID_CURRENCY),
    ({"estimated_cost": 100, "currency": "USD", "no_cost": True}, "estimated_cost",
     Code.COST_AND_NO_COST),
    ({"funding": FundingKind.DONOR}, "donor", Code.REQUIRED),
    ({"funding": "lottery"}, "funding", Code.INVALID_CHOICE),
    ({"start_date": date(2026, 5, 1), "end_date": date(2026, 4, 1)}, "end_date",
     Code.DATE_ORDER),
    ({"lead_organisation_id": uuid.uuid4()}, "lead_organisation_id", Code.INVALID_CHOICE),
    ({"partner_ids": (uuid.uuid4(),)}, "partner_ids", Code.INVALID_CHOICE),
    ({"origin_provision_id": "99.z"}, "origin_provision_id", Code.INVALID_CHOICE),
])
def test_a_bad_activity_is_refused_and_nothing_written(dossier: Dossier,
                                                       changes: dict[str, object],
                                                       field: str,
                                                       code: ValidationError.Code) -> None:
    objective = plan.save_objective(dossier, plan.ObjectiveValues("Composition"))
    values = plan.ActivityValues(**{"title": "Invite", **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        plan.save_activity(dossier, values, objective)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert _rows(dossier, "plan_activity") == 0 and _rows(dossier, "plan_activity_partner") == 0


def test_an_objective_answers_a_clause_or_an_instrument_of_the_catalog(dossier: Dossier) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.save_objective(dossier, plan.ObjectiveValues("Composition", "7.4.9"))
    assert caught.value.field == "reference_id"
    with pytest.raises(ValidationError):
        plan.save_activity(dossier, plan.ActivityValues("Orphan"), uuid.uuid4())
    assert _rows(dossier, "plan_objective") == 0


def test_activities_move_within_and_between_objectives(dossier: Dossier) -> None:
    first = plan.save_objective(dossier, plan.ObjectiveValues("One"))
    second = plan.save_objective(dossier, plan.ObjectiveValues("Two"))
    a, b, c = (plan.save_activity(dossier, plan.ActivityValues(t), first) for t in "abc")
    d = plan.save_activity(dossier, plan.ActivityValues("d"), second)

    def order() -> dict[uuid.UUID, list[str]]:
        data = _read(dossier)
        return {o.id: [x.title for x in data.activities_of(o.id)] for o in data.objectives}

    plan.move_activity(dossier, c, first, 0)
    assert order() == {first: ["c", "a", "b"], second: ["d"]}
    plan.move_activity(dossier, a, second, 1)
    assert order() == {first: ["c", "b"], second: ["d", "a"]}
    plan.move_activity(dossier, d, second, 99)
    assert order()[second] == ["a", "d"]
    positions = [x.position for x in _read(dossier).activities]
    assert positions == [0, 1, 0, 1]
    plan.move_objective(dossier, second, -1)
    assert [o.title for o in _read(dossier).objectives] == ["Two", "One"]
    assert b  # kept its place


def test_deleting_an_objective_takes_its_activities_and_undo_puts_them_back(
        dossier: Dossier, organisations) -> None:  # type: ignore[no-untyped-def]
    health, police, _ = organisations
    objective = plan.save_objective(dossier, plan.ObjectiveValues("One"))
    plan.save_activity(dossier, plan.ActivityValues("a", lead_organisation_id=health,
                                                    partner_ids=(police,)), objective)
    deleted = plan.delete_objectives(dossier, [objective])
    assert deleted.count("plan_activity") == 1 and deleted.count("plan_activity_partner") == 1
    assert _rows(dossier, "plan_activity") == 0
    repository.undo_delete(dossier, deleted)
    assert [a.title for a in _read(dossier).activities] == ["a"]
    # Deleting the lead organisation keeps the activity, with no lead.
    repository.delete_organisations(dossier, [health])
    assert _read(dossier).activities[0].lead_organisation_id is None


# -- suggestions ---------------------------------------------------------------------------


def test_a_suggestion_is_accepted_once_and_dismissals_persist(dossier: Dossier) -> None:
    values = plan.ActivityValues("Notify the ATT Secretariat", origin_key="notify:4.5",
                                 origin_provision_id="6.3.3")
    plan.dismiss_suggestion(dossier, "notify:4.5", "6.3.3")
    plan.dismiss_suggestion(dossier, "notify:4.5", "6.3.3")
    plan.dismiss_suggestion(dossier, "invite:7.4.2.f", "7.4.2.f")
    assert _read(dossier).dismissed == {"notify:4.5": "6.3.3", "invite:7.4.2.f": "7.4.2.f"}
    activity = plan.accept_suggestion(dossier, values, None,
                                      plan.ObjectiveValues("Points of Contact", "6"))
    data = _read(dossier)
    assert data.accepted_keys == {"notify:4.5"}
    assert data.dismissed == {"invite:7.4.2.f": "7.4.2.f"}  # accepting restores it
    assert data.objectives[0].reference_id == "6"
    assert data.activity(activity).origin_provision_id == "6.3.3"  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:
        plan.accept_suggestion(dossier, values, data.objectives[0].id)
    assert caught.value.code is Code.DUPLICATE
    assert _rows(dossier, "plan_activity") == 1
    plan.restore_suggestion(dossier, "invite:7.4.2.f")
    assert _read(dossier).dismissed == {}
    with pytest.raises(ValidationError):
        plan.accept_suggestion(dossier, plan.ActivityValues("No key"), data.objectives[0].id)


# -- meetings --------------------------------------------------------------------------------


def test_a_meeting_round_trips(dossier: Dossier, organisations) -> None:  # type: ignore[no-untyped-def]
    health, police, _ = organisations
    ana = repository.save_person(dossier, repository.PersonValues(
        "Ana Souza", health, sex=Sex.FEMALE, role=Role.CHAIR))
    repository.save_person(dossier, repository.PersonValues("Ben Diallo", police,
                                                                  sex=Sex.MALE))
    meeting = meetings.save_meeting(dossier, meetings.MeetingValues(
        date(2026, 3, 12), " First session ", "Room 4", MeetingKind.PLENARY))
    meetings.set_agenda(dossier, meeting, ["Opening", "  ", "Draft plan"])
    assert meetings.invite_people(dossier, meeting, [ana, ana]) == 1
    assert meetings.invite_members(dossier, meeting) == 1  # Ben; Ana is listed already
    guest = meetings.save_guest(dossier, meeting, meetings.GuestValues(
        "Amina Yusuf", "UN Women", Sex.FEMALE))
    people = {p.name: p for p in meeting_detail(connect(dossier.path), meeting).participants}
    meetings.set_participation(dossier, [people["Ana Souza"].id], attended=True)
    meetings.set_participation(dossier, [people["Ben Diallo"].id], invited=False)
    decision = meetings.save_decision(dossier, meeting, "Circulate the draft plan")
    action = meetings.save_action(dossier, decision, meetings.ActionValues(
        "Send it", police, date(2026, 4, 9), ActionStatus.IN_PROGRESS))

    detail = meeting_detail(connect(dossier.path), meeting)
    assert detail is not None
    assert (detail.title, detail.place, detail.kind, detail.agenda) == (
        "First session", "Room 4", MeetingKind.PLENARY, ("Opening", "Draft plan"))
    by_name = {p.name: p for p in detail.participants}
    assert (by_name["Ana Souza"].invited, by_name["Ana Souza"].attended) == (True, True)
    assert (by_name["Ben Diallo"].invited, by_name["Ben Diallo"].attended) == (False, False)
    assert by_name["Amina Yusuf"].is_guest and by_name["Amina Yusuf"].id == guest
    assert by_name["Ana Souza"].organisation == "Ministry of Health"
    assert by_name["Ana Souza"].role is Role.CHAIR
    assert [(a.id, a.lead_name, a.status) for a in detail.decisions[0].actions] == [
        (action, "National Police", ActionStatus.IN_PROGRESS)]
    row, = list_meetings(connect(dossier.path))
    assert (row.invited, row.attended, row.decisions) == (1, 2, 1)

    deleted = meetings.delete_meetings(dossier, [meeting])
    assert deleted.count("meeting_participant") == 3 and deleted.count("meeting_action") == 1
    assert _rows(dossier, "meeting_decision") == 0
    repository.undo_delete(dossier, deleted)
    assert meeting_detail(connect(dossier.path), meeting) == detail


@pytest.mark.parametrize(("write", "field", "code"), [
    (lambda d, m: meetings.save_meeting(d, meetings.MeetingValues(None)), "held_on",
     Code.REQUIRED),
    (lambda d, m: meetings.save_meeting(d, meetings.MeetingValues(date.today(),
                                                                  kind="retreat")),
     "kind", Code.INVALID_CHOICE),
    (lambda d, m: meetings.save_guest(d, m, meetings.GuestValues(" ")), "guest_name",
     Code.REQUIRED),
    (lambda d, m: meetings.invite_people(d, m, [uuid.uuid4()]), "person_id",
     Code.INVALID_CHOICE),
    (lambda d, m: meetings.save_decision(d, m, ""), "decision", Code.REQUIRED),
    (lambda d, m: meetings.set_agenda(d, uuid.uuid4(), ["x"]), "meeting_id",
     Code.INVALID_CHOICE),
    (lambda d, m: meetings.set_agenda(d, m, ["x" * 2001]), "agenda", Code.TOO_LONG),
])
def test_bad_meeting_input_is_refused(dossier: Dossier, write, field: str,  # type: ignore[no-untyped-def]
                                      code: ValidationError.Code) -> None:
    meeting = meetings.save_meeting(dossier, meetings.MeetingValues(date(2026, 3, 12)))
    before = {t: _rows(dossier, t) for t in ("meeting", "meeting_participant",
                                             "meeting_decision", "meeting_agenda_item")}
    with pytest.raises(ValidationError) as caught:
        write(dossier, meeting)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert {t: _rows(dossier, t) for t in before} == before


def test_a_decision_becomes_an_activity_with_an_action_pointing_at_it(
        dossier: Dossier, organisations) -> None:  # type: ignore[no-untyped-def]
    _, police, _ = organisations
    meeting = meetings.save_meeting(dossier, meetings.MeetingValues(date(2026, 3, 12)))
    decision = meetings.save_decision(dossier, meeting, "Set up a working group on marking")
    activity = meetings.decision_to_activity(
        dossier, decision, plan.ActivityValues("Working group on marking",
                                               lead_organisation_id=police,
                                               end_date=date(2026, 12, 31)),
        None, plan.ObjectiveValues("Decisions of the meetings"))
    data = _read(dossier)
    assert [o.title for o in data.objectives] == ["Decisions of the meetings"]
    assert data.activity(activity).title == "Working group on marking"  # type: ignore[union-attr]
    action, = meeting_detail(connect(dossier.path), meeting).decisions[0].actions  # type: ignore[union-attr]
    assert (action.activity_id, action.activity_title, action.lead_name, action.due_on) == (
        activity, "Working group on marking", "National Police", date(2026, 12, 31))
    # Deleting the decision keeps the activity; deleting the activity keeps the action.
    plan.delete_activities(dossier, [activity])
    action, = meeting_detail(connect(dossier.path), meeting).decisions[0].actions  # type: ignore[union-attr]
    assert action.activity_id is None and action.text == "Working group on marking"


def test_a_meeting_is_found_by_date_or_identifier(dossier: Dossier) -> None:
    first = meetings.save_meeting(dossier, meetings.MeetingValues(date(2026, 3, 12)))
    meetings.save_meeting(dossier, meetings.MeetingValues(date(2026, 5, 20)))
    second = meetings.save_meeting(dossier, meetings.MeetingValues(date(2026, 5, 20)))
    connection = connect(dossier.path)
    assert resolve_meeting(connection, "2026-03-12") == first
    assert resolve_meeting(connection, second.hex[:8]) == second
    assert resolve_meeting(connection, str(second)) == second
    assert find_meetings(connection, "abc") == []  # too short to be an identifier
    for reference, reason in (("2026-05-20", MeetingChoiceError.Reason.SEVERAL),
                              ("2027-01-01", MeetingChoiceError.Reason.NOT_FOUND),
                              ("next tuesday", MeetingChoiceError.Reason.NOT_FOUND)):
        with pytest.raises(MeetingChoiceError) as caught:
            resolve_meeting(connection, reference)
        assert caught.value.reason is reason
