"""``ncm-desktop export`` in a subprocess, as scripts use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pdf_reading import EMAIL, text
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


def _run(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_export_writes_the_public_roster(demo_path: Path, tmp_path: Path,
                                         private_home: Path) -> None:
    target = tmp_path / "public.pdf"
    done = _run("export", "roster", str(demo_path), "-o", str(target), "--public",
                "--lang", "ar", home=private_home)
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(target).pages)
    from PySide6.QtCore import QLocale

    from ncm_desktop.i18n.languages import language

    shown = QLocale(language("ar").qt_locale).toString(pages)
    assert str(target) in done.stdout and f"({shown} " in done.stdout
    assert EMAIL.findall(text(target)) == []
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "ar"


def test_export_to_a_missing_folder_fails_cleanly(demo_path: Path, tmp_path: Path,
                                                  private_home: Path) -> None:
    target = tmp_path / "nowhere" / "letters.pdf"
    done = _run("export", "letters", str(demo_path), "-o", str(target), home=private_home)
    assert done.returncode == 1
    assert "its folder does not exist" in done.stderr
    assert not target.parent.exists()


def test_public_is_refused_where_it_does_not_apply(demo_path: Path, tmp_path: Path,
                                                   private_home: Path) -> None:
    target = tmp_path / "attendance.pdf"
    done = _run("export", "attendance", str(demo_path), "-o", str(target), "--public",
                home=private_home)
    assert done.returncode == 2
    assert "--public applies only to: roster" in done.stderr
    assert not target.exists()


def test_export_of_a_file_that_is_not_a_dossier(tmp_path: Path, private_home: Path) -> None:
    bogus = tmp_path / "notes.ncm"
    bogus.write_text("not a dossier")
    done = _run("export", "poa-section1", str(bogus), "-o", str(tmp_path / "x.pdf"),
                home=private_home)
    assert done.returncode == 1 and "is not an NCM Desktop dossier" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_loads_only_what_it_needs_and_leaves_the_dossier_as_it_was(
        demo_path: Path, tmp_path: Path, private_home: Path) -> None:
    """No SQLAlchemy, no models, no other sub-command: they cost more than the roster."""
    content = demo_path.read_bytes()
    target = tmp_path / "roster.pdf"
    code = ("import sys; from ncm_desktop.launcher import main; code = main(sys.argv[1:]); "
            "print(*sorted(sys.modules)); sys.exit(code)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(private_home),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, "export", "roster", str(demo_path),
                           "-o", str(target)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "ncm_desktop.reports.roster" in loaded and len(PdfReader(target).pages) > 1
    unwanted = {"sqlalchemy", "alembic", "ncm_desktop.storage.models",
                "ncm_desktop.storage.database", "ncm_desktop.cli.backup_command",
                "ncm_desktop.cli.readiness_command", "ncm_desktop.cli.import_command",
                "ncm_desktop.cli.exchange_command"}
    assert loaded & unwanted == set()
    assert demo_path.read_bytes() == content
    assert not demo_path.with_name(f".{demo_path.name}.lock").exists()


def test_every_sub_command_still_has_its_help(private_home: Path) -> None:
    for command in ("export", "backup", "readiness"):
        done = _run(command, "--help", home=private_home)
        assert done.returncode == 0, done.stderr
        assert f"usage: ncm-desktop {command}" in done.stdout


def test_export_of_an_older_dossier_upgrades_it_first(tmp_path: Path,
                                                     private_home: Path) -> None:
    from old_dossiers import first_revision_dossier

    from ncm_desktop.storage import dossier_file

    old = first_revision_dossier(tmp_path / "old.ncm")
    assert dossier_file.inspect(old).needs_upgrade
    target = tmp_path / "roster.pdf"
    done = _run("export", "roster", str(old), "-o", str(target), home=private_home)
    assert done.returncode == 0, done.stderr
    assert not dossier_file.inspect(old).needs_upgrade
    assert "Ana Diallo" in text(target) and "Ministry of the Interior" in text(target)
