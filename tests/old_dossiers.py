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
