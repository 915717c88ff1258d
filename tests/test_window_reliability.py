"""The window's side of safe storage: lock choices, read-only, restore offers, backups,
history, and a dossier on a removable drive."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from old_dossiers import first_revision_dossier

from ncm_desktop.storage import backups, lock, preferences, repository
from ncm_desktop.storage.drives import Drive, DriveKind
from ncm_desktop.storage.errors import DossierDamaged, DossierInUse
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.main_window import MainWindow


@pytest.fixture
def empty_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(preferences.load())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def running_holder(demo_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Another program on this computer that holds the demo dossier."""
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    lock.lock_path(demo_path).write_text(json.dumps({
        "host": lock.host_name(), "pid": holder.pid, "user": "bruno",
        "started": lock.process_start(holder.pid), "opened_at": "2026-05-12T08:00:00+00:00"}))
    yield holder
    holder.kill()
    holder.wait()


def _answer_choice(monkeypatch: pytest.MonkeyPatch, index: int | None) -> list[list[str]]:
    offered: list[list[str]] = []

    def choose(_parent, _title, text, choices, default=0):  # type: ignore[no-untyped-def]
        offered.append([text, *choices])
        return index

    monkeypatch.setattr(ask, "choose", choose)
    return offered


def test_a_dossier_open_elsewhere_is_offered_read_only(
        empty_window: MainWindow, demo_path: Path, running_holder: object,
        monkeypatch: pytest.MonkeyPatch) -> None:
    offered = _answer_choice(monkeypatch, 0)
    assert empty_window.open_dossier(demo_path)
    assert len(offered[0]) == 2  # the text and one choice: read-only (Cancel is added)
    assert "bruno" in offered[0][0]
    context = empty_window.context
    assert context is not None and context.read_only
    assert context.holder is not None and context.holder.user == "bruno"
    assert empty_window.notice.isVisible()
    assert "bruno" in empty_window.notice.text.text()
    page = empty_window.show_section("people")
    assert not page.add_action.isEnabled()  # type: ignore[attr-defined]
    assert lock.read_owner(demo_path)[0].user == "bruno"  # type: ignore[index]
    with pytest.raises(Exception, match="readonly"):
        repository.save_person(context.writer(), repository.PersonValues(full_name="X"))


