"""What a baseline costs: recording one on a 200- and a 10,000-member dossier, and reading
the baselines back as the Readiness page's Progress tab does (prints; asserts nothing).

    python tests/benchmarks/bench_baselines.py [--runs 7] [--sizes 200,10000]

For each size: the whole recording as the window does it (read the dossier, judge every
provision, write the baseline in one transaction), and its parts; then reading 40
baselines and comparing the latest with today.  Medians of ``--runs`` runs, in one
process that has already imported everything (the first run of each size is left out).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def median_ms(task: Callable[[], object], runs: int) -> float:
    task()  # warm: imports, caches, the first page of the file in memory
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        task()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="200,10000")
    arguments = parser.parse_args()

    from dataclasses import replace

    from ncm_desktop.catalog.loader import load_catalog
    from ncm_desktop.rules.baselines import baseline_of, compare, previous
    from ncm_desktop.rules.readiness import evaluate
    from ncm_desktop.storage.baseline_repository import save_baseline
    from ncm_desktop.storage.baselines import load_baselines
    from ncm_desktop.storage.connection import connect
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.storage.dossier_data import load_snapshot

    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in arguments.sizes.split(",")):
            path = Path(folder) / f"members-{size}.ncm"
            dossier = write_demo(path, size)
            reader = connect(path, read_only=True)
            snapshot = load_snapshot(reader)
            findings = evaluate(snapshot, catalog)

            def record(dossier=dossier, reader=reader) -> None:  # type: ignore[no-untyped-def]
                current = load_snapshot(reader)
                save_baseline(dossier, baseline_of(current, catalog))

            figures = {
                "read the dossier (snapshot)": median_ms(lambda r=reader: load_snapshot(r),
                                                         arguments.runs),
                "judge every provision": median_ms(lambda s=snapshot: evaluate(s, catalog),
                                                   arguments.runs),
                "baseline figures from the findings": median_ms(
                    lambda s=snapshot, f=findings: baseline_of(s, catalog, f), arguments.runs),
                "write the baseline (one transaction)": median_ms(
                    lambda d=dossier, b=baseline_of(snapshot, catalog, findings):
                    save_baseline(d, b), arguments.runs),
                "record a baseline, whole": median_ms(record, arguments.runs),
            }
            today = baseline_of(snapshot, catalog, findings)
            for days in range(1, 40):
                save_baseline(dossier, replace(today, taken_on=date.today()
                                               - timedelta(days=7 * days)))

            def progress(reader=reader, today=today) -> None:  # type: ignore[no-untyped-def]
                baselines = load_baselines(reader)
                before = previous(baselines, date.today())
                assert before is not None
                compare(before, today, [p.id for p in catalog.provisions])

            figures["read 40 baselines and compare (Progress tab)"] = median_ms(
                progress, arguments.runs)
            print(f"{size} members:")
            for name, value in figures.items():
                print(f"  {name}: {value:.1f} ms")
            reader.close()
            dossier.close()


if __name__ == "__main__":
    main()
