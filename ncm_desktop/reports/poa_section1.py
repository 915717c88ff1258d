"""The national coordination section of the national report on the UN Programme of Action,
pre-filled from the dossier.

It is a draft by nature (every page carries the DRAFT mark): the secretariat checks it,
then copies the answers into the report it submits.  The composition counts the
representatives of full-member organisations; observers and invited bodies are not
members of the coordination body.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.reports.document import (
    BODY_BOLD,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    NOTE,
    Align,
    Document,
    Tr,
    fill,
)
from ncm_desktop.reports.table import Cell, Column, Rule, Table
from ncm_desktop.storage import handouts
from ncm_desktop.storage.enums import Membership, Sex
from ncm_desktop.storage.handouts import Contact, InstrumentContact, Readable

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

CONTEXT = "PoaSection1"
POA = "4.2"
ITI = "4.3"

_INTRO = QT_TRANSLATE_NOOP(
    "PoaSection1", "Pre-filled from the dossier on %1 for the national report on the "
                   "implementation of the %2 and of the %3. Check every answer before copying "
                   "it into the report.")
_BODY_QUESTION = QT_TRANSLATE_NOOP(
    "PoaSection1", "Does the State have a national coordination agency, body or mechanism on "
                   "small arms and light weapons?")
_YES = QT_TRANSLATE_NOOP("PoaSection1", "Yes")
_NO = QT_TRANSLATE_NOOP("PoaSection1", "No")
_NO_BODY = QT_TRANSLATE_NOOP("PoaSection1", "No (no coordinating mechanism is recorded in "
                                            "the dossier)")
_DETAILS = QT_TRANSLATE_NOOP("PoaSection1", "National coordination body")
_NAME = QT_TRANSLATE_NOOP("PoaSection1", "Name")
_LEGAL_BASIS = QT_TRANSLATE_NOOP("PoaSection1", "Established by")
_ADDRESS = QT_TRANSLATE_NOOP("PoaSection1", "Address")
_PHONE = QT_TRANSLATE_NOOP("PoaSection1", "Phone")
_EMAIL = QT_TRANSLATE_NOOP("PoaSection1", "Email")
_COMPOSITION = QT_TRANSLATE_NOOP("PoaSection1", "Composition of the body")
_GROUP = QT_TRANSLATE_NOOP("PoaSection1", "Representatives")
_WOMEN = QT_TRANSLATE_NOOP("PoaSection1", "Women")
_MEN = QT_TRANSLATE_NOOP("PoaSection1", "Men")
_UNRECORDED = QT_TRANSLATE_NOOP("PoaSection1", "Sex not recorded")
_TOTAL = QT_TRANSLATE_NOOP("PoaSection1", "Total")
_TITULAR = QT_TRANSLATE_NOOP("PoaSection1", "Titular members")
_ALTERNATES = QT_TRANSLATE_NOOP("PoaSection1", "Alternates")
_ALL = QT_TRANSLATE_NOOP("PoaSection1", "All representatives")
_POC = QT_TRANSLATE_NOOP("PoaSection1", "National Point of Contact for the %1")
_NO_POC = QT_TRANSLATE_NOOP("PoaSection1", "No National Point of Contact is recorded for the "
                                           "%1.")
_SAME_QUESTION = QT_TRANSLATE_NOOP(
    "PoaSection1", "Is the National Point of Contact for the %1 also the National Point of "
                   "Contact for the %2?")
_SAME_NO_ITI = QT_TRANSLATE_NOOP("PoaSection1", "No: no Point of Contact is recorded for the "
                                                "%1.")
_ORGANISATION = QT_TRANSLATE_NOOP("PoaSection1", "Organisation")
_TITLE = QT_TRANSLATE_NOOP("PoaSection1", "Title")
_NOT_RECORDED = QT_TRANSLATE_NOOP("PoaSection1", "not recorded")


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    with dossier.reader() as connection:
        mechanism = handouts.mechanism_details(connection)
        organisations = handouts.member_organisations(connection)
        contacts = handouts.instrument_contacts(connection)
    catalog = load_catalog(document.translation.code)
    poa, iti = catalog.instrument(POA), catalog.instrument(ITI)

    tr = document.translator(CONTEXT)

    def missing(value: str) -> Cell:
        return [(value, CELL)] if value else [(tr(_NOT_RECORDED), CELL_MUTED)]

    document.title_block(document.title)
    document.paragraph(fill(tr(_INTRO), document.date(document.generated), poa.name,
                            iti.name), NOTE, after=10)

    exists = bool(mechanism.name.strip())
    document.heading("1.1  " + tr(_BODY_QUESTION))
    document.paragraph(tr(_YES) if exists else tr(_NO_BODY), BODY_BOLD, after=6)
    if exists:
        document.heading("1.2  " + tr(_DETAILS))
        legal = mechanism.legal_basis
        if legal and mechanism.legal_basis_date:
            legal = f"{legal} ({document.date(mechanism.legal_basis_date)})"
        _fields(document, [(tr(_NAME), missing(mechanism.name)),
                           (tr(_LEGAL_BASIS), missing(legal)),
                           (tr(_ADDRESS), missing(mechanism.address)),
                           (tr(_PHONE), missing(mechanism.phone)),
                           (tr(_EMAIL), missing(mechanism.email))])

        members = [o for o in organisations if o.membership is Membership.FULL_MEMBER]
        counts = {True: [0, 0, 0], False: [0, 0, 0]}  # titular? -> women, men, not recorded
        for organisation in members:
            for person in organisation.representatives:
                column = {Sex.FEMALE: 0, Sex.MALE: 1}.get(person.sex, 2)
                counts[person.role.is_titular][column] += 1
        document.heading("1.3  " + tr(_COMPOSITION), keep_with=90)
        document.paragraph(document.translation.translate(
            "PoaSection1", "Representatives of the %n full-member organisation(s); observers "
            "and invited bodies are not counted.", None, len(members)), CELL_MUTED, after=4)
        number = document.number
        table = Table(document, [Column(tr(_GROUP), 2.4),
                                 *(Column(tr(t), 1.2, Align.TRAILING)
                                   for t in (_WOMEN, _MEN, _UNRECORDED, _TOTAL))],
                      width=document.width * 0.85)
        table.begin()
        for titular, title in ((True, _TITULAR), (False, _ALTERNATES)):
            values = counts[titular]
            table.row([tr(title), *(number(v) for v in values), number(sum(values))])
        totals = [a + b for a, b in zip(counts[True], counts[False], strict=True)]
        table.row([[(tr(_ALL), CELL_BOLD)], *([(number(v), CELL_BOLD)] for v in totals),
                   [(number(sum(totals)), CELL_BOLD)]], rule=Rule.STRONG)
        table.end()

    poa_contacts = [c for c in contacts if c.instrument_id == POA]
    iti_contacts = [c for c in contacts if c.instrument_id == ITI]
    document.heading("1.4  " + fill(tr(_POC), poa.short))
    if poa_contacts:
        for entry in poa_contacts:
            _contact(document, entry.contact, missing, tr)
    else:
        document.paragraph(fill(tr(_NO_POC), poa.short), BODY_BOLD, after=6)

    document.heading("1.5  " + fill(tr(_SAME_QUESTION), poa.short, iti.short))
    same = _same_contacts(poa_contacts, iti_contacts)
    if same and poa_contacts:
        document.paragraph(tr(_YES), BODY_BOLD, after=6)
    elif not iti_contacts:
        document.paragraph(fill(tr(_SAME_NO_ITI), iti.short), BODY_BOLD, after=6)
    else:
        document.paragraph(tr(_NO), BODY_BOLD, after=4)
        document.heading("1.6  " + fill(tr(_POC), iti.short))
        for entry in iti_contacts:
            _contact(document, entry.contact, missing, tr)
    progress(1, 1)


def _same_contacts(poa: list[InstrumentContact], iti: list[InstrumentContact]) -> bool:
    return {c.point_of_contact_id for c in poa} == {c.point_of_contact_id for c in iti}


def _contact(document: Document, contact: Contact, missing: Callable[[str], Cell],
             tr: Tr) -> None:
    _fields(document, [(tr(_NAME), [(contact.full_name, CELL_BOLD)]),
                       (tr(_TITLE), missing(contact.title)),
                       (tr(_ORGANISATION), missing(contact.organisation)),
                       (tr(_PHONE), missing(contact.phone)),
                       (tr(_EMAIL), missing(contact.email))])


def _fields(document: Document, rows: list[tuple[str, Cell]]) -> None:
    table = Table(document, [Column("", 1.2), Column("", 3.8)], header=False)
    table.begin()
    for index, (title, value) in enumerate(rows):
        table.row([[(title, CELL_MUTED)], value], rule=Rule.NONE if index == 0 else Rule.LIGHT)
    table.end()
