"""A server dossier against the same dossier in a file, side by side (prints figures).

    python tests/benchmarks/bench_server.py [--members 10000] [--seconds 60] [--users 4]

Starts its own throwaway PostgreSQL cluster on 127.0.0.1 (``tests/tools/postgres_server.py``,
as the tests do), puts a sample dossier of ``--members`` people on it, then for the file and
for the server: opening the window with the people list, readiness (read and judged), the
search per keystroke, the roster PDF, and ``--users`` simulated users saving people at once
for ``--seconds`` (each save carries the version it read, so that two saves of the same
person are caught): saves per second, conflicts detected, and a check that no
acknowledged save was lost (each one is in the change log, and the last one of each person
is what the person holds).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NCM_DESKTOP_HOME", tempfile.mkdtemp(prefix="ncm-bench-server-"))

from tests.tools.postgres_server import throwaway_cluster  # noqa: E402

#: People the simulated users edit: few enough that they collide now and then.
HOT_PEOPLE = 40


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=4)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    application = QApplication.instance() or QApplication([])
    from ncm_desktop.storage import server
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.storage.server_location import parse

    folder = Path(tempfile.mkdtemp(prefix="ncm-bench-server-"))
    path = folder / f"members-{args.members}.ncm"
    start = time.perf_counter()
    write_demo(path, members=args.members).close()
    print(f"sample dossier of {args.members} people written in "
          f"{time.perf_counter() - start:.1f} s")
    with throwaway_cluster() as url:
        admin, password = parse(url)
        connection = server.connect(admin, password)
        connection.execute("CREATE DATABASE bench")
        connection.close()
        location = admin.with_database("bench")
        start = time.perf_counter()
        server.init_schema(location, password)
        print(f"server init {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        rows = server.upload(path, location, password)
        print(f"server upload: {rows} rows in {time.perf_counter() - start:.1f} s")
        server_url = url.rsplit("/", 1)[0] + "/bench"
        results = {
            "file": measure(application, lambda w: w.open_dossier(path), folder / "file",
                            lambda: _file_writers(path, args.users), args),
            "server": measure(application, lambda w: w.open_server_dossier(server_url),
                              folder / "server",
                              lambda: _server_writers(location, password, args.users), args),
        }
    print()
    print(f"{'':34}{'file':>14}{'server':>14}")
    for key in results["file"]:
        print(f"{key:34}{results['file'][key]:>14}{results['server'][key]:>14}")
    return 0


def measure(application, open_window: Callable, out: Path,  # type: ignore[no-untyped-def]
            writers: Callable, args: argparse.Namespace) -> dict[str, str]:
    from ncm_desktop.catalog.loader import load_catalog
    from ncm_desktop.reports.export import Options, export
    from ncm_desktop.rules.readiness import evaluate, score
    from ncm_desktop.storage import preferences
    from ncm_desktop.storage.dossier_data import load_snapshot
    from ncm_desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, str] = {}
    start = time.perf_counter()
    window = MainWindow(preferences.Preferences(), interactive=False)
    assert open_window(window), window.problems
    page = window.show_section("people")
    window.show()
    application.processEvents()
    figures["window open, people listed (ms)"] = f"{(time.perf_counter() - start) * 1000:.0f}"
    context = window.context
    start = time.perf_counter()
    context.writer()
    figures["SQLAlchemy side ready (ms)"] = f"{(time.perf_counter() - start) * 1000:.0f}"

    catalog = load_catalog("en")
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        snapshot = load_snapshot(context.reader)
        result = score(evaluate(snapshot, catalog))
        timings.append(time.perf_counter() - start)
    figures["readiness read + judged (ms, med)"] = f"{statistics.median(timings) * 1000:.0f}"
    overall = result.overall
    figures["readiness: provisions met"] = f"{overall.met} of {len(snapshot_findings(result))}"

    name = page.model.index(page.model.rowCount() // 2, 0).data()
    per_key = []
    typed = ""
    for character in name[:8]:
        typed += character
        start = time.perf_counter()
        page.search.setText(typed)
        application.processEvents()
        per_key.append(time.perf_counter() - start)
    page.search.clear()
    figures["search per keystroke (ms, med)"] = f"{statistics.median(per_key) * 1000:.1f}"
    figures["search per keystroke (ms, worst)"] = f"{max(per_key) * 1000:.1f}"

    start = time.perf_counter()
    written = export("roster", context.writer(), out / "roster.pdf", Options(language="en"))
    figures["roster PDF (s)"] = f"{time.perf_counter() - start:.2f}"
    figures["roster pages"] = str(written.pages)

    edits = simulate(writers(), args.seconds)
    figures.update(edits)
    window.close_dossier()
    window.close()
    return figures


def snapshot_findings(result) -> range:  # type: ignore[no-untyped-def]
    """The provisions the score counted (every tally of the overall one)."""
    overall = result.overall
    return range(sum(getattr(overall, name) for name in (
        "met", "partly_met", "not_met", "unanswered", "not_applicable", "informative")))


def _file_writers(path: Path, users: int) -> list:  # type: ignore[type-arg]
    """``users`` engines on the same file: SQLite serialises them (BEGIN IMMEDIATE)."""
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.engine import make_engine

    return [Dossier(path, make_engine(path), user_name=f"user {n}") for n in range(users)]


def _server_writers(location, password, users: int) -> list:  # type: ignore[no-untyped-def,type-arg]
    from ncm_desktop.storage import server

    return [server.open_dossier(location, password, user_name=f"user {n}")
            for n in range(users)]


def simulate(dossiers: list, seconds: float) -> dict[str, str]:  # type: ignore[type-arg]
    """Each user reads a person of the hot set, waits a moment (typing), saves a new title
    with the version it read; counts saves and conflicts, then checks nothing was lost."""
    from sqlalchemy import func, select

    from ncm_desktop.storage import repository
    from ncm_desktop.storage.errors import RecordChangedElsewhere
    from ncm_desktop.storage.models import ChangeLogEntry, Person

    with dossiers[0].session() as session:
        hot = list(session.scalars(select(Person.id).order_by(Person.id).limit(HOT_PEOPLE)))
        logged_before = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    saved: list[tuple[float, uuid.UUID, str]] = []
    conflicts = [0]
    errors: list[str] = []
    guard = threading.Lock()
    stop = time.perf_counter() + seconds

    def user(dossier, seed: int) -> None:  # type: ignore[no-untyped-def]
        rng = random.Random(seed)
        while time.perf_counter() < stop:
            person_id = rng.choice(hot)
            try:
                with dossier.session() as session:
                    person = session.get_one(Person, person_id)
                    values = repository.PersonValues(
                        full_name=person.full_name, organisation_id=person.organisation_id,
                        title=person.title, sex=person.sex, role=person.role,
                        phone=person.phone, email=person.email,
                        mandate_start=person.mandate_start, notes=person.notes)
                    version = person.version
                time.sleep(rng.uniform(0, 0.01))
                title = f"title {uuid.uuid4().hex[:8]}"
                repository.save_person(dossier, repository.PersonValues(
                    **{**vars(values), "title": title}), person_id, read_version=version)
                with guard:
                    saved.append((time.perf_counter(), person_id, title))
            except RecordChangedElsewhere:
                with guard:
                    conflicts[0] += 1
            except Exception as error:  # noqa: BLE001 - counted and shown, never hidden
                with guard:
                    errors.append(f"{type(error).__name__}: {error}"[:200])

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(d, n)) for n, d in enumerate(dossiers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    last: dict[uuid.UUID, str] = {}
    for _, person_id, title in sorted(saved):
        last[person_id] = title
    with dossiers[0].session() as session:
        titles = dict(session.execute(select(Person.id, Person.title).where(
            Person.id.in_(list(last)))).all())
        logged = session.scalar(select(func.count()).select_from(ChangeLogEntry)) \
            - logged_before
    lost = sum(1 for person_id, title in last.items() if titles[person_id] != title)
    for dossier in dossiers:
        dossier.close()
    return {
        f"{len(dossiers)} users: saves": str(len(saved)),
        f"{len(dossiers)} users: saves per second": f"{len(saved) / elapsed:.0f}",
        f"{len(dossiers)} users: conflicts caught": str(conflicts[0]),
        f"{len(dossiers)} users: other errors": str(len(errors)) + (
            f" ({errors[0]})" if errors else ""),
        "saves in the change log": str(logged),
        "lost (last save not kept)": str(lost),
    }


if __name__ == "__main__":
    sys.exit(main())
