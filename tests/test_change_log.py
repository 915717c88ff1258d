"""The change log: every write path leaves who, what and when, in the same transaction."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from ncm_desktop.storage import history, preferences, repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import ChangeAction, Role, Sex
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import ChangeLogEntry, Organisation, Person


def _log(dossier: Dossier) -> list[tuple[str, str, str, dict[str, list[object]]]]:
    connection = sqlite3.connect(dossier.path)
    try:
        return [(table, record, action, json.loads(changes)) for table, record, action, changes
                in connection.execute(
                    "SELECT table_name, record_id, action, changes FROM change_log ORDER BY id")]
    finally:
        connection.close()


def _reader(dossier: Dossier) -> sqlite3.Connection:
    return sqlite3.connect(dossier.path)


def test_an_insert_records_who_and_every_value(dossier: Dossier) -> None:
    dossier.user_name = "Ana Secretariat"
    before = datetime.now(UTC)
    person = repository.save_person(dossier, repository.PersonValues(
        full_name="Bruno Sá", sex=Sex.MALE, role=Role.CHAIR, mandate_start=date(2024, 3, 1)))
    reader = _reader(dossier)
    changes = history.history(reader, "person", person)
    reader.close()
    assert len(changes) == 1
    change = changes[0]
    assert change.user == "Ana Secretariat"
    assert change.action is ChangeAction.INSERT
    assert before - timedelta(seconds=1) <= change.at <= datetime.now(UTC)
    assert change.fields["full_name"] == (None, "Bruno Sá")
    assert change.fields["sex"] == (None, "male")
    assert change.fields["role"] == (None, "chair")
    assert change.fields["mandate_start"] == (None, "2024-03-01")
    assert "id" not in change.fields and "modified_at" not in change.fields
    assert "phone" not in change.fields  # empty before and after


def test_an_update_records_only_what_changed_with_old_and_new(dossier: Dossier) -> None:
    organisation = repository.save_organisation(
        dossier, repository.OrganisationValues(name="Customs"))
    values = repository.PersonValues(full_name="Ana", organisation_id=organisation)
    person = repository.save_person(dossier, values)
    repository.save_person(dossier, values, person)  # saved unchanged: nothing to log
    repository.save_person(dossier, repository.PersonValues(
        full_name="Ana Diallo", organisation_id=None, email="ana@gov.example"), person)
    entries = [e for e in _log(dossier) if e[1] == person.hex]
    assert [e[2] for e in entries] == ["insert", "update"]
    assert entries[1][3] == {"full_name": ["Ana", "Ana Diallo"],
                             "organisation_id": [organisation.hex, None],
                             "email": ["", "ana@gov.example"]}


def test_a_refused_value_logs_nothing(dossier: Dossier) -> None:
    with pytest.raises(ValidationError):
        repository.save_person(dossier, repository.PersonValues(full_name="Ana", email="x"))
    assert _log(dossier) == []


def test_a_rolled_back_transaction_takes_its_log_with_it(dossier: Dossier) -> None:
    with pytest.raises(RuntimeError), dossier.transaction() as session:
        session.add(Person(full_name="Ghost"))
        session.flush()
        raise RuntimeError("abandoned")
    assert _log(dossier) == []


def test_delete_with_dependents_and_undo_are_logged(dossier: Dossier) -> None:
    organisation = repository.save_organisation(
        dossier, repository.OrganisationValues(name="Police"))
    people = [repository.save_person(dossier, repository.PersonValues(
        full_name=name, organisation_id=organisation)) for name in ("Ana", "Bruno")]
    deleted = repository.delete_organisations(dossier, [organisation])
    repository.undo_delete(dossier, deleted)
    entries = _log(dossier)[3:]
    assert sorted((e[0], e[2]) for e in entries) == [
        ("organisation", "delete"), ("organisation", "restore"),
        ("person", "delete"), ("person", "delete"),
        ("person", "restore"), ("person", "restore")]
    deletion = next(e for e in entries if e[1] == people[0].hex and e[2] == "delete")
    assert deletion[3]["full_name"] == ["Ana", None]
    restoring = next(e for e in entries if e[1] == organisation.hex and e[2] == "restore")
    assert restoring[3]["name"] == [None, "Police"]


def test_orm_deletes_are_logged(dossier: Dossier) -> None:
    person = repository.save_person(dossier, repository.PersonValues(full_name="Ana"))
    with dossier.transaction() as session:
        session.delete(session.get_one(Person, person))
    assert [e[2] for e in _log(dossier)] == ["insert", "delete"]
    assert _log(dossier)[1][3]["full_name"] == ["Ana", None]


def test_any_orm_write_in_a_transaction_is_logged(dossier: Dossier) -> None:
    """What an import or a merge does: plain ORM objects in dossier.transaction()."""
    with dossier.transaction() as session:
        organisation = Organisation(name="Ministry of Justice")
        session.add(organisation)
        session.flush()
        session.add_all([Person(full_name=f"Member {n}", organisation_id=organisation.id)
                         for n in range(50)])
    assert len([e for e in _log(dossier) if e[2] == "insert"]) == 51
    with dossier.session() as session:
        count = session.scalar(select(ChangeLogEntry.id).order_by(ChangeLogEntry.id.desc()))
    assert count == 51


def test_the_user_name_comes_from_preferences_or_the_system(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ncm_desktop.storage import lock

    first = Dossier.create(tmp_path / "a.ncm")
    assert first.user_name == lock.user_name()
    first.close()
    prefs = preferences.load()
    prefs.user_name = "  Carla (secretariat)  "
    preferences.save(prefs)
    second = Dossier.open(tmp_path / "a.ncm")
    try:
        assert second.user_name == "Carla (secretariat)"
        repository.save_person(second, repository.PersonValues(full_name="Dan"))
        reader = sqlite3.connect(second.path)
        assert reader.execute("SELECT user FROM change_log").fetchall() == [
            ("Carla (secretariat)",)]
        reader.close()
    finally:
        second.close()


def test_history_of_an_unknown_record_or_a_dossier_without_a_log(dossier: Dossier) -> None:
    reader = _reader(dossier)
    assert history.history(reader, "person", uuid.uuid4()) == []
    reader.execute("DROP TABLE change_log")
    assert history.history(reader, "person", uuid.uuid4()) == []
    reader.close()


def test_bookkeeping_tables_are_not_logged() -> None:
    from ncm_desktop.storage import changelog

    assert changelog.is_logged("person") and changelog.is_logged("organisation")
    assert not changelog.is_logged("change_log")
    assert ChangeLogEntry.__table__.info["exchange"] == "local"  # never in packages
    assert not changelog.is_logged("no_such_table")
