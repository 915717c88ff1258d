"""``ncm-desktop readiness``, run as scripts run it: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ncm_desktop.catalog import load_catalog

ROOT = Path(__file__).resolve().parent.parent


def _run(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NCM_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "ncm_desktop", *arguments], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)


def test_json_gives_every_provision_and_category(demo_path: Path, private_home: Path) -> None:
    result = _run(private_home, "readiness", str(demo_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    catalog = load_catalog()
    assert report["catalog_version"] == catalog.catalog_version
    assert report["dossier"] == str(demo_path)
    findings = {f["id"]: f for f in report["findings"]}
    assert list(findings) == [p.id for p in catalog.provisions]
    for item in report["findings"]:
        assert set(item) >= {"id", "kind", "status", "decided", "message", "next_step",
                             "clause"}
        assert item["decided"] in ("data", "hand", "unanswered")
        assert item["message"] and "%" not in item["message"].replace("%)", "").replace(
            "% ", "")
    assert findings["6.3.3"]["status"] == "partly_met"
    assert findings["6.3.3"]["decided"] == "data"
    assert "Arms Trade Treaty" in findings["6.3.3"]["message"]
    assert findings["4.4.a"]["status"] == "not_met"
    assert findings["7.2.a"]["decided"] == "hand"
    assert findings["5.1.p2"]["counted"] is False
    coverage = {c["id"]: c["coverage"] for c in report["categories"]}
    assert len(coverage) == len(catalog.categories)
    assert coverage["7.4.2.v"] == "not_present"
    assert coverage["7.4.2.p"] == "invited"
    assert coverage["7.4.2.r"] == "absent"
    assert coverage["7.4.5"] == "member"
    score = report["score"]
    assert set(score) == {"overall", "by_clause", "by_priority", "by_kind"}
    assert set(score["by_priority"]) == {"high", "medium", "lower", "none"}
    assert 0 < score["overall"]["percent"] < 100


def test_text_names_gaps_and_next_steps(demo_path: Path, private_home: Path) -> None:
    result = _run(private_home, "readiness", str(demo_path))
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Score:" in text and "By clause:" in text and "By priority:" in text
    gaps = text.split("Gaps, most important first")[1]
    assert gaps.index("7.3.2 a) ¶1 [shall") < gaps.index("[should")
    assert "Next step: Notify UNODC" in text
    assert "not counted in the score" in text
    assert "7.4.2 v) Arms export / import control agency: Not present in this State" in text


def test_an_empty_dossier_has_gaps_but_exits_0(tmp_path: Path, private_home: Path) -> None:
    from ncm_desktop.storage.database import Dossier

    path = tmp_path / "empty.ncm"
    Dossier.create(path).close()
    result = _run(private_home, "readiness", str(path), "--format", "json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert all(c["coverage"] == "absent" for c in report["categories"])


def test_a_bad_dossier_fails_with_a_message(tmp_path: Path, private_home: Path) -> None:
    missing = _run(private_home, "readiness", str(tmp_path / "nowhere.ncm"))
    assert missing.returncode == 1 and "There is no dossier" in missing.stderr
    garbage = tmp_path / "garbage.ncm"
    garbage.write_bytes(b"not a database at all" * 100)
    result = _run(private_home, "readiness", str(garbage), "--format", "json")
    assert result.returncode == 1 and result.stdout == ""
    assert "is not an NCM Desktop dossier" in result.stderr


def _sample_with_history(path: Path) -> Path:
    from ncm_desktop.rules.baselines import Scorer
    from ncm_desktop.storage.demo import write_demo

    write_demo(path, scorer=Scorer(load_catalog())).close()
    return path


def test_since_prints_the_changes_as_json(tmp_path: Path, private_home: Path) -> None:
    sample = _sample_with_history(tmp_path / "sample.ncm")
    result = _run(private_home, "readiness", str(sample), "--since", "2026-10-01",
                  "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["baseline"] == "2026-09-15"
    assert report["score_change"] == report["score_now"] - report["score_then"] > 0
    kinds = {c["change"] for c in report["changes"]}
    assert {"newly_met", "slipped_back"} <= kinds
    slipped = next(c for c in report["changes"] if c["change"] == "slipped_back")
    assert slipped["before"] == "met" and slipped["after"] != "met"
    assert [b["date"] for b in report["baselines"]] == ["2026-09-15"]


def test_since_in_text_and_in_french_and_bad_dates(tmp_path: Path, private_home: Path) -> None:
    sample = _sample_with_history(tmp_path / "sample.ncm")
    result = _run(private_home, "readiness", str(sample), "--since", "2026-04-01")
    assert result.returncode == 0, result.stderr
    assert "2026-03-12" in result.stdout and "2026-05-20" in result.stdout
    assert "Newly met" in result.stdout
    french = _run(private_home, "--lang", "fr", "readiness", str(sample), "--since",
                  "2026-04-01")
    assert "Newly met" not in french.stdout and "2026-03-12" in french.stdout
    bad = _run(private_home, "readiness", str(sample), "--since", "2026-13-01")
    assert bad.returncode == 1 and "2026-13-01" in bad.stderr
    early = _run(private_home, "readiness", str(sample), "--since", "2025-01-01")
    assert early.returncode == 1 and "2026-03-12" in early.stderr
