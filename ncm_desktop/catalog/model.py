"""The standard as plain, immutable Python objects.

Everything here is data from MOSAIC 03.40, already in the language it was loaded for.
Identifiers follow the standard's numbering (``7.4.2.h`` is interior / internal affairs /
police; ``7.3.2.a.1`` is the first monitoring area) so that a reader of the standard and a
reader of a dossier speak of the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ProvisionKind(StrEnum):
    """The ISO verbal forms of clause 3, strongest first."""

    SHALL = "shall"
    SHOULD = "should"
    MAY = "may"
    CAN = "can"

    @property
    def rank(self) -> int:
        return list(ProvisionKind).index(self)


class Priority(StrEnum):
    """Priorities of the functions of 7.3."""

    HIGH = "high"
    MEDIUM = "medium"
    LOWER = "lower"

    @property
    def rank(self) -> int:
        return list(Priority).index(self)


class CategoryGroup(StrEnum):
    """The families of members of 7.4."""

    MINISTRY = "ministry"  # 7.4.2 a) to r)
    GOVERNMENT_BODY = "government_body"  # 7.4.2 s) to v)
    OTHER_GOVERNMENT = "other_government"  # 7.4.2 NOTE: other relevant ministries
    CIVIL_SOCIETY = "civil_society"  # 7.4.3
    INDUSTRY = "industry"  # 7.4.4
    INTERNATIONAL = "international"  # 7.4.5

    @property
    def is_government(self) -> bool:
        return self in (
            CategoryGroup.MINISTRY,
            CategoryGroup.GOVERNMENT_BODY,
            CategoryGroup.OTHER_GOVERNMENT,
        )


class TranslationStatus(StrEnum):
    """How far a translated text can be trusted; reviewers search for the weak ones."""

    SOURCE = "source"  # the English text of the standard itself
    OFFICIAL = "official"  # taken from an official edition of the standard
    REVIEWED = "reviewed"  # written or checked by a person who speaks the language
    MACHINE = "machine"  # machine-written, not yet reviewed


@dataclass(frozen=True, slots=True)
class Clause:
    id: str
    title: str
    text: str
    parent: str | None
    normative: bool


@dataclass(frozen=True, slots=True)
class Provision:
    """One assessable sentence ('shall', 'should', 'may', 'can') of the standard."""

    id: str
    clause: str
    text: str
    lead_in: str
    kind: ProvisionKind
    next_step: str
    priority: Priority | None = None
    applies_if_instrument: str | None = None

    @property
    def full_text(self) -> str:
        return f"{self.lead_in} {self.text}".strip() if self.lead_in else self.text


@dataclass(frozen=True, slots=True)
class Category:
    """A kind of member of the mechanism (7.4.2 a) to v), 7.4.3, 7.4.4, 7.4.5, ...)."""

    id: str
    clause: str
    group: CategoryGroup
    name: str
    examples: tuple[str, ...] = ()
    observer_allowed: bool = False


@dataclass(frozen=True, slots=True)
class Function:
    """A function of the mechanism (7.3.2 to 7.3.4)."""

    id: str
    priority: Priority
    text: str
    short: str


@dataclass(frozen=True, slots=True)
class MonitoringArea:
    """An assessment area of 7.3.2 a) 1) to 8)."""

    id: str
    title: str
    items: tuple[str, ...]
    sex_disaggregation: bool


@dataclass(frozen=True, slots=True)
class ResourceNeed:
    """A resource of clause 8 a) to d)."""

    id: str
    short: str
    text: str


@dataclass(frozen=True, slots=True)
class EntityKind:
    """A 'government entity responsible for ...' named in Table 1, mapped to a category."""

    name: str
    category: str


@dataclass(frozen=True, slots=True)
class FunctionalArea:
    """A row of Table 1 (clause 9)."""

    id: str
    title: str
    entity_kinds: tuple[EntityKind, ...]


@dataclass(frozen=True, slots=True)
class Office:
    """A UN or treaty office that Points of Contact are notified to (6.3)."""

    id: str
    name: str
    address: str
    email: str
    in_standard: bool


@dataclass(frozen=True, slots=True)
class Instrument:
    """An international instrument of clause 4, or a regional one (7.2 NOTE 1)."""

    id: str
    short: str
    name: str
    regional: bool
    requires_mechanism: bool
    notify_office: str | None = None
    notify_clause: str | None = None


@dataclass(frozen=True, slots=True)
class Catalog:
    """The whole standard in one language."""

    language: str
    standard: str
    title: str
    catalog_version: str
    clauses: tuple[Clause, ...]
    provisions: tuple[Provision, ...]
    categories: tuple[Category, ...]
    functions: tuple[Function, ...]
    monitoring_areas: tuple[MonitoringArea, ...]
    resource_needs: tuple[ResourceNeed, ...]
    functional_areas: tuple[FunctionalArea, ...]
    offices: tuple[Office, ...]
    instruments: tuple[Instrument, ...]
    translation_status: dict[str, TranslationStatus] = field(default_factory=dict)

    _index: dict[str, dict[str, Any]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sections = {
            "clause": self.clauses,
            "provision": self.provisions,
            "category": self.categories,
            "function": self.functions,
            "monitoring_area": self.monitoring_areas,
            "resource_need": self.resource_needs,
            "functional_area": self.functional_areas,
            "office": self.offices,
            "instrument": self.instruments,
        }
        index = {name: {item.id: item for item in items} for name, items in sections.items()}
        object.__setattr__(self, "_index", index)

    def clause(self, clause_id: str) -> Clause:
        return self._index["clause"][clause_id]

    def provision(self, provision_id: str) -> Provision:
        return self._index["provision"][provision_id]

    def category(self, category_id: str) -> Category:
        return self._index["category"][category_id]

    def function(self, function_id: str) -> Function:
        return self._index["function"][function_id]

    def monitoring_area(self, area_id: str) -> MonitoringArea:
        return self._index["monitoring_area"][area_id]

    def resource_need(self, need_id: str) -> ResourceNeed:
        return self._index["resource_need"][need_id]

    def functional_area(self, area_id: str) -> FunctionalArea:
        return self._index["functional_area"][area_id]

    def instrument(self, instrument_id: str) -> Instrument:
        return self._index["instrument"][instrument_id]

    def office(self, office_id: str) -> Office:
        return self._index["office"][office_id]

    def has(self, section: str, item_id: str) -> bool:
        return item_id in self._index[section]

    @property
    def global_instruments(self) -> tuple[Instrument, ...]:
        return tuple(i for i in self.instruments if not i.regional)

    @property
    def regional_instruments(self) -> tuple[Instrument, ...]:
        return tuple(i for i in self.instruments if i.regional)

