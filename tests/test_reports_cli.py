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
