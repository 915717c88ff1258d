"""``ncm-desktop export`` of the plan and the meetings' hand-outs, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from pdf_reading import text
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


def _run(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_export_the_action_plan_as_pdf_and_spreadsheet(demo_path: Path, tmp_path: Path,
                                                       private_home: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    done = _run("export", "action-plan", str(demo_path), "-o", str(pdf), home=private_home)
    assert done.returncode == 0, done.stderr
    pages = len(PdfReader(pdf).pages)
    assert f"Wrote National Action Plan ({pages} pages) to {pdf}." in done.stdout
    assert "Timeline by quarter" in text(pdf)

    sheet = tmp_path / "plan.xlsx"
    done = _run("export", "action-plan", str(demo_path), "-o", str(sheet), "--lang", "fr",
                home=private_home)
    assert done.returncode == 0, done.stderr
    assert str(sheet) in done.stdout and "page" not in done.stdout
    workbook = openpyxl.load_workbook(sheet)
    assert workbook.properties.language == "fr"
    assert workbook.worksheets[0].max_row > 12


def test_export_the_minutes_of_a_meeting_named_by_its_date(demo_path: Path, tmp_path: Path,
                                                           private_home: Path) -> None:
    target = tmp_path / "minutes.pdf"
    done = _run("export", "minutes", str(demo_path), "-o", str(target), "--meeting",
                "2026-03-12", home=private_home)
    assert done.returncode == 0, done.stderr
    assert "First ordinary session of 2026" in text(target)

    missing = _run("export", "minutes", str(demo_path), "-o", str(tmp_path / "m.pdf"),
                   home=private_home)
    assert missing.returncode == 1 and "--meeting" in missing.stderr
    unknown = _run("export", "minutes", str(demo_path), "-o", str(tmp_path / "m.pdf"),
                   "--meeting", "2030-01-01", home=private_home)
    assert unknown.returncode == 1 and "No meeting matches “2030-01-01”" in unknown.stderr
    assert not (tmp_path / "m.pdf").exists()


def test_formats_and_meetings_are_refused_where_they_do_not_apply(
        demo_path: Path, tmp_path: Path, private_home: Path) -> None:
    roster = tmp_path / "roster.xlsx"
    done = _run("export", "roster", str(demo_path), "-o", str(roster), home=private_home)
    assert done.returncode == 1 and "made as .pdf only" in done.stderr
    assert not roster.exists()
    done = _run("export", "letters", str(demo_path), "-o", str(tmp_path / "l.pdf"),
                "--meeting", "2026-03-12", home=private_home)
    assert done.returncode == 2 and "--meeting applies only to: attendance, minutes" \
        in done.stderr
