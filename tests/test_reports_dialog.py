"""File > Export in the window: the menu and the dialog writing a real PDF."""

from __future__ import annotations

from pathlib import Path

from pdf_reading import EMAIL, text
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ncm_desktop.reports.kinds import KINDS, kind
from ncm_desktop.ui.dialogs.export_dialog import ExportDialog


def test_file_menu_offers_every_hand_out(window) -> None:  # type: ignore[no-untyped-def]
    texts = [action.text() for action in window.export_menu.actions()]
    assert texts == [f"{k.title}…" for k in KINDS]
    assert window.export_menu.menuAction() in window.file_menu.actions()


def test_dialog_writes_the_public_roster(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window.context, kind("roster"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "en"  # the interface language
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.public.setChecked(True)
    dialog.path.setText(str(tmp_path / "roster"))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path, pages = signal.args
    assert path == tmp_path / "roster.pdf" and path.exists()
    reader = PdfReader(path)
    assert len(reader.pages) == pages and reader.trailer["/Root"]["/Lang"] == "fr"
    assert EMAIL.findall(text(path)) == []
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_dialog_says_why_a_target_cannot_be_written(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window.context, kind("attendance"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.public.isVisible()
    dialog.path.setText(str(tmp_path / "missing" / "sheet.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.running, timeout=20000)
    assert "its folder does not exist" in dialog.message.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not (tmp_path / "missing").exists()
