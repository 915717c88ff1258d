"""Server dossiers against a real PostgreSQL server (see tests/postgres_support.py):
the schema from the same migrations, the same reads on both engines, upload and download,
roles, and two users at once on two real connections."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ncm_desktop.storage import (
    baselines,
    dossier_data,
    handouts,
    plan_queries,
    queries,
    repository,
)
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import (
    DossierTooNew,
    RecordChangedElsewhere,
    ServerLoginFailed,
    ServerNotADossier,
    ServerPermissionDenied,
    ServerUnreachable,
)
from ncm_desktop.storage.models import ChangeLogEntry, Person
from ncm_desktop.storage.schema import HEAD_REVISION
from ncm_desktop.storage.server_location import ServerLocation, is_server_url, parse

DAY = date(2026, 12, 4)


@pytest.fixture
def uploaded(server_database, demo_path: Path):  # type: ignore[no-untyped-def]
    """The sample dossier put on its own server database."""
    from ncm_desktop.storage import server

    location, password = server_database
    copied = server.upload(demo_path, location, password)
    assert copied > 100
    return location, password


def read_everything(connection) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What the window, the rules and the reports read with plain SQL."""
    meetings = plan_queries.meetings(connection)
    return {
        "mechanism": queries.mechanism(connection),
        "organisations": queries.organisations(connection),
        "people": queries.people(connection),
        "counts": {t: n for t, n in queries.counts(connection).items()},
        "snapshot": dossier_data.load_snapshot(connection, DAY),
        "plan": plan_queries.load_plan(connection),
        "meetings": meetings,
        "detail": [plan_queries.meeting_detail(connection, m.id) for m in meetings],
        "found": [plan_queries.find_meetings(connection, m.id.hex[:8]) for m in meetings],
        "baselines": baselines.load_baselines(connection),
        "handout_mechanism": handouts.mechanism_details(connection),
        "members": handouts.member_organisations(connection),
        "participants": handouts.expected_participants(connection),
        "contacts": handouts.instrument_contacts(connection),
    }


def test_the_same_reads_give_the_same_answers_on_both_engines(uploaded, demo_path: Path
                                                              ) -> None:
    from ncm_desktop.storage import server
    from ncm_desktop.storage.connection import connect

    location, password = uploaded
    local = connect(demo_path, read_only=True)
    remote = server.open_server(location, password).connect()
    try:
        on_file, on_server = read_everything(local), read_everything(remote)
    finally:
        local.close()
        remote.close()
    assert on_file["people"] and on_file["meetings"]
    for key in on_file:
        assert on_server[key] == on_file[key], key


def test_server_init_builds_the_schema_with_the_migrations_and_the_roles(server_database
                                                                         ) -> None:
    from ncm_desktop.storage import server

    location, password = server_database
    connection = server.connect(location, password)
    try:
        assert server.read_revision(connection) == HEAD_REVISION
        roles = {row[0] for row in connection.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (location.database + "%",))}
        assert roles == {server.group_role(location, role) for role in server.ServerRole}
    finally:
        connection.close()
    assert server.init_schema(location, password) == HEAD_REVISION  # again: no harm


def test_download_gives_a_file_with_the_same_records_and_ids(uploaded, demo_path: Path,
                                                             tmp_path: Path) -> None:
    from ncm_desktop.storage import server
    from ncm_desktop.storage.connection import connect
    from ncm_desktop.storage.exchange.rows import dump

    location, password = uploaded
    out = tmp_path / "laptop.ncm"
    server.download(location, password, out)
    original, copy = Dossier.open(demo_path, read_only=True), Dossier.open(out, read_only=True)
    try:
        with original.session() as a, copy.session() as b:
            assert dump(a) == dump(b)
    finally:
        original.close()
        copy.close()
    reader = connect(out, read_only=True)
    try:
        assert queries.counts(reader)["change_log"] == 0  # a new dossier's own history
    finally:
        reader.close()
    with pytest.raises(FileExistsError):
        server.download(location, password, out)


def test_an_officer_writes_and_a_reader_only_reads(uploaded, postgres_server) -> None:
    from ncm_desktop.storage import server

    location, password = uploaded
    postgres_server.create_user("ncm_officer_a", "secret-a")
    postgres_server.create_user("ncm_reader_b", "secret-b")
    server.grant(location, password, "ncm_officer_a", server.ServerRole.OFFICER)
    server.grant(location, password, "ncm_reader_b", server.ServerRole.READER)
    officer = ServerLocation(location.host, location.database, "ncm_officer_a", location.port)
    reader = ServerLocation(location.host, location.database, "ncm_reader_b", location.port)

    writing = server.open_dossier(officer, "secret-a", user_name="Officer A")
    try:
        assert not writing.read_only
        repository.set_setting(writing, "paper_size", "A4")
        with writing.session() as session:
            entry = session.scalars(select(ChangeLogEntry).order_by(
                ChangeLogEntry.id.desc())).first()
        assert entry is not None and entry.db_user == "ncm_officer_a"
        assert entry.user == "Officer A"
    finally:
        writing.close()

    reading = server.open_dossier(reader, "secret-b")
    try:
        assert reading.read_only
        with pytest.raises(ServerPermissionDenied, match="permission denied"):
            repository.set_setting(reading, "paper_size", "Letter")
        with pytest.raises(ServerPermissionDenied):  # a reader grants nothing
            server.grant(reader, "secret-b", "ncm_officer_a", server.ServerRole.OWNER)
    finally:
        reading.close()
    # Granting again replaces the role: the reader becomes an officer.
    server.grant(location, password, "ncm_reader_b", server.ServerRole.OFFICER)
    assert not server.open_server(reader, "secret-b").read_only


