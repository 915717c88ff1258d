"""Models of the import dialog: the rows as they will be imported, and the organisations
of the list with the category each will get."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.i18n.exchange_labels import label as exchange_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import interface_language
from ncm_desktop.rules.member_list import CategoryChoice, CategorySource, category_choice
from ncm_desktop.storage.member_import import MemberCandidate, Outcome, RowReport
from ncm_desktop.text_fold import fold
from ncm_desktop.ui.models.record_table_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
PREVIEW = "ImportPreviewModel"
_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def left_to_right(text: str) -> str:
    """``text`` isolated as left-to-right, so that a phone number or a clause id keeps
    its order in a right-to-left (Arabic) layout."""
    return f"\u2066{text}\u2069" if text else ""


def category_text(category_id: str | None) -> str:
    """'7.4.2.h  Interior / internal affairs / police' in the interface language."""
    if category_id is None:
        return QCoreApplication.translate("ImportPreviewModel", "(no category)")
    catalog = load_catalog(interface_language())
    if not catalog.has("category", category_id):
        return left_to_right(category_id)
    return f"{left_to_right(category_id)}  {catalog.category(category_id).name}"


@dataclass(frozen=True)
class PreviewRow:
    candidate: MemberCandidate
    report: RowReport


def outcome_text(report: RowReport) -> str:
    """What happens to the row, with the reason, for the preview's last column."""
    translate = QCoreApplication.translate
    if report.outcome is Outcome.ADDED:
        return translate("ImportPreviewModel", "Will be added")
    if report.outcome is Outcome.ERROR and report.problem is not None:
        return fill(translate("ImportPreviewModel", "Problem: %1"), error_message(report.problem))
    if report.outcome is Outcome.DUPLICATE and report.duplicate_match is not None:
        match = exchange_label(report.duplicate_match)
        if report.duplicate_line is not None:
            return fill(translate("ImportPreviewModel", "Duplicate of line %1 (%2)"),
                        QLocale().toString(report.duplicate_line), match)
        return fill(translate("ImportPreviewModel", "Already in the dossier as “%1” (%2)"),
                    report.duplicate_name, match)
    return exchange_label(report.outcome)


PREVIEW_COLUMNS: tuple[Column[PreviewRow], ...] = (
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Line"),
           lambda r: QLocale().toString(r.report.line), sort_key=lambda r: r.report.line,
           searchable=False, alignment=_TRAILING),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"), lambda r: r.report.full_name),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Organisation"),
           lambda r: r.candidate.organisation),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Sex"),
           lambda r: label(r.candidate.person.sex)),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Role"),
           lambda r: label(r.candidate.person.role)),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Title"), lambda r: r.candidate.person.title),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Email"),
           lambda r: left_to_right(r.candidate.person.email)),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Phone"),
           lambda r: left_to_right(r.candidate.person.phone)),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "Result"), lambda r: outcome_text(r.report)),
)


class ImportPreviewModel(RecordTableModel[PreviewRow]):
    """The rows of the list with what the import will do with each; an icon marks the
    rows that will not be added."""

    RESULT_COLUMN = len(PREVIEW_COLUMNS) - 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PREVIEW, PREVIEW_COLUMNS, lambda r: r.report.line, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DecorationRole and index.isValid()
                and index.column() == self.RESULT_COLUMN):
            outcome = self.row_at(index.row()).report.outcome
            icon = {Outcome.ERROR: QStyle.StandardPixmap.SP_MessageBoxWarning,
                    Outcome.DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation}.get(outcome)
            return QApplication.style().standardIcon(icon) if icon is not None else None
        return super().data(index, role)


@dataclass
class OrganisationChoice:
    """An organisation named in the list and the category it will get."""

    name: str
    key: str
    people: int
    guess: CategoryChoice
    category_id: str | None
    chosen_by_user: bool = False
    existing: bool = False
    #: Where the organisation first comes in the list.
    order: int = 0

    @property
    def to_confirm(self) -> bool:
        """A new organisation whose category is unsure or missing, not yet chosen by hand."""
        return (not self.existing and not self.chosen_by_user
                and self.guess.source in (CategorySource.NONE, CategorySource.UNSURE))


