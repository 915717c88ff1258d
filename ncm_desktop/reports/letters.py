"""Notification letters: one per instrument covered by a Point of Contact (clause 6.3).

Each letter goes to the office the catalog names for the instrument (UNODA, UNODC, the
ATT Secretariat) with the Point of Contact's details, ready to sign.  A cover page lists
the letters and the instruments that have no Point of Contact, for which no letter is
prepared.  A letter whose Point of Contact has neither phone nor email is marked DRAFT:
it cannot be sent as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib.units import mm

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Instrument, Office
from ncm_desktop.reports.document import (
    BODY,
    BODY_BOLD,
    CELL,
    CELL_BOLD,
    CELL_MUTED,
    Align,
    Document,
    Tr,
    fill,
)
from ncm_desktop.reports.table import Column, Rule, Table
from ncm_desktop.storage import handouts
from ncm_desktop.storage.handouts import InstrumentContact, MechanismDetails, Readable

if TYPE_CHECKING:
    from ncm_desktop.reports.export import Options, Progress

CONTEXT = "Letters"

_COVER_INTRO = QT_TRANSLATE_NOOP(
    "Letters", "MOSAIC 03.40 (clause 6.3) asks that the name and contact details of each "
               "National Point of Contact be provided to the office concerned and kept up to "
               "date. This file holds one letter for each instrument covered by a Point of "
               "Contact, ready to be signed and sent.")
_LETTERS = QT_TRANSLATE_NOOP("Letters", "Letters in this file")
_INSTRUMENT = QT_TRANSLATE_NOOP("Letters", "Instrument")
_OFFICE = QT_TRANSLATE_NOOP("Letters", "Addressed to")
_CONTACT = QT_TRANSLATE_NOOP("Letters", "Point of Contact")
_NOTIFIED = QT_TRANSLATE_NOOP("Letters", "Last notified")
_NEVER = QT_TRANSLATE_NOOP("Letters", "Not yet notified")
_NO_LETTERS = QT_TRANSLATE_NOOP("Letters", "No Point of Contact is recorded for any "
                                           "instrument, so this file holds no letter.")
_MISSING = QT_TRANSLATE_NOOP("Letters", "Instruments with no Point of Contact")
_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "Letters", "No letter was prepared for these instruments, because no National Point of "
               "Contact is recorded for them. If the State has joined one of them, a Point of "
               "Contact can be designated (clause 6.1) and the letters printed again.")
_DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "Letters", "A letter marked DRAFT names a Point of Contact with no phone number or email "
               "address recorded: complete the contact details, then print the letters again.")
_SUBJECT = QT_TRANSLATE_NOOP("Letters", "Subject: National Point of Contact for the %1")
_SALUTATION = QT_TRANSLATE_NOOP("Letters", "Madam, Sir,")
_BODY_ONE = QT_TRANSLATE_NOOP(
    "Letters", "I have the honour to inform you that %1 has designated the following National "
               "Point of Contact for the %2:")
_BODY_MANY = QT_TRANSLATE_NOOP(
    "Letters", "I have the honour to inform you that %1 has designated the following National "
               "Points of Contact for the %2:")
_ALSO = QT_TRANSLATE_NOOP("Letters", "%1 is also the National Point of Contact for: %2.")
_UPDATES = QT_TRANSLATE_NOOP("Letters", "This letter confirms and updates the notification "
                                        "of %1.")
_REQUEST = QT_TRANSLATE_NOOP(
    "Letters", "I should be grateful if these details could be recorded and used for all "
               "communications on the implementation of the %1. Any change will be notified "
               "to you without delay.")
_CLOSING = QT_TRANSLATE_NOOP("Letters", "Please accept the assurances of my highest "
                                        "consideration.")
_SIGN_NAME = QT_TRANSLATE_NOOP("Letters", "Name and title")
_SIGN_FOR = QT_TRANSLATE_NOOP("Letters", "For the %1")
_NAME = QT_TRANSLATE_NOOP("Letters", "Name")
_TITLE = QT_TRANSLATE_NOOP("Letters", "Title")
_ORGANISATION = QT_TRANSLATE_NOOP("Letters", "Organisation")
_PHONE = QT_TRANSLATE_NOOP("Letters", "Phone")
_EMAIL = QT_TRANSLATE_NOOP("Letters", "Email")
_NOT_RECORDED = QT_TRANSLATE_NOOP("Letters", "not recorded")
_THE_STATE = QT_TRANSLATE_NOOP("Letters", "the Government")
_THE_MECHANISM = QT_TRANSLATE_NOOP("Letters", "national coordinating mechanism")


def build(document: Document, dossier: Readable, options: Options, progress: Progress) -> None:
    with dossier.reader() as connection:
        mechanism = handouts.mechanism_details(connection)
        contacts = handouts.instrument_contacts(connection)
    catalog = load_catalog(document.translation.code)

    tr = document.translator(CONTEXT)

    by_instrument: dict[str, list[InstrumentContact]] = defaultdict(list)
    for contact in contacts:
        by_instrument[contact.instrument_id].append(contact)
    notifiable = [i for i in catalog.instruments if i.notify_office]
    covered = [i for i in notifiable if by_instrument.get(i.id)]
    missing = [i for i in notifiable if not by_instrument.get(i.id)]
    short = {i.id: i.short for i in catalog.instruments}

    _cover(document, covered, missing, by_instrument, catalog.office, tr)
    for number, instrument in enumerate(covered, start=1):
        assert instrument.notify_office is not None
        office = catalog.office(instrument.notify_office)
        document.draft = False
        document.new_page()
        designated = by_instrument[instrument.id]
        document.draft = any(not (c.contact.phone or c.contact.email) for c in designated)
        _letter(document, mechanism, instrument, office, designated, contacts, short, tr)
        progress(number, len(covered))


def _cover(document: Document, covered: list[Instrument], missing: list[Instrument],
           by_instrument: dict[str, list[InstrumentContact]],
           office: Callable[[str], Office], tr: Tr) -> None:
    document.title_block(document.title, document.date(document.generated))
    document.paragraph(tr(_COVER_INTRO), after=8)
    if covered:
        document.heading(tr(_LETTERS))
        table = Table(document, [Column(tr(_INSTRUMENT), 2.6), Column(tr(_OFFICE), 3.0),
                                 Column(tr(_CONTACT), 3.0), Column(tr(_NOTIFIED), 1.8)])
        table.begin()
        for instrument in covered:
            designated = by_instrument[instrument.id]
            names = "\n".join(c.contact.full_name for c in designated)
            notified = [c.notified_on for c in designated if c.notified_on]
            table.row([[(instrument.short, CELL_BOLD)], office(instrument.notify_office or "").name,
                       names, document.date(max(notified)) if notified else tr(_NEVER)])
        table.end()
        if any(not (c.contact.phone or c.contact.email)
               for i in covered for c in by_instrument[i.id]):
            document.paragraph(tr(_DRAFT_NOTE), CELL_MUTED, after=6)
    else:
        document.paragraph(tr(_NO_LETTERS), BODY_BOLD, after=8)
    if missing:
        document.heading(tr(_MISSING))
        document.paragraph(tr(_MISSING_TEXT), after=6)
        table = Table(document, [Column(tr(_INSTRUMENT), 2.6), Column(tr(_OFFICE), 3.0)])
        table.begin()
        for instrument in missing:
            table.row([[(instrument.short, CELL_BOLD), (instrument.name, CELL_MUTED)],
                       office(instrument.notify_office or "").name])
        table.end()


def _letter(document: Document, mechanism: MechanismDetails, instrument: Instrument,
            office: Office, designated: list[InstrumentContact],
            contacts: list[InstrumentContact], short: dict[str, str], tr: Tr) -> None:
    sender = mechanism.name or tr(_THE_MECHANISM)
    block_width = document.width * 0.55
    top = document.y
    document.paragraph(sender, BODY_BOLD, width=block_width, after=0)
    for detail in (mechanism.address, mechanism.phone, mechanism.email):
        if detail:
            document.paragraph(detail, BODY, width=block_width, after=0)
    sender_bottom = document.y
    document.y = top
    document.paragraph(document.date(document.generated), BODY, align=Align.TRAILING, after=0)
    document.y = min(sender_bottom, document.y) - 10 * mm

    document.paragraph(office.name, BODY_BOLD, width=block_width, after=0)
    document.paragraph(office.address, BODY, width=block_width, after=0)
    if office.email:
        document.paragraph(office.email, BODY, width=block_width, after=0)
    document.space(9 * mm)

    document.paragraph(fill(tr(_SUBJECT), instrument.short), BODY_BOLD, after=8)
    document.paragraph(tr(_SALUTATION), after=6)
    state = mechanism.state_name or tr(_THE_STATE)
    body = _BODY_ONE if len(designated) == 1 else _BODY_MANY
    document.paragraph(fill(tr(body), state, instrument.name), after=6)
    for entry in designated:
        _contact_fields(document, entry, tr)
        others = [short[c.instrument_id] for c in contacts
                  if c.point_of_contact_id == entry.point_of_contact_id
                  and c.instrument_id != instrument.id and c.instrument_id in short]
        if others:
            document.paragraph(fill(tr(_ALSO), entry.contact.full_name, ", ".join(others)),
                               after=6)
    notified = [c.notified_on for c in designated if c.notified_on]
    if notified:
        document.paragraph(fill(tr(_UPDATES), document.date(max(notified))), after=6)
    document.paragraph(fill(tr(_REQUEST), instrument.short), after=6)
    document.paragraph(tr(_CLOSING), after=6)

    document.ensure(34 * mm)
    document.space(20 * mm)
    signature_width = document.width * 0.45
    canvas = document.canvas
    canvas.setLineWidth(0.5)
    x = document.span(0, signature_width)
    canvas.line(x, document.y, x + signature_width, document.y)
    document.space(2)
    document.paragraph(tr(_SIGN_NAME), CELL_MUTED, width=signature_width, after=1)
    document.paragraph(fill(tr(_SIGN_FOR), sender), CELL, width=signature_width, after=0)


def _contact_fields(document: Document, entry: InstrumentContact, tr: Tr) -> None:
    contact = entry.contact
    table = Table(document, [Column("", 1.0), Column("", 3.2)], header=False,
                  width=document.width * 0.85)
    table.begin()
    for title, value in ((_NAME, contact.full_name), (_TITLE, contact.title),
                         (_ORGANISATION, contact.organisation), (_PHONE, contact.phone),
                         (_EMAIL, contact.email)):
        shown = [(value, CELL_BOLD if title is _NAME else CELL)] if value \
            else [(tr(_NOT_RECORDED), CELL_MUTED)]
        table.row([[(tr(title), CELL_MUTED)], shown], rule=Rule.NONE)
    table.end()
