"""Writes for the National Action Plan: the plan, its objectives and activities, and the
suggestions accepted or dismissed.

As everywhere in storage, each function is one transaction that checks its values first:
a bad value raises :class:`ValidationError` and nothing is written.  Whether activities
are complete (a lead, dates, a cost, an indicator) is not checked here but by
``rules.plan_quality``: a draft plan is allowed to be incomplete.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.storage import validation
from ncm_desktop.storage.cascade_delete import DeletedRows, delete_with_dependents
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import ActivityStatus, FundingKind, PlanStatus
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import (
    DismissedSuggestion,
    Organisation,
    Plan,
    PlanActivity,
    PlanActivityPartner,
    PlanObjective,
)

Code = ValidationError.Code
TITLE_MAX = 500
TEXT_MAX = 5000
KEY_MAX = 120


# -- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanValues:
    title: str
    period_start: date | None = None
    period_end: date | None = None
    status: PlanStatus = PlanStatus.DRAFT
    adopted_on: date | None = None

    def checked(self) -> PlanValues:
        status = validation.enum_value("status", self.status, PlanStatus)
        validation.in_order("period_end", self.period_start, self.period_end)
        adopted_on = None
        if status is PlanStatus.ADOPTED:
            if self.adopted_on is None:
                raise ValidationError("adopted_on", Code.REQUIRED, None)
            adopted_on = validation.not_in_future("adopted_on", self.adopted_on)
        return replace(self, title=validation.required_text("plan_title", self.title, 300),
                       status=status, adopted_on=adopted_on)


def save_plan(dossier: Dossier, values: PlanValues) -> None:
    """Set the plan's title, period and status (a draft keeps no adoption date)."""
    checked = values.checked()
    with dossier.transaction() as session:
        plan = session.scalars(select(Plan)).first()
        if plan is None:
            plan = Plan()
            session.add(plan)
        for name, value in vars(checked).items():
            setattr(plan, name, value)


# -- objectives ------------------------------------------------------------------------------


def check_reference(field: str, reference_id: str | None) -> str | None:
    """A clause or an instrument of the catalog, or None."""
    reference = (reference_id or "").strip() or None
    if reference is None:
        return None
    catalog = load_catalog()
    if not (catalog.has("clause", reference) or catalog.has("instrument", reference)):
        raise ValidationError(field, Code.INVALID_CHOICE, reference)
    return reference


@dataclass(frozen=True)
class ObjectiveValues:
    title: str
    reference_id: str | None = None

    def checked(self) -> ObjectiveValues:
        return replace(self, title=validation.required_text("objective_title", self.title,
                                                             TITLE_MAX),
                       reference_id=check_reference("reference_id", self.reference_id))


