"""The Meetings page in the real window: a meeting recorded from nothing, its attendance
and balance, a decision that becomes a plan activity, a follow-up action, the printed
attendance sheet and the minutes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_reading import text
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from ncm_desktop.i18n.bidi import plain
from ncm_desktop.i18n.formatting import format_date
from ncm_desktop.storage.plan_queries import load_plan, meeting_detail
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog
from ncm_desktop.ui.dialogs.export_dialog import ExportDialog
from ncm_desktop.ui.dialogs.meeting_dialogs import ActionDialog, DecisionDialog, GuestDialog
from ncm_desktop.ui.dialogs.person_picker import PersonPicker
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.models.meeting_models import ATTENDED, INVITED
from ncm_desktop.ui.pages.meetings_page import ATTENDANCE_TAB, MeetingsPage


def _page(window: MainWindow) -> MeetingsPage:
    page = window.show_section("meetings")
    assert isinstance(page, MeetingsPage)
    return page


def _visible(page: MeetingsPage, kind: type) -> object:
    found = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, kind
    return found[0]


def _save(qtbot: QtBot, dialog: object) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]


def _export(qtbot: QtBot, dialog: ExportDialog, target: Path) -> Path:
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        dialog.export_button.click()
    return signal.args[0]


def test_record_a_meeting_whose_decision_becomes_a_plan_activity(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = _page(window)
    before = page.meetings_model.rowCount()
    meeting_id = page.new_meeting()
    assert meeting_id is not None and page.meetings_model.rowCount() == before + 1
    assert page.current_meeting_id() == meeting_id
    assert page.detail is not None and page.detail.held_on == date.today()

    page.meeting_title.setText("Extraordinary session on the action plan")
    page.meeting_title.editingFinished.emit()
    page.place.setText("Port Meridian")
    page.place.editingFinished.emit()
    page.kind.setCurrentIndex(page.kind.findData("plenary"))
    for item in ("Opening", "Draft National Action Plan", "Closing"):
        page.agenda_item.setText(item)
        qtbot.keyClick(page.agenda_item, Qt.Key.Key_Return)
    page.agenda_view.setCurrentIndex(page.agenda_model.index(2))
    page.item_up_button.click()
    detail = meeting_detail(window.context.reader, meeting_id)
    assert detail is not None and detail.title == "Extraordinary session on the action plan"
    assert detail.agenda == ("Opening", "Closing", "Draft National Action Plan")

    # Invitations: every member, then ticks and a guest; the balance follows at once.
    page.invite_members_button.click()
    invited = page.participants_model.rowCount()
    assert invited > 20 and "No one is marked as present yet." in page.balance.text()
    for row in range(6):
        index = page.participants_model.index(row, ATTENDED)
        assert page.participants_model.setData(index, Qt.CheckState.Checked.value,
                                               Qt.ItemDataRole.CheckStateRole)
    page.guest_button.click()
    guest = _visible(page, GuestDialog)
    guest.name.setText("Amina Yusuf")  # type: ignore[attr-defined]
    guest.organisation.setText("UN Women")  # type: ignore[attr-defined]
    guest.sex.setCurrentIndex(guest.sex.findData("female"))  # type: ignore[attr-defined]
    _save(qtbot, guest)
    detail = page.detail
    assert detail is not None and len(detail.attended) == 7
    assert page.balance.text().startswith("7 present: women are")
    assert page.tabs.tabText(ATTENDANCE_TAB) == f"Attendance (7/{invited})"

    # A decision, made an activity of the plan.
    page.add_decision_button.click()
    decision = _visible(page, DecisionDialog)
    decision.text.setPlainText("Hold a validation workshop on the draft plan in June.")  # type: ignore[attr-defined]
    _save(qtbot, decision)
    page.decisions_view.setCurrentIndex(page.decisions_model.index(0, 0))
    assert page.to_activity_button.isEnabled()
    page.to_activity_button.click()
    form = _visible(page, ActivityDialog)
    assert form.title_edit.text() == "Hold a validation workshop on the draft plan in June."  # type: ignore[attr-defined]
    form.title_edit.setText("Validation workshop on the draft plan")  # type: ignore[attr-defined]
    form.start.set_value(date(2026, 6, 1))  # type: ignore[attr-defined]
    form.end.set_value(date(2026, 6, 30))  # type: ignore[attr-defined]
    _save(qtbot, form)
    plan = load_plan(window.context.reader)
    activity = next(a for a in plan.activities
                    if a.title == "Validation workshop on the draft plan")
    assert activity.objective_id == plan.objectives[0].id
    action = page.decisions_model.index(0, 0, page.decisions_model.index(0, 0))
    assert plain(action.data()) == "Plan activity: Validation workshop on the draft plan"
    assert page.decisions_model.index(0, 2, page.decisions_model.index(0, 0)).data() \
        == format_date(date(2026, 6, 30))

    # And a follow-up action with a lead and a due date.
    page.decisions_view.setCurrentIndex(page.decisions_model.index(0, 0))
    page.add_action_button.click()
    follow = _visible(page, ActionDialog)
    follow.text.setText("Book the conference room")  # type: ignore[attr-defined]
    follow.lead.setCurrentIndex(1)  # type: ignore[attr-defined]
    follow.due.set_value(date(2026, 5, 15))  # type: ignore[attr-defined]
    _save(qtbot, follow)
    actions = page.detail.decisions[0].actions  # type: ignore[union-attr]
    assert [a.text for a in actions][-1] == "Book the conference room"
    assert actions[-1].lead_name and actions[-1].due_on == date(2026, 5, 15)

    # The minutes say all of it.
    minutes = page.export("minutes")
    assert minutes.meeting.currentData() == str(meeting_id)
    path = _export(qtbot, minutes, tmp_path / "minutes.pdf")
    content = text(path)
    for expected in ("Extraordinary session on the action plan", "Draft National Action Plan",
                     "Present (7)", "Amina Yusuf",
                     "Activity of the National Action Plan: Validation workshop on the draft "
                     "plan", "Book the conference room"):
        assert expected in content, expected


def test_print_the_attendance_sheet_of_the_chosen_meeting(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    page = _page(window)
    detail = page.detail
    assert detail is not None
    sheet = page.export("attendance")
    assert sheet.meeting.currentData() == str(detail.id)
    assert sheet.path.text().endswith(f"attendance-{detail.held_on.isoformat()}.pdf")
    path = _export(qtbot, sheet, tmp_path / "sheet.pdf")
    content = text(path)
    assert f"Expected participants ({len(detail.invited)})" in content
    assert detail.title in content


def test_invite_chosen_people_and_remove_them(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    page.new_meeting()
    page.invite_button.click()
    picker = _visible(page, PersonPicker)
    picker.search.setText("Ministry of Health")  # type: ignore[attr-defined]
    table = picker.table  # type: ignore[attr-defined]
    chosen = min(2, picker.proxy.rowCount())  # type: ignore[attr-defined]
    assert chosen == 2
    selection = table.selectionModel()
    for row in range(chosen):
        selection.select(picker.proxy.index(row, 0),  # type: ignore[attr-defined]
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    picker.accept()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.participants_model.rowCount() == 2)
    assert all(page.participants_model.participant(r).organisation == "Ministry of Health"
               for r in range(2))
    index = page.participants_model.index(0, INVITED)
    assert page.participants_model.data(index, Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Checked
    page.participants_view.selectAll()
    page.remove_participant_button.click()
    assert page.participants_model.rowCount() == 0
    window.undo_action.trigger()
    assert page.participants_model.rowCount() == 2


def test_delete_a_meeting_then_undo(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page = _page(window)
    count = page.meetings_model.rowCount()
    deleted = page.detail
    assert deleted is not None
    page.delete_button.click()
    assert page.meetings_model.rowCount() == count - 1
    assert page.meetings_model.row_of(deleted.id) is None
    window.undo_action.trigger()
    assert page.meetings_model.rowCount() == count
    page.select_meeting(deleted.id)
    assert page.detail == deleted


def test_the_action_plan_is_exported_as_a_spreadsheet_from_the_dialog(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from ncm_desktop.reports.kinds import kind

    dialog = ExportDialog(window.context, kind("action-plan"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible() and "raises 2 point" in dialog.note.text()
    dialog.path.setText(str(tmp_path / "plan.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.path.text() == str(tmp_path / "plan.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        dialog.export_button.click()
    assert signal.args == [tmp_path / "plan.xlsx", -1]
    import openpyxl

    assert openpyxl.load_workbook(tmp_path / "plan.xlsx").sheetnames[0] == "Activities"
