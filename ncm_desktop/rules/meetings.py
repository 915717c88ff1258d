"""Meetings: the gender balance of who attended (7.4.1), and where follow-up actions stand."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from ncm_desktop.rules.gender import Share
from ncm_desktop.storage.enums import ActionStatus, ActivityStatus, Sex

if TYPE_CHECKING:
    from ncm_desktop.storage.plan_queries import ActionInfo, ParticipantInfo


def attendance_share(participants: Iterable[ParticipantInfo], attended: bool = True) -> Share:
    """Women and men among those who attended (or, with ``attended`` False, were invited);
    the balance reads as in :mod:`rules.gender` (40 to 60 per cent women)."""
    chosen = [p for p in participants if (p.attended if attended else p.invited)]
    return Share(women=sum(p.sex is Sex.FEMALE for p in chosen),
                 men=sum(p.sex is Sex.MALE for p in chosen),
                 not_recorded=sum(p.sex is Sex.NOT_RECORDED for p in chosen))


class ActionState(StrEnum):
    DONE = "done"  # labelled as FunctionStatus.DONE
    OVERDUE = "overdue"
    PENDING = "pending"


def action_state(action: ActionInfo, today: date) -> ActionState:
    """Done, overdue (due date passed) or pending; an action that became an activity of
    the plan is done when the activity is completed."""
    if action.activity_id is not None and action.activity_status is not None:
        done = action.activity_status is ActivityStatus.COMPLETED
    else:
        done = action.status is ActionStatus.DONE
    if done:
        return ActionState.DONE
    if action.due_on is not None and action.due_on < today:
        return ActionState.OVERDUE
    return ActionState.PENDING
