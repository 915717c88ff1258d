"""``ncm-desktop import members`` and ``ncm-desktop exchange``, run as a user would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MEMBERS = (
    "Nom;Prénom;Institution;Sexe;Courriel\r\n"
    "Dupont;Amélie;Ministère de l’Intérieur;F;amelie@interieur.example\r\n"
    "Sow;Ibrahima;Direction générale des douanes;H;\r\n"
    "Dupont;Amélie;Ministère de l’Intérieur;F;\r\n"
)


def run(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def rows(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


@pytest.fixture
def member_list(tmp_path: Path) -> Path:
    path = tmp_path / "membres.csv"
    path.write_bytes(MEMBERS.encode("cp1252"))
    return path


def test_import_creates_the_dossier_and_reports_each_row(tmp_path: Path,
                                                         member_list: Path) -> None:
    dossier = tmp_path / "new.ncm"
    result = run(tmp_path / "home", "import", "members", str(dossier), str(member_list))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Column “Nom”: Family name" in lines
    assert any(line.startswith("Line 2: Amélie Dupont — Ministère de l’Intérieur [7.4.2.h")
               and line.endswith(": Added") for line in lines)
    assert any(line.startswith("Line 4:") and "duplicate of line 2" in line for line in lines)
    assert lines[-1] == ("People added: 2. New organisations: 2. Duplicates left out: 1. "
                         "Rows with problems left out: 0.")
    assert sorted(rows(dossier, "SELECT name, category_id FROM organisation")) == [
        ("Direction générale des douanes", "7.4.2.d"), ("Ministère de l’Intérieur", "7.4.2.h")]


def test_import_json_report(tmp_path: Path, member_list: Path) -> None:
    dossier = tmp_path / "new.ncm"
    result = run(tmp_path / "home", "import", "members", str(dossier), str(member_list),
                 "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(r["organisation"], r["category"], r["outcome"]) for r in report] == [
        ("Ministère de l’Intérieur", "7.4.2.h", "added"),
        ("Direction générale des douanes", "7.4.2.d", "added"),
        ("Ministère de l’Intérieur", "7.4.2.h", "duplicate"),
    ]
    assert report[2]["match"] == "name_and_organisation"
    assert report[2]["duplicate_of_line"] == 2
    assert report[0]["reason"] is None


def test_import_with_a_bad_row_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Organisation,Email\nJane Doe,Police,jane@police.example\n"
                    "John Roe,Police,john at police\n", encoding="utf-8")
    dossier = tmp_path / "new.ncm"
    result = run(tmp_path / "home", "import", "members", str(dossier), str(path),
                 "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [r["outcome"] for r in report] == ["not_added", "error"]
    assert report[1]["field"] == "email" and "john at police" in report[1]["reason"]
    assert not dossier.exists()  # created for the import, removed since nothing went in
    skipped = run(tmp_path / "home", "import", "members", str(dossier), str(path),
                  "--skip-bad-rows")
    assert skipped.returncode == 0, skipped.stderr
    assert rows(dossier, "SELECT full_name FROM person") == [("Jane Doe",)]


def test_import_of_a_broken_file_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Name,Organisation\n"Jane Doe,Police\n', encoding="utf-8")
    result = run(tmp_path / "home", "import", "members", str(tmp_path / "d.ncm"), str(path))
    assert result.returncode == 1
    assert "line 2" in result.stderr and "Nothing was imported" in result.stderr
    assert not (tmp_path / "d.ncm").exists()


def test_exchange_round_trip_with_a_passphrase(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source, target = tmp_path / "a.ncm", tmp_path / "b.ncm"
    assert run(home, "demo", str(source), "--members", "6").returncode == 0
    secret = tmp_path / "passphrase.txt"
    secret.write_text("Ouagadougou 2026\n", encoding="utf-8")
    package = tmp_path / "a.ncmx"
    exported = run(home, "exchange", "export", str(source), str(package),
                   "--passphrase-file", str(secret))
    assert exported.returncode == 0, exported.stderr
    assert "protected by a passphrase" in exported.stdout

    refused = run(home, "exchange", "merge", str(target), str(package))
    assert refused.returncode == 1 and "protected by a passphrase" in refused.stderr
    assert not target.exists()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ouagadougou 2026\n", encoding="utf-8")
    refused = run(home, "exchange", "merge", str(target), str(package),
                  "--passphrase-file", str(wrong))
    assert refused.returncode == 1 and "does not open" in refused.stderr

    merged = run(home, "exchange", "merge", str(target), str(package),
                 "--passphrase-file", str(secret), "--format", "json")
    assert merged.returncode == 0, merged.stderr
    report = json.loads(merged.stdout)
    assert report["added"]["person"] == 6 and report["conflicts"] == []
    assert report["backup"] and Path(report["backup"]).exists()
    again = run(home, "exchange", "merge", str(target), str(package),
                "--passphrase-file", str(secret))
    assert again.returncode == 0
    assert "Nothing changed" in again.stdout
    assert rows(target, "SELECT count(*) FROM person") == [(6,)]


def test_exchange_lists_conflicts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source, target = tmp_path / "a.ncm", tmp_path / "b.ncm"
    run(home, "demo", str(source), "--members", "3")
    run(home, "exchange", "export", str(source), str(tmp_path / "1.ncmx"))
    assert run(home, "exchange", "merge", str(target), str(tmp_path / "1.ncmx")).returncode == 0
    for path, name in ((target, "Name In B"), (source, "Name In A")):  # A changes it last
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("UPDATE person SET full_name = ?, modified_at = ? "
                               "WHERE role = 'chair'", (name, now))
        connection.close()
    run(home, "exchange", "export", str(source), str(tmp_path / "2.ncmx"))
    result = run(home, "exchange", "merge", str(target), str(tmp_path / "2.ncmx"))
    assert result.returncode == 0, result.stderr
    assert "changed in both dossiers since they last exchanged" in result.stdout
    assert "Person “Name In B”: took the other dossier's version (full_name)" in result.stdout
    assert rows(target, "SELECT full_name FROM person WHERE role = 'chair'") == [("Name In A",)]
    assert rows(target, "SELECT label, reason, side FROM merge_history") == [
        ("Name In B", "conflict", "this_dossier")]
