"""The rules behind the pages' flags: coverage, gender balance, Points of Contact, Table 1,
the 7.2 NOTE 1 remark and the cost totals."""

from __future__ import annotations

from datetime import date

from setup_support import TODAY, add_contact, add_organisation, add_person, join, snapshot_of

from ncm_desktop.catalog import load_catalog
from ncm_desktop.rules.composition import Coverage, category_coverage, coverage_by_category
from ncm_desktop.rules.findings import Code, Ref
from ncm_desktop.rules.framework import mechanism_note, mechanism_required_by
from ncm_desktop.rules.gender import gender_balance
from ncm_desktop.rules.infrastructure import totals_by_currency
from ncm_desktop.rules.points_of_contact import (
    FlagKind,
    NotificationState,
    contact_flags,
    months_before,
    notification_state,
)
from ncm_desktop.rules.responsibilities import (
    area_messages,
    area_states,
    matrix_organisations,
    suggestions,
)
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.dossier_data import ContactInstrument
from ncm_desktop.storage.enums import Membership, ResponsibilityRole, Role, Sex, YesNoUnknown
from ncm_desktop.storage.models import Responsibility

CATALOG = load_catalog()


def test_coverage_takes_the_strongest_membership(dossier: Dossier) -> None:
    add_organisation(dossier, "Police", "7.4.2.h", Membership.INVITED)
    assert category_coverage(snapshot_of(dossier), CATALOG, "7.4.2.h").coverage \
        is Coverage.INVITED
    add_organisation(dossier, "Interior", "7.4.2.h", Membership.OBSERVER)
    assert category_coverage(snapshot_of(dossier), CATALOG, "7.4.2.h").coverage \
        is Coverage.OBSERVER
    add_organisation(dossier, "Gendarmerie", "7.4.2.h")
    coverage = category_coverage(snapshot_of(dossier), CATALOG, "7.4.2.h")
    assert coverage.coverage is Coverage.MEMBER
    assert [o.name for o in coverage.organisations][0] == "Gendarmerie"
    assert coverage.present is YesNoUnknown.YES


def test_coverage_absent_and_not_present(dossier: Dossier) -> None:
    coverage = {c.category_id: c for c in coverage_by_category(snapshot_of(dossier), CATALOG)}
    assert len(coverage) == len(CATALOG.categories)
    assert coverage["7.4.2.r"].coverage is Coverage.ABSENT
    setup.set_category_presence(dossier, "7.4.2.r", YesNoUnknown.NO)
    assert category_coverage(snapshot_of(dossier), CATALOG, "7.4.2.r").coverage \
        is Coverage.NOT_PRESENT
    add_organisation(dossier, "Placeholder", "7.4.2.v", Membership.NOT_PRESENT)
    assert category_coverage(snapshot_of(dossier), CATALOG, "7.4.2.v").coverage \
        is Coverage.NOT_PRESENT


def test_a_not_present_mark_that_contradicts_members_is_flagged(dossier: Dossier) -> None:
    setup.set_category_presence(dossier, "7.4.2.c", YesNoUnknown.NO)
    add_organisation(dossier, "Ministry of Education", "7.4.2.c")  # e.g. from an import
    coverage = category_coverage(snapshot_of(dossier), CATALOG, "7.4.2.c")
    assert coverage.conflict and coverage.coverage is Coverage.MEMBER


def test_gender_shares_keep_unrecorded_sex_apart(dossier: Dossier) -> None:
    member = add_organisation(dossier, "Defence", "7.4.2.b")
    invited = add_organisation(dossier, "Sport", "7.4.2.p", Membership.INVITED)
    add_person(dossier, "A", member, Sex.FEMALE)
    add_person(dossier, "B", member, Sex.MALE)
    add_person(dossier, "C", member, Sex.FEMALE, Role.ALTERNATE)
    add_person(dossier, "D", member, Sex.NOT_RECORDED)
    add_person(dossier, "E", invited, Sex.MALE)  # not yet a member: left out
    balance = gender_balance(snapshot_of(dossier))
    assert (balance.all.women, balance.all.men, balance.all.not_recorded) == (2, 1, 1)
    assert balance.all.percent_women == 67
    assert balance.titular.percent_women == 50


