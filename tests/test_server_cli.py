"""``ncm-desktop server init|upload|download|grant`` as separate processes, against the
test PostgreSQL server; the password comes from a PGPASSFILE, as an IT officer's would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ncm_desktop.storage import queries
from ncm_desktop.storage.connection import connect

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_database(postgres_server, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty database (no schema yet) and a PGPASSFILE holding the password."""
    import uuid

    name = f"ncm_cli_{uuid.uuid4().hex[:10]}"
    postgres_server.execute(f"CREATE DATABASE {name}")
    location, password = postgres_server.admin
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{location.host}:{location.port}:*:{location.user}:{password}\n")
    passfile.chmod(0o600)
    try:
        yield location.with_database(name), passfile
    finally:
        postgres_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run(*arguments: str, home: Path, passfile: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "PGPASSFILE": str(passfile)}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, timeout=120, check=False,
                          stdin=subprocess.DEVNULL)


def test_init_upload_grant_download(empty_database, demo_path: Path, tmp_path: Path,
                                    private_home: Path, postgres_server) -> None:
    location, passfile = empty_database
    url = location.url
    assert "ncm-test-password" not in url

    done = run("server", "init", url, home=private_home, passfile=passfile)
    assert done.returncode == 0, done.stderr
    assert "0008" in done.stdout and f"{location.database}_officer" in done.stdout

    done = run("server", "upload", str(demo_path), url, home=private_home, passfile=passfile)
    assert done.returncode == 0, done.stderr
    again = run("server", "upload", str(demo_path), url, home=private_home, passfile=passfile)
    assert again.returncode == 1 and "already holds a dossier" in again.stderr

    postgres_server.create_user("ncm_cli_reader", "r-secret")
    done = run("server", "grant", url, "ncm_cli_reader", "reader", home=private_home,
               passfile=passfile)
    assert done.returncode == 0, done.stderr
    assert "a reader (reads and prints only)" in done.stdout

    out = tmp_path / "laptop.ncm"
    done = run("server", "download", url, str(out), home=private_home, passfile=passfile)
    assert done.returncode == 0, done.stderr
    local, original = connect(out, read_only=True), connect(demo_path, read_only=True)
    try:
        assert queries.people(local) == queries.people(original)
    finally:
        local.close()
        original.close()


def test_a_wrong_password_and_a_bad_address_get_clear_messages(
        empty_database, private_home: Path, tmp_path: Path) -> None:
    location, _ = empty_database
    wrong = tmp_path / "wrong"
    wrong.write_text("*:*:*:*:not-the-password\n")
    wrong.chmod(0o600)
    done = run("server", "init", location.url, home=private_home, passfile=wrong)
    assert done.returncode == 1
    assert "refused the user name or the password" in done.stderr
    done = run("server", "init", "postgresql://127.0.0.1", home=private_home, passfile=wrong)
    assert done.returncode == 1 and "is not a server address" in done.stderr
    done = run("server", "init", "postgresql://127.0.0.1:1/x", home=private_home,
               passfile=wrong)
    assert done.returncode == 1 and "does not answer" in done.stderr
