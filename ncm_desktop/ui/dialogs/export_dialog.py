"""Print a hand-out: choose its language, the public variant, the meeting it is about, the
format (PDF, or an editable copy of the action plan) and the file; then write.

The PDF is drawn in a worker thread (:class:`operation.BackgroundOperation`): a roster of
10,000 members takes a few seconds, and the window keeps painting, shows the progress
and can cancel.  A busy cursor alone would freeze the window for that long.  The worker
reads the dossier through its own SQLAlchemy session (the engine's pool gives each
thread its own connection) and never touches a widget.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QStandardPaths,
    Signal,
)
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

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.formatting import format_date
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.languages import LANGUAGES
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.reports.kinds import CONTEXT as REPORTS
from ncm_desktop.reports.kinds import DOCX, PDF, XLSX, Kind, MeetingUse
from ncm_desktop.rules.plan_quality import check_plan
from ncm_desktop.storage.errors import (
    DossierError,
    FormatNotSupported,
    MeetingChoiceError,
    OutputNotWritable,
)
from ncm_desktop.storage.plan_queries import load_plan, meetings
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.operation import BackgroundOperation
from ncm_desktop.ui.widgets.fields import select_data

FORMAT_NAMES = {
    PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF, to print (.pdf)"),
    DOCX: QT_TRANSLATE_NOOP("ExportDialog", "Word, to edit (.docx)"),
    XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheet, to edit (.xlsx)"),
}
FILTERS = {
    PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF files (*.pdf)"),
    DOCX: QT_TRANSLATE_NOOP("ExportDialog", "Word documents (*.docx)"),
    XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheets (*.xlsx)"),
}


class ExportDialog(QDialog):
    """Emits :attr:`exported` with the written file once it is complete (its number of
    pages, or -1 for an editable copy, whose pages are the word processor's)."""

    exported = Signal(object, int)  # the written Path, its number of pages

    def __init__(self, context: DossierContext, kind: Kind, parent: QWidget | None = None,
                 meeting_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self._operation: BackgroundOperation | None = None
        title = self.translated_title()
        self.setWindowTitle(fill(self.tr("Export: %1"), title))

        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setAccessibleName(self.tr("Language of the hand-out"))
        self.public = QCheckBox(self.tr("&Public version: leave out phone numbers and email "
                                        "addresses"))
        self.public.setAccessibleName(self.tr("Public version"))
        self.public.setVisible(kind.public_variant)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting"))
        if kind.meeting is MeetingUse.OPTIONAL:
            self.meeting.addItem(self.tr("No meeting: every member and observer"), None)
        self._held_on: dict[str, date] = {}
        if kind.meeting is not MeetingUse.NONE:
            for row in meetings(context.reader):
                name = row.title or label(row.kind)
                self.meeting.addItem(f"{format_date(row.held_on)} — {isolate(name)}",
                                     str(row.id))
                self._held_on[str(row.id)] = row.held_on
        select_data(self.meeting, meeting_id)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for file_format in kind.formats:
            self.format.addItem(QCoreApplication.translate("ExportDialog",
                                                           FORMAT_NAMES[file_format]),
                                file_format)
        self.format.currentIndexChanged.connect(lambda _i: self._follow_format())
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
        if kind.meeting is not MeetingUse.NONE:
            form.addRow(self.tr("&Meeting:"), self.meeting)
        if len(kind.formats) > 1:
            form.addRow(self.tr("F&ormat:"), self.format)
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
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        if kind.key == "action-plan":
            problems = len(check_plan(load_plan(context.reader)))
            if problems:
                self.note.setText(self.tr(
                    "The quality check on the Action plan page raises %n point(s) to settle "
                    "before the plan is tabled; it can be exported as it is.", "", problems))
                self.note.setVisible(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_enabled()

    def translated_title(self) -> str:
        return QCoreApplication.translate(REPORTS, self.kind.title)

    # -- actions -------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = self.format.currentData() or PDF
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as"), self.path.text(),
            QCoreApplication.translate("ExportDialog", FILTERS[chosen]))
        if target:
            self.path.setText(target)

    def target(self) -> Path:
        """The file to write: its extension if it names one of the hand-out's formats,
        else the chosen format's is added."""
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower().lstrip(".") in self.kind.formats:
            return path
        return path.with_name(f"{path.name}.{self.format.currentData() or PDF}")

    def _follow_format(self) -> None:
        """The file name's extension follows the chosen format."""
        text = self.path.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower().lstrip(".") in self.kind.formats:
                path = path.with_suffix("")
            self.path.setText(str(path.with_name(f"{path.name}.{self.format.currentData()}")))

    def _update_enabled(self) -> None:
        needs = self.kind.meeting is MeetingUse.REQUIRED and self.meeting.currentData() is None
        self.export_button.setEnabled(not needs)
        if needs:
            self._show_problem(self.tr("No meeting is recorded yet: record one on the "
                                       "Meetings page first."))

    @property
    def running(self) -> bool:
        return self._operation is not None and self._operation.running

    def start(self) -> None:
        """Write the PDF in a worker thread; the dialog closes when it is complete."""
        if self.running:
            return
        if not self.path.text().strip():
            self._show_problem(self.tr("Choose the file to write."))
            return
        self.message.hide()
        from ncm_desktop.reports.export import Options, export

        meeting = self.meeting.currentData()
        options = Options(language=self.language.currentData(),
                          public=self.public.isChecked() and self.kind.public_variant,
                          meeting=uuid.UUID(meeting) if meeting else None)
        key, target = self.kind.key, self.target()
        operation = BackgroundOperation(
            self.context, lambda dossier, progress: export(key, dossier, target, options,
                                                           progress),
            writes=False, parent=self,
            expected=(DossierError, OutputNotWritable, MeetingChoiceError, FormatNotSupported,
                      OSError))
        operation.progressed.connect(self._on_progress)
        operation.succeeded.connect(self._on_succeeded)
        operation.failed.connect(self._on_failed)
        operation.cancelled.connect(self._on_cancelled)
        operation.finished.connect(lambda: self._set_busy(False))
        self._operation = operation
        self._set_busy(True)
        operation.start()

    def reject(self) -> None:
        """Cancel stops a running export (the file is left as it was) or closes."""
        if self.running:
            assert self._operation is not None
            self._operation.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            assert self._operation is not None
            self._operation.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- worker signals ------------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_succeeded(self, result: object) -> None:
        pages = result.pages  # type: ignore[attr-defined]
        self.exported.emit(result.path, -1 if pages is None else pages)  # type: ignore[attr-defined]
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._show_problem(message)

    def _on_cancelled(self) -> None:
        self._show_problem(self.tr("The export was cancelled; no file was written."))

    # -- internals -----------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.language, self.public, self.meeting, self.format, self.path,
                       self.browse, self.export_button):
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
            else self.context.folder
        name = self.kind.key
        held_on = self._held_on.get(self.meeting.currentData())
        if held_on is not None:
            name = f"{name}-{held_on.isoformat()}"
        return folder / f"{name}.{self.kind.formats[0]}"