def test_faults_are_told_apart(server_database, postgres_server) -> None:
    from ncm_desktop.storage import server

    location, password = server_database
    with pytest.raises(ServerLoginFailed):
        server.open_server(location, "wrong-password")
    with pytest.raises(ServerUnreachable):
        server.open_server(ServerLocation("127.0.0.1", "x", "u", 1), "p")
    with pytest.raises(ServerNotADossier):
        server.open_server(location.with_database("no_such_database"), password)
    postgres_server.execute("UPDATE alembic_version SET version_num = '9999'",
                            location.database)
    with pytest.raises(DossierTooNew):
        server.open_server(location, password)
    postgres_server.execute("DROP TABLE alembic_version", location.database)
    with pytest.raises(ServerNotADossier):
        server.open_server(location, password)


def test_two_users_saving_the_same_person_the_second_is_told(uploaded) -> None:
    from ncm_desktop.storage import server

    location, password = uploaded
    first = server.open_dossier(location, password, user_name="First")
    second = server.open_dossier(location, password, user_name="Second")
    try:
        with first.session() as session:
            person = session.scalars(select(Person).order_by(Person.full_name)).first()
            assert person is not None
            seen = person.version
        values = repository.PersonValues(
            full_name=person.full_name + " (first)", organisation_id=person.organisation_id,
            title=person.title, sex=person.sex, role=person.role, phone=person.phone,
            email=person.email, mandate_start=person.mandate_start, notes=person.notes)
        repository.save_person(first, values, person.id, read_version=seen)
        later = repository.PersonValues(**{**vars(values), "full_name": "Second's name"})
        with pytest.raises(RecordChangedElsewhere) as caught:
            repository.save_person(second, later, person.id, read_version=seen)
        assert caught.value.record_id == str(person.id)
        with second.session() as session:
            kept = session.get_one(Person, person.id)
            assert kept.full_name.endswith("(first)") and kept.version == seen + 1
    finally:
        first.close()
        second.close()


def test_a_save_racing_another_is_refused_by_the_version_column(uploaded) -> None:
    """Both transactions read version n; the one that commits second updates no row."""
    from ncm_desktop.storage import server

    location, password = uploaded
    first = server.open_dossier(location, password)
    second = server.open_dossier(location, password)
    try:
        with first.session() as session:
            person_id = session.scalars(select(Person.id)).first()
        with pytest.raises(RecordChangedElsewhere):
            with second.transaction() as late:
                theirs = late.get_one(Person, person_id)
                with first.transaction() as early:
                    early.get_one(Person, person_id).title = "Dr"
                theirs.title = "Prof."
        with first.session() as session:
            assert session.get_one(Person, person_id).title == "Dr"
    finally:
        first.close()
        second.close()


def test_another_users_change_shows_in_the_change_counter(uploaded) -> None:
    from ncm_desktop.storage import server

    location, password = uploaded
    watcher = server.open_server(location, password).connect()
    writer = server.open_dossier(location, password)
    try:
        before = queries.latest_change(watcher)
        repository.set_setting(writer, "paper_size", "Letter")
        after = queries.latest_change(watcher)
        assert after > before
        assert queries.tables_changed_since(watcher, before) == {"setting"}
    finally:
        watcher.close()
        writer.close()


def test_server_urls_are_told_from_files_and_lose_their_password() -> None:
    assert is_server_url("postgresql://office-server/meridia")
    assert not is_server_url("/home/officer/meridia.ncm")
    location, password = parse("postgresql://amina:s%40cret@10.0.0.5:5433/meridia")
    assert password == "s@cret"
    assert location.url == "postgresql://amina@10.0.0.5:5433/meridia"
    for bad in ("postgresql://host", "postgresql:///db", "postgresql://h/db?host=elsewhere",
                "http://h/db"):
        with pytest.raises(ValueError):
            parse(bad)


def test_a_new_record_gets_version_1_in_a_file_too(dossier: Dossier) -> None:
    person_id = repository.save_person(dossier, repository.PersonValues(full_name="A B"))
    with dossier.session() as session:
        assert session.get_one(Person, person_id).version == 1
    repository.save_person(dossier, repository.PersonValues(full_name="A C"), person_id,
                           read_version=1)
    with pytest.raises(RecordChangedElsewhere):
        repository.save_person(dossier, repository.PersonValues(full_name="A D"), person_id,
                               read_version=1)
    assert uuid.UUID(str(person_id))


