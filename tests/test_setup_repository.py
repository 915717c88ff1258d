"""Writes of the set-up: good values land in one transaction, bad ones are refused whole."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from setup_support import add_contact, add_organisation, add_person, snapshot_of

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.storage import repository
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import (
    Membership,
    ResourceStatus,
    ResponsibilityRole,
    YesNoUnknown,
)
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.setup_settings import NOTIFICATION_PERIOD_KEY

Code = ValidationError.Code
TOMORROW = date.today() + timedelta(days=1)


def _english(error: ValidationError) -> str:
    return error_message(error, lambda context, text, *rest: text)


def test_a_contact_notified_in_the_future_is_refused_and_nothing_saved(dossier: Dossier) -> None:
    contact = add_contact(dossier, "Ann", {"4.2": (date(2025, 1, 1), None)})
    with pytest.raises(ValidationError) as caught:
        setup.save_contact_instrument(dossier, contact, "4.2", setup.ContactInstrumentValues(
            True, TOMORROW, date(2025, 6, 1)))
    assert (caught.value.field, caught.value.code) == ("notified_on", Code.DATE_IN_FUTURE)
    assert "in the future" in _english(caught.value)
    entry = snapshot_of(dossier).contacts[0].instruments[0]
    assert (entry.notified_on, entry.confirmed_on) == (date(2025, 1, 1), None)


@pytest.mark.parametrize(("cost", "code", "words"), [
    ("-500", Code.NEGATIVE, "must not be negative"),
    (-1, Code.NEGATIVE, "must not be negative"),
    ("12,5", Code.NOT_A_NUMBER, "is not a number"),
    ("about 300", Code.NOT_A_NUMBER, "is not a number"),
    (str(10**16), Code.TOO_LARGE, "too large"),
])
def test_a_bad_cost_is_refused_and_nothing_saved(dossier: Dossier, cost: object, code: Code,
                                                 words: str) -> None:
    setup.save_resource_need(dossier, "8.a", setup.ResourceValues(
        ResourceStatus.PARTLY_IN_PLACE, 2, 1000, "USD"))
    with pytest.raises(ValidationError) as caught:
        setup.save_resource_need(dossier, "8.a", setup.ResourceValues(
            ResourceStatus.IN_PLACE, 5, cost, "USD"))  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == ("estimated_cost", code)
    assert words in _english(caught.value)
    entry = snapshot_of(dossier).resources["8.a"]
    assert (entry.status, entry.quantity, entry.estimated_cost) == (
        ResourceStatus.PARTLY_IN_PLACE, 2, 1000)


def test_currency_is_checked_and_required_with_a_cost(dossier: Dossier) -> None:
    with pytest.raises(ValidationError) as caught:
        setup.save_resource_need(dossier, "8.a", setup.ResourceValues(estimated_cost=10,
                                                                      currency="dollars"))
    assert caught.value.code is Code.INVALID_CURRENCY
    with pytest.raises(ValidationError) as caught:
        setup.save_resource_need(dossier, "8.a", setup.ResourceValues(estimated_cost=10))
    assert (caught.value.field, caught.value.code) == ("currency", Code.REQUIRED)
    assert "8.a" not in snapshot_of(dossier).resources
    setup.save_resource_need(dossier, "8.a", setup.ResourceValues(quantity=" 3 ",
                                                                  estimated_cost="1 200",
                                                                  currency=" xof "))
    entry = snapshot_of(dossier).resources["8.a"]
    assert (entry.quantity, entry.estimated_cost, entry.currency) == (3, 1200, "XOF")


def test_a_second_lead_is_refused_with_the_name_of_the_first(dossier: Dossier) -> None:
    police = add_organisation(dossier, "National Police", "7.4.2.h")
    customs = add_organisation(dossier, "Customs", "7.4.2.d")
    setup.set_responsibility(dossier, "table1.cross_border_controls", police,
                             ResponsibilityRole.LEAD)
    with pytest.raises(ValidationError) as caught:
        setup.set_responsibility(dossier, "table1.cross_border_controls", customs,
                                 ResponsibilityRole.LEAD)
    assert caught.value.code is Code.SECOND_LEAD and caught.value.value == "National Police"
    assert "“National Police” already leads" in _english(caught.value)
    entries = snapshot_of(dossier).responsibilities
    assert [(e.organisation_id, e.role) for e in entries] == [(police,
                                                               ResponsibilityRole.LEAD)]
    setup.set_responsibility(dossier, "table1.cross_border_controls", customs,
                             ResponsibilityRole.SUPPORT)
    setup.set_responsibility(dossier, "table1.cross_border_controls", police,
                             ResponsibilityRole.LEAD)  # the lead itself may be saved again
    setup.set_responsibility(dossier, "table1.cross_border_controls", police, None)
    setup.set_responsibility(dossier, "table1.cross_border_controls", customs,
                             ResponsibilityRole.LEAD)
    roles = {e.organisation_id: e.role for e in snapshot_of(dossier).responsibilities}
    assert roles == {customs: ResponsibilityRole.LEAD}


def test_a_category_with_members_cannot_be_marked_not_present(dossier: Dossier) -> None:
    add_organisation(dossier, "Ministry of Culture", "7.4.2.r", Membership.INVITED)
    with pytest.raises(ValidationError) as caught:
        setup.set_category_presence(dossier, "7.4.2.r", YesNoUnknown.NO)
    assert caught.value.code is Code.CATEGORY_HAS_MEMBERS
    assert "Ministry of Culture" in _english(caught.value)
    assert "7.4.2.r" not in snapshot_of(dossier).presence
    setup.set_category_presence(dossier, "7.4.2.r", YesNoUnknown.YES, "Ministry of Culture")
    assert snapshot_of(dossier).presence["7.4.2.r"] is YesNoUnknown.YES


def test_a_person_is_designated_once(dossier: Dossier) -> None:
    person = add_person(dossier, "Fatima Haddad", None)
    setup.add_point_of_contact(dossier, person)
    with pytest.raises(ValidationError) as caught:
        setup.add_point_of_contact(dossier, person)
    assert caught.value.code is Code.DUPLICATE
    assert len(snapshot_of(dossier).contacts) == 1


def test_notification_period(dossier: Dossier) -> None:
    assert snapshot_of(dossier).notification_period_months == 12
    setup.set_notification_period(dossier, 6)
    assert snapshot_of(dossier).notification_period_months == 6
    assert repository.get_setting(dossier, NOTIFICATION_PERIOD_KEY) == "6"
    for bad in (0, 121, True):
        with pytest.raises(ValidationError) as caught:
            setup.set_notification_period(dossier, bad)  # type: ignore[arg-type]
        assert caught.value.code is Code.OUT_OF_RANGE
    assert snapshot_of(dossier).notification_period_months == 6


def test_unknown_catalog_ids_are_refused(dossier: Dossier) -> None:
    organisation = add_organisation(dossier, "Defence", "7.4.2.b")
    for call in (
        lambda: setup.set_instrument(dossier, "regional.atlantis", True),
        lambda: setup.save_authority_role(dossier, "5.2.p1", True),
        lambda: setup.set_responsibility(dossier, "table1.nowhere", organisation,
                                         ResponsibilityRole.LEAD),
        lambda: setup.save_answer(dossier, "99.z", None),
        lambda: setup.save_function(dossier, "7.3.9.z", setup.FunctionValues()),
    ):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.code is Code.INVALID_CHOICE


def test_joined_on_in_the_future_is_refused(dossier: Dossier) -> None:
    with pytest.raises(ValidationError):
        setup.set_instrument(dossier, "4.5", True, TOMORROW)
    assert snapshot_of(dossier).instruments == ()


def test_custom_instruments_are_unique_by_name(dossier: Dossier) -> None:
    first = setup.save_custom_instrument(dossier, setup.CustomInstrumentValues("Accord"))
    with pytest.raises(ValidationError) as caught:
        setup.save_custom_instrument(dossier, setup.CustomInstrumentValues(" Accord "))
    assert caught.value.code is Code.DUPLICATE
    setup.save_custom_instrument(dossier, setup.CustomInstrumentValues("Accord", False), first)
    entry = snapshot_of(dossier).instruments[0]
    assert (entry.custom_name, entry.joined) == ("Accord", False)
    setup.delete_custom_instrument(dossier, first)
    assert snapshot_of(dossier).instruments == ()


def test_deleting_an_organisation_clears_its_leads_and_undo_restores_them(
        dossier: Dossier) -> None:
    defence = add_organisation(dossier, "Defence", "7.4.2.b")
    setup.save_function(dossier, "7.3.2.a", setup.FunctionValues(lead_organisation_id=defence))
    setup.set_responsibility(dossier, "table1.destruction", defence, ResponsibilityRole.LEAD)
    deleted = repository.delete_organisations(dossier, [defence])
    snapshot = snapshot_of(dossier)
    assert snapshot.responsibilities == ()
    assert snapshot.functions["7.3.2.a"].lead_organisation_id is None
    repository.undo_delete(dossier, deleted)
    snapshot = snapshot_of(dossier)
    assert snapshot.functions["7.3.2.a"].lead_organisation_id == defence
    assert [e.organisation_id for e in snapshot.responsibilities] == [defence]


def test_withdrawing_a_contact_keeps_the_person(dossier: Dossier) -> None:
    contact = add_contact(dossier, "Ann", {"4.2": (None, None)})
    setup.set_contact_profile(dossier, contact, "6.2.a", True)
    deleted = setup.delete_points_of_contact(dossier, [contact])
    assert deleted.count("contact_profile_item") == 1
    snapshot = snapshot_of(dossier)
    assert snapshot.contacts == () and snapshot.gender.not_recorded == 1


def test_authority_designation_is_one_row(dossier: Dossier) -> None:
    first = add_organisation(dossier, "Interior", "7.4.2.h")
    second = add_organisation(dossier, "Presidency", "7.4.2.u")
    setup.save_authority(dossier, setup.AuthorityValues(first, date(2019, 3, 12), "Decree"))
    setup.save_authority(dossier, setup.AuthorityValues(second))
    authority = snapshot_of(dossier).authority
    assert authority is not None and authority.organisation_id == second
    with pytest.raises(ValidationError):
        setup.save_authority(dossier, setup.AuthorityValues(first, TOMORROW))
    assert snapshot_of(dossier).authority.organisation_id == second  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:
        setup.save_authority(dossier, setup.AuthorityValues(uuid.uuid4()))
    assert caught.value.field == "organisation_id"