def test_cancel_leaves_the_dossier_closed(empty_window: MainWindow, demo_path: Path,
                                          running_holder: object,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _answer_choice(monkeypatch, None)
    assert not empty_window.open_dossier(demo_path)
    assert empty_window.context is None


def test_a_stale_lock_is_offered_for_recovery(empty_window: MainWindow, demo_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    lock.lock_path(demo_path).write_text(json.dumps({
        "host": lock.host_name(), "pid": int(ended.stdout), "user": "bruno",
        "started": "", "opened_at": "2026-05-12T08:00:00+00:00"}))
    offered = _answer_choice(monkeypatch, 0)
    assert empty_window.open_dossier(demo_path)
    assert "no longer running" in offered[0][0]
    assert len(offered[0]) == 3  # take over, read-only
    context = empty_window.context
    assert context is not None and not context.read_only
    assert lock.read_owner(demo_path)[0].user == lock.user_name()  # type: ignore[index]
    empty_window.close()
    assert not lock.lock_path(demo_path).exists()


def test_a_dossier_open_on_another_computer_can_be_taken_over(
        empty_window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock.lock_path(demo_path).write_text(json.dumps({
        "host": "laptop-of-the-adviser", "pid": 4242, "user": "carla",
        "started": "", "opened_at": "2026-05-12T08:00:00+00:00"}))
    offered = _answer_choice(monkeypatch, 1)  # read-only first, take over second
    assert empty_window.open_dossier(demo_path)
    assert "another computer" in offered[0][0] and "laptop-of-the-adviser" in offered[0][0]
    assert len(offered[0]) == 3
    context = empty_window.context
    assert context is not None and not context.read_only
    assert lock.read_owner(demo_path)[0].host == lock.host_name()  # type: ignore[index]


def test_a_damaged_dossier_is_refused_with_an_offer_to_restore(
        empty_window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = backups.backup_now(demo_path, backups.Reason.MANUAL)
    size = demo_path.stat().st_size
    with demo_path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x5a" * 16384)
    with pytest.raises(DossierDamaged):
        DossierContext(demo_path)
    assert not lock.lock_path(demo_path).exists()
    questions: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: questions.append(text) or False)
    assert not empty_window.open_dossier(demo_path)
    assert "damaged" in questions[0] and "60 people" in questions[0]
    monkeypatch.setattr(ask, "confirm", lambda *_args: True)
    assert empty_window.open_dossier(demo_path)
    assert empty_window.context is not None
    assert backups.summary(good.path).people == len(
        empty_window.context.reader.execute("SELECT id FROM person").fetchall())


@pytest.mark.parametrize("content", [b"", b"%PDF-1.5\n%%EOF\n"])
def test_an_emptied_or_overwritten_dossier_is_offered_its_backup(
        empty_window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: bytes) -> None:
    backups.backup_now(demo_path, backups.Reason.MANUAL)
    demo_path.write_bytes(content)
    monkeypatch.setattr(ask, "confirm", lambda *_args: True)
    assert empty_window.open_dossier(demo_path)


def test_a_file_with_no_backup_is_simply_refused(empty_window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "report.ncm"
    pdf.write_bytes(b"%PDF-1.5\n%%EOF\n")
    warnings: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(ask, "confirm", lambda *_args: pytest.fail("nothing to restore"))
    assert not empty_window.open_dossier(pdf)
    assert "not an NCM Desktop dossier" in warnings[0]


def _backed_up_at_open(window: MainWindow, qtbot) -> DossierContext:  # type: ignore[no-untyped-def]
    """The window's dossier, once its backup at open (made on the worker) is done."""
    context = window.context
    assert context is not None
    qtbot.waitUntil(lambda: bool(backups.backups_for(context.path)), timeout=10000)
    context.wait_for_background()
    return context


def test_backups_at_open_and_on_the_timer_only_when_something_changed(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    context = _backed_up_at_open(window, qtbot)
    context.backup_at_open()  # once only
    made = backups.backups_for(context.path)
    assert [b.reason for b in made] == ["open"]
    context.backup_on_timer()
    assert len(backups.backups_for(context.path)) == 1  # nothing changed
    repository.save_person(context.writer(), repository.PersonValues(full_name="New"))
    context.backup_on_timer()
    assert [b.reason for b in backups.backups_for(context.path)] == ["timer", "open"]
    context.backup_on_timer()
    assert len(backups.backups_for(context.path)) == 2


def test_the_backups_dialog_lists_and_restores(window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from ncm_desktop.ui.dialogs.backups_dialog import BackupsDialog

    context = _backed_up_at_open(window, qtbot)
    first = backups.backups_for(context.path)[0]
    repository.save_person(context.writer(), repository.PersonValues(full_name="Added later"))
    dialog = BackupsDialog(context, window.restore_backup, window)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, 3).data() == "60"
    assert dialog.model.index(0, 3).data() == "61"
    assert dialog.model.index(0, 1).data() == "Made by hand"
    assert dialog.model.index(1, 1).data() == "When the dossier was opened"
    dialog.select_row(1)
    assert dialog.selected().backup.path == first.path  # type: ignore[union-attr]
    monkeypatch.setattr(ask, "confirm", lambda *_args: True)
    dialog.restore_selected()
    assert dialog.result() == dialog.DialogCode.Accepted
    restored = window.context
    assert restored is not None and restored is not context
    assert restored.reader.execute("SELECT count(*) FROM person").fetchone()[0] == 60
    reasons = [b.reason for b in backups.backups_for(restored.path)]
    assert reasons[0] == "restore"


def test_the_history_of_a_person(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ncm_desktop.storage.enums import Sex
    from ncm_desktop.ui.dialogs.history_dialog import HistoryDialog
    from ncm_desktop.ui.dialogs.person_dialog import PersonDialog

    context = window.context
    assert context is not None
    writer = context.writer()
    writer.user_name = "Ana Secretariat"
    organisation = repository.save_organisation(
        writer, repository.OrganisationValues(name="Customs Authority"))
    person = repository.save_person(writer, repository.PersonValues(full_name="Bruno"))
    repository.save_person(writer, repository.PersonValues(
        full_name="Bruno Sá", sex=Sex.MALE, organisation_id=organisation), person)
    editor = PersonDialog(context, person, window)
    qtbot.addWidget(editor)
    assert editor.history_button.isVisibleTo(editor)
    dialog = HistoryDialog(context, "person", person, "Bruno Sá", window)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(6)]
            for r in range(dialog.model.rowCount())]
    changed = {row[3]: row for row in rows if row[2] == "Changed"}
    assert changed["Full name"][4:] == ["Bruno", "Bruno Sá"]
    assert changed["Sex"][4:] == ["Not recorded", "Male"]
    assert changed["Organisation"][4:] == ["—", "Customs Authority"]
    assert all(row[1] == "Ana Secretariat" for row in rows)
    assert {row[2] for row in rows} == {"Added", "Changed"}
    new = PersonDialog(context, None, window)
    qtbot.addWidget(new)
    assert not hasattr(new, "history_button")  # nothing to show for a new record


def test_the_history_of_an_organisation(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ncm_desktop.ui.dialogs.history_dialog import HistoryDialog
    from ncm_desktop.ui.dialogs.organisation_dialog import OrganisationDialog

    context = window.context
    assert context is not None
    organisation = repository.save_organisation(
        context.writer(), repository.OrganisationValues(name="Customs", category_id="7.4.2.a"))
    editor = OrganisationDialog(context, organisation, window)
    qtbot.addWidget(editor)
    assert editor.history_button.isVisibleTo(editor)
    dialog = HistoryDialog(context, "organisation", organisation, "Customs", window)
    qtbot.addWidget(dialog)
    rows = {dialog.model.index(r, 3).data(): dialog.model.index(r, 5).data()
            for r in range(dialog.model.rowCount())}
    assert rows["Name"] == "Customs"
    assert rows["Membership"] == "Full member"
    assert rows["Category"] == "7.4.2.a"


@pytest.fixture
def stick_dossier(demo_path: Path, tmp_path: Path) -> Path:
    stick = tmp_path / "stick"
    stick.mkdir()
    return demo_path.rename(stick / "commission.ncm")


REMOVABLE = Drive(DriveKind.REMOVABLE, "/media/stick", "vfat")


def _people(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def test_a_dossier_on_a_removable_drive_is_worked_on_through_a_local_copy(
        empty_window: MainWindow, stick_dossier: Path) -> None:
    context = DossierContext(stick_dossier, drive=REMOVABLE, parent=empty_window)
    empty_window._set_context(context)
    assert context.working_copy is not None
    assert context.database_path != stick_dossier
    assert empty_window.notice.isVisible()
    assert "removable drive (/media/stick)" in empty_window.notice.text.text()
    assert empty_window.save_to_drive_action.isVisible()
    repository.save_person(context.writer(), repository.PersonValues(full_name="On the copy"))
    assert _people(stick_dossier) == 60
    empty_window.save_to_drive()
    assert _people(stick_dossier) == 61
    repository.save_person(context.writer(), repository.PersonValues(full_name="Later"))
    empty_window.close()
    assert _people(stick_dossier) == 62
    assert not context.database_path.exists()
    assert not lock.lock_path(stick_dossier).exists()


def test_a_failed_write_back_is_shown_and_recovered(empty_window: MainWindow,
                                                    stick_dossier: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    context = DossierContext(stick_dossier, drive=REMOVABLE, parent=empty_window)
    empty_window._set_context(context)
    repository.save_person(context.writer(), repository.PersonValues(full_name="Unsaved"))
    away = tmp_path / "pulled-out"
    stick_dossier.parent.rename(away)
    empty_window.save_to_drive()
    assert empty_window.notice.level == "warning"
    assert "safe on this computer" in empty_window.notice.text.text()
    warnings: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda _p, _t, text: warnings.append(text))
    empty_window.close()
    assert "safe on this computer" in warnings[0]
    away.rename(stick_dossier.parent)
    again = DossierContext(stick_dossier, drive=REMOVABLE)
    try:
        assert again.working_copy is not None and again.working_copy.recovered
        assert _people(stick_dossier) == 61
    finally:
        again.close()


def test_a_damaged_dossier_on_a_removable_drive_is_refused(stick_dossier: Path) -> None:
    size = stick_dossier.stat().st_size
    with stick_dossier.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x5a" * 16384)
    with pytest.raises(DossierDamaged):
        DossierContext(stick_dossier, drive=REMOVABLE)
    assert not lock.lock_path(stick_dossier).exists()


def test_an_older_dossier_opened_read_only_is_not_upgraded(tmp_path: Path) -> None:
    path = first_revision_dossier(tmp_path / "old.ncm")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    context = DossierContext(path, read_only=True)
    try:
        assert context.is_snapshot
        assert context.reader.execute("SELECT count(*) FROM person").fetchone()[0] == 2
        assert context.reader.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
    finally:
        context.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not context.database_path.exists()


def test_a_second_context_in_another_program_is_refused(demo_path: Path,
                                                       running_holder: object) -> None:
    with pytest.raises(DossierInUse) as caught:
        DossierContext(demo_path)
    assert not caught.value.stale


def test_the_backups_dialog_selects_the_newest_in_a_right_to_left_layout(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ncm_desktop.ui.dialogs.backups_dialog import BackupsDialog

    _backed_up_at_open(window, qtbot)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = BackupsDialog(window.context, window.restore_backup, window)
        qtbot.addWidget(dialog)
        assert dialog.selected() is not None
        assert dialog.restore_button.isEnabled()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_backup_at_open_runs_by_itself_off_the_window_thread(window: MainWindow,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    context = _backed_up_at_open(window, qtbot)
    assert [b.reason for b in backups.backups_for(context.path)] == ["open"]
    window.close()
    assert context.closed


def test_a_failed_automatic_backup_is_shown(empty_window: MainWindow, demo_path: Path,
                                            qtbot) -> None:  # type: ignore[no-untyped-def]
    from ncm_desktop import paths

    folder = paths.data_dir() / "backups"
    folder.write_text("a file where the backups folder should be")
    assert empty_window.open_dossier(demo_path)
    qtbot.waitUntil(lambda: empty_window.notice.level == "warning", timeout=10000)
    assert "automatic backup could not be made" in empty_window.notice.text.text()
