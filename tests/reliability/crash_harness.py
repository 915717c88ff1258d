"""Kill the program in the middle of writes, again and again, and check that nothing is lost.

Usage::

    python tests/reliability/crash_harness.py [--kills 200] [--seed 1] [--mode direct]
    python tests/reliability/crash_harness.py --kills 20            # what CI runs

Each round starts a child process that opens one dossier through the real storage
layer (lock, quick check, ``repository`` functions, backups) and writes to it as fast
as it can: adds people, renames and deletes the ones it added, and backs the dossier up
now and then.  It prints ``DO`` before each change and ``ACK`` once the change is
committed.  The harness kills it with SIGKILL at a random moment (now and then while it
is still starting, taking over the lock the previous round left), then checks:

- ``PRAGMA integrity_check`` and ``foreign_key_check`` of the dossier, and
  ``quick_check`` of every backup: a failure counts as a corrupt file;
- that every acknowledged change is there, with its change-log entry: a missing
  change, a wrong value or a missing entry counts as lost.  A change that was under
  way at the kill may or may not be there.

``--mode working-copy`` does the same through :mod:`storage.working_copy`, as the
window does for a dossier on a USB stick: a change is acknowledged once it has been
written back to the "drive", and the file there must never be damaged by a kill in the
middle of a write-back.

The counts are printed at the end; the exit status is 0 only with no corrupt file and
no lost change.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ABSENT = "<absent>"


# -- the child: writes through the real storage layer ---------------------------------


def child(path: Path, seed: int, mode: str) -> None:
    sys.path.insert(0, str(REPO))
    from ncm_desktop.storage import backups, repository
    from ncm_desktop.storage.database import Dossier

    rng = random.Random(seed)
    copy = None
    target = path
    if mode == "working-copy":
        from ncm_desktop.storage import lock
        from ncm_desktop.storage.working_copy import WorkingCopy

        lock.acquire_with_force(path, force=True)
        copy = WorkingCopy.open(path)
        target = copy.local
    dossier = Dossier.open(target, force=True)
    print("READY", flush=True)
    mine: dict[str, str] = {}  # id hex -> current name, for the people this run added
    pending: list[str] = []  # acknowledgements waiting for the next write-back
    number = 0

    def done(line: str) -> None:
        if copy is None:
            print(line, flush=True)
        else:
            pending.append(line)

    while True:
        number += 1
        name = f"s{seed}-n{number}-" + "x" * rng.randrange(0, 150)
        # long notes make rows spill over pages, so that a commit touches many of them
        values = {"notes": "y" * rng.randrange(0, 4000)}
        roll = rng.random()
        if roll < 0.55 or len(mine) < 3:
            if copy is None:
                print(f"DO insert - {name}", flush=True)
            person = repository.save_person(
                dossier, repository.PersonValues(full_name=name, **values))
            if copy is not None:
                print(f"DO insert {person.hex} {name}", flush=True)
            mine[person.hex] = name
            done(f"ACK insert {person.hex} {name}")
        elif roll < 0.85:
            hex_id = rng.choice(list(mine))
            print(f"DO update {hex_id} {name}", flush=True)
            repository.save_person(dossier, repository.PersonValues(full_name=name, **values),
                                   uuid.UUID(hex=hex_id))
            mine[hex_id] = name
            done(f"ACK update {hex_id} {name}")
        elif roll < 0.97:
            hex_id = rng.choice(list(mine))
            print(f"DO delete {hex_id} {ABSENT}", flush=True)
            repository.delete_people(dossier, [uuid.UUID(hex=hex_id)])
            del mine[hex_id]
            done(f"ACK delete {hex_id} {ABSENT}")
        else:
            backups.backup_now(path, backups.Reason.TIMER)
            print("BACKUP", flush=True)
        if copy is not None and (len(pending) >= rng.randrange(1, 12)):
            copy.sync()
            for line in pending:
                print(line, flush=True)
            pending.clear()


# -- the harness ----------------------------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    killed_while_starting: int = 0
    acknowledged: int = 0
    lost: int = 0
    corrupt: int = 0
    backups_checked: int = 0
    problems: list[str] = field(default_factory=list)


class Expectations:
    """For each person id, the states it may be in (one, once a change is acknowledged)."""

    def __init__(self) -> None:
        self.states: dict[str, set[str]] = {}
        self.inserted: set[str] = set()

    def line(self, text: str, tally: Tally) -> None:
        parts = text.split(" ", 3)
        if parts[0] == "DO" and parts[2] != "-":
            _, _, hex_id, value = parts
            self.states.setdefault(hex_id, {ABSENT}).add(value)
        elif parts[0] == "ACK":
            _, action, hex_id, value = parts
            self.states[hex_id] = {value}
            if action == "insert":
                self.inserted.add(hex_id)
            tally.acknowledged += 1


def check(path: Path, home: Path, expected: Expectations, tally: Tally) -> None:
    connection = sqlite3.connect(path)  # as the next open would: replays the log
    try:
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as error:
            result, keys = [(str(error),)], []
        if result != [("ok",)] or keys:
            tally.corrupt += 1
            tally.problems.append(f"kill {tally.kills}: dossier {result[:3]} {keys[:3]}")
            return
        names = dict(connection.execute("SELECT id, full_name FROM person").fetchall())
        logged = {row[0] for row in connection.execute(
            "SELECT record_id FROM change_log WHERE action = 'insert'")}
    finally:
        connection.close()
    for hex_id, states in expected.states.items():
        actual = names.get(hex_id, ABSENT)
        if actual not in states:
            tally.lost += 1
            tally.problems.append(f"kill {tally.kills}: {hex_id} is {actual[:20]!r}, "
                                  f"expected one of {[s[:20] for s in states]}")
    for hex_id in expected.inserted - logged:
        tally.lost += 1
        tally.problems.append(f"kill {tally.kills}: no change-log entry for {hex_id}")
    for backup in (home / "data" / "backups").glob("*/*.ncm"):
        tally.backups_checked += 1
        check_backup = sqlite3.connect(f"{backup.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            sound = check_backup.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        except sqlite3.DatabaseError:
            sound = False
        finally:
            check_backup.close()
        if not sound:
            tally.corrupt += 1
            tally.problems.append(f"kill {tally.kills}: backup {backup.name} is damaged")
            backup.unlink()  # counted once


def run(kills: int, seed: int, mode: str, max_delay: float, folder: Path) -> Tally:
    home = folder / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "NCM_DESKTOP_HOME": str(home)}
    env.pop("QT_QPA_PLATFORM", None)
    path = folder / "stick" / "crash.ncm" if mode == "working-copy" else folder / "crash.ncm"
    path.parent.mkdir(parents=True, exist_ok=True)
    os.environ["NCM_DESKTOP_HOME"] = str(home)
    sys.path.insert(0, str(REPO))
    from ncm_desktop.storage.database import Dossier

    Dossier.create(path).close()
    rng = random.Random(seed)
    expected = Expectations()
    tally = Tally()
    for round_number in range(kills):
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(path), "--seed",
             str(seed * 100_000 + round_number), "--mode", mode],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        lines: list[str] = []
        ready = threading.Event()

        def drain(stream=process.stdout, into=lines, flag=ready) -> None:  # type: ignore[no-untyped-def]
            for text in stream:
                into.append(text.rstrip("\n"))
                if text.startswith("READY"):
                    flag.set()

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        if rng.random() < 0.1:  # now and then, while it opens the dossier
            time.sleep(rng.uniform(0.0, 0.8))
            if not ready.is_set():
                tally.killed_while_starting += 1
        else:
            if not ready.wait(60):
                raise SystemExit("the child did not start: "
                                 + (process.stderr.read() if process.stderr else ""))
            time.sleep(rng.uniform(0.0, max_delay))
        if process.poll() is not None:
            error = process.stderr.read() if process.stderr else ""
            raise SystemExit(f"the child stopped by itself:\n{error}")
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join(10)
        if process.stderr:
            process.stderr.close()
        tally.kills += 1
        for text in lines:
            expected.line(text, tally)
        check(path, home, expected, tally)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=("direct", "working-copy"), default="direct")
    parser.add_argument("--max-delay", type=float, default=0.5,
                        help="longest wait (s) between the child being ready and the kill")
    parser.add_argument("--folder", type=Path, help="where to work (default: a temporary "
                                                    "folder, removed afterwards)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child is not None:
        child(arguments.child, arguments.seed, arguments.mode)
        return 0
    started = time.perf_counter()
    if arguments.folder is not None:
        arguments.folder.mkdir(parents=True, exist_ok=True)
        tally = run(arguments.kills, arguments.seed, arguments.mode, arguments.max_delay,
                    arguments.folder)
    else:
        with tempfile.TemporaryDirectory(prefix="ncm-crash-") as folder:
            tally = run(arguments.kills, arguments.seed, arguments.mode, arguments.max_delay,
                        Path(folder))
    for problem in tally.problems[:20]:
        print(problem)
    print(f"mode: {arguments.mode}")
    print(f"kills: {tally.kills} ({tally.killed_while_starting} while starting)")
    print(f"acknowledged changes: {tally.acknowledged}")
    print(f"lost acknowledged changes: {tally.lost}")
    print(f"corrupt files: {tally.corrupt} (dossier checked {tally.kills} times, "
          f"backups checked {tally.backups_checked} times)")
    print(f"time: {time.perf_counter() - started:.1f} s")
    return 0 if tally.lost == 0 and tally.corrupt == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
