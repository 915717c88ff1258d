"""Packages between laptops: round trips, conflicts, tombstones, bad packages."""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ncm_desktop import paths
from ncm_desktop.storage import migrate, repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.demo import write_demo
from ncm_desktop.storage.errors import PackageError
from ncm_desktop.storage.exchange.merge import Side, merge_package, preview_merge
from ncm_desktop.storage.exchange.package import (
    MANIFEST,
    PAYLOAD,
    export_package,
    read_manifest,
    read_package,
)
from ncm_desktop.storage.exchange.rows import dump
from ncm_desktop.storage.models import (
    DossierIdentity,
    ExchangePeer,
    Mechanism,
    MergeHistory,
    Organisation,
    Person,
    Setting,
    Tombstone,
)
from ncm_desktop.storage.models.exchange import HistoryReason, HistorySide
from ncm_desktop.storage.schema import APPLICATION_ID, REVISIONS

Reason = PackageError.Reason


def send(source: Dossier, target: Dossier, folder: Path, passphrase: str | None = None,
         resolutions: dict | None = None):  # type: ignore[no-untyped-def]
    """Export ``source`` and merge the package into ``target``; return the report."""
    package = folder / f"{uuid.uuid4().hex}.ncmx"
    export_package(source, package, passphrase)
    return merge_package(target, read_package(package, passphrase), resolutions)


def full_dump(dossier: Dossier, *, include_local: bool = True) -> dict[str, list[str]]:
    with dossier.session() as session:
        return dump(session, include_local=include_local)


def person_named(dossier: Dossier, name: str) -> Person | None:
    with dossier.session() as session:
        return session.scalars(select(Person).where(Person.full_name == name)).first()


def rename(dossier: Dossier, person: Person, new_name: str, **changes: object) -> None:
    values = repository.PersonValues(
        full_name=new_name, organisation_id=person.organisation_id, title=person.title,
        sex=person.sex, role=person.role, phone=person.phone, email=person.email,
        mandate_start=person.mandate_start, notes=person.notes)
    repository.save_person(dossier, repository.PersonValues(**{**vars(values), **changes}),
                           person.id)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Dossier, Dossier]]:
    """Dossier A (the sample) and B, a new dossier on another laptop that received A."""
    a = write_demo(tmp_path / "a.ncm", members=12)
    b = Dossier.create(tmp_path / "b.ncm")
    send(a, b, tmp_path)
    yield a, b
    a.close()
    b.close()


def test_a_new_dossier_receives_everything(pair: tuple[Dossier, Dossier]) -> None:
    a, b = pair
    assert full_dump(a, include_local=False) == full_dump(b, include_local=False)
    with a.session() as sa, b.session() as sb:
        assert sa.scalar(select(DossierIdentity.id)) != sb.scalar(select(DossierIdentity.id))
        assert sb.scalars(select(Mechanism.state_name)).one() == "Republic of Meridia"


def test_round_trip_with_changes_on_both_sides(pair: tuple[Dossier, Dossier],
                                               tmp_path: Path) -> None:
    a, b = pair
    people = sorted(repository_people(a), key=lambda p: p.full_name)
    rename(a, people[0], "Changed In A")
    rename(b, people[1], people[1].full_name, email="new.address@b.example")
    repository.delete_people(b, [people[2].id])
    organisation = repository.save_organisation(
        b, repository.OrganisationValues(name="Ministry of Mines", category_id="7.4.2.note"))
    repository.save_person(b, repository.PersonValues(full_name="Added In B",
                                                      organisation_id=organisation))
    repository.set_setting(a, "paper_size", "A4")
    repository.set_setting(b, "paper_size", "Letter")  # the same key, another row, later

    send(a, b, tmp_path)
    send(b, a, tmp_path)

    assert full_dump(a, include_local=False) == full_dump(b, include_local=False)
    assert person_named(a, "Changed In A") is not None
    assert person_named(a, "Added In B") is not None
    assert person_named(a, people[2].full_name) is None
    assert repository.get_setting(a, "paper_size") == "Letter"
    with a.session() as session:
        assert session.scalar(select(func.count()).select_from(Setting)) == 1


