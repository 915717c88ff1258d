"""Who represents each category of 7.4: member, observer, invited, absent, or not in the State."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.storage.dossier_data import OrganisationInfo, Snapshot
from ncm_desktop.storage.enums import Membership, YesNoUnknown

#: Memberships by which an organisation takes part in the mechanism in some way.
TAKING_PART = (Membership.FULL_MEMBER, Membership.OBSERVER, Membership.INVITED)


class Coverage(StrEnum):
    """How a 7.4 category is represented, strongest first."""

    MEMBER = "member"
    OBSERVER = "observer"
    INVITED = "invited"
    ABSENT = "absent"  # no organisation of it, though the State may have one
    NOT_PRESENT = "not_present"  # the State has no such ministry or body


@dataclass(frozen=True, slots=True)
class CategoryCoverage:
    category_id: str
    coverage: Coverage
    #: The organisations recorded in the category, members first.
    organisations: tuple[OrganisationInfo, ...]
    #: What the user marked ("where they exist"); unknown when nothing was marked.
    marked: YesNoUnknown
    #: Marked as not present in this State, yet organisations of it take part.
    conflict: bool

    @property
    def representatives(self) -> int:
        return sum(o.titular + o.alternates for o in self.taking_part)

    @property
    def taking_part(self) -> tuple[OrganisationInfo, ...]:
        return tuple(o for o in self.organisations if o.membership in TAKING_PART)

    @property
    def present(self) -> YesNoUnknown:
        """Whether the State has such a body, as far as the dossier tells."""
        if self.taking_part:
            return YesNoUnknown.YES
        if self.coverage is Coverage.NOT_PRESENT:
            return YesNoUnknown.NO
        return self.marked


_MEMBERSHIP_ORDER = {membership: rank for rank, membership in enumerate(Membership)}


def category_coverage(snapshot: Snapshot, catalog: Catalog, category_id: str) -> CategoryCoverage:
    organisations = tuple(sorted(snapshot.organisations_in(category_id),
                                 key=lambda o: (_MEMBERSHIP_ORDER[o.membership], o.name)))
    memberships = {o.membership for o in organisations}
    marked = snapshot.presence.get(category_id, YesNoUnknown.UNKNOWN)
    if Membership.FULL_MEMBER in memberships:
        coverage = Coverage.MEMBER
    elif Membership.OBSERVER in memberships:
        coverage = Coverage.OBSERVER
    elif Membership.INVITED in memberships:
        coverage = Coverage.INVITED
    elif marked is YesNoUnknown.NO or memberships == {Membership.NOT_PRESENT}:
        coverage = Coverage.NOT_PRESENT
    else:
        coverage = Coverage.ABSENT
    conflict = marked is YesNoUnknown.NO and bool(memberships & set(TAKING_PART))
    return CategoryCoverage(category_id, coverage, organisations, marked, conflict)


def coverage_by_category(snapshot: Snapshot, catalog: Catalog) -> tuple[CategoryCoverage, ...]:
    """Every category of the catalog, in the standard's order."""
    return tuple(category_coverage(snapshot, catalog, c.id) for c in catalog.categories)
