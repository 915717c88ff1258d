"""Activities the National Action Plan could take up, proposed from the readiness gaps.

Each gap that is partly or not met (a provision not yet answered is left to the Readiness
page) gives one or more suggestions: a structured code and its parameters (catalog
references), which ``i18n.plan`` puts into words, with the provision it comes from.  A
suggestion has a stable ``key``: once accepted (an activity carries its key) or
dismissed (stored in the dossier), it is not proposed again; dismissed ones can be shown
and restored.

Where it would go: :func:`objective_for` finds the objective of the plan that answers
the same clause or instrument, and :attr:`Suggestion.objective_clause` names the clause
of a new objective when none does.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from ncm_desktop.catalog.model import Catalog, CategoryGroup
from ncm_desktop.rules.findings import Finding, Param, Ref, Status
from ncm_desktop.rules.points_of_contact import contacts_for, required_instruments
from ncm_desktop.rules.responsibilities import area_states
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.plan_queries import ObjectiveInfo, PlanData

#: Statuses that call for an activity.  A provision not yet answered is answered first.
ACTIONABLE = (Status.NOT_MET, Status.PARTLY_MET)


class SuggestionCode(StrEnum):
    """Every activity a suggestion can propose; ``i18n.plan`` has its words."""

    INVITE_MINISTRY = "invite_ministry"  # Ref category (7.4.2 a to r)
    INVITE_BODY = "invite_body"  # Ref category (7.4.2 s to v)
    INVITE_GROUP = "invite_group"  # Ref category (civil society, industry, international)
    DESIGNATE_CONTACT = "designate_contact"  # Ref instrument
    NOTIFY_CONTACT = "notify_contact"  # Ref office, Ref instrument
    DESIGNATE_AUTHORITY = "designate_authority"
    AUTHORITY_ROLE = "authority_role"  # Ref provision (5.2 a to e)
    COORDINATE_CONTACTS = "coordinate_contacts"
    STRENGTHEN_PROFILE = "strengthen_profile"  # Ref provision (6.2 a to f)
    ESTABLISH_MECHANISM = "establish_mechanism"
    FUNCTION = "function"  # Ref function
    COLLECT_DATA = "collect_data"  # Ref monitoring_area
    COLLECT_DATA_BY_SEX = "collect_data_by_sex"  # Ref monitoring_area
    LEAD_AREA = "lead_area"  # Ref functional_area
    SINGLE_LEAD = "single_lead"  # Ref functional_area
    BALANCE_GENDER = "balance_gender"
    PROVIDE_RESOURCE = "provide_resource"  # Ref resource_need
    PROVISION = "provision"  # Ref provision: any other gap


@dataclass(frozen=True, slots=True)
class Suggestion:
    key: str
    provision_id: str
    code: SuggestionCode
    params: tuple[Param, ...] = ()
    #: The clause a new objective for it would answer ("7.4", "6", "8" ...).
    objective_clause: str = ""
    #: The instrument it concerns, for objectives that answer an instrument.
    instrument_id: str | None = None
    #: A lead to propose: the function's lead, the Point of Contact's organisation, else
    #: the National Authority's host.
    lead_organisation_id: uuid.UUID | None = None
    #: The gap it comes from (status, kind and priority of the provision).
    finding: Finding | None = None
    dismissed: bool = False


def suggestions(findings: Iterable[Finding], snapshot: Snapshot, catalog: Catalog,
                plan: PlanData, include_dismissed: bool = False) -> tuple[Suggestion, ...]:
    """Suggestions for the gaps, most important gap first; accepted ones are left out, and
    dismissed ones too unless ``include_dismissed`` (then marked ``dismissed``)."""
    gaps = sorted((f for f in findings if f.is_gap and f.status in ACTIONABLE),
                  key=Finding.sort_key)
    accepted = plan.accepted_keys
    seen: set[str] = set()
    found: list[Suggestion] = []
    host = snapshot.authority.organisation_id if snapshot.authority else None
    for finding in gaps:
        for suggestion in _for_finding(finding, snapshot, catalog):
            if suggestion.key in seen or suggestion.key in accepted:
                continue
            seen.add(suggestion.key)
            dismissed = suggestion.key in plan.dismissed
            if dismissed and not include_dismissed:
                continue
            found.append(replace(suggestion, finding=finding, dismissed=dismissed,
                                 lead_organisation_id=suggestion.lead_organisation_id or host))
    return tuple(found)


def objective_for(suggestion: Suggestion,
                  objectives: Sequence[ObjectiveInfo]) -> ObjectiveInfo | None:
    """The objective answering the suggestion's instrument, else the one answering the
    nearest clause (the same clause, one within it or one it is within); None if none."""
    if suggestion.instrument_id is not None:
        for objective in objectives:
            if objective.reference_id == suggestion.instrument_id:
                return objective
    best: tuple[int, ObjectiveInfo] | None = None
    for objective in objectives:
        closeness = _closeness(objective.reference_id, suggestion.objective_clause)
        if closeness and (best is None or closeness > best[0]):
            best = (closeness, objective)
    return best[1] if best else None


def _closeness(reference: str | None, clause: str) -> int:
    """How close two clause numbers are when one is within the other (0 when neither is):
    the levels they share, the same clause before one within it."""
    if not reference or not clause:
        return 0
    first, second = reference.split("."), clause.split(".")
    shorter = min(len(first), len(second))
    if first[:shorter] != second[:shorter]:
        return 0
    return 2 * shorter + (len(first) == len(second))


# -- from a gap to suggestions --------------------------------------------------------------------


def _for_finding(finding: Finding, snapshot: Snapshot,
                 catalog: Catalog) -> Iterator[Suggestion]:
    provision_id = finding.provision_id
    provision = catalog.provision(provision_id)

    def make(key: str, code: SuggestionCode, *params: Param, clause: str,
             instrument: str | None = None, lead: uuid.UUID | None = None) -> Suggestion:
        return Suggestion(key, provision_id, code, params, clause, instrument, lead)

    category = _category(provision_id, catalog)
    if category is not None:
        group = catalog.category(category).group
        code = {CategoryGroup.MINISTRY: SuggestionCode.INVITE_MINISTRY,
                CategoryGroup.GOVERNMENT_BODY: SuggestionCode.INVITE_BODY,
                }.get(group, SuggestionCode.INVITE_GROUP)
        yield make(f"invite:{category}", code, Ref("category", category), clause="7.4")
    elif provision.clause in ("4.4", "4.5") and provision.applies_if_instrument:
        instrument = provision.applies_if_instrument
        yield make(f"designate_contact:{instrument}", SuggestionCode.DESIGNATE_CONTACT,
                   Ref("instrument", instrument), clause="6", instrument=instrument)
    elif provision_id == "6.1.p1":
        for instrument in required_instruments(snapshot, catalog):
            if not contacts_for(snapshot, instrument):
                yield make(f"designate_contact:{instrument}",
                           SuggestionCode.DESIGNATE_CONTACT, Ref("instrument", instrument),
                           clause="6", instrument=instrument)
    elif provision.clause.startswith("6.3") and provision.applies_if_instrument:
        yield _notification(provision_id, provision.applies_if_instrument, snapshot, catalog)
    elif provision_id == "6.1.p3":
        yield make("coordinate_contacts", SuggestionCode.COORDINATE_CONTACTS, clause="6")
    elif provision.clause == "6.2":
        yield make(f"profile:{provision_id}", SuggestionCode.STRENGTHEN_PROFILE,
                   Ref("provision", provision_id), clause="6")
    elif provision_id == "5.1.p1":
        yield make("authority", SuggestionCode.DESIGNATE_AUTHORITY, clause="5")
    elif provision.clause == "5.2" and len(provision_id.rsplit(".", 1)[-1]) == 1:
        yield make(f"authority_role:{provision_id}", SuggestionCode.AUTHORITY_ROLE,
                   Ref("provision", provision_id), clause="5")
    elif provision_id == "7.1.p1":
        yield make("establish", SuggestionCode.ESTABLISH_MECHANISM, clause="7")
    elif provision_id == "7.3.2.d":
        yield from _areas(provision_id, snapshot, catalog)
    elif catalog.has("function", provision_id):
        entry = snapshot.functions.get(provision_id)
        yield make(f"function:{provision_id}", SuggestionCode.FUNCTION,
                   Ref("function", provision_id), clause="7.3",
                   lead=entry.lead_organisation_id if entry else None)
    elif catalog.has("monitoring_area", provision_id):
        area = catalog.monitoring_area(provision_id)
        code = SuggestionCode.COLLECT_DATA_BY_SEX if area.sex_disaggregation \
            else SuggestionCode.COLLECT_DATA
        yield make(f"collect:{provision_id}", code, Ref("monitoring_area", provision_id),
                   clause="7.3")
    elif provision_id == "7.4.1.p2":
        yield make("gender_balance", SuggestionCode.BALANCE_GENDER, clause="7.4")
    elif provision_id == "7.4.1.p1":
        return  # each missing category has its own suggestion
    elif catalog.has("resource_need", provision_id):
        yield make(f"resource:{provision_id}", SuggestionCode.PROVIDE_RESOURCE,
                   Ref("resource_need", provision_id), clause="8")
    else:
        yield make(f"provision:{provision_id}", SuggestionCode.PROVISION,
                   Ref("provision", provision_id), clause=_objective_clause(provision.clause))


def _notification(provision_id: str, instrument: str, snapshot: Snapshot,
                  catalog: Catalog) -> Suggestion:
    """Notify the office of 6.3 of the contact; designate one first if there is none."""
    covering = contacts_for(snapshot, instrument)
    if not covering:
        return Suggestion(f"designate_contact:{instrument}", provision_id,
                          SuggestionCode.DESIGNATE_CONTACT, (Ref("instrument", instrument),),
                          "6", instrument)
    office = catalog.instrument(instrument).notify_office
    contact = covering[0][0]
    return Suggestion(f"notify:{instrument}", provision_id, SuggestionCode.NOTIFY_CONTACT,
                      (Ref("office", office) if office else Ref("instrument", instrument),
                       Ref("instrument", instrument)),
                      "6", instrument, contact.organisation_id)


def _areas(provision_id: str, snapshot: Snapshot, catalog: Catalog) -> Iterator[Suggestion]:
    for state in area_states(snapshot, catalog):
        area = Ref("functional_area", state.area_id)
        if state.has_no_lead:
            yield Suggestion(f"lead_area:{state.area_id}", provision_id,
                             SuggestionCode.LEAD_AREA, (area,), "9")
        elif state.has_several_leads:
            yield Suggestion(f"single_lead:{state.area_id}", provision_id,
                             SuggestionCode.SINGLE_LEAD, (area,), "9")


def _category(provision_id: str, catalog: Catalog) -> str | None:
    """The 7.4 category a provision asks for: ``7.4.2.h`` itself, ``7.4.3`` for 7.4.3.p1."""
    if catalog.has("category", provision_id):
        return provision_id
    base, _, last = provision_id.rpartition(".")
    if last == "p1" and catalog.has("category", base):
        return base
    return None


def _objective_clause(clause: str) -> str:
    """The clause an objective for a provision of ``clause`` answers: its top-level clause,
    or for functions and composition their own (7.3, 7.4)."""
    for within in ("7.3", "7.4"):
        if clause == within or clause.startswith(within + "."):
            return within
    return clause.split(".", 1)[0]