def test_gender_share_is_unknown_when_no_sex_is_recorded(dossier: Dossier) -> None:
    add_person(dossier, "A", None, Sex.NOT_RECORDED)
    share = gender_balance(snapshot_of(dossier)).all
    assert share.percent_women is None and share.total == 1


def test_months_before_handles_short_months() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2024, 2, 29), 12) == date(2023, 2, 28)


def test_notification_state() -> None:
    state = notification_state
    assert state(ContactInstrument("4.2", None, None), TODAY, 12) \
        is NotificationState.NEVER_NOTIFIED
    assert state(ContactInstrument("4.2", date(2025, 7, 1), None), TODAY, 12) \
        is NotificationState.CURRENT
    assert state(ContactInstrument("4.2", date(2025, 6, 29), None), TODAY, 12) \
        is NotificationState.STALE
    assert state(ContactInstrument("4.2", date(2020, 1, 1), date(2026, 1, 1)), TODAY, 12) \
        is NotificationState.CURRENT


def test_contact_flags(dossier: Dossier) -> None:
    join(dossier, "4.2", "4.4", "4.5")
    add_contact(dossier, "A", {"4.2": (date(2026, 2, 1), None)})
    add_contact(dossier, "B", {"4.5": (date(2021, 9, 20), None), "4.4": (None, None)})
    kinds = [f.kind for f in contact_flags(snapshot_of(dossier), CATALOG)]
    assert kinds == [FlagKind.NEVER_NOTIFIED, FlagKind.STALE, FlagKind.NO_COORDINATION]
    setup.save_coordination(dossier, setup.CoordinationValues("Weekly call"))
    assert FlagKind.NO_COORDINATION not in [
        f.kind for f in contact_flags(snapshot_of(dossier), CATALOG)]


def test_contact_flag_for_a_joined_instrument_without_contact(dossier: Dossier) -> None:
    assert contact_flags(snapshot_of(dossier), CATALOG) == ()
    join(dossier, "4.3")
    flags = contact_flags(snapshot_of(dossier), CATALOG)
    assert [f.kind for f in flags] == [FlagKind.NO_CONTACT]
    assert flags[0].message.params == (Ref("instrument", "4.3"),)


def test_area_states_and_missing_entity_kinds(dossier: Dossier) -> None:
    defence = add_organisation(dossier, "Defence", "7.4.2.b")
    police = add_organisation(dossier, "Police", "7.4.2.h")
    setup.set_category_presence(dossier, "7.4.2.j", YesNoUnknown.NO)
    setup.set_responsibility(dossier, "table1.destruction", defence, ResponsibilityRole.LEAD)
    setup.set_responsibility(dossier, "table1.destruction", police, ResponsibilityRole.SUPPORT)
    states = {s.area_id: s for s in area_states(snapshot_of(dossier), CATALOG)}
    assert states["table1.destruction"].settled
    assert states["table1.destruction"].missing_kinds == ()
    assert states["table1.stockpile_management"].has_no_lead
    missing = {k.category for k in states["table1.collection"].missing_kinds}
    assert missing == {"7.4.2.m", "7.4.2.n"}  # local government is not in this State


