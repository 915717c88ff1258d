"""Baselines on real dossier files: recorded, compared, merged between laptops, and found
after an upgrade from every earlier schema revision."""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.rules.baselines import Change, Scorer, baseline_of, compare, previous
from ncm_desktop.rules.findings import Status
from ncm_desktop.storage import dossier_file, migrate
from ncm_desktop.storage.baseline_repository import save_baseline
from ncm_desktop.storage.baselines import Baseline, load_baselines
from ncm_desktop.storage.database import Dossier, make_engine
from ncm_desktop.storage.demo import core, plan, setup, write_demo
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.exchange.merge import merge_package
from ncm_desktop.storage.exchange.package import export_package, read_package
from ncm_desktop.storage.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS
from tests.old_dossiers import (
    current_models_on,
    first_revision_dossier,
)


def judged(dossier: Dossier, day: date) -> Baseline:
    with dossier.reader() as connection:
        return baseline_of(load_snapshot(connection, day), load_catalog())


def baselines(dossier: Dossier) -> tuple[Baseline, ...]:
    with dossier.reader() as connection:
        return load_baselines(connection)


def test_a_baseline_keeps_the_readiness_of_its_date(demo: Dossier) -> None:
    day = date(2026, 10, 1)
    recorded = judged(demo, day)
    save_baseline(demo, recorded)
    (stored,) = baselines(demo)
    assert stored == recorded
    assert stored.percent is not None and 0 < stored.percent < 100
    assert set(stored.by_clause) >= {"5", "6", "7"} and "high" in stored.by_priority
    assert stored.statuses["5.1.p1"] == "met"
    assert 0 < stored.categories_covered <= stored.categories_required
    assert stored.women_percent is not None


def test_a_second_baseline_of_the_same_date_replaces_the_first(demo: Dossier) -> None:
    day = date(2026, 10, 1)
    first = judged(demo, day)
    save_baseline(demo, first)
    changed = Baseline(day, 12, {"5": 12}, {}, {"5.1.p1": "not_met"})
    save_baseline(demo, changed)
    assert baselines(demo) == (changed,)


def test_a_baseline_in_the_future_is_refused_and_nothing_is_written(demo: Dossier) -> None:
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as raised:
        save_baseline(demo, Baseline(tomorrow, 50))
    assert raised.value.code is ValidationError.Code.DATE_IN_FUTURE
    with pytest.raises(ValidationError):
        save_baseline(demo, Baseline(date(2026, 1, 1), 50, meeting_id=uuid.uuid4()))
    assert baselines(demo) == ()


def test_changes_between_two_baselines() -> None:
    before = Baseline(date(2026, 1, 1), 40, statuses={
        "a": "not_met", "b": "met", "c": "partly_met", "d": "unanswered", "e": "not_applicable",
        "f": "met"})
    after = Baseline(date(2026, 4, 1), 55, statuses={
        "a": "met", "b": "partly_met", "c": "met", "d": "partly_met", "e": "met", "f": "met",
        "g": "met"})
    progress = compare(before, after, order=["g", "f", "e", "d", "c", "b", "a"])
    assert [(c.provision_id, c.change) for c in progress.changes] == [
        ("d", Change.IMPROVED), ("c", Change.NEWLY_MET), ("b", Change.SLIPPED_BACK),
        ("a", Change.NEWLY_MET)]
    assert progress.changes[2].before is Status.MET
    assert progress.score_change == 15
    assert previous([before, after], date(2026, 4, 1)) is before
    assert previous([before, after], date(2026, 4, 2)) is after


def test_the_sample_history_shows_a_trend(tmp_path: Path) -> None:
    dossier = write_demo(tmp_path / "sample.ncm", scorer=Scorer(load_catalog()))
    try:
        history = baselines(dossier)
        today = judged(dossier, date.today())
    finally:
        dossier.close()
    assert [b.taken_on for b in history] == [date(2026, 3, 12), date(2026, 5, 20),
                                             date(2026, 9, 15)]
    scores = [b.percent or 0 for b in history]
    assert scores == sorted(scores) and scores[0] < scores[-1] < (today.percent or 0)
    assert history[0].meeting_id is not None and history[2].meeting_id is None
    progress = compare(history[-1], today)
    assert progress.of_kind(Change.NEWLY_MET) and progress.of_kind(Change.SLIPPED_BACK)