def repository_people(dossier: Dossier) -> list[Person]:
    with dossier.session() as session:
        return list(session.scalars(select(Person)))


def test_merging_twice_changes_nothing(pair: tuple[Dossier, Dossier], tmp_path: Path) -> None:
    a, b = pair
    people = repository_people(a)
    rename(a, people[0], "Edited in A")
    rename(b, people[0], "Edited in B")  # a conflict, settled the same way twice
    repository.delete_people(a, [people[1].id])
    package = tmp_path / "again.ncmx"
    export_package(a, package)
    first = merge_package(b, read_package(package))
    assert first.changes and first.conflicts
    before = full_dump(b)
    second = merge_package(b, read_package(package))
    assert full_dump(b) == before
    assert second.changes == 0 and not second.history and second.backup is None


def test_conflict_newer_wins_and_the_other_is_kept(pair: tuple[Dossier, Dossier],
                                                   tmp_path: Path) -> None:
    a, b = pair
    person = repository_people(a)[0]
    rename(b, person, "Name From B")
    rename(a, person, "Name From A")  # later: the newer change
    report = send(a, b, tmp_path)
    assert [(c.table, c.record_id, c.newer, c.chosen) for c in report.conflicts] == [
        ("person", str(person.id), Side.THEIRS, Side.THEIRS)]
    assert report.conflicts[0].fields == ["full_name"]
    assert person_named(b, "Name From A") is not None
    with b.session() as session:
        entry = session.scalars(select(MergeHistory)).one()
    assert (entry.reason, entry.side, entry.record_id) == (
        HistoryReason.CONFLICT, HistorySide.THIS_DOSSIER, person.id)
    assert json.loads(entry.record_json)["full_name"] == "Name From B"


def test_choosing_the_older_version_travels_back(pair: tuple[Dossier, Dossier],
                                                 tmp_path: Path) -> None:
    a, b = pair
    person = repository_people(a)[0]
    rename(b, person, "Kept From B")
    rename(a, person, "Newer From A")
    package = tmp_path / "a.ncmx"
    export_package(a, package)
    preview = preview_merge(b, read_package(package))
    key = (preview.conflicts[0].table, preview.conflicts[0].record_id)
    assert person_named(b, "Kept From B") is not None  # the preview changed nothing
    report = merge_package(b, read_package(package), {key: Side.MINE})
    assert report.conflicts[0].chosen is Side.MINE
    assert person_named(b, "Kept From B") is not None
    back = send(b, a, tmp_path)
    assert not back.conflicts  # a has not changed it since
    assert person_named(a, "Kept From B") is not None
    assert full_dump(a, include_local=False) == full_dump(b, include_local=False)


def test_changes_on_one_side_only_are_no_conflict(pair: tuple[Dossier, Dossier],
                                                  tmp_path: Path) -> None:
    a, b = pair
    people = repository_people(a)
    rename(a, people[0], "Only A Changed This")
    rename(b, people[1], "Only B Changed This")
    report = send(b, a, tmp_path)
    assert not report.conflicts
    assert person_named(a, "Only A Changed This") and person_named(a, "Only B Changed This")


def test_deletions_travel_as_tombstones(pair: tuple[Dossier, Dossier], tmp_path: Path) -> None:
    a, b = pair
    organisation = next(o for o in organisations(a) if o.category_id == "7.4.2.d")
    with a.session() as session:
        members = session.scalar(select(func.count()).select_from(Person)
                                 .where(Person.organisation_id == organisation.id))
    deleted = repository.delete_organisations(a, [organisation.id])
    assert deleted.count("person") == members
    with a.session() as session:
        assert session.scalar(select(func.count()).select_from(Tombstone)) == deleted.total
    report = send(a, b, tmp_path)
    assert report.deleted["organisation"] == 1 and report.deleted["person"] == members
    assert sum(report.deleted.values()) == deleted.total
    assert organisation.id not in {o.id for o in organisations(b)}
    with b.session() as session:
        entries = session.scalars(select(MergeHistory)).all()
    assert {(e.table_name, e.reason, e.side) for e in entries} >= {
        ("organisation", HistoryReason.DELETED, HistorySide.THIS_DOSSIER)}
    assert len(entries) == deleted.total


