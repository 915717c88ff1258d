"""Every provision of the catalog judged for one dossier: from the data where the data
decides it, from the user's answer otherwise.

:data:`registry_for` maps a provision id to the rule that decides it from the data; a
provision with no rule is answered by hand (met, partly, not met, not applicable, with a
line of evidence).  A provision that applies only to the parties of an instrument is not
applicable while the State has not joined it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ncm_desktop.catalog.model import Catalog, CategoryGroup, Priority, Provision, ProvisionKind
from ncm_desktop.rules.composition import CategoryCoverage, Coverage, coverage_by_category
from ncm_desktop.rules.findings import (
    Code,
    Decided,
    Evaluation,
    Finding,
    Link,
    Message,
    Param,
    Ref,
    Status,
)
from ncm_desktop.rules.gender import GenderBalance, gender_balance
from ncm_desktop.rules.points_of_contact import (
    NotificationState,
    best_notification,
    contacts_for,
    required_instruments,
)
from ncm_desktop.rules.responsibilities import AreaState, area_states
from ncm_desktop.storage.dossier_data import Snapshot
from ncm_desktop.storage.enums import (
    MEMBER_OR_OBSERVER,
    DataAvailability,
    FunctionStatus,
    FundingSource,
    ResourceStatus,
    YesNoUnknown,
)

#: The category of the ministry for the interior, internal affairs or police (7.4.2 h),
#: where 5.2 advises the National Authority to sit.
INTERIOR_CATEGORY = "7.4.2.h"


class Context:
    """What several rules need, computed once per evaluation."""

    def __init__(self, snapshot: Snapshot, catalog: Catalog) -> None:
        self.snapshot = snapshot
        self.catalog = catalog

    @cached_property
    def coverage(self) -> dict[str, CategoryCoverage]:
        return {c.category_id: c for c in coverage_by_category(self.snapshot, self.catalog)}

    @cached_property
    def areas(self) -> tuple[AreaState, ...]:
        return area_states(self.snapshot, self.catalog)

    @cached_property
    def gender(self) -> GenderBalance:
        return gender_balance(self.snapshot)

    def organisation_name(self, organisation_id: object) -> str:
        organisation = self.snapshot.organisation(organisation_id)  # type: ignore[arg-type]
        return organisation.name if organisation else ""


Rule = Callable[[Context, Provision], Evaluation]


def _verdict(status: Status, code: Code, *params: Param, page: str,
             field: str = "") -> Evaluation:
    return Evaluation(status, Message(code, tuple(params)), Link(page, field))


# -- National Authority (clause 5) ---------------------------------------------------------


def _authority(ctx: Context, provision: Provision) -> Evaluation:
    authority = ctx.snapshot.authority
    if authority is None:
        return _verdict(Status.NOT_MET, Code.AUTHORITY_MISSING, page="authority", field="host")
    return _verdict(Status.MET, Code.AUTHORITY_DESIGNATED,
                    ctx.organisation_name(authority.organisation_id),
                    page="authority", field="host")


def _known_as(ctx: Context, provision: Provision) -> Evaluation:
    known_as = ctx.snapshot.authority_profile.known_as
    if not known_as:
        return _verdict(Status.NOT_MET, Code.KNOWN_AS_MISSING, page="authority",
                        field="known_as")
    return _verdict(Status.MET, Code.KNOWN_AS, known_as, page="authority", field="known_as")


def _role(ctx: Context, provision: Provision) -> Evaluation:
    item = ctx.snapshot.authority_roles.get(provision.id)
    field = f"role:{provision.id}"
    if item is None or not item.in_place:
        return _verdict(Status.NOT_MET, Code.ROLE_NOT_IN_PLACE, page="authority", field=field)
    if not item.how.strip():
        return _verdict(Status.PARTLY_MET, Code.ROLE_IN_PLACE_NO_HOW, page="authority",
                        field=field)
    return _verdict(Status.MET, Code.ROLE_IN_PLACE, item.how, page="authority", field=field)


def _host_interior(ctx: Context, provision: Provision) -> Evaluation:
    authority = ctx.snapshot.authority
    if authority is None:
        return _verdict(Status.NOT_MET, Code.AUTHORITY_MISSING, page="authority", field="host")
    host = ctx.snapshot.organisation(authority.organisation_id)
    name = host.name if host else ""
    if host is not None and host.category_id == INTERIOR_CATEGORY:
        return _verdict(Status.MET, Code.HOST_IS_INTERIOR, name,
                        Ref("category", INTERIOR_CATEGORY), page="authority", field="host")
    within = ctx.snapshot.authority_profile.within_interior
    if within is YesNoUnknown.YES:
        return _verdict(Status.MET, Code.HOST_WITHIN_INTERIOR, name, page="authority",
                        field="within_interior")
    code = Code.HOST_NOT_INTERIOR if within is YesNoUnknown.NO else Code.HOST_INTERIOR_UNKNOWN
    return _verdict(Status.NOT_MET, code, name, page="authority", field="within_interior")


# -- Points of Contact (clause 6) ----------------------------------------------------------


def _contact_designated(ctx: Context, provision: Provision) -> Evaluation:
    instrument = provision.applies_if_instrument or ""
    covering = contacts_for(ctx.snapshot, instrument)
    if not covering:
        return _verdict(Status.NOT_MET, Code.CONTACT_MISSING, Ref("instrument", instrument),
                        page="contacts", field="add")
    names = tuple(contact.person_name for contact, _ in covering)
    return _verdict(Status.MET, Code.CONTACT_COVERS, Ref("instrument", instrument), names,
                    page="contacts", field=f"instrument:{instrument}")


def _contacts_cover(ctx: Context, provision: Provision) -> Evaluation:
    snapshot = ctx.snapshot
    if not snapshot.contacts:
        return _verdict(Status.NOT_MET, Code.NO_CONTACT, page="contacts", field="add")
    required = required_instruments(snapshot, ctx.catalog)
    if not required:
        return _verdict(Status.NOT_MET, Code.NO_INSTRUMENT_JOINED, page="framework",
                        field="instruments")
    missing = tuple(Ref("instrument", i) for i in required if not contacts_for(snapshot, i))
    if not missing:
        return _verdict(Status.MET, Code.CONTACTS_COVER_ALL,
                        tuple(Ref("instrument", i) for i in required), page="contacts")
    status = Status.NOT_MET if len(missing) == len(required) else Status.PARTLY_MET
    return _verdict(status, Code.CONTACTS_COVER_SOME, missing, page="contacts", field="add")


def _one_covers_several(ctx: Context, provision: Provision) -> Evaluation:
    contacts = ctx.snapshot.contacts
    if not contacts:
        return _verdict(Status.NOT_MET, Code.NO_CONTACT, page="contacts", field="add")
    if len(contacts) == 1:
        return _verdict(Status.MET, Code.ONE_CONTACT, contacts[0].person_name, page="contacts")
    widest = max(contacts, key=lambda c: len(c.instruments))
    if len(widest.instruments) > 1:
        return _verdict(Status.MET, Code.CONTACT_COVERS_SEVERAL, widest.person_name,
                        len(widest.instruments), page="contacts")
    return _verdict(Status.NOT_MET, Code.SEPARATE_CONTACTS, len(contacts), page="contacts")


def _coordination(ctx: Context, provision: Provision) -> Evaluation:
    count = len(ctx.snapshot.contacts)
    coordination = ctx.snapshot.coordination
    if count <= 1:
        return _verdict(Status.NOT_APPLICABLE, Code.COORDINATION_NOT_NEEDED, count,
                        page="contacts", field="coordination")
    if coordination.recorded:
        how = coordination.frequency or coordination.description
        return _verdict(Status.MET, Code.COORDINATION_RECORDED, count, how, page="contacts",
                        field="coordination")
    return _verdict(Status.NOT_MET, Code.COORDINATION_MISSING, count, page="contacts",
                    field="coordination")


def _profile(ctx: Context, provision: Provision) -> Evaluation:
    contacts = ctx.snapshot.contacts
    field = f"profile:{provision.id}"
    if not contacts:
        return _verdict(Status.NOT_MET, Code.NO_CONTACT, page="contacts", field="add")
    lacking = tuple(c.person_name for c in contacts if provision.id not in c.profile)
    if not lacking:
        return _verdict(Status.MET, Code.PROFILE_ALL, len(contacts), page="contacts",
                        field=field)
    if len(lacking) == len(contacts):
        return _verdict(Status.NOT_MET, Code.PROFILE_NONE, len(contacts), page="contacts",
                        field=field)
    return _verdict(Status.PARTLY_MET, Code.PROFILE_SOME, len(contacts) - len(lacking),
                    len(contacts), lacking, page="contacts", field=field)


def _notified(ctx: Context, provision: Provision) -> Evaluation:
    instrument_id = provision.applies_if_instrument or ""
    instrument = Ref("instrument", instrument_id)
    office_id = ctx.catalog.instrument(instrument_id).notify_office
    office = Ref("office", office_id) if office_id else instrument
    state, contact, entry = best_notification(ctx.snapshot, instrument_id)
    field = f"instrument:{instrument_id}"
    if contact is None or entry is None:
        return _verdict(Status.NOT_MET, Code.CONTACT_MISSING, instrument, page="contacts",
                        field="add")
    if state is NotificationState.NEVER_NOTIFIED:
        return _verdict(Status.NOT_MET, Code.NEVER_NOTIFIED, instrument, office,
                        contact.person_name, page="contacts", field=field)
    if state is NotificationState.STALE:
        return _verdict(Status.PARTLY_MET, Code.NOTIFIED_STALE, instrument, office,
                        entry.last_notified, ctx.snapshot.notification_period_months,
                        page="contacts", field=field)
    return _verdict(Status.MET, Code.NOTIFIED_CURRENT, instrument, office,
                    entry.last_notified, page="contacts", field=field)


# -- the mechanism (clause 7) --------------------------------------------------------------


def _established(ctx: Context, provision: Provision) -> Evaluation:
    snapshot = ctx.snapshot
    parts = (
        (bool(snapshot.mechanism.name), Code.PART_NAME, Link("framework", "name")),
        (bool(snapshot.mechanism.legal_basis), Code.PART_LEGAL_BASIS,
         Link("framework", "legal_basis")),
        (snapshot.authority is not None, Code.PART_AUTHORITY, Link("authority", "host")),
        (bool(snapshot.contacts), Code.PART_CONTACT, Link("contacts", "add")),
    )
    missing = [(code, link) for present, code, link in parts if not present]
    if not missing:
        return _verdict(Status.MET, Code.MECHANISM_ESTABLISHED, snapshot.mechanism.name,
                        page="framework", field="name")
    status = Status.NOT_MET if len(missing) == len(parts) else Status.PARTLY_MET
    names = tuple(Message(code) for code, _ in missing)
    return Evaluation(status, Message(Code.MECHANISM_MISSING, (names,)), missing[0][1])


def _function(ctx: Context, provision: Provision) -> Evaluation:
    entry = ctx.snapshot.functions.get(provision.id)
    field = f"function:{provision.id}"
    if entry is None:
        return _verdict(Status.NOT_MET, Code.FUNCTION_NOT_RECORDED, page="functions",
                        field=field)
    status = {FunctionStatus.DONE: Status.MET, FunctionStatus.IN_PROGRESS: Status.PARTLY_MET,
              FunctionStatus.NOT_STARTED: Status.NOT_MET}[entry.status]
    lead = ctx.organisation_name(entry.lead_organisation_id)
    if lead:
        return _verdict(status, Code.FUNCTION_STATUS_LEAD, entry.status, lead,
                        page="functions", field=field)
    return _verdict(status, Code.FUNCTION_STATUS, entry.status, page="functions", field=field)


def _table1(ctx: Context, provision: Provision) -> Evaluation:
    states = ctx.areas
    no_lead = tuple(s for s in states if s.has_no_lead)
    several = tuple(s for s in states if s.has_several_leads)
    unconfirmed = tuple(s for s in states if len(s.leads) == 1 and not s.settled)
    if not (no_lead or several or unconfirmed):
        return _verdict(Status.MET, Code.AREAS_ALL_LED, len(states), page="responsibilities")
    messages = []
    for group, code in ((several, Code.AREAS_SEVERAL_LEADS), (no_lead, Code.AREAS_NO_LEAD),
                        (unconfirmed, Code.AREAS_UNCONFIRMED)):
        if group:
            messages.append(Message(code, (tuple(Ref("functional_area", s.area_id)
                                                 for s in group),)))
    first = (several or no_lead or unconfirmed)[0]
    settled = sum(s.settled for s in states)
    status = Status.PARTLY_MET if settled else Status.NOT_MET
    return Evaluation(status, Message.join(*messages),
                      Link("responsibilities", f"area:{first.area_id}"))


def _monitoring(ctx: Context, provision: Provision) -> Evaluation:
    area = ctx.catalog.monitoring_area(provision.id)
    entry = ctx.snapshot.monitoring.get(area.id)
    field = f"monitoring:{area.id}"
    ref = Ref("monitoring_area", area.id)
    if entry is None:
        return _verdict(Status.NOT_MET, Code.MONITORING_NOT_RECORDED, ref, page="functions",
                        field=field)
    status = {DataAvailability.AVAILABLE: Status.MET,
              DataAvailability.PARTIAL: Status.PARTLY_MET,
              DataAvailability.UNAVAILABLE: Status.NOT_MET}[entry.data_available]
    if not area.sex_disaggregation:
        return _verdict(status, Code.MONITORING, ref, entry.data_available, page="functions",
                        field=field)
    if status is Status.MET and entry.sex_disaggregated is not YesNoUnknown.YES:
        status = Status.PARTLY_MET
    return _verdict(status, Code.MONITORING_BY_SEX, ref, entry.data_available,
                    entry.sex_disaggregated, page="functions", field=field)


# -- composition (7.4) ---------------------------------------------------------------------


def _required_categories(catalog: Catalog) -> tuple[str, ...]:
    """Categories 7.4 asks for: all but 'other relevant ministries' (7.4.2 NOTE, open list)."""
    return tuple(c.id for c in catalog.categories
                 if c.group is not CategoryGroup.OTHER_GOVERNMENT)


def _composition(ctx: Context, provision: Provision) -> Evaluation:
    required = _required_categories(ctx.catalog)
    missing = tuple(c for c in required
                    if ctx.coverage[c].coverage in (Coverage.ABSENT, Coverage.INVITED))
    if not missing:
        return _verdict(Status.MET, Code.COMPOSITION_COMPLETE, len(required),
                        page="composition")
    status = Status.NOT_MET if len(missing) == len(required) else Status.PARTLY_MET
    return _verdict(status, Code.COMPOSITION_MISSING,
                    tuple(Ref("category", c) for c in missing),
                    page="composition", field=f"category:{missing[0]}")


def _gender(ctx: Context, provision: Provision) -> Evaluation:
    balance = ctx.gender
    everyone, titular = balance.all, balance.titular
    if everyone.percent_women is None:
        return _verdict(Status.NOT_MET, Code.GENDER_NOT_RECORDED, everyone.total,
                        page="composition", field="gender")
    statuses = [everyone.status, titular.status]
    worst = max(statuses, key=list(Status).index)
    code = Code.GENDER_SHARE if everyone.not_recorded else Code.GENDER_SHARE_COMPLETE
    return _verdict(worst, code, everyone.percent_women, everyone.women, everyone.men,
                    titular.percent_women or 0, everyone.not_recorded,
                    page="composition", field="gender")


def _category_of(provision_id: str, catalog: Catalog) -> str | None:
    """The 7.4 category a provision asks for: ``7.4.2.h`` itself, or ``7.4.3`` for 7.4.3.p1."""
    if catalog.has("category", provision_id):
        return provision_id
    base, _, last = provision_id.rpartition(".")
    if last == "p1" and catalog.has("category", base):
        return base
    return None


def _category(ctx: Context, provision: Provision) -> Evaluation:
    category_id = _category_of(provision.id, ctx.catalog) or ""
    coverage = ctx.coverage[category_id]
    ref = Ref("category", category_id)
    field = f"category:{category_id}"
    if coverage.coverage is Coverage.NOT_PRESENT:
        return _verdict(Status.NOT_APPLICABLE, Code.CATEGORY_NOT_PRESENT, ref,
                        page="composition", field=field)
    if coverage.coverage is Coverage.ABSENT:
        return _verdict(Status.NOT_MET, Code.CATEGORY_ABSENT, ref, page="composition",
                        field=field)
    observer_enough = ctx.catalog.category(category_id).observer_allowed
    status = {Coverage.MEMBER: Status.MET, Coverage.INVITED: Status.PARTLY_MET,
              Coverage.OBSERVER: Status.MET if observer_enough else Status.PARTLY_MET,
              }[coverage.coverage]
    names = tuple(o.name for o in coverage.taking_part)
    message = Message(Code.CATEGORY_COVERAGE, (ref, coverage.coverage, names))
    if coverage.conflict:
        message = Message.join(message, Message(Code.CATEGORY_CONFLICT, (ref, names)))
        status = Status.PARTLY_MET
    return Evaluation(status, message, Link("composition", field))


def _international_status(ctx: Context, provision: Provision) -> Evaluation:
    international = [o for o in ctx.snapshot.organisations_in("7.4.5")
                     if o.membership in MEMBER_OR_OBSERVER]
    if not international:
        return _verdict(Status.NOT_MET, Code.INTERNATIONAL_NONE, page="composition",
                        field="category:7.4.5")
    return _verdict(Status.MET, Code.INTERNATIONAL_RECORDED,
                    tuple((o.name, o.membership) for o in international),
                    page="composition", field="category:7.4.5")


# -- infrastructure (clause 8) and responsibilities (clause 9) ------------------------------


def _resource(ctx: Context, provision: Provision) -> Evaluation:
    entry = ctx.snapshot.resources.get(provision.id)
    ref = Ref("resource_need", provision.id)
    field = f"need:{provision.id}"
    if entry is None:
        return _verdict(Status.NOT_MET, Code.RESOURCE_NOT_RECORDED, ref,
                        page="infrastructure", field=field)
    status = {ResourceStatus.IN_PLACE: Status.MET,
              ResourceStatus.PARTLY_IN_PLACE: Status.PARTLY_MET,
              ResourceStatus.MISSING: Status.NOT_MET}[entry.status]
    return _verdict(status, Code.RESOURCE, ref, entry.status, entry.funding_source,
                    page="infrastructure", field=field)


def _funded_by_authority(ctx: Context, provision: Provision) -> Evaluation:
    funded = tuple(Ref("resource_need", n.id) for n in ctx.catalog.resource_needs
                   if (entry := ctx.snapshot.resources.get(n.id)) is not None
                   and entry.funding_source is FundingSource.NATIONAL_AUTHORITY)
    if not funded:
        return _verdict(Status.NOT_MET, Code.NOT_FUNDED_BY_AUTHORITY, page="infrastructure",
                        field=f"need:{ctx.catalog.resource_needs[0].id}")
    return _verdict(Status.MET, Code.FUNDED_BY_AUTHORITY, funded, page="infrastructure")


def _matrix_used(ctx: Context, provision: Provision) -> Evaluation:
    led = sum(1 for s in ctx.areas if s.leads)
    if not led:
        return _verdict(Status.NOT_MET, Code.MATRIX_EMPTY, page="responsibilities")
    return _verdict(Status.MET, Code.MATRIX_USED, led, len(ctx.areas), page="responsibilities")


# -- the registry ----------------------------------------------------------------------------

_FIXED: dict[str, Rule] = {
    "5.1.p1": _authority,
    "5.1.p2": _known_as,
    "5.2.p1": _host_interior,
    "6.1.p1": _contacts_cover,
    "6.1.p2": _one_covers_several,
    "6.1.p3": _coordination,
    "7.1.p1": _established,
    "7.3.2.d": _table1,
    "7.4.1.p1": _composition,
    "7.4.1.p2": _gender,
    "7.4.5.p2": _international_status,
    "8.p1": _funded_by_authority,
    "9.p1": _matrix_used,
}


def registry_for(catalog: Catalog) -> dict[str, Rule]:
    """Provision id → the rule that decides it from the data, for every such provision."""
    registry: dict[str, Rule] = {}
    for provision in catalog.provisions:
        rule = _FIXED.get(provision.id) or _pattern_rule(provision, catalog)
        if rule is not None:
            registry[provision.id] = rule
    return registry


def _pattern_rule(provision: Provision, catalog: Catalog) -> Rule | None:
    letter = provision.id.rsplit(".", 1)[-1]
    if provision.clause == "5.2" and len(letter) == 1:
        return _role
    if provision.clause == "6.2":
        return _profile
    if provision.applies_if_instrument and provision.clause.startswith("6.3"):
        return _notified
    if provision.applies_if_instrument and provision.clause in ("4.4", "4.5"):
        return _contact_designated
    if catalog.has("function", provision.id):
        return _function
    if catalog.has("monitoring_area", provision.id):
        return _monitoring
    if catalog.has("resource_need", provision.id):
        return _resource
    if _category_of(provision.id, catalog) is not None:
        return _category
    return None


def decided_by_data(provision_id: str, catalog: Catalog) -> bool:
    return provision_id in registry_for(catalog)


def _clause_priorities(catalog: Catalog) -> dict[str, Priority]:
    """7.3.2 is high priority, 7.3.3 medium, 7.3.4 lower: read from the functions."""
    return {function.id.rsplit(".", 1)[0]: function.priority for function in catalog.functions}


def effective_priority(provision: Provision, catalog: Catalog) -> Priority | None:
    """The provision's own priority, else that of the group of functions its clause holds."""
    return provision.priority or _clause_priorities(catalog).get(provision.clause)


