"""Rules' findings in words, in any of the seven languages, for the window and the command line.

A :class:`FindingsText` renders a :class:`rules.findings.Message` with the templates
below (``%1``, ``%2`` ... are its parameters in order), names catalog items from the
catalog in the same language, labels enum values, and formats numbers, dates and lists
with the language's ``QLocale``.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Catalog
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.translation import (
    Translate,
    Translation,
    installed_translate,
    interface_language,
)
from ncm_desktop.rules.findings import Code, Message, Param, Ref

CONTEXT = "Findings"

TEMPLATES: dict[Code, str] = {
    Code.NOT_APPLICABLE_INSTRUMENT: QT_TRANSLATE_NOOP(
        "Findings", "Applies to the parties of %1; the Framework page does not record it as "
        "joined."),
    Code.HAND_ANSWER: QT_TRANSLATE_NOOP("Findings", "Answered by hand. Evidence: %1"),
    Code.HAND_ANSWER_NO_EVIDENCE: QT_TRANSLATE_NOOP(
        "Findings", "Answered by hand, with no evidence recorded yet."),
    Code.UNANSWERED: QT_TRANSLATE_NOOP(
        "Findings", "The records cannot decide this one: answer it on the Readiness page, "
        "with a line of evidence."),
    Code.MECHANISM_ESTABLISHED: QT_TRANSLATE_NOOP(
        "Findings", "%1 is recorded with its legal basis, a National Authority and a Point "
        "of Contact."),
    Code.MECHANISM_MISSING: QT_TRANSLATE_NOOP("Findings", "Not recorded yet: %1."),
    Code.PART_NAME: QT_TRANSLATE_NOOP("Findings", "the mechanism's name"),
    Code.PART_LEGAL_BASIS: QT_TRANSLATE_NOOP("Findings", "its legal basis"),
    Code.PART_AUTHORITY: QT_TRANSLATE_NOOP("Findings", "the National Authority"),
    Code.PART_CONTACT: QT_TRANSLATE_NOOP("Findings", "a National Point of Contact"),
    Code.MECHANISM_REQUIRED: QT_TRANSLATE_NOOP(
        "Findings", "The State is party to %1, which requires it by a legally binding "
        "agreement to establish a national coordinating mechanism (7.2 NOTE 1)."),
    Code.AUTHORITY_DESIGNATED: QT_TRANSLATE_NOOP(
        "Findings", "The National Authority is hosted by %1."),
    Code.AUTHORITY_MISSING: QT_TRANSLATE_NOOP(
        "Findings", "No host entity of the National Authority is recorded."),
    Code.KNOWN_AS: QT_TRANSLATE_NOOP("Findings", "The National Authority is known as “%1”."),
    Code.KNOWN_AS_MISSING: QT_TRANSLATE_NOOP(
        "Findings", "No name is recorded for the National Authority."),
    Code.ROLE_IN_PLACE: QT_TRANSLATE_NOOP(
        "Findings", "The role checklist records this as in place: %1"),
    Code.ROLE_IN_PLACE_NO_HOW: QT_TRANSLATE_NOOP(
        "Findings", "The role checklist records this as in place, without saying how."),
    Code.ROLE_NOT_IN_PLACE: QT_TRANSLATE_NOOP(
        "Findings", "The role checklist does not record this as in place."),
    Code.HOST_IS_INTERIOR: QT_TRANSLATE_NOOP(
        "Findings", "The host, %1, is in the category %2."),
    Code.HOST_WITHIN_INTERIOR: QT_TRANSLATE_NOOP(
        "Findings", "The host, %1, is recorded as sitting within the agency responsible for "
        "internal peace and security."),
    Code.HOST_NOT_INTERIOR: QT_TRANSLATE_NOOP(
        "Findings", "The host, %1, is recorded as neither responsible for the interior or "
        "internal security nor sitting within such an agency."),
    Code.HOST_INTERIOR_UNKNOWN: QT_TRANSLATE_NOOP(
        "Findings", "The host, %1, is not in the interior category, and whether it sits "
        "within the agency for internal peace and security is not recorded."),
    Code.NO_CONTACT: QT_TRANSLATE_NOOP("Findings", "No National Point of Contact is designated."),
    Code.CONTACT_COVERS: QT_TRANSLATE_NOOP("Findings", "%1 is covered by %2."),
    Code.CONTACT_MISSING: QT_TRANSLATE_NOOP("Findings", "No Point of Contact covers %1."),
    Code.NO_INSTRUMENT_JOINED: QT_TRANSLATE_NOOP(
        "Findings", "No instrument of clause 4 is recorded as joined, so it is not known "
        "which Points of Contact are needed."),
    Code.CONTACTS_COVER_ALL: QT_TRANSLATE_NOOP(
        "Findings", "Every instrument of clause 4 the State has joined has a Point of "
        "Contact: %1."),
    Code.CONTACTS_COVER_SOME: QT_TRANSLATE_NOOP(
        "Findings", "No Point of Contact covers: %1."),
    Code.ONE_CONTACT: QT_TRANSLATE_NOOP(
        "Findings", "One Point of Contact, %1, covers everything."),
    Code.CONTACT_COVERS_SEVERAL: QT_TRANSLATE_NOOP(
        "Findings", "%1 covers several instruments (%2)."),
    Code.SEPARATE_CONTACTS: QT_TRANSLATE_NOOP(
        "Findings", "Each of the %1 Points of Contact covers a single instrument."),
    Code.COORDINATION_NOT_NEEDED: QT_TRANSLATE_NOOP(
        "Findings", "There are not several Points of Contact to coordinate (%1 designated)."),
    Code.COORDINATION_RECORDED: QT_TRANSLATE_NOOP(
        "Findings", "The %1 Points of Contact coordinate: %2."),
    Code.COORDINATION_MISSING: QT_TRANSLATE_NOOP(
        "Findings", "%1 Points of Contact are designated, but how they share information and "
        "coordinate is not recorded."),
    Code.PROFILE_ALL: QT_TRANSLATE_NOOP(
        "Findings", "The profile of every Point of Contact (%1) includes this."),
    Code.PROFILE_SOME: QT_TRANSLATE_NOOP(
        "Findings", "The profile of %1 of the %2 Points of Contact includes this; not yet: "
        "%3."),
    Code.PROFILE_NONE: QT_TRANSLATE_NOOP(
        "Findings", "The profile of none of the %1 Points of Contact includes this yet."),
    Code.NOTIFIED_CURRENT: QT_TRANSLATE_NOOP(
        "Findings", "%1: %2 was last notified or confirmed on %3."),
    Code.NOTIFIED_STALE: QT_TRANSLATE_NOOP(
        "Findings", "%1: %2 was last notified or confirmed on %3, more than %4 months ago."),
    Code.NEVER_NOTIFIED: QT_TRANSLATE_NOOP(
        "Findings", "%1: %2 has no record of being notified of %3."),
    Code.FUNCTION_STATUS: QT_TRANSLATE_NOOP("Findings", "Status on the Functions page: %1."),
    Code.FUNCTION_STATUS_LEAD: QT_TRANSLATE_NOOP(
        "Findings", "Status on the Functions page: %1; lead: %2."),
    Code.FUNCTION_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Findings", "No status is recorded on the Functions page."),
    Code.MONITORING: QT_TRANSLATE_NOOP("Findings", "Data on %1: %2."),
    Code.MONITORING_BY_SEX: QT_TRANSLATE_NOOP(
        "Findings", "Data on %1: %2; disaggregated by sex: %3."),
    Code.MONITORING_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Findings", "Whether data on %1 is available is not recorded."),
    Code.AREAS_ALL_LED: QT_TRANSLATE_NOOP(
        "Findings", "Each of the %1 functional areas of Table 1 has one confirmed lead."),
    Code.AREAS_NO_LEAD: QT_TRANSLATE_NOOP("Findings", "No lead: %1."),
    Code.AREAS_SEVERAL_LEADS: QT_TRANSLATE_NOOP("Findings", "More than one lead: %1."),
    Code.AREAS_UNCONFIRMED: QT_TRANSLATE_NOOP("Findings", "Lead suggested, not confirmed: %1."),
    Code.AREA_NO_LEAD: QT_TRANSLATE_NOOP("Findings", "%1 has no lead."),
    Code.AREA_SEVERAL_LEADS: QT_TRANSLATE_NOOP(
        "Findings", "%1 has more than one lead: %2. One lead avoids duplicated roles "
        "(7.3.2 d)."),
    Code.AREA_UNCONFIRMED: QT_TRANSLATE_NOOP(
        "Findings", "%1 has suggestions from Table 1 to confirm."),
    Code.AREA_MISSING_KINDS: QT_TRANSLATE_NOOP(
        "Findings", "%1: Table 1 names entities the mechanism does not include: %2."),
    Code.MATRIX_USED: QT_TRANSLATE_NOOP(
        "Findings", "%1 of the %2 functional areas of Table 1 have a lead."),
    Code.MATRIX_EMPTY: QT_TRANSLATE_NOOP(
        "Findings", "No responsibility is recorded in the Table 1 matrix."),
    Code.COMPOSITION_COMPLETE: QT_TRANSLATE_NOOP(
        "Findings", "Each of the %1 categories of 7.4 is represented, or recorded as not "
        "present in this State."),
    Code.COMPOSITION_MISSING: QT_TRANSLATE_NOOP(
        "Findings", "Not yet represented: %1."),
    Code.CATEGORY_COVERAGE: QT_TRANSLATE_NOOP("Findings", "%1: %2 (%3)."),
    Code.CATEGORY_ABSENT: QT_TRANSLATE_NOOP(
        "Findings", "%1: no organisation represents it, and the State is not recorded as "
        "having none."),
    Code.CATEGORY_NOT_PRESENT: QT_TRANSLATE_NOOP(
        "Findings", "%1: recorded as not present in this State."),
    Code.CATEGORY_CONFLICT: QT_TRANSLATE_NOOP(
        "Findings", "%1 is marked as not present in this State, yet %2 take part: correct the "
        "mark on the Composition page."),
    Code.INTERNATIONAL_RECORDED: QT_TRANSLATE_NOOP("Findings", "International bodies: %1."),
    Code.INTERNATIONAL_NONE: QT_TRANSLATE_NOOP(
        "Findings", "No international body takes part as a full member or observer."),
    Code.GENDER_SHARE: QT_TRANSLATE_NOOP(
        "Findings", "Women are %1% of the representatives whose sex is recorded (%2 women, "
        "%3 men) and %4% of titular members; %5 have no sex recorded."),
    Code.GENDER_SHARE_COMPLETE: QT_TRANSLATE_NOOP(
        "Findings", "Women are %1% of the representatives (%2 women, %3 men) and %4% of "
        "titular members."),
    Code.GENDER_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Findings", "The sex of none of the %1 representatives is recorded."),
    Code.RESOURCE: QT_TRANSLATE_NOOP("Findings", "%1: %2; funding: %3."),
    Code.RESOURCE_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Findings", "%1: nothing is recorded on the Infrastructure page."),
    Code.FUNDED_BY_AUTHORITY: QT_TRANSLATE_NOOP(
        "Findings", "The National Authority provides: %1."),
    Code.NOT_FUNDED_BY_AUTHORITY: QT_TRANSLATE_NOOP(
        "Findings", "No resource is recorded as provided by the National Authority."),
}


class FindingsText:
    """Renders messages in one language."""

    def __init__(self, translate: Translate, catalog: Catalog, locale: QLocale) -> None:
        self.translate = translate
        self.catalog = catalog
        self.locale = locale

    @classmethod
    def for_interface(cls) -> FindingsText:
        """The window's language (its installed translators and default locale)."""
        return cls(installed_translate, load_catalog(interface_language()), QLocale())

    @classmethod
    def for_translation(cls, translation: Translation) -> FindingsText:
        """A language loaded without being installed (the command line, reports)."""
        return cls(translation.translate, load_catalog(translation.code), translation.locale)

    def message(self, message: Message) -> str:
        if message.code is Code.JOINED:
            return " ".join(self.param(part) for part in message.params)
        template = self.translate(CONTEXT, TEMPLATES[message.code])
        values = [self.param(p) for p in message.params]
        return re.sub(r"%([1-9])", lambda m: values[int(m[1]) - 1]
                      if int(m[1]) <= len(values) else m[0], template)

    def param(self, value: Param) -> str:
        if isinstance(value, Message):
            return self.message(value)
        if isinstance(value, Ref):
            return self.name(value)
        if isinstance(value, StrEnum):
            return label(value, self.translate)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return self.locale.toString(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, tuple):
            if len(value) == 2 and isinstance(value[1], StrEnum) \
                    and not isinstance(value[0], (tuple, Ref, Message)):
                return f"{self.param(value[0])} ({self.param(value[1])})"
            return self.locale.createSeparatedList([self.param(v) for v in value])
        return str(value)

    def date(self, value: date) -> str:
        return self.locale.toString(QDate(value), QLocale.FormatType.ShortFormat)

    def name(self, ref: Ref) -> str:
        """A catalog item's name as a reader of the standard knows it."""
        catalog = self.catalog
        if not catalog.has(ref.section, ref.id):
            return ref.id
        if ref.section == "instrument":
            return catalog.instrument(ref.id).short
        if ref.section == "office":
            return catalog.office(ref.id).name
        if ref.section == "category":
            return f"{clause_label(ref.id)} {catalog.category(ref.id).name}"
        if ref.section == "function":
            return catalog.function(ref.id).short
        if ref.section == "monitoring_area":
            return catalog.monitoring_area(ref.id).title
        if ref.section == "functional_area":
            return catalog.functional_area(ref.id).title
        if ref.section == "resource_need":
            return catalog.resource_need(ref.id).short
        if ref.section == "clause":
            return catalog.clause(ref.id).title
        return ref.id


def clause_label(item_id: str) -> str:
    """An identifier as the standard prints it: ``7.4.2.h`` as ``7.4.2 h)``, ``7.3.2.a.1`` as
    ``7.3.2 a) 1)``, the third paragraph of 6.1 (``6.1.p3``) as ``6.1 ¶3``."""
    parts = item_id.split(".")
    numbers: list[str] = []
    while parts and parts[0].isdigit():
        numbers.append(parts.pop(0))
    rest = []
    for part in parts:
        if part == "note":
            rest.append("NOTE")
        elif re.fullmatch(r"p\d+", part):
            rest.append(f"¶{part[1:]}")
        else:
            rest.append(f"{part})")
    return " ".join([".".join(numbers), *rest])
