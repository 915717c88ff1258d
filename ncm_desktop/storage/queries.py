"""Fast reads for the window's lists, with plain sqlite3 (no SQLAlchemy).

The window shows the dossier before SQLAlchemy is imported (that import alone costs
more than the whole bare window), and lists of 10,000 people load faster as plain rows
than as ORM objects.  Writes never come here: they go through :mod:`repository`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.raw_values import as_date, as_uuid
from ncm_desktop.storage.sqlite_module import sqlite3


@dataclass(frozen=True, slots=True)
class MechanismRow:
    state_name: str
    name: str


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    acronym: str
    category_id: str | None
    membership: Membership
    people: int


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: uuid.UUID
    full_name: str
    title: str
    sex: Sex
    role: Role
    organisation_id: uuid.UUID | None
    organisation_name: str
    phone: str
    email: str
    mandate_start: date | None


def mechanism(connection: sqlite3.Connection) -> MechanismRow:
    row = connection.execute("SELECT state_name, name FROM mechanism LIMIT 1").fetchone()
    return MechanismRow(*row) if row else MechanismRow("", "")


def organisations(connection: sqlite3.Connection) -> list[OrganisationRow]:
    rows = connection.execute(
        """
        SELECT o.id, o.name, o.acronym, o.category_id, o.membership,
               (SELECT count(*) FROM person p WHERE p.organisation_id = o.id)
        FROM organisation o
        ORDER BY o.name COLLATE NOCASE, o.id
        """
    ).fetchall()
    return [
        OrganisationRow(as_uuid(i), name, acronym, category, Membership(membership), people)
        for i, name, acronym, category, membership, people in rows
    ]


def people(connection: sqlite3.Connection) -> list[PersonRow]:
    rows = connection.execute(
        """
        SELECT p.id, p.full_name, p.title, p.sex, p.role, p.organisation_id,
               coalesce(o.name, ''), p.phone, p.email, p.mandate_start
        FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
        ORDER BY p.full_name COLLATE NOCASE, p.id
        """
    ).fetchall()
    return [
        PersonRow(
            as_uuid(i), name, title, Sex(sex), Role(role), as_uuid(org) if org else None,
            org_name, phone, email, as_date(start),
        )
        for i, name, title, sex, role, org, org_name, phone, email, start in rows
    ]


def counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, for ``check`` and the status bar."""
    listed = getattr(connection, "table_names", None)  # a server's reader lists its own
    tables = listed() if listed is not None else [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name"
    )]
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def latest_change(connection: sqlite3.Connection) -> int:
    """The id of the latest change-log entry: it grows with every logged write, whoever
    made it, so a larger value means there is something new to show."""
    return int(connection.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])


def tables_changed_since(connection: sqlite3.Connection, entry_id: int) -> set[str]:
    """The tables written by the change-log entries after ``entry_id``."""
    return {row[0] for row in connection.execute(
        "SELECT DISTINCT table_name FROM change_log WHERE id > ?", (entry_id,))}
