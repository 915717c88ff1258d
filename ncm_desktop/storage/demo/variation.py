"""Another fictional State: the sample renamed, with its set-up varied from the name.

Comparisons of States (``ncm-desktop compare``) and their benchmarks need dossiers that
differ the way real States differ: some categories of 7.4 not at the table, functions
further on or behind, a Point of Contact missing, a plan adopted or still a draft.
The variation is drawn from a generator seeded with the State's name, so the same name
always gives the same dossier.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage.enums import (
    DataAvailability,
    FunctionStatus,
    Membership,
    PlanStatus,
    ResourceStatus,
)
from ncm_desktop.storage.models import (
    FunctionProgress,
    Mechanism,
    MonitoringAreaStatus,
    Organisation,
    Plan,
    PointOfContactInstrument,
    ResourceNeedStatus,
)


def vary(session: Session, state_name: str) -> None:
    """Rename the sample State to ``state_name`` and vary its set-up."""
    rng = random.Random(state_name)
    session.scalars(select(Mechanism)).one().state_name = state_name
    members = [o for o in session.scalars(select(Organisation).order_by(Organisation.name))
               if o.membership is Membership.FULL_MEMBER and o.category_id]
    for organisation in rng.sample(members, rng.randint(0, 5)):
        organisation.membership = rng.choice((Membership.INVITED, Membership.NOT_PRESENT))
    for function in session.scalars(select(FunctionProgress)):
        function.status = rng.choice(list(FunctionStatus))
    for area in session.scalars(select(MonitoringAreaStatus)):
        area.data_available = rng.choice(list(DataAvailability))
    for need in session.scalars(select(ResourceNeedStatus)):
        need.status = rng.choice(list(ResourceStatus))
    if rng.random() < 0.4:
        for covered in session.scalars(select(PointOfContactInstrument).where(
                PointOfContactInstrument.instrument_id == "4.3")):
            session.delete(covered)
    if rng.random() < 0.5:
        for covered in session.scalars(select(PointOfContactInstrument)):
            covered.confirmed_on = date(2020 + rng.randint(0, 6), rng.randint(1, 12), 1)
    plan = session.scalars(select(Plan)).first()
    if plan is not None and rng.random() < 0.4:
        plan.status = PlanStatus.ADOPTED
        plan.adopted_on = date(2026, rng.randint(1, 9), rng.randint(1, 28))
