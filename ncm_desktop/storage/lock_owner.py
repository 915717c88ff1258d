"""Who holds a dossier open for writing, as its lock file records it.

Its own module so that :mod:`storage.errors` can name it without importing
:mod:`storage.lock`, which raises those errors.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class LockOwner:
    host: str
    pid: int
    user: str
    #: The process's start time as the operating system tells it; "" when unknown.
    started: str
    #: When the dossier was opened, ISO 8601 in UTC.
    opened_at: str
    program: str = ""

    def describe(self) -> str:
        return f"{self.user or '?'} on {self.host or '?'}, process {self.pid}"

    def same_process(self, other: LockOwner) -> bool:
        return (self.host, self.pid, self.started) == (other.host, other.pid, other.started)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> LockOwner:
        """Raises ValueError for anything but a lock written by this program."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        try:
            return cls(host=str(data["host"]), pid=int(data["pid"]), user=str(data["user"]),
                       started=str(data.get("started", "")),
                       opened_at=str(data.get("opened_at", "")),
                       program=str(data.get("program", "")))
        except (KeyError, TypeError) as error:
            raise ValueError(str(error)) from error
