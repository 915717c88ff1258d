"""Writes for the meetings of the mechanism: the meeting, its agenda, who was invited and
who attended, its decisions and the actions that follow them.

Each function is one transaction that checks its values first (see ``repository``).
A decision can become an activity of the National Action Plan: the activity and the
follow-up action that points at it are written together.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ncm_desktop.storage import validation
from ncm_desktop.storage.cascade_delete import DeletedRows, delete_with_dependents
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import MEMBER_OR_OBSERVER, ActionStatus, MeetingKind, Sex
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import (
    AgendaItem,
    Decision,
    FollowUpAction,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from ncm_desktop.storage.plan_repository import (
    ActivityValues,
    ObjectiveValues,
    add_activity,
    add_objective,
)

Code = ValidationError.Code
TEXT_MAX = 5000


@dataclass(frozen=True)
class MeetingValues:
    held_on: date | None
    title: str = ""
    place: str = ""
    kind: MeetingKind = MeetingKind.PLENARY

    def checked(self) -> MeetingValues:
        if self.held_on is None:
            raise ValidationError("held_on", Code.REQUIRED, None)
        return replace(
            self,
            title=validation.optional_text("meeting_title", self.title, 300),
            place=validation.optional_text("place", self.place, 300),
            kind=validation.enum_value("kind", self.kind, MeetingKind),
        )


def save_meeting(dossier: Dossier, values: MeetingValues,
                 meeting_id: uuid.UUID | None = None) -> uuid.UUID:
    checked = values.checked()
    with dossier.transaction() as session:
        meeting = _get(session, Meeting, meeting_id, "meeting_id") if meeting_id else Meeting()
        for name, value in vars(checked).items():
            setattr(meeting, name, value)
        session.add(meeting)
        session.flush()
        return meeting.id


def delete_meetings(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    """Delete meetings with their agenda, participants, decisions and actions."""
    with dossier.transaction() as session:
        return delete_with_dependents(session, Meeting.__table__, ids)  # type: ignore[arg-type]


def set_agenda(dossier: Dossier, meeting_id: uuid.UUID, items: Sequence[str]) -> None:
    """Replace the agenda with ``items`` in this order (empty lines are left out)."""
    texts = [validation.optional_text("agenda", text, 2000) for text in items]
    with dossier.transaction() as session:
        _get(session, Meeting, meeting_id, "meeting_id")
        session.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
        for position, text in enumerate(t for t in texts if t):
            session.add(AgendaItem(meeting_id=meeting_id, position=position, text=text))


# -- participants ----------------------------------------------------------------------------


def invite_people(dossier: Dossier, meeting_id: uuid.UUID,
                  person_ids: Iterable[uuid.UUID]) -> int:
    """Invite people of the dossier (those already listed are marked invited); return how
    many were added to the list."""
    wanted = list(dict.fromkeys(person_ids))
    with dossier.transaction() as session:
        _get(session, Meeting, meeting_id, "meeting_id")
        found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
        missing = [p for p in wanted if p not in found]
        if missing:
            raise ValidationError("person_id", Code.INVALID_CHOICE, missing[0])
        return _invite(session, meeting_id, wanted)


def invite_members(dossier: Dossier, meeting_id: uuid.UUID) -> int:
    """Invite every representative of a full-member or observer organisation."""
    with dossier.transaction() as session:
        _get(session, Meeting, meeting_id, "meeting_id")
        people = list(session.scalars(
            select(Person.id).join(Organisation, Organisation.id == Person.organisation_id)
            .where(Organisation.membership.in_(MEMBER_OR_OBSERVER))))
        return _invite(session, meeting_id, people)


def _invite(session: Session, meeting_id: uuid.UUID, person_ids: list[uuid.UUID]) -> int:
    listed = {row.person_id: row for row in session.scalars(
        select(Participant).where(Participant.meeting_id == meeting_id,
                                  Participant.person_id.is_not(None)))}
    added = 0
    for person_id in person_ids:
        row = listed.get(person_id)
        if row is not None:
            row.invited = True
            continue
        session.add(Participant(meeting_id=meeting_id, person_id=person_id, invited=True,
                                attended=False))
        added += 1
    return added


@dataclass(frozen=True)
class GuestValues:
    """Someone who is not in the dossier, named by hand."""

    name: str
    organisation: str = ""
    sex: Sex = Sex.NOT_RECORDED
    invited: bool = False
    attended: bool = True

    def checked(self) -> GuestValues:
        return replace(
            self,
            name=validation.required_text("guest_name", self.name),
            organisation=validation.optional_text("guest_organisation", self.organisation,
                                                  300),
            sex=validation.enum_value("sex", self.sex, Sex),
            invited=bool(self.invited),
            attended=bool(self.attended),
        )


def save_guest(dossier: Dossier, meeting_id: uuid.UUID, values: GuestValues,
               participant_id: uuid.UUID | None = None) -> uuid.UUID:
    checked = values.checked()
    with dossier.transaction() as session:
        _get(session, Meeting, meeting_id, "meeting_id")
        row = (_get(session, Participant, participant_id, "participant_id") if participant_id
               else Participant(meeting_id=meeting_id))
        row.person_id = None
        row.guest_name = checked.name
        row.guest_organisation = checked.organisation
        row.guest_sex = checked.sex
        row.invited = checked.invited
        row.attended = checked.attended
        session.add(row)
        session.flush()
        return row.id


def set_participation(dossier: Dossier, participant_ids: Iterable[uuid.UUID], *,
                      invited: bool | None = None, attended: bool | None = None) -> None:
    """Tick or untick "invited" and "attended" for some participants at once."""
    ids = list(participant_ids)
    with dossier.transaction() as session:
        rows = list(session.scalars(select(Participant).where(Participant.id.in_(ids))))
        if len(rows) != len(set(ids)):
            raise ValidationError("participant_id", Code.INVALID_CHOICE, ids)
        for row in rows:
            if invited is not None:
                row.invited = bool(invited)
            if attended is not None:
                row.attended = bool(attended)


def remove_participants(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    with dossier.transaction() as session:
        return delete_with_dependents(session, Participant.__table__, ids)  # type: ignore[arg-type]


# -- decisions and actions -------------------------------------------------------------------


def save_decision(dossier: Dossier, meeting_id: uuid.UUID, text: str,
                  decision_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add a decision at the end of the meeting's, or change the text of ``decision_id``."""
    text = validation.required_text("decision", text, TEXT_MAX)
    with dossier.transaction() as session:
        _get(session, Meeting, meeting_id, "meeting_id")
        if decision_id is not None:
            decision = _get(session, Decision, decision_id, "decision_id")
            decision.text = text
            return decision.id
        position = session.scalar(select(func.max(Decision.position)).where(
            Decision.meeting_id == meeting_id))
        decision = Decision(meeting_id=meeting_id, text=text,
                            position=0 if position is None else position + 1)
        session.add(decision)
        session.flush()
        return decision.id


