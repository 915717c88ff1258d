"""File > Exchange > Merge package…: what a package brings, the conflicts to settle, and
afterwards what the merge set aside.

The package is read and the merge planned without writing; the conflicts (records
changed in both dossiers since they last exchanged) are listed with the newer version
chosen, and the user may keep either version of each.  Merge then writes everything
in one transaction, after a backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.exchange_labels import table_label
from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import DossierError, PackageError
from ncm_desktop.storage.exchange.merge import MergeReport, Side, merge_package, preview_merge
from ncm_desktop.storage.exchange.package import Manifest, Package, read_package
from ncm_desktop.storage.exchange.rows import label
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.merge_models import (
    ConflictModel,
    MergeEntryModel,
    SideDelegate,
    ValuePresenter,
    VersionsModel,
    format_time,
    record_name,
)
from ncm_desktop.ui.operation import BackgroundOperation
from ncm_desktop.ui.widgets.tables import list_table


class MergeDialog(QDialog):
    """Merges one package into the open dossier; :attr:`report` holds the result."""

    def __init__(self, context: DossierContext, path: Path, manifest: Manifest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = Path(path)
        self.manifest = manifest
        self.package: Package | None = None
        self.report: MergeReport | None = None
        self._merging: BackgroundOperation | None = None
        self.setWindowTitle(self.tr("Merge a package"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.source = QLabel(fill(self.tr(
            "Package from “%1” (computer %2), written %3, with %4 records."),
            manifest.dossier_name,
            manifest.machine,
            format_time(manifest.created_at),
            QLocale().toString(manifest.records)))
        self.source.setWordWrap(True)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the package"))
        self.passphrase.returnPressed.connect(self.open_package)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_package)
        passphrase_label = QLabel(self.tr("This package is protected. &Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        self.passphrase_row = QWidget()
        row = QHBoxLayout(self.passphrase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(passphrase_label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        self.passphrase_row.setVisible(manifest.encrypted)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()

        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # until the package is open
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._result_page())

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.passphrase_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(1000, screen.width() - 40), min(640, screen.height() - 60))
        if not manifest.encrypted:
            self.open_package()

    # -- pages -------------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.conflicts = ConflictModel(self)
        self.conflict_view = self._table(self.conflicts)
        self.conflict_view.setItemDelegateForColumn(ConflictModel.KEEP, SideDelegate(self))
        self.conflict_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.conflict_view.setAccessibleName(self.tr("Records changed in both dossiers"))
        self.conflict_view.selectionModel().currentRowChanged.connect(self._show_versions)
        self.versions = VersionsModel(ValuePresenter(self._record_name), self)
        self.version_view = self._table(self.versions)
        self.version_view.setAccessibleName(self.tr("The two versions of the record"))
        self.mine_button = QPushButton(self.tr("Keep all of &this dossier's versions"))
        self.mine_button.clicked.connect(lambda: self.conflicts.choose_all(Side.MINE))
        self.theirs_button = QPushButton(self.tr("Take all of the &other dossier's versions"))
        self.theirs_button.clicked.connect(lambda: self.conflicts.choose_all(Side.THEIRS))
        choices = QHBoxLayout()
        choices.addWidget(self.mine_button)
        choices.addWidget(self.theirs_button)
        choices.addStretch(1)
        self.conflict_box = QWidget()
        box = QVBoxLayout(self.conflict_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.conflict_hint = QLabel(self.tr(
            "These records were changed in both dossiers since they last exchanged. The "
            "newer version is chosen; to keep the other one, change “Keep” (double-click "
            "it, or press F2). The version not kept goes to the merge history."))
        self.conflict_hint.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conflict_view)
        split.addWidget(self.version_view)
        split.setChildrenCollapsible(False)
        box.addWidget(self.conflict_hint)
        box.addLayout(choices)
        box.addWidget(split, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict_box, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entries = MergeEntryModel(self)
        self.entry_view = self._table(self.entries)
        self.entry_view.setAccessibleName(self.tr("Versions set aside by this merge"))
        self.history_button = QPushButton(self.tr("Show the &merge history…"))
        self.history_button.clicked.connect(self._show_history)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result)
        layout.addWidget(self.entry_view, 1)
        layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeading)
        return page

    # -- actions -----------------------------------------------------------------------

    def open_package(self) -> bool:
        """Read and check the package (with the passphrase typed), and plan the merge."""
        passphrase = self.passphrase.text() if self.manifest.encrypted else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.package = read_package(self.path, passphrase)
            preview = preview_merge(self.context.writer(), self.package)
        except (PackageError, DossierError, OSError) as error:
            self._show_problem(error_message(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.problem.hide()
        self.passphrase_row.hide()
        self.summary.setText(self._counts_text(preview, planned=True))
        self.conflicts.set_conflicts(preview.conflicts)
        self.conflict_box.setVisible(bool(preview.conflicts))
        if preview.conflicts:
            self.conflict_view.resizeColumnsToContents()
            self.conflict_view.selectRow(0)
        self.pages.setCurrentIndex(1)
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()
        return True

    def run_merge(self) -> None:
        """Merge with the versions chosen for the conflicts, on a worker thread (Close
        cancels it, and nothing is changed); then show what was set aside."""
        if self.package is None or not self.merge_button.isEnabled() or self.running:
            return
        package, resolutions = self.package, self.conflicts.resolutions()
        merging = BackgroundOperation(
            self.context, lambda dossier, _progress: merge_package(dossier, package,
                                                                   resolutions),
            writes=True, expected=(DossierError, OSError), parent=self)
        merging.show_progress_in(self.progress)
        merging.succeeded.connect(self._show_result)
        merging.failed.connect(lambda message: ask.warn(self, self.windowTitle(), message))
        merging.cancelled.connect(lambda: self._show_problem(self.tr(
            "The merge was cancelled; the dossier was not changed.")))
        merging.finished.connect(lambda: self.merge_button.setEnabled(self.report is None))
        self.merge_button.setEnabled(False)
        self._merging = merging
        merging.start()

    @property
    def running(self) -> bool:
        return self._merging is not None and self._merging.running

    def reject(self) -> None:
        """Close cancels a merge under way (the dialog stays open) or closes."""
        if self.running:
            assert self._merging is not None
            self._merging.cancel()
            return
        super().reject()

    def _show_result(self, report: MergeReport) -> None:
        self.report = report
        text = self._counts_text(report, planned=False)
        if report.backup is not None:
            text += "\n" + fill(self.tr("The dossier was backed up first: %1"), str(report.backup))
        if report.history:
            text += "\n" + self.tr("The versions below were set aside; the merge history "
                                   "keeps them.")
        self.result.setText(text)
        self.entries.set_rows(report.history)
        self.entry_view.setVisible(bool(report.history))
        self.entry_view.resizeColumnsToContents()
        self.pages.setCurrentIndex(2)
        self.merge_button.hide()

    # -- internals ---------------------------------------------------------------------

    def _counts_text(self, report: MergeReport, *, planned: bool) -> str:
        locale = QLocale()
        if not report.changes and not report.history and not report.conflicts:
            return self.tr("This dossier already holds everything in the package: merging "
                           "it changes nothing.")
        template = (self.tr("To add: %1. To update: %2. To delete: %3. Changed in both "
                            "dossiers: %4.") if planned else
                    self.tr("Added: %1. Updated: %2. Deleted: %3. Changed in both dossiers: "
                            "%4."))
        text = (fill(template,
                     locale.toString(sum(report.added.values())),
                     locale.toString(sum(report.updated.values())),
                     locale.toString(sum(report.deleted.values())),
                     locale.toString(len(report.conflicts))))
        tables = dict.fromkeys([*report.added, *report.updated, *report.deleted])
        details = [
            fill(self.tr("%1: %2 added, %3 updated, %4 deleted"),
                 table_label(name), locale.toString(report.added[name]),
                 locale.toString(report.updated[name]), locale.toString(report.deleted[name]))
            for name in tables if name != "tombstone"
        ]
        return "\n".join([text, *details])

    def _show_versions(self) -> None:
        index = self.conflict_view.currentIndex()
        if not index.isValid():
            return
        conflict = self.conflicts.conflict(index.row())
        self.versions.set_versions(conflict.table, conflict.mine, conflict.theirs,
                                   (self.tr("This dossier"), self.tr("The other dossier")))
        self.version_view.resizeColumnsToContents()

    def _record_name(self, table_name: str, record_id: str) -> str | None:
        """The name of a record this dossier or the package holds."""
        name = record_name(self.context, table_name, record_id)
        if name is None and self.package is not None:
            for row in self.package.tables.get(table_name, []):
                if row.get("id") == record_id:
                    return label(table_name, row)
        return name

    def _show_history(self) -> None:
        from ncm_desktop.ui.dialogs.merge_history_dialog import MergeHistoryDialog

        dialog = MergeHistoryDialog(self.context, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        if self.manifest.encrypted:
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    @staticmethod
    def _table(model: object) -> QTableView:
        view = list_table(model)  # type: ignore[arg-type]
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view
