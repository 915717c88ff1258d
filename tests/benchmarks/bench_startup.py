"""Start-up, search and memory figures for NCM Desktop (prints them; asserts nothing).

    python tests/benchmarks/bench_startup.py [--runs 7] [--start-up-only]

1. Cold start of ``ncm-desktop --smoke-test`` on a 200-member dossier against a bare
   PySide6 window shown and closed, alternating, median of the runs (target ratio ≤ 2.5);
   and first paint, from starting the process to the window painted once, against the
   bare window's (target ratio ≤ 1.5), timed by ``first_paint.py`` in runs of their own.
2. Opening a 10,000-person dossier and filtering the people list by a typed name, per
   keystroke (target ≤ 50 ms).
3. Peak memory of the smoke test with 10,000 people (target ≤ 200 MiB).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE = Path(__file__).with_name("bare_window.py")
FIRST_PAINT = Path(__file__).with_name("first_paint.py")


def child_env(home: Path) -> dict[str, str]:
    """The children write their ``.pyc`` files (the warm-up run makes them), as an
    installed program has them: without, every start compiles the program's modules."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float  # wall time of the whole process
    peak_mib: float
    painted: float | None  # seconds from starting the process to its "painted" line


def timed(command: list[str], env: dict[str, str]) -> Run:
    """Wall seconds, peak resident MiB and first paint (if printed) of one child process."""
    started_at = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stdout, stderr = process.communicate()
    if usage is None:
        raise RuntimeError(f"{command} gave no resource usage")
    if process.returncode not in (0, None):
        raise RuntimeError(f"{command} failed: {stderr}")
    painted = next((float(line.split()[1]) - started_at for line in stdout.splitlines()
                    if line.startswith("painted ")), None)
    return Run(elapsed, usage.ru_maxrss / 1024, painted)


def make_demo(path: Path, members: int, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "ncm_desktop", "demo", str(path), "--members",
                    str(members)], env=env, check=True, capture_output=True)


def start_up(runs: int, folder: Path, env: dict[str, str]) -> None:
    dossier = folder / "members-200.ncm"
    make_demo(dossier, 200, env)
    smoke = [sys.executable, "-m", "ncm_desktop", "--smoke-test", str(dossier)]
    probe = [sys.executable, str(FIRST_PAINT), "--smoke-test", str(dossier)]
    bare = [sys.executable, str(BARE)]
    timed(smoke, env), timed(probe, env), timed(bare, env)  # warm the disk cache, .pyc files
    ours, probed, theirs = [], [], []
    for _ in range(runs):
        theirs.append(timed(bare, env))
        ours.append(timed(smoke, env).seconds)
        probed.append(timed(probe, env))
    median_ours = statistics.median(ours)
    median_bare = statistics.median(run.seconds for run in theirs)
    print(f"start-up, 200 members: smoke test median {median_ours * 1000:.0f} ms, "
          f"bare PySide6 window median {median_bare * 1000:.0f} ms, "
          f"ratio {median_ours / median_bare:.2f} (target <= 2.5; {runs} alternating runs)")
    print(f"  smoke test runs (ms): {[round(t * 1000) for t in ours]}")
    print(f"  bare window runs (ms): {[round(run.seconds * 1000) for run in theirs]}")
    paint_ours = [run.painted for run in probed if run.painted is not None]
    paint_bare = [run.painted for run in theirs if run.painted is not None]
    if not paint_ours or not paint_bare:
        print("  first paint: not reported by the children")
        return
    median_paint, median_bare_paint = statistics.median(paint_ours), statistics.median(paint_bare)
    print(f"first paint, 200 members: smoke test median {median_paint * 1000:.0f} ms, "
          f"bare window median {median_bare_paint * 1000:.0f} ms, "
          f"ratio {median_paint / median_bare_paint:.2f} (target <= 1.5)")
    print(f"  smoke test first paint (ms): {[round(t * 1000) for t in paint_ours]}; "
          f"those runs in all (ms): {[round(run.seconds * 1000) for run in probed]}")
    print(f"  bare window first paint (ms): {[round(t * 1000) for t in paint_bare]}")


def memory(folder: Path, env: dict[str, str]) -> Path:
    dossier = folder / "members-10000.ncm"
    make_demo(dossier, 10_000, env)
    smoke = [sys.executable, "-m", "ncm_desktop", "--smoke-test", str(dossier)]
    timed(smoke, env)
    run = timed(smoke, env)
    print(f"10,000 people: smoke test {run.seconds * 1000:.0f} ms, peak memory "
          f"{run.peak_mib:.0f} MiB (target <= 200 MiB)")
    return dossier


def search(dossier: Path) -> None:
    """Open the dossier in a real window in this process and type a name into the search."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ncm_desktop.storage import preferences
    from ncm_desktop.ui.dossier_context import AFTER_OPEN_DELAY_MS
    from ncm_desktop.ui.main_window import MainWindow

    application = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    window = MainWindow(preferences.Preferences(), interactive=False)
    window.open_dossier(dossier)
    page = window.show_section("people")
    window.show()
    application.processEvents()
    opened = time.perf_counter() - start
    start = time.perf_counter()
    window.context.writer()
    ready = time.perf_counter() - start
    # Let the work the window does once after opening (the backup at open) finish, so that
    # the keystrokes below measure the search, not that.
    settle = time.perf_counter() + 2 * AFTER_OPEN_DELAY_MS / 1000
    while time.perf_counter() < settle:
        application.processEvents()
        time.sleep(0.01)
    name = page.model.index(page.model.rowCount() // 2, 0).data()
    typed = ""
    per_key = []
    for character in name[:8]:
        typed += character
        start = time.perf_counter()
        page.search.setText(typed)
        application.processEvents()
        per_key.append(time.perf_counter() - start)
    page.search.clear()
    print(f"10,000 people: window opened with the people list in {opened * 1000:.0f} ms; "
          f"SQLAlchemy side ready {ready * 1000:.0f} ms later")
    print(f"  typing {typed!r}: per keystroke (ms) {[round(t * 1000, 1) for t in per_key]}, "
          f"worst {max(per_key) * 1000:.1f} ms, median {statistics.median(per_key) * 1000:.1f} "
          f"ms (target <= 50 ms), {page.proxy.rowCount()} rows after clearing")
    window.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process {peak:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--start-up-only", action="store_true",
                        help="only the start-up and first-paint figures (1.)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ncm-bench-") as folder:
        home = Path(folder) / "home"
        os.environ["NCM_DESKTOP_HOME"] = str(home)
        env = child_env(home)
        start_up(arguments.runs, Path(folder), env)
        if arguments.start_up_only:
            return
        big = memory(Path(folder), env)
        search(big)


if __name__ == "__main__":
    main()
