"""Flags on the National Points of Contact (clause 6): missing, never notified, stale, and
several contacts with no coordination recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ncm_desktop.catalog.model import Catalog
from ncm_desktop.rules.findings import Code, Link, Message, Ref
from ncm_desktop.storage.dossier_data import ContactInfo, ContactInstrument, Snapshot


class NotificationState(StrEnum):
    CURRENT = "current"
    STALE = "stale"
    NEVER_NOTIFIED = "never_notified"


class FlagKind(StrEnum):
    NO_CONTACT = "no_contact"
    NEVER_NOTIFIED = "never_notified"
    STALE = "stale"
    NO_COORDINATION = "no_coordination"


@dataclass(frozen=True, slots=True)
class ContactFlag:
    kind: FlagKind
    message: Message
    link: Link


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def notification_state(entry: ContactInstrument, today: date, months: int) -> NotificationState:
    """Never notified; notified or confirmed within ``months``; or older than that (stale)."""
    last = entry.last_notified
    if last is None:
        return NotificationState.NEVER_NOTIFIED
    if last < months_before(today, months):
        return NotificationState.STALE
    return NotificationState.CURRENT


def required_instruments(snapshot: Snapshot, catalog: Catalog) -> tuple[str, ...]:
    """The instruments of clause 4 the State has joined, each needing a Point of Contact."""
    joined = snapshot.joined_instrument_ids
    return tuple(i.id for i in catalog.global_instruments if i.id in joined)


def contacts_for(snapshot: Snapshot, instrument_id: str) -> tuple[tuple[ContactInfo,
                                                                          ContactInstrument], ...]:
    return tuple((contact, entry) for contact in snapshot.contacts
                 if (entry := contact.covers(instrument_id)) is not None)


def best_notification(snapshot: Snapshot, instrument_id: str) -> tuple[
        NotificationState, ContactInfo | None, ContactInstrument | None]:
    """The freshest notification among the contacts covering ``instrument_id``."""
    covering = contacts_for(snapshot, instrument_id)
    if not covering:
        return NotificationState.NEVER_NOTIFIED, None, None
    contact, entry = max(covering, key=lambda pair: pair[1].last_notified or date.min)
    state = notification_state(entry, snapshot.today, snapshot.notification_period_months)
    return state, contact, entry


def contact_flags(snapshot: Snapshot, catalog: Catalog) -> tuple[ContactFlag, ...]:
    """What the Points of Contact page flags, most pressing first."""
    flags: list[ContactFlag] = []
    for instrument_id in required_instruments(snapshot, catalog):
        instrument = Ref("instrument", instrument_id)
        link = Link("contacts", f"instrument:{instrument_id}")
        state, contact, entry = best_notification(snapshot, instrument_id)
        office = catalog.instrument(instrument_id).notify_office
        office_ref = Ref("office", office) if office else instrument
        if contact is None:
            flags.append(ContactFlag(FlagKind.NO_CONTACT,
                                     Message(Code.CONTACT_MISSING, (instrument,)),
                                     Link("contacts", "add")))
        elif state is NotificationState.NEVER_NOTIFIED:
            flags.append(ContactFlag(FlagKind.NEVER_NOTIFIED, Message(
                Code.NEVER_NOTIFIED, (instrument, office_ref, contact.person_name)), link))
        elif state is NotificationState.STALE:
            assert entry is not None and entry.last_notified is not None
            flags.append(ContactFlag(FlagKind.STALE, Message(
                Code.NOTIFIED_STALE, (instrument, office_ref, entry.last_notified,
                                      snapshot.notification_period_months)), link))
    if len(snapshot.contacts) > 1 and not snapshot.coordination.recorded:
        flags.append(ContactFlag(FlagKind.NO_COORDINATION, Message(
            Code.COORDINATION_MISSING, (len(snapshot.contacts),)),
            Link("contacts", "coordination")))
    order = list(FlagKind)
    return tuple(sorted(flags, key=lambda f: order.index(f.kind)))
