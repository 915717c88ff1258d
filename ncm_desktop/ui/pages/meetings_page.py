"""Meetings of the mechanism: date, place, kind and agenda; who was invited and who came,
with the balance of women and men among them (7.4.1); decisions, which become follow-up
actions or activities of the National Action Plan; the attendance sheet and the minutes.

Reads go through the standard library; writes through ``storage.meetings_repository``,
imported when a change is made.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.formatting import format_date
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.findings import Status
from ncm_desktop.rules.meetings import attendance_share
from ncm_desktop.storage.baselines import baseline_of_meeting
from ncm_desktop.storage.enums import MeetingKind
from ncm_desktop.storage.plan_queries import MeetingDetail, load_plan, meeting_detail, meetings
from ncm_desktop.ui import operation
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import set_text_quietly
from ncm_desktop.ui.models.findings_model import percent_text
from ncm_desktop.ui.models.meeting_models import (
    ATTENDED,
    DUE,
    INVITED,
    LEAD,
    NAME,
    ORGANISATION,
    SEX,
    STATUS,
    TEXT,
    DecisionsModel,
    MeetingsModel,
    ParticipantsModel,
)
from ncm_desktop.ui.models.record_table_model import ID_ROLE
from ncm_desktop.ui.pages.page import ReloadWhenShownPage
from ncm_desktop.ui.widgets.fields import enum_combo, select_data
from ncm_desktop.ui.widgets.problem_label import ProblemLabel
from ncm_desktop.ui.widgets.tables import list_table

MEETING_TABLES = frozenset({"meeting", "meeting_agenda_item", "meeting_participant",
                            "meeting_decision", "meeting_action", "readiness_baseline"})
DETAILS_TAB, ATTENDANCE_TAB, DECISIONS_TAB = range(3)


class MeetingsPage(ReloadWhenShownPage):
    tables = MEETING_TABLES | {"person", "organisation", "plan_activity", "plan_objective"}

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.detail: MeetingDetail | None = None
        self.heading = self.make_heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.problem = ProblemLabel()

        self.meetings_model = MeetingsModel(self)
        self.meetings_view = QTableView()
        self.meetings_view.setModel(self.meetings_model)
        _rows_only(self.meetings_view)
        self.meetings_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.meetings_view.setColumnWidth(0, 90)
        self.meetings_view.setColumnWidth(2, 60)
        self.meetings_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_meeting())
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.meetings_view, 1)

        self.meeting_heading = QLabel()
        font = self.meeting_heading.font()
        font.setBold(True)
        self.meeting_heading.setFont(font)
        self.meeting_heading.setWordWrap(True)
        self.sheet_button = QPushButton()
        self.minutes_button = QPushButton()
        self.sheet_button.clicked.connect(lambda: self.export("attendance"))
        self.minutes_button.clicked.connect(lambda: self.export("minutes"))
        top = QHBoxLayout()
        top.addWidget(self.meeting_heading, 1)
        top.addWidget(self.sheet_button)
        top.addWidget(self.minutes_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), "")
        self.tabs.addTab(self._attendance_tab(), "")
        self.tabs.addTab(self._decisions_tab(), "")
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.tabs, 1)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(self.editor, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, 3000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.meetings_view)
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        tab = QWidget()
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.kind = enum_combo(MeetingKind, label)
        self.meeting_title = QLineEdit()
        self.meeting_title.setMaxLength(300)
        self.place = QLineEdit()
        self.place.setMaxLength(300)
        self.detail_labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in zip(self.detail_labels, (self.held_on, self.kind,
                                                     self.meeting_title, self.place),
                                strict=True):
            text.setBuddy(widget)
            form.addRow(text, widget)
        self.held_button = QPushButton()
        self.held_button.clicked.connect(self.mark_held)
        self.held_state = QLabel()
        self.held_state.setWordWrap(True)
        held = QHBoxLayout()
        held.addWidget(self.held_button)
        held.addWidget(self.held_state, 1)
        form.addRow(held)
        self.held_on.editingFinished.connect(self.save_meeting)
        self.held_on.calendarWidget().clicked.connect(lambda _day: self.save_meeting())
        self.kind.activated.connect(lambda _i: self.save_meeting())
        self.meeting_title.editingFinished.connect(self.save_meeting)
        self.place.editingFinished.connect(self.save_meeting)

        self.agenda_label = QLabel()
        self.agenda_model = QStringListModel(self)
        self.agenda_view = QListView()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.agenda_label.setBuddy(self.agenda_view)
        self.agenda_model.dataChanged.connect(lambda *_: self.save_agenda())
        self.agenda_item = QLineEdit()
        self.agenda_item.setMaxLength(2000)
        self.agenda_item.returnPressed.connect(self.add_agenda_item)
        self.add_item_button = QPushButton()
        self.remove_item_button = QPushButton()
        self.item_up_button = QPushButton()
        self.item_down_button = QPushButton()
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.item_up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.item_down_button.clicked.connect(lambda: self.move_agenda_item(1))
        new_item = QHBoxLayout()
        new_item.addWidget(self.agenda_item, 1)
        new_item.addWidget(self.add_item_button)
        item_buttons = QHBoxLayout()
        for button in (self.remove_item_button, self.item_up_button, self.item_down_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.agenda_label)
        layout.addWidget(self.agenda_view, 1)
        layout.addLayout(item_buttons)
        layout.addLayout(new_item)
        return tab

    def _attendance_tab(self) -> QWidget:
        tab = QWidget()
        self.participants_model = ParticipantsModel(self.tick, self)
        self.participants_view = QTableView()
        self.participants_view.setModel(self.participants_model)
        _rows_only(self.participants_view)
        self.participants_view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participants_view.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.participants_view.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column, width in {NAME: 230, SEX: 90, INVITED: 80, ATTENDED: 80}.items():
            self.participants_view.setColumnWidth(column, width)
        self.participants_view.activated.connect(lambda _i: self.edit_guest())
        self.invite_button = QPushButton()
        self.invite_members_button = QPushButton()
        self.guest_button = QPushButton()
        self.remove_participant_button = QPushButton()
        self.invite_button.clicked.connect(self.invite_people)
        self.invite_members_button.clicked.connect(self.invite_members)
        self.guest_button.clicked.connect(self.add_guest)
        self.remove_participant_button.clicked.connect(self.remove_participants)
        buttons = QHBoxLayout()
        for button in (self.invite_button, self.invite_members_button, self.guest_button,
                       self.remove_participant_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.balance = QLabel()
        self.balance.setObjectName("attendanceBalance")
        self.balance.setWordWrap(True)
        self.balance.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.keys = QLabel()
        self.keys.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.keys)
        layout.addWidget(self.participants_view, 1)
        layout.addWidget(self.balance)
        return tab

    def _decisions_tab(self) -> QWidget:
        tab = QWidget()
        self.decisions_model = DecisionsModel(self)
        self.decisions_view = QTreeView()
        self.decisions_view.setModel(self.decisions_model)
        self.decisions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisions_view.setAlternatingRowColors(True)
        self.decisions_view.setUniformRowHeights(True)
        header = self.decisions_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in {LEAD: 240, DUE: 90, STATUS: 190}.items():
            self.decisions_view.setColumnWidth(column, width)
        self.decisions_view.activated.connect(lambda _i: self.edit_decision())
        self.decisions_view.selectionModel().currentChanged.connect(
            lambda *_: self._update_buttons())
        self.add_decision_button = QPushButton()
        self.edit_decision_button = QPushButton()
        self.delete_decision_button = QPushButton()
        self.to_activity_button = QPushButton()
        self.add_action_button = QPushButton()
        self.add_decision_button.clicked.connect(self.add_decision)
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.delete_decision_button.clicked.connect(self.delete_decision)
        self.to_activity_button.clicked.connect(self.make_activity)
        self.add_action_button.clicked.connect(self.add_action)
        buttons = QHBoxLayout()
        for button in (self.add_decision_button, self.edit_decision_button,
                       self.delete_decision_button, self.to_activity_button,
                       self.add_action_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.decision_text = QLabel()
        self.decision_text.setWordWrap(True)
        self.decision_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.decision_text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.decisions_view, 1)
        layout.addWidget(self.decision_text)
        return tab

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Meetings"))
        self.explanation.setText(self.tr(
            "Plenaries and working groups of the mechanism: their agenda, who was invited "
            "and who came, and their decisions, each followed by an action or an activity "
            "of the National Action Plan. Every change is saved as you make it."))
        self.meetings_view.setAccessibleName(self.tr("Meetings"))
        self.new_button.setText(self.tr("&New meeting"))
        self.delete_button.setText(self.tr("Delete meeting"))
        self.sheet_button.setText(self.tr("Print attendance s&heet…"))
        self.minutes_button.setText(self.tr("Export &minutes…"))
        self.held_button.setText(self.tr("Mark as &held"))
        self.held_button.setToolTip(self.tr(
            "Record the readiness of the mechanism as a baseline dated the day of the "
            "meeting; the minutes show it"))
        texts = (self.tr("&Date:"), self.tr("&Kind:"), self.tr("&Title:"), self.tr("&Place:"))
        names = (self.tr("Date of the meeting"), self.tr("Kind of meeting"),
                 self.tr("Title of the meeting"), self.tr("Place"))
        for text, name, widget in zip(texts, names, self.detail_labels, strict=True):
            widget.setText(text)
            widget.buddy().setAccessibleName(name)
        for index, member in enumerate(MeetingKind):
            self.kind.setItemText(index, label(member))
        self.meeting_title.setPlaceholderText(self.tr("e.g. First ordinary session of 2026"))
        self.agenda_label.setText(self.tr("A&genda (F2 edits an item):"))
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.agenda_item.setPlaceholderText(self.tr("A new agenda item; Enter adds it"))
        self.agenda_item.setAccessibleName(self.tr("New agenda item"))
        self.add_item_button.setText(self.tr("&Add item"))
        self.remove_item_button.setText(self.tr("&Remove item"))
        self.item_up_button.setText(self.tr("Item &up"))
        self.item_down_button.setText(self.tr("Item do&wn"))
        self.participants_view.setAccessibleName(self.tr("Participants"))
        self.invite_button.setText(self.tr("&Invite people…"))
        self.invite_members_button.setText(self.tr("Invite &every member"))
        self.guest_button.setText(self.tr("Add a &guest…"))
        self.remove_participant_button.setText(self.tr("&Remove from the list"))
        self.keys.setText(self.tr(
            "Space ticks “Invited” or “Present” in the current cell; Enter on a guest edits "
            "them. People's sex is recorded on the People page."))
        self.balance.setAccessibleName(self.tr("Gender balance of those present"))
        self.decisions_view.setAccessibleName(self.tr("Decisions and follow-up actions"))
        self.decision_text.setAccessibleName(self.tr("The whole text of the decision or "
                                                     "action"))
        self.add_decision_button.setText(self.tr("Add &decision…"))
        self.edit_decision_button.setText(self.tr("&Edit…"))
        self.delete_decision_button.setText(self.tr("De&lete"))
        self.to_activity_button.setText(self.tr("Make it a &plan activity…"))
        self.add_action_button.setText(self.tr("Add a &follow-up action…"))
        self.empty_hint.setText(self.tr(
            "No meeting is recorded yet. “New meeting” records one for today; change its "
            "date, kind and agenda, then invite its participants."))
        self.reload()

    def _retitle_tabs(self) -> None:
        detail = self.detail
        present = len(detail.attended) if detail else 0
        invited = len(detail.invited) if detail else 0
        decisions = len(detail.decisions) if detail else 0
        self.tabs.setTabText(DETAILS_TAB, self.tr("Meeting and agenda"))
        self.tabs.setTabText(ATTENDANCE_TAB, fill(self.tr("Attendance (%1/%2)"),
                                                  str(present), str(invited)))
        self.tabs.setTabText(DECISIONS_TAB, fill(self.tr("Decisions (%1)"), str(decisions)))

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        current = self.current_meeting_id()
        self.meetings_model.set_rows(meetings(self.context.reader))
        row = self.meetings_model.row_of(current) if current else None
        if row is None and self.meetings_model.rowCount():
            row = 0
        if row is not None:
            self.meetings_view.selectionModel().setCurrentIndex(
                self.meetings_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_meeting()

    def current_meeting_id(self) -> uuid.UUID | None:
        index = self.meetings_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_meeting(self, meeting_id: uuid.UUID) -> None:
        row = self.meetings_model.row_of(meeting_id)
        if row is not None:
            self.meetings_view.selectionModel().setCurrentIndex(
                self.meetings_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _show_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        self.detail = meeting_detail(self.context.reader, meeting_id) if meeting_id else None
        detail = self.detail
        self.editor.setVisible(detail is not None)
        self.empty_hint.setVisible(detail is None)
        self.delete_button.setEnabled(detail is not None and not self.context.read_only)
        self._retitle_tabs()
        if detail is None:
            return
        name = detail.title or label(detail.kind)
        self.meeting_heading.setText(f"{isolate(name)} — {isolate(_long_date(detail.held_on))}")
        if not self.held_on.hasFocus():
            self.held_on.blockSignals(True)
            self.held_on.setDate(QDate(detail.held_on))
            self.held_on.blockSignals(False)
        select_data(self.kind, detail.kind)
        set_text_quietly(self.meeting_title, detail.title)
        set_text_quietly(self.place, detail.place)
        if list(self.agenda_model.stringList()) != list(detail.agenda):
            self.agenda_model.blockSignals(True)
            self.agenda_model.setStringList(list(detail.agenda))
            self.agenda_model.blockSignals(False)
            self.agenda_view.reset()
        current = self.participants_view.currentIndex()
        self.participants_model.set_participants(detail.participants)
        if current.isValid() and current.row() < self.participants_model.rowCount():
            self.participants_view.setCurrentIndex(
                self.participants_model.index(current.row(), current.column()))
        self._show_balance()
        self._show_held()
        decision = self.decisions_view.currentIndex().data(ID_ROLE)
        self.decisions_model.set_decisions(detail.decisions, date.today())
        self.decisions_view.expandAll()
        index = self.decisions_model.index_of(decision) if decision is not None else None
        if index is None or not index.isValid():
            index = self.decisions_model.index(0, 0)
        if index.isValid():
            self.decisions_view.setCurrentIndex(index)
        self._update_buttons()

    def _show_balance(self) -> None:
        detail = self.detail
        if detail is None:
            return
        share = attendance_share(detail.participants)
        if not detail.attended:
            self.balance.setText(self.tr("No one is marked as present yet."))
            return
        if share.percent_women is None:
            self.balance.setText(fill(self.tr("%1 present; the sex of none of them is recorded."),
                                      str(len(detail.attended))))
            return
        verdict = {Status.MET: self.tr("within the 40 to 60 per cent read as balance"),
                   Status.PARTLY_MET: self.tr("outside the 40 to 60 per cent read as balance"),
                   Status.NOT_MET: self.tr("far from balance")}[share.status]
        text = fill(self.tr("%1 present: women are %2% of those whose sex is recorded (%3 women, "
                            "%4 men), %5 (7.4.1)."),
                    str(len(detail.attended)), str(share.percent_women), str(share.women),
                    str(share.men), verdict)
        if share.not_recorded:
            text += " " + self.tr("%n present have no sex recorded.", "", share.not_recorded)
        self.balance.setText(text)

    def _show_held(self) -> None:
        detail = self.detail
        if detail is None:
            return
        baseline = baseline_of_meeting(self.context.reader, detail.id)
        self.held_button.setEnabled(baseline is None and not self.context.read_only)
        if baseline is None:
            self.held_state.setText(self.tr(
                "Not marked as held yet: marking it records the readiness at the meeting."))
        else:
            self.held_state.setText(fill(self.tr("Held. Readiness at the meeting: %1."),
                                         percent_text(baseline.percent)))

    def mark_held(self) -> None:
        """The meeting took place: keep the readiness as it stands, dated its day."""
        detail = self.detail
        if detail is None or self.context.read_only:
            return
        if detail.held_on > date.today():
            self.problem.show_problem(fill(self.tr(
                "This meeting is dated %1: it can be marked as held on that day or after."),
                _long_date(detail.held_on)))
            return
        from ncm_desktop.catalog.loader import load_catalog
        from ncm_desktop.i18n.translation import interface_language
        from ncm_desktop.rules.baselines import baseline_of
        from ncm_desktop.storage.baseline_repository import save_baseline
        from ncm_desktop.storage.dossier_data import load_snapshot

        snapshot = load_snapshot(self.context.reader)
        baseline = replace(baseline_of(snapshot, load_catalog(interface_language())),
                           taken_on=detail.held_on, meeting_id=detail.id)
        self._write(save_baseline, baseline)

    def _update_buttons(self) -> None:
        writable = not self.context.read_only and self.detail is not None
        index = self.decisions_view.currentIndex()
        decision = self.decisions_model.decision_at(index)
        action = self.decisions_model.action_at(index)
        for widget in (self.held_on, self.kind, self.meeting_title, self.place,
                       self.agenda_item, self.add_item_button, self.remove_item_button,
                       self.item_up_button, self.item_down_button, self.invite_button,
                       self.invite_members_button, self.guest_button,
                       self.remove_participant_button, self.add_decision_button):
            widget.setEnabled(writable)
        self.edit_decision_button.setEnabled(writable and decision is not None)
        self.delete_decision_button.setEnabled(writable and decision is not None)
        self.to_activity_button.setEnabled(writable and decision is not None and action is None)
        self.add_action_button.setEnabled(writable and decision is not None)
        if action is not None:
            self.decision_text.setText(self.decisions_model.data(
                index.siblingAtColumn(TEXT)) or "")
        else:
            self.decision_text.setText(decision.text if decision is not None else "")
        if self.context.read_only:
            self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # -- writing -------------------------------------------------------------------------

    def _write(self, write: Callable[..., Any], *arguments: Any, **keywords: Any) -> Any:
        """``write(dossier, *arguments)`` as an operation (a refused value is explained
        under the page, None returned)."""
        return operation.write(self.context, write, *arguments, problem=self.problem,
                               **keywords)

    def new_meeting(self) -> uuid.UUID | None:
        from ncm_desktop.storage import meetings_repository

        meeting_id = self._write(meetings_repository.save_meeting,
                                 meetings_repository.MeetingValues(date.today()))
        if not meeting_id:
            return None
        self.select_meeting(meeting_id)
        self.tabs.setCurrentIndex(DETAILS_TAB)
        self.meeting_title.setFocus()
        return meeting_id

    def delete_meeting(self) -> None:
        detail = self.detail
        if detail is None or self.context.read_only:
            return
        from ncm_desktop.storage import meetings_repository

        name = detail.title or label(detail.kind)
        title = fill(self.tr("Delete meeting %1"), name)
        if not ask.confirm(self, title, fill(self.tr(
                "Delete the meeting “%1” with its agenda, attendance and decisions? Activities "
                "of the plan it led to stay. You can undo this with Ctrl+Z."), name)):
            return
        deleted = self._write(meetings_repository.delete_meetings, [detail.id])
        if deleted:
            self.context.remember_delete(title, deleted)

    def save_meeting(self) -> None:
        detail = self.detail
        if detail is None:
            return
        from ncm_desktop.storage import meetings_repository

        values = meetings_repository.MeetingValues(
            self.held_on.date().toPython(), self.meeting_title.text(), self.place.text(),
            MeetingKind(self.kind.currentData()))
        stored = meetings_repository.MeetingValues(detail.held_on, detail.title, detail.place,
                                                   detail.kind)
        if values == stored:
            return
        self._write(meetings_repository.save_meeting, values, detail.id)

    # -- agenda --------------------------------------------------------------------------

    def save_agenda(self, items: list[str] | None = None) -> None:
        detail = self.detail
        if detail is None:
            return
        from ncm_desktop.storage import meetings_repository

        items = list(self.agenda_model.stringList()) if items is None else items
        self._write(meetings_repository.set_agenda, detail.id, items)

    def add_agenda_item(self) -> None:
        text = self.agenda_item.text().strip()
        if not text or self.detail is None:
            return
        self.save_agenda([*self.agenda_model.stringList(), text])
        self.agenda_item.clear()
        self.agenda_view.setCurrentIndex(
            self.agenda_model.index(self.agenda_model.rowCount() - 1))

    def remove_agenda_item(self) -> None:
        row = self.agenda_view.currentIndex().row()
        items = list(self.agenda_model.stringList())
        if 0 <= row < len(items):
            del items[row]
            self.save_agenda(items)

    def move_agenda_item(self, step: int) -> None:
        row = self.agenda_view.currentIndex().row()
        items = list(self.agenda_model.stringList())
        if 0 <= row < len(items) and 0 <= row + step < len(items):
            items[row], items[row + step] = items[row + step], items[row]
            self.save_agenda(items)
            self.agenda_view.setCurrentIndex(self.agenda_model.index(row + step))

    # -- participants --------------------------------------------------------------------

    def tick(self, participant_id: uuid.UUID, invited: bool | None,
             attended: bool | None) -> bool:
        from ncm_desktop.storage import meetings_repository

        return bool(self._write(meetings_repository.set_participation, [participant_id],
                                invited=invited, attended=attended))

    def invite_people(self) -> None:
        if self.detail is None or self.context.read_only:
            return
        from ncm_desktop.ui.dialogs.person_picker import PersonPicker

        picker = PersonPicker(self.context, self, title=self.tr("Invite people"),
                              explanation=self.tr(
                                  "Choose the people to invite: Ctrl or Shift with a click or "
                                  "the arrow keys chooses several, Ctrl+A all those shown."),
                              multiple=True)
        picker.accepted.connect(lambda: self.invite(picker.person_ids))
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def invite(self, person_ids: list[uuid.UUID]) -> None:
        detail = self.detail
        if detail is None or not person_ids:
            return
        from ncm_desktop.storage import meetings_repository

        self._write(meetings_repository.invite_people, detail.id, person_ids)

    def invite_members(self) -> None:
        detail = self.detail
        if detail is None:
            return
        from ncm_desktop.storage import meetings_repository

        self._write(meetings_repository.invite_members, detail.id)

    def add_guest(self) -> None:
        if self.detail is None or self.context.read_only:
            return
        from ncm_desktop.ui.dialogs.meeting_dialogs import GuestDialog

        self._open(GuestDialog(self.context, self.detail.id, parent=self))

    def edit_guest(self) -> None:
        index = self.participants_view.currentIndex()
        if self.detail is None or not index.isValid() or self.context.read_only:
            return
        participant = self.participants_model.participant(index.row())
        if not participant.is_guest:
            return
        from ncm_desktop.ui.dialogs.meeting_dialogs import GuestDialog

        self._open(GuestDialog(self.context, self.detail.id, participant, parent=self))

    def remove_participants(self) -> None:
        rows = sorted({i.row() for i in self.participants_view.selectionModel().selectedIndexes()})
        if not rows or self.context.read_only:
            return
        from ncm_desktop.storage import meetings_repository

        ids = [self.participants_model.participant(row).id for row in rows]
        title = self.tr("Remove %n participant(s)", "", len(ids))
        deleted = self._write(meetings_repository.remove_participants, ids)
        if deleted:
            self.context.remember_delete(title, deleted)

    # -- decisions -----------------------------------------------------------------------

    def add_decision(self) -> None:
        if self.detail is None or self.context.read_only:
            return
        from ncm_desktop.ui.dialogs.meeting_dialogs import DecisionDialog

        self._open(DecisionDialog(self.context, self.detail.id, parent=self))

    def edit_decision(self) -> None:
        index = self.decisions_view.currentIndex()
        decision = self.decisions_model.decision_at(index)
        if self.detail is None or decision is None or self.context.read_only:
            return
        action = self.decisions_model.action_at(index)
        if action is not None:
            from ncm_desktop.ui.dialogs.meeting_dialogs import ActionDialog

            organisations = list(load_plan(self.context.reader).organisations.values())
            self._open(ActionDialog(self.context, decision.id, organisations, action, self))
            return
        from ncm_desktop.ui.dialogs.meeting_dialogs import DecisionDialog

        self._open(DecisionDialog(self.context, self.detail.id, decision.id, decision.text,
                                  self))

    def delete_decision(self) -> None:
        index = self.decisions_view.currentIndex()
        decision = self.decisions_model.decision_at(index)
        if decision is None or self.context.read_only:
            return
        from ncm_desktop.storage import meetings_repository

        action = self.decisions_model.action_at(index)
        if action is not None:
            title = fill(self.tr("Delete follow-up action %1"), action.text)
            question = fill(self.tr("Delete the follow-up action “%1”? An activity of the plan it "
                                    "became stays. You can undo this with Ctrl+Z."),
                            action.text)
            write: Callable[..., Any] = meetings_repository.delete_actions
            record_id = action.id
        else:
            title = fill(self.tr("Delete decision %1"), decision.text[:60])
            question = self.tr("Delete this decision and its follow-up actions? Activities "
                               "of the plan it became stay. You can undo this with Ctrl+Z.")
            write = meetings_repository.delete_decisions
            record_id = decision.id
        if not ask.confirm(self, title, question):
            return
        deleted = self._write(write, [record_id])
        if deleted:
            self.context.remember_delete(title, deleted)

    def add_action(self) -> None:
        decision = self.decisions_model.decision_at(self.decisions_view.currentIndex())
        if decision is None or self.context.read_only:
            return
        from ncm_desktop.ui.dialogs.meeting_dialogs import ActionDialog

        organisations = list(load_plan(self.context.reader).organisations.values())
        self._open(ActionDialog(self.context, decision.id, organisations, parent=self))

    def make_activity(self) -> Any:
        """Open the activity form for the current decision; saving makes the activity and a
        follow-up action that points at it.  Return the dialog."""
        decision = self.decisions_model.decision_at(self.decisions_view.currentIndex())
        if decision is None or self.context.read_only:
            return None
        from ncm_desktop.storage import meetings_repository
        from ncm_desktop.storage.plan_repository import TITLE_MAX, ActivityValues, ObjectiveValues
        from ncm_desktop.ui.dialogs.activity_dialog import ActivityDialog

        plan = load_plan(self.context.reader)
        new_objective = ObjectiveValues(self.tr("Follow-up of the decisions of the "
                                                "mechanism's meetings"))

        def save(values: ActivityValues, objective_id: uuid.UUID | None,
                 new: ObjectiveValues | None) -> uuid.UUID:
            return meetings_repository.decision_to_activity(
                self.context.writer(), decision.id, values, objective_id, new)

        dialog = ActivityDialog(
            self.context, plan, objective_id=plan.objectives[0].id if plan.objectives else None,
            initial=ActivityValues(title=" ".join(decision.text.split())[:TITLE_MAX]),
            new_objective=new_objective, save=save,
            title=self.tr("Make the decision an activity of the plan"), parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: Any) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- hand-outs -----------------------------------------------------------------------

    def export(self, key: str) -> Any:
        if self.detail is None:
            return None
        from ncm_desktop.reports.kinds import kind
        from ncm_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.context, kind(key), self, meeting_id=self.detail.id)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def focus_field(self, field: str) -> None:
        self.reload_if_stale()
        self.meetings_view.setFocus()


def _rows_only(view: QTableView) -> None:
    list_table(view=view, fixed_rows=True)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading
                                                | Qt.AlignmentFlag.AlignVCenter)


def _long_date(day: date) -> str:
    return format_date(day, long=True)
