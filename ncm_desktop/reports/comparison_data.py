"""Read several dossiers, untouched, and line their States up: what every face of the
regional view (``ncm-desktop compare``, File > Compare dossiers…) starts from.

A dossier that cannot be read (newer, damaged, not a dossier) is set aside with its
error, and the others are still compared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ncm_desktop.catalog.loader import load_catalog
from ncm_desktop.catalog.model import Catalog
from ncm_desktop.rules.comparison import Comparison, StateResult, assess, compare
from ncm_desktop.storage.errors import DossierError
from ncm_desktop.storage.untouched_reading import DossierReading, read_untouched

#: ``progress(done, total)`` after each dossier; it may raise to stop.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Unread:
    """A dossier left out of the comparison, and why."""

    path: Path
    error: DossierError | OSError


@dataclass(frozen=True)
class RegionalView:
    comparison: Comparison
    #: The dossiers compared, in the order of ``comparison.states``.
    readings: tuple[DossierReading, ...]
    unread: tuple[Unread, ...]
    catalog: Catalog


def state_name(reading: DossierReading) -> str:
    """The State's name, else the mechanism's, else the file's."""
    mechanism = reading.snapshot.mechanism
    return mechanism.state_name.strip() or mechanism.name.strip() or reading.path.stem


def gather(paths: Sequence[Path], language: str, progress: Progress | None = None,
           today: date | None = None) -> RegionalView:
    """Read and judge every dossier of ``paths`` (the catalog in ``language``)."""
    catalog = load_catalog(language)
    readings: list[DossierReading] = []
    results: list[StateResult] = []
    unread: list[Unread] = []
    for done, path in enumerate(paths, start=1):
        try:
            reading = read_untouched(Path(path), today)
        except (DossierError, OSError) as error:
            unread.append(Unread(Path(path), error))
        else:
            readings.append(reading)
            results.append(assess(state_name(reading), reading.snapshot, reading.plan,
                                  catalog))
        if progress is not None:
            progress(done, len(paths))
    return RegionalView(compare(results), tuple(readings), tuple(unread), catalog)
