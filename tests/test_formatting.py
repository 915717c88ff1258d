"""Dates, numbers and money as each language writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale

from ncm_desktop.i18n.formatting import format_date, format_money, format_number

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def french_default() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("code", "text"), [
    ("en", "12/03/2025"), ("fr", "12/03/2025"), ("es", "12/3/2025"), ("pt", "12/03/2025"),
    ("ru", "12.03.2025"), ("zh", "2025/3/12"), ("ar", "12\u200f/3\u200f/2025"),
])
def test_dates_in_each_language_with_four_digit_years(code: str, text: str) -> None:
    assert format_date(date(2025, 3, 12), code) == text


def test_dates_written_out_and_from_other_types() -> None:
    assert format_date(date(2025, 3, 12), "fr", long=True) == "mercredi 12 mars 2025"
    assert format_date(QDate(2025, 3, 12), QLocale("en_GB")) == "12/03/2025"
    assert format_date(datetime(2025, 3, 12, 9, 0), "en") == "12/03/2025"
    noon = datetime(2025, 3, 12, 12, 0, tzinfo=timezone.utc)
    assert format_date(noon, "en") in ("11/03/2025", "12/03/2025", "13/03/2025")
    assert format_date(None, "en") == ""


def test_numbers() -> None:
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert format_number(1234567, "ru") == f"1{NBSP}234{NBSP}567"
    assert format_number(1234567, "ar") == "1,234,567"  # Western digits, as the UN writes
    assert format_number(Decimal("12.5"), "fr") == "12,5"
    assert format_number(3.0, "en") == "3"
    assert format_number(2.5, "en", decimals=2) == "2.50"


def test_money_with_the_locale_sign_or_the_currency_code() -> None:
    assert format_money(1234.5, "EUR", "fr") == f"1{NNBSP}234,50{NBSP}€"
    assert format_money(1500000, "XOF", "fr") == f"1{NNBSP}500{NNBSP}000{NBSP}XOF"
    assert format_money(1500000, "XOF", "en") == f"XOF{NBSP}1,500,000"
    assert format_money(Decimal("250.75"), "usd", "en") == f"USD{NBSP}250.75"
    assert format_money(12.5, "KWD", "en") == f"KWD{NBSP}12.500"
    assert format_money(-1234.5, "EUR", "en") == f"-EUR{NBSP}1,234.50"  # not "(EUR 1,234.50)"
    assert "250.00" in format_money(250, "USD", "ar") and "USD" in format_money(250, "USD", "ar")


def test_the_interface_language_is_the_default(french_default: None) -> None:
    assert format_number(1234.5) == f"1{NNBSP}234,5"
    assert format_date(date(2025, 3, 12)) == "12/03/2025"
    assert format_money(10, "EUR") == f"10,00{NBSP}€"