def evaluate(snapshot: Snapshot, catalog: Catalog) -> tuple[Finding, ...]:
    """A finding for every provision of ``catalog``, in the standard's order."""
    context = Context(snapshot, catalog)
    registry = registry_for(catalog)
    joined = snapshot.joined_instrument_ids
    findings = []
    for order, provision in enumerate(catalog.provisions):
        evidence = ""
        instrument = provision.applies_if_instrument
        if instrument is not None and instrument not in joined:
            evaluation = _verdict(Status.NOT_APPLICABLE, Code.NOT_APPLICABLE_INSTRUMENT,
                                  Ref("instrument", instrument), page="framework",
                                  field=f"instrument:{instrument}")
            decided = Decided.DATA
        elif provision.id in registry:
            evaluation = registry[provision.id](context, provision)
            decided = Decided.DATA
        else:
            evaluation, decided, evidence = _by_hand(snapshot, provision)
        findings.append(Finding(
            provision_id=provision.id,
            clause=provision.clause,
            kind=provision.kind,
            priority=effective_priority(provision, catalog),
            status=evaluation.status,
            decided=decided,
            message=evaluation.message,
            link=evaluation.link,
            order=order,
            next_step=provision.next_step,
            evidence=evidence,
        ))
    return tuple(findings)


def _by_hand(snapshot: Snapshot, provision: Provision) -> tuple[Evaluation, Decided, str]:
    link = Link("readiness", f"answer:{provision.id}")
    answer = snapshot.answers.get(provision.id)
    if answer is None:
        return (Evaluation(Status.UNANSWERED, Message(Code.UNANSWERED), link),
                Decided.UNANSWERED, "")
    evidence = answer.evidence.strip()
    message = (Message(Code.HAND_ANSWER, (evidence,)) if evidence
               else Message(Code.HAND_ANSWER_NO_EVIDENCE))
    return Evaluation(Status(answer.answer.value), message, link), Decided.HAND, evidence


