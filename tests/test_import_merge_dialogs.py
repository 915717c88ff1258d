"""The import, merge, export and history dialogs, driven on a real window offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QDialog
from sqlalchemy import func, select

from ncm_desktop.rules.member_list import ImportField
from ncm_desktop.storage import repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.exchange.merge import Side, merge_package
from ncm_desktop.storage.exchange.package import export_package, read_manifest, read_package
from ncm_desktop.storage.models import MergeHistory, Organisation, Person
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dialogs.import_dialog import ImportDialog, read_list
from ncm_desktop.ui.dialogs.merge_dialog import MergeDialog
from ncm_desktop.ui.dialogs.merge_history_dialog import MergeHistoryDialog
from ncm_desktop.ui.dialogs.package_export_dialog import PackageExportDialog
from ncm_desktop.ui.models.import_models import ImportPreviewModel, OrganisationCategoryModel
from ncm_desktop.ui.models.merge_models import ConflictModel

LIST = (
    "Nom;Prénom;Institution;Sexe;Courriel;Remarques\n"
    "Dupont;Amélie;Ministère de l’Intérieur;F;amelie@interieur.example;Titulaire\n"
    "Sow;Ibrahima;Police nationale;H;;Suppléant\n"
    "Kane;Mariama;Comité Alpha;F;;\n"
    "Dupont;Amélie;Ministère de l’Intérieur;F;;\n"
)


def count(dossier: Dossier, model: type) -> int:
    with dossier.session() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def member_list(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "membres.csv"
    path.write_text(LIST, encoding="utf-8")
    return read_list(path)


def results(dialog: ImportDialog) -> list[str]:
    model = dialog.preview
    return [model.index(row, ImportPreviewModel.RESULT_COLUMN).data()
            for row in range(model.rowCount())]


def test_import_dialog_preview_mapping_and_import(qtbot, window, member_list) -> None:  # type: ignore[no-untyped-def]
    dossier = window.context.writer()
    people_before = count(dossier, Person)
    dialog = ImportDialog(window.context, member_list, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [c.currentData() for c in dialog.combos] == [
        "family_name", "given_name", "organisation", "sex", "email", "role"]
    assert results(dialog) == ["Will be added"] * 3 + ["Duplicate of line 2 (same name and "
                                                        "organisation)"]
    organisations = dialog.organisations
    names = [organisations.choice(r).name for r in range(organisations.rowCount())]
    # The organisation nobody could guess comes first, for the user to confirm.
    assert names == ["Comité Alpha", "Ministère de l’Intérieur", "Police nationale"]
    assert [organisations.choice(r).category_id for r in range(3)] == [None, "7.4.2.h",
                                                                       "7.4.2.h"]
    assert "No guess" in organisations.index(0, OrganisationCategoryModel.SOURCE).data()

    # The last column holds roles; make it notes instead: everyone becomes a member.
    dialog.set_field(5, ImportField.NOTES)
    notes = [dialog.preview.row_at(r).candidate.person.notes for r in range(2)]
    assert notes == ["Titulaire", "Suppléant"]
    # Choosing email for the first column lets the email column go: one column per field.
    dialog.set_field(0, ImportField.EMAIL)
    assert dialog.combos[4].currentData() is None
    assert all(r.startswith("Problem: Email") for r in results(dialog))
    assert not dialog.import_button.isEnabled()
    dialog.set_field(0, ImportField.FAMILY_NAME)
    dialog.set_field(4, ImportField.EMAIL)

    # The user confirms a category for the organisation nobody could guess.
    index = organisations.index(0, OrganisationCategoryModel.CATEGORY)
    assert organisations.flags(index) & Qt.ItemFlag.ItemIsEditable
    dialog.organisation_view.edit(index)
    editor = dialog.organisation_view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("7.4.3"))
    dialog.organisation_view.commitData(editor)
    dialog.organisation_view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert organisations.choice(0).category_id == "7.4.3"
    assert organisations.index(0, OrganisationCategoryModel.SOURCE).data() == "Chosen by you"

    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.context.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.report is not None and dialog.report.people_added == 3
    assert count(dossier, Person) == people_before + 3
    with dossier.session() as session:
        category = session.scalars(select(Organisation.category_id)
                                   .where(Organisation.name == "Comité Alpha")).one()
    assert category == "7.4.3"


def test_import_dialog_leaves_out_bad_rows_only_when_asked(qtbot, window,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Organisation,Email\nJane Doe,Police,jane@police.example\n"
                    "John Roe,Police,not an address\n", encoding="utf-8")
    dialog = ImportDialog(window.context, read_list(path), window)
    qtbot.addWidget(dialog)
    assert dialog.skip_bad.isEnabled() and not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.running)  # the import runs on a worker thread
    assert dialog.report is not None and dialog.report.people_added == 1


def test_window_refuses_an_unreadable_list(window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Name,Organisation\n"Jane,Police\n', encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warnings.append(text))
    assert window.import_members_from(path) is False
    assert warnings and "line 2" in warnings[0]


@pytest.fixture
def conflicting_package(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Another laptop's dossier, received from this one, and a package of it in which the
    chair's name was changed there and here (here first)."""
    here = window.context.writer()
    there = Dossier.create(tmp_path / "there.ncm")
    export_package(here, tmp_path / "first.ncmx")
    merge_package(there, read_package(tmp_path / "first.ncmx"))
    with here.session() as session:
        chair = session.scalars(select(Person).where(Person.role == "chair")).one()
    for dossier, name in ((here, "Changed Here"), (there, "Changed There")):
        repository.save_person(dossier, repository.PersonValues(
            full_name=name, organisation_id=chair.organisation_id, role=chair.role,
            sex=chair.sex), chair.id)
    package = tmp_path / "second.ncmx"
    export_package(there, package, "a long passphrase")
    there.close()
    return package, chair.id


