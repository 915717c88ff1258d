"""Gender balance of the representatives (7.4.1): measured from recorded sex, never guessed."""

from __future__ import annotations

from dataclasses import dataclass

from ncm_desktop.rules.findings import Status
from ncm_desktop.storage.dossier_data import Snapshot

#: Shares of women (among people whose sex is recorded) read as balance and as progress.
#: The standard asks to "strive to achieve gender balance" without a figure; 40 to 60 per
#: cent is the band commonly used for parity in public bodies.
BALANCED = (40, 60)
PROGRESSING = (25, 75)


@dataclass(frozen=True, slots=True)
class Share:
    """Women and men among a group of people; those with no sex recorded are kept apart."""

    women: int
    men: int
    not_recorded: int

    @property
    def recorded(self) -> int:
        return self.women + self.men

    @property
    def total(self) -> int:
        return self.recorded + self.not_recorded

    @property
    def percent_women(self) -> int | None:
        """Women as a whole per cent of those whose sex is recorded; None when nobody's is."""
        if not self.recorded:
            return None
        return round(100 * self.women / self.recorded)

    @property
    def status(self) -> Status:
        percent = self.percent_women
        if percent is None:
            return Status.NOT_MET
        if BALANCED[0] <= percent <= BALANCED[1]:
            return Status.MET
        if PROGRESSING[0] <= percent <= PROGRESSING[1]:
            return Status.PARTLY_MET
        return Status.NOT_MET


@dataclass(frozen=True, slots=True)
class GenderBalance:
    all: Share
    titular: Share


def gender_balance(snapshot: Snapshot) -> GenderBalance:
    counts = snapshot.gender
    return GenderBalance(
        all=Share(counts.women, counts.men, counts.not_recorded),
        titular=Share(counts.titular_women, counts.titular_men, counts.titular_not_recorded),
    )