def organisations(dossier: Dossier) -> list[Organisation]:
    with dossier.session() as session:
        return list(session.scalars(select(Organisation)))


def test_a_record_changed_after_its_deletion_comes_back(pair: tuple[Dossier, Dossier],
                                                        tmp_path: Path) -> None:
    a, b = pair
    person = repository_people(a)[0]
    repository.delete_people(a, [person.id])
    rename(b, person, "Still Here In B")  # after the deletion in A
    report = send(a, b, tmp_path)
    assert "person" not in report.deleted  # rows that went with it (attendance) stay gone
    assert person_named(b, "Still Here In B") is not None
    send(b, a, tmp_path)
    assert person_named(a, "Still Here In B") is not None
    with a.session() as session:
        assert person.id not in set(session.scalars(select(Tombstone.record_id)))
    assert full_dump(a, include_local=False) == full_dump(b, include_local=False)


def test_undo_of_a_delete_takes_its_tombstones_away(demo: Dossier) -> None:
    organisation = organisations(demo)[0]
    deleted = repository.delete_organisations(demo, [organisation.id])
    with demo.session() as session:
        recorded = {(t.table_name, t.record_id) for t in session.scalars(select(Tombstone))}
    assert ("organisation", organisation.id) in recorded
    assert len(recorded) == deleted.total
    repository.undo_delete(demo, deleted)
    with demo.session() as session:
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0


def test_a_row_whose_organisation_was_deleted_is_set_aside(pair: tuple[Dossier, Dossier],
                                                           tmp_path: Path) -> None:
    a, b = pair
    organisation = organisations(a)[0]
    repository.delete_organisations(a, [organisation.id])
    repository.save_person(b, repository.PersonValues(full_name="Joined Later",
                                                      organisation_id=organisation.id))
    report = send(b, a, tmp_path)
    assert person_named(a, "Joined Later") is None
    assert any(e.reason is HistoryReason.ORPHANED and e.label == "Joined Later"
               for e in report.history)
    with a.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)
                              .where(Organisation.id == organisation.id)) == 0


def test_peers_and_the_last_exchange_are_remembered(pair: tuple[Dossier, Dossier],
                                                    tmp_path: Path) -> None:
    a, b = pair
    with b.session() as session:
        peer = session.scalars(select(ExchangePeer)).one()
        b_id = session.scalar(select(DossierIdentity.id))
    with a.session() as session:
        a_id = session.scalar(select(DossierIdentity.id))
    assert peer.peer_dossier_id == a_id != b_id
    package = tmp_path / "b.ncmx"
    export_package(b, package)
    manifest = read_manifest(package)
    assert manifest.peers == {peer.peer_dossier_id: peer.last_exchange_at}


def test_protected_package(pair: tuple[Dossier, Dossier], tmp_path: Path) -> None:
    a, b = pair
    package = tmp_path / "secret.ncmx"
    export_package(a, package, "correct horse battery staple")
    assert read_manifest(package).encrypted
    with zipfile.ZipFile(package) as archive:
        assert b"Meridia" not in archive.read(PAYLOAD)
    with pytest.raises(PackageError) as missing:
        read_package(package)
    assert missing.value.reason is Reason.PASSPHRASE_REQUIRED
    with pytest.raises(PackageError) as wrong:
        read_package(package, "Correct horse battery staple")
    assert wrong.value.reason is Reason.WRONG_PASSPHRASE
    assert read_package(package, "correct horse battery staple").tables["person"]


# -- bad packages --------------------------------------------------------------------


def rewrite(source: Path, target: Path, *, manifest: dict | None = None,
            payload: bytes | None = None) -> Path:
    with zipfile.ZipFile(source) as archive:
        original_manifest = json.loads(archive.read(MANIFEST))
        original_payload = archive.read(PAYLOAD)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest or original_manifest))
        archive.writestr(PAYLOAD, original_payload if payload is None else payload)
    return target


