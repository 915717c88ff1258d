"""The Table 1 matrix (clause 9): one lead per functional area, the entity kinds Table 1
names, and suggestions taken from Table 1 for the user to confirm."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ncm_desktop.catalog.model import Catalog, EntityKind
from ncm_desktop.rules.composition import Coverage, category_coverage
from ncm_desktop.rules.findings import Code, Message, Ref
from ncm_desktop.storage.dossier_data import OrganisationInfo, ResponsibilityEntry, Snapshot
from ncm_desktop.storage.enums import MEMBER_OR_OBSERVER, Membership, ResponsibilityRole


@dataclass(frozen=True, slots=True)
class AreaState:
    area_id: str
    leads: tuple[ResponsibilityEntry, ...]
    supports: tuple[ResponsibilityEntry, ...]
    #: Entity kinds Table 1 names for the area with no organisation in the mechanism
    #: (kinds the State does not have are left out).
    missing_kinds: tuple[EntityKind, ...]

    @property
    def has_no_lead(self) -> bool:
        return not self.leads

    @property
    def has_several_leads(self) -> bool:
        return len(self.leads) > 1

    @property
    def unconfirmed(self) -> tuple[ResponsibilityEntry, ...]:
        return tuple(e for e in (*self.leads, *self.supports) if not e.confirmed)

    @property
    def settled(self) -> bool:
        """One lead, confirmed."""
        return len(self.leads) == 1 and self.leads[0].confirmed


def matrix_organisations(snapshot: Snapshot, catalog: Catalog) -> tuple[OrganisationInfo, ...]:
    """The matrix's columns: organisations that can be responsible, government ones first in
    the order of 7.4, then the others, then those with no category."""
    order = {c.id: rank for rank, c in enumerate(catalog.categories)}
    # Members, and observers: 7.3.2 d names "where relevant, the UN and other international
    # and regional organizations".
    chosen = [o for o in snapshot.organisations if o.membership in MEMBER_OR_OBSERVER]
    return tuple(sorted(chosen, key=lambda o: (order.get(o.category_id or "", len(order)),
                                               o.name.casefold())))


def area_states(snapshot: Snapshot, catalog: Catalog) -> tuple[AreaState, ...]:
    responsible = {o.id for o in matrix_organisations(snapshot, catalog)}
    coverage = {}
    states = []
    for area in catalog.functional_areas:
        entries = [e for e in snapshot.responsibilities
                   if e.area_id == area.id and e.organisation_id in responsible]
        missing = []
        for kind in area.entity_kinds:
            if kind.category not in coverage:
                coverage[kind.category] = category_coverage(snapshot, catalog, kind.category)
            found = coverage[kind.category].coverage
            if found not in (Coverage.MEMBER, Coverage.OBSERVER, Coverage.NOT_PRESENT):
                missing.append(kind)
        states.append(AreaState(
            area.id,
            tuple(e for e in entries if e.role is ResponsibilityRole.LEAD),
            tuple(e for e in entries if e.role is ResponsibilityRole.SUPPORT),
            tuple(missing),
        ))
    return tuple(states)


def suggestions(snapshot: Snapshot, catalog: Catalog,
                ) -> list[tuple[str, uuid.UUID, ResponsibilityRole]]:
    """Cells Table 1 suggests: for each area, the organisations of the entity kinds it names.

    The first organisation found, in the order Table 1 names the kinds, is suggested as
    lead (the National Authority's host first among its kind, then by name) unless the
    area has a lead; the others as support.  Cells already filled are left out.
    """
    columns = matrix_organisations(snapshot, catalog)
    host = snapshot.authority.organisation_id if snapshot.authority else None
    taken = {(e.area_id, e.organisation_id) for e in snapshot.responsibilities}
    led = {e.area_id for e in snapshot.responsibilities if e.role is ResponsibilityRole.LEAD}
    found: list[tuple[str, uuid.UUID, ResponsibilityRole]] = []
    for area in catalog.functional_areas:
        seen: set[uuid.UUID] = set()
        lead_given = area.id in led
        for kind in area.entity_kinds:
            members = [o for o in columns if o.category_id == kind.category
                       and o.membership is Membership.FULL_MEMBER and o.id not in seen]
            members.sort(key=lambda o: (o.id != host, o.name.casefold()))
            for organisation in members:
                seen.add(organisation.id)
                if (area.id, organisation.id) in taken:
                    continue
                role = ResponsibilityRole.SUPPORT if lead_given else ResponsibilityRole.LEAD
                lead_given = True
                found.append((area.id, organisation.id, role))
    return found


def area_messages(snapshot: Snapshot, catalog: Catalog) -> tuple[tuple[str, Message], ...]:
    """What the Responsibilities page flags, area by area: ``(area id, message)``."""
    names = {o.id: o.short_name for o in snapshot.organisations}
    flagged: list[tuple[str, Message]] = []
    for state in area_states(snapshot, catalog):
        area = Ref("functional_area", state.area_id)
        if state.has_several_leads:
            leads = tuple(names.get(e.organisation_id, "") for e in state.leads)
            flagged.append((state.area_id, Message(Code.AREA_SEVERAL_LEADS, (area, leads))))
        elif state.has_no_lead:
            flagged.append((state.area_id, Message(Code.AREA_NO_LEAD, (area,))))
        if state.unconfirmed:
            flagged.append((state.area_id, Message(Code.AREA_UNCONFIRMED, (area,))))
        if state.missing_kinds:
            kinds = tuple(Ref("category", k.category) for k in state.missing_kinds)
            flagged.append((state.area_id, Message(Code.AREA_MISSING_KINDS, (area, kinds))))
    return tuple(flagged)
