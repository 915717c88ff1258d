"""The National Action Plan (clause 10, 7.3.2 e) and the meetings that decide and follow it.

The plan is one row; its objectives each answer a clause or an instrument of the standard
(a catalog identifier kept as text); activities sit under objectives in the order the
user gives them (``position``).  Costs are whole units of an ISO 4217 currency, never
converted; an activity either has a cost or says explicitly that it costs nothing.

A meeting lists its agenda, who was invited and who attended (people of the dossier, or
guests named by hand), and its decisions; a decision is followed by actions, one of which
may be an activity of the plan it became.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ncm_desktop.storage.enums import (
    ActionStatus,
    ActivityStatus,
    FundingKind,
    MeetingKind,
    PlanStatus,
    Sex,
)
from ncm_desktop.storage.models.base import Base, Record, enum_column


class Plan(Record, Base):
    """The National Action Plan itself: one row at most."""

    __tablename__ = "plan"

    title: Mapped[str] = mapped_column(String(300), default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(
        enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT)
    adopted_on: Mapped[date | None] = mapped_column(Date)


class PlanObjective(Record, Base):
    """An objective of the plan, and the clause or instrument of the standard it answers."""

    __tablename__ = "plan_objective"

    title: Mapped[str] = mapped_column(String(500))
    reference_id: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlanActivity(Record, Base):
    """An activity under an objective: who leads it, when, at what cost, how it is measured.

    ``origin_key`` and ``origin_provision_id`` say which suggestion it was accepted from
    (``rules.suggestions``), so that the suggestion is not proposed again.
    """

    __tablename__ = "plan_activity"

    objective_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_objective.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    lead_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    estimated_cost: Mapped[int | None] = mapped_column(Integer)
    no_cost: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[str] = mapped_column(String(3), default="")
    funding: Mapped[FundingKind] = mapped_column(
        enum_column(FundingKind, "funding_kind"), default=FundingKind.NATIONAL_BUDGET)
    donor: Mapped[str] = mapped_column(String(200), default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    verification: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActivityStatus] = mapped_column(
        enum_column(ActivityStatus, "activity_status"), default=ActivityStatus.NOT_STARTED)
    origin_provision_id: Mapped[str | None] = mapped_column(String(40))
    origin_key: Mapped[str | None] = mapped_column(String(120), index=True)


class PlanActivityPartner(Record, Base):
    """A partner organisation of an activity (the lead is not its own partner)."""

    __tablename__ = "plan_activity_partner"
    __table_args__ = (UniqueConstraint("activity_id", "organisation_id"),)

    activity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_activity.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)


class DismissedSuggestion(Record, Base):
    """A suggested activity the user dismissed: it is not proposed again until restored."""

    __tablename__ = "plan_dismissed_suggestion"

    key: Mapped[str] = mapped_column(String(120), unique=True)
    provision_id: Mapped[str] = mapped_column(String(40), default="")


class Meeting(Record, Base):
    """A meeting of the mechanism: a plenary or a working group."""

    __tablename__ = "meeting"

    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[MeetingKind] = mapped_column(
        enum_column(MeetingKind, "meeting_kind"), default=MeetingKind.PLENARY)


class AgendaItem(Record, Base):
    __tablename__ = "meeting_agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class Participant(Record, Base):
    """Someone invited to a meeting or present at it: a person of the dossier, or a guest
    given by name (with an organisation and sex typed by hand)."""

    __tablename__ = "meeting_participant"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True)
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    guest_organisation: Mapped[str] = mapped_column(String(300), default="")
    guest_sex: Mapped[Sex] = mapped_column(enum_column(Sex, "sex"), default=Sex.NOT_RECORDED)
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)


class Decision(Record, Base):
    __tablename__ = "meeting_decision"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class FollowUpAction(Record, Base):
    """What a decision asks someone to do, by when; or the plan activity it became."""

    __tablename__ = "meeting_action"

    decision_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting_decision.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    lead_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), default=ActionStatus.OPEN)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_activity.id", ondelete="SET NULL"), index=True)
