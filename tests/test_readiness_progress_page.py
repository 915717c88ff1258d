"""The Readiness page's charts and progress in the real window: a baseline recorded by
hand, changes shown against the previous one, a meeting marked held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from ncm_desktop.storage import setup_repository
from ncm_desktop.storage.baseline_repository import save_baseline
from ncm_desktop.storage.baselines import Baseline, baseline_of_meeting, load_baselines
from ncm_desktop.storage.enums import Answer
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.models.progress_model import CHANGE, CHANGE_ROLE
from ncm_desktop.ui.pages.meetings_page import MeetingsPage
from ncm_desktop.ui.pages.readiness_page import CHARTS, PROGRESS, ReadinessPage


def _page(window: MainWindow) -> ReadinessPage:
    page = window.show_section("readiness")
    assert isinstance(page, ReadinessPage)
    return page


def _grab_is_not_blank(widget: object) -> bool:
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    return len(colours) > 2


def test_the_charts_show_the_scores(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    assert page.views.currentIndex() == CHARTS
    rows = {r.label: r for r in page.clause_chart.rows}
    assert "Clause 5" in rows and rows["Clause 5"].texts[0].endswith("%")
    assert page.priority_chart.rows[0].label == "High priority"
    assert "Clause 5:" in page.clause_chart.accessibleDescription()
    qtbot.waitUntil(lambda: page.clause_chart.isVisible())
    assert _grab_is_not_blank(page.clause_chart)


def test_record_a_baseline_and_see_what_changed(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    context = window.context
    assert context is not None
    assert load_baselines(context.reader) == ()
    page.views.setCurrentIndex(PROGRESS)
    assert "No baseline" in page.progress_summary.text()
    assert page.progress_model.rowCount() == 0

    # An earlier baseline in which 5.1.p1 was not met yet and an answered provision met.
    answered = next(f for f in page.findings if f.decided.value == "unanswered")
    setup_repository.save_answer(context.writer(), answered.provision_id, Answer.MET, "")
    context.notify("readiness_answer")
    earlier = date(2026, 6, 1)
    statuses = {f.provision_id: f.status.value for f in page.findings if not f.informative}
    statuses["5.1.p1"] = "not_met"
    save_baseline(context.writer(), Baseline(earlier, 20, {"5": 10}, {}, statuses))
    setup_repository.save_answer(context.writer(), answered.provision_id, Answer.NOT_MET, "")
    context.notify("readiness_baseline", "readiness_answer")

    qtbot.waitUntil(lambda: page.progress_model.rowCount() == 2)
    changes = {page.progress_model.index(r, 0).data(CHANGE_ROLE).provision_id:
               page.progress_model.index(r, CHANGE).data() for r in range(2)}
    assert changes["5.1.p1"].endswith("Newly met")
    assert changes[answered.provision_id].endswith("Slipped back")
    assert "1 newly met, 1 slipped back" in page.progress_summary.text()
    assert page.trend_chart.dates[-1] == "Today" and len(page.trend_chart.dates) == 2
    assert page.trend_chart.overall is not None
    assert page.trend_chart.overall.values[0] == 20

    page.record_button.click()
    (first, today) = load_baselines(context.reader)
    assert first.taken_on == earlier and today.taken_on == date.today()
    assert today.statuses[answered.provision_id] == "not_met"
    assert page.views.currentIndex() == PROGRESS
    qtbot.waitUntil(lambda: len(page.trend_chart.dates) == 2)  # today's own is "Today"
    assert page.progress_model.rowCount() == 2  # still against the previous one
    assert _grab_is_not_blank(page.trend_chart)


def test_marking_a_meeting_held_records_its_readiness(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    page = window.show_section("meetings")
    assert isinstance(page, MeetingsPage)
    meeting = page.current_meeting_id()
    assert meeting is not None and page.held_button.isEnabled()
    page.held_button.click()
    context = window.context
    assert context is not None
    baseline = baseline_of_meeting(context.reader, meeting)
    assert baseline is not None and page.detail is not None
    assert baseline.taken_on == page.detail.held_on and baseline.percent is not None
    qtbot.waitUntil(lambda: not page.held_button.isEnabled())
    assert f"{baseline.percent}%" in page.held_state.text()


def test_the_composition_and_plan_pages_chart_gender_and_costs(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    composition = window.show_section("composition")
    checklist = next(w for w in composition.findChildren(object)
                     if type(w).__name__ == "CompositionChecklist")
    rows = checklist.gender_chart.rows  # type: ignore[attr-defined]
    assert [r.label for r in rows] == ["All representatives", "Titular members"]
    women, men, unknown = rows[0].values
    assert women > 0 and men > 0 and rows[0].after == str(int(women + men + unknown))
    assert rows[1].values[0] <= women
    assert checklist.gender_chart.legend[0] == "Female"  # type: ignore[attr-defined]

    plan = window.show_section("plan")
    funding = plan.funding_chart  # type: ignore[attr-defined]
    assert "USD" in funding.title and len(funding.rows) == 4
    third = funding.rows[2]
    assert third.values == (185_000.0, 82_000.0)
    assert third.after == QLocale().toString(267_000)
    assert _grab_is_not_blank(funding) or not funding.isVisible()


def test_a_meeting_in_the_future_cannot_be_marked_held(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    from datetime import timedelta

    from ncm_desktop.storage import meetings_repository

    page = window.show_section("meetings")
    assert isinstance(page, MeetingsPage)
    context = window.context
    assert context is not None
    later = date.today() + timedelta(days=30)
    meeting = meetings_repository.save_meeting(
        context.writer(), meetings_repository.MeetingValues(later, "Next plenary"))
    context.notify("meeting")
    page.select_meeting(meeting)
    qtbot.waitUntil(lambda: page.current_meeting_id() == meeting)
    page.held_button.click()
    assert baseline_of_meeting(context.reader, meeting) is None
    assert load_baselines(context.reader) == ()
    assert page.problem.isVisible() and "can be marked as held on that day" in \
        page.problem.text()
