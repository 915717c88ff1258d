"""Readiness: the dashboard.  Score by clause and by priority (as charts and as tables), the
progress since the previous baseline, the gaps most important first, and for each the
next step; activating a gap opens the page and field that fix it.

Baselines are read only when the Progress tab is shown: the page is the first one at
start-up, and the charts of the other tabs need nothing but the score already computed.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Priority
from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.formatting import format_date
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.rules.baselines import Change, baseline_of, clause_series, compare, previous
from ncm_desktop.rules.findings import Decided, Finding
from ncm_desktop.rules.readiness import NO_PRIORITY, Score, evaluate, gaps, informative, score
from ncm_desktop.storage.baselines import load_baselines
from ncm_desktop.storage.dossier_data import Snapshot, load_snapshot
from ncm_desktop.storage.enums import Answer
from ncm_desktop.ui import operation
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.findings_model import (
    CLAUSE,
    DECIDED,
    FINDING_ROLE,
    KIND,
    MESSAGE,
    STATUS,
    FindingsModel,
    ScoreModel,
    percent_text,
)
from ncm_desktop.ui.models.progress_model import ProgressModel
from ncm_desktop.ui.pages.page import ReloadWhenShownPage
from ncm_desktop.ui.widgets.bar_chart import BarChart, BarRow
from ncm_desktop.ui.widgets.fields import select_data
from ncm_desktop.ui.widgets.problem_label import ProblemLabel
from ncm_desktop.ui.widgets.tables import list_table
from ncm_desktop.ui.widgets.trend_chart import Series, TrendChart

#: Every table whose change can move a finding.
TABLES = frozenset({
    "mechanism", "organisation", "person", "national_authority", "point_of_contact",
    "point_of_contact_instrument", "setting", "instrument_membership", "category_presence",
    "authority_profile", "authority_role", "contact_profile_item", "coordination_arrangement",
    "function_progress", "monitoring_area_status", "resource_need_status", "responsibility",
    "readiness_answer", "readiness_baseline",
})
GAPS, OPTIONS, ALL = "gaps", "options", "all"
CHARTS, TABLES_TAB, PROGRESS = range(3)


class ReadinessPage(ReloadWhenShownPage):
    tables = TABLES

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.findings: tuple[Finding, ...] = ()
        self.snapshot: Snapshot | None = None
        self._progress_stale = True
        self.heading = self.make_heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.overall = QLabel()
        self.overall.setObjectName("overallScore")
        font = self.overall.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.overall.setFont(font)
        self.overall.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overall_text = QLabel()
        self.overall_text.setWordWrap(True)
        self.overall_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overall_box = QGroupBox()
        overall_layout = QVBoxLayout(self.overall_box)
        overall_layout.addWidget(self.overall)
        overall_layout.addWidget(self.overall_text)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_baseline)
        overall_layout.addWidget(self.record_button)
        self.overall_box.setFixedWidth(210)

        self.by_clause = ScoreModel(self)
        self.by_priority = ScoreModel(self)
        self.clause_table = self._score_table(self.by_clause)
        self.priority_table = self._score_table(self.by_priority)
        self.clause_chart = BarChart()
        self.priority_chart = BarChart()
        self.trend_chart = TrendChart()
        self.progress_model = ProgressModel(self)
        self.progress_summary = QLabel()
        self.progress_summary.setWordWrap(True)
        self.baseline_problem = ProblemLabel()
        self.progress_table = self._progress_table()
        self.views = QTabWidget()
        self.views.addTab(self._pair(self.clause_chart, self.priority_chart), "")
        self.views.addTab(self._pair(self.clause_table, self.priority_table), "")
        progress_side = QWidget()
        side = QVBoxLayout(progress_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.baseline_problem)
        side.addWidget(self.progress_summary)
        side.addWidget(self.progress_table, 1)
        self.views.addTab(self._pair(self.trend_chart, progress_side), "")
        self.views.setFixedHeight(self.clause_table.height()
                                   + self.views.tabBar().sizeHint().height() + 12)
        self.views.currentChanged.connect(lambda _i: self._show_progress())
        scores = QHBoxLayout()
        scores.addWidget(self.overall_box)
        scores.addWidget(self.views, 1)

        self.show_label = QLabel()
        self.filter = QComboBox()
        self.show_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill_findings())
        self.count = QLabel()
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.show_label)
        filter_row.addWidget(self.filter)
        filter_row.addWidget(self.count, 1)

        self.model = FindingsModel(self)
        self.table = list_table(self.model, fixed_rows=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in {CLAUSE: 100, KIND: 70, STATUS: 120, DECIDED: 140}.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.open_link)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current))

        self.detail = self._detail_panel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(scores)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.retranslate()

    def _score_table(self, model: ScoreModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(header.sizeHint().height()
                             + 7 * (self.fontMetrics().height() + 4) + 4)
        return table

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        pair = QWidget()
        layout = QHBoxLayout(pair)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(first, 3)
        layout.addWidget(second, 2)
        return pair

    def _progress_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.progress_model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _detail_panel(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.provision_text = QLabel()
        self.finding_text = QLabel()
        self.next_step = QLabel()
        for text in (self.provision_text, self.finding_text, self.next_step):
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.go_button = QPushButton()
        self.go_button.clicked.connect(lambda: self.open_link(self.table.currentIndex()))
        self.answer = QComboBox()
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(2000)
        self.answer_label = QLabel()
        self.answer_label.setBuddy(self.answer)
        self.evidence_label = QLabel()
        self.evidence_label.setBuddy(self.evidence)
        self.answer.activated.connect(lambda _i: self._save_answer())
        self.evidence.editingFinished.connect(self._save_answer)
        self.answer_problem = ProblemLabel()
        self.answer_box = QWidget()
        answer_form = QFormLayout(self.answer_box)
        answer_form.setContentsMargins(0, 0, 0, 0)
        answer_form.addRow(self.answer_label, self.answer)
        answer_form.addRow(self.evidence_label, self.evidence)
        answer_form.addRow(self.answer_problem)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.provision_text)
        layout.addWidget(self.finding_text)
        layout.addWidget(self.next_step)
        layout.addWidget(self.answer_box)
        go = QHBoxLayout()
        go.addWidget(self.go_button)
        go.addStretch(1)
        layout.addLayout(go)
        layout.addStretch(1)
        return panel

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Readiness"))
        self.explanation.setText(self.tr(
            "Every provision of MOSAIC 03.40, decided from the records where they can decide "
            "it, otherwise answered by hand. Gaps come most important first: 'shall' before "
            "'should', high priority before lower. 'May' and 'can' provisions are options: "
            "they are listed, but not counted in the score. Press Enter on a gap to open the "
            "page that fixes it."))
        self.overall_box.setTitle(self.tr("Score"))
        self.clause_table.setAccessibleName(self.tr("Score by clause"))
        self.priority_table.setAccessibleName(self.tr("Score by priority"))
        self.record_button.setText(self.tr("Record a &baseline"))
        self.record_button.setEnabled(not self.context.read_only)
        self.record_button.setToolTip(self.tr(
            "Keep today's readiness in the dossier, to see progress at the next baseline"))
        self.views.setTabText(CHARTS, self.tr("&Chart"))
        self.views.setTabText(TABLES_TAB, self.tr("&Table"))
        self.views.setTabText(PROGRESS, self.tr("&Progress"))
        self.progress_table.setAccessibleName(self.tr("Changes since the previous baseline"))
        self.progress_model.retranslate()
        self._progress_stale = True
        self.show_label.setText(self.tr("&Show:"))
        self.filter.setAccessibleName(self.tr("Show"))
        current = self.filter.currentData() or GAPS
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Gaps, most important first"), GAPS)
        self.filter.addItem(self.tr("Options the standard offers (may, can)"), OPTIONS)
        self.filter.addItem(self.tr("Every provision, in the standard's order"), ALL)
        select_data(self.filter, current)
        self.filter.blockSignals(False)
        self.table.setAccessibleName(self.tr("Findings"))
        self.go_button.setText(self.tr("&Open the page that fixes this"))
        self.answer_label.setText(self.tr("&Answer:"))
        self.evidence_label.setText(self.tr("&Evidence:"))
        self.answer.setAccessibleName(self.tr("Answer"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr(
            "A line of evidence: a document, a decision, a date"))
        self.answer.clear()
        self.answer.addItem(self.tr("(not answered yet)"), None)
        for value in Answer:
            self.answer.addItem(label(value), value.value)
        self.model.retranslate()
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        catalog = load_catalog(interface_language())
        snapshot = load_snapshot(self.context.reader)
        self.snapshot = snapshot
        self.findings = evaluate(snapshot, catalog)
        result = score(self.findings)
        overall = result.overall
        self.overall.setText(percent_text(overall.percent))
        self.overall_text.setText(fill(self.tr(
            "%1 met, %2 partly, %3 not met, %4 to answer, of %5 provisions that count"),
            str(overall.met),
            str(overall.partly_met),
            str(overall.not_met),
            str(overall.unanswered),
            str(overall.assessed)))
        self.by_clause.replace_rows([
            (f"{clause} {catalog.clause(clause).title}", tally)
            for clause, tally in result.by_clause.items() if tally.assessed])
        self.by_priority.replace_rows([
            (label(Priority(key)) if key != NO_PRIORITY else self.tr("Other provisions"), tally)
            for key, tally in result.by_priority.items() if tally.assessed])
        self._fill_charts(result)
        self._progress_stale = True
        self._show_progress()
        self._fill_findings()

    def _fill_charts(self, result: Score) -> None:
        def row(name: str, percent: int | None) -> BarRow:
            value = float(percent or 0)
            return BarRow(name, (value,), (percent_text(percent),),
                          "" if percent else percent_text(percent))

        self.clause_chart.set_rows(
            [row(fill(self.tr("Clause %1"), clause), tally.percent)
             for clause, tally in result.by_clause.items() if tally.assessed],
            title=self.tr("Score by clause"), maximum=100)
        self.priority_chart.set_rows(
            [row(label(Priority(key)) if key != NO_PRIORITY else self.tr("Other provisions"),
                 tally.percent)
             for key, tally in result.by_priority.items() if tally.assessed],
            title=self.tr("Score by priority"), maximum=100)

    # -- progress since the previous baseline -----------------------------------------------

    def _show_progress(self) -> None:
        """Read the baselines, only when the Progress tab is shown and something changed."""
        if not self._progress_stale or self.views.currentIndex() != PROGRESS \
                or self.snapshot is None:
            return
        self._progress_stale = False
        catalog = load_catalog(interface_language())
        baselines = load_baselines(self.context.reader)
        today = baseline_of(self.snapshot, catalog, self.findings)
        history = [b for b in baselines if b.taken_on < today.taken_on] + [today]
        dates = [format_date(b.taken_on) for b in history]
        dates[-1] = self.tr("Today")
        self.trend_chart.set_trend(
            dates, Series(self.tr("Overall"), tuple(b.percent for b in history)),
            [Series(clause, tuple(values)) for clause, values in
             clause_series(history).items()],
            title=self.tr("Score by date, overall and by clause"),
            empty_text="")
        before = previous(baselines, today.taken_on)
        if before is None:
            self.progress_model.replace_rows([])
            self.progress_summary.setText(self.tr(
                "No baseline recorded before today. Record one now, and at the next one this "
                "tab shows what changed: newly met, slipped back."))
            return
        progress = compare(before, today, [p.id for p in catalog.provisions])
        self.progress_model.replace_rows(progress.changes)
        change = progress.score_change
        self.progress_summary.setText(fill(
            self.tr("Since the baseline of %1: score %2 then, %3 now; %4 newly met, "
                    "%5 slipped back."),
            isolate(format_date(before.taken_on)), percent_text(before.percent),
            percent_text(today.percent),
            QLocale().toString(len(progress.of_kind(Change.NEWLY_MET))),
            QLocale().toString(len(progress.of_kind(Change.SLIPPED_BACK)))))
        self.progress_summary.setToolTip("" if change is None else f"{change:+d}")

    def record_baseline(self) -> None:
        """Keep today's readiness as a baseline (replacing one recorded earlier today)."""
        if self.context.read_only:
            return
        self.reload_if_stale()
        if self.snapshot is None:
            return
        from ncm_desktop.storage.baseline_repository import save_baseline  # SQLAlchemy

        catalog = load_catalog(interface_language())
        if operation.write(self.context, save_baseline,
                           baseline_of(self.snapshot, catalog, self.findings),
                           problem=self.baseline_problem):
            self.views.setCurrentIndex(PROGRESS)

    def _fill_findings(self) -> None:
        shown = self.filter.currentData()
        if shown == GAPS:
            rows = gaps(self.findings)
        elif shown == OPTIONS:
            rows = informative(self.findings)
        else:
            rows = list(self.findings)
        current = self.current_finding()
        self.model.set_findings(rows, FindingsText.for_interface())
        self.count.setText(self.tr("%n provision(s)", "", len(rows)))
        row = self.model.row_of(current.provision_id) if current else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_detail(QModelIndex())

    def current_finding(self) -> Finding | None:
        index = self.table.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def _show_detail(self, index: QModelIndex) -> None:
        finding: Finding | None = index.data(FINDING_ROLE) if index.isValid() else None
        self.detail.setEnabled(finding is not None)
        if finding is None:
            for text in (self.provision_text, self.finding_text, self.next_step):
                text.clear()
            self.answer_box.hide()
            return
        catalog = load_catalog(interface_language())
        provision = catalog.provision(finding.provision_id)
        kind = label(finding.kind)
        self.provision_text.setText(fill(self.tr("%1 (%2): %3"),
                                         clause_label(provision.id), kind, provision.full_text))
        self.finding_text.setText(fill(self.tr("%1 — %2"),
                                       label(finding.status),
                                       self.model.data(
                                           index.siblingAtColumn(MESSAGE))))
        self.next_step.setText(fill(self.tr("Next step: %1"), finding.next_step))
        by_hand = finding.decided is not Decided.DATA
        self.answer_box.setVisible(by_hand)
        self.answer_box.setEnabled(not self.context.read_only)
        self.answer_problem.clear_problem()
        if by_hand:
            answer = finding.status.value if finding.decided is Decided.HAND else None
            select_data(self.answer, answer)
            if not self.evidence.hasFocus():
                self.evidence.setText(finding.evidence)
        self.go_button.setVisible(finding.link.page != "readiness")

    # -- answers and links --------------------------------------------------------------------

    def _save_answer(self) -> None:
        finding = self.current_finding()
        if finding is None or finding.decided is Decided.DATA or self.context.read_only:
            return
        value = self.answer.currentData()
        answer = Answer(value) if value else None
        evidence = self.evidence.text()
        stored = finding.status.value if finding.decided is Decided.HAND else None
        if (value, evidence.strip()) == (stored, finding.evidence):
            return
        from ncm_desktop.storage import setup_repository  # SQLAlchemy: not at start-up

        operation.write(self.context, setup_repository.save_answer, finding.provision_id,
                        answer, evidence, problem=self.answer_problem)

    def open_link(self, index: QModelIndex) -> None:
        """Open the page and field that fix the finding at ``index``."""
        finding: Finding | None = index.data(FINDING_ROLE) if index.isValid() else None
        if finding is None:
            return
        if finding.link.page == "readiness":
            self.focus_field(finding.link.field)
            return
        self.navigate.emit(finding.link.page, finding.link.field)

    def focus_field(self, field: str) -> None:
        self.reload_if_stale()
        if field.startswith("answer:"):
            provision_id = field.split(":", 1)[1]
            if self.model.row_of(provision_id) is None:
                select_data(self.filter, ALL)
            row = self.model.row_of(provision_id)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.answer.setFocus()
                return
        self.table.setFocus()
