"""The people of the mechanism: representatives, titular and alternate."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import queries
from ncm_desktop.storage.queries import PersonRow
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.people_table_model import PeopleTableModel
from ncm_desktop.ui.pages.record_list_page import RecordListPage

if TYPE_CHECKING:
    from ncm_desktop.storage.cascade_delete import DeletedRows
    from ncm_desktop.ui.dialogs.record_dialog import RecordDialog


class PeoplePage(RecordListPage):
    tables = frozenset({"person", "organisation"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, PeopleTableModel(), parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("People"))
        self.explanation.setText(self.tr(
            "The representatives of the member organisations (7.4), titular and alternate. "
            "Their sex is recorded so that gender balance (7.4.1) is measured, not guessed."))
        self.search.setPlaceholderText(self.tr("Search by name, organisation, title or email"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.table.setAccessibleName(self.tr("People"))
        self.empty_hint.setText(self.tr(
            "No one is recorded yet. Add the first representative with “Add person” "
            "(Insert key)."))
        self.add_action.setText(self.tr("&Add person"))
        self.edit_action.setText(self.tr("&Edit"))
        self.delete_action.setText(self.tr("&Delete"))
        self.find_action.setText(self.tr("Find"))
        self.model.retranslate()
        self.reload()

    def load_rows(self) -> Sequence[PersonRow]:
        return queries.people(self.context.reader)

    def editor(self, record_id: uuid.UUID | None) -> RecordDialog:
        from ncm_desktop.ui.dialogs.person_dialog import PersonDialog

        return PersonDialog(self.context, record_id, self)

    def delete_records(self, ids: list[uuid.UUID]) -> DeletedRows:
        from ncm_desktop.storage import repository

        return repository.delete_people(self.context.writer(), ids)

    def delete_question(self, rows: list[Any]) -> tuple[str, str]:
        if len(rows) == 1:
            return (fill(self.tr("Delete %1"), rows[0].full_name),
                    fill(self.tr("Delete %1 from the dossier? You can undo this with Ctrl+Z."),
                         rows[0].full_name))
        return (self.tr("Delete %n people", "", len(rows)),
                self.tr("Delete these %n people from the dossier? You can undo this with "
                        "Ctrl+Z.", "", len(rows)))

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n person(s)", "", total)
        return fill(self.tr("%1 of %n person(s) match the search", "", total), str(shown))
