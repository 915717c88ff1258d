"""Shared fixtures: real dossier files in temporary folders, a real window offscreen.

The environment is set here, before Qt is imported, so that a bare ``pytest`` works on
a machine with no screen and never touches the user's own dossiers or preferences.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NCM_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="ncm-desktop-tests-")

import pytest  # noqa: E402

from ncm_desktop.storage.database import Dossier  # noqa: E402
from ncm_desktop.storage.demo import write_demo  # noqa: E402


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data, config and cache folders."""
    home = tmp_path.parent / f"{tmp_path.name}-home"
    monkeypatch.setenv("NCM_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ncm"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_path(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample dossier (built once per session)."""
    target = tmp_path / "demo.ncm"
    target.write_bytes(_demo_template.read_bytes())
    return target


@pytest.fixture
def dossier(tmp_path: Path) -> Iterator[Dossier]:
    """A new, empty dossier on disk, open through SQLAlchemy."""
    opened = Dossier.create(tmp_path / "test.ncm")
    yield opened
    opened.close()


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Dossier]:
    """The sample dossier, open through SQLAlchemy."""
    opened = Dossier.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    """The real main window on a copy of the sample dossier, shown offscreen."""
    from ncm_desktop.storage import preferences
    from ncm_desktop.ui.main_window import MainWindow

    main = MainWindow(preferences.load())
    qtbot.addWidget(main)
    assert main.open_dossier(demo_path)
    main.show()
    qtbot.waitExposed(main)
    return main


# -- server dossiers (tests/postgres_support.py) --------------------------------------


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """The test PostgreSQL server, with a migrated template database; skips without one."""
    from tests.postgres_support import make_template, server_or_skip

    found = server_or_skip()
    make_template(found)
    return found


@pytest.fixture
def server_database(postgres_server):  # type: ignore[no-untyped-def]
    """A new migrated server dossier of its own: (location, superuser password)."""
    from tests.postgres_support import new_database

    yield from new_database(postgres_server)
