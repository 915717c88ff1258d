"""Server dossiers for the tests: a real PostgreSQL server named by NCM_TEST_POSTGRES_URL.

The URL is a superuser's on a throwaway cluster (``tests/tools/postgres_server.py``;
``.ci/run`` starts one).  Without it the server tests skip, saying why; with
``NCM_REQUIRE_POSTGRES=1`` (CI) they fail instead, so that CI cannot pass without them.
Each test gets its own database, copied from a migrated template made once per session.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

URL_VARIABLE = "NCM_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "NCM_REQUIRE_POSTGRES"
TEMPLATE = "ncm_test_template"


@dataclass(frozen=True)
class TestServer:
    """A superuser's location and password on the test cluster."""

    url: str

    @property
    def admin(self):  # type: ignore[no-untyped-def]
        from ncm_desktop.storage.server_location import parse

        return parse(self.url)

    def execute(self, statement: str, database: str = "postgres") -> None:
        from ncm_desktop.storage import server

        location, password = self.admin
        connection = server.connect(location.with_database(database), password)
        try:
            connection.execute(statement)  # type: ignore[arg-type]
        finally:
            connection.close()

    def create_user(self, name: str, password: str) -> None:
        self.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                     f"'{name}') THEN CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'; "
                     f"END IF; END $$")


def server_or_skip() -> TestServer:
    url = os.environ.get(URL_VARIABLE, "").strip()
    if not url:
        reason = (f"no PostgreSQL server for the tests: set {URL_VARIABLE} "
                  "(tests/tools/postgres_server.py starts one)")
        if os.environ.get(REQUIRE_VARIABLE) == "1":
            pytest.fail(f"{REQUIRE_VARIABLE}=1 but {reason}")
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError as error:  # pragma: no cover - a dependency of the package
        pytest.fail(f"psycopg is missing: {error}")
    return TestServer(url)


def make_template(test_server: TestServer) -> None:
    from ncm_desktop.storage import server

    test_server.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")
    test_server.execute(f"CREATE DATABASE {TEMPLATE}")
    location, password = test_server.admin
    server.init_schema(location.with_database(TEMPLATE), password)


def new_database(test_server: TestServer) -> Iterator[tuple[object, str | None]]:
    """A fresh migrated database (a copy of the template, given its own group roles):
    its location and password."""
    name = f"ncm_{uuid.uuid4().hex[:12]}"
    test_server.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    location, password = test_server.admin
    location = location.with_database(name)
    from ncm_desktop.storage import server

    server.init_schema(location, password)  # at head already: only this database's roles
    try:
        yield location, password
    finally:
        test_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