def test_merge_dialog_settles_a_conflict(qtbot, window, conflicting_package) -> None:  # type: ignore[no-untyped-def]
    package, chair_id = conflicting_package
    dialog = MergeDialog(window.context, package, read_manifest(package), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase_row.isVisible() and not dialog.merge_button.isEnabled()
    dialog.passphrase.setText("a wrong passphrase")
    assert dialog.open_package() is False
    assert "does not open" in dialog.problem.text()

    dialog.passphrase.setText("a long passphrase")
    assert dialog.open_package() is True
    conflicts = dialog.conflicts
    assert conflicts.rowCount() == 1
    assert conflicts.index(0, ConflictModel.RECORD).data() == "Changed Here"
    assert conflicts.index(0, ConflictModel.FIELDS).data() == "Full name"
    assert conflicts.index(0, ConflictModel.KEEP).data() == "Take the other dossier's version"
    assert dialog.versions.rowCount() > 0  # the two versions side by side

    # Keep this dossier's version, although the other one is newer.
    assert conflicts.setData(conflicts.index(0, ConflictModel.KEEP), Side.MINE.value)
    with qtbot.waitSignal(window.context.changed):
        dialog.run_merge()
    assert dialog.report is not None and dialog.report.conflicts[0].chosen is Side.MINE
    assert dialog.pages.currentIndex() == 2
    assert dialog.entries.rowCount() == 1
    with window.context.writer().session() as session:
        assert session.get(Person, chair_id).full_name == "Changed Here"
        entry = session.scalars(select(MergeHistory)).one()
    assert entry.label == "Changed There"

    history = MergeHistoryDialog(window.context, chair_id, window)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 1
    assert history.model.index(0, 2).data() == "Changed There"
    assert history.versions.rowCount() > 0


def test_merge_dialog_for_a_package_with_nothing_new(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "same.ncmx"
    export_package(window.context.writer(), package)
    dialog = MergeDialog(window.context, package, read_manifest(package), window)
    qtbot.addWidget(dialog)
    assert not dialog.passphrase_row.isVisibleTo(dialog)
    assert "changes nothing" in dialog.summary.text()
    assert not dialog.conflict_box.isVisibleTo(dialog)


def test_export_dialog_checks_the_passphrase(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PackageExportDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.run_export()
    assert "at least 8" in dialog.problem.text()
    dialog.passphrase.setText("long enough passphrase")
    dialog.repeat.setText("long enough passphrase!")
    dialog.run_export()
    assert "differ" in dialog.problem.text()
    dialog.repeat.setText("long enough passphrase")
    dialog.run_export()
    assert dialog.result() == QDialog.DialogCode.Accepted
    written = tmp_path / "out.ncmx"
    assert read_manifest(written).encrypted
    assert read_package(written, "long enough passphrase").tables["person"]


def test_file_menu_offers_import_and_exchange(window) -> None:  # type: ignore[no-untyped-def]
    titles = [action.text() for action in window.file_menu.actions()]
    assert "&Import members…" in titles
    assert [a.text() for a in window.exchange_menu.actions()] == [
        "&Export package…", "&Merge package…", "Merge &history…"]
