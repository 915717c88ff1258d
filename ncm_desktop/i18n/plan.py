"""The National Action Plan in words: suggested activities, quality problems, references to
the standard, funding sources and money, in any of the seven languages.

Like :mod:`i18n.findings`, a :class:`PlanText` fills the templates below with names from
the catalog (in the same language), labels of enum values, and numbers, dates and money
formatted for the language's ``QLocale``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Catalog
from ncm_desktop.i18n.bidi import isolate
from ncm_desktop.i18n.findings import clause_label
from ncm_desktop.i18n.formatting import format_date, format_money
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.languages import language
from ncm_desktop.i18n.translation import (
    Translate,
    Translation,
    installed_translate,
    interface_language,
)
from ncm_desktop.rules.findings import Ref
from ncm_desktop.rules.plan_quality import Problem, QualityCode
from ncm_desktop.rules.plan_totals import Source
from ncm_desktop.rules.suggestions import Suggestion, SuggestionCode
from ncm_desktop.storage.enums import FundingKind

CONTEXT = "Plan"
QUALITY = "PlanQuality"
#: Languages whose letters have no case: names are put into sentences as they are.
_CASELESS = ("ar", "zh")

_C = SuggestionCode
TITLES: dict[SuggestionCode, str] = {
    _C.INVITE_MINISTRY: QT_TRANSLATE_NOOP(
        "Plan", "Invite the ministry responsible for %1 to join the mechanism"),
    _C.INVITE_BODY: QT_TRANSLATE_NOOP("Plan", "Invite to the mechanism: %1"),
    _C.INVITE_GROUP: QT_TRANSLATE_NOOP(
        "Plan", "Invite representatives of %1 to join the mechanism"),
    _C.DESIGNATE_CONTACT: QT_TRANSLATE_NOOP(
        "Plan", "Designate a National Point of Contact for the %1"),
    _C.NOTIFY_CONTACT: QT_TRANSLATE_NOOP(
        "Plan", "Notify the %1 of the National Point of Contact for the %2"),
    _C.DESIGNATE_AUTHORITY: QT_TRANSLATE_NOOP(
        "Plan", "Designate the host entity of the National Authority"),
    _C.AUTHORITY_ROLE: QT_TRANSLATE_NOOP(
        "Plan", "Put in place the role of the National Authority set out in %1"),
    _C.COORDINATE_CONTACTS: QT_TRANSLATE_NOOP(
        "Plan", "Arrange regular coordination between the National Points of Contact"),
    _C.STRENGTHEN_PROFILE: QT_TRANSLATE_NOOP(
        "Plan", "Strengthen the profile of the National Points of Contact (%1)"),
    _C.ESTABLISH_MECHANISM: QT_TRANSLATE_NOOP(
        "Plan", "Complete the formal establishment of the mechanism"),
    _C.COLLECT_DATA: QT_TRANSLATE_NOOP("Plan", "Collect and assess data on %1"),
    _C.COLLECT_DATA_BY_SEX: QT_TRANSLATE_NOOP(
        "Plan", "Collect and assess data on %1, disaggregated by sex"),
    _C.LEAD_AREA: QT_TRANSLATE_NOOP("Plan", "Designate the lead government entity for %1"),
    _C.SINGLE_LEAD: QT_TRANSLATE_NOOP(
        "Plan", "Agree on a single lead government entity for %1"),
    _C.BALANCE_GENDER: QT_TRANSLATE_NOOP(
        "Plan", "Seek a balance of women and men among the representatives"),
    _C.PROVIDE_RESOURCE: QT_TRANSLATE_NOOP("Plan", "Provide the mechanism with %1"),
    _C.PROVISION: QT_TRANSLATE_NOOP("Plan", "Close the gap on %1 of MOSAIC 03.40"),
}

INDICATORS: dict[SuggestionCode, str] = {
    _C.INVITE_MINISTRY: QT_TRANSLATE_NOOP(
        "Plan", "The organisation has named its representatives to the mechanism"),
    _C.INVITE_BODY: QT_TRANSLATE_NOOP(
        "Plan", "The organisation has named its representatives to the mechanism"),
    _C.INVITE_GROUP: QT_TRANSLATE_NOOP(
        "Plan", "The organisation has named its representatives to the mechanism"),
    _C.DESIGNATE_CONTACT: QT_TRANSLATE_NOOP(
        "Plan", "A National Point of Contact is designated for the %1"),
    _C.NOTIFY_CONTACT: QT_TRANSLATE_NOOP(
        "Plan", "The %1 has acknowledged the notification"),
    _C.DESIGNATE_AUTHORITY: QT_TRANSLATE_NOOP(
        "Plan", "The host entity is designated by a legal act"),
    _C.COORDINATE_CONTACTS: QT_TRANSLATE_NOOP(
        "Plan", "Coordination meetings held as scheduled"),
    _C.COLLECT_DATA: QT_TRANSLATE_NOOP("Plan", "Data on %1 available and assessed"),
    _C.COLLECT_DATA_BY_SEX: QT_TRANSLATE_NOOP(
        "Plan", "Data on %1 available and assessed, disaggregated by sex"),
    _C.LEAD_AREA: QT_TRANSLATE_NOOP("Plan", "One lead entity confirmed for %1"),
    _C.SINGLE_LEAD: QT_TRANSLATE_NOOP("Plan", "One lead entity confirmed for %1"),
    _C.BALANCE_GENDER: QT_TRANSLATE_NOOP(
        "Plan", "Women are 40 to 60 per cent of the representatives"),
    _C.PROVIDE_RESOURCE: QT_TRANSLATE_NOOP("Plan", "In place: %1"),
}

#: Parameters put into a sentence with a small first letter ("the ministry responsible for
#: health"), in the languages that have capitals.
_LOWERED = frozenset({_C.INVITE_MINISTRY, _C.INVITE_GROUP, _C.COLLECT_DATA,
                      _C.COLLECT_DATA_BY_SEX, _C.LEAD_AREA, _C.SINGLE_LEAD,
                      _C.PROVIDE_RESOURCE})

_DESCRIPTION = QT_TRANSLATE_NOOP("Plan", "MOSAIC 03.40, %1: %2")
_DONOR = QT_TRANSLATE_NOOP("Plan", "Donor: %1")
_DONOR_UNNAMED = QT_TRANSLATE_NOOP("Plan", "Donor not named")

_Q = QualityCode
PROBLEMS: dict[QualityCode, str] = {
    _Q.NO_PERIOD: QT_TRANSLATE_NOOP(
        "PlanQuality", "The plan has no period yet: give the dates it starts and ends."),
    _Q.NO_LEAD: QT_TRANSLATE_NOOP("PlanQuality", "No lead organisation."),
    _Q.LEAD_NOT_MEMBER: QT_TRANSLATE_NOOP(
        "PlanQuality", "The lead, %1, is not a member or observer of the mechanism (%2)."),
    _Q.NO_DATES: QT_TRANSLATE_NOOP("PlanQuality", "No start or no end date."),
    _Q.DATES_REVERSED: QT_TRANSLATE_NOOP("PlanQuality", "Ends on %2, before it starts (%1)."),
    _Q.STARTS_BEFORE_PERIOD: QT_TRANSLATE_NOOP(
        "PlanQuality", "Starts on %1, before the plan's period begins (%2)."),
    _Q.ENDS_AFTER_PERIOD: QT_TRANSLATE_NOOP(
        "PlanQuality", "Ends on %1, after the plan's period ends (%2)."),
    _Q.NO_COST: QT_TRANSLATE_NOOP(
        "PlanQuality", "No estimated cost, and not marked as costing nothing."),
    _Q.NO_INDICATOR: QT_TRANSLATE_NOOP("PlanQuality", "No indicator."),
}


class PlanText:
    """Renders the plan's structured texts in one language."""

    def __init__(self, translate: Translate, catalog: Catalog, locale: QLocale) -> None:
        self.translate = translate
        self.catalog = catalog
        self.locale = locale

    @classmethod
    def for_interface(cls) -> PlanText:
        return cls(installed_translate, load_catalog(interface_language()), QLocale())

    @classmethod
    def for_translation(cls, translation: Translation) -> PlanText:
        return cls(translation.translate, load_catalog(translation.code), translation.locale)

    # -- suggestions -------------------------------------------------------------------------

    def title(self, suggestion: Suggestion) -> str:
        """The activity a suggestion proposes, as its title."""
        if suggestion.code is SuggestionCode.FUNCTION:
            return self.name(suggestion.params[0])  # type: ignore[arg-type]
        return self._fill(CONTEXT, TITLES[suggestion.code], suggestion)

    def indicator(self, suggestion: Suggestion) -> str:
        template = INDICATORS.get(suggestion.code)
        if template is None:
            return ""
        if suggestion.code is SuggestionCode.NOTIFY_CONTACT:  # the office acknowledges
            return _fill(self.translate(CONTEXT, template), self.name(suggestion.params[0]))  # type: ignore[arg-type]
        if suggestion.code is SuggestionCode.PROVIDE_RESOURCE:
            return _fill(self.translate(CONTEXT, template), self.name(suggestion.params[0]))  # type: ignore[arg-type]
        return self._fill(CONTEXT, template, suggestion)

    def description(self, suggestion: Suggestion) -> str:
        """What the standard says, as the activity's description."""
        provision = self.catalog.provision(suggestion.provision_id)
        return _fill(self.translate(CONTEXT, _DESCRIPTION), clause_label(provision.id),
                     provision.full_text)

    def _fill(self, context: str, template: str, suggestion: Suggestion) -> str:
        lowered = suggestion.code in _LOWERED
        values = [self.name(p, lowered) if isinstance(p, Ref) else str(p)
                  for p in suggestion.params]
        return _fill(self.translate(context, template), *values)

    # -- quality problems ------------------------------------------------------------------

    def problem(self, problem: Problem) -> str:
        values = [self._value(p) for p in problem.params]
        return _fill(self.translate(QUALITY, PROBLEMS[problem.code]), *values)

    def _value(self, value: object) -> str:
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, StrEnum):
            return label(value, self.translate)
        return str(value)

    # -- names, money, dates --------------------------------------------------------------

    def name(self, ref: Ref, lowered: bool = False) -> str:
        """A catalog item's name; ``lowered`` puts a capital first letter in lower case."""
        catalog = self.catalog
        if not catalog.has(ref.section, ref.id):
            return ref.id
        if ref.section == "category":
            text = catalog.category(ref.id).name
        elif ref.section == "instrument":
            text = catalog.instrument(ref.id).short
        elif ref.section == "office":
            text = catalog.office(ref.id).name
        elif ref.section == "function":
            text = catalog.function(ref.id).short
        elif ref.section == "monitoring_area":
            text = catalog.monitoring_area(ref.id).title
        elif ref.section == "functional_area":
            text = catalog.functional_area(ref.id).title
        elif ref.section == "resource_need":
            text = catalog.resource_need(ref.id).short
        else:
            return clause_label(ref.id)
        return self._lower_first(text) if lowered else text

    def _lower_first(self, text: str) -> str:
        if self.catalog.language in _CASELESS or text[:2].isupper():
            return text
        return text[:1].lower() + text[1:]

    def reference(self, reference_id: str | None) -> str:
        """What an objective answers: "7.4 Composition" or an instrument's short name."""
        if not reference_id:
            return ""
        catalog = self.catalog
        if catalog.has("instrument", reference_id):
            return catalog.instrument(reference_id).short
        if catalog.has("clause", reference_id):
            return f"{reference_id} {catalog.clause(reference_id).title}"
        return reference_id

    def clause_title(self, clause_id: str) -> str:
        """The title of a clause, for a new objective that answers it."""
        if self.catalog.has("clause", clause_id):
            return self.catalog.clause(clause_id).title
        return clause_id

    def source(self, source: Source) -> str:
        if source.kind is FundingKind.DONOR:
            if not source.donor:
                return self.translate(CONTEXT, _DONOR_UNNAMED)
            return _fill(self.translate(CONTEXT, _DONOR), source.donor)
        return label(source.kind, self.translate)

    def money(self, amounts: Mapping[str, int]) -> str:
        """Amounts in several currencies, never converted: "USD 120,000 and EUR 5,000"
        (each amount kept whole in a right-to-left language)."""
        items = [format_money(amount, currency, self.locale, whole=True) if currency
                 else self.locale.toString(amount) for currency, amount in amounts.items()]
        if len(items) > 1 and language(self.catalog.language).right_to_left:
            items = [isolate(item) for item in items]
        return self.locale.createSeparatedList(items)

    def date(self, value: date) -> str:
        return format_date(value, self.locale)

    def long_date(self, value: date) -> str:
        """A date written out, without the weekday: "1 January 2026"."""
        pattern = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        pattern = re.sub(r"dddd[,،]?\s*|[,،]?\s*dddd", "", pattern).strip()
        return self.locale.toString(QDate(value.year, value.month, value.day), pattern)


def _fill(template: str, *arguments: str) -> str:
    """Qt-style ``%1``, ``%2`` placeholders, which translators may reorder."""
    return re.sub(r"%([1-9])", lambda m: arguments[int(m[1]) - 1]
                  if int(m[1]) <= len(arguments) else m[0], template)
