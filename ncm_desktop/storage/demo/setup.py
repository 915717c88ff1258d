"""The sample State's set-up: a believable readiness picture, half way there.

The State has joined the four instruments of clause 4 and the Nairobi Protocol (which
makes the mechanism legally required); the Arms Trade Treaty notification is old and
no one covers the Firearms Protocol (see ``core``); functions are partly under way;
monitoring data is patchy; infrastructure is partly funded; Table 1 is mostly confirmed,
with one area that has no lead and one that has two; a few provisions are answered by
hand with evidence, the rest left for the user.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage.enums import (
    Answer,
    DataAvailability,
    FunctionStatus,
    FundingSource,
    ResourceStatus,
    ResponsibilityRole,
    YesNoUnknown,
)
from ncm_desktop.storage.models import (
    AuthorityProfile,
    AuthorityRole,
    CategoryPresence,
    ContactProfileItem,
    CoordinationArrangement,
    FunctionProgress,
    InstrumentMembership,
    MonitoringAreaStatus,
    Organisation,
    PointOfContact,
    ReadinessAnswer,
    ResourceNeedStatus,
    Responsibility,
)

INSTRUMENTS = (
    ("4.2", date(2001, 7, 20)),
    ("4.3", date(2005, 12, 8)),
    ("4.4", date(2011, 5, 17)),
    ("4.5", date(2015, 3, 30)),
    ("regional.nairobi", date(2004, 4, 21)),
)

ROLES = (
    ("5.2.a", True, "Chairs the Commission's quarterly plenary and its technical committee."),
    ("5.2.b", True, "Keeps one programme matrix of all small arms projects, shared with donors."),
    ("5.2.c", True, ""),
    ("5.2.d", False, ""),
    ("5.2.e", True, "Supported by the Technical Planning Committee (Decree 2019-047, art. 7)."),
)

FUNCTIONS = (
    ("7.3.2.a", FunctionStatus.IN_PROGRESS, "MIPS", "Baseline survey 2024 with the Institute."),
    ("7.3.2.b", FunctionStatus.DONE, "MIPS", "Aim adopted at the 2023 plenary."),
    ("7.3.2.c", FunctionStatus.DONE, "MIPS", ""),
    ("7.3.2.d", FunctionStatus.IN_PROGRESS, "MIPS", "Table 1 matrix under review."),
    ("7.3.2.e", FunctionStatus.IN_PROGRESS, "NPCU", "Draft NAP 2025-2029 validated in May 2025."),
    ("7.3.2.f", FunctionStatus.NOT_STARTED, "MLGRD", ""),
    ("7.3.3.a", FunctionStatus.IN_PROGRESS, "MIPS", ""),
    ("7.3.3.b", FunctionStatus.DONE, "NA-DSC", "Annual briefing of the Defence Committee."),
    ("7.3.3.c", FunctionStatus.IN_PROGRESS, None, ""),
    ("7.3.3.d", FunctionStatus.NOT_STARTED, None, ""),
    ("7.3.3.e", FunctionStatus.NOT_STARTED, "MIC", ""),
    ("7.3.4.b", FunctionStatus.DONE, "MFA", "PoA national reports 2020, 2022 and 2024."),
    ("7.3.4.c", FunctionStatus.IN_PROGRESS, "MTI", ""),
)

MONITORING = (
    ("7.3.2.a.1", DataAvailability.AVAILABLE, YesNoUnknown.UNKNOWN, "MOD and NPS registers."),
    ("7.3.2.a.2", DataAvailability.PARTIAL, YesNoUnknown.NO, "Licences only; no sex field."),
    ("7.3.2.a.3", DataAvailability.PARTIAL, YesNoUnknown.YES, "Police homicide statistics."),
    ("7.3.2.a.4", DataAvailability.UNAVAILABLE, YesNoUnknown.UNKNOWN, ""),
    ("7.3.2.a.5", DataAvailability.PARTIAL, YesNoUnknown.UNKNOWN, "Customs seizures."),
    ("7.3.2.a.8", DataAvailability.AVAILABLE, YesNoUnknown.UNKNOWN, "Legal review 2023."),
)

RESOURCES = (
    ("8.a", ResourceStatus.PARTLY_IN_PLACE, 3, 54000, FundingSource.NATIONAL_AUTHORITY,
     "Three of the five posts of the secretariat are filled."),
    ("8.b", ResourceStatus.IN_PLACE, 1, None, FundingSource.NATIONAL_AUTHORITY,
     "Conference room of the Ministry of the Interior."),
    ("8.c", ResourceStatus.PARTLY_IN_PLACE, 4, 12500, FundingSource.INTERNATIONAL,
     "Four computers from UNDP; no internet access yet."),
    ("8.d", ResourceStatus.MISSING, None, 180000, FundingSource.NOT_KNOWN,
     "Annual running budget requested in the 2027 finance bill."),
)

#: Table 1 by acronym: (area, lead(s), supports).  Information management has no lead;
#: cross-border controls has two (police and customs, as happens when both claim it).
RESPONSIBILITIES = (
    ("table1.cross_border_controls", ("NPS", "MRCA"), ("MOD", "MFA")),
    ("table1.health_social_welfare_impact", ("MOH",), ("MSW", "MGCSP", "MEWT")),
    ("table1.information_management", (), ("NPS", "NIS")),
    ("table1.policy_legislation", ("MIPS",), ("NA-DSC", "MOJ", "MFA", "MGCSP")),
    ("table1.awareness_communication", ("MIC",), ("MOE", "MOH", "WNPS", "YAAV")),
    ("table1.imports_exports_brokering", ("MTI",), ("MFA", "MOD", "MRCA")),
    ("table1.marking_recordkeeping_tracing", ("NPS",), ("MOD",)),
    ("table1.collection", ("MIPS",), ("MLGRD", "MGCSP", "MOY")),
    ("table1.destruction", ("MOD",), ("NPS",)),
    ("table1.stockpile_management", ("MOD",), ("NPS",)),
)
#: Suggestions not yet confirmed by the user.
UNCONFIRMED = {("table1.awareness_communication", "YAAV"), ("table1.collection", "MOY")}

ANSWERS = (
    ("7.2.a", Answer.PARTLY_MET, "Civil society and partners took part in the 2024 "
     "baseline survey; sub-national authorities not yet involved."),
    ("7.2.b", Answer.PARTLY_MET, "Reports under the PoA are up to date; the ATT initial "
     "report is overdue."),
    ("10.p1", Answer.PARTLY_MET, "Draft National Action Plan 2025-2029 validated at the "
     "May 2025 workshop; awaiting adoption by the Cabinet."),
    ("11.p1", Answer.NOT_APPLICABLE, "No mandate has been given to a regional organization "
     "or the United Nations."),
    ("11.p2", Answer.NOT_APPLICABLE, "No mandated body."),
)


def populate(session: Session, rng: random.Random, members: int) -> None:
    by_acronym = {o.acronym: o for o in session.scalars(select(Organisation)) if o.acronym}
    for instrument_id, joined_on in INSTRUMENTS:
        session.add(InstrumentMembership(instrument_id=instrument_id, joined=True,
                                         joined_on=joined_on))
    session.add(CategoryPresence(category_id="7.4.2.v", present=YesNoUnknown.NO,
                                 note="Licensing is done by the Ministry of Trade."))
    session.add(AuthorityProfile(known_as="National Focal Point on Small Arms",
                                 within_interior=YesNoUnknown.YES,
                                 technical_body="Technical Planning Committee"))
    for provision_id, in_place, how in ROLES:
        session.add(AuthorityRole(provision_id=provision_id, in_place=in_place, how=how))
    _contacts(session)
    for function_id, status, lead, notes in FUNCTIONS:
        organisation = by_acronym.get(lead) if lead else None
        session.add(FunctionProgress(
            function_id=function_id, status=status, notes=notes,
            lead_organisation_id=organisation.id if organisation else None))
    for area_id, available, by_sex, notes in MONITORING:
        session.add(MonitoringAreaStatus(area_id=area_id, data_available=available,
                                         sex_disaggregated=by_sex, notes=notes))
    for need_id, status, quantity, cost, source, notes in RESOURCES:
        session.add(ResourceNeedStatus(need_id=need_id, status=status, quantity=quantity,
                                       estimated_cost=cost, currency="USD" if cost else "",
                                       funding_source=source, notes=notes))
    for area_id, leads, supports in RESPONSIBILITIES:
        for role, acronyms in ((ResponsibilityRole.LEAD, leads),
                               (ResponsibilityRole.SUPPORT, supports)):
            for acronym in acronyms:
                session.add(Responsibility(
                    area_id=area_id, organisation_id=by_acronym[acronym].id, role=role,
                    confirmed=(area_id, acronym) not in UNCONFIRMED))
    for provision_id, answer, evidence in ANSWERS:
        session.add(ReadinessAnswer(provision_id=provision_id, answer=answer,
                                    evidence=evidence))


def _contacts(session: Session) -> None:
    """Profiles of the Points of Contact of ``core``, and how they coordinate."""
    contacts = list(session.scalars(select(PointOfContact).order_by(PointOfContact.created_at)))
    profiles = (("6.2.a", "6.2.b", "6.2.d", "6.2.e", "6.2.f"), ("6.2.a", "6.2.e"))
    for contact, items in zip(contacts, profiles, strict=False):
        for provision_id in items:
            session.add(ContactProfileItem(point_of_contact_id=contact.id,
                                           provision_id=provision_id, met=True))
    if len(contacts) > 1:
        session.add(CoordinationArrangement(
            description="The two Points of Contact meet before each plenary of the "
                        "Commission and copy each other on all correspondence.",
            frequency="Quarterly", last_held=date(2026, 9, 15)))
