"""The instruments the State has joined, and when a treaty makes the mechanism legally
required (7.2 NOTE 1)."""

from __future__ import annotations

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.rules.findings import Code, Message, Param, Ref
from ncm_desktop.storage.dossier_data import Snapshot


def mechanism_required_by(snapshot: Snapshot, catalog: Catalog) -> tuple[Param, ...]:
    """The joined treaties that legally require a national mechanism, in the order recorded."""
    found: list[Param] = []
    for entry in snapshot.instruments:
        if not entry.joined:
            continue
        if entry.instrument_id is None:
            if entry.requires_mechanism:
                found.append(entry.custom_name)
        elif (catalog.has("instrument", entry.instrument_id)
              and catalog.instrument(entry.instrument_id).requires_mechanism):
            found.append(Ref("instrument", entry.instrument_id))
    return tuple(found)


def mechanism_note(snapshot: Snapshot, catalog: Catalog) -> Message | None:
    """The 7.2 NOTE 1 remark when a joined treaty requires the mechanism, else None."""
    required = mechanism_required_by(snapshot, catalog)
    return Message(Code.MECHANISM_REQUIRED, (required,)) if required else None
