"""The organisations of the mechanism: ministries, bodies, civil society, partners."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage import queries
from ncm_desktop.storage.queries import OrganisationRow
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.models.organisations_table_model import OrganisationsTableModel
from ncm_desktop.ui.pages.record_list_page import RecordListPage

if TYPE_CHECKING:
    from ncm_desktop.storage.cascade_delete import DeletedRows
    from ncm_desktop.ui.dialogs.record_dialog import RecordDialog


class OrganisationsPage(RecordListPage):
    tables = frozenset({"organisation", "person"})

    def __init__(self, context: DossierContext, parent: QWidget | None = None) -> None:
        super().__init__(context, OrganisationsTableModel(), parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Organisations"))
        self.explanation.setText(self.tr(
            "Ministries, government bodies, civil society, industry and international bodies "
            "in the mechanism, each with its category of clause 7.4 and its membership."))
        self.search.setPlaceholderText(self.tr("Search by name, acronym or category"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.table.setAccessibleName(self.tr("Organisations"))
        self.empty_hint.setText(self.tr(
            "No organisation is recorded yet. Add the first with “Add organisation” "
            "(Insert key)."))
        self.add_action.setText(self.tr("&Add organisation"))
        self.edit_action.setText(self.tr("&Edit"))
        self.delete_action.setText(self.tr("&Delete"))
        self.find_action.setText(self.tr("Find"))
        self.model.retranslate()
        self.reload()

    def load_rows(self) -> Sequence[OrganisationRow]:
        return queries.organisations(self.context.reader)

    def editor(self, record_id: uuid.UUID | None) -> RecordDialog:
        from ncm_desktop.ui.dialogs.organisation_dialog import OrganisationDialog

        return OrganisationDialog(self.context, record_id, self)

    def delete_records(self, ids: list[uuid.UUID]) -> DeletedRows:
        from ncm_desktop.storage import repository

        return repository.delete_organisations(self.context.writer(), ids)

    def delete_question(self, rows: list[Any]) -> tuple[str, str]:
        people = sum(row.people for row in rows)
        if len(rows) == 1:
            title = fill(self.tr("Delete %1"), rows[0].name)
            text = fill(self.tr("Delete %1 and its %n representative(s)? You can undo this with "
                                "Ctrl+Z.", "", people),
                        rows[0].name)
            return title, text
        return (self.tr("Delete %n organisations", "", len(rows)),
                fill(self.tr("Delete these %1 organisations and their %n representative(s)? "
                             "You can undo this with Ctrl+Z.", "", people),
                     str(len(rows))))

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n organisation(s)", "", total)
        return fill(self.tr("%1 of %n organisation(s) match the search", "", total), str(shown))
