"""Merge a package into a dossier, the way KeePassXC merges two copies of a database.

Records are matched by UUID (and, for tables with a unique key or one row per dossier,
by that key: two dossiers' mechanism rows are the same record).  For a record both
sides hold in different versions:

- the version changed last wins (by ``modified_at``; on a tie, a fixed order of the
  contents, so that both laptops pick the same one); the other version is kept in the
  merge history, where the user can see it and nothing is lost;
- when both sides changed it since the two dossiers last exchanged (in either
  direction), it is a *conflict*: the newer version wins unless the caller chose
  otherwise, and a choice against the newer one counts as a new change (its time is
  now), so that it travels back instead of being undone by the next exchange;
- two rows matched by a unique key become one record under the UUID of the version
  kept, so that both laptops end with the same row; an empty row (a new dossier's
  blank mechanism) never wins over one with content.

Deletions travel as tombstones: a record deleted on one side goes on the other, unless
it was changed there after the deletion; a record changed after its own deletion comes
back.  Rows whose parent is gone are set aside (history) or detached (SET NULL).

Merging the same package twice changes nothing: the second time every record is
already settled and the history already holds what was set aside.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, select, text, update
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import flag_modified

from ncm_desktop.storage import backups, changelog
from ncm_desktop.storage.cascade_delete import delete_with_dependents, forget_tombstones
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.exchange.package import Manifest, Package, dossier_id
from ncm_desktop.storage.exchange.rows import (
    TIMESTAMPS,
    TOMBSTONE_TABLE,
    Row,
    canonical,
    content,
    decode_row,
    decoder,
    encode,
    is_singleton,
    key_of,
    label,
    read_rows,
    travelling_tables,
)
from ncm_desktop.storage.models import Base, ExchangePeer, MergeHistory
from ncm_desktop.storage.models.exchange import HistoryReason, HistorySide
from ncm_desktop.storage.types import utc_now

_CHUNK = 400


class Side(StrEnum):
    MINE = "mine"  # this dossier's version
    THEIRS = "theirs"  # the package's version


@dataclass(frozen=True)
class Conflict:
    """A record changed on both sides since the last exchange."""

    table: str
    record_id: str
    label: str
    mine: Row
    theirs: Row
    newer: Side
    chosen: Side

    @property
    def fields(self) -> list[str]:
        """The columns whose values differ (timestamps aside)."""
        names = dict.fromkeys([*self.mine, *self.theirs])
        return [name for name in names
                if name not in TIMESTAMPS and self.mine.get(name) != self.theirs.get(name)]


@dataclass(frozen=True)
class HistoryEntry:
    """A version of a record set aside by the merge."""

    table: str
    record_id: str
    label: str
    reason: HistoryReason
    side: HistorySide
    row: Row


#: The version to keep for each conflict, by (table, record id); the newer by default.
Resolutions = Mapping[tuple[str, str], Side]


@dataclass
class MergeReport:
    manifest: Manifest
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    #: Records where this dossier's version stayed and the package's was set aside.
    kept: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    written: bool = False
    backup: Path | None = None

    @property
    def changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.deleted.values())


def preview_merge(dossier: Dossier, package: Package,
                  resolutions: Resolutions | None = None) -> MergeReport:
    """What :func:`merge_package` would do, conflicts included; nothing is written."""
    with dossier.session() as session:
        return _Planner(session, package, resolutions or {}).plan().report()


def merge_package(dossier: Dossier, package: Package,
                  resolutions: Resolutions | None = None) -> MergeReport:
    """Merge ``package`` into ``dossier`` in one transaction, after a backup.

    Conflicts are settled by ``resolutions`` where given, else the newer version wins.
    """
    with dossier.transaction() as session:
        plan = _Planner(session, package, resolutions or {}).plan()
        backup = dossier.backup(backups.Reason.MERGE) if plan.has_changes else None
        _apply(session, plan)
        report = plan.report()
        report.written = True
        report.backup = backup
        return report


# -- planning ------------------------------------------------------------------------


@dataclass(frozen=True)
class _ForeignKey:
    column: str
    parent: str
    set_null: bool


class _Planner:
    """Decides, record by record, what the merge does; reads only."""

    def __init__(self, session: Session, package: Package, resolutions: Resolutions) -> None:
        self.package = package
        self.manifest = package.manifest
        self.resolutions = resolutions
        self.now = encode(utc_now())
        self.identity = dossier_id(session)
        self.peer = session.scalars(select(ExchangePeer).where(
            ExchangePeer.peer_dossier_id == self.manifest.dossier_id)).first()
        known = [t for t in (self.peer.last_exchange_at if self.peer else None,
                             self.manifest.peers.get(self.identity)) if t is not None]
        #: Changes after this moment were not seen by the other side (None: never met).
        self.sync: datetime | None = max(known) if known else None
        self.tables = {table.name: table for table in travelling_tables()}
        self.local: dict[str, dict[str, Row]] = {
            name: {key_of(table, row): row for row in read_rows(session, table)}
            for name, table in self.tables.items()
        }
        self.live = {name: set(rows) for name, rows in self.local.items()}
        self.incoming_keys = {
            name: {key_of(self.tables[name], row) for row in rows}
            for name, rows in package.tables.items()
        }
        self.tombstones = {(row["table_name"], str(row["record_id"])): row
                           for row in self.local.get(TOMBSTONE_TABLE, {}).values()}
        self.remap: dict[str, dict[str, str]] = defaultdict(dict)
        self.rekeys: list[tuple[str, str, str]] = []
        self.inserts: dict[str, dict[str, Row]] = defaultdict(dict)
        self.updates: dict[str, dict[str, Row]] = defaultdict(dict)
        self.deletes: dict[str, list[str]] = defaultdict(list)
        self.resurrected: list[tuple[str, str]] = []
        self.history: list[HistoryEntry] = []
        self.conflicts: list[Conflict] = []
        self.kept: Counter[str] = Counter()

    # -- the plan ----------------------------------------------------------------

    def plan(self) -> _Planner:
        for name, table in self.tables.items():
            if name != TOMBSTONE_TABLE:
                self._merge_table(table, self.package.tables.get(name, []))
        self._merge_tombstones(self.package.tables.get(TOMBSTONE_TABLE, []))
        return self

    @property
    def has_changes(self) -> bool:
        return bool(self.rekeys or self.resurrected or self.history
                    or any(self.inserts.values()) or any(self.updates.values())
                    or any(self.deletes.values()))

    def report(self) -> MergeReport:
        return MergeReport(
            manifest=self.manifest,
            added=Counter({n: len(rows) for n, rows in self.inserts.items() if rows}),
            updated=Counter({n: len(rows) for n, rows in self.updates.items() if rows}),
            deleted=Counter({n: len(keys) for n, keys in self.deletes.items() if keys}),
            kept=+self.kept, conflicts=list(self.conflicts), history=list(self.history),
        )

    def _merge_table(self, table: Table, incoming: Iterable[Row]) -> None:
        name = table.name
        local = self.local[name]
        keys = self._foreign_keys(table)
        for row in local.values():
            self._remap(row, keys)
        index = _UniqueIndex(table, local)
        for original in incoming:
            theirs = dict(original)
            self._remap(theirs, keys)
            key = key_of(table, theirs)
            if key in local:
                self._settle(table, key, local[key], theirs, keys)
                continue
            match = index.match(theirs, key)
            if match is not None and len(table.primary_key.columns) == 1:
                self._unify(table, match, key, theirs, keys, index)
            elif self._insert(table, key, theirs, keys):
                index.add(key, theirs)

    def _unify(self, table: Table, local_key: str, incoming_key: str, theirs: Row,
               keys: list[_ForeignKey], index: _UniqueIndex) -> None:
        """Make two rows with the same unique key one record, under the UUID of the
        version kept: both laptops keep the same version, so they end with the same id."""
        name = table.name
        primary = next(iter(table.primary_key.columns)).name
        chosen = self._settle(table, local_key, self.local[name][local_key],
                              {**theirs, primary: local_key}, keys, unified=True)
        if chosen is None:  # the same version on both sides: the smaller id, on both
            chosen = Side.THEIRS if incoming_key < local_key else Side.MINE
        if chosen is Side.MINE:
            self.remap[name][incoming_key] = local_key
            return
        for rows in (self.local[name], self.updates[name]):
            if local_key in rows:
                rows[incoming_key] = {**rows.pop(local_key), primary: incoming_key}
        self.live[name].discard(local_key)
        self.live[name].add(incoming_key)
        self.rekeys.append((name, local_key, incoming_key))
        self.remap[name][local_key] = incoming_key
        index.rekey(local_key, incoming_key)
        self.history = [replace(e, record_id=incoming_key)
                        if (e.table, e.record_id) == (name, local_key) else e
                        for e in self.history]

    def _settle(self, table: Table, key: str, mine: Row, theirs: Row,
                keys: list[_ForeignKey], *, unified: bool = False) -> Side | None:
        """Both sides hold the record: keep the right version, set the other aside.

        Returns the version kept, or None when both are the same.
        """
        name = table.name
        theirs = {**mine, **theirs}  # columns an older package lacks keep this side's values
        if theirs == mine or "modified_at" not in table.c:
            return None
        if content(theirs) == content(mine):  # same values, other times: agree on the later
            if _order(theirs) > _order(mine):
                self._update(name, key, theirs)
                return Side.THEIRS
            return Side.MINE
        newer = Side.THEIRS if _order(theirs) > _order(mine) else Side.MINE
        chosen, conflict = newer, False
        if unified and _is_empty(mine) != _is_empty(theirs):
            chosen = Side.THEIRS if _is_empty(mine) else Side.MINE
        elif self.sync is not None and _time(mine) > self.sync and _time(theirs) > self.sync:
            conflict = True
            chosen = self.resolutions.get((name, key), newer)
            self.conflicts.append(Conflict(name, key, label(name, mine), mine, theirs,
                                           newer, chosen))
        reason = HistoryReason.CONFLICT if conflict else HistoryReason.SUPERSEDED
        if chosen is Side.THEIRS and not self._detach_missing_parents(name, theirs, keys):
            self._set_aside(name, key, HistoryReason.ORPHANED, HistorySide.OTHER_DOSSIER, theirs)
            self.kept[name] += 1
            return Side.MINE
        # A choice against the newer version is a new change, to travel back as such.
        restamp = conflict and chosen is not newer
        if chosen is Side.THEIRS:
            self._set_aside(name, key, reason, HistorySide.THIS_DOSSIER, mine)
            self._update(name, key, {**theirs, "modified_at": self.now} if restamp else theirs)
        else:
            self._set_aside(name, key, reason, HistorySide.OTHER_DOSSIER, theirs)
            self.kept[name] += 1
            if restamp:
                self._update(name, key, {**mine, "modified_at": self.now})
        return chosen

    def _insert(self, table: Table, key: str, theirs: Row, keys: list[_ForeignKey]) -> bool:
        name = table.name
        tombstone = self.tombstones.get((name, key))
        if tombstone is not None:
            if "modified_at" not in theirs or _time(theirs) <= _parse(tombstone["deleted_at"]):
                self._set_aside(name, key, HistoryReason.DELETED, HistorySide.OTHER_DOSSIER,
                                theirs)
                return False
            self.resurrected.append((name, key))  # changed after its deletion: it returns
        if not self._detach_missing_parents(name, theirs, keys):
            self._set_aside(name, key, HistoryReason.ORPHANED, HistorySide.OTHER_DOSSIER, theirs)
            return False
        self.inserts[name][key] = theirs
        self.local[name][key] = theirs
        self.live[name].add(key)
        return True

    def _merge_tombstones(self, incoming: list[Row]) -> None:
        """Delete what the other side deleted, unless it was changed here afterwards."""
        accepted = []
        for original in incoming:
            target = original.get("table_name")
            if target not in self.tables:
                continue
            record = str(original["record_id"])
            record = self.remap[target].get(record, record)
            tombstone = {**original, "record_id": record}
            row = self.local[target].get(record)
            if row is not None:
                if "modified_at" in row and _time(row) > _parse(tombstone["deleted_at"]):
                    continue  # changed after the deletion: the record stays
                self.deletes[target].append(record)
                self.live[target].discard(record)
            accepted.append(tombstone)
        self._merge_table(self.tables[TOMBSTONE_TABLE], accepted)

    # -- helpers -----------------------------------------------------------------

    def _update(self, name: str, key: str, row: Row) -> None:
        self.updates[name][key] = row
        self.local[name][key] = row

    def _set_aside(self, name: str, key: str, reason: HistoryReason, side: HistorySide,
                   row: Row) -> None:
        """Keep a losing version in the history; the other side's only when it is news
        (changed since the last exchange: older ones were seen here already), and never
        an empty one (a new dossier's blank mechanism)."""
        if _is_empty(row) or (side is HistorySide.OTHER_DOSSIER and self.sync is not None
                              and "modified_at" in row and _time(row) <= self.sync):
            return
        self.history.append(HistoryEntry(name, key, label(name, row), reason, side, row))

    def _detach_missing_parents(self, name: str, row: Row, keys: list[_ForeignKey]) -> bool:
        """Clear references to missing rows where allowed; False when one is required."""
        for key in keys:
            value = row.get(key.column)
            if value is None or key.parent not in self.live:
                continue
            present = value in self.live[key.parent] or (
                key.parent == name and value in self.incoming_keys.get(name, ()))
            if not present:
                if not key.set_null:
                    return False
                row[key.column] = None
        return True

    def _remap(self, row: Row, keys: list[_ForeignKey]) -> None:
        for key in keys:
            value = row.get(key.column)
            if value is not None:
                row[key.column] = self.remap[key.parent].get(value, value)

    @staticmethod
    def _foreign_keys(table: Table) -> list[_ForeignKey]:
        return [
            _ForeignKey(fk.parent.name, fk.column.table.name,
                        (fk.ondelete or "").upper() == "SET NULL")
            for fk in table.foreign_keys
            if len(fk.column.table.primary_key.columns) == 1
        ]


class _UniqueIndex:
    """Finds the local row that has the same unique key as an incoming one."""

    def __init__(self, table: Table, rows: dict[str, Row]) -> None:
        primary = {column.name for column in table.primary_key.columns}
        sets = [tuple(c.name for c in constraint.columns)
                for constraint in table.constraints if isinstance(constraint, UniqueConstraint)]
        sets += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
        self.sets = [s for s in dict.fromkeys(sets) if set(s) != primary]
        self.singleton = is_singleton(table)
        self.values: dict[tuple[str, ...], dict[tuple[Any, ...], str]] = {s: {} for s in self.sets}
        self.keys: set[str] = set()
        for key, row in rows.items():
            self.add(key, row)

    def add(self, key: str, row: Row) -> None:
        self.keys.add(key)
        for columns in self.sets:
            values = tuple(row.get(c) for c in columns)
            if None not in values:
                self.values[columns].setdefault(values, key)

    def rekey(self, old: str, new: str) -> None:
        self.keys.discard(old)
        self.keys.add(new)
        for values in self.values.values():
            for found, key in values.items():
                if key == old:
                    values[found] = new

    def match(self, row: Row, key: str) -> str | None:
        for columns in self.sets:
            values = tuple(row.get(c) for c in columns)
            found = self.values[columns].get(values) if None not in values else None
            if found is not None and found != key:
                return found
        if self.singleton and self.keys:
            return min(self.keys)
        return None


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _time(row: Row) -> datetime:
    return _parse(row["modified_at"])


def _order(row: Row) -> tuple[datetime, str]:
    """Newer first; on equal times, a fixed order of the contents that both sides share."""
    return _time(row), canonical(row)


def _is_empty(row: Row) -> bool:
    """A row that says nothing: every value other than its key and times is blank."""
    return all(value in (None, "") for name, value in content(row).items() if name != "id")


# -- applying ------------------------------------------------------------------------


def _apply(session: Session, plan: _Planner) -> None:
    tables = plan.tables
    mappers = {mapper.local_table: mapper for mapper in Base.registry.mappers}
    if session.get_bind().dialect.name == "sqlite":
        # References are checked at commit: rows get new UUIDs, and a table may refer to
        # itself, so a row can arrive before the one it points at.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    _rekey(session, plan)
    if plan.resurrected:
        forget_tombstones(session, [(n, uuid.UUID(k)) for n, k in plan.resurrected])
    for name, rows in plan.inserts.items():  # parents before children
        if rows:
            _insert(session, tables[name], mappers.get(tables[name]), rows.values())
            session.flush()
    for name, rows in plan.updates.items():
        if rows:
            _update(session, tables[name], mappers.get(tables[name]), rows)
    session.flush()
    # Bulk statements bypass the flush hooks: say which tables they wrote.
    changelog.note_written(session, [name for name, rows in (*plan.inserts.items(),
                                                            *plan.updates.items()) if rows])
    merged_at = utc_now()
    history = list(plan.history)
    for name, keys in plan.deletes.items():
        if not keys:
            continue
        deleted = delete_with_dependents(session, tables[name], [uuid.UUID(k) for k in keys])
        for table_name, rows in deleted.tables:
            for row in rows:
                encoded = {column: encode(value) for column, value in row.items()}
                history.append(HistoryEntry(
                    table_name, str(encoded.get("id", "")), label(table_name, encoded),
                    HistoryReason.DELETED, HistorySide.THIS_DOSSIER, encoded))
    _write_history(session, plan, history, merged_at)
    _remember_peer(session, plan)


def _rekey(session: Session, plan: _Planner) -> None:
    """Give rows their new UUIDs, and the rows that refer to them too."""
    for name, old, new in plan.rekeys:
        table = plan.tables[name]
        primary = next(iter(table.primary_key.columns))
        convert = decoder(primary)
        session.execute(update(table).where(primary == convert(old))
                        .values({primary.name: convert(new), **_unchanged_times(table)}))
        changelog.note_written(session, (name,))
        for child in Base.metadata.sorted_tables:
            for key in child.foreign_keys:
                if key.column is primary:
                    column: Column[Any] = key.parent
                    session.execute(update(child).where(column == convert(old))
                                    .values({column.name: convert(new),
                                             **_unchanged_times(child)}))
                    changelog.note_written(session, (child.name,))


def _unchanged_times(table: Table) -> dict[str, Column[Any]]:
    """Columns set to themselves, so that their ``onupdate`` (``modified_at``) does not
    fire: a new key is not a change of the record."""
    return {column.name: column for column in table.columns if column.onupdate is not None}


def _insert(session: Session, table: Table, mapper: Mapper[Any] | None,
            rows: Iterable[Row]) -> None:
    decoded = [decode_row(table, row) for row in rows]
    if mapper is None:
        session.execute(table.insert(), decoded)
        return
    attributes = {c.name: mapper.get_property_by_column(c).key for c in table.columns}
    session.add_all(mapper.class_(**{attributes[n]: v for n, v in row.items()})
                    for row in decoded)


def _update(session: Session, table: Table, mapper: Mapper[Any] | None,
            rows: dict[str, Row]) -> None:
    primary = next(iter(table.primary_key.columns))
    convert = decoder(primary)
    if mapper is None:
        for row in rows.values():
            values = decode_row(table, row)
            session.execute(update(table).where(primary == values.pop(primary.name))
                            .values(values))
        return
    attributes = {c.name: mapper.get_property_by_column(c).key for c in table.columns}
    keys = list(rows)
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        column = getattr(mapper.class_, attributes[primary.name])
        for record in session.scalars(select(mapper.class_).where(
                column.in_([convert(k) for k in chunk]))):
            values = decode_row(table, rows[str(getattr(record, attributes[primary.name]))])
            for name, value in values.items():
                if name != primary.name:
                    setattr(record, attributes[name], value)
            if "modified_at" in attributes:
                flag_modified(record, attributes["modified_at"])


def _write_history(session: Session, plan: _Planner, entries: list[HistoryEntry],
                   merged_at: datetime) -> None:
    """Add the versions set aside, except those the history already holds."""
    if not entries:
        return
    history = MergeHistory.__table__
    ids = sorted({uuid.UUID(entry.record_id) for entry in entries if entry.record_id})
    held: set[tuple[str, str, str, str]] = set()
    for start in range(0, len(ids), _CHUNK):
        held.update(
            (table_name, str(record_id), str(side), record_json)
            for table_name, record_id, side, record_json in session.execute(
                select(history.c.table_name, history.c.record_id, history.c.side,
                       history.c.record_json)
                .where(history.c.record_id.in_(ids[start:start + _CHUNK])))
        )
    fresh = []
    for entry in entries:
        record_json = canonical(entry.row)
        key = (entry.table, entry.record_id, str(entry.side), record_json)
        if key in held or not entry.record_id:
            continue
        held.add(key)
        fresh.append(MergeHistory(
            table_name=entry.table, record_id=uuid.UUID(entry.record_id), label=entry.label,
            merged_at=merged_at, reason=entry.reason, side=entry.side,
            peer_name=plan.manifest.dossier_name, package_id=plan.manifest.package_id,
            record_json=record_json))
    session.add_all(fresh)


def _remember_peer(session: Session, plan: _Planner) -> None:
    """Note when the two dossiers last met, for the conflicts of the next exchange."""
    manifest = plan.manifest
    last = max(manifest.created_at, plan.sync) if plan.sync else manifest.created_at
    peer = plan.peer
    if peer is None:
        session.add(ExchangePeer(peer_dossier_id=manifest.dossier_id,
                                 peer_name=manifest.dossier_name, last_exchange_at=last,
                                 last_package_id=manifest.package_id))
    elif peer.last_exchange_at != last:
        peer.last_exchange_at = last
        peer.peer_name = manifest.dossier_name
        peer.last_package_id = manifest.package_id
