"""A populated dossier made at revision 0002 upgrades to the plan and meetings tables with
every row intact, and the new tables work at once."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ncm_desktop.storage import dossier_file, migrate
from ncm_desktop.storage import meetings_repository as meetings
from ncm_desktop.storage import plan_repository as plan
from ncm_desktop.storage.database import Dossier, make_engine
from ncm_desktop.storage.demo import core, setup
from ncm_desktop.storage.schema import APPLICATION_ID, HEAD_REVISION
from tests.old_dossiers import columns_before_0008, current_models_on

OLD_TABLES = ("mechanism", "organisation", "person", "national_authority", "point_of_contact",
              "point_of_contact_instrument", "setting", "instrument_membership",
              "category_presence", "authority_profile", "authority_role",
              "contact_profile_item", "coordination_arrangement", "function_progress",
              "monitoring_area_status", "resource_need_status", "responsibility",
              "readiness_answer")
NEW_TABLES = ("plan", "plan_objective", "plan_activity", "plan_activity_partner",
              "plan_dismissed_suggestion", "meeting", "meeting_agenda_item",
              "meeting_participant", "meeting_decision", "meeting_action")


def _dossier_at_0002(path: Path) -> None:
    """The sample dossier as issue 3 wrote it: core and set-up, no plan tables yet."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()
    migrate.upgrade(path, "0002")
    engine = make_engine(path)
    try:
        with current_models_on(path), Session(engine) as session, session.begin():
            from ncm_desktop.storage.models import Mechanism

            session.add(Mechanism())
            session.flush()
            rng = random.Random(7)
            core.populate(session, rng, 80)
            setup.populate(session, rng, 80)
    finally:
        engine.dispose()


def _rows(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(
            f"SELECT {columns_before_0008(connection, t)} FROM {t} ORDER BY id").fetchall()
                for t in OLD_TABLES}
    finally:
        connection.close()


def test_a_populated_0002_dossier_upgrades_with_its_rows_intact(tmp_path: Path) -> None:
    path = tmp_path / "issue3.ncm"
    _dossier_at_0002(path)
    assert dossier_file.inspect(path).revision == "0002"
    before = _rows(path)
    assert len(before["person"]) == 80 and len(before["responsibility"]) > 20

    dossier = Dossier.open(path)
    try:
        assert dossier_file.inspect(path).revision == HEAD_REVISION
        assert _rows(path) == before
        objective = plan.save_objective(dossier, plan.ObjectiveValues("Composition", "7.4"))
        plan.save_activity(dossier, plan.ActivityValues("Invite the ministry"), objective)
        meeting = meetings.save_meeting(dossier, meetings.MeetingValues(date(2026, 3, 12)))
        assert meetings.invite_members(dossier, meeting) > 0
    finally:
        dossier.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(NEW_TABLES) <= tables
        assert connection.execute("SELECT count(*) FROM plan_activity").fetchone()[0] == 1
    finally:
        connection.close()