def save_objective(dossier: Dossier, values: ObjectiveValues,
                   objective_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add an objective at the end of the plan, or change the one with ``objective_id``."""
    checked = values.checked()
    with dossier.transaction() as session:
        if objective_id is None:
            return add_objective(session, checked)
        objective = _get(session, PlanObjective, objective_id, "objective_id")
        objective.title = checked.title
        objective.reference_id = checked.reference_id
        return objective.id


def move_objective(dossier: Dossier, objective_id: uuid.UUID, offset: int) -> None:
    """Move an objective ``offset`` places up (negative) or down, within the plan."""
    with dossier.transaction() as session:
        objectives = list(session.scalars(
            select(PlanObjective).order_by(PlanObjective.position, PlanObjective.created_at)))
        current = next((i for i, o in enumerate(objectives) if o.id == objective_id), None)
        if current is None:
            raise ValidationError("objective_id", Code.INVALID_CHOICE, objective_id)
        moved = objectives.pop(current)
        objectives.insert(max(0, min(len(objectives), current + offset)), moved)
        for position, objective in enumerate(objectives):
            objective.position = position


def delete_objectives(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    """Delete objectives with their activities; the result undoes it."""
    with dossier.transaction() as session:
        return delete_with_dependents(session, PlanObjective.__table__, ids)  # type: ignore[arg-type]


# -- activities ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityValues:
    """An activity; the cost may be given as typed text and is checked here."""

    title: str
    description: str = ""
    lead_organisation_id: uuid.UUID | None = None
    partner_ids: tuple[uuid.UUID, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    estimated_cost: int | str | None = None
    no_cost: bool = False
    currency: str = ""
    funding: FundingKind = FundingKind.NATIONAL_BUDGET
    donor: str = ""
    indicator: str = ""
    verification: str = ""
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    origin_provision_id: str | None = None
    origin_key: str | None = None

    def checked(self) -> ActivityValues:
        cost = validation.whole_number("estimated_cost", self.estimated_cost)
        if self.no_cost and cost:
            raise ValidationError("estimated_cost", Code.COST_AND_NO_COST, cost)
        currency = validation.currency("currency", self.currency)
        if cost is not None and not currency:
            raise ValidationError("currency", Code.REQUIRED, self.currency)
        funding = validation.enum_value("funding", self.funding, FundingKind)
        donor = validation.optional_text("donor", self.donor, 200)
        if funding is FundingKind.DONOR and not donor:
            raise ValidationError("donor", Code.REQUIRED, self.donor)
        validation.in_order("end_date", self.start_date, self.end_date)
        provision = self.origin_provision_id or None
        if provision is not None and not load_catalog().has("provision", provision):
            raise ValidationError("origin_provision_id", Code.INVALID_CHOICE, provision)
        partners = tuple(dict.fromkeys(p for p in self.partner_ids
                                       if p != self.lead_organisation_id))
        return replace(
            self,
            title=validation.required_text("activity_title", self.title, TITLE_MAX),
            description=validation.optional_text("description", self.description, TEXT_MAX),
            partner_ids=partners,
            estimated_cost=None if self.no_cost else cost,
            no_cost=bool(self.no_cost),
            currency=currency,
            funding=funding,
            donor=donor if funding is FundingKind.DONOR else "",
            indicator=validation.optional_text("indicator", self.indicator, TEXT_MAX),
            verification=validation.optional_text("verification", self.verification,
                                                  TEXT_MAX),
            status=validation.enum_value("status", self.status, ActivityStatus),
            origin_provision_id=provision,
            origin_key=validation.optional_text("origin_key", self.origin_key or "",
                                                KEY_MAX) or None,
        )


def save_activity(dossier: Dossier, values: ActivityValues,
                  objective_id: uuid.UUID | None = None,
                  activity_id: uuid.UUID | None = None) -> uuid.UUID:
    """Add an activity at the end of ``objective_id``, or change the one with
    ``activity_id`` (moving it to the end of ``objective_id`` when that is another one)."""
    checked = values.checked()
    with dossier.transaction() as session:
        if activity_id is None:
            if objective_id is None:
                raise ValidationError("objective_id", Code.REQUIRED, None)
            return add_activity(session, objective_id, checked)
        activity = _get(session, PlanActivity, activity_id, "activity_id")
        if objective_id is not None and objective_id != activity.objective_id:
            _get(session, PlanObjective, objective_id, "objective_id")
            activity.objective_id = objective_id
            activity.position = _next_position(session, objective_id)
        _fill(session, activity, checked)
        return activity.id


def add_activity(session: Session, objective_id: uuid.UUID,
                 checked: ActivityValues) -> uuid.UUID:
    """Add checked values as a new activity at the end of an objective (inside a transaction
    of the caller: a meeting's decision becomes an activity this way)."""
    _get(session, PlanObjective, objective_id, "objective_id")
    activity = PlanActivity(objective_id=objective_id,
                            position=_next_position(session, objective_id), title="")
    session.add(activity)
    _fill(session, activity, checked)
    session.flush()
    return activity.id


def move_activity(dossier: Dossier, activity_id: uuid.UUID, objective_id: uuid.UUID,
                  position: int) -> None:
    """Put an activity at ``position`` (0 first) among the activities of ``objective_id``."""
    with dossier.transaction() as session:
        activity = _get(session, PlanActivity, activity_id, "activity_id")
        _get(session, PlanObjective, objective_id, "objective_id")
        source = activity.objective_id
        siblings = [a for a in _activities(session, objective_id) if a.id != activity_id]
        siblings.insert(max(0, min(len(siblings), position)), activity)
        activity.objective_id = objective_id
        for index, sibling in enumerate(siblings):
            sibling.position = index
        if source != objective_id:
            for index, sibling in enumerate(a for a in _activities(session, source)
                                            if a.id != activity_id):
                sibling.position = index


def delete_activities(dossier: Dossier, ids: list[uuid.UUID]) -> DeletedRows:
    with dossier.transaction() as session:
        return delete_with_dependents(session, PlanActivity.__table__, ids)  # type: ignore[arg-type]


# -- suggestions -----------------------------------------------------------------------------


def accept_suggestion(dossier: Dossier, values: ActivityValues,
                      objective_id: uuid.UUID | None = None,
                      new_objective: ObjectiveValues | None = None) -> uuid.UUID:
    """Add a suggested activity (``values.origin_key`` names the suggestion) under
    ``objective_id``, or under ``new_objective`` created for it; return the activity's id.

    A suggestion is accepted once: accepting it again is refused as a duplicate.
    """
    checked = values.checked()
    if checked.origin_key is None:
        raise ValidationError("origin_key", Code.REQUIRED, None)
    objective = new_objective.checked() if new_objective is not None else None
    with dossier.transaction() as session:
        taken = session.scalars(select(PlanActivity.title).where(
            PlanActivity.origin_key == checked.origin_key)).first()
        if taken is not None:
            raise ValidationError("origin_key", Code.DUPLICATE, taken)
        if objective is not None:
            objective_id = add_objective(session, objective)
        if objective_id is None:
            raise ValidationError("objective_id", Code.REQUIRED, None)
        session.execute(delete(DismissedSuggestion).where(
            DismissedSuggestion.key == checked.origin_key))
        return add_activity(session, objective_id, checked)


def dismiss_suggestion(dossier: Dossier, key: str, provision_id: str = "") -> None:
    """Remember that the suggestion ``key`` is not wanted (dismissing twice changes nothing)."""
    key = validation.required_text("origin_key", key, KEY_MAX)
    with dossier.transaction() as session:
        if session.scalars(select(DismissedSuggestion).where(
                DismissedSuggestion.key == key)).first() is None:
            session.add(DismissedSuggestion(key=key, provision_id=provision_id))


def restore_suggestion(dossier: Dossier, key: str) -> None:
    """Propose a dismissed suggestion again."""
    with dossier.transaction() as session:
        session.execute(delete(DismissedSuggestion).where(DismissedSuggestion.key == key))


# -- internals -------------------------------------------------------------------------------


def _get(session: Session, model: type, row_id: uuid.UUID, field: str):  # type: ignore[no-untyped-def]
    """The row, or a refusal naming ``field`` (it was deleted meanwhile, say)."""
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError(field, Code.INVALID_CHOICE, row_id)
    return row


def add_objective(session: Session, checked: ObjectiveValues) -> uuid.UUID:
    """Add checked values as a new objective at the end (inside the caller's transaction)."""
    position = session.scalar(select(func.max(PlanObjective.position)))
    objective = PlanObjective(title=checked.title, reference_id=checked.reference_id,
                              position=0 if position is None else position + 1)
    session.add(objective)
    session.flush()
    return objective.id


def _activities(session: Session, objective_id: uuid.UUID) -> list[PlanActivity]:
    return list(session.scalars(
        select(PlanActivity).where(PlanActivity.objective_id == objective_id)
        .order_by(PlanActivity.position, PlanActivity.created_at)))


def _next_position(session: Session, objective_id: uuid.UUID) -> int:
    position = session.scalar(select(func.max(PlanActivity.position)).where(
        PlanActivity.objective_id == objective_id))
    return 0 if position is None else position + 1


def _fill(session: Session, activity: PlanActivity, checked: ActivityValues) -> None:
    """Copy checked values onto ``activity``, partners included."""
    lead = checked.lead_organisation_id
    if lead is not None and session.get(Organisation, lead) is None:
        raise ValidationError("lead_organisation_id", Code.INVALID_CHOICE, lead)
    _require_organisations(session, "partner_ids", checked.partner_ids)
    for name, value in vars(checked).items():
        if name != "partner_ids":
            setattr(activity, name, value)
    session.flush()
    session.execute(delete(PlanActivityPartner).where(
        PlanActivityPartner.activity_id == activity.id))
    for organisation_id in checked.partner_ids:
        session.add(PlanActivityPartner(activity_id=activity.id,
                                        organisation_id=organisation_id))


def _require_organisations(session: Session, field: str, ids: Sequence[uuid.UUID]) -> None:
    if not ids:
        return
    found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(field, Code.INVALID_CHOICE, missing[0])
