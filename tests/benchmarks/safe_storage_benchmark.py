"""What safe storage costs on a dossier of 10,000 people (figures, no assertions).

    python tests/benchmarks/safe_storage_benchmark.py [--members 10000]

Prints the cost of each step the window takes before and after it paints: drive
detection, the lock, ``quick_check``, the backup at open (``VACUUM INTO``), the copy to
this computer and the write-back for a dossier on a removable drive, a change-log
write, and ``integrity_check`` for comparison.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def timed(label: str, action: Callable[[], object], repeat: int = 5) -> None:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    print(f"{label:<52} median {statistics.median(times) * 1000:8.1f} ms   "
          f"max {max(times) * 1000:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ncm-bench-"))
    os.environ["NCM_DESKTOP_HOME"] = str(folder / "home")

    from ncm_desktop.storage import backups, drives, lock, repository
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.storage.dossier_file import quick_check
    from ncm_desktop.storage.working_copy import WorkingCopy

    path = folder / "big.ncm"
    started = time.perf_counter()
    write_demo(path, arguments.members).close()
    print(f"sample dossier with {arguments.members} people: "
          f"{path.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s")

    def detect() -> None:
        drives.forget()
        drives.detect(path)

    timed("drive detection (uncached)", detect)

    def take_and_release() -> None:
        lock.acquire(path)
        lock.release(path)

    timed("lock taken and released", take_and_release)
    timed("quick_check at open", lambda: quick_check(path))

    def integrity() -> None:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA integrity_check").fetchall()
        connection.close()

    timed("integrity_check (for comparison)", integrity)
    timed("backup now (VACUUM INTO, fsync, rename, thin)",
          lambda: backups.backup_now(path, backups.Reason.MANUAL))
    timed("automatic backup skipped (content unchanged)",
          lambda: backups.automatic_backup(path, backups.Reason.OPEN))

    copies: list[WorkingCopy] = []
    timed("working copy: copy to this computer",
          lambda: copies.append(WorkingCopy.open(path)) or copies[-1].close(), repeat=3)
    copy = WorkingCopy.open(path)
    dossier = Dossier.open(copy.local)

    def write_back() -> None:
        repository.save_person(dossier, repository.PersonValues(full_name="Benchmark"))
        copy.sync()

    timed("working copy: one change written back", write_back, repeat=3)
    dossier.close()
    copy.close()

    opened = Dossier.open(path)
    timed("one person saved (with its change-log entry)",
          lambda: repository.save_person(opened, repository.PersonValues(full_name="X")),
          repeat=20)
    opened.close()


if __name__ == "__main__":
    main()
