"""Dossiers as older versions of the program wrote them, for upgrade tests."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from ncm_desktop.storage import migrate, schema

FIRST = schema.REVISIONS[0]


def first_revision_dossier(path: Path) -> Path:
    """A dossier made by the first schema revision, filled with plain SQL."""
    setup = sqlite3.connect(path)
    setup.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    setup.close()
    migrate.upgrade(path, FIRST)
    connection = sqlite3.connect(path)
    stamp = "2025-03-04 05:06:07.000008"
    mechanism, ministry, police = (uuid.uuid4().hex for _ in range(3))
    ana, bruno, contact, covered, authority, setting = (uuid.uuid4().hex for _ in range(6))
    with connection:
        connection.execute(
            "INSERT INTO mechanism VALUES ('Freedonia', 'National Commission on SALW', "
            "'Decree 2015-12', '2015-06-01', '1 Avenue', '+1 555 0100', 'nc@gov.fd', ?, ?, ?)",
            (mechanism, stamp, stamp))
        connection.executemany(
            "INSERT INTO organisation VALUES (?, ?, ?, ?, '', ?, ?, ?)",
            [("Ministry of the Interior", "MoI", "7.4.2.a", "full_member", ministry, stamp,
              stamp),
             ("National Police", "", None, "observer", police, stamp, stamp)])
        connection.executemany(
            "INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(ministry, "Ana Diallo", "Director", "female", "chair", "+1 555 0101",
              "ana@gov.fd", "2020-01-15", "notes: ünïcödé", ana, stamp, stamp),
             (None, "Bruno Sá", "", "male", "alternate", "", "", None, "", bruno, stamp,
              stamp)])
        connection.execute("INSERT INTO setting VALUES ('paper', 'A4', ?, ?, ?)",
                           (setting, stamp, stamp))
        connection.execute("INSERT INTO national_authority VALUES (?, '2016-02-03', 'Law 5', "
                           "'', ?, ?, ?)", (ministry, authority, stamp, stamp))
        connection.execute("INSERT INTO point_of_contact VALUES (?, 'PoA', ?, ?, ?)",
                           (ana, contact, stamp, stamp))
        connection.execute("INSERT INTO point_of_contact_instrument VALUES (?, '4.2', "
                           "'2021-01-01', NULL, ?, ?, ?)", (contact, covered, stamp, stamp))
    connection.close()
    return path


class current_models_on:  # noqa: N801 - used as a context manager, like a function
    """Let today's models write into a dossier of an older revision: its record tables
    get the ``version`` column of 0008 for the time being, taken away again on exit (so
    that the file is as that revision has it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.added: list[str] = []

    def __enter__(self) -> None:
        connection = sqlite3.connect(self.path)
        try:
            for (table,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                names = {c[1] for c in connection.execute(f"PRAGMA table_info({table})")}
                if {"id", "modified_at"} <= names and "version" not in names:
                    connection.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER "
                                       "NOT NULL DEFAULT 1")
                    self.added.append(table)
            connection.commit()
        finally:
            connection.close()

    def __exit__(self, *_: object) -> None:
        connection = sqlite3.connect(self.path)
        try:
            for table in self.added:
                connection.execute(f"ALTER TABLE {table} DROP COLUMN version")
            connection.commit()
        finally:
            connection.close()


def columns_before_0008(connection: sqlite3.Connection, table: str) -> str:
    """The columns of ``table`` but those 0008 added, for ``SELECT`` (rows of an older
    dossier compared before and after its upgrade)."""
    return ", ".join(c[1] for c in connection.execute(f"PRAGMA table_info({table})")
                     if c[1] not in ("version", "db_user"))
