"""The command line: check reports backups, backup and restore, locks and bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ncm_desktop.storage import backups, lock

REPO = Path(__file__).resolve().parent.parent


def run(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NCM_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments, "--lang", "en"],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x5a" * 16384)


def test_check_reports_backups_and_drive(demo_path: Path, private_home: Path) -> None:
    result = run("check", str(demo_path), home=private_home)
    assert result.returncode == 0, result.stderr
    assert "No backup of this dossier yet." in result.stdout
    assert "Drive: local." in result.stdout
    made = backups.backup_now(demo_path, backups.Reason.MANUAL)
    result = run("check", str(demo_path), home=private_home)
    assert "1 backup; the latest made on" in result.stdout
    assert str(made.path) in result.stdout
    assert result.stdout.strip().endswith("The dossier is sound.")


def test_a_damaged_dossier_names_its_latest_good_backup(demo_path: Path,
                                                        private_home: Path) -> None:
    made = backups.backup_now(demo_path, backups.Reason.MANUAL)
    _damage(demo_path)
    result = run("check", str(demo_path), home=private_home)
    assert result.returncode == 1
    assert "is damaged" in result.stderr
    assert f"The latest good backup is {made.path}" in result.stderr
    restored = run("restore", str(demo_path), "latest", home=private_home)
    assert restored.returncode == 0, restored.stderr
    assert f"from the backup {made.path}" in restored.stdout
    assert run("check", str(demo_path), home=private_home).returncode == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is an empty file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is not an NCM Desktop dossier"),
])
def test_check_refuses_files_that_are_not_dossiers(tmp_path: Path, private_home: Path,
                                                   content: bytes, message: str) -> None:
    path = tmp_path / "x.ncm"
    path.write_bytes(content)
    result = run("check", str(path), home=private_home)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_check_refuses_a_truncated_dossier(demo_path: Path, private_home: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 3])
    result = run("check", str(demo_path), home=private_home)
    assert result.returncode == 1
    assert "is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_and_list(demo_path: Path, private_home: Path) -> None:
    result = run("backup", str(demo_path), home=private_home)
    assert result.returncode == 0, result.stderr
    assert "Backup written:" in result.stdout
    listed = run("backup", "--list", str(demo_path), home=private_home)
    assert "manual" in listed.stdout and "60 people" in listed.stdout


def test_restore_refuses_while_the_dossier_is_open_and_forces_a_stale_lock(
        demo_path: Path, private_home: Path) -> None:
    made = backups.backup_now(demo_path, backups.Reason.MANUAL)
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    owner = {"host": lock.host_name(), "pid": holder.pid, "user": "bruno",
             "started": lock.process_start(holder.pid),
             "opened_at": "2026-05-12T08:00:00+00:00"}
    try:
        lock.lock_path(demo_path).write_text(json.dumps(owner))
        result = run("restore", str(demo_path), str(made.path), "--force", home=private_home)
        assert result.returncode == 1
        assert "is open in another copy of NCM Desktop (bruno on" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    # the holder has stopped: its lock is stale
    result = run("restore", str(demo_path), str(made.path), home=private_home)
    assert result.returncode == 1
    assert "no longer running" in result.stderr and "--force" in result.stderr
    result = run("restore", str(demo_path), str(made.path), "--force", home=private_home)
    assert result.returncode == 0, result.stderr
    assert not lock.lock_path(demo_path).exists()


def test_restore_without_any_backup(demo_path: Path, private_home: Path) -> None:
    result = run("restore", str(demo_path), "latest", home=private_home)
    assert result.returncode == 1
    assert "No usable backup" in result.stderr


def test_demo_never_replaces_a_dossier_open_elsewhere(demo_path: Path,
                                                      private_home: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock.lock_path(demo_path).write_text(json.dumps({
            "host": lock.host_name(), "pid": holder.pid, "user": "bruno",
            "started": lock.process_start(holder.pid), "opened_at": ""}))
        before = demo_path.read_bytes()
        result = run("demo", str(demo_path), home=private_home)
        assert result.returncode == 1
        assert demo_path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_the_window_smoke_test_leaves_no_lock_behind(demo_path: Path,
                                                     private_home: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NCM_DESKTOP_HOME": str(private_home),
           "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):  # the second run would find a stale lock if the first left one
        result = subprocess.run([sys.executable, "-m", "ncm_desktop", "--smoke-test",
                                 str(demo_path)], capture_output=True, text=True, env=env,
                                timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        assert not lock.lock_path(demo_path).exists()
