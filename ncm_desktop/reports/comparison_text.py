"""The words of the regional view, in one language, for every face that shows it.

The PDF, the spreadsheet, the command line's text and the window's table all name
their columns and cells through :class:`ComparisonText`, so that they say the same
thing in the same words.  No ReportLab and no widget here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ncm_desktop.catalog.model import Catalog, ProvisionKind
from ncm_desktop.i18n.findings import FindingsText, clause_label
from ncm_desktop.i18n.labels import label
from ncm_desktop.i18n.translation import Translate
from ncm_desktop.rules.comparison import (
    CommonGap,
    Comparison,
    ContactProblem,
    PlanState,
    StateResult,
)
from ncm_desktop.rules.findings import Ref
from ncm_desktop.rules.readiness import Tally

CONTEXT = "Comparison"

TITLE = QT_TRANSLATE_NOOP("Comparison", "Comparison of national coordinating mechanisms")
SUBJECT = QT_TRANSLATE_NOOP(
    "Comparison", "Readiness of several States against MOSAIC 03.40, side by side, the gaps "
    "most States share first")
INTRO = QT_TRANSLATE_NOOP(
    "Comparison", "Each State is judged by the same rules as its own readiness report: met "
    "counts whole, partly met half. Clauses and provisions are listed with the gaps most "
    "States share first: those a regional programme can address for all of them.")
STATE = QT_TRANSLATE_NOOP("Comparison", "State")
SCORE = QT_TRANSLATE_NOOP("Comparison", "Score")
SHALL_GAPS = QT_TRANSLATE_NOOP("Comparison", "'Shall' gaps")
SHOULD_GAPS = QT_TRANSLATE_NOOP("Comparison", "'Should' gaps")
ABSENT = QT_TRANSLATE_NOOP("Comparison", "7.4 categories absent")
CONTACTS_MISSING = QT_TRANSLATE_NOOP("Comparison", "Points of Contact missing")
CONTACTS_STALE = QT_TRANSLATE_NOOP("Comparison", "Points of Contact not notified recently")
PLAN = QT_TRANSLATE_NOOP("Comparison", "Action plan")
CLAUSE = QT_TRANSLATE_NOOP("Comparison", "Clause")
STATES_WITH_GAPS = QT_TRANSLATE_NOOP("Comparison", "States with gaps")
PROVISION = QT_TRANSLATE_NOOP("Comparison", "Provision")
WHAT = QT_TRANSLATE_NOOP("Comparison", "What the standard asks")
STATES = QT_TRANSLATE_NOOP("Comparison", "States")
WHICH = QT_TRANSLATE_NOOP("Comparison", "Which States")
CATEGORIES = QT_TRANSLATE_NOOP("Comparison", "Categories of 7.4 with no member")
CONTACTS = QT_TRANSLATE_NOOP("Comparison", "Points of Contact")
FILE = QT_TRANSLATE_NOOP("Comparison", "File")
PROBLEM = QT_TRANSLATE_NOOP("Comparison", "Why it was left out")
BY_CLAUSE = QT_TRANSLATE_NOOP("Comparison", "Score by clause, the gaps most States share first")
SUMMARY = QT_TRANSLATE_NOOP("Comparison", "Summary")
COMMON_GAPS = QT_TRANSLATE_NOOP("Comparison", "Gaps shared by most States")
NO_COMMON = QT_TRANSLATE_NOOP("Comparison", "No gap is shared by several States.")
BY_STATE = QT_TRANSLATE_NOOP("Comparison", "By State")
UNREAD = QT_TRANSLATE_NOOP("Comparison", "Dossiers not compared")
NO_STATES = QT_TRANSLATE_NOOP("Comparison", "No dossier could be read: there is nothing to "
                                            "compare.")
ADOPTED = QT_TRANSLATE_NOOP("Comparison", "Adopted")
ADOPTED_ON = QT_TRANSLATE_NOOP("Comparison", "Adopted on %1")
DRAFT = QT_TRANSLATE_NOOP("Comparison", "Draft")
NOT_RECORDED = QT_TRANSLATE_NOOP("Comparison", "Not recorded")
STATES_RANGE = QT_TRANSLATE_NOOP("Comparison", "States %1 to %2 of %3")
ALL_STATES = QT_TRANSLATE_NOOP("Comparison", "All States")
NONE = QT_TRANSLATE_NOOP("Comparison", "none")
OF = QT_TRANSLATE_NOOP("Comparison", "%1 of %2")
PERCENT = QT_TRANSLATE_NOOP("Comparison", "%1%")
MISSING_FOR = QT_TRANSLATE_NOOP("Comparison", "missing for %1")
STALE_FOR = QT_TRANSLATE_NOOP("Comparison", "not notified recently for %1")
UPGRADED = QT_TRANSLATE_NOOP("Comparison", "Read through an upgraded copy: the file is of "
                                           "schema revision %1 and was left as it is.")
SHEET_STATES = QT_TRANSLATE_NOOP("Comparison", "States")
SHEET_GAPS = QT_TRANSLATE_NOOP("Comparison", "Common gaps")
SHEET_UNREAD = QT_TRANSLATE_NOOP("Comparison", "Not compared")
KIND = QT_TRANSLATE_NOOP("Comparison", "Verbal form")
COUNT = QT_TRANSLATE_NOOP("Comparison", "Number of States")

LABELLED = QT_TRANSLATE_NOOP("Comparison", "%1: %2")

DASH = "—"


def fill(template: str, *arguments: str) -> str:
    """Qt-style ``%1``, ``%2`` placeholders, which translators may reorder."""
    return re.sub(r"%([1-9])", lambda m: arguments[int(m[1]) - 1]
                  if int(m[1]) <= len(arguments) else m[0], template)


class ComparisonText:
    """Column titles and cell texts of the regional view in one language."""

    def __init__(self, translate: Translate, locale: QLocale, catalog: Catalog) -> None:
        self.translate = translate
        self.locale = locale
        self.catalog = catalog
        self.findings = FindingsText(translate, catalog, locale)

    def tr(self, text: str, n: int = -1) -> str:
        return self.translate(CONTEXT, text, None, n)

    def as_of(self, dossiers: int, day: str) -> str:
        """What was compared, when, against which edition of the standard."""
        return fill(self.translate("Comparison", "%n dossier(s) compared on %1, against %2 "
                                   "(catalog %3)", None, dossiers),
                    day, self.catalog.standard, self.catalog.catalog_version)

    def states_line(self, names: list[str], most: int = 5) -> str:
        """The States compared, named when they are few (a page header has one line)."""
        if len(names) <= most:
            return self.locale.createSeparatedList(names)
        return self.translate("Comparison", "%n State(s)", None, len(names))

    def common_note(self, shared_by: int) -> str:
        return self.translate(
            "Comparison", "Provisions not fully met in at least %n State(s), the most widely "
            "shared first, then 'shall' before 'should' and high priority before lower.",
            None, shared_by)

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def percent(self, tally: Tally | None) -> str:
        if tally is None or tally.percent is None:
            return DASH
        return fill(self.tr(PERCENT), self.number(tally.percent))

    def of(self, part: int, whole: int) -> str:
        return fill(self.tr(OF), self.number(part), self.number(whole))

    def clause(self, clause_id: str) -> str:
        return f"{clause_id} {self.catalog.clause(clause_id).title}"

    def kind(self, kind: ProvisionKind) -> str:
        return label(kind, self.translate)

    def provision(self, provision_id: str) -> str:
        return clause_label(provision_id)

    def provision_text(self, provision_id: str) -> str:
        return self.catalog.provision(provision_id).full_text

    def plan(self, state: StateResult) -> str:
        if state.plan is PlanState.ADOPTED:
            if state.plan_adopted_on is None:
                return self.tr(ADOPTED)
            return fill(self.tr(ADOPTED_ON), self.findings.date(state.plan_adopted_on))
        return self.tr(DRAFT if state.plan is PlanState.DRAFT else NOT_RECORDED)

    def categories(self, state: StateResult) -> str:
        if not state.absent_categories:
            return self.tr(NONE)
        return self.findings.param(tuple(Ref("category", c) for c in state.absent_categories))

    def contacts(self, state: StateResult) -> str:
        parts = []
        for problem, template in ((ContactProblem.MISSING, MISSING_FOR),
                                  (ContactProblem.STALE, STALE_FOR)):
            names = tuple(Ref("instrument", i.instrument_id) for i in state.contact_issues
                          if i.problem is problem)
            if names:
                parts.append(fill(self.tr(template), self.findings.param(names)))
        return "; ".join(parts) if parts else self.tr(NONE)

    def states_of(self, gap: CommonGap, comparison: Comparison) -> str:
        if len(comparison.states) > 1 and len(gap.states) == len(comparison.states):
            return self.tr(ALL_STATES)
        return self.locale.createSeparatedList([comparison.states[i].name
                                                for i in gap.states])
