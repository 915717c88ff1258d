"""How long the membership roster takes to draw, and why it is drawn row by row.

    python tests/benchmarks/bench_reports.py [--platypus-rows 1000,3000]

Targets (issue 4): 200 members in 0.5 s or less; 10,000 in 4 s or less; and linear, the
10,000-member roster taking no more than 12 times the 1,000-member one.  The times are
for one export in a process that has already exported once (ReportLab imported, fonts
registered); the first export of a process is printed too.  For comparison, the same rows
as one platypus Table of Paragraph cells, the layout this module does not use.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _roster_times(folder: Path, sizes: list[int]) -> dict[int, tuple[float, int]]:
    from ncm_desktop.reports.export import Options, export
    from ncm_desktop.storage.demo import write_demo

    results = {}
    first = True
    for size in sizes:
        dossier = write_demo(folder / f"members-{size}.ncm", size)
        if first:
            started = time.perf_counter()
            export("roster", dossier, folder / "first.pdf", Options())
            print(f"first export of the process (200 members, imports and fonts included): "
                  f"{time.perf_counter() - started:.2f} s")
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
    parser.add_argument("--platypus-rows", default="1000,3000")
    arguments = parser.parse_args()
    sizes = [int(s) for s in arguments.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        results = _roster_times(Path(folder), sizes)
    print("\nroster, drawn row by row on the canvas (this module):")
    targets = {200: 0.5, 10_000: 4.0}
    for size, (seconds, pages) in results.items():
        target = targets.get(size)
        verdict = "" if target is None else f"  target ≤ {target} s: " + (
            "met" if seconds <= target else "MISSED")
        print(f"  {size:>6} members: {seconds:6.2f} s, {pages:4} pages, "
              f"{1000 * seconds / size:.3f} ms a member{verdict}")
    if 1000 in results and 10_000 in results:
        ratio = results[10_000][0] / results[1000][0]
        print(f"  10,000 / 1,000 = {ratio:.1f}× (target ≤ 12×: "
              f"{'met' if ratio <= 12 else 'MISSED'})")
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
