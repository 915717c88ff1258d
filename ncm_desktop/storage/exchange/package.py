"""The package file that carries a dossier to another laptop (``.ncmx``).

A zip with two entries:

- ``manifest.json``: format and version, the schema revision, the source dossier (id,
  name, machine), when it was written, the payload's size and SHA-256, how it is
  protected, and when the source last exchanged with each of its peers;
- ``payload.bin``: every travelling table's rows as JSON, compressed, and encrypted
  when a passphrase is given (AES-256-GCM, key from scrypt).

Reading checks, in order: that the file is a zip (else *not a package*), that its
central directory is whole (else *truncated*), the format and versions (a newer
format or schema is refused), the payload's size and checksum (else *tampered*), the
passphrase, and finally that every table and column is one this program knows.  The
checksum covers the stored bytes, so damage is found before any passphrase is asked.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import platform
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ncm_desktop import __version__
from ncm_desktop.storage.atomic import atomic_write
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import PackageError
from ncm_desktop.storage.exchange.rows import Row, read_rows, travelling_tables
from ncm_desktop.storage.models import DossierIdentity, ExchangePeer, Mechanism
from ncm_desktop.storage.schema import HEAD_REVISION, REVISIONS
from ncm_desktop.storage.types import utc_now

FORMAT = "ncm-desktop-exchange"
FORMAT_VERSION = 1
SUFFIX = ".ncmx"
MANIFEST = "manifest.json"
PAYLOAD = "payload.bin"
_ZIP_MAGIC = b"PK\x03\x04"

#: scrypt cost: about 0.1 s and 32 MiB on an old laptop; the largest cost accepted when
#: reading, so that a crafted package cannot exhaust the machine.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_SCRYPT_MAX_N = 2**20

Reason = PackageError.Reason


@dataclass(frozen=True)
class Manifest:
    package_id: uuid.UUID
    schema_revision: str
    dossier_id: uuid.UUID
    dossier_name: str
    machine: str
    program_version: str
    created_at: datetime
    encrypted: bool
    #: When the source dossier last exchanged with each of its peers (by dossier id).
    peers: dict[uuid.UUID, datetime] = field(default_factory=dict)
    #: Rows per table in the payload.
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Package:
    path: Path
    manifest: Manifest
    #: Rows of each table, as JSON values (see :mod:`.rows`).
    tables: dict[str, list[Row]]


def export_package(dossier: Dossier, target: Path, passphrase: str | None = None) -> Manifest:
    """Write every travelling table of ``dossier`` to a package at ``target``.

    The rows are read in one transaction (a consistent snapshot) and the file is
    written atomically: an interrupted export leaves no partial package.
    """
    target = Path(target)
    with dossier.session() as session, session.begin():
        identity = dossier_id(session)
        tables = {table.name: read_rows(session, table) for table in travelling_tables()}
        peers = {str(peer.peer_dossier_id): peer.last_exchange_at.isoformat()
                 for peer in session.scalars(select(ExchangePeer))}
        mechanism = session.scalars(select(Mechanism)).first()
    name = (mechanism.name or mechanism.state_name) if mechanism else ""
    payload = zlib.compress(json.dumps(
        {"tables": {n: _columnar(rows) for n, rows in tables.items()}},
        ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    package_id = uuid.uuid4()
    protection: dict[str, Any] | None = None
    if passphrase:
        payload, protection = _encrypt(payload, passphrase, package_id)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": HEAD_REVISION,
        "package_id": str(package_id),
        "source": {"dossier_id": str(identity), "dossier_name": name or dossier.location.stem,
                   "machine": platform.node(), "program_version": __version__},
        "created_at": utc_now().isoformat(),
        "payload": {"name": PAYLOAD, "size": len(payload),
                    "sha256": hashlib.sha256(payload).hexdigest(),
                    "protection": protection},
        "peers": peers,
        "counts": {n: len(rows) for n, rows in tables.items()},
    }
    with atomic_write(target) as stream, zipfile.ZipFile(stream, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2),
                         compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(PAYLOAD, payload, compress_type=zipfile.ZIP_STORED)
    return _manifest(target, manifest)


def read_manifest(path: Path) -> Manifest:
    """The manifest of the package at ``path``, checked; the payload is not read."""
    with _open(path) as archive:
        return _manifest(path, _manifest_data(path, archive))


def read_package(path: Path, passphrase: str | None = None) -> Package:
    """The package at ``path``, every check passed; raises :class:`PackageError`."""
    path = Path(path)
    with _open(path) as archive:
        data = _manifest_data(path, archive)
        manifest = _manifest(path, data)
        described = data["payload"]
        try:
            payload = archive.read(PAYLOAD)
        except zipfile.BadZipFile as error:  # a CRC mismatch: changed after writing
            raise PackageError(path, Reason.TAMPERED, str(error)) from error
        except (OSError, EOFError, zlib.error) as error:
            raise PackageError(path, Reason.TRUNCATED, str(error)) from error
    if len(payload) != described.get("size"):
        raise PackageError(path, Reason.TRUNCATED, "payload size")
    if hashlib.sha256(payload).hexdigest() != described.get("sha256"):
        raise PackageError(path, Reason.TAMPERED, "payload checksum")
    protection = described.get("protection")
    if protection:
        if not passphrase:
            raise PackageError(path, Reason.PASSPHRASE_REQUIRED)
        payload = _decrypt(path, payload, passphrase, protection, manifest.package_id)
    try:
        content = json.loads(zlib.decompress(payload).decode("utf-8"))
        tables = {name: _rows(table) for name, table in content["tables"].items()}
    except (zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError,
            AttributeError) as error:
        raise PackageError(path, Reason.MALFORMED, str(error)) from error
    _check_tables(path, tables)
    return Package(path, manifest, tables)


def read_passphrase_file(path: Path) -> str:
    """The passphrase in the first line of ``path`` (its line ending left out)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return text.splitlines()[0] if text else ""


