"""Screenshots of the Action plan and Meetings pages and their forms at 1366×768, to look at.

    NCM_DESKTOP_HOME=/tmp/h PYTHONPATH=. xvfb-run -a -s "-screen 0 1366x768x24" \\
        python tests/tools/screenshots_plan.py OUT_FOLDER [LANGUAGE]

Writes ``plan-*.png`` (the page with each of its tabs, the activity form, the export
dialog) and ``meetings-*.png`` (each tab, the forms of a guest, a decision made an
activity, a follow-up action, and the export of the minutes) on the sample dossier.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.storage import preferences
from ncm_desktop.storage.demo import write_demo
from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog
from ncm_desktop.ui.dialogs.export_dialog import ExportDialog
from ncm_desktop.ui.dialogs.meeting_dialogs import ActionDialog, GuestDialog
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.pages.meetings_page import MeetingsPage
from ncm_desktop.ui.pages.plan_page import PlanPage

SIZE = (1366, 740)  # the screen less a taskbar


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    application = QApplication(sys.argv[:1])
    Translation(language).install(application)
    demo = Path(tempfile.mkdtemp(prefix="ncm-shots-")) / "demo.ncm"
    write_demo(demo).close()
    window = MainWindow(preferences.load())
    window.resize(*SIZE)
    window.show()
    window.open_dossier(demo)

    def shot(widget: object, name: str) -> None:
        application.processEvents()
        widget.grab().save(str(out / f"{name}-{language}.png"))  # type: ignore[attr-defined]

    plan = window.show_section("plan")
    assert isinstance(plan, PlanPage)
    for tab in range(plan.tabs.count()):
        plan.tabs.setCurrentIndex(tab)
        shot(window, f"plan-tab{tab}")
    plan.edit_activity(plan.plan.activities[2].id)
    shot(_dialog(plan, ActivityDialog), "plan-activity")
    _close(plan)
    plan.export()
    shot(_dialog(plan, ExportDialog), "plan-export")
    _close(plan)

    meetings = window.show_section("meetings")
    assert isinstance(meetings, MeetingsPage)
    meetings.select_meeting(next(m.id for m in (meetings.meetings_model.row_at(r) for r in
                                                range(meetings.meetings_model.rowCount()))
                                 if m.kind.value == "plenary"))
    for tab in range(meetings.tabs.count()):
        meetings.tabs.setCurrentIndex(tab)
        shot(window, f"meetings-tab{tab}")
    meetings.add_guest()
    shot(_dialog(meetings, GuestDialog), "meetings-guest")
    _close(meetings)
    meetings.decisions_view.setCurrentIndex(meetings.decisions_model.index(0, 0))
    meetings.make_activity()
    shot(_dialog(meetings, ActivityDialog), "meetings-activity")
    _close(meetings)
    meetings.add_action()
    shot(_dialog(meetings, ActionDialog), "meetings-action")
    _close(meetings)
    meetings.export("minutes")
    shot(_dialog(meetings, ExportDialog), "meetings-minutes")
    _close(meetings)
    window.close()
    window.deleteLater()
    application.processEvents()


def _dialog(page: object, dialog_type: type) -> QDialog:
    found = [d for d in page.findChildren(dialog_type) if d.isVisible()]  # type: ignore[attr-defined]
    assert found, dialog_type
    return found[0]


def _close(page: object) -> None:
    for dialog in page.findChildren(QDialog):  # type: ignore[attr-defined]
        if dialog.isVisible():
            dialog.reject()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
