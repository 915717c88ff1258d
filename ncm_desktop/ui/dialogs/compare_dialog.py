"""File > Compare dossiers…: the States of a region side by side, before a regional meeting.

The user picks the dossiers the States sent; they are read in a worker thread (one
after the other, with a progress bar and Cancel: a dozen dossiers of 10,000 people take
a while), and never changed (:mod:`storage.untouched_reading`).  The result is a
sortable table of States × clauses, the clauses ordered with the gaps most States share
first, and the list of those common gaps; it can be exported as PDF, spreadsheet or
JSON in any of the languages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QSortFilterProxyModel,
    QStandardPaths,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.bidi import left_to_right
from ncm_desktop.i18n.languages import LANGUAGES
from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.translation import installed_translate, interface_language
from ncm_desktop.reports.comparison_data import RegionalView, gather
from ncm_desktop.reports.comparison_export import FORMATS, write_comparison
from ncm_desktop.reports.comparison_text import ComparisonText
from ncm_desktop.storage.errors import FormatNotSupported, OutputNotWritable
from ncm_desktop.ui.models.comparison_models import SORT_ROLE, CommonGapsModel, StatesModel
from ncm_desktop.ui.models.delegates import Index
from ncm_desktop.ui.operation import BackgroundOperation


class _FilesModel(QStringListModel):
    """The paths of the dossiers, kept left to right in a right-to-left window."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            return left_to_right(value)
        return value


class CompareDialog(QDialog):
    def __init__(self, paths: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare dossiers"))
        self.view: RegionalView | None = None
        self._reading: BackgroundOperation | None = None
        self._folder = Path(paths[0]).parent if paths else self._documents()
        language = interface_language()
        text = ComparisonText(installed_translate, QLocale(), load_catalog(language))

        intro = QLabel(self.tr(
            "Choose the dossiers of the States to compare. They are only read: nothing in "
            "them is changed, whichever version of NCM Desktop wrote them."))
        intro.setWordWrap(True)
        self.files = _FilesModel(list(dict.fromkeys(str(p) for p in paths or [])), self)
        self.file_list = QListView()
        self.file_list.setModel(self.files)
        self.file_list.setAccessibleName(self.tr("Dossiers to compare"))
        self.file_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.add_button = QPushButton(self.tr("&Add dossiers…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.compare_button,
                       self.cancel_button):
            side.addWidget(button)
        side.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(side)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.states_model = StatesModel(text, self)
        self.states_view = self._table(self.states_model, self.tr("States and clauses"))
        self.gaps_model = CommonGapsModel(text, self)
        self.gaps_view = self._table(self.gaps_model, self.tr("Gaps shared by most States"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.states_view, self.tr("&States and clauses"))
        self.tabs.addTab(self.gaps_view, self.tr("Common &gaps"))

        self.language = QComboBox()
        for each in LANGUAGES:
            self.language.addItem(each.native_name, each.code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language of the export"))
        language_label = QLabel(self.tr("&Language of the export:"))
        language_label.setBuddy(self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_export)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(language_label)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(files_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(700, screen.height() - 60))
        self._update_enabled()

    # -- the dossiers ----------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [Path(p) for p in self.files.stringList()]

    def add_paths(self, paths: list[Path]) -> None:
        known = self.files.stringList()
        self.files.setStringList(known + [str(p) for p in paths if str(p) not in known])
        if paths:
            self._folder = Path(paths[-1]).parent
        self._update_enabled()

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Dossiers to compare"), str(self._folder),
            self.tr("NCM Desktop dossiers (*.ncm);;All files (*)"))
        self.add_paths([Path(p) for p in chosen])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.file_list.selectionModel().selectedIndexes()},
                      reverse=True)
        for row in rows:
            self.files.removeRows(row, 1)
        self._update_enabled()

    # -- reading ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._reading is not None and self._reading.running

    def start(self) -> None:
        """Read and compare the dossiers in a worker thread."""
        if self.running or not self.paths():
            return
        self.message.hide()
        paths, language = self.paths(), interface_language()
        reading = BackgroundOperation(
            None, lambda _dossier, progress: gather(paths, language, progress),
            writes=False, parent=self)
        reading.progressed.connect(self._on_progress)
        reading.succeeded.connect(self._on_succeeded)
        reading.cancelled.connect(lambda: self._show_problem(
            self.tr("The comparison was cancelled.")))
        reading.finished.connect(lambda: self._set_busy(False))
        self._reading = reading
        self._set_busy(True)
        reading.start()

    def cancel(self) -> None:
        if self._reading is not None:
            self._reading.cancel()

    def reject(self) -> None:
        """Close stops a reading under way first."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_succeeded(self, view: RegionalView) -> None:
        self.view = view
        text = ComparisonText(installed_translate, QLocale(), view.catalog)
        self.states_model.set_comparison(view.comparison, text)
        self.gaps_model.set_comparison(view.comparison, text)
        for table in (self.states_view, self.gaps_view):
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the comparison's order
            table.resizeColumnsToContents()
        problems = [error_message(u.error) for u in view.unread]
        if not view.readings:
            problems.append(self.tr("No dossier could be read: there is nothing to compare."))
        self._show_problem("\n".join(problems))
        self._update_enabled()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.remove_button, self.compare_button,
                       self.export_button, self.language):
            widget.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        else:
            self._update_enabled()

    # -- export ----------------------------------------------------------------------

    def choose_export(self) -> None:
        filters = [self.tr("PDF files (*.pdf)"), self.tr("Spreadsheets (*.xlsx)"),
                   self.tr("JSON files (*.json)")]
        target, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the comparison"), str(self._folder / "comparison.pdf"),
            ";;".join(filters))
        if not target:
            return
        path = Path(target)
        if path.suffix.lower().lstrip(".") not in FORMATS:
            path = path.with_name(f"{path.name}.{FORMATS[max(0, filters.index(chosen))]}"
                                  if chosen in filters else f"{path.name}.pdf")
        self.export_to(path, self.language.currentData())

    def export_to(self, target: Path, language: str) -> bool:
        """Write the comparison shown to ``target``; False (and a message) on failure."""
        if self.view is None or not self.view.readings:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_comparison(self.view, target, language)
        except (OutputNotWritable, FormatNotSupported, OSError) as error:
            self._show_problem(error_message(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.hide()
        return True

    # -- internals -------------------------------------------------------------------

    def _update_enabled(self) -> None:
        has_files = bool(self.files.stringList())
        self.compare_button.setEnabled(has_files and not self.running)
        self.remove_button.setEnabled(has_files and not self.running)
        self.export_button.setEnabled(self.view is not None and bool(self.view.readings)
                                      and not self.running)

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _table(self, model: StatesModel | CommonGapsModel, name: str) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView()
        table.setModel(proxy)
        table.setAccessibleName(name)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    @staticmethod
    def _documents() -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()
