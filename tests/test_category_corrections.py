"""Unsure categories first, corrections remembered in the dossier and applied at the next
import (window and command line), carried by exchange packages; readiness after an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from ncm_desktop.rules.member_list import CategorySource
from ncm_desktop.storage import repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.exchange.merge import merge_package
from ncm_desktop.storage.exchange.package import export_package, read_package
from ncm_desktop.storage.member_import import (
    MemberCandidate,
    import_members,
    remembered_categories,
)
from ncm_desktop.storage.models import CategoryCorrection, Organisation
from ncm_desktop.storage.repository import PersonValues
from ncm_desktop.text_fold import fold
from ncm_desktop.ui.dialogs.import_dialog import ImportDialog, read_list
from ncm_desktop.ui.models.import_models import OrganisationCategoryModel

ROOT = Path(__file__).resolve().parent.parent
HIGH_COMMISSION = "Haut-Commissariat à la Réconciliation nationale"
LIST = ("Nom;Prénom;Institution;Sexe\n"
        "Diallo;Awa;Police nationale;F\n"
        f"Traoré;Issa;{HIGH_COMMISSION};H\n"
        "Keita;Fanta;Ministère de la Justice;F\n")


def _list(tmp_path: Path, text: str = LIST) -> Path:
    path = tmp_path / "membres.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _category_of(dossier: Dossier, name: str) -> str | None:
    with dossier.session() as session:
        return session.scalars(select(Organisation.category_id)
                               .where(Organisation.name == name)).one()


def _choices(dialog: ImportDialog) -> list[tuple[str, str | None, str]]:
    model = dialog.organisations
    return [(model.choice(r).name, model.choice(r).category_id,
             model.index(r, OrganisationCategoryModel.SOURCE).data())
            for r in range(model.rowCount())]


def test_a_correction_is_remembered_and_applied_at_the_next_import(qtbot, window,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    dossier = window.context.writer()
    dialog = ImportDialog(window.context, read_list(_list(tmp_path)), window)
    qtbot.addWidget(dialog)
    choices = _choices(dialog)
    # The unsure guess (a state office without a portfolio word) comes first.
    assert choices[0][:2] == (HIGH_COMMISSION, "7.4.2.note")
    assert choices[0][2] == "Unsure: no portfolio in the name, check it"
    assert [c[0] for c in choices[1:]] == ["Police nationale", "Ministère de la Justice"]
    assert dialog.organisations.to_confirm() == 1

    organisations = dialog.organisations
    organisations.setData(organisations.index(0, OrganisationCategoryModel.CATEGORY), "7.4.2.u")
    assert organisations.to_confirm() == 0
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.running)  # the import runs on a worker thread
    assert dialog.report is not None and dialog.report.written
    assert _category_of(dossier, HIGH_COMMISSION) == "7.4.2.u"
    assert remembered_categories(dossier) == {fold(HIGH_COMMISSION): "7.4.2.u"}

    # The organisation goes (deleted by hand); the same list comes again.
    with dossier.session() as session:
        office = session.scalars(select(Organisation.id)
                                 .where(Organisation.name == HIGH_COMMISSION)).one()
    repository.delete_organisations(dossier, [office])
    again = ImportDialog(window.context, read_list(_list(tmp_path)), window)
    qtbot.addWidget(again)
    remembered = next(c for c in _choices(again) if c[0] == HIGH_COMMISSION)
    assert remembered[1:] == ("7.4.2.u", "Your correction at an earlier import")
    assert again.organisations.to_confirm() == 0
    again.run_import()
    qtbot.waitUntil(lambda: not again.running)
    assert _category_of(dossier, HIGH_COMMISSION) == "7.4.2.u"


def _seed_correction(path: Path, name: str, category_id: str) -> None:
    dossier = Dossier.create(path)
    try:
        import_members(dossier, [MemberCandidate(line=2, person=PersonValues(full_name="Ana"),
                                                 organisation="Comité Alpha")],
                       corrections={fold(name): (name, category_id)})
    finally:
        dossier.close()


def _run(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_command_line_shows_sureness_and_applies_remembered_corrections(
        tmp_path: Path) -> None:
    path = tmp_path / "dossier.ncm"
    _seed_correction(path, "Ministère de la Justice", "7.4.2.note")
    members = _list(tmp_path)
    result = _run(tmp_path / "home", "import", "members", str(path), str(members),
                  "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = {row["organisation"]: row for row in json.loads(result.stdout)}
    assert rows["Police nationale"]["category_source"] == CategorySource.SURE.value
    assert rows[HIGH_COMMISSION]["category_source"] == CategorySource.UNSURE.value
    assert rows["Ministère de la Justice"]["category_source"] == "remembered"
    assert rows["Ministère de la Justice"]["category"] == "7.4.2.note"

    text = _run(tmp_path / "home", "import", "members", str(tmp_path / "other.ncm"),
                str(members))
    assert text.returncode == 0, text.stderr
    assert "[7.4.2.h Interior / internal affairs / police (guessed, sure), new organisation]" \
        in text.stdout
    assert "(guessed, unsure: check it), new organisation]" in text.stdout


def test_corrections_travel_in_a_package_and_merge_by_name(tmp_path: Path) -> None:
    here_path, there_path = tmp_path / "here.ncm", tmp_path / "there.ncm"
    _seed_correction(here_path, HIGH_COMMISSION, "7.4.2.u")
    _seed_correction(there_path, HIGH_COMMISSION, "7.4.2.note")  # older, same name
    here, there = Dossier.open(here_path), Dossier.open(there_path)
    try:
        with here.transaction() as session:  # the correction made last, here
            row = session.scalars(select(CategoryCorrection)).one()
            row.category_id = "7.4.2.s"
        export_package(here, tmp_path / "here.ncmx")
        merge_package(there, read_package(tmp_path / "here.ncmx"))
        assert remembered_categories(there) == {fold(HIGH_COMMISSION): "7.4.2.s"}
        with there.session() as session:
            assert len(session.scalars(select(CategoryCorrection)).all()) == 1
    finally:
        here.close()
        there.close()


def test_readiness_after_an_import_lists_the_categories_the_list_leaves_absent(
        tmp_path: Path) -> None:
    path = tmp_path / "dossier.ncm"
    home = tmp_path / "home"
    assert _run(home, "import", "members", str(path), str(_list(tmp_path))).returncode == 0
    result = _run(home, "readiness", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    coverage = {c["id"]: c["coverage"] for c in json.loads(result.stdout)["categories"]}
    assert coverage["7.4.2.h"] != "absent"  # Police nationale
    assert coverage["7.4.2.i"] != "absent"  # Ministère de la Justice
    absent = {category for category, value in coverage.items() if value == "absent"}
    assert {"7.4.2.b", "7.4.2.d", "7.4.2.e", "7.4.3"} <= absent


def test_a_populated_older_dossier_gets_the_corrections_table_and_uses_it(
        tmp_path: Path) -> None:
    from old_dossiers import first_revision_dossier

    from ncm_desktop.storage import dossier_file, migrate, schema

    path = first_revision_dossier(tmp_path / "old.ncm")
    migrate.upgrade(path, "0005")
    assert dossier_file.inspect(path).revision == "0005"
    dossier = Dossier.open(path)  # upgrades through 0006 to the current revision
    try:
        assert dossier_file.inspect(path).revision == schema.HEAD_REVISION
        assert remembered_categories(dossier) == {}
        report = import_members(
            dossier, [MemberCandidate(line=2, person=PersonValues(full_name="Carla"),
                                      organisation="Secretaría de la Mujer",
                                      category_id="7.4.2.m")],
            corrections={fold("Secretaría de la Mujer"): ("Secretaría de la Mujer", "7.4.2.m")})
        assert report.written and report.people_added == 1
        assert remembered_categories(dossier) == {fold("Secretaría de la Mujer"): "7.4.2.m"}
        with dossier.session() as session:  # the rows of the older revision are all there
            names = set(session.scalars(select(Organisation.name)))
        assert {"Ministry of the Interior", "National Police", "Secretaría de la Mujer"} <= names
    finally:
        dossier.close()


def test_an_organisation_already_in_the_dossier_is_not_listed_among_those_to_confirm(
        qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dossier = window.context.writer()
    repository.save_organisation(dossier, repository.OrganisationValues(
        name=HIGH_COMMISSION, category_id="7.4.2.u"))
    dialog = ImportDialog(window.context, read_list(_list(tmp_path)), window)
    qtbot.addWidget(dialog)
    # Nothing left to confirm: the list's own order, the existing one in its place.
    assert [c[0] for c in _choices(dialog)] == ["Police nationale", HIGH_COMMISSION,
                                                "Ministère de la Justice"]
    assert _choices(dialog)[1][1:] == ("7.4.2.u", "Already in the dossier")
    assert dialog.organisations.to_confirm() == 0
