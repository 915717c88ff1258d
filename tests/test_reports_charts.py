"""Charts in the hand-outs, read back from the PDFs: their labels, their bars (filled
rectangles, hatching lines), mirrored in Arabic; the progress since the last baseline in
the readiness report, and the readiness at a meeting in its minutes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pdf_reading import fonts_not_embedded, page_texts, text

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.reports.export import Options, export
from ncm_desktop.rules.baselines import Scorer
from ncm_desktop.storage.baseline_repository import save_baseline
from ncm_desktop.storage.baselines import Baseline
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.demo import write_demo
from ncm_desktop.storage.plan_queries import meetings

DARK = (0.235, 0.235, 0.235)  # the first fill of a bar, "#3c3c3c"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dossier]:
    """The sample dossier with its three earlier baselines."""
    path = tmp_path_factory.mktemp("charts") / "sample.ncm"
    dossier = write_demo(path, scorer=Scorer(load_catalog()))
    yield dossier
    dossier.close()


def _dark_bars(page: pdfplumber.page.Page) -> list[dict]:  # type: ignore[type-arg]
    def dark(colour: object) -> bool:
        return isinstance(colour, tuple) and len(colour) == 3 and all(
            abs(c - d) < 0.01 for c, d in zip(colour, DARK, strict=True))
    return [r for r in page.rects if r.get("fill") and dark(r.get("non_stroking_color"))
            and r["width"] > 10]  # the legend's swatches are 8 points wide


def _page_with(pdf: pdfplumber.PDF, words: str) -> pdfplumber.page.Page:
    for page in pdf.pages:
        if words in " ".join((page.extract_text() or "").split()):
            return page
    raise AssertionError(words)


def test_the_readiness_report_has_its_charts_and_the_progress(sample: Dossier,
                                                             tmp_path: Path) -> None:
    target = export("readiness", sample, tmp_path / "readiness.pdf", Options()).path
    whole = text(target)
    assert fonts_not_embedded(target) == []  # the charts bring no font of their own
    assert "Progress since the last baseline" in whole
    assert "Since the baseline of 15 September 2026 the score went from 61%" in whole
    assert "Slipped back" in whole and "Newly met" in whole
    for label in ("Clause 5", "High priority", "12/03/2026", "20/05/2026", "Today"):
        assert label in whole, label
    with pdfplumber.open(target) as pdf:
        first = pdf.pages[0]
        bars = _dark_bars(first)
        assert len(bars) >= 10  # a bar for each clause and each priority with a score
        clause_bars = [b for b in bars if b["x0"] < first.width / 2]
        assert len({round(b["x0"]) for b in clause_bars}) == 1  # they grow from the left
        trend = _page_with(pdf, "Score by date")
        assert len(trend.curves) + len(trend.lines) >= 3  # the overall line, the clauses


def test_the_arabic_report_mirrors_the_charts(sample: Dossier, tmp_path: Path) -> None:
    target = export("readiness", sample, tmp_path / "readiness-ar.pdf",
                    Options(language="ar")).path
    with pdfplumber.open(target) as pdf:
        first = pdf.pages[0]
        bars = _dark_bars(first)
        right_half = [b for b in bars if b["x1"] > first.width / 2]
        assert len(right_half) >= 6
        assert len({round(b["x1"]) for b in right_half}) == 1  # they grow from the right
        assert len({round(b["x0"]) for b in right_half}) > 1
        words = {unicodedata.normalize("NFKC", w["text"]) for w in first.extract_words()}
    assert "%63" in words or any(w.endswith("%") or w.startswith("%") for w in words)


def test_the_minutes_show_the_readiness_at_the_meeting(sample: Dossier,
                                                      tmp_path: Path) -> None:
    with sample.session() as session:
        connection = session.connection().connection.driver_connection
        plenary = next(m for m in meetings(connection) if m.held_on == date(2026, 3, 12))
    target = export("minutes", sample, tmp_path / "minutes.pdf",
                    Options(meeting=plenary.id)).path
    first = page_texts(target)[0]
    assert "Readiness at this meeting" in first
    assert "when the meeting was held: 46%" in first
    assert "Clause 7" in first
    with pdfplumber.open(target) as pdf:
        assert len(_dark_bars(pdf.pages[0])) >= 5


def test_minutes_of_a_meeting_not_marked_held_say_so(tmp_path: Path) -> None:
    dossier = write_demo(tmp_path / "plain.ncm", members=10)
    try:
        with dossier.session() as session:
            connection = session.connection().connection.driver_connection
            first = meetings(connection)[0]
        target = export("minutes", dossier, tmp_path / "minutes.pdf",
                        Options(meeting=first.id)).path
        assert "has not been marked as held" in text(target)
        save_baseline(dossier, Baseline(first.held_on, 33, {"5": 40}, meeting_id=first.id))
        again = export("minutes", dossier, tmp_path / "again.pdf",
                       Options(meeting=first.id, language="fr")).path
        assert "has not been marked as held" not in text(again)
        assert "33" in text(again)
    finally:
        dossier.close()


def test_the_action_plan_charts_costs_funded_and_unfunded(sample: Dossier,
                                                         tmp_path: Path) -> None:
    target = export("action-plan", sample, tmp_path / "plan.pdf", Options()).path
    assert "Costs by objective in USD, funded and not funded yet" in text(target)
    with pdfplumber.open(target) as pdf:
        page = _page_with(pdf, "Costs by objective in USD")
        assert len(_dark_bars(page)) >= 3
        assert len(page.lines) > 10  # the hatching of the unfunded part
        words = page.extract_text()
    assert "Objective 3" in words and "267,000" in words


def test_the_roster_charts_the_gender_balance(sample: Dossier, tmp_path: Path) -> None:
    target = export("roster", sample, tmp_path / "roster.pdf", Options()).path
    first = page_texts(target)[0]
    assert "Gender balance (7.4.1)" in first and "Titular members" in first
    with pdfplumber.open(target) as pdf:
        assert len(_dark_bars(pdf.pages[0])) == 2  # women, of everyone and of titulars
