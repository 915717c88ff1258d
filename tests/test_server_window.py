"""The window on a server dossier of the test PostgreSQL server: opened by its URL, other
users' changes shown within seconds, a reader's window read-only and saying why, faults
told clearly.  Screenshots go to NCM_SCREENSHOT_DIR when it is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ncm_desktop.storage import preferences, repository
from ncm_desktop.storage.server_location import ServerLocation


@pytest.fixture
def uploaded(server_database, demo_path: Path):  # type: ignore[no-untyped-def]
    from ncm_desktop.storage import server

    location, password = server_database
    server.upload(demo_path, location, password)
    return location, password


@pytest.fixture
def main(qtbot):  # type: ignore[no-untyped-def]
    from ncm_desktop.ui.main_window import MainWindow

    window = MainWindow(preferences.load(), interactive=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close_dossier()


def _url(location: ServerLocation, password: str | None) -> str:
    return location.url.replace(f"{location.user}@", f"{location.user}:{password}@")


def _shoot(window, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("NCM_SCREENSHOT_DIR")
    if folder:
        window.grab().save(str(Path(folder) / name))


def test_an_officer_sees_another_users_change_within_seconds(main, uploaded, qtbot) -> None:
    from ncm_desktop.storage import server

    location, password = uploaded
    assert main.open_server_dossier(_url(location, password)), main.problems
    context = main.context
    assert context is not None and context.on_server and not context.read_only
    assert main.file_label.text().startswith("Server dossier")
    assert "ncm-test-password" not in main.file_label.text()
    assert location.url in main.prefs.recent and not any("password" in r
                                                         for r in main.prefs.recent)
    page = main.show_section("people")
    before = page.model.rowCount()
    other = server.open_dossier(location, password, user_name="Someone else")
    try:
        repository.save_person(other, repository.PersonValues(full_name="Zainab Other"))
    finally:
        other.close()
    with qtbot.waitSignal(context.changed, timeout=5000):
        pass  # the 2-second poll finds it
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=3000)
    _shoot(main, "server-officer.png")


def test_a_readers_window_is_read_only_and_says_why(main, uploaded, postgres_server) -> None:
    from ncm_desktop.storage import server

    location, password = uploaded
    postgres_server.create_user("ncm_window_reader", "reader-pw")
    server.grant(location, password, "ncm_window_reader", server.ServerRole.READER)
    reader = ServerLocation(location.host, location.database, "ncm_window_reader",
                            location.port)
    assert main.open_server_dossier(reader.url, "reader-pw"), main.problems
    assert main.context is not None and main.context.read_only
    assert "you are a reader of this server dossier" in main.notice.text.text()
    page = main.show_section("people")
    assert not page.add_action.isEnabled() and not page.delete_action.isEnabled()
    _shoot(main, "server-reader.png")


def test_faults_get_clear_messages_and_keep_nothing_open(main, server_database) -> None:
    location, _ = server_database
    assert not main.open_server_dossier(location.url, "wrong")
    assert "refused the user name or the password" in main.problems[-1]
    assert not main.open_server_dossier("postgresql://127.0.0.1:1/nothing", "x")
    assert "does not answer" in main.problems[-1]
    assert not main.open_server_dossier("postgresql://only-a-host")
    assert "is not a server address" in main.problems[-1]
    assert main.context is None


def test_a_server_schema_newer_than_the_program_is_refused_untouched(
        main, server_database, postgres_server) -> None:
    location, password = server_database
    postgres_server.execute("UPDATE alembic_version SET version_num = '0099'",
                            location.database)
    assert not main.open_server_dossier(location.url, password)
    assert "newer version of NCM Desktop" in main.problems[-1]
    assert main.context is None


def test_two_officers_editing_one_person_the_second_sees_both_versions(
        main, uploaded, qtbot, monkeypatch) -> None:
    from sqlalchemy import select

    from ncm_desktop.storage import server
    from ncm_desktop.storage.models import Person
    from ncm_desktop.ui.dialogs import ask
    from ncm_desktop.ui.dialogs.person_dialog import PersonDialog

    location, password = uploaded
    assert main.open_server_dossier(_url(location, password))
    with main.context.writer().session() as session:
        person = session.scalars(select(Person).order_by(Person.full_name)).first()
    dialog = PersonDialog(main.context, person.id, main)
    qtbot.addWidget(dialog)
    dialog.title.setText("Mine")
    other = server.open_dossier(location, password)
    try:
        values = repository.PersonValues(full_name=person.full_name, title="Theirs",
                                         organisation_id=person.organisation_id,
                                         sex=person.sex, role=person.role)
        repository.save_person(other, values, person.id)
    finally:
        other.close()
    shown: list[str] = []

    def keep_theirs(parent, title, text, choices, default=0):  # type: ignore[no-untyped-def]
        shown.append(text)
        return 0

    monkeypatch.setattr(ask, "choose", keep_theirs)
    dialog._try_save()
    assert "theirs “Theirs”, yours “Mine”" in shown[0]
    assert dialog.title.text() == "Theirs" and dialog.isVisible() is not None
    with main.context.writer().session() as session:
        assert session.get_one(Person, person.id).title == "Theirs"  # nothing overwritten

    def keep_mine(parent, title, text, choices, default=0):  # type: ignore[no-untyped-def]
        return 1

    other = server.open_dossier(location, password)
    try:
        repository.save_person(other, repository.PersonValues(**{**vars(values),
                                                                  "title": "Theirs 2"}),
                               person.id)
    finally:
        other.close()
    dialog.title.setText("Mine again")
    monkeypatch.setattr(ask, "choose", keep_mine)
    dialog._try_save()
    with main.context.writer().session() as session:
        assert session.get_one(Person, person.id).title == "Mine again"


def test_a_local_copy_of_a_server_dossier_can_be_saved(main, uploaded, tmp_path: Path) -> None:
    from ncm_desktop.storage import queries
    from ncm_desktop.storage.connection import connect

    location, password = uploaded
    assert main.open_server_dossier(_url(location, password))
    assert not main.backups_action.isEnabled()  # the server's backups are pg_dump's
    target = tmp_path / "local copy.ncm"
    assert main.save_copy_to(target)
    copy = connect(target, read_only=True)
    try:
        assert len(queries.people(copy)) == len(queries.people(main.context.reader))
    finally:
        copy.close()