# -- gaps and score ----------------------------------------------------------------------------


def gaps(findings: Iterable[Finding]) -> list[Finding]:
    """Counted provisions not (fully) met, most important first."""
    return sorted((f for f in findings if f.is_gap), key=Finding.sort_key)


def informative(findings: Iterable[Finding]) -> list[Finding]:
    """'may' and 'can' provisions, in the standard's order: suggestions, not counted."""
    return [f for f in findings if f.informative]


@dataclass
class Tally:
    """Counts of findings by status; informative ones are counted apart and never scored."""

    met: int = 0
    partly_met: int = 0
    not_met: int = 0
    unanswered: int = 0
    not_applicable: int = 0
    informative: int = 0

    def add(self, finding: Finding) -> None:
        if finding.informative:
            self.informative += 1
            return
        name = finding.status.value
        setattr(self, name, getattr(self, name) + 1)

    @property
    def assessed(self) -> int:
        """Provisions that count: met, partly met, not met or not yet answered."""
        return self.met + self.partly_met + self.not_met + self.unanswered

    @property
    def percent(self) -> int | None:
        """Met counts whole, partly met half; None when nothing counts."""
        if not self.assessed:
            return None
        return round(100 * (self.met + 0.5 * self.partly_met) / self.assessed)

    def as_dict(self) -> dict[str, int | None]:
        return {"met": self.met, "partly_met": self.partly_met, "not_met": self.not_met,
                "unanswered": self.unanswered, "not_applicable": self.not_applicable,
                "informative": self.informative, "assessed": self.assessed,
                "percent": self.percent}


