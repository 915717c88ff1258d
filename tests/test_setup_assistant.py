"""The set-up assistant, driven end to end on a new, empty dossier as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from ncm_desktop.rules.findings import Decided
from ncm_desktop.storage import preferences, repository
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.dossier_data import load_snapshot, read_setting
from ncm_desktop.storage.enums import Membership, YesNoUnknown
from ncm_desktop.storage.setup_settings import (
    ASSISTANT_FINISHED_KEY,
    ASSISTANT_HIDDEN_KEY,
    ASSISTANT_STEP_KEY,
)
from ncm_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from ncm_desktop.ui.dialogs.person_dialog import PersonDialog
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.models.composition_model import PRESENT
from ncm_desktop.ui.models.contacts_model import COVERS, NOTIFIED_ON
from ncm_desktop.ui.models.delegates import VALUE_ROLE
from ncm_desktop.ui.models.instruments_model import NAME
from ncm_desktop.ui.pages.readiness_page import ReadinessPage
from ncm_desktop.ui.wizard.setup_wizard import (
    AUTHORITY,
    COMPOSITION,
    CONTACTS,
    FINISH,
    INSTRUMENTS,
    STATE,
    SetupWizard,
    should_start,
)


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    path = tmp_path / "new.ncm"
    Dossier.create(path).close()
    return path


@pytest.fixture
def fresh_window(qtbot: QtBot, empty_path: Path) -> MainWindow:
    main = MainWindow(preferences.load())
    main.auto_assistant = True
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_dossier(empty_path)
    return main


def _gap_ids(page: ReadinessPage) -> set[str]:
    return {f.provision_id for f in page.findings if f.is_gap}


def _accept_dialog(qtbot: QtBot, dialog_type: type, parent: QWidget,
                   fill: Callable[[Any], None]) -> None:
    qtbot.waitUntil(lambda: parent.findChild(dialog_type) is not None)
    dialog = parent.findChild(dialog_type)
    fill(dialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_the_assistant_sets_up_a_mechanism_from_nothing(qtbot: QtBot, fresh_window: MainWindow,
                                                        empty_path: Path) -> None:
    main = fresh_window
    dashboard = main.page("readiness")
    assert isinstance(dashboard, ReadinessPage)
    before = _gap_ids(dashboard)
    assert {"5.1.p1", "7.1.p1", "7.4.2.b"} <= before

    qtbot.waitUntil(lambda: main.assistant is not None)
    wizard = main.assistant
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    wizard.next()

    # 1. the State, the mechanism and its legal basis
    assert wizard.currentId() == STATE
    form = wizard.steps[STATE].editor
    qtbot.keyClicks(form.state_name, "Republic of Oceania")
    qtbot.keyClick(form.state_name, Qt.Key.Key_Return)
    qtbot.keyClicks(form.name, "National Small Arms Commission")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    form.legal_basis.setPlainText("Decree 12/2024")
    form.legal_basis.editingFinished.emit()  # what leaving the field does
    mechanism = load_snapshot(main.context.reader).mechanism
    assert (mechanism.state_name, mechanism.name, mechanism.legal_basis) == (
        "Republic of Oceania", "National Small Arms Commission", "Decree 12/2024")
    assert read_setting(main.context.reader, ASSISTANT_STEP_KEY) == str(STATE)
    wizard.next()

    # 2. instruments joined, with the keyboard: Space ticks the current row
    assert wizard.currentId() == INSTRUMENTS
    instruments = wizard.steps[INSTRUMENTS].editor
    for instrument_id in ("4.2", "4.5", "regional.nairobi"):
        row = instruments.model.row_of(instrument_id)
        instruments.table.setCurrentIndex(instruments.model.index(row, NAME))
        qtbot.keyClick(instruments.table, Qt.Key.Key_Space)
    assert load_snapshot(main.context.reader).joined_instrument_ids == {
        "4.2", "4.5", "regional.nairobi"}
    assert instruments.note.isVisibleTo(wizard) and "Nairobi Protocol" in instruments.note.text()
    qtbot.keyClicks(instruments.other_name, "Pacific Islands Firearms Accord")
    qtbot.keyClick(instruments.other_name, Qt.Key.Key_Return)
    assert instruments.model.rowCount() == 10
    wizard.next()

    # 3. the National Authority, added as an organisation from the step itself
    assert wizard.currentId() == AUTHORITY
    authority = wizard.steps[AUTHORITY].editor
    qtbot.mouseClick(authority.add_host, Qt.MouseButton.LeftButton)

    def interior(dialog: OrganisationDialog) -> None:
        qtbot.keyClicks(dialog.name, "Ministry of Internal Security")
        dialog.category.setCurrentIndex(dialog.category.findData("7.4.2.h"))

    _accept_dialog(qtbot, OrganisationDialog, authority, interior)
    qtbot.waitUntil(lambda: load_snapshot(main.context.reader).authority is not None)
    assert authority.host.currentText() == "Ministry of Internal Security"
    authority.role_checks["5.2.a"].setChecked(True)
    assert load_snapshot(main.context.reader).authority_roles["5.2.a"].in_place
    wizard.next()

    # 4. a Point of Contact: a new person, designated at once
    assert wizard.currentId() == CONTACTS
    contacts = wizard.steps[CONTACTS].editor
    qtbot.mouseClick(contacts.new_person_button, Qt.MouseButton.LeftButton)
    _accept_dialog(qtbot, PersonDialog, contacts,
                   lambda dialog: qtbot.keyClicks(dialog.full_name, "Mele Tupou"))
    qtbot.waitUntil(lambda: len(load_snapshot(main.context.reader).contacts) == 1)
    row = contacts.instruments.row_of((contacts.selected_contact_id(), "4.2"))
    covers = contacts.instruments.index(row, COVERS)
    assert contacts.instruments.setData(covers, Qt.CheckState.Checked.value,
                                        Qt.ItemDataRole.CheckStateRole)
    notified = contacts.instruments.index(row, NOTIFIED_ON)
    tomorrow = date.today() + timedelta(days=1)
    assert not contacts.instruments.setData(notified, tomorrow, VALUE_ROLE)
    assert "in the future" in contacts.problem.text() and contacts.problem.isVisibleTo(wizard)
    assert contacts.instruments.setData(notified, date(2024, 5, 2), VALUE_ROLE)
    assert not contacts.problem.isVisibleTo(wizard)
    entry = load_snapshot(main.context.reader).contacts[0].covers("4.2")
    assert entry is not None and entry.notified_on == date(2024, 5, 2)
    wizard.next()

    # 5. composition: a category the State does not have, and one organisation added
    assert wizard.currentId() == COMPOSITION
    checklist = wizard.steps[COMPOSITION].editor
    culture = checklist.model.row_of("7.4.2.r")
    assert checklist.model.setData(checklist.model.index(culture, PRESENT),
                                   YesNoUnknown.NO.value, VALUE_ROLE)
    checklist.table.setCurrentIndex(checklist.model.index(checklist.model.row_of("7.4.2.b"),
                                                          PRESENT))
    qtbot.mouseClick(checklist.add_button, Qt.MouseButton.LeftButton)
    _accept_dialog(qtbot, OrganisationDialog, checklist,
                   lambda dialog: qtbot.keyClicks(dialog.name, "Ministry of Defence"))
    snapshot = load_snapshot(main.context.reader)
    assert snapshot.presence["7.4.2.r"] is YesNoUnknown.NO
    assert [o.name for o in snapshot.organisations_in("7.4.2.b")] == ["Ministry of Defence"]
    wizard.next()

    # finish: the dashboard opens and its gaps have moved with the data
    assert wizard.currentId() == FINISH
    assert "gap" in wizard.steps[FINISH].summary.text()
    wizard.accept()
    qtbot.waitUntil(lambda: main.assistant is None)
    assert main.stack.currentWidget() is dashboard
    after = _gap_ids(dashboard)
    assert {"5.1.p1", "7.1.p1", "7.4.2.b"}.isdisjoint(after)
    assert "7.4.2.r" not in after  # recorded as not present in this State
    assert "6.3.3" in after  # the ATT is joined and nobody covers it
    assert read_setting(main.context.reader, ASSISTANT_FINISHED_KEY) == "1"

    # reopening the dossier does not start it again; the Tools menu does
    main.open_dossier(empty_path)
    QApplication.processEvents()
    assert main.assistant is None
    main.assistant_action.trigger()
    assert main.assistant is not None and main.assistant.currentId() == 0
    main.assistant.reject()


def test_left_half_way_it_resumes_at_the_same_step(qtbot: QtBot, fresh_window: MainWindow,
                                                   empty_path: Path) -> None:
    main = fresh_window
    qtbot.waitUntil(lambda: main.assistant is not None)
    wizard = main.assistant
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == AUTHORITY
    wizard.reject()
    qtbot.waitUntil(lambda: main.assistant is None)
    main.close_dossier()
    main.open_dossier(empty_path)
    qtbot.waitUntil(lambda: main.assistant is not None)
    assert main.assistant.currentId() == AUTHORITY
    main.assistant.reject()


def test_dont_show_again(qtbot: QtBot, fresh_window: MainWindow, empty_path: Path) -> None:
    main = fresh_window
    qtbot.waitUntil(lambda: main.assistant is not None)
    button = main.assistant.button(QWizard.WizardButton.CustomButton1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.assistant is None)
    assert read_setting(main.context.reader, ASSISTANT_HIDDEN_KEY) == "1"
    main.open_dossier(empty_path)
    QApplication.processEvents()
    assert main.assistant is None


def test_it_does_not_start_on_a_dossier_with_data(window: MainWindow) -> None:
    assert not should_start(window.context)
    window.auto_assistant = True
    window.maybe_start_assistant()
    assert window.assistant is None


def test_opened_from_the_tools_menu_it_resumes_only_when_asked(qtbot: QtBot,
                                                               window: MainWindow,
                                                               demo_path: Path) -> None:
    window.auto_assistant = True
    window.assistant_action.trigger()
    wizard = window.assistant
    assert wizard is not None
    wizard.next()
    wizard.next()
    wizard.reject()
    qtbot.waitUntil(lambda: window.assistant is None)
    window.open_dossier(demo_path)
    QApplication.processEvents()
    assert window.assistant is None
    window.assistant_action.trigger()
    assert window.assistant is not None and window.assistant.currentId() == INSTRUMENTS
    window.assistant.reject()


def test_every_step_reuses_the_pages_editor(window: MainWindow) -> None:
    window.open_assistant()
    wizard = window.assistant
    assert wizard is not None
    for step_id, key in ((STATE, "framework"), (INSTRUMENTS, "framework"),
                         (AUTHORITY, "authority"), (CONTACTS, "contacts"),
                         (COMPOSITION, "composition")):
        page = window.show_section(key)
        editor_type = type(wizard.steps[step_id].editor)
        assert any(type(editor) is editor_type for editor in page.editors)
    wizard.reject()


def test_a_hand_answer_on_the_dashboard(window: MainWindow) -> None:
    page = window.show_section("readiness")
    assert isinstance(page, ReadinessPage)
    page.focus_field("answer:10.p2")
    finding = page.current_finding()
    assert finding is not None and finding.provision_id == "10.p2"
    assert page.answer_box.isVisibleTo(window)
    page.evidence.setText("Community safety programme in three districts since 2025")
    page.answer.setCurrentIndex(page.answer.findData("met"))
    page.answer.activated.emit(page.answer.currentIndex())
    finding = next(f for f in page.findings if f.provision_id == "10.p2")
    assert (finding.decided, finding.status.value) == (Decided.HAND, "met")
    assert finding.evidence.startswith("Community safety")
    assert "10.p2" not in _gap_ids(page)


def test_gaps_follow_the_data(window: MainWindow) -> None:
    page = window.show_section("readiness")
    assert "4.4.a" in _gap_ids(page)
    dossier = window.context.writer()
    person = repository.save_person(dossier, repository.PersonValues("Omar Nasser"))
    contact = setup.add_point_of_contact(dossier, person)
    setup.save_contact_instrument(dossier, contact, "4.4",
                                  setup.ContactInstrumentValues(True, date(2026, 1, 10)))
    window.context.notify("point_of_contact", "point_of_contact_instrument", "person")
    assert "4.4.a" not in _gap_ids(page)
    assert page.model.row_of("4.4.a") is None
    repository.save_organisation(dossier, repository.OrganisationValues(
        "Ministry of Culture", category_id="7.4.2.r", membership=Membership.FULL_MEMBER))
    window.context.notify("organisation")
    assert "7.4.2.r" not in _gap_ids(page)
    assert page.by_clause.rowCount() > 0