def dossier_id(session: Any) -> uuid.UUID:
    """The id of this dossier file, which packages name as their source."""
    identity = session.scalars(select(DossierIdentity.id)).first()
    if identity is None:  # a dossier whose identity row was lost: give it a new one
        identity = uuid.uuid4()
        session.add(DossierIdentity(id=identity))
    return identity



# -- internals -----------------------------------------------------------------------


def _columnar(rows: list[Row]) -> dict[str, Any]:
    columns = list(rows[0]) if rows else []
    return {"columns": columns, "rows": [[row[c] for c in columns] for row in rows]}


def _rows(table: dict[str, Any]) -> list[Row]:
    columns = table["columns"]
    if not all(isinstance(c, str) for c in columns):
        raise ValueError("column names")
    rows = []
    for values in table["rows"]:
        if len(values) != len(columns):
            raise ValueError("row width")
        rows.append(dict(zip(columns, values, strict=True)))
    return rows


def _open(path: Path) -> zipfile.ZipFile:
    path = Path(path)
    with path.open("rb") as handle:  # FileNotFoundError and the like are OSErrors
        start = handle.read(len(_ZIP_MAGIC))
    if start != _ZIP_MAGIC:
        raise PackageError(path, Reason.NOT_A_PACKAGE)
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise PackageError(path, Reason.TRUNCATED, str(error)) from error


def _manifest_data(path: Path, archive: zipfile.ZipFile) -> dict[str, Any]:
    names = set(archive.namelist())
    if MANIFEST not in names or PAYLOAD not in names:
        raise PackageError(path, Reason.NOT_A_PACKAGE, "no manifest or payload")
    try:
        data = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except zipfile.BadZipFile as error:
        raise PackageError(path, Reason.TAMPERED, str(error)) from error
    except (OSError, EOFError, zlib.error) as error:
        raise PackageError(path, Reason.TRUNCATED, str(error)) from error
    except (UnicodeDecodeError, ValueError) as error:
        raise PackageError(path, Reason.NOT_A_PACKAGE, str(error)) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackageError(path, Reason.NOT_A_PACKAGE, "format")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise PackageError(path, Reason.MALFORMED, "format version")
    if version > FORMAT_VERSION:
        raise PackageError(path, Reason.NEWER_FORMAT, str(version))
    if data.get("schema_revision") not in REVISIONS:
        raise PackageError(path, Reason.NEWER_SCHEMA, str(data.get("schema_revision")))
    return data


def _manifest(path: Path, data: dict[str, Any]) -> Manifest:
    try:
        source = data["source"]
        return Manifest(
            package_id=uuid.UUID(data["package_id"]),
            schema_revision=data["schema_revision"],
            dossier_id=uuid.UUID(source["dossier_id"]),
            dossier_name=str(source.get("dossier_name", "")),
            machine=str(source.get("machine", "")),
            program_version=str(source.get("program_version", "")),
            created_at=_aware(data["created_at"]),
            encrypted=bool(data["payload"].get("protection")),
            peers={uuid.UUID(k): _aware(v) for k, v in data.get("peers", {}).items()},
            counts={str(k): int(v) for k, v in data.get("counts", {}).items()},
        )
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise PackageError(path, Reason.MALFORMED, f"manifest: {error}") from error


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError("a time without its UTC offset")
    return value


def _check_tables(path: Path, tables: dict[str, list[Row]]) -> None:
    """Every table and column must be one of this program's (an older schema may lack
    some); a package from a newer schema was refused before."""
    known = {table.name: table for table in travelling_tables()}
    for name, rows in tables.items():
        table = known.get(name)
        if table is None:
            raise PackageError(path, Reason.MALFORMED, f"unknown table {name!r}")
        columns = set(table.c.keys())
        for column in table.primary_key.columns:
            if rows and column.name not in rows[0]:
                raise PackageError(path, Reason.MALFORMED, f"{name}: no primary key")
        for row in rows[:1]:
            unknown = set(row) - columns
            if unknown:
                raise PackageError(path, Reason.MALFORMED, f"{name}: {sorted(unknown)}")


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import unicodedata

    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _associated_data(package_id: uuid.UUID) -> bytes:
    """Binds the encrypted payload to its manifest's package id."""
    return f"{FORMAT}/{FORMAT_VERSION}/{package_id}".encode("ascii")


def _encrypt(payload: bytes, passphrase: str,
             package_id: uuid.UUID) -> tuple[bytes, dict[str, Any]]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    encrypted = AESGCM(key).encrypt(nonce, payload, _associated_data(package_id))
    return encrypted, {
        "cipher": "AES-256-GCM", "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R,
        "p": SCRYPT_P, "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }


def _decrypt(path: Path, payload: bytes, passphrase: str, protection: dict[str, Any],
             package_id: uuid.UUID) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        if protection["cipher"] != "AES-256-GCM" or protection["kdf"] != "scrypt":
            raise ValueError("protection")
        n, r, p = int(protection["n"]), int(protection["r"]), int(protection["p"])
        if not (2 <= n <= _SCRYPT_MAX_N and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("scrypt cost")
        salt = base64.b64decode(protection["salt"])
        nonce = base64.b64decode(protection["nonce"])
        key = _key(passphrase, salt, n, r, p)
    except (KeyError, ValueError, TypeError) as error:
        raise PackageError(path, Reason.MALFORMED, f"protection: {error}") from error
    try:
        return AESGCM(key).decrypt(nonce, payload, _associated_data(package_id))
    except InvalidTag as error:
        raise PackageError(path, Reason.WRONG_PASSPHRASE) from error
