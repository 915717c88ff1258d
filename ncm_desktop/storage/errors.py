"""What can go wrong with a dossier, as exceptions the faces turn into translated messages.

Each error carries the facts a message needs (path, field, value); none carries
English prose meant for the user, since storage knows nothing of the user's language.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ncm_desktop.storage.lock_owner import LockOwner


class DossierError(Exception):
    """Base of every error about a dossier file."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class DossierNotFound(DossierError):
    """No file at that path."""


class NotADossier(DossierError):
    """The file exists but is not a dossier: empty, not SQLite, or another program's."""

    class Reason(StrEnum):
        EMPTY = "empty"
        NOT_SQLITE = "not_sqlite"
        FOREIGN = "foreign"

    def __init__(self, path: Path, reason: Reason, detail: str = "") -> None:
        super().__init__(path, detail or reason.value)
        self.reason = reason


class DossierTooNew(DossierError):
    """Written by a newer version of the program: refused and left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path, f"schema revision {revision!r} is newer than this program")
        self.revision = revision


class DossierDamaged(DossierError):
    """SQLite reports the file as corrupt."""


class FolderNotWritable(DossierError):
    """The dossier cannot be created or changed there (read-only folder or medium)."""


class DossierInUse(DossierError):
    """Another copy of the program, here or on another computer, has it open for writing.

    ``stale`` is true when that program is known to have stopped (same computer, its
    process is gone): the lock it left can be taken over safely.
    """

    def __init__(self, path: Path, owner: LockOwner, *, stale: bool) -> None:
        super().__init__(path, f"locked by {owner.describe()}{' (stale)' if stale else ''}")
        self.owner = owner
        self.stale = stale


class ReadOnlyUnavailable(DossierError):
    """The dossier cannot be read without writing beside it (its write-ahead log index is
    missing and its folder is read-only)."""


class MigrationFailed(DossierError):
    """Upgrading the schema failed; the file was put back exactly as it was."""

    def __init__(self, path: Path, detail: str, backup: Path | None = None) -> None:
        super().__init__(path, detail)
        self.backup = backup


class ServerError(DossierError):
    """Base of the errors about a server dossier; ``path`` is its URL (no password)."""


class ServerUnreachable(ServerError):
    """No PostgreSQL server answers at that address (or the network is down)."""


class ServerLoginFailed(ServerError):
    """The server refused the user name or password."""


class ServerNotADossier(ServerError):
    """The database exists but holds no dossier (``server init`` was not run)."""


class ServerNotEmpty(ServerError):
    """A dossier is already on the server: an upload would mix two dossiers."""


class ServerNeedsUpgrade(ServerError):
    """The server's schema is older than this program: ``server init`` upgrades it."""


class ServerPermissionDenied(ServerError):
    """The user may not do that on this server (a reader writing, an officer granting)."""


class ServerConnectionLost(ServerError):
    """The server went away during the work: the change under way was not applied."""


class RecordChangedElsewhere(Exception):
    """Someone else saved the record since it was read; nothing was written.

    ``table`` and ``record_id`` name it, so that the window can show both versions.
    """

    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(f"{table} {record_id} was changed by someone else")
        self.table = table
        self.record_id = record_id


class ValidationError(ValueError):
    """A value the user typed cannot be stored; ``code`` names the rule it breaks."""

    class Code(StrEnum):
        REQUIRED = "required"
        INVALID_EMAIL = "invalid_email"
        INVALID_PHONE = "invalid_phone"
        TOO_LONG = "too_long"
        INVALID_CHOICE = "invalid_choice"
        DATE_IN_FUTURE = "date_in_future"
        NEGATIVE = "negative"
        NOT_A_NUMBER = "not_a_number"
        OUT_OF_RANGE = "out_of_range"
        TOO_LARGE = "too_large"
        INVALID_CURRENCY = "invalid_currency"
        DUPLICATE = "duplicate"
        SECOND_LEAD = "second_lead"
        CATEGORY_HAS_MEMBERS = "category_has_members"
        EXTRA_VALUES = "extra_values"  # a row of a list has more values than headers
        DATE_ORDER = "date_order"  # an end before its start
        COST_AND_NO_COST = "cost_and_no_cost"

    def __init__(self, field: str, code: Code, value: object = None, limit: int = 0) -> None:
        super().__init__(f"{field}: {code.value} ({value!r})")
        self.field = field
        self.code = code
        self.value = value
        self.limit = limit


class OutputNotWritable(Exception):
    """A file the program exports (a PDF hand-out ...) cannot be written at ``path``."""

    class Reason(StrEnum):
        FOLDER_MISSING = "folder_missing"
        FOLDER_READ_ONLY = "folder_read_only"
        IS_A_FOLDER = "is_a_folder"
        WRITE_FAILED = "write_failed"  # full disk, removed medium ...: ``detail`` says

    def __init__(self, path: Path, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{path}: {reason.value}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.reason = reason
        self.detail = detail


class TableFileError(Exception):
    """A member list that cannot be read as a table (CSV or XLSX); nothing was imported."""

    class Reason(StrEnum):
        UNREADABLE = "unreadable"  # neither CSV nor XLSX, or a damaged workbook
        EMPTY = "empty"
        BROKEN_QUOTING = "broken_quoting"  # a quotation mark opened and never closed ...
        OLD_EXCEL = "old_excel"  # an .xls workbook from Excel 97-2003

    def __init__(self, path: Path, reason: Reason, line: int = 0, detail: str = "") -> None:
        super().__init__(f"{path}: {reason.value} (line {line}) {detail}".strip())
        self.path = path
        self.reason = reason
        self.line = line
        self.detail = detail


class PackageError(Exception):
    """An exchange package that cannot be merged; the dossier was left as it was."""

    class Reason(StrEnum):
        NOT_A_PACKAGE = "not_a_package"  # not a zip, or a zip of something else
        TRUNCATED = "truncated"  # cut short (a copy that did not finish)
        TAMPERED = "tampered"  # its contents do not match their checksum
        NEWER_FORMAT = "newer_format"
        NEWER_SCHEMA = "newer_schema"
        PASSPHRASE_REQUIRED = "passphrase_required"
        WRONG_PASSPHRASE = "wrong_passphrase"
        MALFORMED = "malformed"  # readable, but its tables do not fit this program's

    def __init__(self, path: Path, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{path}: {reason.value} {detail}".strip())
        self.path = path
        self.reason = reason
        self.detail = detail


class MeetingChoiceError(Exception):
    """A hand-out of one meeting (minutes, an attendance sheet) cannot tell which meeting.

    ``reference`` is what was given (an identifier or a date); ``count`` the number of
    meetings held on that date when there are several.
    """

    class Reason(StrEnum):
        MISSING = "missing"  # no meeting was named, and the hand-out needs one
        NOT_FOUND = "not_found"
        SEVERAL = "several"  # several meetings were held on that date

    def __init__(self, reference: str, reason: Reason, count: int = 0) -> None:
        super().__init__(f"{reference!r}: {reason.value}" + (f" ({count})" if count else ""))
        self.reference = reference
        self.reason = reason
        self.count = count


class FormatNotSupported(Exception):
    """A hand-out was asked for in a file format it is not made in (a roster as .xlsx)."""

    def __init__(self, path: Path, formats: tuple[str, ...]) -> None:
        super().__init__(f"{path}: only {', '.join(formats)}")
        self.path = path
        self.formats = formats
