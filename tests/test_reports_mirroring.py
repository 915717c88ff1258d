"""Brackets in right-to-left text are drawn mirrored (Unicode bidi rule L4)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from bidi import get_display
from pdf_reading import text

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.document import Document, Header
from ncm_desktop.reports.mirroring import display

#: Letters in logical order; the expected display order, left to right.
CASES = [
    ("اب (جد)", "R", "(دج) با"),
    ("اب (UN) ج", "R", "ج (UN) با"),
    ("اب [x] {y} <z> ج", "R", "ج <z> {y} [x] با"),
    ("Ministry (MOD) ا", "R", "ا Ministry (MOD)"),
    ("abc (def) ا", "L", "abc (def) ا"),
    ("اب \u2068Ministry (MOD)\u2069 ج", "R", "ج \u2069Ministry (MOD)\u2068 با"),
]


@pytest.mark.parametrize(("logical", "base", "shown"), CASES)
def test_brackets_are_mirrored_where_they_run_right_to_left(logical: str, base: str,
                                                            shown: str) -> None:
    assert display(logical, base) == shown


@pytest.mark.parametrize("logical", ["مرحبا 123 عالم", "Ministry of Defence", "وزارة الدفاع"])
def test_text_without_brackets_is_reordered_as_before(logical: str) -> None:
    for base in ("L", "R"):
        assert display(logical, base) == get_display(logical, base_dir=base)


def test_an_arabic_page_draws_the_brackets_the_right_way(tmp_path: Path) -> None:
    target = tmp_path / "brackets.pdf"
    with target.open("wb") as stream:
        document = Document(stream, translation=Translation("ar"), paper="A4", title="t",
                            subject="s", header=Header("", ""),
                            generated=datetime(2026, 3, 14).astimezone())
        document.paragraph("د. أحمد عبد الله (UNDP 2024) ممثل")
        document.finish()
    assert "(UNDP 2024)" in text(target)
    assert ")UNDP 2024(" not in text(target)
