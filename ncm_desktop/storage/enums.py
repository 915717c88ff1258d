"""Closed lists of values stored in a dossier.  Their labels live in ``ncm_desktop.i18n``."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NOT_RECORDED = "not_recorded"


class Role(StrEnum):
    """A person's role in the mechanism; everyone but an alternate is a titular member."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    ALTERNATE = "alternate"

    @property
    def is_titular(self) -> bool:
        return self is not Role.ALTERNATE


class Membership(StrEnum):
    """An organisation's standing in the mechanism."""

    FULL_MEMBER = "full_member"
    OBSERVER = "observer"
    INVITED = "invited"
    NOT_PRESENT = "not_present"  # the State has no such body


class ChangeAction(StrEnum):
    """What a change-log entry records about a row."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"  # put back by Edit > Undo after a delete
