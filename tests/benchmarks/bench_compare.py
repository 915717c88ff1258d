"""How long ``ncm-desktop compare`` takes, as a whole process, at the sizes issue 13 sets.

Run:  python tests/benchmarks/bench_compare.py [--runs 5]

Makes 15 dossiers of 200 members and 3 of 10,000 with ``ncm-desktop demo OUT --members N
--state NAME`` (each State varied from its name), then times whole processes of
``ncm-desktop compare`` (start-up, reading every dossier untouched, judging, writing)
printing text, and writing a PDF, a spreadsheet and JSON.  Cases are run in turn, so
that a machine busy with something else slows them alike; the median of the runs is
printed.  Also prints how long the same 3 large dossiers take when they are of an older
schema revision (read through an upgraded copy).  Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("NCM_DESKTOP_HOME", tempfile.mkdtemp(prefix="ncm-bench-"))
sys.path.insert(0, str(ROOT))
STATES = ("Aurelia", "Borealis", "Cascadia", "Dorado", "Esmeralda", "Fenwick", "Galdor",
          "Hesperia", "Istria", "Jovia", "Kaldera", "Lumeria", "Meridia", "Norland",
          "Orvieto")


def command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "ncm_desktop", *arguments]


def run(arguments: list[str], home: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(arguments, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
    return time.perf_counter() - start


def make(folder: Path, count: int, members: int, home: Path) -> list[Path]:
    paths = []
    for name in STATES[:count]:
        path = folder / f"{name.lower()}-{members}.ncm"
        run(command("demo", str(path), "--members", str(members), "--state",
                    f"Republic of {name}"), home)
        paths.append(path)
    return paths


def older(paths: list[Path], folder: Path) -> list[Path]:
    """Copies taken back to schema revision 0004 by Alembic's own downgrade (no plan or
    meeting tables yet): the compare reads them through an upgraded copy."""
    from alembic import command as alembic

    from ncm_desktop.storage import migrate
    from ncm_desktop.storage.database import make_engine

    copies = []
    for path in paths:
        copy = folder / f"old-{path.name}"
        shutil.copyfile(path, copy)
        engine = make_engine(copy, foreign_keys=False)
        with engine.connect() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            alembic.downgrade(config, "0004")  # type: ignore[arg-type]
            connection.commit()
        engine.dispose()
        copies.append(copy)
    return copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ncm-bench-compare-"))
    home = folder / "home"
    print("making the dossiers with ncm-desktop demo ...")
    small = make(folder, 15, 200, home)
    large = make(folder, 3, 10_000, home)
    old_large = older(large, folder)
    out = folder / "out"
    out.mkdir()
    cases: dict[str, list[str]] = {}
    for label, paths in (("15 x 200", small), ("3 x 10,000", large),
                         ("3 x 10,000, revision 0004", old_large)):
        names = [str(p) for p in paths]
        cases[f"{label}: text to stdout"] = command("compare", *names)
        for extension in ("pdf", "xlsx", "json"):
            target = out / f"{label.replace(' ', '')}.{extension}"
            cases[f"{label}: -o .{extension}"] = command("compare", *names, "-o",
                                                         str(target))
    times: dict[str, list[float]] = {label: [] for label in cases}
    for _ in range(arguments.runs):
        for label, arguments_ in cases.items():
            times[label].append(run(arguments_, home))
    print(f"ncm-desktop compare, whole process, median of {arguments.runs} alternating runs:")
    for label, values in times.items():
        print(f"  {label:<44} {statistics.median(values):6.2f} s"
              f"   (min {min(values):.2f}, max {max(values):.2f})")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
