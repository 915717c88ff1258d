"""The crash harness itself: a short run passes, and its checks can fail.

CI runs the longer form: ``python tests/reliability/crash_harness.py --kills 20``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ncm_desktop.storage import repository
from ncm_desktop.storage.database import Dossier

HARNESS = Path(__file__).resolve().parent / "reliability" / "crash_harness.py"


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_harness"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("mode", ["direct", "working-copy"])
def test_a_short_run_loses_nothing(mode: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--kills", "3", "--mode", mode, "--seed", "7",
         "--folder", str(tmp_path)],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "kills: 3" in result.stdout
    assert "lost acknowledged changes: 0" in result.stdout
    assert "corrupt files: 0" in result.stdout
    acknowledged = int(result.stdout.split("acknowledged changes: ")[1].split()[0])
    assert acknowledged > 0


def test_the_checks_catch_a_lost_change_and_a_damaged_file(dossier: Dossier,
                                                           tmp_path: Path) -> None:
    harness = _harness()
    kept = repository.save_person(dossier, repository.PersonValues(full_name="kept"))
    dossier.close()
    expected = harness.Expectations()
    tally = harness.Tally()
    expected.line(f"ACK insert {kept.hex} kept", tally)
    expected.line("ACK insert 0123456789abcdef0123456789abcdef lost", tally)
    harness.check(dossier.path, tmp_path / "home", expected, tally)
    assert tally.acknowledged == 2
    assert tally.lost == 2  # the row and its change-log entry
    assert tally.corrupt == 0
    size = dossier.path.stat().st_size
    with dossier.path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x5a" * (size // 3))
    harness.check(dossier.path, tmp_path / "home", expected, tally)
    assert tally.corrupt == 1


def test_a_change_under_way_at_the_kill_may_or_may_not_be_there() -> None:
    harness = _harness()
    expected = harness.Expectations()
    tally = harness.Tally()
    expected.line("ACK insert aa old", tally)
    expected.line("DO update aa new", tally)
    assert expected.states["aa"] == {"old", "new"}
    expected.line("ACK update aa new", tally)
    assert expected.states["aa"] == {"new"}
