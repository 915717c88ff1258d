"""File > Compare dossiers… in a real window: pick dossiers, compare, sort, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import text
from PySide6.QtCore import Qt

from ncm_desktop.i18n.bidi import CONTROLS
from ncm_desktop.storage.demo import write_demo
from ncm_desktop.ui.dialogs.compare_dialog import CompareDialog
from ncm_desktop.ui.models.comparison_models import SORT_ROLE


def plain(text: str) -> str:
    """Without the isolates that keep names and clause numbers whole in Arabic."""
    return CONTROLS.sub("", text)


STATES = ("Republic of Aurelia", "Republic of Borealis", "Republic of Cascadia")


@pytest.fixture(scope="module")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("dialog-region")
    files = {}
    for number, name in enumerate(STATES):
        path = folder / f"state-{number}.ncm"
        write_demo(path, 10, state_name=name).close()
        files[path.name] = path.read_bytes()
    return files


@pytest.fixture
def paths(_templates: dict[str, bytes], tmp_path: Path) -> list[Path]:
    result = []
    for name, content in _templates.items():
        (tmp_path / name).write_bytes(content)
        result.append(tmp_path / name)
    return result


def _compared(qtbot, paths: list[Path]) -> CompareDialog:  # type: ignore[no-untyped-def]
    dialog = CompareDialog(paths[:1])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([*paths[1:], paths[0]])  # the one already listed is not added twice
    assert len(dialog.paths()) == len(paths)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and dialog.view is not None, timeout=30_000)
    return dialog


def test_the_window_opens_the_dialog_on_the_open_dossier(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.compare_action.trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.paths() == [window.context.path]
    assert window.compare_action.text() == "Co&mpare dossiers…"
    dialog.reject()


def test_states_by_clauses_sortable_with_common_gaps_first(qtbot,  # type: ignore[no-untyped-def]
                                                          paths: list[Path]) -> None:
    dialog = _compared(qtbot, paths)
    table = dialog.states_view
    proxy = table.model()
    assert proxy.rowCount() == 3
    assert [plain(proxy.index(r, 0).data()) for r in range(3)] == list(STATES)
    first_clause = dialog.view.comparison.clauses[0]
    assert plain(proxy.headerData(8, Qt.Orientation.Horizontal)) == first_clause.clause_id
    widest = max(r.states_with_gaps for r in dialog.view.comparison.clauses)
    assert first_clause.states_with_gaps == widest
    # Click the Score header: lowest first, then highest first.
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _centre(header, 1))
    scores = [proxy.index(r, 1).data(SORT_ROLE) for r in range(3)]
    assert scores == sorted(scores)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    scores = [proxy.index(r, 1).data(SORT_ROLE) for r in range(3)]
    assert scores == sorted(scores, reverse=True)
    assert plain(proxy.index(0, 1).data()).endswith("%")
    gaps = dialog.gaps_view.model()
    counts = [gaps.index(r, 2).data(SORT_ROLE) for r in range(gaps.rowCount())]
    assert counts and counts == sorted(counts, reverse=True)


def _centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_export_from_the_dialog_and_a_bad_file_named(qtbot, paths: list[Path],  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    bad = tmp_path / "bad.ncm"
    bad.write_bytes(b"not a dossier")
    dialog = _compared(qtbot, [*paths, bad])
    assert dialog.message.isVisible() and "bad.ncm" in dialog.message.text()
    assert dialog.export_button.isEnabled()
    target = tmp_path / "out" / "comparison-fr.pdf"
    assert not dialog.export_to(target, "fr")  # its folder does not exist
    assert dialog.message.isVisible()
    target.parent.mkdir()
    assert dialog.export_to(target, "fr")
    content = text(target)
    assert "Republic of Cascadia" in content and "bad.ncm" in content


def test_cancel_stops_the_reading(qtbot, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    dialog = CompareDialog(paths * 2)
    assert len(dialog.paths()) == len(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.running and dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.view is None
    assert "cancelled" in dialog.message.text()
    assert not dialog.export_button.isEnabled() and dialog.compare_button.isEnabled()
