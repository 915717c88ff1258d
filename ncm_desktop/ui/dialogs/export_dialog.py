"""Print a hand-out to PDF: choose its language, the public variant, the file; then write.

The PDF is drawn in a worker thread (:class:`ExportWorker` on a ``QThread``): a roster of
10,000 members takes a few seconds, and the window keeps painting, shows the progress
and can cancel.  A busy cursor alone would freeze the window for that long.  The worker
reads the dossier through its own SQLAlchemy session (the engine's pool gives each
thread its own connection) and never touches a widget; it reports by signals, which Qt
delivers in the window's thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.languages import LANGUAGES
from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.reports.kinds import CONTEXT as REPORTS
from ncm_desktop.reports.kinds import Kind
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import DossierError, OutputNotWritable
from ncm_desktop.ui.dossier_context import DossierContext


class _Cancelled(Exception):
    """The user stopped the export; the target was left as it was."""


class ExportWorker(QObject):
    """Writes one hand-out; lives in a worker thread and talks only through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # reports.export.Result
    failed = Signal(str)  # a translated sentence
    cancelled = Signal()

    def __init__(self, dossier: Dossier, kind: Kind, target: Path, language: str,
                 public: bool) -> None:
        super().__init__()
        self.dossier = dossier
        self.kind = kind
        self.target = target
        self.language = language
        self.public = public

    def run(self) -> None:
        from ncm_desktop.reports.export import Options, export

        options = Options(language=self.language, public=self.public)
        try:
            result = export(self.kind.key, self.dossier, self.target, options, self._progress)
        except _Cancelled:
            self.cancelled.emit()
        except (DossierError, OutputNotWritable, OSError) as error:
            self.failed.emit(error_message(error))
        else:
            self.succeeded.emit(result)

    def _progress(self, done: int, total: int) -> None:
        if QThread.currentThread().isInterruptionRequested():
            raise _Cancelled
        self.progressed.emit(done, total)


class ExportDialog(QDialog):
    """Emits :attr:`exported` with the written file once the PDF is complete."""

    exported = Signal(object, int)  # the written Path, its number of pages

    def __init__(self, context: DossierContext, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        title = self.translated_title()
        self.setWindowTitle(self.tr("Export: %1").replace("%1", title))

        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setAccessibleName(self.tr("Language of the hand-out"))
        self.public = QCheckBox(self.tr("&Public version: leave out phone numbers and email "
                                        "addresses"))
        self.public.setAccessibleName(self.tr("Public version"))
        self.public.setVisible(kind.public_variant)
        self.path = QLineEdit(str(self._suggested_path()))
        self.path.setAccessibleName(self.tr("PDF file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the PDF file"))
        self.browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("&Language of the hand-out:"), self.language)
        if kind.public_variant:
            form.addRow("", self.public)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row of two widgets gets no buddy by itself
        form.addRow(file_label, file_row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def translated_title(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(REPORTS, self.kind.title)

    # -- actions -------------------------------------------------------------------------

    def choose_file(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export as PDF"),
                                                self.path.text(), self.tr("PDF files (*.pdf)"))
        if target:
            self.path.setText(target)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Write the PDF in a worker thread; the dialog closes when it is complete."""
        if self.running:
            return
        if not self.path.text().strip():
            self._show_problem(self.tr("Choose the file to write."))
            return
        self.message.hide()
        worker = ExportWorker(self.context.writer(), self.kind, self.target(),
                              self.language.currentData(), self.public.isChecked()
                              and self.kind.public_variant)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        self._thread, self._worker = thread, worker
        self._set_busy(True)
        thread.start()

    def reject(self) -> None:
        """Cancel stops a running export (the file is left as it was) or closes."""
        if self.running:
            assert self._thread is not None
            self._thread.requestInterruption()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            assert self._thread is not None
            self._thread.requestInterruption()
            event.ignore()
            return
        super().closeEvent(event)

    # -- worker signals ------------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_succeeded(self, result: object) -> None:
        self._stop_thread()
        self.exported.emit(result.path, result.pages)  # type: ignore[attr-defined]
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self._show_problem(message)

    def _on_cancelled(self) -> None:
        self._stop_thread()
        self._show_problem(self.tr("The export was cancelled; no file was written."))

    # -- internals -----------------------------------------------------------------------

    def _stop_thread(self) -> None:
        thread = self._thread
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.language, self.public, self.path, self.browse, self.export_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # until the first report of progress

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _suggested_path(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() \
            else self.context.path.parent
        return folder / f"{self.kind.key}.pdf"
