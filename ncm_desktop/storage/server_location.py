"""A server dossier's address: a PostgreSQL URL, told apart from a file's path.

Standard library only: the window and the command line decide with it whether what the
user gave is a file or a server before anything heavy is imported.  The password never
belongs to a location: :func:`parse` takes it out of the URL (it is asked for, or read
by libpq from ``~/.pgpass`` or ``PGPASSFILE``), so a location can be shown, kept in
Open recent and written to the preferences as is.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True, slots=True)
class ServerLocation:
    """``postgresql://[user@]host[:port]/dbname``, without a password."""

    host: str
    database: str
    user: str = ""
    port: int | None = None

    @property
    def url(self) -> str:
        """The URL without the password, as shown and remembered."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return urlunsplit(("postgresql", f"{user}{host}{port}", f"/{quote(self.database)}",
                           "", ""))

    def __str__(self) -> str:
        return self.url

    def with_database(self, database: str) -> ServerLocation:
        return ServerLocation(self.host, database, self.user, self.port)


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a server dossier rather than a file."""
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def parse(text: str) -> tuple[ServerLocation, str | None]:
    """The location in ``text`` and the password it held, if any.

    Raises :class:`ValueError` for anything but ``postgresql://host/dbname`` (a host and
    a database are required; query options are refused, so that the program connects
    only where the user said, the way it says).
    """
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in SCHEMES:
        raise ValueError("not a postgresql:// URL")
    if parts.query or parts.fragment:
        raise ValueError("options in the URL are not supported")
    database = unquote(parts.path.lstrip("/"))
    if not parts.hostname or not database or "/" in database:
        raise ValueError("a server URL needs a host and a database: postgresql://host/dbname")
    try:
        port = parts.port
    except ValueError as error:
        raise ValueError(f"bad port: {error}") from error
    location = ServerLocation(host=parts.hostname, database=database,
                              user=unquote(parts.username or ""), port=port)
    password = unquote(parts.password) if parts.password is not None else None
    return location, password
