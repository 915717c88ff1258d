"""The regional view on real dossier files: several States, several schema revisions,
never a byte of any of them changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from old_dossiers import first_revision_dossier
from pdf_reading import normalised_words, page_texts, text
from test_cli import run

from ncm_desktop.reports.comparison_data import RegionalView, gather
from ncm_desktop.reports.comparison_export import write_comparison
from ncm_desktop.storage import migrate
from ncm_desktop.storage.demo import write_demo
from ncm_desktop.storage.errors import DossierDamaged, DossierTooNew

STATES = ("Republic of Aurelia", "Republic of Borealis", "Republic of Cascadia")


@pytest.fixture(scope="module")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Three varied States of this revision, and Freedonia as revisions 0001 and 0003."""
    folder = tmp_path_factory.mktemp("region")
    files: dict[str, bytes] = {}
    for number, name in enumerate(STATES):
        path = folder / f"state-{number}.ncm"
        write_demo(path, 12, state_name=name).close()
        files[path.name] = path.read_bytes()
    oldest = first_revision_dossier(folder / "freedonia-0001.ncm")
    files[oldest.name] = oldest.read_bytes()
    middle = first_revision_dossier(folder / "freedonia-0003.ncm")
    migrate.upgrade(middle, "0003")
    files[middle.name] = middle.read_bytes()
    return files


@pytest.fixture
def region(_templates: dict[str, bytes], tmp_path: Path) -> Path:
    folder = tmp_path / "region"
    folder.mkdir()
    for name, content in _templates.items():
        (folder / name).write_bytes(content)
    return folder


def _current(region: Path) -> list[Path]:
    return sorted(region.glob("state-*.ncm"))


def _newer(region: Path) -> Path:
    path = region / "newer.ncm"
    path.write_bytes((region / "state-0.ncm").read_bytes())
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    return path


def _damaged(region: Path) -> Path:
    path = region / "damaged.ncm"
    data = bytearray((region / "state-1.ncm").read_bytes())
    data[4096 * 3: 4096 * 3 + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))
    return path


def _everything(region: Path) -> list[Path]:
    return [*_current(region), region / "freedonia-0001.ncm", region / "freedonia-0003.ncm",
            _newer(region), _damaged(region)]


