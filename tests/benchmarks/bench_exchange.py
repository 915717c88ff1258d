"""How long member imports and package merges take at the sizes the issue sets.

Run:  PYTHONPATH=. python tests/benchmarks/bench_exchange.py [--members 10000]

Prints figures; asserts nothing (speed is measured here, not in the tests).  Targets:
importing 10,000 members from CSV in 5 s or less; merging two dossiers of 10,000
people each in 10 s or less.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("NCM_DESKTOP_HOME", tempfile.mkdtemp(prefix="ncm-bench-"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from ncm_desktop.rules.member_list import candidates, read_member_list  # noqa: E402
from ncm_desktop.storage import repository  # noqa: E402
from ncm_desktop.storage.database import Dossier  # noqa: E402
from ncm_desktop.storage.demo import write_demo  # noqa: E402
from ncm_desktop.storage.demo.names import REGIONS  # noqa: E402
from ncm_desktop.storage.exchange.merge import merge_package  # noqa: E402
from ncm_desktop.storage.exchange.package import export_package, read_package  # noqa: E402
from ncm_desktop.storage.member_import import import_members  # noqa: E402
from ncm_desktop.storage.models import Person  # noqa: E402
from ncm_desktop.storage.tabular import read_table  # noqa: E402

T = TypeVar("T")

ORGANISATIONS = (
    "Ministère de l'Intérieur", "Ministerio de Relaciones Exteriores",
    "Ministry of Interior and Coordination of National Government", "وزارة الداخلية",
    "Police nationale", "Army Command", "Kenya Revenue Authority",
    "Office of the Director of Public Prosecutions", "Assemblée nationale",
    "Министерство внутренних дел", "公安部", "Ministério da Defesa",
    "Women's Network for Peace", "Licensed Firearms Dealers Association",
    "United Nations Development Programme", "Direction générale des douanes",
)


def timed(label: str, action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - start
    print(f"  {label:<58} {elapsed:7.2f} s")
    return result, elapsed


def write_member_list(path: Path, members: int, rng: random.Random) -> None:
    pools = list(REGIONS.values())
    lines = ["Nom;Prénom;Institution;Sexe;Courriel;Téléphone;Fonction;Qualité"]
    for index in range(members):
        pool = pools[index % len(pools)]
        female = rng.random() < 0.45
        given = rng.choice(pool.women if female else pool.men)
        family = rng.choice(pool.families)
        lines.append(";".join([  # numbered family names: every member is another person
            f"{family}-{index:05d}", given, ORGANISATIONS[index % len(ORGANISATIONS)],
            "F" if female else "H",
            f"member{index}@commission.example", f"+999 {20 + index // 10000} {index:07d}",
            "Directeur" if index % 3 else "Conseillère", "Suppléant" if index % 2 else "Titulaire",
        ]))
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def bench_import(folder: Path, members: int) -> float:
    print(f"Import of {members:,} members from CSV (UTF-8 with BOM, semicolons)")
    path = folder / "members.csv"
    write_member_list(path, members, random.Random(7))
    dossier = Dossier.create(folder / "import.ncm")
    start = time.perf_counter()
    table, _ = timed("read the file (decode, separator, CSV)", lambda: read_table(path))
    member_list, _ = timed("find headers, map columns", lambda: read_member_list(table))
    rows, _ = timed("interpret rows, guess categories", lambda: candidates(member_list))
    report, _ = timed("check, find duplicates, back up, write (one transaction)",
                      lambda: import_members(dossier, rows))
    total = time.perf_counter() - start
    print(f"  {'total in the program':<58} {total:7.2f} s   (target 5 s; "
          f"{report.people_added:,} added)")
    dossier.close()
    cli_target = folder / "cli.ncm"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ncm_desktop", "import", "members", str(cli_target),
                    str(path), "--format", "json"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"  {'ncm-desktop import members (new dossier, whole process)':<58} "
          f"{time.perf_counter() - start:7.2f} s")
    return total


def bench_merge(folder: Path, members: int) -> float:
    print(f"Merge of two dossiers of {members:,} people each")
    a, _ = timed("(setup) sample dossier A", lambda: write_demo(folder / "a.ncm", members, 1))
    b, _ = timed("(setup) sample dossier B, another State's list",
                 lambda: write_demo(folder / "b.ncm", members, 2))
    package = folder / "a.ncmx"
    timed("export A (read, compress, write)",
                           lambda: export_package(a, package))
    loaded, read_time = timed("read and check the package", lambda: read_package(package))
    report, merge_time = timed("merge into B (plan, back up, write)",
                               lambda: merge_package(b, loaded))
    print(f"  {'-> B now holds':<58} {sum(report.added.values()):,} records added")
    disjoint = read_time + merge_time

    print(f"Exchange between two copies of one dossier of {members:,} people")
    c = Dossier.create(folder / "c.ncm")
    merge_package(c, read_package(package))  # C receives A
    rng = random.Random(3)
    with a.session() as session:
        people = list(session.scalars(select(Person)))
    edits = max(1, members // 10)
    start = time.perf_counter()
    edited = [p.id for p in rng.sample(people, edits)]
    for dossier, suffix in ((a, " (A)"), (c, " (C)")):
        with dossier.transaction() as session:
            for person_id in edited:
                person = session.get_one(Person, person_id)
                person.full_name += suffix
    repository.delete_people(a, [p.id for p in rng.sample(people, edits // 2)])
    print(f"  {'(setup) the same ' + format(edits, ',') + ' people edited on both sides':<58} "
          f"{time.perf_counter() - start:7.2f} s")
    package = folder / f"{uuid.uuid4().hex}.ncmx"
    timed("export A", lambda: export_package(a, package))
    loaded, read_time = timed("read and check the package", lambda: read_package(package))
    report, merge_time = timed("merge into C", lambda: merge_package(c, loaded))
    print(f"  {'-> conflicts, updates, deletions':<58} {len(report.conflicts):,}, "
          f"{sum(report.updated.values()):,}, {sum(report.deleted.values()):,}")
    back = folder / f"{uuid.uuid4().hex}.ncmx"
    export_package(c, back)
    timed("and back: merge C's package into A", lambda: merge_package(
        a, read_package(back)))
    related = read_time + merge_time
    print(f"  {'worst merge (read + merge)':<58} {max(disjoint, related):7.2f} s   "
          "(target 10 s)")
    for dossier in (a, b, c):
        dossier.close()
    return max(disjoint, related)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ncm-bench-") as folder:
        bench_import(Path(folder), arguments.members)
        bench_merge(Path(folder), arguments.members)


if __name__ == "__main__":
    main()
