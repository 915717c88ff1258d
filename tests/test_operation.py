"""Writes from the window: one operation, tables announced by the data layer, work on a
worker thread that can be cancelled without leaving anything half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ncm_desktop.storage import repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import DossierError, DossierNotFound
from ncm_desktop.storage.models import Person
from ncm_desktop.ui import operation
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.problem_label import ProblemLabel


def _people(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        connection.close()


def test_the_data_layer_reports_the_tables_each_commit_wrote(dossier: Dossier) -> None:
    assert dossier.take_changes() == frozenset()
    organisation = repository.save_organisation(
        dossier, repository.OrganisationValues(name="Ministry of the Interior"))
    person = repository.save_person(dossier, repository.PersonValues(
        full_name="Ana", organisation_id=organisation))
    assert dossier.take_changes() == {"organisation", "person"}
    assert dossier.take_changes() == frozenset()  # taken once
    repository.save_person(dossier, repository.PersonValues(
        full_name="Ana", organisation_id=organisation), person)
    assert dossier.take_changes() == frozenset()  # nothing actually changed
    deleted = repository.delete_organisations(dossier, [organisation])
    assert {"organisation", "person"} <= dossier.take_changes()  # Core deletes too
    repository.undo_delete(dossier, deleted)
    assert {"organisation", "person"} <= dossier.take_changes()
    with pytest.raises(RuntimeError), dossier.transaction() as session:
        session.add(Person(full_name="Bruno"))
        session.flush()
        raise RuntimeError("rolled back")
    assert dossier.take_changes() == frozenset()  # nothing was committed


def test_a_write_announces_what_changed_and_explains_a_refusal(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    problem = ProblemLabel()
    qtbot.addWidget(problem)
    with qtbot.waitSignal(context.changed) as announced:
        person = operation.write(context, repository.save_person,
                                 repository.PersonValues(full_name="Zoé %2 Traoré"),
                                 problem=problem)
    assert announced.args[0] == {"person"}
    assert person and problem.isHidden()
    with qtbot.assertNotEmitted(context.changed):
        refused = operation.write(context, repository.save_person,
                                  repository.PersonValues(full_name="   "), problem=problem)
    assert refused is None
    assert not problem.isHidden() and problem.text()
    assert "name" in problem.text().casefold()


def test_nothing_is_written_to_a_dossier_opened_read_only(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = DossierContext(demo_path, read_only=True)
    problem = ProblemLabel()
    qtbot.addWidget(problem)
    before = _people(demo_path)
    try:
        calls: list[object] = []
        assert operation.write(context, lambda dossier: calls.append(dossier),
                               problem=problem) is None
        background = operation.BackgroundOperation(
            context, lambda dossier, progress: calls.append(dossier), writes=True)
        assert background.start() is False
        assert calls == []
    finally:
        context.close()
    assert _people(demo_path) == before


def test_a_cancelled_background_write_is_rolled_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    path = context.database_path
    before = _people(path)
    background: operation.BackgroundOperation

    def task(dossier: Dossier, progress: operation.Progress) -> None:
        with dossier.transaction() as session:
            session.add(Person(full_name="First of many"))
            session.flush()
            progress(1, 3)
            background.cancel()  # as the Cancel button would, from the window's thread
            session.add(Person(full_name="Second of many"))
            session.flush()  # the next statement stops the write

    background = operation.BackgroundOperation(context, task, writes=True)
    with qtbot.waitSignal(background.cancelled, timeout=10000), \
            qtbot.assertNotEmitted(background.succeeded):
        assert background.start()
    qtbot.waitUntil(lambda: not background.running)
    assert _people(path) == before
    with context.writer().session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before


def test_an_expected_failure_becomes_a_translated_sentence(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def task(dossier: Dossier, progress: operation.Progress) -> None:
        raise DossierNotFound(Path("/nowhere/lost.ncm"))

    background = operation.BackgroundOperation(window.context, task, writes=False,
                                               expected=(DossierError,))
    with qtbot.waitSignal(background.failed, timeout=10000) as failed:
        assert background.start()
    assert "lost.ncm" in failed.args[0]
    qtbot.waitUntil(lambda: not background.running)
