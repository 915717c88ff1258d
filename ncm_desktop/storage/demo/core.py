"""The sample State's mechanism, organisations, people and designations."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage.demo.names import REGIONS, TITLES
from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.models import (
    Mechanism,
    NationalAuthority,
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
)

STATE_NAME = "Republic of Meridia"
MECHANISM_NAME = "National Commission for the Control of Small Arms and Light Weapons"


class SampleOrganisation(NamedTuple):
    name: str
    acronym: str
    category: str | None
    membership: Membership
    domain: str


#: Every category of 7.4 is either represented here or deliberately left out:
#: culture / heritage (7.4.2.r) has no organisation at all, the State has no arms
#: export / import control agency (7.4.2.v), and sport (7.4.2.p) is only invited.
ORGANISATIONS: tuple[SampleOrganisation, ...] = (
    SampleOrganisation("Ministry of the Interior and Public Security", "MIPS", "7.4.2.h",
                       Membership.FULL_MEMBER, "interior.gov.example"),
    SampleOrganisation("National Police Service", "NPS", "7.4.2.h",
                       Membership.FULL_MEMBER, "police.gov.example"),
    SampleOrganisation("Ministry of Defence", "MOD", "7.4.2.b",
                       Membership.FULL_MEMBER, "defence.gov.example"),
    SampleOrganisation("Ministry of Foreign Affairs and International Cooperation", "MFA",
                       "7.4.2.e", Membership.FULL_MEMBER, "foreign.gov.example"),
    SampleOrganisation("Ministry of Justice", "MOJ", "7.4.2.i",
                       Membership.FULL_MEMBER, "justice.gov.example"),
    SampleOrganisation("Ministry of Finance and Economic Planning", "MOFEP", "7.4.2.d",
                       Membership.FULL_MEMBER, "finance.gov.example"),
    SampleOrganisation("Meridia Revenue and Customs Authority", "MRCA", "7.4.2.d",
                       Membership.FULL_MEMBER, "customs.gov.example"),
    SampleOrganisation("Ministry of Health", "MOH", "7.4.2.f",
                       Membership.FULL_MEMBER, "health.gov.example"),
    SampleOrganisation("National Intelligence Service", "NIS", "7.4.2.g",
                       Membership.FULL_MEMBER, "nis.gov.example"),
    SampleOrganisation("Ministry of Gender, Children and Social Protection", "MGCSP", "7.4.2.m",
                       Membership.FULL_MEMBER, "gender.gov.example"),
    SampleOrganisation("Department of Children's Services", "DCS", "7.4.2.a",
                       Membership.FULL_MEMBER, "children.gov.example"),
    SampleOrganisation("Ministry of Social Welfare", "MSW", "7.4.2.k",
                       Membership.FULL_MEMBER, "welfare.gov.example"),
    SampleOrganisation("Ministry of Education", "MOE", "7.4.2.c",
                       Membership.FULL_MEMBER, "education.gov.example"),
    SampleOrganisation("Ministry of Local Government and Rural Development", "MLGRD",
                       "7.4.2.j", Membership.FULL_MEMBER, "localgov.gov.example"),
    SampleOrganisation("Ministry of Transport and Ports", "MOTP", "7.4.2.l",
                       Membership.FULL_MEMBER, "transport.gov.example"),
    SampleOrganisation("Ministry of Youth", "MOY", "7.4.2.n",
                       Membership.FULL_MEMBER, "youth.gov.example"),
    SampleOrganisation("Ministry of Trade and Industry", "MTI", "7.4.2.o",
                       Membership.FULL_MEMBER, "trade.gov.example"),
    SampleOrganisation("National Sports Council", "NSC", "7.4.2.p",
                       Membership.INVITED, "sports.gov.example"),
    SampleOrganisation("Ministry of Environment, Wildlife and Tourism", "MEWT", "7.4.2.q",
                       Membership.FULL_MEMBER, "environment.gov.example"),
    SampleOrganisation("National Point of Contact Unit on Small Arms", "NPCU", "7.4.2.s",
                       Membership.FULL_MEMBER, "natcom-salw.gov.example"),
    SampleOrganisation("National Assembly, Defence and Security Committee", "NA-DSC",
                       "7.4.2.t", Membership.FULL_MEMBER, "parliament.gov.example"),
    SampleOrganisation("Office of the President", "OP", "7.4.2.u",
                       Membership.FULL_MEMBER, "presidency.gov.example"),
    SampleOrganisation("Arms export and import control agency (none: handled by MTI)", "",
                       "7.4.2.v", Membership.NOT_PRESENT, ""),
    SampleOrganisation("Ministry of Information and Communication", "MIC", "7.4.2.note",
                       Membership.FULL_MEMBER, "information.gov.example"),
    SampleOrganisation("Women's Network for Peace and Security", "WNPS", "7.4.3",
                       Membership.FULL_MEMBER, "wnps.example.org"),
    SampleOrganisation("Meridia Institute for Security Studies", "MISS", "7.4.3",
                       Membership.FULL_MEMBER, "miss.example.org"),
    SampleOrganisation("Youth Against Armed Violence", "YAAV", "7.4.3",
                       Membership.FULL_MEMBER, "yaav.example.org"),
    SampleOrganisation("Meridia Hunting and Sport Shooting Federation", "MHSSF", "7.4.3",
                       Membership.OBSERVER, "mhssf.example.org"),
    SampleOrganisation("Licensed Firearms Dealers Association", "LFDA", "7.4.4",
                       Membership.FULL_MEMBER, "lfda.example.org"),
    SampleOrganisation("United Nations Development Programme, Meridia office", "UNDP",
                       "7.4.5", Membership.OBSERVER, "undp.example.org"),
    SampleOrganisation("Regional Centre on Small Arms", "RECSA", "7.4.5",
                       Membership.FULL_MEMBER, "recsa.example.org"),
    SampleOrganisation("UN Office on Drugs and Crime, regional office", "UNODC", "7.4.5",
                       Membership.OBSERVER, "unodc.example.org"),
)

DEFAULT_MEMBERS = 60


def populate(session: Session, rng: random.Random, members: int) -> None:
    mechanism = session.scalars(select(Mechanism)).one()
    mechanism.state_name = STATE_NAME
    mechanism.name = MECHANISM_NAME
    mechanism.legal_basis = (
        "Presidential Decree No. 2019-047 establishing the National Commission for the "
        "Control of Small Arms and Light Weapons"
    )
    mechanism.legal_basis_date = date(2019, 3, 12)
    mechanism.address = "12 Independence Avenue, PO Box 4410, Port Meridian"
    mechanism.phone = "+999 21 555 0100"
    mechanism.email = "secretariat@natcom-salw.gov.example"

    organisations = [
        Organisation(name=o.name, acronym=o.acronym, category_id=o.category,
                     membership=o.membership)
        for o in ORGANISATIONS
    ]
    session.add_all(organisations)
    session.flush()
    present = [
        (org, sample) for org, sample in zip(organisations, ORGANISATIONS, strict=True)
        if sample.membership is not Membership.NOT_PRESENT
    ]
    people = [_person(rng, index, present[index % len(present)]) for index in range(members)]
    _assign_roles(people)
    session.add_all(people)
    session.flush()

    interior = organisations[0]
    session.add(NationalAuthority(
        organisation_id=interior.id,
        designated_on=date(2019, 3, 12),
        legal_reference="Presidential Decree No. 2019-047, article 3",
    ))
    _add_points_of_contact(session, organisations, people)


def _person(rng: random.Random, index: int,
            member: tuple[Organisation, SampleOrganisation]) -> Person:
    organisation, sample = member
    pool = list(REGIONS.values())[index % len(REGIONS)]
    sex = Sex.FEMALE if rng.random() < 0.42 else Sex.MALE
    given = rng.choice(pool.women if sex is Sex.FEMALE else pool.men)
    family = rng.choice(pool.families)
    full_name = f"{given} {family}"
    role = Role.ALTERNATE if index >= len(ORGANISATIONS) and rng.random() < 0.5 else Role.MEMBER
    local = _ascii(f"{given}.{family}").lower().replace(" ", "")
    return Person(
        organisation_id=organisation.id,
        full_name=full_name,
        title=rng.choice(TITLES),
        sex=sex,
        role=role,
        phone=f"+999 {rng.randint(20, 79)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        email=f"{local}@{sample.domain}" if sample.domain else "",
        mandate_start=date(2019, 4, 1) + timedelta(days=rng.randint(0, 2000)),
    )


def _assign_roles(people: list[Person]) -> None:
    """The chair comes from the National Authority, the secretary from the PoC unit."""
    if not people:
        return
    people[0].role = Role.CHAIR
    if len(people) > 3:
        people[3].role = Role.VICE_CHAIR  # Ministry of Foreign Affairs
    secretary_index = next(
        (i for i, sample in enumerate(ORGANISATIONS) if sample.category == "7.4.2.s"), None
    )
    if secretary_index is not None and secretary_index < len(people):
        people[secretary_index].role = Role.SECRETARY


def _add_points_of_contact(
    session: Session, organisations: list[Organisation], people: list[Person]
) -> None:
    """PoA and ITI covered and up to date; the ATT contact stale; no Firearms Protocol one."""
    by_org = {p.organisation_id: p for p in reversed(people)}
    unit = next(o for o in organisations if o.category_id == "7.4.2.s")
    foreign = next(o for o in organisations if o.category_id == "7.4.2.e")
    if unit.id in by_org:
        contact = PointOfContact(person_id=by_org[unit.id].id)
        session.add(contact)
        session.flush()
        for instrument in ("4.2", "4.3"):
            session.add(PointOfContactInstrument(
                point_of_contact_id=contact.id, instrument_id=instrument,
                notified_on=date(2019, 6, 3), confirmed_on=date(2026, 2, 16),
            ))
    if foreign.id in by_org:
        contact = PointOfContact(person_id=by_org[foreign.id].id)
        session.add(contact)
        session.flush()
        session.add(PointOfContactInstrument(
            point_of_contact_id=contact.id, instrument_id="4.5", notified_on=date(2021, 9, 20),
        ))


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in ".-"))
