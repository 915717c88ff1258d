"""The set-up pages of the window: each opens, each gap leads to its field, and bad input
is explained with nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from ncm_desktop.catalog import load_catalog
from ncm_desktop.rules.readiness import evaluate
from ncm_desktop.storage import preferences
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.enums import ResponsibilityRole, YesNoUnknown
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.models.composition_model import PRESENT
from ncm_desktop.ui.models.delegates import VALUE_ROLE
from ncm_desktop.ui.models.resources_model import COST, CURRENCY, QUANTITY
from ncm_desktop.ui.pages import SECTIONS
from ncm_desktop.ui.pages.readiness_page import ReadinessPage

SETUP_PAGES = ("readiness", "framework", "authority", "contacts", "composition", "functions",
               "infrastructure", "responsibilities")


def test_sections_are_in_the_agreed_order() -> None:
    assert [s.key for s in SECTIONS] == [
        "readiness", "framework", "authority", "contacts", "composition", "organisations",
        "people", "functions", "infrastructure", "responsibilities", "plan", "meetings"]


def test_the_window_opens_on_the_dashboard(window: MainWindow) -> None:
    assert isinstance(window.stack.currentWidget(), ReadinessPage)
    assert window.tools_menu.title() == "&Tools"


@pytest.mark.parametrize("key", SETUP_PAGES)
def test_every_page_opens_on_an_empty_dossier(qtbot: QtBot, tmp_path: Path, key: str) -> None:
    path = tmp_path / "empty.ncm"
    Dossier.create(path).close()
    main = MainWindow(preferences.load())
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    assert main.open_dossier(path)
    page = main.show_section(key)
    assert page.isVisible()
    page.grab()


def test_every_gap_of_the_sample_leads_to_a_field(window: MainWindow) -> None:
    """Activating each gap shows the page it names with the focus on its field."""
    _follow_every_gap(window)


def test_every_gap_of_an_empty_dossier_leads_to_a_field(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "empty.ncm"
    Dossier.create(path).close()
    main = MainWindow(preferences.load())
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_dossier(path)
    _follow_every_gap(main)


def _follow_every_gap(window: MainWindow) -> None:
    dashboard = window.show_section("readiness")
    assert isinstance(dashboard, ReadinessPage)
    gaps = [f for f in dashboard.findings if f.is_gap]
    assert len(gaps) > 20
    for finding in gaps:
        row = dashboard.model.row_of(finding.provision_id)
        assert row is not None
        window.show_section("readiness")
        dashboard.open_link(dashboard.model.index(row, 0))
        page = window.stack.currentWidget()
        assert page is window.page(finding.link.page), finding.provision_id
        focused = window.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), finding.provision_id


def test_links_focus_the_right_row(window: MainWindow) -> None:
    window.open_link("contacts", "instrument:4.5")
    contacts = window.page("contacts").editor  # type: ignore[union-attr]
    assert contacts.selected_contact().covers("4.5") is not None
    current = contacts.instruments_table.currentIndex()
    assert contacts.instruments.row_at(current.row()).instrument_id == "4.5"
    window.open_link("responsibilities", "area:table1.information_management")
    matrix = window.page("responsibilities").editor  # type: ignore[union-attr]
    assert matrix.model.area_id(matrix.table.currentIndex().column()) == \
        "table1.information_management"
    window.open_link("authority", "role:5.2.d")
    form = window.page("authority").form  # type: ignore[union-attr]
    assert window.focusWidget() is form.role_checks["5.2.d"]


def test_a_second_lead_is_stopped_and_explained(window: MainWindow) -> None:
    matrix = window.show_section("responsibilities").editor  # type: ignore[attr-defined]
    column = matrix.model.column_of("table1.destruction")
    lead_row = next(r for r in range(matrix.model.rowCount())
                    if (e := matrix.model.entry(matrix.model.index(r, column)))
                    and e.role is ResponsibilityRole.LEAD)
    other = 0 if lead_row else 1
    matrix.table.setCurrentIndex(matrix.model.index(other, column))
    matrix.table.setFocus()
    before = load_snapshot(window.context.reader).responsibilities
    matrix.lead_action.trigger()
    assert matrix.problem.isVisible()
    assert "already leads this area" in matrix.problem.text()
    assert load_snapshot(window.context.reader).responsibilities == before
    matrix.support_action.trigger()
    assert not matrix.problem.isVisible()
    assert len(load_snapshot(window.context.reader).responsibilities) == len(before) + 1


def test_keys_set_and_clear_matrix_cells(window: MainWindow) -> None:
    matrix = window.show_section("responsibilities").editor  # type: ignore[attr-defined]
    column = matrix.model.column_of("table1.information_management")
    matrix.table.setCurrentIndex(matrix.model.index(0, column))
    matrix.lead_action.trigger()
    assert matrix.model.entry(matrix.table.currentIndex()).role is ResponsibilityRole.LEAD
    matrix.clear_action.trigger()
    assert matrix.model.entry(matrix.table.currentIndex()) is None


def test_suggestions_from_table_1_are_confirmed(window: MainWindow) -> None:
    matrix = window.show_section("responsibilities").editor  # type: ignore[attr-defined]
    assert matrix.suggest_button.isEnabled()
    matrix.suggest_button.click()
    unconfirmed = [e for e in load_snapshot(window.context.reader).responsibilities
                   if not e.confirmed]
    assert len(unconfirmed) > 2
    matrix.confirm_all_button.click()
    assert all(e.confirmed for e in load_snapshot(window.context.reader).responsibilities)
    assert not matrix.confirm_all_button.isEnabled()


def test_a_category_with_members_cannot_be_marked_absent(window: MainWindow) -> None:
    checklist = window.show_section("composition").checklist  # type: ignore[attr-defined]
    row = checklist.model.row_of("7.4.2.b")
    assert not checklist.model.setData(checklist.model.index(row, PRESENT),
                                       YesNoUnknown.NO.value, VALUE_ROLE)
    assert "Ministry of Defence" in checklist.problem.text()
    assert "7.4.2.b" not in load_snapshot(window.context.reader).presence


@pytest.mark.parametrize(("column", "typed", "words"), [
    (COST, "-500", "must not be negative"),
    (COST, "a lot", "is not a number"),
    (QUANTITY, "3.5", "is not a number"),
    (CURRENCY, "dollars", "currency code"),
])
def test_bad_resource_values_are_explained(window: MainWindow, column: int, typed: str,
                                           words: str) -> None:
    editor = window.show_section("infrastructure").editor  # type: ignore[attr-defined]
    before = load_snapshot(window.context.reader).resources["8.a"]
    assert not editor.model.setData(editor.model.index(0, column), typed)
    assert words in editor.problem.text() and editor.problem.isVisible()
    assert load_snapshot(window.context.reader).resources["8.a"] == before


def test_a_cost_typed_with_separators_is_saved(window: MainWindow) -> None:
    editor = window.show_section("infrastructure").editor  # type: ignore[attr-defined]
    assert editor.model.setData(editor.model.index(3, COST), "250,000")
    assert load_snapshot(window.context.reader).resources["8.d"].estimated_cost == 250000
    assert f"USD {QLocale().toString(316500)}" in editor.total.text()


def test_withdrawing_a_contact_can_be_undone(window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    editor = window.show_section("contacts").editor  # type: ignore[attr-defined]
    assert len(load_snapshot(window.context.reader).contacts) == 2
    editor.withdraw_selected()
    assert len(load_snapshot(window.context.reader).contacts) == 1
    window.undo_delete()
    assert len(load_snapshot(window.context.reader).contacts) == 2


def test_designating_through_the_person_picker(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.show_section("contacts").editor  # type: ignore[attr-defined]
    designated = {c.person_id for c in load_snapshot(window.context.reader).contacts}
    qtbot.mouseClick(editor.designate_button, Qt.MouseButton.LeftButton)
    picker = editor.picker
    assert picker is not None
    person = next(picker.model.row_at(r) for r in range(picker.model.rowCount())
                  if picker.model.row_at(r).id not in designated)
    qtbot.keyClicks(picker.search, person.full_name)
    assert picker.person_id is not None
    chosen = picker.person_id
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    contacts = load_snapshot(window.context.reader).contacts
    assert chosen in {c.person_id for c in contacts} and len(contacts) == 3
    assert editor.selected_contact_id() == next(c.id for c in contacts if c.person_id == chosen)


def test_the_framework_page_records_the_note_of_7_2(window: MainWindow) -> None:
    page = window.show_section("framework")
    assert "Nairobi Protocol" in page.instruments.note.text()  # type: ignore[attr-defined]
    page.mechanism.email.setText("not an email")  # type: ignore[attr-defined]
    page.mechanism.email.editingFinished.emit()  # type: ignore[attr-defined]
    assert "is not an email address" in page.mechanism.problem.text()  # type: ignore[attr-defined]
    stored = load_snapshot(window.context.reader).mechanism.email
    assert stored == "secretariat@natcom-salw.gov.example"


def test_tables_are_model_view(window: MainWindow) -> None:
    from PySide6.QtWidgets import QListWidget, QTableWidget, QTreeWidget

    for key in SETUP_PAGES:
        page = window.show_section(key)
        for widget_type in (QTableWidget, QTreeWidget, QListWidget):
            assert not page.findChildren(widget_type)
        for table in page.findChildren(QTableView):
            if not table.objectName().startswith("qt_"):  # a date edit's calendar
                assert table.accessibleName(), key


def test_the_dashboard_matches_the_rules(window: MainWindow) -> None:
    page = window.show_section("readiness")
    assert isinstance(page, ReadinessPage)
    expected = evaluate(load_snapshot(window.context.reader), load_catalog())
    assert [f.provision_id for f in page.findings] == [f.provision_id for f in expected]
    page.filter.setCurrentIndex(page.filter.findData("options"))
    QApplication.processEvents()
    assert all(page.model.finding(r).informative for r in range(page.model.rowCount()))


def test_a_read_only_dossier_is_shown_not_edited(qtbot: QtBot, demo_path: Path) -> None:
    main = MainWindow(preferences.load())
    qtbot.addWidget(main)
    main.show()
    assert main.open_dossier(demo_path, read_only=True)
    page = main.show_section("framework")
    assert page.mechanism.state_name.isReadOnly()  # type: ignore[attr-defined]
    assert page.mechanism.state_name.text() == "Republic of Meridia"  # type: ignore[attr-defined]
    matrix = main.show_section("responsibilities").editor  # type: ignore[attr-defined]
    assert not matrix.suggest_button.isEnabled()
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    matrix.lead_action.trigger()
    assert matrix.model.entry(matrix.model.index(0, 0)) is None
