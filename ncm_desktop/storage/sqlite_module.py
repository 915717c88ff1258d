"""The one place that decides which ``sqlite3`` module, and so which SQLite, the program uses.

SQLite 3.7.0 to 3.51.2 have a rare bug that can corrupt a database in WAL mode when the
WAL is reset while another connection writes, so the program wants 3.52.0 or newer.  The
SQLite that the standard library links is the operating system's (3.40 on Debian 12), so
the standalone bundle ships ``pysqlite3``, the standard library's module built against a
newer SQLite compiled in (see ``installer/``).  When that module can be imported it is
used; otherwise the standard library's is.  Every module of the program, and SQLAlchemy's
engine (``create_engine(..., module=sqlite3)``), takes ``sqlite3`` from here, so that one
process never mixes two SQLite libraries on the same file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pysqlite3 has the standard library's interface, and no stubs
    import sqlite3
else:
    try:
        from pysqlite3 import dbapi2 as sqlite3
    except ImportError:
        import sqlite3

#: The oldest SQLite the program is happy with (the bundle's build checks it).
SAFE_VERSION = (3, 52, 0)

__all__ = ["SAFE_VERSION", "sqlite3"]