def _signatures(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_dossiers_of_every_revision_are_compared_and_bad_ones_set_aside(region: Path) -> None:
    view = gather(_everything(region), "en")
    names = [s.name for s in view.comparison.states]
    assert names == [*STATES, "Freedonia", "Freedonia"]
    assert [r.revision for r in view.readings][-2:] == ["0001", "0003"]
    assert [r.upgraded for r in view.readings] == [False, False, False, True, True]
    old = view.comparison.states[3]
    # Freedonia's dossier of revision 0001 holds a National Authority and a PoA contact.
    assert "5.1.p1" not in old.gap_ids
    assert [(i.instrument_id, i.problem.value) for i in old.contact_issues] == []
    assert old.plan.value == "not_recorded"  # the plan table came with a later revision
    unread = {u.path.name: u.error for u in view.unread}
    assert set(unread) == {"newer.ncm", "damaged.ncm"}
    assert isinstance(unread["newer.ncm"], DossierTooNew)
    assert isinstance(unread["damaged.ncm"], DossierDamaged)


def test_no_dossier_is_changed_not_even_its_time_or_a_log_beside_it(region: Path,
                                                                    tmp_path: Path) -> None:
    paths = _everything(region)
    before = _signatures(region)
    view = gather(paths, "en")
    for extension in ("pdf", "xlsx", "json"):
        write_comparison(view, tmp_path / f"out.{extension}", "en")
    assert _signatures(region) == before  # same files, same bytes, same times: no -wal/-shm


def test_the_gaps_most_states_share_come_first(region: Path) -> None:
    paths = _current(region)
    # No National Authority in two States of three: a shared gap, but shared by fewer
    # States than the Firearms Protocol contact that none of them has.
    for path in paths[1:]:
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("DELETE FROM national_authority")
        connection.close()
    comparison = gather(paths, "en").comparison
    counts = [len(g.states) for g in comparison.common_gaps]
    assert counts == sorted(counts, reverse=True)
    order = [g.provision_id for g in comparison.common_gaps]
    assert "5.1.p1" in order
    named = next(g for g in comparison.common_gaps if g.provision_id == "5.1.p1")
    assert named.states == (1, 2)
    assert order.index("4.4.a") < order.index("5.1.p1")  # all three before two of three
    assert all(len(g.states) >= 2 for g in comparison.common_gaps)
    rows = [r.states_with_gaps for r in comparison.clauses]
    assert rows == sorted(rows, reverse=True)
    assert next(r for r in comparison.clauses if r.clause_id == "5.1").states_with_gaps == 2


def _view(region: Path, language: str = "en") -> RegionalView:
    return gather([*_current(region), region / "freedonia-0001.ncm", _newer(region)],
                  language)


def test_the_pdf_reads_back_with_every_state_clause_and_common_gap(region: Path,
                                                                   tmp_path: Path) -> None:
    view = _view(region)
    target = tmp_path / "comparison.pdf"
    pages = write_comparison(view, target, "en")
    assert pages is not None and pages == len(page_texts(target))
    content = text(target)
    for name in (*STATES, "Freedonia"):
        assert name in content
    assert "Gaps shared by most States" in content
    assert "7.4.2 Government entities" in content
    assert "Dossiers not compared" in content and "newer.ncm" in content
    assert "Read through an upgraded copy" in content
    first = page_texts(target)[0]
    assert first.index("'Shall' gaps") < first.index(view.comparison.clauses[0].clause_id
                                                      + " ")


def test_the_arabic_pdf_is_in_arabic(region: Path, tmp_path: Path) -> None:
    target = tmp_path / "comparison-ar.pdf"
    write_comparison(_view(region, "ar"), target, "ar")
    words = normalised_words(target)
    assert "Aurelia" in words
    assert any("\u0600" <= ch <= "\u06ff" for word in words for ch in word)


def test_the_spreadsheet_keeps_numbers_to_sort(region: Path, tmp_path: Path) -> None:
    view = _view(region)
    target = tmp_path / "comparison.xlsx"
    assert write_comparison(view, target, "en") is None
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["States", "Common gaps", "Not compared"]
    sheet = workbook["States"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["State", "File", "Score"]
    assert header[11] .startswith(view.comparison.clauses[0].clause_id + " ")
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == [s.name for s in view.comparison.states]
    assert [r[2] for r in rows] == [s.overall.percent for s in view.comparison.states]
    assert all(isinstance(r[3], int) for r in rows)
    gaps = [[c.value for c in row] for row in workbook["Common gaps"].iter_rows(min_row=2)]
    assert len(gaps) == len(view.comparison.common_gaps)
    assert [g[4] for g in gaps] == sorted((g[4] for g in gaps), reverse=True)


def test_the_json_has_ids_and_the_reasons_left_out(region: Path, tmp_path: Path) -> None:
    target = tmp_path / "comparison.json"
    write_comparison(_view(region), target, "fr")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["states"]] == [*STATES, "Freedonia"]
    assert data["states"][3]["schema_revision"] == "0001"
    assert data["states"][3]["read_through_upgraded_copy"] is True
    assert {"shall", "should"} == set(data["states"][0]["gaps"])
    assert data["common_gaps"][0]["kind"] in ("shall", "should")
    (left_out,) = data["not_compared"]
    assert left_out["problem"] == "DossierTooNew"
    assert "newer.ncm" in left_out["message"]


def test_an_unknown_extension_writes_nothing(region: Path, tmp_path: Path) -> None:
    from ncm_desktop.storage.errors import FormatNotSupported

    with pytest.raises(FormatNotSupported):
        write_comparison(_view(region), tmp_path / "comparison.docx", "en")
    assert list(tmp_path.glob("comparison*")) == []


def test_the_command_prints_or_writes(region: Path, tmp_path: Path,
                                      private_home: Path) -> None:
    paths = [str(p) for p in (*_current(region), region / "freedonia-0003.ncm",
                              _damaged(region))]
    before = _signatures(region)
    printed = run("compare", *paths, home=private_home)
    assert printed.returncode == 0, printed.stderr
    assert "Republic of Borealis" in printed.stdout and "Freedonia" in printed.stdout
    assert "Gaps shared by most States" in printed.stdout
    assert "damaged.ncm" in printed.stderr and "damaged" in printed.stderr
    target = tmp_path / "out.json"
    written = run("compare", *paths, "-o", str(target), home=private_home)
    assert written.returncode == 0, written.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))["states"]) == 4
    assert _signatures(region) == before


def test_the_command_fails_when_nothing_can_be_read(region: Path,
                                                    private_home: Path) -> None:
    result = run("--lang", "fr", "compare", str(_newer(region)), str(region / "none.ncm"),
                 home=private_home)
    assert result.returncode == 1
    assert "newer.ncm" in result.stderr and "none.ncm" in result.stderr
    assert result.stdout == ""


def test_demo_makes_another_state_to_compare(tmp_path: Path, private_home: Path) -> None:
    target = tmp_path / "zembla.ncm"
    made = run("demo", str(target), "--members", "5", "--state", "Republic of Zembla",
               home=private_home)
    assert made.returncode == 0, made.stderr
    result = run("compare", str(target), home=private_home)
    assert result.returncode == 0, result.stderr
    assert "Republic of Zembla" in result.stdout
    assert "Republic of Meridia" not in result.stdout
