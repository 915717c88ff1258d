"""The command line, run as users and scripts run it: a separate process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import ncm_desktop

ROOT = Path(__file__).resolve().parent.parent


def run(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_version(private_home: Path) -> None:
    result = run("--version", home=private_home)
    assert result.returncode == 0
    assert ncm_desktop.__version__ in result.stdout


def test_demo_then_check(tmp_path: Path, private_home: Path) -> None:
    target = tmp_path / "sample.ncm"
    written = run("demo", str(target), "--members", "40", home=private_home)
    assert written.returncode == 0, written.stderr
    assert str(target) in written.stdout

    checked = run("check", str(target), home=private_home)
    assert checked.returncode == 0, checked.stderr
    assert "Rows in person: 40" in checked.stdout
    assert "Rows in organisation: 32" in checked.stdout
    from ncm_desktop.storage.schema import HEAD_REVISION

    assert f"Schema revision: {HEAD_REVISION}" in checked.stdout
    names = {row[0] for row in sqlite3.connect(target).execute("SELECT full_name FROM person")}
    assert len(names) > 20  # varied names, not one repeated


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", b"hello"])
def test_check_refuses_what_is_not_a_dossier(tmp_path: Path, private_home: Path,
                                             content: bytes) -> None:
    path = tmp_path / "bad.ncm"
    path.write_bytes(content)
    result = run("check", str(path), home=private_home)
    assert result.returncode == 1
    assert "Error:" in result.stderr
    assert str(path) in result.stderr
    assert path.read_bytes() == content


def test_check_finds_a_damaged_dossier(demo_path: Path, private_home: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    page = 4096
    data[page * 3: page * 3 + 512] = b"\xff" * 512  # scribble over a b-tree page
    demo_path.write_bytes(bytes(data))
    result = run("check", str(demo_path), home=private_home)
    assert result.returncode == 1
    assert "damaged" in result.stderr


def test_check_of_a_missing_file(tmp_path: Path, private_home: Path) -> None:
    result = run("check", str(tmp_path / "gone.ncm"), home=private_home)
    assert result.returncode == 1
    assert "There is no dossier" in result.stderr


def test_messages_follow_lang(tmp_path: Path, private_home: Path) -> None:
    """The message is translated when a translation exists; the code path is the same."""
    result = run("--lang", "fr", "check", str(tmp_path / "gone.ncm"), home=private_home)
    assert result.returncode == 1
    assert str(tmp_path / "gone.ncm") in result.stderr


def test_demo_into_a_missing_folder_fails_cleanly(tmp_path: Path, private_home: Path) -> None:
    result = run("demo", str(tmp_path / "missing" / "x.ncm"), home=private_home)
    assert result.returncode == 1
    assert "cannot be written" in result.stderr
    assert not (tmp_path / "missing").exists()


def test_smoke_test_opens_and_paints_the_demo(demo_path: Path, private_home: Path) -> None:
    result = run("--smoke-test", str(demo_path), home=private_home)
    assert result.returncode == 0, result.stderr


def test_smoke_test_fails_on_a_file_that_is_not_a_dossier(tmp_path: Path,
                                                          private_home: Path) -> None:
    path = tmp_path / "notes.ncm"
    path.write_text("not a dossier")
    result = run("--smoke-test", str(path), home=private_home)
    assert result.returncode != 0


def test_first_start_creates_the_default_dossier(private_home: Path) -> None:
    result = run("--smoke-test", home=private_home)
    assert result.returncode == 0, result.stderr
    assert (private_home / "data" / "national-mechanism.ncm").exists()


def test_demo_flag_opens_the_sample(private_home: Path) -> None:
    result = run("--demo", "--smoke-test", home=private_home)
    assert result.returncode == 0, result.stderr
    assert (private_home / "data" / "demo.ncm").exists()