def bad_packages(good: Path, folder: Path) -> dict[str, tuple[Path, Reason]]:
    data = good.read_bytes()
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        payload = archive.read(PAYLOAD)
    truncated = folder / "truncated.ncmx"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    flipped = bytearray(data)
    offset = data.index(payload[100:140])  # a byte inside the stored payload
    flipped[offset] ^= 0xFF
    corrupted = folder / "corrupted.ncmx"
    corrupted.write_bytes(bytes(flipped))
    pdf = folder / "report.ncmx"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    empty = folder / "empty.ncmx"
    empty.write_bytes(b"")
    other_zip = folder / "photos.ncmx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.txt", "not a package")
    return {
        "truncated": (truncated, Reason.TRUNCATED),
        "corrupted": (corrupted, Reason.TAMPERED),
        "tampered": (rewrite(good, folder / "tampered.ncmx",
                             payload=payload[:-1] + bytes([payload[-1] ^ 1])), Reason.TAMPERED),
        "not a zip": (pdf, Reason.NOT_A_PACKAGE),
        "empty": (empty, Reason.NOT_A_PACKAGE),
        "another zip": (other_zip, Reason.NOT_A_PACKAGE),
        "foreign format": (rewrite(good, folder / "foreign.ncmx",
                                   manifest={**manifest, "format": "something-else"}),
                           Reason.NOT_A_PACKAGE),
        "newer format": (rewrite(good, folder / "newer.ncmx",
                                 manifest={**manifest, "format_version": 99}),
                         Reason.NEWER_FORMAT),
        "newer schema": (rewrite(good, folder / "schema.ncmx",
                                 manifest={**manifest, "schema_revision": "9999"}),
                         Reason.NEWER_SCHEMA),
    }


def test_bad_packages_are_refused_and_change_nothing(pair: tuple[Dossier, Dossier],
                                                     tmp_path: Path) -> None:
    a, b = pair
    rename(a, repository_people(a)[0], "A Change That Must Not Arrive")
    good = tmp_path / "good.ncmx"
    export_package(a, good)
    before = full_dump(b)
    backups = set(paths.backups_dir().iterdir())
    for name, (path, reason) in bad_packages(good, tmp_path).items():
        with pytest.raises(PackageError) as raised:
            merge_package(b, read_package(path))
        assert raised.value.reason is reason, name
    with pytest.raises(PackageError) as dossier_file:
        read_package(b.path)  # a dossier is not a package
    assert dossier_file.value.reason is Reason.NOT_A_PACKAGE
    assert full_dump(b) == before
    assert set(paths.backups_dir().iterdir()) == backups


def test_columns_missing_from_a_package_keep_their_values(pair: tuple[Dossier, Dossier],
                                                          tmp_path: Path) -> None:
    """A package from an older schema lacks columns added since: nothing is lost."""
    a, b = pair
    person = repository_people(b)[0]
    rename(b, person, person.full_name, notes="Written in B")
    repository.save_person(a, repository.PersonValues(full_name="Someone New", notes="in A"))
    good = tmp_path / "good.ncmx"
    export_package(a, good)
    package = read_package(good)
    for row in package.tables["person"]:
        del row["notes"]
    del package.tables["tombstone"]
    report = merge_package(b, package)
    assert report.added == {"person": 1}
    new = person_named(b, "Someone New")
    assert new is not None and new.notes == ""
    kept = person_named(b, person.full_name)
    assert kept is not None and kept.notes == "Written in B"


# -- schema ------------------------------------------------------------------------------


def test_migration_gives_a_populated_dossier_an_id(tmp_path: Path) -> None:
    path = tmp_path / "old.ncm"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.close()
    migrate.upgrade(path, REVISIONS[0])
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO organisation (id, name, acronym, category_id, membership, notes, "
            "created_at, modified_at) VALUES (?, 'Ministry of Health', 'MOH', '7.4.2.f', "
            "'full_member', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
            (uuid.uuid4().hex,))
    connection.close()
    dossier = Dossier.open(path)
    try:
        with dossier.session() as session:
            assert session.scalar(select(func.count()).select_from(DossierIdentity)) == 1
            assert session.scalars(select(Organisation.name)).one() == "Ministry of Health"
        repository.delete_organisations(dossier, [organisations(dossier)[0].id])
        with dossier.session() as session:
            assert session.scalar(select(func.count()).select_from(Tombstone)) == 1
    finally:
        dossier.close()
