"""Create and upgrade a dossier's schema with Alembic (imported only when needed)."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from ncm_desktop.storage.atomic import fsync_folder
from ncm_desktop.storage.errors import DossierDamaged, MigrationFailed
from ncm_desktop.storage.sqlite_module import sqlite3

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> object:
    """An Alembic ``Config`` whose script location is absolute (works inside a bundle)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """The revisions of the scripts on disk, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def upgrade(path: Path, target: str = "head") -> None:
    """Bring the schema of ``path`` to ``target`` in one transaction.

    Foreign keys are off while tables are rebuilt (a batch rebuild would otherwise fail
    or cascade deletes into child rows) and checked before the transaction commits.
    Used as is for a new file; an existing dossier goes through :func:`upgrade_safely`.
    """
    from alembic import command

    from ncm_desktop.storage.engine import make_engine

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(config, target)  # type: ignore[arg-type]
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                connection.rollback()
                raise DossierDamaged(path, f"foreign key check failed: {problems[:5]}")
            connection.commit()
    finally:
        engine.dispose()


def upgrade_safely(path: Path, target: str = "head") -> None:
    """Upgrade an existing dossier: back it up first, and if anything fails put the
    file back exactly as it was, byte for byte, and raise :class:`MigrationFailed`.

    The caller holds the dossier's lock and has no connection open on it.  SQLite
    alone would roll the transaction back, but DDL and journal changes are the riskiest
    writes there are: the file is also copied byte for byte (it is not live: it is
    locked, closed and checkpointed) to a temporary file beside it, which replaces it
    on failure.  The backup in the backups folder is what the user can restore later.
    """
    from ncm_desktop.storage import backups

    path = Path(path)
    backup = backups.backup_now(path, backups.Reason.MIGRATION)
    _checkpoint(path)
    pristine = path.with_name(f".{path.name}.{uuid.uuid4().hex}.before-upgrade")
    shutil.copyfile(path, pristine)
    try:
        with pristine.open("rb") as handle:
            os.fsync(handle.fileno())
        upgrade(path, target)
    except BaseException as error:
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(pristine, path)
        fsync_folder(path.parent)
        if isinstance(error, Exception):
            raise MigrationFailed(path, f"{type(error).__name__}: {error}",
                                  backup.path) from error
        raise
    finally:
        pristine.unlink(missing_ok=True)


def _checkpoint(path: Path) -> None:
    """Fold a leftover write-ahead log into the file, so that the file alone is the
    dossier (closing the last connection removes the log)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()