def test_suggestions_follow_table_1_and_fill_only_empty_cells(dossier: Dossier) -> None:
    interior = add_organisation(dossier, "Interior", "7.4.2.h")
    police = add_organisation(dossier, "Police", "7.4.2.h")
    defence = add_organisation(dossier, "Defence", "7.4.2.b")
    add_organisation(dossier, "Invited customs", "7.4.2.d", Membership.INVITED)
    setup.save_authority(dossier, setup.AuthorityValues(police))
    found = suggestions(snapshot_of(dossier), CATALOG)
    destruction = [(o, r) for a, o, r in found if a == "table1.destruction"]
    assert destruction == [(police, ResponsibilityRole.LEAD),
                           (interior, ResponsibilityRole.SUPPORT),
                           (defence, ResponsibilityRole.SUPPORT)]
    stockpile = [(o, r) for a, o, r in found if a == "table1.stockpile_management"]
    assert stockpile[0] == (defence, ResponsibilityRole.LEAD)
    added = setup.add_suggested_responsibilities(dossier, found)
    assert added == len(found)
    assert suggestions(snapshot_of(dossier), CATALOG) == []
    states = {s.area_id: s for s in area_states(snapshot_of(dossier), CATALOG)}
    assert not states["table1.destruction"].settled  # suggested, not yet confirmed
    assert setup.confirm_responsibilities(dossier) == added
    assert {s.area_id: s for s in area_states(snapshot_of(dossier), CATALOG)}[
        "table1.destruction"].settled


def test_matrix_organisations_leave_out_invited_and_absent(dossier: Dossier) -> None:
    add_organisation(dossier, "UNDP", "7.4.5", Membership.OBSERVER)
    add_organisation(dossier, "Youth", "7.4.2.n", Membership.INVITED)
    add_organisation(dossier, "Defence", "7.4.2.b")
    add_organisation(dossier, "No category", None)
    names = [o.name for o in matrix_organisations(snapshot_of(dossier), CATALOG)]
    assert names == ["Defence", "UNDP", "No category"]


def test_the_7_2_note_1_remark(dossier: Dossier) -> None:
    assert mechanism_note(snapshot_of(dossier), CATALOG) is None
    join(dossier, "regional.cifta")  # does not require a mechanism
    assert mechanism_required_by(snapshot_of(dossier), CATALOG) == ()
    join(dossier, "regional.nairobi")
    setup.save_custom_instrument(dossier, setup.CustomInstrumentValues(
        "Pacific Firearms Accord", requires_mechanism=True))
    note = mechanism_note(snapshot_of(dossier), CATALOG)
    assert note is not None and note.code is Code.MECHANISM_REQUIRED
    assert note.params[0] == (Ref("instrument", "regional.nairobi"), "Pacific Firearms Accord")


def test_cost_totals_are_kept_apart_by_currency(dossier: Dossier) -> None:
    setup.save_resource_need(dossier, "8.a", setup.ResourceValues(estimated_cost="54 000",
                                                                  currency="usd"))
    setup.save_resource_need(dossier, "8.c", setup.ResourceValues(estimated_cost=12500,
                                                                  currency="USD"))
    setup.save_resource_need(dossier, "8.d", setup.ResourceValues(estimated_cost=9_000_000,
                                                                  currency="XOF"))
    setup.save_resource_need(dossier, "8.b", setup.ResourceValues())
    assert totals_by_currency(snapshot_of(dossier)) == {"USD": 66500, "XOF": 9_000_000}


def test_area_messages_name_the_problem(dossier: Dossier) -> None:
    police = add_organisation(dossier, "Police", "7.4.2.h", acronym="NPS")
    customs = add_organisation(dossier, "Customs", "7.4.2.d", acronym="MRCA")
    with dossier.transaction() as session:
        for organisation in (police, customs):
            session.add(Responsibility(area_id="table1.cross_border_controls",
                                       organisation_id=organisation,
                                       role=ResponsibilityRole.LEAD, confirmed=True))
    flagged = area_messages(snapshot_of(dossier), CATALOG)
    cross_border = [m for area, m in flagged if area == "table1.cross_border_controls"]
    assert [m.code for m in cross_border] == [Code.AREA_SEVERAL_LEADS, Code.AREA_MISSING_KINDS]
    assert set(cross_border[0].params[1]) == {"NPS", "MRCA"}  # type: ignore[arg-type]
    assert cross_border[1].params[1] == (Ref("category", "7.4.2.b"), Ref("category", "7.4.2.e"))
    destruction = [m.code for area, m in flagged if area == "table1.destruction"]
    assert destruction == [Code.AREA_NO_LEAD, Code.AREA_MISSING_KINDS]
