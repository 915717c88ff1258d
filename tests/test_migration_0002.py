"""Upgrading a populated dossier made at revision 0001 to the current one keeps every row."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ncm_desktop.storage import dossier_file, migrate
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.database import Dossier, make_engine
from ncm_desktop.storage.enums import Membership, Role, Sex, YesNoUnknown
from ncm_desktop.storage.models import (
    Base,
    Mechanism,
    NationalAuthority,
    Organisation,
    Person,
    PointOfContact,
    PointOfContactInstrument,
)
from ncm_desktop.storage.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS
from tests.old_dossiers import columns_before_0008, current_models_on

CORE_TABLES = ("mechanism", "organisation", "person", "national_authority",
               "point_of_contact", "point_of_contact_instrument", "setting")


def _dossier_at_0001(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()
    migrate.upgrade(path, "0001")
    engine = make_engine(path)
    try:
        with current_models_on(path), Session(engine) as session, session.begin():
            session.add(Mechanism(state_name="Meridia", name="NatCom", legal_basis="Decree"))
            interior = Organisation(name="Interior", category_id="7.4.2.h",
                                    membership=Membership.FULL_MEMBER)
            session.add(interior)
            session.flush()
            people = [Person(organisation_id=interior.id, full_name=f"Person {i}",
                             sex=Sex.FEMALE if i % 2 else Sex.MALE, role=Role.MEMBER)
                      for i in range(25)]
            session.add_all(people)
            session.flush()
            session.add(NationalAuthority(organisation_id=interior.id,
                                          designated_on=date(2019, 3, 12)))
            contact = PointOfContact(person_id=people[0].id)
            session.add(contact)
            session.flush()
            session.add(PointOfContactInstrument(point_of_contact_id=contact.id,
                                                 instrument_id="4.2",
                                                 notified_on=date(2020, 1, 1)))
    finally:
        engine.dispose()


def _rows(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(
            f"SELECT {columns_before_0008(connection, t)} FROM {t} ORDER BY id").fetchall()
                for t in CORE_TABLES}
    finally:
        connection.close()


def test_revisions_are_known_in_order() -> None:
    assert REVISIONS[:2] == ("0001", "0002")
    assert REVISIONS == tuple(migrate.script_revisions())
    assert HEAD_REVISION == REVISIONS[-1]


def test_a_populated_0001_dossier_upgrades_with_its_rows_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.ncm"
    _dossier_at_0001(path)
    assert dossier_file.inspect(path).revision == "0001"
    before = _rows(path)
    assert len(before["person"]) == 25

    dossier = Dossier.open(path)
    try:
        assert dossier_file.inspect(path).revision == HEAD_REVISION
        assert _rows(path) == before
        setup.set_instrument(dossier, "4.2", True, date(2001, 7, 20))
        setup.set_category_presence(dossier, "7.4.2.v", YesNoUnknown.NO)
    finally:
        dossier.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute(
            "SELECT instrument_id, joined FROM instrument_membership").fetchall() == [("4.2", 1)]
    finally:
        connection.close()


def test_the_migrated_schema_matches_the_models(dossier: Dossier) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with dossier.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
