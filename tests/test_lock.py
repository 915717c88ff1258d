"""One writer at a time: the lock file beside a dossier."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from ncm_desktop.storage import lock
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import DossierInUse
from ncm_desktop.storage.lock import LockOwner

REPO = Path(__file__).resolve().parent.parent


def _write_lock(dossier: Path, **fields: object) -> None:
    owner = {"host": lock.host_name(), "pid": os.getpid(), "user": "ana",
             "started": "", "opened_at": "2026-05-12T10:30:00+00:00", "program": "NCM"}
    owner.update(fields)
    lock.lock_path(dossier).write_text(json.dumps(owner), encoding="utf-8")


def _dead_pid() -> int:
    """The number of a process that has certainly ended."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_opening_for_writing_takes_the_lock_and_closing_gives_it_back(tmp_path: Path) -> None:
    opened = Dossier.create(tmp_path / "a.ncm")
    lock_file = lock.lock_path(opened.path)
    assert lock_file.name == ".a.ncm.lock"
    owner = LockOwner.from_json(lock_file.read_text(encoding="utf-8"))
    assert owner.pid == os.getpid()
    assert owner.host == lock.host_name()
    assert owner.started == lock.process_start(os.getpid())
    assert datetime.fromisoformat(owner.opened_at).tzinfo is not None
    opened.close()
    assert not lock_file.exists()
    opened.close()  # twice is harmless


def test_the_lock_is_re_entrant_within_one_program(tmp_path: Path) -> None:
    first = Dossier.create(tmp_path / "a.ncm")
    second = Dossier.open(first.path)
    first.close()
    assert lock.lock_path(first.path).exists()  # the second still holds it
    second.close()
    assert not lock.lock_path(first.path).exists()


def test_reading_takes_no_lock(dossier: Dossier) -> None:
    dossier.close()
    reader = Dossier.open(dossier.path, read_only=True)
    assert not lock.lock_path(dossier.path).exists()
    reader.close()


def test_a_running_program_on_this_computer_keeps_the_dossier(dossier: Dossier) -> None:
    dossier.close()
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_lock(dossier.path, pid=holder.pid, started=lock.process_start(holder.pid))
        with pytest.raises(DossierInUse) as caught:
            Dossier.open(dossier.path)
        assert not caught.value.stale
        assert caught.value.owner.user == "ana"
        with pytest.raises(DossierInUse):
            Dossier.open(dossier.path, force=True)  # never taken from a running program
        with pytest.raises(DossierInUse):
            Dossier.create(dossier.path)  # nor replaced under it
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_whose_process_ended_is_stale_and_can_be_taken_over(dossier: Dossier) -> None:
    dossier.close()
    _write_lock(dossier.path, pid=_dead_pid())
    with pytest.raises(DossierInUse) as caught:
        Dossier.open(dossier.path)
    assert caught.value.stale
    taken = Dossier.open(dossier.path, force=True)
    owner = LockOwner.from_json(lock.lock_path(dossier.path).read_text(encoding="utf-8"))
    assert owner.pid == os.getpid()
    taken.close()
    assert not lock.lock_path(dossier.path).exists()


def test_a_process_number_reused_by_another_program_is_stale(dossier: Dossier) -> None:
    dossier.close()
    # Our own number, but a start time that is not ours: the program that wrote it ended
    # and the number was given to another process.
    _write_lock(dossier.path, pid=os.getpid(), started="another-boot:123")
    with pytest.raises(DossierInUse) as caught:
        Dossier.open(dossier.path)
    assert caught.value.stale


def test_a_lock_from_another_computer_is_never_called_stale(dossier: Dossier) -> None:
    dossier.close()
    _write_lock(dossier.path, host="other-laptop", pid=1)
    with pytest.raises(DossierInUse) as caught:
        Dossier.open(dossier.path)
    assert not caught.value.stale
    assert caught.value.owner.host == "other-laptop"
    Dossier.open(dossier.path, force=True).close()  # the user's word that it is unused


def test_an_unreadable_lock_is_stale_only_once_it_is_old(dossier: Dossier) -> None:
    dossier.close()
    path = lock.lock_path(dossier.path)
    path.write_bytes(b"")  # a crash while the lock was being written
    found = lock.read_owner(dossier.path)
    assert found is not None and found[0].host == ""
    assert not lock.is_stale(found[0], age_s=found[1])
    old = time.time() - 3600
    os.utime(path, (old, old))
    found = lock.read_owner(dossier.path)
    assert found is not None and lock.is_stale(found[0], age_s=found[1])


def test_two_programs_cannot_both_take_a_free_lock(tmp_path: Path) -> None:
    dossier = Dossier.create(tmp_path / "a.ncm")
    dossier.close()
    # A barrier of files, so that the race does not depend on how fast processes start:
    # each child says it is ready, all try at once when the "go" file appears, and the
    # one that got the lock holds it until every child has tried.
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    script = (
        "import sys, time; from pathlib import Path\n"
        "from ncm_desktop.storage import lock\n"
        "from ncm_desktop.storage.errors import DossierInUse\n"
        "barrier, me = Path(sys.argv[2]), sys.argv[3]\n"
        "def wait(done):\n"
        "    deadline = time.monotonic() + 60\n"
        "    while not done() and time.monotonic() < deadline:\n"
        "        time.sleep(0.005)\n"
        "(barrier / f'ready-{me}').touch()\n"
        "wait((barrier / 'go').exists)\n"
        "try:\n"
        "    lock.acquire(Path(sys.argv[1])); answer = 'got'\n"
        "except DossierInUse:\n"
        "    answer = 'refused'\n"
        "(barrier / f'tried-{me}').touch()\n"
        "if answer == 'got':\n"
        "    wait(lambda: len(list(barrier.glob('tried-*'))) == 4)\n"
        "print(answer)\n"
    )
    children = [subprocess.Popen([sys.executable, "-c", script, str(dossier.path),
                                  str(barrier), str(number)],
                                 stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHONPATH": str(REPO)})
                for number in range(4)]
    deadline = time.monotonic() + 60
    while len(list(barrier.glob("ready-*"))) < 4 and time.monotonic() < deadline:
        time.sleep(0.005)
    (barrier / "go").touch()
    answers = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    assert answers == ["got", "refused", "refused", "refused"]


def test_garbage_is_not_a_lock_owner() -> None:
    for text in ("", "[]", "{}", '{"host": "x"}', "not json"):
        with pytest.raises(ValueError):
            LockOwner.from_json(text)


def test_process_start_of_a_process_that_does_not_exist() -> None:
    assert lock.process_start(_dead_pid()) is None
    assert lock.process_start(0) is None
    assert lock.process_start(os.getpid())


def test_a_program_that_ends_without_closing_leaves_no_lock(dossier: Dossier) -> None:
    dossier.close()
    script = ("import sys; from pathlib import Path\n"
              "from ncm_desktop.storage.database import Dossier\n"
              "Dossier.open(Path(sys.argv[1]))  # never closed\n")
    subprocess.run([sys.executable, "-c", script, str(dossier.path)], check=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert not lock.lock_path(dossier.path).exists()