def test_the_hand_outs_read_a_server_dossier_as_they_read_its_file(uploaded, demo_path: Path
                                                                   ) -> None:
    """``Dossier.reader()`` (the window's hand-outs) on both engines."""
    from ncm_desktop.storage import server

    location, password = uploaded
    on_server = server.open_dossier(location, password)
    on_file = Dossier.open(demo_path, read_only=True)
    try:
        with on_server.reader() as remote, on_file.reader() as local:
            assert handouts.member_organisations(remote) == handouts.member_organisations(local)
            assert handouts.instrument_contacts(remote) == handouts.instrument_contacts(local)
        repository.set_setting(on_server, "paper_size", "A4")  # the pool's connection writes
    finally:
        on_server.close()
        on_file.close()


def test_a_server_gone_in_the_middle_of_an_edit_leaves_nothing_half_saved(
        uploaded, postgres_server) -> None:
    from ncm_desktop.storage import server
    from ncm_desktop.storage.errors import ServerConnectionLost

    location, password = uploaded
    dossier = server.open_dossier(location, password)
    try:
        with dossier.session() as session:
            people = session.scalars(select(Person).order_by(Person.id).limit(2)).all()
        with pytest.raises(ServerConnectionLost) as caught:
            with dossier.transaction() as session:
                session.get_one(Person, people[0].id).title = "First half"
                session.flush()
                postgres_server.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE datname = '{location.database}' AND pid <> pg_backend_pid()")
                session.get_one(Person, people[1].id).title = "Second half"
        assert location.url in str(caught.value.path)
        with dossier.session() as session:  # a new connection: the server is back
            titles = [session.get_one(Person, p.id).title for p in people]
        assert titles == [p.title for p in people]
    finally:
        dossier.close()


def test_the_file_mode_never_loads_the_server_driver(demo_path: Path, private_home: Path
                                                     ) -> None:
    """Opening, painting and closing a file dossier imports neither psycopg nor the
    server modules (no server needed for this test)."""
    import os
    import subprocess
    import sys

    script = ("import sys\nfrom ncm_desktop.launcher import main\n"
              f"code = main(['--smoke-test', {str(demo_path)!r}])\n"
              "loaded = sorted(m for m in sys.modules if m.startswith('psycopg')\n"
              "                or m in ('ncm_desktop.storage.server',\n"
              "                         'ncm_desktop.storage.server_reader'))\n"
              "print('LOADED', loaded, code)\n")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(root),
                               "NCM_DESKTOP_HOME": str(private_home),
                               "QT_QPA_PLATFORM": "offscreen"})
    assert "LOADED [] 0" in done.stdout, done.stdout + done.stderr


def test_a_laptop_copy_goes_offline_and_merges_back(uploaded, tmp_path: Path) -> None:
    """download -> changes offline -> exchange package -> merged into the server (the
    exchange code on PostgreSQL), and the server's changes back into the laptop."""
    from ncm_desktop.storage import server
    from ncm_desktop.storage.exchange.merge import merge_package
    from ncm_desktop.storage.exchange.package import export_package, read_package

    location, password = uploaded
    laptop_path = tmp_path / "workshop.ncm"
    server.download(location, password, laptop_path)
    laptop = Dossier.open(laptop_path)
    office = server.open_dossier(location, password, user_name="Office")
    try:
        added = repository.save_person(laptop, repository.PersonValues(full_name="Met At Workshop"))
        with office.session() as session:
            person = session.scalars(select(Person).order_by(Person.full_name)).first()
        repository.save_person(office, repository.PersonValues(
            full_name=person.full_name, title="Changed at the office",
            organisation_id=person.organisation_id, sex=person.sex, role=person.role),
            person.id)
        export_package(laptop, tmp_path / "from-laptop.ncmx")
        report = merge_package(office, read_package(tmp_path / "from-laptop.ncmx"))
        assert report is not None
        with office.session() as session:
            assert session.get_one(Person, added).full_name == "Met At Workshop"
            assert session.get_one(Person, person.id).title == "Changed at the office"
        export_package(office, tmp_path / "from-office.ncmx")
        merge_package(laptop, read_package(tmp_path / "from-office.ncmx"))
        with laptop.session() as session:
            assert session.get_one(Person, person.id).title == "Changed at the office"
    finally:
        laptop.close()
        office.close()


def test_the_roster_of_a_server_dossier_is_the_roster_of_its_file(uploaded, demo_path: Path,
                                                                  tmp_path: Path) -> None:
    from ncm_desktop.reports.export import Options, export
    from ncm_desktop.storage import server
    from ncm_desktop.storage.handouts import ReadOnlyDossier
    from tests.pdf_reading import page_texts

    location, password = uploaded
    on_server = server.open_dossier(location, password)
    try:
        export("roster", on_server, tmp_path / "server.pdf", Options(language="fr"))
    finally:
        on_server.close()
    export("roster", ReadOnlyDossier(demo_path), tmp_path / "file.pdf", Options(language="fr"))
    server_pages = page_texts(tmp_path / "server.pdf")
    assert len(server_pages) > 1 and server_pages == page_texts(tmp_path / "file.pdf")