# -- exchange ---------------------------------------------------------------------------------


def send(source: Dossier, target: Dossier, folder: Path) -> None:
    package = folder / f"{uuid.uuid4().hex}.ncmx"
    export_package(source, package)
    merge_package(target, read_package(package))


def test_baselines_survive_merge_the_newer_of_a_date_wins(tmp_path: Path) -> None:
    a = write_demo(tmp_path / "a.ncm", members=12)
    b = Dossier.create(tmp_path / "b.ncm")
    try:
        send(a, b, tmp_path)
        march, june = date(2026, 3, 1), date(2026, 6, 1)
        save_baseline(a, Baseline(march, 30, {"5": 30}, statuses={"5.1.p1": "not_met"}))
        save_baseline(a, Baseline(june, 41, statuses={"5.1.p1": "partly_met"}))
        save_baseline(b, Baseline(march, 35, {"5": 35}, statuses={"5.1.p1": "met"}))  # newer
        send(a, b, tmp_path)
        send(b, a, tmp_path)
        for dossier in (a, b):
            found = baselines(dossier)
            assert [x.taken_on for x in found] == [march, june]
            assert found[0].percent == 35 and found[0].statuses == {"5.1.p1": "met"}
            assert found[1].percent == 41
        with a.reader() as one, b.reader() as two:
            ids = [sorted(c.execute("SELECT id FROM readiness_baseline").fetchall())
                   for c in (one, two)]
        assert ids[0] == ids[1]  # the same records on both laptops
        send(a, b, tmp_path)  # again: nothing duplicated
        assert len(baselines(b)) == 2
    finally:
        a.close()
        b.close()


# -- upgrades ---------------------------------------------------------------------------------


def _dossier_at(path: Path, revision: str) -> None:
    """A populated dossier as the program of ``revision`` wrote it."""
    if revision == REVISIONS[0]:
        first_revision_dossier(path)
        return
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()
    migrate.upgrade(path, revision)
    engine = make_engine(path)
    try:
        with current_models_on(path), Session(engine) as session, session.begin():
            from ncm_desktop.storage.models import Mechanism

            session.add(Mechanism(state_name="Freedonia"))
            session.flush()
            rng = random.Random(3)
            core.populate(session, rng, 40)
            setup.populate(session, rng, 40)
            if revision >= "0005":
                plan.populate(session, rng, 40)
    finally:
        engine.dispose()


def _all_rows(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
        # Columns added later (0008: ``version``, ``change_log.db_user``) are left out.
        later = {"version", "db_user"}
        columns = {t: ", ".join(c[1] for c in connection.execute(f"PRAGMA table_info({t})")
                                if c[1] not in later) for t in tables}
        return {t: connection.execute(f"SELECT {columns[t]} FROM {t} ORDER BY 1").fetchall()
                for t in tables}
    finally:
        connection.close()


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_an_older_populated_dossier_upgrades_and_records_baselines(tmp_path: Path,
                                                                   revision: str) -> None:
    path = tmp_path / f"at-{revision}.ncm"
    _dossier_at(path, revision)
    assert dossier_file.inspect(path).revision == revision
    before = _all_rows(path)
    assert sum(len(rows) for rows in before.values()) > 5
    dossier = Dossier.open(path)
    try:
        assert dossier_file.inspect(path).revision == HEAD_REVISION
        after = _all_rows(path)
        assert {t: after[t] for t in before} == before
        assert after["readiness_baseline"] == []
        save_baseline(dossier, judged(dossier, date(2026, 11, 2)))
        (stored,) = baselines(dossier)
        assert stored.taken_on == date(2026, 11, 2) and stored.statuses
    finally:
        dossier.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
