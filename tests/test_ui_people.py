"""The real window, driven offscreen: people and organisations pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ncm_desktop.storage import queries
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from ncm_desktop.ui.dialogs.person_dialog import PersonDialog
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.pages.people_page import PeoplePage


def _open_dialog(qtbot, page, kind):  # type: ignore[no-untyped-def]
    page.add_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, kind) and w.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def _people_page(window: MainWindow) -> PeoplePage:
    page = window.show_section("people")
    assert isinstance(page, PeoplePage)
    return page


def test_add_a_person_through_the_dialog_then_find_them(qtbot, window: MainWindow) -> None:
    page = _people_page(window)
    before = page.model.rowCount()

    dialog = _open_dialog(qtbot, page, PersonDialog)
    qtbot.keyClicks(dialog.full_name, "Chiamaka Eze-Okonkwo")
    qtbot.keyClicks(dialog.title, "Deputy Director")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Ministry of Health"))
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    qtbot.keyClicks(dialog.email, "c.eze@health.gov.example")
    qtbot.keyClicks(dialog.phone, "+234 9 461 0000")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert page.model.rowCount() == before + 1
    qtbot.keyClicks(page.search, "eze-okon")
    assert page.proxy.rowCount() == 1
    shown = page.proxy.index(0, 0).data()
    assert shown == "Chiamaka Eze-Okonkwo"
    assert page.proxy.index(0, 1).data() == "Ministry of Health"
    assert page.proxy.index(0, 3).data() == "Female"
    assert "1 of" in page.count.text()
    stored = [p for p in queries.people(window.context.reader) if p.full_name == shown]
    assert stored and stored[0].email == "c.eze@health.gov.example"


def test_a_bad_email_keeps_the_dialog_open_and_saves_nothing(qtbot, window: MainWindow) -> None:
    page = _people_page(window)
    before = page.model.rowCount()
    dialog = _open_dialog(qtbot, page, PersonDialog)
    qtbot.keyClicks(dialog.full_name, "Someone")
    qtbot.keyClicks(dialog.email, "someone-at-nowhere")
    dialog.buttons.accepted.emit()

    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "someone-at-nowhere" in dialog.error.text()
    assert dialog.focusWidget() is dialog.email
    assert len(queries.people(window.context.reader)) == before
    dialog.reject()


def test_an_empty_name_is_refused(qtbot, window: MainWindow) -> None:
    page = _people_page(window)
    dialog = _open_dialog(qtbot, page, PersonDialog)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "must not be empty" in dialog.error.text()
    dialog.reject()


def test_delete_with_confirmation_then_undo(qtbot, window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = _people_page(window)
    questions: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: questions.append(text) or True)
    total = page.model.rowCount()
    name = page.model.index(7, 0).data()
    qtbot.keyClicks(page.search, name)
    matches = page.proxy.rowCount()
    assert matches >= 1
    page.table.selectRow(0)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert questions and name in questions[0]
    assert page.model.rowCount() == total - 1
    assert sum(p.full_name == name for p in queries.people(window.context.reader)) == matches - 1
    assert page.proxy.rowCount() == matches - 1
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert page.model.rowCount() == total
    assert not window.undo_action.isEnabled()


def test_declining_the_confirmation_deletes_nothing(qtbot, window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = _people_page(window)
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    total = page.model.rowCount()
    page.table.selectRow(0)
    page.delete_action.trigger()
    assert page.model.rowCount() == total


def test_sorting_by_a_column_keeps_the_selection(qtbot, window: MainWindow) -> None:
    page = _people_page(window)
    page.table.selectRow(5)
    chosen = page.selected_ids()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.selected_ids() == chosen
    organisations = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert organisations == sorted(organisations, key=str.casefold, reverse=True)


def test_add_an_organisation_with_its_category(qtbot, window: MainWindow) -> None:
    page = window.show_section("organisations")
    dialog = _open_dialog(qtbot, page, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "Ministry of Culture and Heritage")
    dialog.category.setCurrentIndex(dialog.category.findData("7.4.2.r"))
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    rows = {o.name: o for o in queries.organisations(window.context.reader)}
    assert rows["Ministry of Culture and Heritage"].category_id == "7.4.2.r"
    qtbot.keyClicks(page.search, "7.4.2.r")
    assert page.proxy.rowCount() == 1


def test_keyboard_only_navigation_between_sections(qtbot, window: MainWindow) -> None:
    window.show_section("organisations")
    window.next_section_action.trigger()
    assert window.stack.currentWidget() is window.page("people")
    assert window.navigation.accessibleName()
    assert _people_page(window).search.accessibleName()


def test_opening_a_file_that_is_not_a_dossier_says_so(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warnings.append(text))
    path = tmp_path / "minutes.ncm"
    path.write_text("minutes of the last meeting")
    current = window.context.path
    assert not window.open_dossier(path)
    assert warnings and "not an NCM Desktop dossier" in warnings[0]
    assert window.context.path == current


def test_a_missing_recent_file_is_reported_and_forgotten(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warnings.append(text))
    gone = tmp_path / "moved.ncm"
    window.prefs.recent.insert(0, str(gone))
    window._fill_recent_menu()
    action = next(a for a in window.recent_menu.actions() if a.text() == str(gone))
    action.trigger()
    assert warnings and "There is no dossier" in warnings[0]
    assert str(gone) not in window.prefs.recent


def test_new_dossier_and_save_a_copy(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.create_dossier(tmp_path / "fresh")
    assert window.context.path == tmp_path / "fresh.ncm"
    assert window.show_section("people").model.rowCount() == 0
    copy = tmp_path / "copy.ncm"
    assert window.save_copy_to(copy)
    from ncm_desktop.storage import dossier_file

    assert dossier_file.inspect(copy).revision
    assert window.prefs.recent[0] == str((tmp_path / "fresh.ncm").resolve())


def test_opening_the_last_dossier_again_leaves_the_preferences_file_alone(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from ncm_desktop.storage import preferences

    first = tmp_path / "first.ncm"
    assert window.create_dossier(first) and window.close_dossier()
    saved = preferences.preferences_path()
    saved.write_text(saved.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    marked = saved.read_text(encoding="utf-8")
    assert window.open_dossier(first)  # already the last one and first of the list
    assert window.context is not None and saved.read_text(encoding="utf-8") == marked
    assert window.create_dossier(tmp_path / "second")  # another one: saved again
    assert saved.read_text(encoding="utf-8") != marked
    assert preferences.load().recent[:2] == [str((tmp_path / "second.ncm").resolve()),
                                             str(first.resolve())]
