"""The checklist of 7.4: each category, whether the State has one, who represents it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.rules.composition import CategoryCoverage, Coverage, coverage_by_category
from ncm_desktop.storage import setup_repository as setup
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import YesNoUnknown
from ncm_desktop.ui.models.delegates import VALUE_ROLE, Index
from ncm_desktop.ui.models.snapshot_table_model import KEY_ROLE, SnapshotTableModel

CONTEXT = "CompositionModel"

CATEGORY, PRESENT, ORGANISATIONS, COVERAGE, PEOPLE = range(5)
COVERAGE_COLOURS = {
    Coverage.MEMBER: "#1e8e3e",
    Coverage.OBSERVER: "#1a73e8",
    Coverage.INVITED: "#e37400",
    Coverage.ABSENT: "#b00020",
    Coverage.NOT_PRESENT: "#5f6368",
}
_PEOPLE = QT_TRANSLATE_NOOP("CompositionModel", "%1 titular, %2 alternate")
_CONFLICT = QT_TRANSLATE_NOOP(
    "CompositionModel", "Marked as not present in this State, yet organisations of it take "
    "part: correct the mark.")
_DERIVED = QT_TRANSLATE_NOOP(
    "CompositionModel", "Yes: organisations of this category take part in the mechanism.")


class CompositionModel(SnapshotTableModel[CategoryCoverage]):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("CompositionModel", "Category (7.4)"),
        QT_TRANSLATE_NOOP("CompositionModel", "Exists in the State"),
        QT_TRANSLATE_NOOP("CompositionModel", "Organisations"),
        QT_TRANSLATE_NOOP("CompositionModel", "Coverage"),
        QT_TRANSLATE_NOOP("CompositionModel", "Representatives"),
    )

    def __init__(self, saver: Any, parent: Any = None) -> None:
        super().__init__(saver, parent)
        self._catalog: Catalog | None = None

    def show(self, snapshot: Snapshot, catalog: Catalog) -> None:
        self._catalog = catalog
        rows = coverage_by_category(snapshot, catalog)
        self.set_rows(rows, [r.category_id for r in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._catalog is None:
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == KEY_ROLE:
            return row.category_id
        if column == CATEGORY:
            category = self._catalog.category(row.category_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{clause_label(row.category_id)} {category.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join((category.name, *category.examples))
        elif column == PRESENT:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(row.present)
            if role == VALUE_ROLE:
                return row.marked.value
            if role == Qt.ItemDataRole.ToolTipRole:
                if row.conflict:
                    return _t(_CONFLICT)
                if row.taking_part and row.marked is not YesNoUnknown.YES:
                    return _t(_DERIVED)
            if role == Qt.ItemDataRole.ForegroundRole and row.conflict:
                return QColor("#b00020")
        elif column == ORGANISATIONS and role in (Qt.ItemDataRole.DisplayRole,
                                                  Qt.ItemDataRole.ToolTipRole):
            return "; ".join(f"{o.short_name} ({label(o.membership)})"
                             if role == Qt.ItemDataRole.DisplayRole
                             else f"{o.name} ({label(o.membership)})"
                             for o in row.organisations)
        elif column == COVERAGE:
            if role == Qt.ItemDataRole.DisplayRole:
                return label(row.coverage)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(COVERAGE_COLOURS[row.coverage])
        elif column == PEOPLE:
            titular = sum(o.titular for o in row.taking_part)
            alternates = sum(o.alternates for o in row.taking_part)
            if role == Qt.ItemDataRole.DisplayRole and row.taking_part:
                return fill(_t(_PEOPLE),
                            QLocale().toString(titular), QLocale().toString(alternates))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PRESENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != PRESENT or role != VALUE_ROLE:
            return False
        row = self.row_at(index.row())
        present = YesNoUnknown(value)
        if present is row.marked:
            return False
        return self.save(setup.set_category_presence, row.category_id, present)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def presence_choices() -> list[tuple[str, str]]:
    return [(label(value), value.value) for value in YesNoUnknown]
