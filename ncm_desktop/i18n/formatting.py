"""Dates, numbers and money written as readers of a language expect them (QLocale).

Each helper takes where to format for: a :class:`QLocale`, one of the program's language
codes (``"fr"``; a hand-out in its own language), or nothing for the interface language
(the default QLocale, which :meth:`Translation.install` sets).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from ncm_desktop.i18n.languages import language

Where = QLocale | str | None

#: Digits after the decimal separator, by ISO 4217 code, where it is not two.
_MINOR_UNITS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                     "UGX", "VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"


def locale_for(where: Where = None) -> QLocale:
    if where is None:
        return QLocale()
    if isinstance(where, QLocale):
        return where
    return QLocale(language(where).qt_locale)


def format_date(value: date | QDate | None, where: Where = None, *, long: bool = False) -> str:
    """A date in the short numeric form of the language (with a four-digit year), or
    written out (``long``: "mercredi 12 mars 2025"); "" for no date.

    A ``datetime`` is shown as its date in the laptop's time zone.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    day = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    locale = locale_for(where)
    if long:
        return locale.toString(day, QLocale.FormatType.LongFormat)
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # es and pt default to "12/3/25"
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(day, pattern)


def format_number(value: int | float | Decimal, where: Where = None,
                  decimals: int | None = None) -> str:
    """``value`` with the language's digits, decimal sign and thousands grouping.

    Whole numbers keep no decimals unless ``decimals`` asks; other numbers show as many
    as they need.
    """
    locale = locale_for(where)
    if decimals is None and (isinstance(value, int) or float(value).is_integer()):
        return locale.toString(int(value))
    if decimals is None:
        return locale.toString(float(value), "g",
                               QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    return locale.toString(float(value), "f", decimals)


def format_money(amount: int | float | Decimal, currency: str, where: Where = None, *,
                 whole: bool = False) -> str:
    """``amount`` of ``currency`` (ISO 4217, e.g. ``"XOF"``) as the language writes money.

    The locale's own currency gets its sign (``1 234,50 €`` in French); any other is
    named by its code (``XOF 1,500,000`` in English, ``1 500 000 XOF`` in French).
    ``whole`` leaves out the cents: budgets kept in whole units (``USD 120,000``).
    """
    locale = locale_for(where)
    code = currency.upper()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
    symbol = locale.currencySymbol() if own else code
    digits = 0 if whole else _MINOR_UNITS.get(code, 2)
    text = locale.toCurrencyString(abs(float(amount)), symbol, digits)
    if not own:  # Qt glues a code to the digits ("XOF1,500,000") where a sign would be
        text = re.sub(rf"{code}(?={_DIGIT})", f"{code}\u00a0", text)
        text = re.sub(rf"(?<={_DIGIT}){code}", f"\u00a0{code}", text)
    # A minus sign rather than the accounting brackets some locales use: "(€1.00)".
    return locale.negativeSign() + text if amount < 0 else text
