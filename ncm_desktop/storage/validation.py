"""Checks on values typed by users, shared by the window, the command line and imports."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from ncm_desktop.storage.errors import ValidationError

Code = ValidationError.Code
_E = TypeVar("_E", bound=StrEnum)

NAME_MAX = 200
#: The largest count or amount accepted: far beyond any budget, well within 64-bit integers.
WHOLE_NUMBER_MAX = 10**15
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ().\-/]+(\s*(ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_PHONE_MIN_DIGITS = 6
_PHONE_MAX_DIGITS = 20


def required_text(field: str, value: str, limit: int = NAME_MAX) -> str:
    """``value`` without surrounding spaces; refused when empty or longer than ``limit``."""
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError(field, Code.REQUIRED, value)
    return optional_text(field, cleaned, limit)


def optional_text(field: str, value: str, limit: int = NAME_MAX) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise ValidationError(field, Code.TOO_LONG, value, limit)
    return cleaned


def email(field: str, value: str) -> str:
    """An email address, or the empty string when none is given."""
    cleaned = value.strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError(field, Code.INVALID_EMAIL, value)
    return cleaned


def phone(field: str, value: str) -> str:
    """A phone number in any usual notation, or the empty string when none is given."""
    cleaned = " ".join(value.split())
    if not cleaned:
        return ""
    digits = sum(ch.isdigit() for ch in cleaned)
    if not _PHONE_CHARACTERS.match(cleaned) or not (
        _PHONE_MIN_DIGITS <= digits <= _PHONE_MAX_DIGITS
    ):
        raise ValidationError(field, Code.INVALID_PHONE, value)
    return cleaned


def not_in_future(field: str, value: date | None, today: date | None = None) -> date | None:
    if value is not None and value > (today or date.today()):
        raise ValidationError(field, Code.DATE_IN_FUTURE, value)
    return value


def enum_value(field: str, value: object, enum: type[_E]) -> _E:
    """``value`` as a member of ``enum``; refused when it is not one of its values."""
    try:
        return enum(value)
    except ValueError as exc:
        raise ValidationError(field, Code.INVALID_CHOICE, value) from exc


def whole_number(field: str, value: int | str | None) -> int | None:
    """A count or an amount in whole units, 0 or more; None when nothing is given.

    Text is accepted as typed (spaces and underscores between digits are ignored), so that
    a value that is not a number is refused with a message rather than lost.
    """
    if value is None:
        return None
    if isinstance(value, str):
        cleaned = "".join(value.split()).replace("_", "")
        if not cleaned:
            return None
        try:
            number = int(cleaned)
        except ValueError as exc:
            raise ValidationError(field, Code.NOT_A_NUMBER, value) from exc
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        raise ValidationError(field, Code.NOT_A_NUMBER, value)
    if number < 0:
        raise ValidationError(field, Code.NEGATIVE, value)
    if number > WHOLE_NUMBER_MAX:
        raise ValidationError(field, Code.TOO_LARGE, value, WHOLE_NUMBER_MAX)
    return number


def from_one_to(field: str, value: int, highest: int) -> int:
    """A whole number from 1 to ``highest`` (a period in months ...)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= highest:
        raise ValidationError(field, Code.OUT_OF_RANGE, value, highest)
    return value


def currency(field: str, value: str) -> str:
    """An ISO 4217 code such as ``USD`` or ``XOF`` (upper-cased), or the empty string."""
    cleaned = value.strip().upper()
    if cleaned and not _CURRENCY.match(cleaned):
        raise ValidationError(field, Code.INVALID_CURRENCY, value)
    return cleaned


def in_order(field: str, start: date | None, end: date | None) -> None:
    """Refuse an end (named ``field``) that comes before its start; either may be unknown."""
    if start is not None and end is not None and end < start:
        raise ValidationError(field, Code.DATE_ORDER, end)
