"""File > Export: one entry per hand-out, each opening the export dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.reports.kinds import CONTEXT as REPORTS
from ncm_desktop.reports.kinds import KINDS, Kind
from ncm_desktop.ui.dossier_context import DossierContext


class ExportMenu(QMenu):
    """Enabled entries only while a dossier is open; the dialog does the rest."""

    def __init__(self, window: QMainWindow,
                 current_context: Callable[[], DossierContext | None]) -> None:
        super().__init__(window)
        self.main_window = window
        self.current_context = current_context
        self.actions_by_kind: dict[str, QAction] = {}
        for kind in KINDS:
            action = self.addAction("")
            action.triggered.connect(lambda _=False, k=kind: self.open_dialog(k))
            self.actions_by_kind[kind.key] = action
        self.aboutToShow.connect(self._update_enabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Export"))
        for kind in KINDS:
            title = QCoreApplication.translate(REPORTS, kind.title)
            self.actions_by_kind[kind.key].setText(fill(self.tr("%1…"), title))

    def open_dialog(self, kind: Kind) -> None:
        context = self.current_context()
        if context is None:
            return
        from ncm_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(context, kind, self.main_window)
        dialog.exported.connect(self._on_exported)
        dialog.open()

    def _on_exported(self, path: Path, pages: int) -> None:
        if pages < 0:  # an editable copy
            message = fill(self.tr("Wrote %1."), str(path))
        else:
            message = fill(self.tr("Wrote %1 (%n page(s)).", "", pages), str(path))
        self.main_window.statusBar().showMessage(message, 10000)

    def _update_enabled(self) -> None:
        enabled = self.current_context() is not None
        for action in self.actions_by_kind.values():
            action.setEnabled(enabled)
