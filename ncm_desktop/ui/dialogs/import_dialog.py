"""File > Import members…: a member list with the meaning of its columns, the category
of its organisations and what will happen to each row, all to check before importing.

Nothing is written until Import is pressed; then every row that can be added is added
in one transaction, or none.  A row with a problem blocks the import unless the user
ticks "Leave out the rows with problems": they see the rows first, so leaving them out
is a decision, not an accident.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.exchange_labels import field_label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.member_list import ImportField, MemberList, candidates, read_member_list
from ncm_desktop.storage.errors import DossierError
from ncm_desktop.storage.member_import import (
    ImportReport,
    MemberCandidate,
    Outcome,
    import_members,
    plan_import,
    remembered_categories,
)
from ncm_desktop.storage.tabular import read_table
from ncm_desktop.text_fold import fold
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.import_models import (
    CategoryDelegate,
    ImportPreviewModel,
    OrganisationCategoryModel,
    PreviewRow,
)
from ncm_desktop.ui.operation import BackgroundOperation
from ncm_desktop.ui.widgets.tables import list_table

#: How many values of a column its example shows.
EXAMPLES = 3
#: The widest the organisation names and their categories are shown, in pixels.
COLUMN_WIDTH = 230


def read_list(path: Path) -> MemberList:
    """The member list at ``path`` with its guessed mapping (raises TableFileError)."""
    return read_member_list(read_table(path))


class ImportDialog(QDialog):
    """Shows a member list as it will be imported; :attr:`report` holds the result."""

    def __init__(self, context: DossierContext, member_list: MemberList,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member_list = member_list
        self.report: ImportReport | None = None
        self._candidates: list[MemberCandidate] = []
        self._plan: ImportReport | None = None
        self._remembered = remembered_categories(context.writer())
        self.setWindowTitle(self.tr("Import members"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.combos: list[QComboBox] = []
        columns = QWidget()
        grid = QGridLayout(columns)
        grid.addWidget(self._bold(self.tr("Column of the file")), 0, 0)
        grid.addWidget(self._bold(self.tr("Imported as")), 0, 1)
        grid.addWidget(self._bold(self.tr("First values")), 0, 2)
        for position, header in enumerate(member_list.headers):
            title = header or fill(self.tr("Column %1"), QLocale().toString(position + 1))
            name = QLabel(title)
            combo = QComboBox()
            combo.addItem(field_label(None), None)
            for field in ImportField:
                combo.addItem(field_label(field), field.value)
            field = member_list.mapping[position]
            combo.setCurrentIndex(combo.findData(field.value if field else None))
            combo.setAccessibleName(fill(self.tr("Field for the column “%1”"), title))
            combo.currentIndexChanged.connect(lambda _i, p=position: self._on_field_chosen(p))
            name.setBuddy(combo)
            example = QLabel(self._examples(position))
            example.setEnabled(False)  # shown greyed: a sample, not a setting
            grid.addWidget(name, position + 1, 0)
            grid.addWidget(combo, position + 1, 1)
            grid.addWidget(example, position + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(member_list.headers) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidget(columns)
        scroll.setWidgetResizable(True)
        mapping_box = QGroupBox(self.tr("1. What each column holds"))
        QVBoxLayout(mapping_box).addWidget(scroll)

        self.organisations = OrganisationCategoryModel(self)
        self.organisations.categories_changed.connect(self._refresh_rows)
        self.organisation_view = self._table(self.organisations)
        self.organisation_view.setItemDelegateForColumn(OrganisationCategoryModel.CATEGORY,
                                                        CategoryDelegate(self))
        self.organisation_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.organisation_view.setAccessibleName(self.tr("Organisations and their categories"))
        organisations_box = QGroupBox(self.tr("2. The category of each new organisation"))
        hint = QLabel(self.tr("Categories were guessed from the names; the unsure ones come "
                              "first. Check them: double-click a category, or select it and "
                              "press F2, to change it. Your corrections are remembered for the "
                              "next imports."))
        hint.setWordWrap(True)
        organisations_layout = QVBoxLayout(organisations_box)
        organisations_layout.addWidget(hint)
        organisations_layout.addWidget(self.organisation_view)

        self.preview = ImportPreviewModel(self)
        self.preview_view = self._table(self.preview)
        self.preview_view.setAccessibleName(self.tr("The rows as they will be imported"))
        preview_box = QGroupBox(self.tr("3. The rows"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_view)
        preview_layout.addWidget(self.counts)

        self.skip_bad = QCheckBox(self.tr("&Leave out the rows with problems and import the "
                                          "others"))
        self.skip_bad.toggled.connect(self._update_buttons)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self._importing: BackgroundOperation | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(mapping_box)
        top.addWidget(organisations_box)
        top.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(preview_box)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(split, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self._describe_source()
        self._refresh_organisations()
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(720, screen.height() - 60))
        # The organisations, with their categories and how sure they are, get more room.
        top.setSizes([self.width() // 3, self.width() * 2 // 3])

    # -- actions -----------------------------------------------------------------------

    def set_field(self, column: int, field: ImportField | None) -> None:
        """Choose what ``column`` holds, as the user would with its list."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field else None))

    def run_import(self) -> None:
        """Write the rows (all that can be added, or none) on a worker thread, and close
        on success; Cancel stops it, and nothing is imported."""
        if not self.import_button.isEnabled() or self.running:
            return
        candidates, skip_bad = self._candidates, self.skip_bad.isChecked()
        corrections = self.organisations.corrections()
        importing = BackgroundOperation(
            self.context, lambda dossier, _progress: import_members(
                dossier, candidates, skip_bad=skip_bad, corrections=corrections),
            writes=True, expected=(DossierError, OSError), parent=self)
        importing.show_progress_in(self.progress)
        importing.succeeded.connect(self._show_result)
        importing.failed.connect(lambda message: ask.warn(self, self.windowTitle(), message))
        importing.cancelled.connect(lambda: self._show_problem(self.tr(
            "The import was cancelled; nothing was imported.")))
        importing.finished.connect(self._update_buttons)
        self._importing = importing
        self.import_button.setEnabled(False)
        importing.start()

    @property
    def running(self) -> bool:
        return self._importing is not None and self._importing.running

    def reject(self) -> None:
        """Cancel stops an import under way (the dialog stays open) or closes."""
        if self.running:
            assert self._importing is not None
            self._importing.cancel()
            return
        super().reject()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _show_result(self, report: ImportReport) -> None:
        self.report = report
        if report.written:
            self.accept()
            return
        self.problem.setText(self.tr("Nothing was imported: some rows have problems."))
        self.problem.show()

    # -- internals ---------------------------------------------------------------------

    def _on_field_chosen(self, column: int) -> None:
        data = self.combos[column].currentData()
        if data is not None:  # one column per field: another column holding it lets go
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == data:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        mapping = [ImportField(c.currentData()) if c.currentData() else None
                   for c in self.combos]
        self.member_list = self.member_list.with_mapping(mapping)
        self._refresh_organisations()

    def _refresh_organisations(self) -> None:
        self.organisations.set_organisations(self.member_list.organisations(),
                                             self._remembered)
        self.organisation_view.resizeColumnsToContents()
        # Long names and categories are cut (the tooltip shows them whole): how sure each
        # category is must stay in sight, in the last column.
        for column in (OrganisationCategoryModel.NAME, OrganisationCategoryModel.CATEGORY):
            self.organisation_view.setColumnWidth(
                column, min(self.organisation_view.columnWidth(column), COLUMN_WIDTH))
        self.organisation_view.horizontalHeader().setStretchLastSection(True)
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        self._candidates = candidates(self.member_list, self.organisations.categories())
        plan = plan_import(self.context.writer(), self._candidates)
        self._plan = plan
        self.organisations.mark_existing({
            fold(row.organisation): row.category_id for row in plan.rows
            if row.organisation and row.organisation_exists})
        self.preview.set_rows([PreviewRow(c, r) for c, r in zip(self._candidates, plan.rows,
                                                                 strict=True)])
        if self.preview.rowCount() and not self.preview_view.property("sized"):
            self.preview_view.resizeColumnsToContents()
            self.preview_view.setProperty("sized", True)
        locale = QLocale()
        self.counts.setText(fill(self.tr("Rows: %1. To add: %2. Duplicates, left out: %3. With "
                                         "problems: %4."),
                                 locale.toString(len(plan.rows)),
                                 locale.toString(plan.count(Outcome.ADDED)),
                                 locale.toString(plan.count(Outcome.DUPLICATE)),
                                 locale.toString(plan.count(Outcome.ERROR))))
        self.problem.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self._plan
        errors = plan.count(Outcome.ERROR) if plan else 0
        to_add = plan.count(Outcome.ADDED) if plan else 0
        self.skip_bad.setEnabled(errors > 0)
        self.import_button.setEnabled(to_add > 0 and (errors == 0 or self.skip_bad.isChecked()))

    def _describe_source(self) -> None:
        table = self.member_list.table
        locale = QLocale()
        rows = locale.toString(len(self.member_list.data_rows))
        if table.kind == "xlsx":
            text = fill(self.tr("%1: sheet “%2”, %3 rows after the headers."),
                        table.path.name, table.sheet, rows)
        else:
            separator = {"\t": self.tr("tab")}.get(table.delimiter, table.delimiter)
            text = fill(self.tr("%1: text encoded as %2, values separated by “%4”, %3 rows "
                                "after the headers."),
                        table.path.name, table.encoding, rows, separator)
        self.source.setText(text)

    def _examples(self, column: int) -> str:
        values = [row[column] for row in self.member_list.data_rows
                  if column < len(row) and row[column]][:EXAMPLES]
        text = " · ".join(values)
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 320)

    def _table(self, model: object) -> QTableView:
        view = list_table(model,  # type: ignore[arg-type]
                          selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label