def delete_decisions(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    """Delete decisions with their follow-up actions (activities they became stay)."""
    with dossier.transaction() as session:
        return delete_with_dependents(session, Decision.__table__, ids)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ActionValues:
    text: str
    lead_organisation_id: uuid.UUID | None = None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN

    def checked(self) -> ActionValues:
        return replace(self, text=validation.required_text("action", self.text, TEXT_MAX),
                       status=validation.enum_value("status", self.status, ActionStatus))


def save_action(dossier: Dossier, decision_id: uuid.UUID, values: ActionValues,
                action_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add a follow-up action to a decision, or change the one with ``action_id``."""
    checked = values.checked()
    with dossier.transaction() as session:
        _get(session, Decision, decision_id, "decision_id")
        if checked.lead_organisation_id is not None:
            _get(session, Organisation, checked.lead_organisation_id, "lead_organisation_id")
        action = (_get(session, FollowUpAction, action_id, "action_id") if action_id
                  else FollowUpAction(decision_id=decision_id))
        for name, value in vars(checked).items():
            setattr(action, name, value)
        session.add(action)
        session.flush()
        return action.id


def delete_actions(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    with dossier.transaction() as session:
        return delete_with_dependents(session, FollowUpAction.__table__, ids)  # type: ignore[arg-type]


def decision_to_activity(dossier: Dossier, decision_id: uuid.UUID, values: ActivityValues,
                         objective_id: uuid.UUID | None = None,
                         new_objective: ObjectiveValues | None = None) -> uuid.UUID:
    """Make a decision an activity of the plan, under ``objective_id`` or a new objective;
    the decision keeps a follow-up action that points at it.  Return the activity's id."""
    checked = values.checked()
    objective = new_objective.checked() if new_objective is not None else None
    with dossier.transaction() as session:
        _get(session, Decision, decision_id, "decision_id")
        if objective is not None:
            objective_id = add_objective(session, objective)
        if objective_id is None:
            raise ValidationError("objective_id", Code.REQUIRED, None)
        activity_id = add_activity(session, objective_id, checked)
        session.add(FollowUpAction(
            decision_id=decision_id, text=checked.title,
            lead_organisation_id=checked.lead_organisation_id, due_on=checked.end_date,
            status=ActionStatus.OPEN, activity_id=activity_id))
        return activity_id


def _get(session: Session, model: type, row_id: uuid.UUID | None, field: str):  # type: ignore[no-untyped-def]
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise ValidationError(field, Code.INVALID_CHOICE, row_id)
    return row
