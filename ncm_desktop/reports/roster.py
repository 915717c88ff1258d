"""The membership roster: who sits in the mechanism, grouped by the categories of 7.4.

The public variant leaves out phone numbers and email addresses (personal data of
officials) and says so under the title.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Category
from ncm_desktop.i18n.labels import label
from ncm_desktop.reports import charts
from ncm_desktop.reports.document import (
    BODY,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    Align,
    Document,
    Tr,
    fill,
)
from ncm_desktop.reports.table import Cell, Column, Rule, Table
from ncm_desktop.storage import handouts
from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.handouts import MemberOrganisation, Readable, Representative

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

CONTEXT = "Roster"

_AS_OF = QT_TRANSLATE_NOOP("Roster", "As recorded on %1")
_PUBLIC = QT_TRANSLATE_NOOP("Roster", "Public version: phone numbers and email addresses "
                                      "are left out.")
_PUBLIC_TITLE = QT_TRANSLATE_NOOP("Roster", "Membership roster (public version)")
_COMPOSITION = QT_TRANSLATE_NOOP("Roster", "Composition")
_STANDING = QT_TRANSLATE_NOOP("Roster", "Standing")
_ORGANISATIONS = QT_TRANSLATE_NOOP("Roster", "Organisations")
_REPRESENTATIVES = QT_TRANSLATE_NOOP("Roster", "Representatives")
_TITULAR = QT_TRANSLATE_NOOP("Roster", "Titular members")
_WOMEN = QT_TRANSLATE_NOOP("Roster", "Women")
_MEN = QT_TRANSLATE_NOOP("Roster", "Men")
_TOTAL = QT_TRANSLATE_NOOP("Roster", "Total")
_SHARE = QT_TRANSLATE_NOOP("Roster", "Women are %1 of all representatives (%2 of %3) and %4 "
                                     "of titular members (%5 of %6).")
_BALANCE = QT_TRANSLATE_NOOP("Roster", "Gender balance (7.4.1)")
_MEMBERS = QT_TRANSLATE_NOOP("Roster", "Members by category (MOSAIC 03.40, 7.4)")
_ORGANISATION = QT_TRANSLATE_NOOP("Roster", "Organisation")
_ROLE = QT_TRANSLATE_NOOP("Roster", "Role")
_NAME = QT_TRANSLATE_NOOP("Roster", "Name")
_TITLE = QT_TRANSLATE_NOOP("Roster", "Title")
_SEX = QT_TRANSLATE_NOOP("Roster", "Sex")
_CONTACT = QT_TRANSLATE_NOOP("Roster", "Contact")
_NONE_RECORDED = QT_TRANSLATE_NOOP("Roster", "No representative recorded")
_CONTINUED = QT_TRANSLATE_NOOP("Roster", "%1 (continued)")
_NO_CATEGORY = QT_TRANSLATE_NOOP("Roster", "Organisations with no category of 7.4 recorded")
_EMPTY = QT_TRANSLATE_NOOP("Roster", "No organisation is recorded in this dossier yet.")
_NOTE_LABEL = QT_TRANSLATE_NOOP("Roster", "7.4.2, NOTE")
_LETTERED_LABEL = QT_TRANSLATE_NOOP("Roster", "%1 %2)")

#: Which standings the composition table counts, in order.
STANDINGS = (Membership.FULL_MEMBER, Membership.OBSERVER, Membership.INVITED)
PROGRESS_STEP = 250


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    with dossier.reader() as connection:
        organisations = handouts.member_organisations(connection)
    catalog = load_catalog(document.translation.code)

    tr = document.translator(CONTEXT)

    if options.public:
        document.title = tr(_PUBLIC_TITLE)
    subtitle = fill(tr(_AS_OF), document.date(options.generated))
    document.title_block(document.title, subtitle)
    if options.public:
        document.paragraph(tr(_PUBLIC), BODY, after=8)
    if not organisations:
        document.paragraph(tr(_EMPTY))
        return
    _composition(document, organisations, tr)
    _members(document, catalog.categories, organisations, options.public, tr, progress)


def clause_label(category: Category, tr: Tr) -> str:
    """How the standard numbers a category: "7.4.2 h)", "7.4.2, NOTE", "7.4.3"."""
    head, _, item = category.id.rpartition(".")
    if item == "note":
        return tr(_NOTE_LABEL)
    if head == category.clause and item.isalpha():
        return fill(tr(_LETTERED_LABEL), head, item)
    return category.id


def _composition(document: Document, organisations: list[MemberOrganisation],
                 tr: Tr) -> None:
    counts: dict[Membership, list[int]] = {m: [0, 0, 0, 0, 0] for m in STANDINGS}
    for organisation in organisations:
        row = counts.get(organisation.membership)
        if row is None:
            continue
        row[0] += 1
        for person in organisation.representatives:
            row[1] += 1
            row[2] += person.role.is_titular
            row[3] += person.sex is Sex.FEMALE
            row[4] += person.sex is Sex.MALE
    total = [sum(values) for values in zip(*counts.values(), strict=True)]
    document.heading(tr(_COMPOSITION), keep_with=80)
    number = document.number
    table = Table(document, [
        Column(tr(_STANDING), 1.6),
        *(Column(tr(title), 1.3, Align.TRAILING)
          for title in (_ORGANISATIONS, _REPRESENTATIVES, _TITULAR, _WOMEN, _MEN)),
    ])
    table.begin()
    for membership, values in counts.items():
        table.row([label(membership, document.translation.translate),
                   *(number(v) for v in values)])
    table.row([[(tr(_TOTAL), CELL_BOLD)], *([(number(v), CELL_BOLD)] for v in total)],
              rule=Rule.STRONG)
    table.end()

    women = titular_women = titular = not_recorded = 0
    people = 0
    sexes = {True: [0, 0, 0], False: [0, 0, 0]}  # titular? -> women, men, not recorded
    order = (Sex.FEMALE, Sex.MALE, Sex.NOT_RECORDED)
    for organisation in organisations:
        for person in organisation.representatives:
            people += 1
            women += person.sex is Sex.FEMALE
            not_recorded += person.sex is Sex.NOT_RECORDED
            sexes[person.role.is_titular][order.index(person.sex)] += 1
            if person.role.is_titular:
                titular += 1
                titular_women += person.sex is Sex.FEMALE
    _gender_chart(document, sexes, tr)
    document.paragraph(fill(tr(_SHARE), document.percent(women, people), number(women),
                            number(people), document.percent(titular_women, titular),
                            number(titular_women), number(titular)), after=3)
    if not_recorded:
        document.paragraph(document.translation.translate(
            "Roster", "The sex of %n representative(s) is not recorded; they are counted in "
            "the totals.", None, not_recorded), after=3)


def _gender_chart(document: Document, sexes: dict[bool, list[int]], tr: Tr) -> None:
    """Women, men and people whose sex is not recorded: all representatives, and
    titular members only (7.4.1)."""
    everyone = [a + b for a, b in zip(sexes[True], sexes[False], strict=True)]
    if not sum(everyone):
        return
    number = document.number
    bars = [charts.Bar(tr(title), tuple(float(v) for v in values),
                       tuple(number(v) if v else "" for v in values), number(sum(values)))
            for title, values in ((_REPRESENTATIVES, everyone), (_TITULAR, sexes[True]))]
    translate = document.translation.translate
    document.space(6)
    charts.bars(document, bars, title=tr(_BALANCE), outline_rest=False,
                legend=(tr(_WOMEN), tr(_MEN), label(Sex.NOT_RECORDED, translate)),
                width=document.width * 0.8, label_share=0.25)
    document.space(4)


def _members(document: Document, categories: tuple[Category, ...],
             organisations: list[MemberOrganisation], public: bool, tr: Tr,
             progress: Progress) -> None:
    by_category: dict[str | None, list[MemberOrganisation]] = defaultdict(list)
    known = {category.id for category in categories}
    for organisation in organisations:
        category = organisation.category_id if organisation.category_id in known else None
        by_category[category].append(organisation)
    groups = [(f"{clause_label(c, tr)}  {c.name}", by_category[c.id])
              for c in categories if by_category.get(c.id)]
    if by_category.get(None):
        groups.append((tr(_NO_CATEGORY), by_category[None]))

    columns = [Column(tr(_ORGANISATION), 3.0), Column(tr(_ROLE), 1.5),
               Column(tr(_NAME), 2.4), Column(tr(_TITLE), 2.5), Column(tr(_SEX), 1.4)]
    if not public:
        columns.append(Column(tr(_CONTACT), 3.2))
    translate = document.translation.translate
    roles = {role: label(role, translate) for role in Role}
    sexes = {sex: label(sex, translate) for sex in Sex}
    memberships = {m: label(m, translate) for m in Membership}

    total = sum(len(o.representatives) for o in organisations) or 1
    done = 0
    document.space(6)
    document.heading(tr(_MEMBERS))
    for heading, members in groups:
        table = Table(document, columns)
        first = _organisation_cell(members[0], memberships)
        document.heading(heading, keep_with=table.header_height()
                         + table.prepare([first, "", "", "", "", ""][:len(columns)]).height)
        table.begin()
        for organisation in members:
            name_cell = _organisation_cell(organisation, memberships)
            continued = _organisation_cell(organisation, memberships, tr(_CONTINUED))
            if not organisation.representatives:
                table.row([name_cell, [(tr(_NONE_RECORDED), CELL_MUTED)],
                           *([None] * (len(columns) - 2))], rule=Rule.STRONG)
                continue
            for index, person in enumerate(organisation.representatives):
                cells = _person_cells(person, roles, sexes, public)
                table.row([name_cell if index == 0 else None, *cells],
                          rule=Rule.STRONG if index == 0 else Rule.LIGHT,
                          continuation=[continued, *cells])
                done += 1
                if done % PROGRESS_STEP == 0:
                    progress(done, total)
        table.end()
    progress(total, total)


def _organisation_cell(organisation: MemberOrganisation, memberships: dict[Membership, str],
                       template: str = "") -> Cell:
    name = fill(template, organisation.name) if template else organisation.name
    parts = [(name, CELL_BOLD)]
    details = [organisation.acronym] if organisation.acronym else []
    if organisation.membership is not Membership.FULL_MEMBER:
        details.append(memberships[organisation.membership])
    if details:
        parts.append((" · ".join(details), CELL_MUTED))
    return parts


def _person_cells(person: Representative, roles: dict[Role, str], sexes: dict[Sex, str],
                  public: bool) -> list[Cell | None]:
    cells: list[Cell | None] = [roles[person.role], [(person.full_name, CELL)],
                                person.title, sexes[person.sex]]
    if not public:
        cells.append("\n".join(v for v in (person.phone, person.email) if v))
    return cells
