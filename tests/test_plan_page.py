"""The Action plan page in the real window: a plan made from the suggestions, reordering by
keyboard and by drag and drop, the quality check opening activities, and the export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pdf_reading import text
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from ncm_desktop.storage import preferences
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.plan_queries import load_plan
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog
from ncm_desktop.ui.dialogs.export_dialog import ExportDialog
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.models.plan_tree_model import MIME_TYPE
from ncm_desktop.ui.pages.plan_page import QUALITY_TAB, PlanPage

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """The window on a new dossier: no plan yet, every gap open."""
    path = tmp_path / "new.ncm"
    Dossier.create(path).close()
    main = MainWindow(preferences.load())
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_dossier(path)
    return main


def _page(window: MainWindow) -> PlanPage:
    page = window.show_section("plan")
    assert isinstance(page, PlanPage)
    return page


def _dialog(page: PlanPage) -> ActivityDialog:
    dialogs = [d for d in page.findChildren(ActivityDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_a_plan_made_from_the_suggestions(qtbot: QtBot, fresh: MainWindow,
                                          tmp_path: Path) -> None:
    page = _page(fresh)
    assert page.model.rowCount() == 0 and page.suggestions_model.rowCount() > 10
    assert not page.add_activity_action.isEnabled()  # no objective yet

    first = page.current_suggestion()
    assert first is not None
    title = page.suggestions_model.title(0)
    activity_id = page.accept_suggestion()
    plan = load_plan(fresh.context.reader)
    assert [a.title for a in plan.activities] == [title]
    assert plan.activities[0].origin_key == first.key
    # The objective was made for the clause the suggestion answers.
    assert plan.objectives[0].reference_id == first.objective_clause
    assert page.current_id() == activity_id
    assert page.suggestions_model.row_of(first.key) is None

    # Dismiss the next one; it comes back only when dismissed ones are shown.
    dismissed = page.current_suggestion()
    assert dismissed is not None
    page.dismiss_button.click()
    assert page.suggestions_model.row_of(dismissed.key) is None
    page.show_dismissed.setChecked(True)
    row = page.suggestions_model.row_of(dismissed.key)
    assert row is not None and page.suggestions_model.suggestion(row).dismissed
    assert "(dismissed)" in page.suggestions_model.index(row, 0).data()
    page.show_dismissed.setChecked(False)

    # Edit, then accept: the form opens with the suggestion's words, saved as changed.
    page.edit_accept_button.click()
    dialog = _dialog(page)
    assert dialog.title_edit.text() == page.suggestions_model.title(0)
    dialog.title_edit.setText("Edited activity from a suggestion")
    dialog.indicator.setPlainText("Done by June")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    titles = [a.title for a in load_plan(fresh.context.reader).activities]
    assert "Edited activity from a suggestion" in titles and len(titles) == 2

    # Dismissals persist: a new window on the same file does not propose it again.
    window = MainWindow(preferences.load())
    qtbot.addWidget(window)
    window.show()
    assert window.open_dossier(fresh.context.path)
    again = _page(window)
    assert again.suggestions_model.row_of(dismissed.key) is None

    # Export the plan from the page.
    page.export()
    export = next(d for d in page.findChildren(ExportDialog) if d.isVisible())
    export.path.setText(str(tmp_path / "plan"))
    with qtbot.waitSignal(export.exported, timeout=20000) as signal:
        export.export_button.click()
    path, pages = signal.args
    assert path == tmp_path / "plan.pdf" and pages >= 1
    assert "Edited activity from a suggestion" in text(path)


def test_activities_move_by_keyboard_and_by_drag_and_drop(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    page = _page(window)
    plan = page.plan
    first, second = plan.objectives[:2]
    top = plan.activities_of(first.id)
    page.select(top[0].id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in page.plan.activities_of(first.id)][:2] == [top[1].id, top[0].id]
    assert page.current_id() == top[0].id
    # From the last place of its objective, down moves it into the next one, first.
    for _ in range(len(top) - 1):  # it is second: to the last place, then beyond
        page.down_action.trigger()
    assert page.plan.activity(top[0].id).objective_id == second.id  # type: ignore[union-attr]
    assert page.plan.activities_of(second.id)[0].id == top[0].id
    page.up_action.trigger()
    assert page.plan.activities_of(first.id)[-1].id == top[0].id

    # Drag an activity of the second objective onto the first place of the first.
    moving = page.plan.activities_of(second.id)[-1]
    data = QMimeData()
    data.setData(MIME_TYPE, moving.id.hex.encode())
    parent = page.model.index_of(first.id)
    assert not page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    assert page.plan.activities_of(first.id)[0].id == moving.id
    mime = page.model.mimeData([page.model.index_of(moving.id)])
    assert bytes(mime.data(MIME_TYPE).data()).decode() == moving.id.hex

    # Move to another objective with the menu's choice.
    page.select(moving.id)
    page.move_to_objective(plan.objectives[3].id)
    assert page.plan.activities_of(plan.objectives[3].id)[-1].id == moving.id


def test_the_quality_check_opens_the_activity_and_clears_when_fixed(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    assert page.tabs.tabText(QUALITY_TAB).endswith("(2)")
    row = next(r for r in range(page.quality_model.rowCount())
               if page.quality_model.problem(r).code.value == "no_indicator")
    problem = page.quality_model.problem(row)
    page.tabs.setCurrentIndex(QUALITY_TAB)
    page.quality_view.setCurrentIndex(page.quality_model.index(row, 0))
    page.quality_view.setFocus()
    qtbot.keyClick(page.quality_view, Qt.Key.Key_Return)
    dialog = _dialog(page)
    assert dialog.record_id == problem.activity_id
    assert page.current_id() == problem.activity_id
    dialog.indicator.setPlainText("Assessment report validated by the Commission")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.tabs.tabText(QUALITY_TAB).endswith("(1)")
    assert problem.activity_id not in {page.quality_model.problem(r).activity_id
                                       for r in range(page.quality_model.rowCount())}


def test_bad_input_in_the_activity_form_is_explained(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    page.select(page.plan.objectives[0].id)
    page.add_activity_action.trigger()
    dialog = _dialog(page)
    dialog.title_edit.setText("Print the plan")
    dialog.cost.setText("about 300")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "is not a number" in dialog.error.text()
    assert dialog.focusWidget() is dialog.cost
    dialog.cost.setText("300")
    dialog.funding.setCurrentIndex(dialog.funding.findData("donor"))
    assert dialog.donor.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and "Donor must not be empty" in dialog.error.text()
    dialog.donor.setText("European Union")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = next(a for a in load_plan(window.context.reader).activities
                 if a.title == "Print the plan")
    assert (added.estimated_cost, added.currency, added.donor) == (300, "USD", "European Union")


def test_the_plan_period_is_checked_before_it_is_saved(window: MainWindow) -> None:
    page = _page(window)
    before = load_plan(window.context.reader).plan
    page.period_end.set_value(before.period_start.replace(year=2020))  # type: ignore[union-attr]
    page.save_plan()
    assert page.problem.isVisible() and "comes before the start" in page.problem.text()
    assert load_plan(window.context.reader).plan == before


def test_delete_an_objective_then_undo(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page = _page(window)
    objective = page.plan.objectives[0]
    count = len(page.plan.activities)
    page.select(objective.id)
    page.delete_action.trigger()
    assert len(page.plan.activities) == count - 3
    window.undo_action.trigger()
    assert len(page.plan.activities) == count and page.plan.objectives[0] == objective


def test_the_pages_do_not_load_sqlalchemy_when_imported() -> None:
    code = ("import sys; import ncm_desktop.ui.pages.plan_page, "
            "ncm_desktop.ui.pages.meetings_page; "
            "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM":
                                          "offscreen", "PATH": ""}, check=False)
    assert done.returncode == 0, done.stderr
