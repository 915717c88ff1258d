"""Automatic backups: made safely, thinned like Anki's, listed, checked and restored."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ncm_desktop import paths
from ncm_desktop.storage import backups, dossier_file, lock, repository
from ncm_desktop.storage.backups import Reason, RetentionPolicy, backups_to_keep
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import DossierDamaged, DossierInUse, NotADossier

NOW = datetime(2026, 5, 12, 10, 0, tzinfo=UTC)


def _people(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT full_name FROM person ORDER BY 1")]
    finally:
        connection.close()


def _add(dossier: Dossier, name: str) -> None:
    repository.save_person(dossier, repository.PersonValues(full_name=name))


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * min(8192, size // 3))


# -- retention ------------------------------------------------------------------------


def test_everything_of_the_last_day_is_kept() -> None:
    times = [NOW - timedelta(minutes=30 * n) for n in range(40)]  # 20 hours every 30 min
    assert backups_to_keep(times, NOW) == set(times)


def test_recent_backups_are_capped() -> None:
    times = [NOW - timedelta(minutes=10 * n) for n in range(100)]  # 16.5 hours
    kept = backups_to_keep(times, NOW, RetentionPolicy(recent_limit=48))
    assert sorted(kept, reverse=True)[:48] == sorted(times, reverse=True)[:48]
    # beyond the cap, only one a day (the newest of that day) survives
    assert len(kept) == 48 + len({t.date() for t in sorted(times, reverse=True)[48:]} -
                                 {t.date() for t in sorted(times, reverse=True)[:48]})


def test_one_a_day_then_one_a_week_then_one_a_month() -> None:
    # one backup every 6 hours for two years
    times = [NOW - timedelta(hours=6 * n) for n in range(4 * 730)]
    kept = sorted(backups_to_keep(times, NOW), reverse=True)
    policy = RetentionPolicy()
    recent = [t for t in kept if NOW - t <= timedelta(hours=24)]
    assert len(recent) == 5  # 0, 6, 12, 18 and 24 hours ago
    older = kept[len(recent):]
    days = older[:policy.daily]
    assert len({t.date() for t in days}) == policy.daily
    # the newest backup of each day not already covered by a recent one (22:00)
    assert all(t.hour == 22 for t in days)
    assert days[0].date() == (NOW - timedelta(days=2)).date()
    assert len(kept) == 5 + policy.daily + policy.weekly + policy.monthly
    assert len({t.date() for t in older}) == len(older)  # never two on one day
    # then one a week: none of the 10 weeks after the daily ones is skipped
    last_daily = older[policy.daily - 1]
    sunday = last_daily - timedelta(days=last_daily.weekday() + 1)  # newest of its week
    sundays = [t for t in older[policy.daily:] if t.weekday() == 6]
    assert sundays[:policy.weekly - 1] == \
        [sunday - timedelta(days=7 * n) for n in range(policy.weekly - 1)]
    # and the oldest, one a month
    assert len({(t.year, t.month) for t in older[-6:]}) == 6
    assert timedelta(days=270) < NOW - kept[-1] < timedelta(days=400)


def test_retention_of_nothing_and_of_duplicates() -> None:
    assert backups_to_keep([], NOW) == set()
    assert backups_to_keep([NOW, NOW], NOW) == {NOW}


def test_days_are_those_of_the_given_time_zone() -> None:
    from datetime import timezone

    zone = timezone(timedelta(hours=-5))
    # Two backups on the same UTC day but on different local days (and both old).
    late = datetime(2026, 5, 1, 3, 0, tzinfo=UTC)  # 30 April, 22:00 local
    later = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)  # 1 May, 01:00 local
    assert backups_to_keep([late, later], NOW, zone=UTC) == {later}
    assert backups_to_keep([late, later], NOW, zone=zone) == {late, later}


# -- making backups -------------------------------------------------------------------


def test_a_backup_is_a_sound_single_file_copy_with_its_reason(dossier: Dossier) -> None:
    _add(dossier, "Ana")
    made = backups.backup_now(dossier.path, Reason.IMPORT)
    assert made.path.parent.parent == paths.backups_dir()
    assert made.reason == "import"
    assert made.path.name.endswith("-import.ncm")
    assert _people(made.path) == ["Ana"]
    assert dossier_file.inspect(made.path).revision == dossier_file.inspect(dossier.path).revision
    connection = sqlite3.connect(made.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert backups.summary(made.path).people == 1
    assert not [p for p in made.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_the_public_function_takes_the_reason_as_text(dossier: Dossier) -> None:
    assert backups.backup_now(dossier.path, "merge").reason == "merge"
    with pytest.raises(ValueError):
        backups.backup_now(dossier.path, "whenever")


def test_backups_of_a_dossier_share_a_folder_named_after_its_mechanism(
        dossier: Dossier, tmp_path: Path) -> None:
    first = backups.backup_now(dossier.path, Reason.MANUAL)
    dossier.close()
    moved = tmp_path / "renamed.ncm"
    dossier.path.rename(moved)
    second = backups.backup_now(moved, Reason.MANUAL)
    assert first.path.parent == second.path.parent
    assert [b.path for b in backups.backups_for(moved)] == [second.path, first.path]


def test_automatic_backups_are_skipped_when_nothing_changed(dossier: Dossier) -> None:
    first = backups.automatic_backup(dossier.path, Reason.OPEN)
    assert first is not None
    assert backups.automatic_backup(dossier.path) is None
    _add(dossier, "Ana")
    assert backups.automatic_backup(dossier.path) is not None
    assert backups.automatic_backup(dossier.path) is None
    with dossier.transaction() as session:  # a Core write, which the change log does not see
        session.connection().exec_driver_sql(
            "UPDATE person SET title = 'Director', modified_at = '2030-01-01 00:00:00'")
    assert backups.automatic_backup(dossier.path) is not None


def test_old_backups_are_thinned_after_each_backup(dossier: Dossier) -> None:
    first = backups.backup_now(dossier.path, Reason.MANUAL)
    folder = first.path.parent
    old = [NOW - timedelta(days=400 + n) for n in range(30)]
    for moment in old:
        name = f"{moment.strftime('%Y%m%dT%H%M%S%f')}Z-timer.ncm"
        (folder / name).write_bytes(first.path.read_bytes())
    made = backups.backup_now(dossier.path, Reason.MANUAL)
    remaining = {b.created for b in backups.list_folder(folder)}
    every = {*old, first.created, made.created}
    zone = datetime.now().astimezone().tzinfo
    assert remaining == backups_to_keep(every, made.created, zone=zone)
    assert {first.created, made.created} <= remaining
    assert len(remaining & set(old)) >= RetentionPolicy().daily
    assert len(remaining) < len(every)


def test_a_damaged_dossier_is_not_backed_up(dossier: Dossier) -> None:
    for number in range(60):
        _add(dossier, f"Person {number} " + "x" * 150)
    dossier.close()
    _damage(dossier.path)
    with pytest.raises(DossierDamaged):
        backups.backup_now(dossier.path, Reason.MANUAL)


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"])
def test_files_that_are_not_dossiers_are_not_backed_up(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.ncm"
    path.write_bytes(content)
    with pytest.raises(NotADossier):
        backups.backup_now(path, Reason.MANUAL)


# -- finding and restoring ------------------------------------------------------------


def test_restore_puts_a_backup_back_and_backs_up_what_it_replaces(dossier: Dossier) -> None:
    _add(dossier, "Ana")
    kept = backups.backup_now(dossier.path, Reason.MANUAL)
    _add(dossier, "Bruno")
    dossier.close()
    before = backups.restore(dossier.path, kept.path)
    assert _people(dossier.path) == ["Ana"]
    assert before is not None and before.reason == "restore"
    assert _people(before.path) == ["Ana", "Bruno"]
    dossier_file.quick_check(dossier.path)
    assert not lock.lock_path(dossier.path).exists()
    assert not dossier.path.with_name(dossier.path.name + "-wal").exists()
    reopened = Dossier.open(dossier.path)
    _add(reopened, "Carla")  # the restored file is an ordinary, writable dossier
    reopened.close()


def test_restore_is_refused_while_another_program_has_the_dossier(dossier: Dossier) -> None:
    import json
    import subprocess
    import sys

    kept = backups.backup_now(dossier.path, Reason.MANUAL)
    dossier.close()
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock.lock_path(dossier.path).write_text(json.dumps({
            "host": lock.host_name(), "pid": holder.pid, "user": "ana",
            "started": lock.process_start(holder.pid), "opened_at": ""}))
        digest = hashlib.sha256(dossier.path.read_bytes()).hexdigest()
        with pytest.raises(DossierInUse):
            backups.restore(dossier.path, kept.path, force=True)
        assert hashlib.sha256(dossier.path.read_bytes()).hexdigest() == digest
    finally:
        holder.kill()
        holder.wait()


def test_a_damaged_backup_is_never_restored(dossier: Dossier) -> None:
    for number in range(60):
        _add(dossier, f"Person {number} " + "x" * 150)
    kept = backups.backup_now(dossier.path, Reason.MANUAL)
    dossier.close()
    _damage(kept.path)
    digest = hashlib.sha256(dossier.path.read_bytes()).hexdigest()
    with pytest.raises(DossierDamaged):
        backups.restore(dossier.path, kept.path)
    assert hashlib.sha256(dossier.path.read_bytes()).hexdigest() == digest
    assert not backups.is_usable(kept.path)


def test_the_latest_good_backup_of_a_damaged_dossier_is_found_by_its_path(
        dossier: Dossier) -> None:
    for number in range(60):
        _add(dossier, f"Person {number} " + "x" * 150)
    good = backups.backup_now(dossier.path, Reason.MANUAL)
    _add(dossier, "Zoe")
    newer = backups.backup_now(dossier.path, Reason.TIMER)
    dossier.close()
    _damage(newer.path)  # the newest backup is damaged too
    _damage(dossier.path)
    with pytest.raises(DossierDamaged):
        dossier_file.quick_check(dossier.path)
    assert backups.latest_good(dossier.path) == good
    backups.restore(dossier.path, good.path)
    assert len(_people(dossier.path)) == 60
    # what the damaged file held is kept, byte for byte, beside the backups
    assert list(paths.backups_dir().glob("*/*-damaged.ncm.damaged"))


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 50,
                                     b"%PDF-1.4 renamed"])
def test_an_empty_truncated_or_foreign_file_can_be_restored_over(
        dossier: Dossier, content: bytes) -> None:
    _add(dossier, "Ana")
    good = backups.backup_now(dossier.path, Reason.MANUAL)
    dossier.close()
    dossier.path.write_bytes(content)
    assert backups.latest_good(dossier.path) == good
    backups.restore(dossier.path, good.path)
    assert _people(dossier.path) == ["Ana"]


def test_no_backup_at_all(tmp_path: Path) -> None:
    path = tmp_path / "never.ncm"
    path.write_bytes(b"")
    assert backups.backups_for(path) == []
    assert backups.latest_good(path) is None


def test_leftovers_of_an_interrupted_backup_are_cleared_once_old(dossier: Dossier) -> None:
    import os
    import time

    folder = backups.backup_now(dossier.path, Reason.MANUAL).path.parent
    old, fresh = folder / ".old-backup.ncm.1.tmp", folder / ".fresh-backup.ncm.2.tmp"
    old.write_bytes(b"partial")
    fresh.write_bytes(b"partial")
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    backups.backup_now(dossier.path, Reason.MANUAL)
    assert not old.exists()
    assert fresh.exists()  # perhaps another program's backup in progress
    assert all(b.path.suffix == ".ncm" for b in backups.list_folder(folder))
