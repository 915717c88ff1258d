"""How long the membership roster takes to draw, in the process and as a whole command.

    python tests/benchmarks/bench_reports.py [--sizes 200,1000,10000] [--runs 5]
                                             [--platypus-rows 1000,3000]

Targets (issues 4 and 14):

1. In the process: 200 members in 0.5 s or less; 10,000 in 2.5 s or less; and linear, the
   10,000-member roster taking no more than 11 times the 1,000-member one.  The times are
   for one export in a process that has already exported once (ReportLab imported, fonts
   registered); the first export of a process is printed too.
2. As a whole process, ``ncm-desktop export roster DOSSIER -o OUT.pdf`` (interpreter,
   imports, reading and drawing): 200 members in 0.5 s or less, 10,000 in 3 s or less;
   median of ``--runs`` runs, alternating with LibreOffice when it is installed.
3. For comparison, LibreOffice headless (``soffice --headless --convert-to pdf``)
   converting the same roster, written in the same run as a plain .xlsx (one row a person,
   no wrapping), to PDF; and the same rows as one platypus Table of Paragraph cells, the
   layout the roster does not use.  Where LibreOffice is not installed this says so.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

IN_PROCESS_TARGETS = {200: 0.5, 10_000: 2.5}
LINEAR_TARGET = 11
WHOLE_PROCESS_TARGETS = {200: 0.5, 10_000: 3.0}


def _write_dossiers(folder: Path, sizes: list[int]) -> dict[int, Path]:
    from ncm_desktop.storage.demo import write_demo

    paths = {}
    for size in sizes:
        paths[size] = folder / f"members-{size}.ncm"
        write_demo(paths[size], size).close()
    return paths


def _roster_times(folder: Path, dossiers: dict[int, Path]) -> dict[int, tuple[float, int]]:
    from ncm_desktop.reports.export import Options, export
    from ncm_desktop.storage.database import Dossier

    results = {}
    first = True
    for size, path in dossiers.items():
        dossier = Dossier.open(path)
        if first:
            started = time.perf_counter()
            export("roster", dossier, folder / "first.pdf", Options())
            print(f"first export of the process ({size} members, imports and fonts "
                  f"included): {time.perf_counter() - started:.2f} s")
            first = False
        best = None
        for _ in range(2 if size <= 1000 else 1):
            started = time.perf_counter()
            result = export("roster", dossier, folder / f"roster-{size}.pdf", Options())
            elapsed = time.perf_counter() - started
            best = elapsed if best is None else min(best, elapsed)
        results[size] = (best, result.pages)
        dossier.close()
    return results


def _write_plain_xlsx(dossier: Path, target: Path) -> int:
    """The roster's rows as a plain sheet: organisation, role, name, title, sex, contact."""
    from openpyxl import Workbook

    from ncm_desktop.i18n.labels import label
    from ncm_desktop.i18n.translation import Translation
    from ncm_desktop.storage.connection import connect
    from ncm_desktop.storage.queries import people

    translate = Translation("en").translate
    connection = connect(dossier, read_only=True)
    try:
        rows = people(connection)
    finally:
        connection.close()
    rows.sort(key=lambda p: (p.organisation_name.casefold(), p.full_name.casefold()))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Roster")
    sheet.append(["Organisation", "Role", "Name", "Title", "Sex", "Contact"])
    for person in rows:
        sheet.append([person.organisation_name, label(person.role, translate),
                      person.full_name, person.title, label(person.sex, translate),
                      " ".join(v for v in (person.phone, person.email) if v)])
    workbook.save(target)
    return len(rows)


