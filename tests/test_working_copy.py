"""A dossier on a removable or network drive, worked on through a local copy."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ncm_desktop.storage import backups, dossier_file, repository, working_copy
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.working_copy import WorkingCopy

REPO = Path(__file__).resolve().parent.parent


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT full_name FROM person ORDER BY 1")]
    finally:
        connection.close()


def _journal(path: Path) -> int:
    """Bytes 18-19 of the header: 1 for the rollback journal, 2 for WAL."""
    return path.read_bytes()[18]


@pytest.fixture
def on_stick(tmp_path: Path) -> Path:
    """A closed dossier in a folder standing for a USB stick."""
    stick = tmp_path / "stick"
    stick.mkdir()
    created = Dossier.create(stick / "commission.ncm")
    repository.save_person(created, repository.PersonValues(full_name="Ana"))
    created.close()
    return created.path


def _write(local: Path, name: str) -> None:
    opened = Dossier.open(local)
    try:
        repository.save_person(opened, repository.PersonValues(full_name=name))
    finally:
        opened.close()


def test_the_copy_is_local_and_written_back_whole(on_stick: Path) -> None:
    copy = WorkingCopy.open(on_stick)
    assert copy.local.parent.parent.name == "working-copies"
    assert working_copy.live_path(on_stick) == copy.local
    assert not copy.sync()  # nothing to write back yet
    _write(copy.local, "Bruno")
    assert _names(on_stick) == ["Ana"]  # nothing written to the drive yet
    assert copy.sync()
    assert _names(on_stick) == ["Ana", "Bruno"]
    assert _journal(on_stick) == 1  # a single file on the drive, no write-ahead log
    assert not copy.sync()  # nothing new
    dossier_file.quick_check(on_stick)
    assert not [p for p in on_stick.parent.iterdir() if p.name.endswith(".tmp")]
    copy.close()
    assert not copy.local.parent.exists()
    assert working_copy.live_path(on_stick) is None


def test_backups_of_the_dossier_are_taken_from_the_copy(on_stick: Path) -> None:
    copy = WorkingCopy.open(on_stick)
    try:
        _write(copy.local, "Bruno")
        made = backups.backup_now(on_stick, backups.Reason.IMPORT)
        assert _names(made.path) == ["Ana", "Bruno"]
    finally:
        copy.close()


def test_a_removed_drive_loses_nothing(on_stick: Path, tmp_path: Path) -> None:
    copy = WorkingCopy.open(on_stick)
    _write(copy.local, "Bruno")
    away = tmp_path / "pulled-out"
    on_stick.parent.rename(away)  # the stick is pulled out
    with pytest.raises(OSError):
        copy.sync()
    with pytest.raises(OSError):
        copy.close()
    assert copy.local.exists()  # the changes stay on this computer
    away.rename(on_stick.parent)  # plugged in again
    assert _names(on_stick) == ["Ana"]
    again = WorkingCopy.open(on_stick)
    try:
        assert again.recovered
        assert _names(on_stick) == ["Ana", "Bruno"]  # written back at once
    finally:
        again.close()


def _crash_while_open(original: Path, name: str | None) -> None:
    """Another run of the program opens a working copy, changes it (if ``name``) and is
    killed before writing it back."""
    script = (
        "import sys, time; from pathlib import Path\n"
        "from ncm_desktop.storage import repository\n"
        "from ncm_desktop.storage.database import Dossier\n"
        "from ncm_desktop.storage.working_copy import WorkingCopy\n"
        "copy = WorkingCopy.open(Path(sys.argv[1]))\n"
        "if sys.argv[2]:\n"
        "    d = Dossier.open(copy.local)\n"
        "    repository.save_person(d, repository.PersonValues(full_name=sys.argv[2]))\n"
        "    d.close()\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(original), name or ""],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_changes_left_by_a_crash_are_written_back_at_the_next_open(on_stick: Path) -> None:
    _crash_while_open(on_stick, "Bruno")
    assert _names(on_stick) == ["Ana"]
    again = WorkingCopy.open(on_stick)
    try:
        assert again.recovered and again.kept_backup is None
        assert _names(on_stick) == ["Ana", "Bruno"]
    finally:
        again.close()


def test_a_leftover_copy_does_not_overwrite_changes_made_elsewhere(on_stick: Path) -> None:
    _crash_while_open(on_stick, "Bruno")
    _write(on_stick, "Carla")  # meanwhile someone changes the file on the drive
    again = WorkingCopy.open(on_stick)
    try:
        assert not again.recovered
        assert again.kept_backup is not None
        assert _names(again.kept_backup) == ["Ana", "Bruno"]
        assert _names(again.local) == ["Ana", "Carla"]
        assert backups.backups_for(on_stick)[0].reason == "working-copy"
    finally:
        again.close()
    assert _names(on_stick) == ["Ana", "Carla"]


def test_an_unchanged_leftover_is_simply_taken_up(on_stick: Path) -> None:
    _crash_while_open(on_stick, None)
    again = WorkingCopy.open(on_stick)
    try:
        assert not again.recovered and again.kept_backup is None
        assert backups.backups_for(on_stick) == []
    finally:
        again.close()
