"""The open dossier as the window sees it: fast reads at once, writes when asked.

Reads for the lists go through a plain sqlite3 connection (:mod:`storage.queries`),
available as soon as the file is recognised.  The SQLAlchemy side, which every write
needs, is opened on first use or shortly after the window is shown; pages never notice
which one they got.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ncm_desktop.storage import dossier_file
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.sqlite_module import sqlite3

if TYPE_CHECKING:
    from ncm_desktop.storage.database import Dossier
    from ncm_desktop.storage.snapshots import DeletedRows


class DossierContext(QObject):
    """Emits :attr:`changed` with the names of the tables a write touched."""

    changed = Signal(set)
    #: Emitted with a description when there is (or no longer is) a delete to undo.
    undo_changed = Signal(str)

    def __init__(self, path: Path, *, read_only: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.read_only = read_only
        info = dossier_file.inspect(self.path)
        self._dossier: Dossier | None = None
        self._undo: tuple[str, DeletedRows, tuple[str, ...]] | None = None
        if info.needs_upgrade and not read_only:
            self.writer()  # opening through SQLAlchemy runs the migration first
        self.reader: sqlite3.Connection = connect(self.path, read_only=read_only)

    def writer(self) -> Dossier:
        """The dossier opened through SQLAlchemy, for writes and rich reads."""
        if self._dossier is None:
            from ncm_desktop.storage.database import Dossier

            self._dossier = Dossier.open(self.path, read_only=self.read_only)
        return self._dossier

    def notify(self, *tables: str) -> None:
        """Tell every page that these tables changed, so that they reload."""
        self.changed.emit(set(tables))

    def remember_delete(self, description: str, deleted: DeletedRows) -> None:
        """Keep the last delete so that Edit > Undo can put it back."""
        tables = tuple(name for name, _ in deleted.tables)
        self._undo = (description, deleted, tables)
        self.undo_changed.emit(description)

    @property
    def undo_description(self) -> str:
        return self._undo[0] if self._undo else ""

    def undo_delete(self) -> None:
        if self._undo is None:
            return
        from ncm_desktop.storage import repository

        _, deleted, tables = self._undo
        repository.undo_delete(self.writer(), deleted)
        self._undo = None
        self.undo_changed.emit("")
        self.notify(*tables)

    def close(self) -> None:
        self.reader.close()
        if self._dossier is not None:
            self._dossier.close()
            self._dossier = None
