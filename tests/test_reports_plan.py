"""The action plan (PDF, .docx, .xlsx), the minutes, a meeting's attendance sheet and the
readiness report, written from the sample dossier and read back."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document as read_docx
from pdf_reading import characters_outside, fonts_not_embedded, normalised_words, page_texts, text
from pypdf import PdfReader

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.export import Options, export
from ncm_desktop.rules.readiness import evaluate, gaps, informative, score
from ncm_desktop.storage import plan_repository
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.enums import PlanStatus
from ncm_desktop.storage.errors import FormatNotSupported, MeetingChoiceError
from ncm_desktop.storage.plan_queries import load_plan, meeting_detail, meetings

MARGIN = 18 * 72 / 25.4


def _plenary(dossier: Dossier) -> uuid.UUID:
    connection = connect(dossier.path, read_only=True)
    try:
        return next(m.id for m in meetings(connection) if m.kind.value == "plenary")
    finally:
        connection.close()


def _tr(language: str, context: str, source: str) -> str:
    return Translation(language).translate(context, source)


# -- the action plan ----------------------------------------------------------------------


def test_the_action_plan_has_every_activity_totals_timeline_and_draft_mark(
        demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = export("action-plan", demo, target, Options())
    reader = PdfReader(target)
    assert result.pages == len(reader.pages) >= 3
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    content = text(target)
    plan = load_plan(connect(demo.path, read_only=True))
    for objective in plan.objectives:
        assert objective.title in content
    for activity in plan.activities:
        assert activity.title in content
        if activity.indicator:
            assert " ".join(activity.indicator.split()[:3]) in content
    for expected in ("Lead and partners", "Cost and funding",
                     "Indicator and means of verification", "USD 394,500", "USD 82,000",
                     "Donor: European Union", "Timeline by quarter", "Q1", "2027",
                     "Points to settle before adoption", "No indicator.",
                     "3 activities marked as costing nothing."):
        assert expected in content, expected
    assert all("DRAFT" in page for page in page_texts(target))
    assert fonts_not_embedded(target) == []
    width = float(page.mediabox.width)
    assert characters_outside(target, MARGIN, width - MARGIN) == []


def test_an_adopted_plan_carries_no_draft_mark(demo: Dossier, tmp_path: Path) -> None:
    info = load_plan(connect(demo.path, read_only=True)).plan
    plan_repository.save_plan(demo, plan_repository.PlanValues(
        info.title, info.period_start, info.period_end, PlanStatus.ADOPTED, date(2026, 6, 2)))
    target = tmp_path / "adopted.pdf"
    export("action-plan", demo, target, Options())
    content = text(target)
    assert "DRAFT" not in content and "Adopted on 2 June 2026" in content
    assert "Points to settle before adoption" not in content


@pytest.mark.parametrize("language", ["fr", "ar", "zh"])
def test_the_action_plan_in_other_languages(demo: Dossier, tmp_path: Path,
                                            language: str) -> None:
    target = tmp_path / f"plan-{language}.pdf"
    export("action-plan", demo, target, Options(language=language))
    reader = PdfReader(target)
    assert reader.trailer["/Root"]["/Lang"] == language
    assert fonts_not_embedded(target) == []
    width = float(reader.pages[0].mediabox.width)
    assert characters_outside(target, MARGIN, width - MARGIN) == []
    words = normalised_words(target)
    title = _tr(language, "ActionPlan", "Timeline by quarter")
    found = any(w in words or w[::-1] in words for w in title.split())
    assert found, title
    catalog = load_catalog(language)
    clause = catalog.clause("7.4").title  # an objective answers 7.4, named in the language
    assert any(w in words or w[::-1] in words for w in clause.split()), clause


def test_the_editable_copy_as_word(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    result = export("action-plan", demo, target, Options())
    assert result.pages is None
    document = read_docx(str(target))
    assert document.core_properties.title.startswith("National Action Plan")
    assert document.core_properties.language == "en"
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows
                      for c in r.cells).replace("\xa0", " ")
    plan = load_plan(connect(demo.path, read_only=True))
    for activity in plan.activities:
        assert activity.title in cells
    for objective in plan.objectives:
        assert objective.title in body
    assert "USD 394,500" in cells and "Not funded yet" in cells
    header = document.sections[0].header.paragraphs[0].text
    assert "DRAFT" in header and "Republic of Meridia" in header
    section = document.sections[0]
    assert section.page_width > section.page_height


def test_the_editable_copy_as_a_spreadsheet_keeps_numbers_and_dates(
        demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    export("action-plan", demo, target, Options())
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Activities", "Costs", "Timeline"]
    sheet = workbook["Activities"]
    header = [c.value for c in sheet[5]]
    assert header[:4] == ["No.", "Objective", "Answers", "Activity"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=6)]
    plan = load_plan(connect(demo.path, read_only=True))
    assert len(rows) == len(plan.activities)
    by_title = {row[3]: row for row in rows}
    survey = by_title["Run a national survey of civilian holdings, with data by sex and age"]
    cost = header.index("Estimated cost")
    assert survey[cost] == 145000 and survey[header.index("Currency")] == "USD"
    assert survey[header.index("Donor")] == "European Union"
    assert survey[header.index("Start")].date() == date(2026, 6, 1)
    assert sum(row[cost] or 0 for row in rows) == 394500
    assert by_title["Designate a National Point of Contact for the UN Firearms Protocol"][
        header.index("No cost")] is True
    costs = [[c.value for c in row] for row in workbook["Costs"].iter_rows()]
    assert ["Not funded yet", "USD", 82000] in costs
    assert not sheet.sheet_view.rightToLeft
    assert workbook.properties.language == "en"


def test_the_arabic_spreadsheet_runs_right_to_left(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "plan-ar.xlsx"
    export("action-plan", demo, target, Options(language="ar"))
    workbook = openpyxl.load_workbook(target)
    assert all(sheet.sheet_view.rightToLeft for sheet in workbook.worksheets)
    document_target = tmp_path / "plan-ar.docx"
    export("action-plan", demo, document_target, Options(language="ar"))
    xml = read_docx(str(document_target)).element.xml
    assert "<w:bidi/>" in xml and "<w:rtl/>" in xml and "bidiVisual" in xml


def test_only_the_action_plan_is_made_as_an_editable_copy(demo: Dossier,
                                                          tmp_path: Path) -> None:
    with pytest.raises(FormatNotSupported):
        export("roster", demo, tmp_path / "roster.xlsx", Options())
    assert not (tmp_path / "roster.xlsx").exists()


# -- meetings ------------------------------------------------------------------------------


def test_the_minutes_give_attendance_decisions_and_actions(demo: Dossier,
                                                           tmp_path: Path) -> None:
    meeting = _plenary(demo)
    detail = meeting_detail(connect(demo.path, read_only=True), meeting)
    assert detail is not None
    target = tmp_path / "minutes.pdf"
    result = export("minutes", demo, target, Options(meeting=meeting))
    content = text(target)
    assert result.pages == len(PdfReader(target).pages)
    for expected in (detail.title, "12 March 2026", *detail.agenda,
                     f"Present ({len(detail.attended)})",
                     "Activity of the National Action Plan: Establish a working group on "
                     "marking and record-keeping", "Overdue", "Amina Yusuf"):
        assert expected in content, expected
    for decision in detail.decisions:
        assert " ".join(decision.text.split()[:6]) in content
    absent = [p for p in detail.invited if not p.attended]
    assert f"Invited, not present ({len(absent)})" in content
    for person in detail.attended[:5]:
        assert person.name in content
    assert "Women are" in content and "%" in content
    assert fonts_not_embedded(target) == []


def test_the_minutes_need_a_meeting(demo: Dossier, tmp_path: Path) -> None:
    with pytest.raises(MeetingChoiceError):
        export("minutes", demo, tmp_path / "minutes.pdf", Options())
    with pytest.raises(MeetingChoiceError):
        export("minutes", demo, tmp_path / "minutes.pdf", Options(meeting=uuid.uuid4()))
    assert not (tmp_path / "minutes.pdf").exists()


def test_the_attendance_sheet_of_a_meeting_lists_its_invitees(demo: Dossier,
                                                              tmp_path: Path) -> None:
    meeting = _plenary(demo)
    detail = meeting_detail(connect(demo.path, read_only=True), meeting)
    assert detail is not None
    target = tmp_path / "sheet.pdf"
    export("attendance", demo, target, Options(meeting=meeting))
    content = text(target)
    assert f"Expected participants ({len(detail.invited)})" in content
    assert detail.title in content and "12 March 2026" in content
    uninvited = next(p for p in detail.participants if not p.invited)
    assert uninvited.name not in content  # the guest came uninvited
    with sqlite3.connect(demo.path) as connection:
        members = connection.execute(
            "SELECT count(*) FROM person p JOIN organisation o ON o.id = p.organisation_id "
            "WHERE o.membership IN ('full_member', 'observer')").fetchone()[0]
    assert len(detail.invited) < members  # not everyone: the meeting's own list


def test_the_arabic_minutes_name_the_people_present(demo: Dossier, tmp_path: Path) -> None:
    meeting = _plenary(demo)
    target = tmp_path / "minutes-ar.pdf"
    export("minutes", demo, target, Options(language="ar", meeting=meeting))
    words = normalised_words(target)
    detail = meeting_detail(connect(demo.path, read_only=True), meeting)
    assert detail is not None
    present = _tr("ar", "Minutes", "Present")
    assert any(w in words for w in present.split()) or \
        any(w[::-1] in words for w in present.split())
    assert detail.attended[0].name.split()[0] in words
    width = float(PdfReader(target).pages[0].mediabox.width)
    assert characters_outside(target, MARGIN, width - MARGIN) == []


# -- readiness -----------------------------------------------------------------------------


def test_the_readiness_report_has_the_score_gaps_and_options(demo: Dossier,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "readiness.pdf"
    export("readiness", demo, target, Options())
    content = text(target)
    connection = connect(demo.path, read_only=True)
    findings = evaluate(load_snapshot(connection), load_catalog())
    result = score(findings)
    assert f"Readiness score: {result.overall.percent}%" in content
    assert "Score by clause" in content and "Score by priority" in content
    assert "High priority" in content and "National Point of Contact" in content
    found = gaps(findings)
    assert found
    for finding in found:
        first_words = " ".join(finding.next_step.split()[:5])
        assert first_words in content, finding.provision_id
    assert "Options the standard offers" in content
    options = informative(findings)
    assert options
    for finding in options:
        assert clause_label(finding.provision_id) in content, finding.provision_id
    assert "DRAFT" not in content
    assert fonts_not_embedded(target) == []


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_readiness_report_in_other_languages(demo: Dossier, tmp_path: Path,
                                                 language: str) -> None:
    target = tmp_path / f"readiness-{language}.pdf"
    export("readiness", demo, target, Options(language=language))
    words = normalised_words(target)
    catalog = load_catalog(language)
    step = next(f for f in gaps(evaluate(load_snapshot(connect(demo.path, read_only=True)),
                                         catalog))).next_step
    assert any(w in words or w[::-1] in words for w in step.split() if len(w) > 4)
    width = float(PdfReader(target).pages[0].mediabox.width)
    assert characters_outside(target, MARGIN, width - MARGIN) == []
