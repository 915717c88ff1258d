"""One SQLite for the whole program: every module and SQLAlchemy take it from sqlite_module."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from ncm_desktop.storage import sqlite_module
from ncm_desktop.storage.database import Dossier

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ncm_desktop"


def _imports_sqlite3(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name == "sqlite3" or name.startswith("sqlite3.") for name in names):
            lines.append(node.lineno)
    return lines


def test_only_sqlite_module_imports_sqlite3() -> None:
    """A second SQLite library in the process would keep its own file locks: never mix."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "storage" / "sqlite_module.py":
            continue
        lines = _imports_sqlite3(ast.parse(path.read_text(encoding="utf-8")))
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in lines]
    assert offenders == [], "import sqlite3 from ncm_desktop.storage.sqlite_module instead"


def test_the_guard_sees_both_forms_of_import() -> None:
    tree = ast.parse("import sqlite3\nfrom sqlite3 import dbapi2\nimport os\n")
    assert _imports_sqlite3(tree) == [1, 2]


def test_engine_and_connections_use_the_chosen_module(dossier: Dossier) -> None:
    assert dossier.engine.dialect.dbapi is sqlite_module.sqlite3
    with dossier.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite_module.sqlite3.Connection)
        version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
    assert version == sqlite_module.sqlite3.sqlite_version


def test_driver_errors_are_wrapped_by_sqlalchemy(dossier: Dossier) -> None:
    """SQLAlchemy recognises the driver's exceptions only when it knows the module."""
    with pytest.raises(sqlalchemy.exc.OperationalError) as caught, dossier.session() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert isinstance(caught.value.orig, sqlite_module.sqlite3.OperationalError)


def test_version_names_the_sqlite_in_use(private_home: Path) -> None:
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "NCM_DESKTOP_HOME": str(private_home),
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "ncm_desktop", "--version"], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert f"(SQLite {sqlite_module.sqlite3.sqlite_version})" in result.stdout