def _child_env(home: Path) -> dict[str, str]:
    """As an installed program runs: its ``.pyc`` files written (by the warm-up run)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _wall(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr}")
    return elapsed


def _whole_process(folder: Path, dossiers: dict[int, Path], runs: int) -> None:
    env = _child_env(folder / "home")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (folder / "libreoffice-profile").as_uri()
    print(f"\nas a whole process, median of {runs} alternating runs:")
    if soffice is None:
        print("  LibreOffice (soffice) is not installed here: only ncm-desktop is timed")
    for size, dossier in dossiers.items():
        ours = [sys.executable, "-m", "ncm_desktop", "export", "roster", str(dossier),
                "-o", str(folder / f"cli-{size}.pdf")]
        commands: dict[str, Callable[[], float]] = {"ncm-desktop": lambda c=ours: _wall(c, env)}
        if soffice is not None:
            sheet = folder / f"plain-{size}.xlsx"
            rows = _write_plain_xlsx(dossier, sheet)
            converted = folder / "libreoffice"
            theirs = [soffice, f"-env:UserInstallation={profile}", "--headless",
                      "--convert-to", "pdf", "--outdir", str(converted), str(sheet)]
            commands["LibreOffice"] = lambda c=theirs: _wall(c)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in commands.values():
            run()  # warm-up: .pyc files, disk cache, LibreOffice's profile
        for _ in range(runs):
            for name, run in commands.items():
                times[name].append(run())
        medians = {name: statistics.median(values) for name, values in times.items()}
        target = WHOLE_PROCESS_TARGETS.get(size)
        verdict = "" if target is None else f"  target ≤ {target} s: " + (
            "met" if medians["ncm-desktop"] <= target else "MISSED")
        print(f"  {size:>6} members: ncm-desktop export roster {medians['ncm-desktop']:.2f} s"
              f" {[round(t, 2) for t in times['ncm-desktop']]}{verdict}")
        if "LibreOffice" in medians:
            pages = _pdf_pages(folder / "libreoffice" / f"plain-{size}.pdf")
            print(f"          LibreOffice, the same {rows} rows as a plain .xlsx to PDF "
                  f"({pages} pages): {medians['LibreOffice']:.2f} s "
                  f"{[round(t, 2) for t in times['LibreOffice']]}; ncm-desktop / LibreOffice "
                  f"= {medians['ncm-desktop'] / medians['LibreOffice']:.2f}")


def _pdf_pages(path: Path) -> int | str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return "?"
    return len(PdfReader(path).pages)


def _platypus_time(rows: int) -> float:
    """One platypus Table of Paragraph cells, six columns, ``rows`` long."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from ncm_desktop.reports.fonts import FACES, Script, font

    name = font(FACES[Script.LATIN][0]).fontName
    style = ParagraphStyle("cell", fontName=name, fontSize=8.5, leading=11)
    data = [[Paragraph(text, style) for text in (
        f"Ministry of the Interior and Public Security {i}", "Member", f"Person {i} Traoré",
        "Head of Department, International Cooperation", "Female",
        f"+999 21 555 {i:04d} person.{i}@interior.gov.example")] for i in range(rows)]
    started = time.perf_counter()
    document = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    document.build([Table(data, colWidths=[100, 50, 80, 90, 45, 120], repeatRows=0)])
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000,10000")
    parser.add_argument("--runs", type=int, default=5,
                        help="whole-process runs of each command and size")
    parser.add_argument("--platypus-rows", default="1000,3000")
    arguments = parser.parse_args()
    sizes = [int(s) for s in arguments.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="ncm-bench-") as name:
        folder = Path(name)
        os.environ["NCM_DESKTOP_HOME"] = str(folder / "home")
        dossiers = _write_dossiers(folder, sizes)
        results = _roster_times(folder, dossiers)
        print("\nroster in the process, drawn row by row on the canvas (this module):")
        for size, (seconds, pages) in results.items():
            target = IN_PROCESS_TARGETS.get(size)
            verdict = "" if target is None else f"  target ≤ {target} s: " + (
                "met" if seconds <= target else "MISSED")
            print(f"  {size:>6} members: {seconds:6.2f} s, {pages:4} pages, "
                  f"{1000 * seconds / size:.3f} ms a member{verdict}")
        if 1000 in results and 10_000 in results:
            ratio = results[10_000][0] / results[1000][0]
            print(f"  10,000 / 1,000 = {ratio:.1f}× (target ≤ {LINEAR_TARGET}×: "
                  f"{'met' if ratio <= LINEAR_TARGET else 'MISSED'})")
        if arguments.runs > 0:
            _whole_process(folder, dossiers, arguments.runs)
    print("\none platypus Table of Paragraph cells (not used), same six columns:")
    previous = None
    for rows in (int(r) for r in arguments.platypus_rows.split(",") if r):
        seconds = _platypus_time(rows)
        growth = "" if previous is None else \
            f", {seconds / previous[1]:.1f}× the time for {rows / previous[0]:.0f}× the rows"
        print(f"  {rows:>6} rows: {seconds:6.2f} s{growth}")
        previous = (rows, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
