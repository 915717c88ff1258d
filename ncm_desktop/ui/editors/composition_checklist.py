"""Composition (7.4): the checklist of categories a) to v), civil society, industry and
international bodies, with gender balance (7.4.1) measured live."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.gender import BALANCED, Share, gender_balance
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import Sex
from ncm_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.editors.base import Editor
from ncm_desktop.ui.models.composition_model import (
    CATEGORY,
    COVERAGE,
    ORGANISATIONS,
    PEOPLE,
    PRESENT,
    CompositionModel,
    presence_choices,
)
from ncm_desktop.ui.models.delegates import ChoiceDelegate
from ncm_desktop.ui.models.snapshot_table_model import KEY_ROLE
from ncm_desktop.ui.widgets.bar_chart import BarChart, BarRow
from ncm_desktop.ui.widgets.tables import make_table


class CompositionChecklist(Editor):
    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.gender_box = QGroupBox()
        self.gender_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.all_label = QLabel()
        self.titular_label = QLabel()
        #: Women, men and not recorded: of all representatives, and of titular members.
        self.gender_chart = BarChart()
        self.gender_chart.show_rest = False
        self.gender_chart.setFixedSize(380, 4 * (self.fontMetrics().height() + 6) + 16)
        self.gender_note = QLabel()
        self.gender_note.setWordWrap(True)
        grid = QGridLayout(self.gender_box)
        grid.addWidget(self.gender_chart, 0, 0, 3, 1)
        for row, text in enumerate((self.all_label, self.titular_label)):
            text.setWordWrap(True)
            grid.addWidget(text, row, 1)
        grid.addWidget(self.gender_note, 2, 1)
        grid.setColumnStretch(1, 1)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = CompositionModel(self.save, self)
        self.table = make_table(self.model, fit_rows=True)
        self.table.setItemDelegateForColumn(PRESENT, ChoiceDelegate(
            lambda _index: presence_choices(), self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ORGANISATIONS, QHeaderView.ResizeMode.Stretch)
        widths = {CATEGORY: 300, PRESENT: 130, COVERAGE: 140, PEOPLE: 150}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_organisation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gender_box)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.gender_box.setTitle(self.tr("Gender balance (7.4.1)"))
        self.gender_box.setAccessibleName(self.tr("Gender balance"))
        self.intro.setText(self.tr(
            "For each category: does the State have such a ministry or body (“where they "
            "exist”), and which organisation represents it. Change “Exists in the State” "
            "with F2 or a double click; add an organisation to the selected category with "
            "the button. Membership is changed on the Organisations page."))
        self.table.setAccessibleName(self.tr("Composition checklist"))
        self.add_button.setText(self.tr("&Add an organisation to this category…"))
        self.model.retranslate()
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.model.show(snapshot, self.catalog)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, PRESENT))
        balance = gender_balance(snapshot)
        self._show_chart(balance.all, balance.titular)
        self._show_share(self.all_label, balance.all, self.tr(
            "%4% of the %1 representatives whose sex is recorded are women (%2 women, "
            "%3 men)."))
        self._show_share(self.titular_label, balance.titular, self.tr(
            "%4% of the %1 titular members whose sex is recorded are women (%2 women, "
            "%3 men)."))
        note = self.tr("Gender balance is read as 40 to 60 per cent women.").replace(
            "40", QLocale().toString(BALANCED[0])).replace("60", QLocale().toString(BALANCED[1]))
        if balance.all.not_recorded:
            note += " " + self.tr(
                "%n representative(s) have no sex recorded: they are counted apart, not "
                "guessed. Record it on the People page.", "", balance.all.not_recorded)
        self.gender_note.setText(note)
        self._update_buttons()

    def _show_chart(self, everyone: Share, titular: Share) -> None:
        locale = QLocale()

        def row(name: str, share: Share) -> BarRow:
            values = (share.women, share.men, share.not_recorded)
            return BarRow(name, tuple(float(v) for v in values),
                          tuple(locale.toString(v) if v else "" for v in values),
                          locale.toString(share.total))

        self.gender_chart.set_rows(
            [row(self.tr("All representatives"), everyone),
             row(self.tr("Titular members"), titular)],
            title="", legend=(label(Sex.FEMALE), label(Sex.MALE), label(Sex.NOT_RECORDED)))
        self.gender_chart.setAccessibleName(self.tr("Women and men among the representatives"))

    def _show_share(self, text: QLabel, share: Share, template: str) -> None:
        locale = QLocale()
        percent = share.percent_women
        if percent is None:
            text.setText(self.tr("No one whose sex is recorded yet."))
            return
        text.setText(fill(template,
                          locale.toString(share.recorded), locale.toString(share.women),
                          locale.toString(share.men), locale.toString(percent)))

    def selected_category(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.selected_category() is not None
                                   and not self.context.read_only)

    def add_organisation(self) -> None:
        category = self.selected_category()
        if category is None or self.context.read_only:
            return
        dialog = OrganisationDialog(self.context, None, self, category_id=category)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def focus_field(self, field: str) -> QWidget | None:
        if field == "gender":
            self.gender_box.setFocus()
            return self.gender_box
        if field.startswith("category:"):
            row = self.model.row_of(field.split(":", 1)[1])
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, PRESENT),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.setFocus()
            return self.table
        return None