class OrganisationCategoryModel(QAbstractTableModel):
    """The list's organisations; the category of a new one can be changed (column 2).

    The organisations whose category is unsure or missing come first, so that the user
    confirms them before the sure guesses and the corrections remembered from earlier
    imports.
    """

    NAME, PEOPLE, CATEGORY, SOURCE = range(4)
    #: Emitted when the user changes a category.
    categories_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OrganisationChoice] = []

    def set_organisations(self, organisations: list[tuple[str, int]],
                          remembered: Mapping[str, str | None] | None = None) -> None:
        """The organisations of the list, unsure ones first; choices already made for a
        name are kept; ``remembered`` holds the corrections of earlier imports."""
        earlier = {row.key: row for row in self._rows}
        rows = []
        for order, (name, people) in enumerate(organisations):
            key = fold(name)
            previous = earlier.get(key)
            if previous is not None:
                rows.append(OrganisationChoice(name, key, people, previous.guess,
                                               previous.category_id, previous.chosen_by_user,
                                               order=order))
                continue
            choice = category_choice(name, remembered or {})
            rows.append(OrganisationChoice(name, key, people, choice, choice.category_id,
                                           order=order))
        rows.sort(key=_confirm_first)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def corrections(self) -> dict[str, tuple[str, str | None]]:
        """The categories the user chose by hand for new organisations, by folded name."""
        return {row.key: (row.name, row.category_id) for row in self._rows
                if row.chosen_by_user and not row.existing}

    def to_confirm(self) -> int:
        return sum(row.to_confirm for row in self._rows)

    def mark_existing(self, existing: Mapping[str, str | None]) -> None:
        """Note which organisations the dossier already has (by key) and their category;
        one already there has nothing to confirm, so it leaves the unsure ones at the top."""
        confirm_before = [row.to_confirm for row in self._rows]
        for position, row in enumerate(self._rows):
            is_existing = row.key in existing
            if is_existing != row.existing or (is_existing and
                                               row.category_id != existing[row.key]):
                row.existing = is_existing
                if is_existing:
                    row.category_id = existing[row.key]
                self.dataChanged.emit(self.index(position, 0), self.index(position, 3))
        if confirm_before != [row.to_confirm for row in self._rows]:
            self.beginResetModel()
            self._rows.sort(key=_confirm_first)
            self.endResetModel()

    def categories(self) -> dict[str, str | None]:
        """The category chosen for each organisation, by folded name."""
        return {row.key: row.category_id for row in self._rows}

    def choice(self, row: int) -> OrganisationChoice:
        return self._rows[row]

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Organisation"), self.tr("People"), self.tr("Category (7.4)"),
                self.tr("How the category was chosen"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CATEGORY \
                and not self._rows[index.row()].existing:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.CATEGORY:
            return row.category_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return row.name
            if column == self.PEOPLE:
                return QLocale().toString(row.people)
            if column == self.CATEGORY:
                return category_text(row.category_id)
            return self._source_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PEOPLE:
            return _TRAILING
        if role == Qt.ItemDataRole.DecorationRole and column == self.SOURCE and row.to_confirm:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                    & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        row.category_id = value or None
        row.chosen_by_user = True
        self.dataChanged.emit(self.index(index.row(), self.CATEGORY),
                              self.index(index.row(), self.SOURCE))
        self.categories_changed.emit()
        return True

    def _source_text(self, row: OrganisationChoice) -> str:
        if row.existing:
            return self.tr("Already in the dossier")
        if row.chosen_by_user:
            return self.tr("Chosen by you")
        if row.guess.source is CategorySource.REMEMBERED:
            return self.tr("Your correction at an earlier import")
        if row.guess.source is CategorySource.UNSURE and row.guess.catch_all:
            return self.tr("Unsure: no portfolio in the name, check it")
        if row.guess.source is CategorySource.UNSURE:
            return fill(self.tr("Unsure, from the word “%1”: check it"), row.guess.word)
        if row.guess.source is CategorySource.SURE:
            return fill(self.tr("Guessed from the word “%1”"), row.guess.word)
        return self.tr("No guess: choose one")


def _confirm_first(row: OrganisationChoice) -> tuple[bool, int]:
    """Those to confirm first, each group in the list's order."""
    return not row.to_confirm, row.order


class CategoryDelegate(QStyledItemDelegate):
    """Edits a category with a list of the catalog's categories."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Category (7.4)"))
        combo.addItem(self.tr("(no category)"), None)
        for category in load_catalog(interface_language()).categories:
            combo.addItem(category_text(category.id), category.id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
