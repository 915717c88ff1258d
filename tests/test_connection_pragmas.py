"""The settings that keep a dossier safe, asserted on every kind of connection."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ncm_desktop.storage.connection import DELETE, WAL, connect, pragma_values
from ncm_desktop.storage.database import Dossier, make_engine
from ncm_desktop.storage.schema import APPLICATION_ID

REPO = Path(__file__).resolve().parent.parent
SAFE = {"synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000,
        "application_id": APPLICATION_ID}


def test_a_direct_connection_has_every_setting(dossier: Dossier) -> None:
    connection = connect(dossier.path)
    try:
        assert pragma_values(connection) == {**SAFE, "journal_mode": WAL}
    finally:
        connection.close()


def test_the_rollback_journal_for_network_drives(dossier: Dossier) -> None:
    dossier.close()
    connection = connect(dossier.path, journal_mode=DELETE)
    try:
        assert pragma_values(connection) == {**SAFE, "journal_mode": DELETE}
        connection.execute("UPDATE mechanism SET name = 'x'")
        assert not dossier.path.with_name(dossier.path.name + "-wal").exists()
    finally:
        connection.close()
    with pytest.raises(ValueError):
        connect(dossier.path, journal_mode="memory")


def test_every_connection_of_sqlalchemys_pool_has_every_setting(dossier: Dossier) -> None:
    engine = make_engine(dossier.path)
    try:
        # Raw checkouts: more than the pool keeps, without SQLAlchemy's BEGIN IMMEDIATE.
        held = [engine.raw_connection() for _ in range(4)]
        try:
            for connection in held:
                values = {name: connection.driver_connection.execute(  # type: ignore[union-attr]
                    f"PRAGMA {name}").fetchone()[0] for name in SAFE}
                assert values == SAFE
                assert connection.driver_connection.execute(  # type: ignore[union-attr]
                    "PRAGMA journal_mode").fetchone()[0] == WAL
        finally:
            for connection in held:
                connection.close()
        engine.dispose()
        with engine.connect() as fresh:  # a new connection after the pool was emptied
            assert fresh.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        engine.dispose()


def test_the_dossiers_own_sessions_have_every_setting(dossier: Dossier) -> None:
    with dossier.transaction() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2
        assert session.execute(text("PRAGMA journal_mode")).scalar() == WAL


def test_read_only_connections_never_write(dossier: Dossier) -> None:
    reader = connect(dossier.path, read_only=True)
    try:
        assert reader.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert reader.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("UPDATE mechanism SET name = 'changed'")
    finally:
        reader.close()
    read_only = Dossier.open(dossier.path, read_only=True)
    try:
        with pytest.raises(Exception, match="readonly"), read_only.transaction() as session:
            session.execute(text("UPDATE mechanism SET name = 'changed'"))
    finally:
        read_only.close()


def test_a_reader_sees_what_a_writer_commits_while_both_are_open(dossier: Dossier) -> None:
    from ncm_desktop.storage import repository

    reader = connect(dossier.path, read_only=True)
    try:
        assert dossier.path.with_name(dossier.path.name + "-shm").exists()
        repository.save_organisation(dossier, repository.OrganisationValues(name="Customs"))
        names = [r[0] for r in reader.execute("SELECT name FROM organisation")]
        assert names == ["Customs"]
    finally:
        reader.close()


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="ncm-ro-"))
    top.chmod(0o755)
    folder = top / "dossiers"
    folder.mkdir(mode=0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(top, ignore_errors=True)


def _read_as_someone_else(path: Path) -> subprocess.CompletedProcess[str]:
    """Open ``path`` read-only as a user who cannot write its folder.  chmod does not stop
    root, so root runs the check as 'nobody', with the interpreter itself (not a virtual
    environment that may sit in a private folder) and a copy of the package."""
    script = (
        "import sys; from pathlib import Path\n"
        "from ncm_desktop.storage.connection import connect\n"
        "from ncm_desktop.storage.errors import ReadOnlyUnavailable\n"
        "try:\n"
        "    c = connect(Path(sys.argv[1]), read_only=True)\n"
        "except ReadOnlyUnavailable:\n"
        "    print('unavailable'); sys.exit(0)\n"
        "print(c.execute('SELECT count(*) FROM organisation').fetchone()[0])\n"
    )
    code = REPO
    command = [sys.executable, "-c", script, str(path)]
    if os.geteuid() == 0:
        code = path.parent.parent / "code"
        if not code.exists():
            shutil.copytree(REPO / "ncm_desktop", code / "ncm_desktop",
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            for folder, _, names in os.walk(code):
                os.chmod(folder, 0o755)
                for name in names:
                    os.chmod(Path(folder) / name, 0o644)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                   os.path.realpath(sys.executable), "-c", script, str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60,
                          env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(code)},
                          check=False)


def _copy_with_log(dossier: Dossier, folder: Path, rows: int) -> Path:
    """A WAL dossier copied with its write-ahead log and without its index (-shm), as
    a program that did not close it would leave it on a write-protected stick."""
    from ncm_desktop.storage import repository

    for number in range(rows):
        repository.save_organisation(dossier, repository.OrganisationValues(name=f"O{number}"))
    target = folder / "copy.ncm"
    shutil.copyfile(dossier.path, target)
    shutil.copyfile(dossier.path.with_name(dossier.path.name + "-wal"),
                    folder / "copy.ncm-wal")
    return target


def test_read_only_on_a_read_only_folder(dossier: Dossier, shared_folder: Path) -> None:
    from ncm_desktop.storage import repository

    repository.save_organisation(dossier, repository.OrganisationValues(name="Police"))
    dossier.close()  # closing checkpoints: the file alone holds everything
    target = shared_folder / "closed.ncm"
    shutil.copyfile(dossier.path, target)
    target.chmod(0o644)
    shared_folder.chmod(0o555)
    result = _read_as_someone_else(target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"  # opened as immutable: no index was needed


def test_read_only_refuses_to_ignore_a_leftover_log(dossier: Dossier,
                                                    shared_folder: Path) -> None:
    target = _copy_with_log(dossier, shared_folder, rows=3)
    for item in shared_folder.iterdir():
        item.chmod(0o644)
    shared_folder.chmod(0o555)
    result = _read_as_someone_else(target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "unavailable"