NO_PRIORITY = "none"


@dataclass
class Score:
    overall: Tally = field(default_factory=Tally)
    #: By top-level clause (``"5"``, ``"6"`` ...), in the standard's order.
    by_clause: dict[str, Tally] = field(default_factory=dict)
    #: By priority (``"high"``, ``"medium"``, ``"lower"``, and ``"none"`` for the rest).
    by_priority: dict[str, Tally] = field(default_factory=dict)
    #: By verbal form (``"shall"``, ``"should"``; 'may' and 'can' are informative).
    by_kind: dict[str, Tally] = field(default_factory=dict)


def score(findings: Iterable[Finding]) -> Score:
    result = Score()
    result.by_priority = {p.value: Tally() for p in Priority}
    result.by_priority[NO_PRIORITY] = Tally()
    result.by_kind = {k.value: Tally() for k in (ProvisionKind.SHALL, ProvisionKind.SHOULD)}
    for finding in sorted(findings, key=lambda f: f.order):
        result.overall.add(finding)
        result.by_clause.setdefault(finding.top_clause, Tally()).add(finding)
        priority = finding.priority.value if finding.priority else NO_PRIORITY
        result.by_priority[priority].add(finding)
        if not finding.informative:
            result.by_kind[finding.kind.value].add(finding)
    return result
