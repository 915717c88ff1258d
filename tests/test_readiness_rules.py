"""Each readiness rule on small dossiers built in the test: at least one 'met' and one
'not met' per rule, through the same write functions the window uses."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from setup_support import (
    add_contact,
    add_organisation,
    add_person,
    finding,
    findings_of,
    join,
    snapshot_of,
)

from ncm_desktop.catalog import load_catalog
from ncm_desktop.catalog.model import ProvisionKind
from ncm_desktop.rules.findings import Code, Decided, Link, Status
from ncm_desktop.rules.readiness import decided_by_data, evaluate, gaps, informative, score
from ncm_desktop.storage import repository
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.database import Dossier
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
from ncm_desktop.storage.models import Responsibility

MET, PARTLY, NOT_MET = Status.MET, Status.PARTLY_MET, Status.NOT_MET


# -- every provision, the registry and the order -------------------------------------------


def test_every_provision_gets_one_finding_in_the_standards_order(dossier: Dossier) -> None:
    catalog = load_catalog()
    findings = evaluate(snapshot_of(dossier), catalog)
    assert [f.provision_id for f in findings] == [p.id for p in catalog.provisions]
    assert [f.next_step for f in findings] == [p.next_step for p in catalog.provisions]
    assert all(f.decided in (Decided.DATA, Decided.UNANSWERED) for f in findings)


def test_the_data_decides_most_provisions_and_the_user_the_rest() -> None:
    catalog = load_catalog()
    by_hand = {p.id for p in catalog.provisions if not decided_by_data(p.id, catalog)}
    assert by_hand == {"7.2.a", "7.2.b", "7.3.2.a.p1", "10.p1", "10.p2",
                       "11.p1", "11.p2", "11.p3", "11.p4"}


def test_an_empty_dossier_has_gaps_shall_first_then_high_priority(dossier: Dossier) -> None:
    found = gaps(evaluate(snapshot_of(dossier), load_catalog()))
    kinds = [f.kind for f in found]
    assert kinds == sorted(kinds, key=lambda k: k.rank)
    shoulds = [f for f in found if f.kind is ProvisionKind.SHOULD]
    ranks = [f.priority.rank if f.priority else 3 for f in shoulds]
    assert ranks == sorted(ranks)
    assert found[0].kind is ProvisionKind.SHALL
    assert all(not f.informative for f in found)


def test_may_and_can_are_shown_but_never_scored(dossier: Dossier) -> None:
    findings = evaluate(snapshot_of(dossier), load_catalog())
    options = informative(findings)
    assert {f.provision_id for f in options} >= {"5.1.p2", "6.1.p2", "8.p1", "9.p1"}
    result = score(findings)
    assert result.overall.informative == len(options)
    assert result.overall.assessed + result.overall.not_applicable + len(options) == len(findings)


def test_score_counts_partly_met_as_half(dossier: Dossier) -> None:
    setup.save_answer(dossier, "10.p1", Answer.MET, "NAP adopted")
    setup.save_answer(dossier, "10.p2", Answer.PARTLY_MET, "one programme")
    result = score(evaluate(snapshot_of(dossier), load_catalog()))
    assert result.by_clause["10"].percent == 75
    assert result.by_clause["10"].as_dict()["met"] == 1


def test_score_by_priority_covers_the_functions(dossier: Dossier) -> None:
    for function in load_catalog().functions:
        if function.priority.value == "high" and function.id != "7.3.2.d":
            setup.save_function(dossier, function.id, setup.FunctionValues(FunctionStatus.DONE))
    result = score(evaluate(snapshot_of(dossier), load_catalog()))
    high = result.by_priority["high"]
    assert high.met == 5  # a, b, c, e, f; d is decided by the Table 1 matrix
    assert high.assessed == 15  # six functions, the shall of 7.3.2 a) and eight areas


# -- answered by hand ------------------------------------------------------------------------


def test_a_hand_answer_with_evidence_decides_the_provision(dossier: Dossier) -> None:
    assert finding(dossier, "10.p1").status is Status.UNANSWERED
    setup.save_answer(dossier, "10.p1", Answer.MET, "Adopted by Cabinet on 3 March 2026")
    result = finding(dossier, "10.p1")
    assert (result.status, result.decided) == (MET, Decided.HAND)
    assert result.evidence == "Adopted by Cabinet on 3 March 2026"
    assert result.link == Link("readiness", "answer:10.p1")
    setup.save_answer(dossier, "10.p1", Answer.NOT_MET, "")
    assert finding(dossier, "10.p1").message.code is Code.HAND_ANSWER_NO_EVIDENCE
    setup.save_answer(dossier, "10.p1", None)
    assert finding(dossier, "10.p1").decided is Decided.UNANSWERED


def test_not_applicable_by_hand_is_not_counted(dossier: Dossier) -> None:
    setup.save_answer(dossier, "11.p2", Answer.NOT_APPLICABLE, "No mandate given")
    result = finding(dossier, "11.p2")
    assert result.status is Status.NOT_APPLICABLE and not result.counted


# -- framework and instruments ---------------------------------------------------------------


def test_provisions_of_an_instrument_apply_only_when_it_is_joined(dossier: Dossier) -> None:
    assert finding(dossier, "6.3.3").status is Status.NOT_APPLICABLE
    join(dossier, "4.5")
    assert finding(dossier, "6.3.3").status is NOT_MET
    setup.set_instrument(dossier, "4.5", False)
    assert finding(dossier, "6.3.3").status is Status.NOT_APPLICABLE


def test_mechanism_established(dossier: Dossier) -> None:
    assert finding(dossier, "7.1.p1").status is NOT_MET
    repository.save_mechanism(dossier, repository.MechanismValues(
        state_name="Meridia", name="National Commission", legal_basis="Decree 12"))
    partly = finding(dossier, "7.1.p1")
    assert partly.status is PARTLY and partly.link == Link("authority", "host")
    interior = add_organisation(dossier, "Interior", "7.4.2.h")
    setup.save_authority(dossier, setup.AuthorityValues(interior))
    add_contact(dossier, "Ann Contact", {"4.2": (date(2026, 1, 5), None)})
    assert finding(dossier, "7.1.p1").status is MET


# -- National Authority ----------------------------------------------------------------------


def test_authority_designated(dossier: Dossier) -> None:
    assert finding(dossier, "5.1.p1").status is NOT_MET
    organisation = add_organisation(dossier, "Ministry of Defence", "7.4.2.b")
    setup.save_authority(dossier, setup.AuthorityValues(organisation, date(2020, 1, 1)))
    result = finding(dossier, "5.1.p1")
    assert result.status is MET and result.message.params == ("Ministry of Defence",)
    setup.save_authority(dossier, setup.AuthorityValues(None))
    assert finding(dossier, "5.1.p1").status is NOT_MET


def test_known_as_is_an_option(dossier: Dossier) -> None:
    assert finding(dossier, "5.1.p2").status is NOT_MET
    assert finding(dossier, "5.1.p2").informative
    setup.save_authority_profile(dossier, setup.AuthorityProfileValues(known_as="NatCom"))
    assert finding(dossier, "5.1.p2").status is MET


def test_role_checklist(dossier: Dossier) -> None:
    assert finding(dossier, "5.2.b").status is NOT_MET
    setup.save_authority_role(dossier, "5.2.b", True)
    assert finding(dossier, "5.2.b").status is PARTLY
    setup.save_authority_role(dossier, "5.2.b", True, "One programme matrix")
    assert finding(dossier, "5.2.b").status is MET
    assert finding(dossier, "5.2.b").link == Link("authority", "role:5.2.b")


def test_host_in_the_interior(dossier: Dossier) -> None:
    defence = add_organisation(dossier, "Ministry of Defence", "7.4.2.b")
    setup.save_authority(dossier, setup.AuthorityValues(defence))
    assert finding(dossier, "5.2.p1").status is NOT_MET
    assert finding(dossier, "5.2.p1").message.code is Code.HOST_INTERIOR_UNKNOWN
    setup.save_authority_profile(dossier, setup.AuthorityProfileValues(
        within_interior=YesNoUnknown.YES))
    assert finding(dossier, "5.2.p1").status is MET
    interior = add_organisation(dossier, "Interior", "7.4.2.h")
    setup.save_authority_profile(dossier, setup.AuthorityProfileValues(
        within_interior=YesNoUnknown.NO))
    assert finding(dossier, "5.2.p1").message.code is Code.HOST_NOT_INTERIOR
    setup.save_authority(dossier, setup.AuthorityValues(interior))
    assert finding(dossier, "5.2.p1").status is MET


# -- Points of Contact -----------------------------------------------------------------------


def test_contact_for_the_firearms_protocol(dossier: Dossier) -> None:
    join(dossier, "4.4")
    assert finding(dossier, "4.4.a").status is NOT_MET
    add_contact(dossier, "Fatima Haddad", {"4.4": (None, None)})
    assert finding(dossier, "4.4.a").status is MET


def test_every_joined_instrument_has_a_contact(dossier: Dossier) -> None:
    assert finding(dossier, "6.1.p1").message.code is Code.NO_CONTACT
    join(dossier, "4.2", "4.3")
    add_contact(dossier, "Olga Novak", {"4.2": (date(2026, 1, 1), None)})
    partly = finding(dossier, "6.1.p1")
    assert partly.status is PARTLY and partly.message.code is Code.CONTACTS_COVER_SOME
    add_contact(dossier, "Wei Chen", {"4.3": (date(2026, 1, 1), None)})
    assert finding(dossier, "6.1.p1").status is MET


def test_contacts_with_no_instrument_joined(dossier: Dossier) -> None:
    add_contact(dossier, "Olga Novak", {"4.2": (None, None)})
    result = finding(dossier, "6.1.p1")
    assert result.status is NOT_MET and result.link == Link("framework", "instruments")


def test_one_contact_for_several_instruments(dossier: Dossier) -> None:
    join(dossier, "4.2", "4.3")
    add_contact(dossier, "A", {"4.2": (None, None)})
    add_contact(dossier, "B", {"4.3": (None, None)})
    assert finding(dossier, "6.1.p2").status is NOT_MET
    contact = add_contact(dossier, "C", {"4.2": (None, None)})
    setup.save_contact_instrument(dossier, contact, "4.3",
                                  setup.ContactInstrumentValues(True))
    assert finding(dossier, "6.1.p2").status is MET


def test_several_contacts_need_a_coordination_arrangement(dossier: Dossier) -> None:
    add_contact(dossier, "A", {"4.2": (None, None)})
    assert finding(dossier, "6.1.p3").status is Status.NOT_APPLICABLE
    add_contact(dossier, "B", {"4.5": (None, None)})
    assert finding(dossier, "6.1.p3").status is NOT_MET
    setup.save_coordination(dossier, setup.CoordinationValues("Joint meetings", "Monthly"))
    assert finding(dossier, "6.1.p3").status is MET


def test_contact_profile(dossier: Dossier) -> None:
    first = add_contact(dossier, "A", {"4.2": (None, None)})
    second = add_contact(dossier, "B", {"4.3": (None, None)})
    assert finding(dossier, "6.2.c").status is NOT_MET
    setup.set_contact_profile(dossier, first, "6.2.c", True)
    partly = finding(dossier, "6.2.c")
    assert partly.status is PARTLY and partly.message.params[2] == ("B",)
    setup.set_contact_profile(dossier, second, "6.2.c", True)
    assert finding(dossier, "6.2.c").status is MET


@pytest.mark.parametrize(("notified", "confirmed", "status", "code"), [
    (date(2026, 3, 1), None, MET, Code.NOTIFIED_CURRENT),
    (date(2021, 9, 20), None, PARTLY, Code.NOTIFIED_STALE),
    (date(2021, 9, 20), date(2026, 2, 1), MET, Code.NOTIFIED_CURRENT),
    (None, None, NOT_MET, Code.NEVER_NOTIFIED),
])
def test_notification_to_the_office(dossier: Dossier, notified: date | None,
                                    confirmed: date | None, status: Status,
                                    code: Code) -> None:
    join(dossier, "4.5")
    add_contact(dossier, "Rafael Silva", {"4.5": (notified, confirmed)})
    result = finding(dossier, "6.3.3")
    assert (result.status, result.message.code) == (status, code)


def test_the_staleness_period_is_the_users(dossier: Dossier) -> None:
    join(dossier, "4.2")
    add_contact(dossier, "A", {"4.2": (date(2025, 3, 1), None)})
    assert finding(dossier, "6.3.1.a").status is PARTLY  # 16 months before TODAY
    setup.set_notification_period(dossier, 24)
    assert finding(dossier, "6.3.1.a").status is MET


def test_no_contact_to_notify(dossier: Dossier) -> None:
    join(dossier, "4.4")
    result = finding(dossier, "6.3.2")
    assert result.status is NOT_MET and result.link == Link("contacts", "add")


# -- functions and monitoring ----------------------------------------------------------------


def test_function_status(dossier: Dossier) -> None:
    assert finding(dossier, "7.3.3.b").status is NOT_MET
    legislature = add_organisation(dossier, "Parliament", "7.4.2.t")
    setup.save_function(dossier, "7.3.3.b", setup.FunctionValues(
        FunctionStatus.IN_PROGRESS, legislature))
    result = finding(dossier, "7.3.3.b")
    assert result.status is PARTLY and result.message.code is Code.FUNCTION_STATUS_LEAD
    setup.save_function(dossier, "7.3.3.b", setup.FunctionValues(FunctionStatus.DONE))
    assert finding(dossier, "7.3.3.b").status is MET


def test_monitoring_area_with_sex_disaggregation(dossier: Dossier) -> None:
    assert finding(dossier, "7.3.2.a.2").status is NOT_MET
    setup.save_monitoring_area(dossier, "7.3.2.a.2", setup.MonitoringValues(
        DataAvailability.AVAILABLE, YesNoUnknown.NO))
    assert finding(dossier, "7.3.2.a.2").status is PARTLY
    setup.save_monitoring_area(dossier, "7.3.2.a.2", setup.MonitoringValues(
        DataAvailability.AVAILABLE, YesNoUnknown.YES))
    assert finding(dossier, "7.3.2.a.2").status is MET


def test_monitoring_area_without_sex_disaggregation(dossier: Dossier) -> None:
    setup.save_monitoring_area(dossier, "7.3.2.a.5", setup.MonitoringValues(
        DataAvailability.UNAVAILABLE))
    assert finding(dossier, "7.3.2.a.5").status is NOT_MET
    setup.save_monitoring_area(dossier, "7.3.2.a.5", setup.MonitoringValues(
        DataAvailability.AVAILABLE))
    assert finding(dossier, "7.3.2.a.5").status is MET


# -- Table 1 ---------------------------------------------------------------------------------


def _lead_every_area(dossier: Dossier) -> uuid.UUID:
    organisation = add_organisation(dossier, "Interior", "7.4.2.h")
    for area in load_catalog().functional_areas:
        setup.set_responsibility(dossier, area.id, organisation, ResponsibilityRole.LEAD)
    return organisation


def test_every_area_with_one_confirmed_lead(dossier: Dossier) -> None:
    assert finding(dossier, "7.3.2.d").status is NOT_MET
    _lead_every_area(dossier)
    assert finding(dossier, "7.3.2.d").status is MET
    assert finding(dossier, "9.p1").status is MET


def test_unconfirmed_suggested_lead_is_a_gap(dossier: Dossier) -> None:
    organisation = _lead_every_area(dossier)
    setup.set_responsibility(dossier, "table1.collection", organisation,
                             ResponsibilityRole.LEAD, confirmed=False)
    result = finding(dossier, "7.3.2.d")
    assert result.status is PARTLY
    assert result.message.params[0].code is Code.AREAS_UNCONFIRMED  # type: ignore[union-attr]


def test_two_leads_from_an_import_are_flagged(dossier: Dossier) -> None:
    """The window refuses a second lead; data that has two (an import) is still flagged."""
    _lead_every_area(dossier)
    customs = add_organisation(dossier, "Customs", "7.4.2.d")
    with dossier.transaction() as session:
        session.add(Responsibility(area_id="table1.destruction", organisation_id=customs,
                                   role=ResponsibilityRole.LEAD, confirmed=True))
    result = finding(dossier, "7.3.2.d")
    assert result.status is PARTLY
    assert result.link == Link("responsibilities", "area:table1.destruction")
    assert result.message.params[0].code is Code.AREAS_SEVERAL_LEADS  # type: ignore[union-attr]


def test_matrix_empty(dossier: Dossier) -> None:
    assert finding(dossier, "9.p1").status is NOT_MET
    assert finding(dossier, "9.p1").informative


# -- composition -----------------------------------------------------------------------------


def test_category_member_observer_invited_absent_not_present(dossier: Dossier) -> None:
    assert finding(dossier, "7.4.2.b").status is NOT_MET
    add_organisation(dossier, "Ministry of Youth", "7.4.2.n", Membership.INVITED)
    assert finding(dossier, "7.4.2.n").status is PARTLY
    add_organisation(dossier, "Ministry of Defence", "7.4.2.b")
    assert finding(dossier, "7.4.2.b").status is MET
    setup.set_category_presence(dossier, "7.4.2.r", YesNoUnknown.NO)
    assert finding(dossier, "7.4.2.r").status is Status.NOT_APPLICABLE


def test_international_bodies_may_be_observers(dossier: Dossier) -> None:
    add_organisation(dossier, "UNDP", "7.4.5", Membership.OBSERVER)
    assert finding(dossier, "7.4.5.p1").status is MET
    assert finding(dossier, "7.4.5.p2").status is MET
    add_organisation(dossier, "Customs", "7.4.2.d", Membership.OBSERVER)
    assert finding(dossier, "7.4.2.d").status is PARTLY


def test_international_bodies_missing(dossier: Dossier) -> None:
    assert finding(dossier, "7.4.5.p1").status is NOT_MET
    assert finding(dossier, "7.4.5.p2").message.code is Code.INTERNATIONAL_NONE


def test_civil_society_and_industry(dossier: Dossier) -> None:
    assert finding(dossier, "7.4.3.p1").status is NOT_MET
    add_organisation(dossier, "Women's Network", "7.4.3")
    assert finding(dossier, "7.4.3.p1").status is MET
    setup.set_category_presence(dossier, "7.4.4", YesNoUnknown.NO)
    assert finding(dossier, "7.4.4.p1").status is Status.NOT_APPLICABLE


def test_composition_complete(dossier: Dossier) -> None:
    catalog = load_catalog()
    assert finding(dossier, "7.4.1.p1").status is NOT_MET
    for category in catalog.categories:
        if category.id != "7.4.2.note":
            add_organisation(dossier, f"Body {category.id}", category.id)
    assert finding(dossier, "7.4.1.p1").status is MET


def test_composition_partly(dossier: Dossier) -> None:
    add_organisation(dossier, "Defence", "7.4.2.b")
    result = finding(dossier, "7.4.1.p1")
    assert result.status is PARTLY and result.link.page == "composition"


@pytest.mark.parametrize(("women", "men", "status"), [
    (5, 5, MET), (3, 7, PARTLY), (1, 9, NOT_MET), (0, 0, NOT_MET),
])
def test_gender_balance(dossier: Dossier, women: int, men: int, status: Status) -> None:
    organisation = add_organisation(dossier, "Defence", "7.4.2.b")
    for index in range(women):
        add_person(dossier, f"W{index}", organisation, Sex.FEMALE)
    for index in range(men):
        add_person(dossier, f"M{index}", organisation, Sex.MALE)
    add_person(dossier, "Unknown", organisation, Sex.NOT_RECORDED)
    assert finding(dossier, "7.4.1.p2").status is status


# -- infrastructure --------------------------------------------------------------------------


def test_resource_status(dossier: Dossier) -> None:
    assert finding(dossier, "8.b").status is NOT_MET
    setup.save_resource_need(dossier, "8.b", setup.ResourceValues(ResourceStatus.PARTLY_IN_PLACE))
    assert finding(dossier, "8.b").status is PARTLY
    setup.save_resource_need(dossier, "8.b", setup.ResourceValues(ResourceStatus.IN_PLACE))
    assert finding(dossier, "8.b").status is MET


def test_resources_from_the_national_authority(dossier: Dossier) -> None:
    setup.save_resource_need(dossier, "8.a", setup.ResourceValues(
        funding_source=FundingSource.INTERNATIONAL))
    assert finding(dossier, "8.p1").status is NOT_MET
    setup.save_resource_need(dossier, "8.b", setup.ResourceValues())
    assert finding(dossier, "8.p1").status is MET


# -- the sample dossier ----------------------------------------------------------------------


def test_the_sample_state_has_a_believable_picture(demo: Dossier) -> None:
    findings = findings_of(demo)
    assert findings["6.3.3"].status is PARTLY  # ATT contact stale
    assert findings["4.4.a"].status is NOT_MET  # no Firearms Protocol contact
    assert findings["7.3.2.d"].status is PARTLY  # one area without lead, one with two
    assert findings["7.2.a"].decided is Decided.HAND
    assert findings["7.3.2.a.p1"].decided is Decided.UNANSWERED
    statuses = {f.status for f in findings.values()}
    assert {MET, PARTLY, NOT_MET} <= statuses
    percent = score(findings.values()).overall.percent
    assert percent is not None and 30 < percent < 90
    assert len(snapshot_of(demo).contacts) == 2
