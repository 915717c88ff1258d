"""Create and upgrade a dossier's schema with Alembic (imported only when needed)."""

from __future__ import annotations

from pathlib import Path

from ncm_desktop.storage.errors import DossierDamaged

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
    """
    from alembic import command

    from ncm_desktop.storage.database import make_engine

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
