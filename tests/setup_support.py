"""Helpers that build small dossiers for the set-up tests through the real write paths."""

from __future__ import annotations

import uuid
from datetime import date

from ncm_desktop.catalog import load_catalog
from ncm_desktop.rules.findings import Finding
from ncm_desktop.rules.readiness import evaluate
from ncm_desktop.storage import repository, setup_repository
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.dossier_data import Snapshot, load_snapshot
from ncm_desktop.storage.enums import Membership, Role, Sex

TODAY = date(2026, 6, 30)


def snapshot_of(dossier: Dossier, today: date = TODAY) -> Snapshot:
    connection = connect(dossier.path, read_only=True)
    try:
        return load_snapshot(connection, today)
    finally:
        connection.close()


def findings_of(dossier: Dossier, today: date = TODAY) -> dict[str, Finding]:
    return {f.provision_id: f for f in evaluate(snapshot_of(dossier, today), load_catalog())}


def finding(dossier: Dossier, provision_id: str, today: date = TODAY) -> Finding:
    return findings_of(dossier, today)[provision_id]


def add_organisation(dossier: Dossier, name: str, category: str | None,
                     membership: Membership = Membership.FULL_MEMBER,
                     acronym: str = "") -> uuid.UUID:
    return repository.save_organisation(dossier, repository.OrganisationValues(
        name=name, acronym=acronym, category_id=category, membership=membership))


def add_person(dossier: Dossier, name: str, organisation_id: uuid.UUID | None,
               sex: Sex = Sex.NOT_RECORDED, role: Role = Role.MEMBER) -> uuid.UUID:
    return repository.save_person(dossier, repository.PersonValues(
        full_name=name, organisation_id=organisation_id, sex=sex, role=role))


def add_contact(dossier: Dossier, name: str,
                instruments: dict[str, tuple[date | None, date | None]],
                organisation_id: uuid.UUID | None = None) -> uuid.UUID:
    """A person designated as Point of Contact for ``instruments`` (notified, confirmed)."""
    person = add_person(dossier, name, organisation_id)
    contact = setup_repository.add_point_of_contact(dossier, person)
    for instrument_id, (notified, confirmed) in instruments.items():
        setup_repository.save_contact_instrument(
            dossier, contact, instrument_id,
            setup_repository.ContactInstrumentValues(True, notified, confirmed))
    return contact


def join(dossier: Dossier, *instrument_ids: str) -> None:
    for instrument_id in instrument_ids:
        setup_repository.set_instrument(dossier, instrument_id, True, date(2010, 1, 1))
