"""Upgrades: a backup first, all or nothing, populated dossiers keep every row."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from old_dossiers import FIRST, first_revision_dossier

from ncm_desktop.storage import backups, dossier_file, lock, migrate, schema
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import DossierTooNew, MigrationFailed


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sidecars(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]


def _rows(path: Path, tables: list[str]) -> dict[str, list[dict[str, object]]]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return {t: [dict(r) for r in connection.execute(f'SELECT * FROM "{t}" ORDER BY id')]
                for t in tables}
    finally:
        connection.close()


def _tables(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
    finally:
        connection.close()


def test_the_revision_list_matches_the_scripts() -> None:
    assert tuple(migrate.script_revisions()) == schema.REVISIONS


def test_a_populated_first_revision_dossier_is_upgraded_with_every_row(tmp_path: Path) -> None:
    path = first_revision_dossier(tmp_path / "old.ncm")
    tables = _tables(path)
    before = _rows(path, tables)
    assert sum(len(rows) for rows in before.values()) == 9

    opened = Dossier.open(path)
    opened.close()

    assert dossier_file.inspect(path).revision == schema.HEAD_REVISION
    after = _rows(path, tables)
    for table in tables:
        assert len(after[table]) == len(before[table]), table
        for old, new in zip(before[table], after[table], strict=True):
            assert {k: new[k] for k in old} == old, table  # every column of every row
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    made = backups.backups_for(path)
    assert [b.reason for b in made] == ["migration"]
    assert dossier_file.inspect(made[0].path).revision == FIRST


def test_the_upgraded_dossier_works_with_the_current_code(tmp_path: Path) -> None:
    from ncm_desktop.storage import repository

    path = first_revision_dossier(tmp_path / "old.ncm")
    opened = Dossier.open(path)
    try:
        repository.save_person(opened, repository.PersonValues(full_name="Carla"))
    finally:
        opened.close()
    assert len(_rows(path, ["person"])["person"]) == 3


@pytest.fixture
def failing_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real migration scripts plus one that changes the schema, then fails."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails.py").write_text(
        '"""A migration that fails half-way."""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        f"revision = '9999'\ndown_revision = {schema.HEAD_REVISION!r}\n"
        "branch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n"
        "    op.add_column('person', sa.Column('nickname', sa.String(50)))\n"
        "    op.execute(\"UPDATE person SET full_name = 'broken'\")\n"
        "    op.execute('DELETE FROM organisation')\n"
        "    raise RuntimeError('this migration fails on purpose')\n\n"
        "def downgrade():\n    pass\n", encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    return scripts


def test_a_failed_migration_leaves_the_file_byte_for_byte(tmp_path: Path,
                                                         failing_scripts: Path) -> None:
    path = first_revision_dossier(tmp_path / "old.ncm")
    digest = _digest(path)
    with pytest.raises(MigrationFailed) as caught:
        Dossier.open(path)
    assert "on purpose" in caught.value.detail
    assert _digest(path) == digest
    assert _sidecars(path) == []
    assert not [p for p in path.parent.iterdir() if "before-upgrade" in p.name]
    assert not lock.lock_path(path).exists()
    assert caught.value.backup is not None and caught.value.backup.exists()
    assert dossier_file.inspect(caught.value.backup).revision == FIRST


def test_a_failed_migration_of_a_current_dossier_is_undone_too(dossier: Dossier,
                                                              failing_scripts: Path) -> None:
    from ncm_desktop.storage import repository

    repository.save_person(dossier, repository.PersonValues(full_name="Ana"))
    dossier.close()
    digest = _digest(dossier.path)
    with pytest.raises(MigrationFailed):
        migrate.upgrade_safely(dossier.path)
    assert _digest(dossier.path) == digest
    assert _rows(dossier.path, ["person"])["person"][0]["full_name"] == "Ana"


def test_a_dossier_from_a_newer_version_is_refused_and_untouched(dossier: Dossier) -> None:
    dossier.close()
    connection = sqlite3.connect(dossier.path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    connection.close()
    digest = _digest(dossier.path)
    for read_only in (False, True):
        with pytest.raises(DossierTooNew):
            Dossier.open(dossier.path, read_only=read_only)
    assert _digest(dossier.path) == digest
    assert _sidecars(dossier.path) == []
    assert not lock.lock_path(dossier.path).exists()
    assert backups.backups_for(dossier.path) == []
