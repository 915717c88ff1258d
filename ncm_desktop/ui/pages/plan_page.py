"""The National Action Plan (clause 10, 7.3.2 e): objectives and activities as a tree,
activities suggested from the readiness gaps, the quality check and the costs.

Writes go through ``storage.plan_repository``, imported when a change is made (the page
itself is read with the standard library, before SQLAlchemy is loaded).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.plan import PlanText
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.rules.plan_quality import Problem, check_plan
from ncm_desktop.rules.plan_totals import funding_by_objective
from ncm_desktop.rules.readiness import evaluate
from ncm_desktop.rules.suggestions import Suggestion, objective_for, suggestions
from ncm_desktop.storage.dossier_data import load_snapshot
from ncm_desktop.storage.enums import PlanStatus
from ncm_desktop.storage.plan_queries import PlanData, load_plan
from ncm_desktop.ui import operation
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import set_text_quietly
from ncm_desktop.ui.models.plan_tree_model import (
    COST,
    END,
    FUNDING,
    ID_ROLE,
    LEAD,
    START,
    STATUS,
    TITLE,
    PlanTreeModel,
)
from ncm_desktop.ui.models.quality_model import QualityModel
from ncm_desktop.ui.models.suggestions_model import SuggestionsModel
from ncm_desktop.ui.models.totals_model import TotalsModel
from ncm_desktop.ui.pages.page import ReloadWhenShownPage
from ncm_desktop.ui.pages.readiness_page import TABLES as READINESS_TABLES
from ncm_desktop.ui.widgets.bar_chart import BarChart, BarRow
from ncm_desktop.ui.widgets.fields import OptionalDateEdit, enum_combo, select_data
from ncm_desktop.ui.widgets.problem_label import ProblemLabel
from ncm_desktop.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from ncm_desktop.storage.plan_repository import ActivityValues, ObjectiveValues

PLAN_TABLES = frozenset({"plan", "plan_objective", "plan_activity", "plan_activity_partner",
                         "plan_dismissed_suggestion", "meeting_action"})
SUGGESTIONS_TAB, QUALITY_TAB, TOTALS_TAB = range(3)


class PlanPage(ReloadWhenShownPage):
    tables = PLAN_TABLES | READINESS_TABLES

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.plan = PlanData()
        self.all_suggestions: tuple[Suggestion, ...] = ()
        self.problems: tuple[Problem, ...] = ()
        self.heading = self.make_heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.problem = ProblemLabel()

        self.plan_box = self._plan_form()
        self.model = PlanTreeModel(self.move_activity, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in {LEAD: 80, START: 90, END: 90, COST: 120, FUNDING: 130,
                              STATUS: 150}.items():
            self.tree.setColumnWidth(column, width)
        self.tree.activated.connect(lambda _index: self.edit_current())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        self.add_objective_action = self._action(QKeySequence("Ctrl+Shift+N"),
                                                 self.add_objective)
        self.add_activity_action = self._action(QKeySequence(Qt.Key.Key_Insert),
                                                self.add_activity)
        self.edit_action = self._action(QKeySequence(Qt.Key.Key_F2), self.edit_current)
        self.delete_action = self._action(QKeySequence(QKeySequence.StandardKey.Delete),
                                          self.delete_current)
        self.up_action = self._action(QKeySequence("Ctrl+Up"), lambda: self.move_current(-1))
        self.down_action = self._action(QKeySequence("Ctrl+Down"),
                                        lambda: self.move_current(1))
        self.move_menu = QMenu(self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_button = QToolButton()
        self.move_button.setMenu(self.move_menu)
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_objective_action, self.add_activity_action, self.edit_action,
                       self.delete_action, self.up_action, self.down_action):
            toolbar.addAction(action)
        toolbar.addWidget(self.move_button)
        tools = QHBoxLayout()
        tools.addWidget(toolbar, 1)
        tools.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.tree, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._suggestions_panel(), "")
        self.tabs.addTab(self._quality_panel(), "")
        self.tabs.addTab(self._totals_panel(), "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([3000, 2000])

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.tree)
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _plan_form(self) -> QGroupBox:
        box = QGroupBox()
        self.plan_title = QLineEdit()
        self.plan_title.setMaxLength(300)
        self.period_start = OptionalDateEdit()
        self.period_end = OptionalDateEdit()
        self.plan_status = enum_combo(PlanStatus, label)
        self.adopted_on = OptionalDateEdit()
        self.plan_labels = [QLabel() for _ in range(5)]
        row = QHBoxLayout(box)
        widgets = (self.plan_title, self.period_start, self.period_end, self.plan_status,
                   self.adopted_on)
        for text, widget in zip(self.plan_labels, widgets, strict=True):
            text.setBuddy(widget)
            row.addWidget(text)
            row.addWidget(widget, 1 if widget is self.plan_title else 0)
        self.plan_title.editingFinished.connect(self.save_plan)
        for date_edit in (self.period_start, self.period_end, self.adopted_on):
            date_edit.editingFinished.connect(self.save_plan)
            date_edit.calendarWidget().clicked.connect(lambda _day: self.save_plan())
        self.plan_status.activated.connect(lambda _i: self.save_plan())
        return box

    def _suggestions_panel(self) -> QWidget:
        panel = QWidget()
        self.suggestions_intro = QLabel()
        self.suggestions_intro.setWordWrap(True)
        self.suggestions_model = SuggestionsModel(self)
        self.suggestions_view = _table(self.suggestions_model)
        self.suggestions_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.suggestions_view.setColumnWidth(1, 170)
        self.suggestions_view.setColumnWidth(2, 130)
        self.suggestions_view.activated.connect(lambda _i: self.edit_and_accept())
        self.suggestions_view.selectionModel().currentChanged.connect(
            lambda *_: self._update_suggestion_buttons())
        self.accept_button = QPushButton()
        self.edit_accept_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.show_dismissed = QCheckBox()
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.edit_accept_button.clicked.connect(self.edit_and_accept)
        self.dismiss_button.clicked.connect(self.dismiss_or_restore)
        self.show_dismissed.toggled.connect(lambda _on: self._fill_suggestions())
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_accept_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.show_dismissed)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.suggestions_intro)
        layout.addLayout(buttons)
        layout.addWidget(self.suggestions_view, 1)
        return panel

    def _quality_panel(self) -> QWidget:
        panel = QWidget()
        self.quality_intro = QLabel()
        self.quality_intro.setWordWrap(True)
        self.quality_model = QualityModel(self)
        self.quality_view = _table(self.quality_model)
        self.quality_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.quality_view.setColumnWidth(0, 420)
        self.quality_view.activated.connect(self.open_problem)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.quality_intro)
        layout.addWidget(self.quality_view, 1)
        return panel

    def _totals_panel(self) -> QWidget:
        panel = QWidget()
        self.totals_note = QLabel()
        self.totals_note.setWordWrap(True)
        self.totals_model = TotalsModel(self)
        self.totals_view = _table(self.totals_model)
        self.totals_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.totals_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        #: Each objective's cost in the main currency: funded, and not funded yet.
        self.funding_chart = BarChart()
        self.funding_chart.show_rest = False
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.totals_view, 3)
        side_by_side.addWidget(self.funding_chart, 2)
        layout = QVBoxLayout(panel)
        layout.addLayout(side_by_side, 1)
        layout.addWidget(self.totals_note)
        return panel

    def _fill_funding_chart(self) -> None:
        currency, rows = funding_by_objective(self.plan)
        locale = QLocale()
        bars = [BarRow(fill(self.tr("Objective %1"), locale.toString(number)),
                       (float(row.funded), float(row.unfunded)),
                       (locale.toString(row.funded), locale.toString(row.unfunded))
                       if row.funded and row.unfunded else (),
                       locale.toString(row.funded + row.unfunded))
                for number, row in enumerate(rows, start=1)]
        self.funding_chart.setVisible(bool(currency))
        self.funding_chart.set_rows(
            bars, title=fill(self.tr("Costs by objective in %1, funded and not funded yet"),
                             currency),
            legend=(self.tr("Funded (national budget or donor)"), self.tr("Not funded yet")))


    def _action(self, shortcut: QKeySequence, slot: Callable[[], Any]) -> QAction:
        action = QAction(self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("National Action Plan"))
        self.explanation.setText(self.tr(
            "The plan's objectives, each answering a clause or instrument of the standard, "
            "and their activities (clause 10, 7.3.2 e). Enter or F2 edits, Insert adds an "
            "activity, Ctrl+Up and Ctrl+Down move it, also into the objective before or "
            "after; activities can be dragged too."))
        self.plan_box.setTitle(self.tr("The plan"))
        texts = (self.tr("&Title:"), self.tr("Period &from:"), self.tr("t&o:"),
                 self.tr("Stat&us:"), self.tr("Adopted o&n:"))
        names = (self.tr("Title of the plan"), self.tr("Start of the period"),
                 self.tr("End of the period"), self.tr("Status of the plan"),
                 self.tr("Date of adoption"))
        for text, name, label_widget in zip(texts, names, self.plan_labels, strict=True):
            label_widget.setText(text)
            label_widget.buddy().setAccessibleName(name)
        self.tree.setAccessibleName(self.tr("Objectives and activities"))
        self.add_objective_action.setText(self.tr("New &objective…"))
        self.add_activity_action.setText(self.tr("New &activity…"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.delete_action.setText(self.tr("&Delete"))
        self.up_action.setText(self.tr("Move &up"))
        self.down_action.setText(self.tr("Move do&wn"))
        self.move_button.setText(self.tr("Move &to…"))
        self.move_button.setAccessibleName(self.tr("Move the activity to another objective"))
        self.export_button.setText(self.tr("E&xport the plan…"))
        self.suggestions_intro.setText(self.tr(
            "Activities suggested by the gaps of the Readiness page, most important first. "
            "Accept one as it is, edit it first, or dismiss it: it is not proposed again."))
        self.suggestions_view.setAccessibleName(self.tr("Suggested activities"))
        self.accept_button.setText(self.tr("A&ccept"))
        self.edit_accept_button.setText(self.tr("Edit and acce&pt…"))
        self.show_dismissed.setText(self.tr("Show &dismissed suggestions"))
        self.quality_intro.setText(self.tr(
            "Before the plan is tabled, every activity needs a lead that is a member of the "
            "mechanism, dates within the plan's period, a cost (or “No cost”) and an "
            "indicator. Press Enter on a point to open its activity."))
        self.quality_view.setAccessibleName(self.tr("Quality check"))
        self.totals_view.setAccessibleName(self.tr("Estimated costs"))
        select_data(self.plan_status, self.plan.plan.status)
        for index, member in enumerate(PlanStatus):
            self.plan_status.setItemText(index, label(member))
        self.model.retranslate()
        self.reload()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        reader = self.context.reader
        self.plan = load_plan(reader)
        snapshot = load_snapshot(reader)
        catalog = load_catalog(interface_language())
        findings = evaluate(snapshot, catalog)
        self.all_suggestions = suggestions(findings, snapshot, catalog, self.plan,
                                           include_dismissed=True)
        self.problems = check_plan(self.plan)
        current = self.current_id()
        self.model.set_plan(self.plan, [p.activity_id for p in self.problems if p.activity_id])
        self.tree.expandAll()
        if current is not None:
            self.select(current)
        elif self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        text = PlanText.for_interface()
        self._fill_suggestions()
        numbers = {a.id: self._number(a.id) for a in self.plan.activities}
        self.quality_model.set_problems(self.problems, numbers, text)
        self.totals_model.set_totals(self.plan, self.model.totals, text)
        self._fill_plan_form()
        self._fill_totals_note()
        self._fill_funding_chart()
        self._retitle_tabs()
        self._update_actions()

    def _fill_plan_form(self) -> None:
        info = self.plan.plan
        set_text_quietly(self.plan_title, info.title)
        for widget, value in ((self.period_start, info.period_start),
                              (self.period_end, info.period_end),
                              (self.adopted_on, info.adopted_on)):
            if not widget.hasFocus():
                widget.blockSignals(True)
                widget.set_value(value)
                widget.blockSignals(False)
        select_data(self.plan_status, info.status)
        self.adopted_on.setEnabled(not self.context.read_only)
        for widget in (self.plan_title, self.period_start, self.period_end, self.plan_status):
            widget.setEnabled(not self.context.read_only)

    def _fill_suggestions(self) -> None:
        shown = [s for s in self.all_suggestions
                 if self.show_dismissed.isChecked() or not s.dismissed]
        current = self.current_suggestion()
        self.suggestions_model.set_suggestions(shown, PlanText.for_interface())
        row = self.suggestions_model.row_of(current.key) if current else None
        if row is None and shown:
            row = 0
        if row is not None:
            self.suggestions_view.selectionModel().setCurrentIndex(
                self.suggestions_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_suggestion_buttons()
        self._retitle_tabs()

    def _fill_totals_note(self) -> None:
        totals = self.model.totals
        notes = []
        if totals.no_cost:
            notes.append(self.tr("%n activity(ies) marked as costing nothing.", "",
                                 totals.no_cost))
        if totals.not_costed:
            notes.append(self.tr("%n activity(ies) with no estimated cost yet, left out of "
                                 "the totals.", "", totals.not_costed))
        notes.append(self.tr("Amounts in different currencies are never converted."))
        self.totals_note.setText(" ".join(notes))

    def _retitle_tabs(self) -> None:
        waiting = sum(not s.dismissed for s in self.all_suggestions)
        self.tabs.setTabText(SUGGESTIONS_TAB, fill(self.tr("&Suggestions (%1)"), str(waiting)))
        self.tabs.setTabText(QUALITY_TAB, fill(self.tr("&Quality check (%1)"),
                                               str(len(self.problems))))
        self.tabs.setTabText(TOTALS_TAB, self.tr("Cost&s"))

    def _number(self, activity_id: uuid.UUID) -> str:
        index = self.model.index_of(activity_id)
        if not index.isValid():
            return ""
        return f"{index.parent().row() + 1}.{index.row() + 1}"

    # -- selection -----------------------------------------------------------------------

    def current_id(self) -> uuid.UUID | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, record_id: uuid.UUID) -> bool:
        index = self.model.index_of(record_id)
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def current_suggestion(self) -> Suggestion | None:
        index = self.suggestions_view.currentIndex()
        return self.suggestions_model.suggestion(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        writable = not self.context.read_only
        index = self.tree.currentIndex()
        activity = self.model.activity_at(index)
        has_item = index.isValid()
        self.add_objective_action.setEnabled(writable)
        self.add_activity_action.setEnabled(writable and bool(self.plan.objectives))
        for action in (self.edit_action, self.delete_action, self.up_action,
                       self.down_action):
            action.setEnabled(writable and has_item)
        self.move_button.setEnabled(writable and activity is not None
                                    and len(self.plan.objectives) > 1)

    def _update_suggestion_buttons(self) -> None:
        suggestion = self.current_suggestion()
        writable = not self.context.read_only
        for button in (self.accept_button, self.edit_accept_button, self.dismiss_button):
            button.setEnabled(writable and suggestion is not None)
        self.dismiss_button.setText(self.tr("&Restore") if suggestion and suggestion.dismissed
                                    else self.tr("D&ismiss"))

    # -- the plan ------------------------------------------------------------------------

    def save_plan(self) -> None:
        if self.context.read_only:
            return
        from ncm_desktop.storage import plan_repository

        values = plan_repository.PlanValues(
            self.plan_title.text(), self.period_start.value(), self.period_end.value(),
            PlanStatus(self.plan_status.currentData()), self.adopted_on.value())
        info = self.plan.plan
        stored = plan_repository.PlanValues(info.title, info.period_start, info.period_end,
                                            info.status, info.adopted_on)
        if info.recorded and values == stored:
            return
        if not self._write(plan_repository.save_plan, values):
            return

    def _write(self, write: Callable[..., Any], *arguments: Any, **keywords: Any) -> Any:
        """``write(dossier, *arguments)`` as an operation (a refused value is explained
        under the page, None returned)."""
        return operation.write(self.context, write, *arguments, problem=self.problem,
                               **keywords)

    # -- objectives and activities -------------------------------------------------------

    def add_objective(self) -> None:
        from ncm_desktop.ui.dialogs.objective_dialog import ObjectiveDialog

        self._open(ObjectiveDialog(self.context, parent=self))

    def add_activity(self) -> None:
        if not self.plan.objectives or self.context.read_only:
            return
        objective = self.model.objective_of(self.tree.currentIndex()) or self.plan.objectives[0]
        from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog

        self._open(ActivityDialog(self.context, self.plan, objective_id=objective.id,
                                  parent=self))

    def edit_current(self) -> None:
        index = self.tree.currentIndex()
        if self.context.read_only or not index.isValid():
            return
        activity = self.model.activity_at(index)
        if activity is not None:
            self.edit_activity(activity.id)
            return
        from ncm_desktop.ui.dialogs.objective_dialog import ObjectiveDialog

        self._open(ObjectiveDialog(self.context, self.model.objective_at(index), parent=self))

    def edit_activity(self, activity_id: uuid.UUID) -> Any:
        """Open the activity's form; return the dialog (for the caller to wait on)."""
        if self.context.read_only:
            return None
        self.select(activity_id)
        from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.context, self.plan, activity_id=activity_id, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: Any) -> None:
        dialog.accepted.connect(lambda: self._after_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_dialog(self, dialog: Any) -> None:
        if dialog.record_id is not None:
            self.select(dialog.record_id)
        self.tree.setFocus()

    def delete_current(self) -> None:
        index = self.tree.currentIndex()
        if self.context.read_only or not index.isValid():
            return
        from ncm_desktop.storage import plan_repository

        activity = self.model.activity_at(index)
        if activity is not None:
            title = fill(self.tr("Delete activity %1"), activity.title)
            text = fill(self.tr("Delete the activity “%1”? You can undo this with Ctrl+Z."),
                        activity.title)
            write: Callable[..., Any] = plan_repository.delete_activities
            record_id = activity.id
        else:
            objective = self.model.objective_at(index)
            assert objective is not None
            count = len(self.plan.activities_of(objective.id))
            title = fill(self.tr("Delete objective %1"), objective.title)
            text = fill(self.tr("Delete the objective “%1” and its %n activity(ies)? You can undo "
                                "this with Ctrl+Z.", "", count),
                        objective.title)
            write = plan_repository.delete_objectives
            record_id = objective.id
        if not ask.confirm(self, title, text):
            return
        deleted = self._write(write, [record_id])
        if deleted:
            self.context.remember_delete(title, deleted)

    def move_current(self, step: int) -> None:
        """Move the current row one place up (-1) or down (1); an activity at the edge of its
        objective goes to the objective before or after."""
        index = self.tree.currentIndex()
        if self.context.read_only or not index.isValid():
            return
        activity = self.model.activity_at(index)
        if activity is None:
            objective = self.model.objective_at(index)
            assert objective is not None
            from ncm_desktop.storage import plan_repository

            self._write(plan_repository.move_objective, objective.id, step)
            return
        objectives = list(self.plan.objectives)
        place = [o.id for o in objectives].index(activity.objective_id)
        siblings = self.plan.activities_of(activity.objective_id)
        position = index.row() + step
        if 0 <= position < len(siblings):
            self.move_activity(activity.id, activity.objective_id, position)
        elif 0 <= place + step < len(objectives):
            target = objectives[place + step]
            at = len(self.plan.activities_of(target.id)) if step < 0 else 0
            self.move_activity(activity.id, target.id, at)

    def move_activity(self, activity_id: uuid.UUID, objective_id: uuid.UUID,
                      position: int) -> bool:
        """Put an activity at ``position`` in ``objective_id`` (the tree's drops come here)."""
        if self.context.read_only:
            return False
        from ncm_desktop.storage import plan_repository

        if not self._write(plan_repository.move_activity, activity_id, objective_id,
                           position):
            return False
        self.select(activity_id)
        return True

    def move_to_objective(self, objective_id: uuid.UUID) -> None:
        activity = self.model.activity_at(self.tree.currentIndex())
        if activity is not None:
            self.move_activity(activity.id, objective_id,
                               len(self.plan.activities_of(objective_id)))

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        activity = self.model.activity_at(self.tree.currentIndex())
        for number, objective in enumerate(self.plan.objectives, start=1):
            action = self.move_menu.addAction(f"{number}. {isolate(objective.title)}")
            action.setEnabled(activity is not None and objective.id != activity.objective_id)
            action.triggered.connect(lambda _=False, o=objective.id: self.move_to_objective(o))

    # -- suggestions ---------------------------------------------------------------------

    def _suggested(self, suggestion: Suggestion) -> tuple[ActivityValues, uuid.UUID | None,
                                                          ObjectiveValues | None]:
        """The activity a suggestion proposes, and the objective it would go under."""
        from ncm_desktop.storage.plan_repository import ActivityValues, ObjectiveValues

        text = PlanText.for_interface()
        values = ActivityValues(
            title=text.title(suggestion), description=text.description(suggestion),
            lead_organisation_id=suggestion.lead_organisation_id,
            indicator=text.indicator(suggestion),
            origin_provision_id=suggestion.provision_id, origin_key=suggestion.key)
        objective = objective_for(suggestion, self.plan.objectives)
        if objective is not None:
            return values, objective.id, None
        clause = suggestion.objective_clause
        return values, None, ObjectiveValues(text.clause_title(clause), clause)

    def accept_suggestion(self) -> uuid.UUID | None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.context.read_only:
            return None
        from ncm_desktop.storage import plan_repository

        values, objective_id, new_objective = self._suggested(suggestion)
        activity_id = self._write(plan_repository.accept_suggestion, values, objective_id,
                                  new_objective)
        if not activity_id:
            return None
        self.select(activity_id)
        return activity_id

    def edit_and_accept(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.context.read_only:
            return
        from ncm_desktop.storage import plan_repository
        from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog

        values, objective_id, new_objective = self._suggested(suggestion)

        def save(chosen: ActivityValues, objective: uuid.UUID | None,
                 new: ObjectiveValues | None) -> uuid.UUID:
            return plan_repository.accept_suggestion(self.context.writer(), chosen, objective,
                                                     new)

        self._open(ActivityDialog(self.context, self.plan, objective_id=objective_id,
                                  initial=values, new_objective=new_objective, save=save,
                                  title=self.tr("Accept a suggested activity"), parent=self))

    def dismiss_or_restore(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is None or self.context.read_only:
            return
        from ncm_desktop.storage import plan_repository

        if suggestion.dismissed:
            self._write(plan_repository.restore_suggestion, suggestion.key)
        else:
            self._write(plan_repository.dismiss_suggestion, suggestion.key,
                        suggestion.provision_id)

    # -- quality and export --------------------------------------------------------------

    def open_problem(self, index: QModelIndex) -> None:
        """Open the activity a problem names (the plan's period for the plan's own)."""
        if not index.isValid():
            return
        problem = self.quality_model.problem(index.row())
        if problem.activity_id is None:
            widget = self.period_start if self.plan.plan.period_start is None \
                else self.period_end
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.edit_activity(problem.activity_id)

    def export(self) -> None:
        from ncm_desktop.reports.kinds import kind
        from ncm_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.context, kind("action-plan"), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def focus_field(self, field: str) -> None:
        self.reload_if_stale()
        if field.startswith("activity:"):
            self.select(uuid.UUID(field.split(":", 1)[1]))
        elif field == "suggestions":
            self.tabs.setCurrentIndex(SUGGESTIONS_TAB)
            self.suggestions_view.setFocus()
            return
        self.tree.setFocus()


def _table(model: Any) -> QTableView:
    table = list_table(model, fixed_rows=True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return table
