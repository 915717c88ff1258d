"""What identifies a dossier file and which schema revisions this program knows.

Kept free of SQLAlchemy and Alembic so that opening a current dossier costs one query.
A test checks that ``REVISIONS`` matches the Alembic scripts in ``migrations/versions``.
"""

from __future__ import annotations

#: ``PRAGMA application_id`` of every dossier: 'NCM1' in ASCII.
APPLICATION_ID = 0x4E434D31

#: Alembic revision identifiers, oldest first.  The last one is the current schema.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007",
                                 "0008")

HEAD_REVISION = REVISIONS[-1]
