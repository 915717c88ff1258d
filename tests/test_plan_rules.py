"""The plan's rules in plain Python: the quality check, the totals, the suggested activities
and the meetings' balance and follow-up."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.rules.findings import Status
from ncm_desktop.rules.meetings import ActionState, action_state, attendance_share
from ncm_desktop.rules.plan_quality import QualityCode, check_activity, check_plan
from ncm_desktop.rules.plan_totals import Source, plan_totals
from ncm_desktop.rules.readiness import evaluate
from ncm_desktop.rules.suggestions import (
    Suggestion,
    SuggestionCode,
    objective_for,
    suggestions,
)
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.enums import (
    ActionStatus,
    ActivityStatus,
    FundingKind,
    Membership,
    PlanStatus,
    Sex,
)
from ncm_desktop.storage.plan_queries import (
    ActionInfo,
    ActivityInfo,
    ObjectiveInfo,
    OrganisationName,
    ParticipantInfo,
    PlanData,
    PlanInfo,
    load_plan,
)

MEMBER = OrganisationName(uuid.uuid4(), "Ministry of Health", "MOH", Membership.FULL_MEMBER)
OBSERVER = OrganisationName(uuid.uuid4(), "UNDP", "UNDP", Membership.OBSERVER)
INVITED = OrganisationName(uuid.uuid4(), "Sports Council", "NSC", Membership.INVITED)
FIRST = ObjectiveInfo(uuid.uuid4(), "Composition", "7.4", 0)
SECOND = ObjectiveInfo(uuid.uuid4(), "Transfers", "4.5", 1)
PERIOD = PlanInfo("NAP", date(2026, 1, 1), date(2028, 12, 31), PlanStatus.DRAFT, None, True)


def _complete(**changes: object) -> ActivityInfo:
    """An activity that passes every check; ``changes`` break one."""
    activity = ActivityInfo(
        id=uuid.uuid4(), objective_id=FIRST.id, position=0, title="Invite the ministry",
        lead_organisation_id=MEMBER.id, start_date=date(2026, 2, 1),
        end_date=date(2026, 6, 30), estimated_cost=1000, currency="USD",
        indicator="Representatives named")
    return replace(activity, **changes)  # type: ignore[arg-type]


def _plan(*activities: ActivityInfo, info: PlanInfo = PERIOD) -> PlanData:
    return PlanData(info, (FIRST, SECOND), activities,
                    {o.id: o for o in (MEMBER, OBSERVER, INVITED)})


def _codes(activity: ActivityInfo) -> list[QualityCode]:
    return [p.code for p in check_activity(activity, _plan(activity))]


# -- quality -------------------------------------------------------------------------------


def test_a_complete_activity_has_no_problem() -> None:
    assert _codes(_complete()) == []
    assert _codes(_complete(lead_organisation_id=OBSERVER.id)) == []  # observers may lead
    assert _codes(_complete(estimated_cost=None, currency="", no_cost=True)) == []


@pytest.mark.parametrize(("changes", "code"), [
    ({"lead_organisation_id": None}, QualityCode.NO_LEAD),
    ({"lead_organisation_id": INVITED.id}, QualityCode.LEAD_NOT_MEMBER),
    ({"start_date": None}, QualityCode.NO_DATES),
    ({"end_date": None}, QualityCode.NO_DATES),
    ({"start_date": date(2026, 7, 1)}, QualityCode.DATES_REVERSED),
    ({"start_date": date(2025, 12, 1)}, QualityCode.STARTS_BEFORE_PERIOD),
    ({"end_date": date(2029, 3, 31)}, QualityCode.ENDS_AFTER_PERIOD),
    ({"estimated_cost": None}, QualityCode.NO_COST),
    ({"indicator": "   "}, QualityCode.NO_INDICATOR),
])
def test_each_check_names_its_activity(changes: dict[str, object], code: QualityCode) -> None:
    activity = _complete(**changes)
    problems = check_activity(activity, _plan(activity))
    assert [p.code for p in problems] == [code]
    assert problems[0].activity_id == activity.id
    assert problems[0].activity_title == "Invite the ministry"


def test_a_lead_that_is_not_a_member_is_named_with_its_standing() -> None:
    problem, = check_activity(_complete(lead_organisation_id=INVITED.id),
                              _plan(_complete()))
    assert problem.params == ("Sports Council", Membership.INVITED)


def test_a_plan_with_no_period_says_so_and_checks_no_dates_against_it() -> None:
    activity = _complete(end_date=date(2031, 1, 1))
    problems = check_plan(_plan(activity, info=PlanInfo("NAP")))
    assert [p.code for p in problems] == [QualityCode.NO_PERIOD]
    assert problems[0].activity_id is None


# -- totals --------------------------------------------------------------------------------


def test_totals_by_objective_lead_and_source_never_convert_currencies() -> None:
    activities = (
        _complete(estimated_cost=1000, currency="USD"),
        _complete(estimated_cost=500, currency="EUR", funding=FundingKind.DONOR, donor="EU",
                  lead_organisation_id=OBSERVER.id),
        _complete(objective_id=SECOND.id, estimated_cost=2500, currency="USD",
                  funding=FundingKind.UNFUNDED),
        _complete(objective_id=SECOND.id, estimated_cost=None, currency="", no_cost=True),
        _complete(estimated_cost=None, currency=""),
    )
    totals = plan_totals(_plan(*activities))
    assert totals.overall == {"EUR": 500, "USD": 3500}
    assert totals.by_objective == {FIRST.id: {"EUR": 500, "USD": 1000},
                                   SECOND.id: {"USD": 2500}}
    assert totals.by_lead == {MEMBER.id: {"USD": 3500}, OBSERVER.id: {"EUR": 500}}
    assert list(totals.by_source) == [Source(FundingKind.NATIONAL_BUDGET),
                                      Source(FundingKind.DONOR, "EU"),
                                      Source(FundingKind.UNFUNDED)]
    assert totals.by_source[Source(FundingKind.DONOR, "EU")] == {"EUR": 500}
    assert totals.unfunded == {"USD": 2500}
    assert (totals.no_cost, totals.not_costed) == (1, 1)


def test_an_objective_with_no_cost_yet_has_an_empty_total() -> None:
    totals = plan_totals(_plan())
    assert totals.overall == {} and totals.unfunded == {}
    assert totals.by_objective == {FIRST.id: {}, SECOND.id: {}}


# -- suggestions ---------------------------------------------------------------------------


def _demo_suggestions(path: Path, include_dismissed: bool = False) -> tuple[Suggestion, ...]:
    connection = connect(path, read_only=True)
    try:
        snapshot, plan = load_snapshot(connection), load_plan(connection)
    finally:
        connection.close()
    catalog = load_catalog()
    return suggestions(evaluate(snapshot, catalog), snapshot, catalog, plan,
                       include_dismissed=include_dismissed)


def test_the_sample_gaps_give_suggestions_most_important_first(demo_path: Path) -> None:
    found = _demo_suggestions(demo_path)
    keys = [s.key for s in found]
    assert found[0].finding is not None and found[0].finding.priority is not None
    assert found[0].finding.priority.value == "high"
    assert "invite:7.4.2.p" in keys  # the sports council is only invited
    assert "lead_area:table1.information_management" in keys  # an area of Table 1 unled
    assert all(s.finding is not None and s.finding.status in (Status.NOT_MET,
                                                             Status.PARTLY_MET)
               for s in found)
    assert len(keys) == len(set(keys))


def test_accepted_suggestions_are_not_proposed_again(demo_path: Path) -> None:
    """The sample plan took up the Firearms Protocol contact and the ATT notification:
    once their activity is gone, the gaps propose them again."""
    from ncm_desktop.storage import plan_repository
    from ncm_desktop.storage.database import Dossier

    keys = {s.key for s in _demo_suggestions(demo_path)}
    connection = connect(demo_path, read_only=True)
    try:
        plan = load_plan(connection)
    finally:
        connection.close()
    assert {"designate_contact:4.4", "notify:4.5", "invite:7.4.2.r"} <= plan.accepted_keys
    assert not keys & plan.accepted_keys

    dossier = Dossier.open(demo_path)
    try:
        plan_repository.delete_activities(dossier, [a.id for a in plan.activities
                                                    if a.origin_key in ("notify:4.5",
                                                                        "designate_contact:4.4")])
    finally:
        dossier.close()
    found = _demo_suggestions(demo_path)
    assert [s.key for s in found[:2]] == ["designate_contact:4.4", "notify:4.5"]
    notify = found[1]
    assert notify.code is SuggestionCode.NOTIFY_CONTACT
    assert [p.id for p in notify.params] == ["att_secretariat", "4.5"]  # type: ignore[union-attr]
    assert notify.provision_id == "6.3.3" and notify.instrument_id == "4.5"
    assert notify.lead_organisation_id is not None  # the Point of Contact's ministry


def test_a_missing_ministry_is_suggested_as_an_invitation(dossier) -> None:  # type: ignore[no-untyped-def]
    from ncm_desktop.storage import repository

    repository.save_organisation(dossier, repository.OrganisationValues(
        "Ministry of Defence", "MOD", "7.4.2.b"))
    found = {s.key: s for s in _demo_suggestions(dossier.path)}
    health = found["invite:7.4.2.f"]
    assert health.code is SuggestionCode.INVITE_MINISTRY and health.objective_clause == "7.4"
    assert "invite:7.4.2.b" not in found  # defence takes part


def test_dismissed_suggestions_are_hidden_unless_asked_for(demo_path: Path) -> None:
    from ncm_desktop.storage import plan_repository
    from ncm_desktop.storage.database import Dossier

    dossier = Dossier.open(demo_path)
    try:
        plan_repository.dismiss_suggestion(dossier, "invite:7.4.2.p", "7.4.2.p")
    finally:
        dossier.close()
    assert "invite:7.4.2.p" not in {s.key for s in _demo_suggestions(demo_path)}
    shown = {s.key: s for s in _demo_suggestions(demo_path, include_dismissed=True)}
    assert shown["invite:7.4.2.p"].dismissed
    assert not shown["lead_area:table1.information_management"].dismissed


def test_a_suggestion_goes_under_the_objective_answering_its_instrument_or_clause() -> None:
    notify = Suggestion("notify:4.5", "6.3.3", SuggestionCode.NOTIFY_CONTACT,
                        objective_clause="6", instrument_id="4.5")
    invite = Suggestion("invite:7.4.2.f", "7.4.2.f", SuggestionCode.INVITE_MINISTRY,
                        objective_clause="7.4")
    resource = Suggestion("resource:8.a", "8.a", SuggestionCode.PROVIDE_RESOURCE,
                          objective_clause="8")
    within = ObjectiveInfo(uuid.uuid4(), "Government members", "7.4.2", 2)
    broad = ObjectiveInfo(uuid.uuid4(), "The mechanism", "7", 3)
    assert objective_for(notify, (FIRST, SECOND)) is SECOND
    assert objective_for(invite, (broad, within, FIRST)) is FIRST
    assert objective_for(invite, (broad, within)) is within
    assert objective_for(invite, (broad,)) is broad
    assert objective_for(resource, (FIRST, SECOND, broad)) is None


# -- meetings ------------------------------------------------------------------------------


def _participant(sex: Sex, invited: bool = True, attended: bool = True) -> ParticipantInfo:
    return ParticipantInfo(uuid.uuid4(), uuid.uuid4(), "Name", "Org", "", sex, None, invited,
                           attended)


def test_the_balance_of_a_meeting_counts_those_present() -> None:
    people = [_participant(Sex.FEMALE), _participant(Sex.FEMALE), _participant(Sex.MALE),
              _participant(Sex.MALE, attended=False), _participant(Sex.NOT_RECORDED)]
    present = attendance_share(people)
    assert (present.women, present.men, present.not_recorded) == (2, 1, 1)
    assert present.percent_women == 67 and present.status is Status.PARTLY_MET
    invited = attendance_share(people, attended=False)
    assert (invited.women, invited.men) == (2, 2) and invited.status is Status.MET
    assert attendance_share([]).status is Status.NOT_MET


def test_where_a_follow_up_action_stands() -> None:
    today = date(2026, 6, 1)
    action = ActionInfo(uuid.uuid4(), uuid.uuid4(), "Circulate", None, "", date(2026, 4, 9),
                        ActionStatus.OPEN)
    assert action_state(action, today) is ActionState.OVERDUE
    assert action_state(replace(action, due_on=date(2026, 7, 1)), today) is ActionState.PENDING
    assert action_state(replace(action, status=ActionStatus.DONE), today) is ActionState.DONE
    activity = replace(action, activity_id=uuid.uuid4(),
                       activity_status=ActivityStatus.COMPLETED)
    assert action_state(activity, today) is ActionState.DONE
    open_activity = replace(activity, activity_status=ActivityStatus.SUBSTANTIAL,
                            status=ActionStatus.DONE)
    assert action_state(open_activity, today) is ActionState.OVERDUE
