"""Creating, opening and recognising dossier files on disk."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from ncm_desktop.storage import dossier_file, migrate
from ncm_desktop.storage.connection import connect, pragma_values
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import (
    DossierNotFound,
    DossierTooNew,
    FolderNotWritable,
    NotADossier,
)
from ncm_desktop.storage.models import Mechanism
from ncm_desktop.storage.schema import APPLICATION_ID, HEAD_REVISION, REVISIONS


def test_schema_revisions_match_the_alembic_scripts() -> None:
    assert migrate.script_revisions() == list(REVISIONS)


def test_a_new_dossier_is_built_by_the_migrations(tmp_path: Path) -> None:
    path = tmp_path / "new.ncm"
    Dossier.create(path, state_name="Testland", name="National Commission").close()

    info = dossier_file.inspect(path)
    assert info.revision == HEAD_REVISION
    connection = sqlite3.connect(path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE "
                                                   "type = 'table'")}
    assert {"mechanism", "organisation", "person", "national_authority",
            "point_of_contact", "point_of_contact_instrument", "alembic_version"} <= tables
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_the_mechanism_row_round_trips_with_utc_timestamps(tmp_path: Path) -> None:
    dossier = Dossier.create(tmp_path / "m.ncm", state_name="Testland", name="NatCom")
    with dossier.session() as session:
        mechanism = session.scalars(select(Mechanism)).one()
    dossier.close()
    assert (mechanism.state_name, mechanism.name) == ("Testland", "NatCom")
    assert mechanism.created_at.tzinfo is UTC
    assert abs(datetime.now(UTC) - mechanism.created_at).total_seconds() < 60


def test_every_connection_gets_the_safe_pragmas(dossier: Dossier) -> None:
    values = pragma_values(connect(dossier.path))
    assert values["journal_mode"] == "wal"
    assert values["synchronous"] == 2  # FULL
    assert values["foreign_keys"] == 1
    with dossier.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DossierNotFound):
        Dossier.open(tmp_path / "nowhere.ncm")


def test_a_zero_byte_file_is_not_a_dossier(tmp_path: Path) -> None:
    path = tmp_path / "empty.ncm"
    path.write_bytes(b"")
    with pytest.raises(NotADossier) as caught:
        Dossier.open(path)
    assert caught.value.reason is NotADossier.Reason.EMPTY
    assert path.read_bytes() == b""


def test_a_pdf_renamed_ncm_is_not_a_dossier_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "report.ncm"
    content = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    path.write_bytes(content)
    with pytest.raises(NotADossier) as caught:
        Dossier.open(path)
    assert caught.value.reason is NotADossier.Reason.NOT_SQLITE
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.ncm"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(NotADossier) as caught:
        Dossier.open(path)
    assert caught.value.reason is NotADossier.Reason.FOREIGN


def test_a_dossier_from_a_newer_version_is_refused_untouched(dossier: Dossier) -> None:
    path = dossier.path
    dossier.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DossierTooNew) as caught:
        Dossier.open(path)
    assert caught.value.revision == "9999"
    assert path.read_bytes() == before


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder no one may write to: chmod'ed, or /proc when running as root (CI)."""
    if os.geteuid() == 0:
        yield Path("/proc")
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_a_read_only_folder_gets_a_clear_error_and_no_leftovers(read_only_folder: Path) -> None:
    with pytest.raises(FolderNotWritable):
        Dossier.create(read_only_folder / "new.ncm")
    assert [p for p in read_only_folder.iterdir() if "new.ncm" in p.name] == []


def test_a_missing_folder_gets_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FolderNotWritable):
        Dossier.create(tmp_path / "no-such-folder" / "new.ncm")
