"""The sample State's draft National Action Plan 2026–2028 and two meetings.

Four objectives answer the composition (7.4), the Points of Contact (clause 6),
monitoring (7.3) and the Arms Trade Treaty (4.5); twelve activities have leads,
partners, dates, costs in US dollars (one unfunded, three at no cost) and statuses.  Some
were accepted from the suggestions, so those are not proposed again.  The quality check
finds two real problems: an activity with no indicator, and one that ends after the
plan's period.

The plenary of March 2026 has its attendance and three decisions: one became an activity
of the plan (the working group on marking), the others follow-up actions; the working
group met in May.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage.enums import (
    MEMBER_OR_OBSERVER,
    ActionStatus,
    ActivityStatus,
    FundingKind,
    MeetingKind,
    PlanStatus,
    Role,
    Sex,
)
from ncm_desktop.storage.models import (
    AgendaItem,
    Decision,
    FollowUpAction,
    Meeting,
    Organisation,
    Participant,
    Person,
    Plan,
    PlanActivity,
    PlanActivityPartner,
    PlanObjective,
)

CURRENCY = "USD"
N, D, U = FundingKind.NATIONAL_BUDGET, FundingKind.DONOR, FundingKind.UNFUNDED

OBJECTIVES = (
    ("Complete the composition and working arrangements of the National Commission", "7.4"),
    ("Designate and notify the National Points of Contact for every instrument joined", "6"),
    ("Build the evidence base on small arms and their impact", "7.3"),
    ("Control transfers and trace weapons in line with the Arms Trade Treaty", "4.5"),
)

#: (objective, title, lead, partners, start, end, cost (None: no cost), funding, donor,
#:  indicator, verification, status, suggestion key, provision)
ACTIVITIES = (
    (0, "Invite the ministry responsible for culture / heritage to join the mechanism",
     "MIPS", ("NPCU",), date(2026, 2, 1), date(2026, 6, 30), None, N, "",
     "The ministry has named a titular representative and an alternate",
     "Letter of designation on file", ActivityStatus.LIMITED, "invite:7.4.2.r", "7.4.2.r"),
    (0, "Recruit the two missing support staff of the secretariat", "MIPS", ("MOFEP",),
     date(2026, 3, 1), date(2026, 12, 31), 36000, N, "", "Five of the five posts filled",
     "Staff list of the secretariat", ActivityStatus.NOT_STARTED, "resource:8.a", "8.a"),
    (0, "Train the members on gender-responsive small arms control", "MGCSP",
     ("WNPS", "UNDP"), date(2026, 9, 1), date(2027, 3, 31), 18500, D, "UNDP",
     "60 members trained, at least 40 per cent of them women",
     "Attendance sheets and training report", ActivityStatus.NOT_STARTED, "gender_balance",
     "7.4.1.p2"),
    (1, "Designate a National Point of Contact for the UN Firearms Protocol", "MIPS",
     ("MFA", "MOJ"), date(2026, 1, 15), date(2026, 4, 30), None, N, "",
     "Designation letter signed by the Minister",
     "Letter of designation; Points of Contact page of the dossier",
     ActivityStatus.SUBSTANTIAL, "designate_contact:4.4", "4.4.a"),
    (1, "Notify the ATT Secretariat of the updated details of the Point of Contact", "MFA",
     ("NPCU",), date(2026, 2, 1), date(2026, 3, 31), None, N, "",
     "Notification acknowledged by the ATT Secretariat", "Acknowledgement letter",
     ActivityStatus.COMPLETED, "notify:4.5", "6.3.3"),
    (1, "Hold quarterly coordination meetings of the Points of Contact", "NPCU", ("MFA",),
     date(2026, 1, 1), date(2028, 12, 31), 6000, N, "", "12 meetings held, with minutes",
     "Minutes of the meetings", ActivityStatus.LIMITED, None, None),
    (2, "Run a national survey of civilian holdings, with data by sex and age", "MISS",
     ("NPS", "MGCSP", "UNDP"), date(2026, 6, 1), date(2027, 5, 31), 145000, D,
     "European Union", "Survey report published, with data disaggregated by sex and age",
     "Published report", ActivityStatus.NOT_STARTED, "collect:7.3.2.a.2", "7.3.2.a.2"),
    (2, "Set up a shared register of seized and recovered weapons", "NPS", ("MRCA", "MOJ"),
     date(2026, 10, 1), date(2027, 9, 30), 82000, U, "",
     "Register in use by the police and customs", "Quarterly extracts of the register",
     ActivityStatus.NOT_STARTED, "collect:7.3.2.a.5", "7.3.2.a.5"),
    (2, "Assess the gender and age dynamics of armed violence", "MGCSP",
     ("WNPS", "YAAV", "MOH"), date(2027, 1, 1), date(2027, 12, 31), 40000, D, "UNDP",
     "", "Assessment report", ActivityStatus.NOT_STARTED, "collect:7.3.2.a.4", "7.3.2.a.4"),
    (3, "Submit the overdue initial report under the Arms Trade Treaty", "MFA",
     ("MTI", "MOD"), date(2026, 3, 1), date(2026, 9, 30), 3000, N, "",
     "Initial report received by the ATT Secretariat", "ATT Secretariat acknowledgement",
     ActivityStatus.SUBSTANTIAL, None, None),
    (3, "Train licensing and customs officers on end-use controls", "MTI",
     ("MRCA", "MFA", "RECSA"), date(2027, 2, 1), date(2029, 3, 31), 52000, D,
     "European Union", "80 officers trained", "Training reports and attendance sheets",
     ActivityStatus.NOT_STARTED, None, None),
)

#: The activity the plenary's second decision became.
WORKING_GROUP = (
    3, "Establish a working group on marking and record-keeping", "NPS", ("MOD", "MRCA"),
    date(2026, 4, 1), date(2026, 12, 31), 12000, N, "",
    "Terms of reference adopted; the group meets every month", "Terms of reference; minutes",
    ActivityStatus.SUBSTANTIAL, None, None)

#: What each activity involves, by title.
DESCRIPTIONS = {
    "Invite the ministry responsible for culture / heritage to join the mechanism":
        "Letter from the Chair to the Minister, followed by a briefing of the designated "
        "officials on the Commission's work.",
    "Recruit the two missing support staff of the secretariat":
        "A programme officer and an information officer, on the budget of the Ministry of "
        "the Interior from 2026.",
    "Train the members on gender-responsive small arms control":
        "Two three-day workshops with the Women's Network for Peace and Security, using the "
        "MOSAIC module on women, gender and small arms.",
    "Designate a National Point of Contact for the UN Firearms Protocol":
        "Agree on the officer within the Ministry of the Interior and issue the "
        "designation; then notify UNODC.",
    "Notify the ATT Secretariat of the updated details of the Point of Contact":
        "The notification of 2021 is out of date: send the current name, title and contact "
        "details.",
    "Hold quarterly coordination meetings of the Points of Contact":
        "Before each plenary; minutes shared with the National Authority.",
    "Run a national survey of civilian holdings, with data by sex and age":
        "Household survey in the ten regions with the Meridia Institute for Security "
        "Studies; questionnaire reviewed by the police and the gender ministry.",
    "Set up a shared register of seized and recovered weapons":
        "One register for the police and customs, replacing the paper ledgers of the "
        "border posts.",
    "Assess the gender and age dynamics of armed violence":
        "Analysis of hospital and police records, with focus groups of women and young "
        "people in three regions.",
    "Submit the overdue initial report under the Arms Trade Treaty":
        "Compile the measures taken to implement the Treaty and submit the initial report.",
    "Train licensing and customs officers on end-use controls":
        "Regional course with RECSA for licensing officers of the Ministry of Trade and "
        "customs officers at the main ports.",
    "Establish a working group on marking and record-keeping":
        "Decided at the plenary of 12 March 2026: police, armed forces and customs agree on "
        "common marking and record-keeping practices.",
}

PLENARY_AGENDA = (
    "Opening by the Chair",
    "Adoption of the agenda and of the minutes of the last session",
    "Draft National Action Plan 2026–2028: presentation by the secretariat",
    "National Points of Contact: Firearms Protocol and Arms Trade Treaty notifications",
    "Any other business",
)
WORKING_GROUP_AGENDA = (
    "Mandate of the working group",
    "Marking practices of the police, the armed forces and customs",
    "Work plan until December 2026",
)


def populate(session: Session, rng: random.Random, members: int) -> None:
    organisations = {o.acronym: o for o in session.scalars(select(Organisation)) if o.acronym}
    session.add(Plan(title="National Action Plan on Small Arms and Light Weapons 2026–2028",
                     period_start=date(2026, 1, 1), period_end=date(2028, 12, 31),
                     status=PlanStatus.DRAFT))
    objectives = [PlanObjective(title=title, reference_id=reference, position=position)
                  for position, (title, reference) in enumerate(OBJECTIVES)]
    session.add_all(objectives)
    session.flush()
    positions = [0] * len(objectives)
    for row in ACTIVITIES:
        _activity(session, row, objectives, organisations, positions)
    working_group = _activity(session, WORKING_GROUP, objectives, organisations, positions)
    _plenary(session, rng, organisations, working_group)
    _working_group(session, rng, organisations)


def _activity(session: Session, row: tuple, objectives: list[PlanObjective],  # type: ignore[type-arg]
              organisations: dict[str, Organisation], positions: list[int]) -> PlanActivity:
    (objective, title, lead, partners, start, end, cost, funding, donor, indicator,
     verification, status, key, provision) = row
    activity = PlanActivity(
        objective_id=objectives[objective].id, position=positions[objective], title=title,
        description=DESCRIPTIONS.get(title, ""), lead_organisation_id=organisations[lead].id,
        start_date=start, end_date=end,
        estimated_cost=cost, no_cost=cost is None, currency=CURRENCY if cost else "",
        funding=funding, donor=donor, indicator=indicator, verification=verification,
        status=status, origin_key=key, origin_provision_id=provision)
    positions[objective] += 1
    session.add(activity)
    session.flush()
    for partner in partners:
        session.add(PlanActivityPartner(activity_id=activity.id,
                                        organisation_id=organisations[partner].id))
    return activity


def _invitees(session: Session, acronyms: tuple[str, ...] | None,
              per_organisation: int) -> list[Person]:
    """Titular representatives (at most ``per_organisation`` of each) of members and
    observers, or of the organisations named."""
    query = (select(Person).join(Organisation, Organisation.id == Person.organisation_id)
             .where(Person.role != Role.ALTERNATE)
             .order_by(Organisation.name, Person.full_name))
    if acronyms is None:
        query = query.where(Organisation.membership.in_(MEMBER_OR_OBSERVER))
    else:
        query = query.where(Organisation.acronym.in_(acronyms))
    chosen: list[Person] = []
    counts: dict[object, int] = {}
    for person in session.scalars(query):
        if counts.get(person.organisation_id, 0) < per_organisation:
            counts[person.organisation_id] = counts.get(person.organisation_id, 0) + 1
            chosen.append(person)
    return chosen


def _plenary(session: Session, rng: random.Random, organisations: dict[str, Organisation],
             working_group: PlanActivity) -> None:
    meeting = Meeting(held_on=date(2026, 3, 12), title="First ordinary session of 2026",
                      place="Conference room, Ministry of the Interior and Public Security, "
                            "Port Meridian", kind=MeetingKind.PLENARY)
    session.add(meeting)
    session.flush()
    _agenda(session, meeting, PLENARY_AGENDA)
    for person in _invitees(session, None, 2):
        session.add(Participant(meeting_id=meeting.id, person_id=person.id, invited=True,
                                attended=rng.random() < 0.78))
    session.add(Participant(meeting_id=meeting.id, guest_name="Amina Yusuf",
                            guest_organisation="UN Women, regional office",
                            guest_sex=Sex.FEMALE, invited=False, attended=True))
    circulate, group, notify = (
        Decision(meeting_id=meeting.id, position=0, text=(
            "The draft National Action Plan 2026–2028 is circulated to all members for "
            "written comments within four weeks.")),
        Decision(meeting_id=meeting.id, position=1, text=(
            "A working group on marking and record-keeping is established, led by the "
            "National Police Service.")),
        Decision(meeting_id=meeting.id, position=2, text=(
            "The Ministry of Foreign Affairs sends the ATT Secretariat the updated details "
            "of the National Point of Contact.")),
    )
    session.add_all((circulate, group, notify))
    session.flush()
    session.add_all((
        FollowUpAction(decision_id=circulate.id, text="Circulate the draft plan and collect "
                       "the comments", lead_organisation_id=organisations["NPCU"].id,
                       due_on=date(2026, 4, 9), status=ActionStatus.DONE),
        FollowUpAction(decision_id=group.id, text=working_group.title,
                       lead_organisation_id=working_group.lead_organisation_id,
                       due_on=working_group.end_date, status=ActionStatus.OPEN,
                       activity_id=working_group.id),
        FollowUpAction(decision_id=notify.id, text="Send the notification and file the "
                       "acknowledgement", lead_organisation_id=organisations["MFA"].id,
                       due_on=date(2026, 3, 31), status=ActionStatus.IN_PROGRESS),
    ))


def _working_group(session: Session, rng: random.Random,
                   organisations: dict[str, Organisation]) -> None:
    meeting = Meeting(held_on=date(2026, 5, 20),
                      title="Working group on marking and record-keeping: first meeting",
                      place="National Police Service headquarters, Port Meridian",
                      kind=MeetingKind.WORKING_GROUP)
    session.add(meeting)
    session.flush()
    _agenda(session, meeting, WORKING_GROUP_AGENDA)
    for person in _invitees(session, ("NPS", "MOD", "MRCA", "NPCU"), 2):
        session.add(Participant(meeting_id=meeting.id, person_id=person.id, invited=True,
                                attended=rng.random() < 0.85))
    decision = Decision(meeting_id=meeting.id, position=0, text=(
        "The secretariat drafts the terms of reference of the working group for adoption "
        "at its next meeting."))
    session.add(decision)
    session.flush()
    session.add(FollowUpAction(decision_id=decision.id, text="Draft the terms of reference",
                               lead_organisation_id=organisations["NPCU"].id,
                               due_on=date(2026, 6, 30), status=ActionStatus.OPEN))


def _agenda(session: Session, meeting: Meeting, items: tuple[str, ...]) -> None:
    for position, text in enumerate(items):
        session.add(AgendaItem(meeting_id=meeting.id, position=position, text=text))
