"""The one open policy (storage.opening), without Qt, and the command line going through it.

A USB stick is simulated as the other tests do it: its folder is reported as a removable
drive (``drives.detect``), everything else is real (files, locks, SQLite, the CLI).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ncm_desktop.cli.main import run as run_cli
from ncm_desktop.storage import drives, lock, opening, repository, working_copy
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.drives import Drive, DriveKind
from ncm_desktop.storage.errors import DossierInUse
from tests.old_dossiers import first_revision_dossier

ROOT = Path(__file__).resolve().parent.parent
MEMBERS = "Nom;Prénom;Institution;Sexe\r\nDupont;Amélie;Ministère de l’Intérieur;F\r\n"


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute(
            "SELECT full_name FROM person ORDER BY full_name")]
    finally:
        connection.close()


def _journal(path: Path) -> int:
    """Byte 18 of the header: 1 for the rollback journal (how a working copy is written
    back), 2 for the write-ahead log (what a direct write on a removable drive leaves)."""
    return path.read_bytes()[18]


def _as_a_direct_write_leaves_it(path: Path) -> None:
    """Put the file in write-ahead-log mode, as a write on the removable drive would."""
    direct = sqlite3.connect(path)
    try:
        direct.execute("PRAGMA journal_mode = WAL")
    finally:
        direct.close()


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that the program sees as a USB stick."""
    folder = tmp_path / "stick"
    folder.mkdir()
    real_detect = drives.detect
    removable = Drive(DriveKind.REMOVABLE, str(folder), "vfat")

    def detect(path: Path) -> Drive:
        inside = Path(path).resolve().is_relative_to(folder.resolve())
        return removable if inside else real_detect(path)

    monkeypatch.setattr(drives, "detect", detect)
    return folder


def _dossier_with(path: Path, *names: str) -> Path:
    created = Dossier.create(path)
    try:
        for name in names:
            repository.save_person(created, repository.PersonValues(full_name=name))
    finally:
        created.close()
    return path


def test_writing_on_a_stick_goes_through_a_local_copy(stick: Path) -> None:
    path = _dossier_with(stick / "commission.ncm", "Ana")
    opened = opening.open_dossier(path)
    assert opened.working_copy is not None
    assert opened.database_path == opened.working_copy.local != path
    assert lock.holds(path)
    dossier = Dossier.on(opened)
    repository.save_person(dossier, repository.PersonValues(full_name="Bruno"))
    assert _names(path) == ["Ana"]  # the stick is not written while the dossier is open
    dossier.close()
    opened.close()
    assert _names(path) == ["Ana", "Bruno"]
    assert _journal(path) == 1
    assert not lock.holds(path) and not lock.lock_path(path).exists()
    assert working_copy.live_path(path) is None


def test_a_local_dossier_is_opened_where_it_is(tmp_path: Path) -> None:
    path = _dossier_with(tmp_path / "a.ncm")
    opened = opening.open_dossier(path)
    try:
        assert opened.working_copy is None and opened.database_path == path
        assert not opened.upgraded and opened.holder is None
    finally:
        opened.close()


def test_reading_an_older_dossier_upgrades_a_private_copy_only(tmp_path: Path) -> None:
    path = first_revision_dossier(tmp_path / "old.ncm")
    before = path.read_bytes()
    opened = opening.open_dossier(path, read_only=True)
    copy = opened.database_path
    assert opened.is_read_only_copy and copy != path and copy.exists()
    connection = opened.connect()
    try:
        assert connection.execute("SELECT count(*) FROM mechanism").fetchone()[0] == 1
    finally:
        connection.close()
    opened.close()
    assert not copy.exists()
    assert path.read_bytes() == before


def test_opening_for_writing_upgrades_and_says_so(tmp_path: Path) -> None:
    path = first_revision_dossier(tmp_path / "old.ncm")
    opened = opening.open_dossier(path)
    opened.close()
    assert opened.upgraded
    assert not opening.open_dossier(path, read_only=True).is_read_only_copy


def test_a_dossier_in_use_is_refused_and_nothing_is_left_held(stick: Path) -> None:
    path = _dossier_with(stick / "commission.ncm")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        owner = lock.current_owner()
        lock.lock_path(path).write_text(json.dumps({
            "host": owner.host, "pid": holder.pid, "user": "other",
            "started": lock.process_start(holder.pid) or "", "opened_at": ""}),
            encoding="utf-8")
        with pytest.raises(DossierInUse):
            opening.open_dossier(path, force=True)
        assert working_copy.live_path(path) is None  # no copy was made
        reading = opening.open_dossier(path, read_only=True)
        assert reading.holder is not None and reading.holder.pid == holder.pid
        reading.close()
    finally:
        holder.kill()
        holder.wait()


def test_the_policy_needs_no_qt(tmp_path: Path) -> None:
    path = _dossier_with(tmp_path / "a.ncm", "Ana")
    script = (
        "import sys\n"
        "from ncm_desktop.storage.opening import open_dossier\n"
        "opened = open_dossier(sys.argv[1])\n"
        "opened.close()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_import_members_on_a_stick_goes_through_the_working_copy(
        stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = stick / "commission.ncm"
    members = tmp_path / "membres.csv"
    members.write_bytes(MEMBERS.encode("cp1252"))
    for created in (True, False):  # a new dossier, then an existing one
        if not created:
            path.unlink()
            _dossier_with(path, "Ana")
            assert _journal(path) == 1  # made by Dossier.create: through a copy too
            _as_a_direct_write_leaves_it(path)
            assert _journal(path) == 2
        assert run_cli(["import", "members", str(path), str(members)]) == 0, \
            capsys.readouterr().err
        assert "Amélie Dupont" in _names(path)
        assert _journal(path) == 1  # written back from the working copy
        assert working_copy.live_path(path) is None
        assert not lock.lock_path(path).exists()
        assert not [p for p in stick.iterdir() if p.name.endswith((".tmp", ".lock"))]


def test_exchange_merge_on_a_stick_goes_through_the_working_copy(
        stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _dossier_with(tmp_path / "office.ncm", "Carla", "Dmitri")
    package = tmp_path / "office.ncmx"
    assert run_cli(["exchange", "export", str(source), str(package)]) == 0
    target = stick / "field.ncm"
    _dossier_with(target, "Ana")
    _as_a_direct_write_leaves_it(target)
    assert _journal(target) == 2
    capsys.readouterr()
    assert run_cli(["exchange", "merge", str(target), str(package), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"]["person"] == 2
    assert _names(target) == ["Ana", "Carla", "Dmitri"]
    assert _journal(target) == 1  # written back from the working copy
    assert working_copy.live_path(target) is None
    assert not [p for p in stick.iterdir() if p.name.endswith((".tmp", ".lock"))]
