"""The corpus of real commission compositions (tests/data/member_lists/corpus.json) and how
well the category guess maps it: shared by the test and the benchmark script."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ncm_desktop.rules.category_guess import CategoryGuess, guess_category

CORPUS = Path(__file__).parent / "data" / "member_lists" / "corpus.json"


@dataclass(frozen=True)
class Result:
    country: str
    language: str
    name: str
    accepted: tuple[str, ...]
    reason: str
    guess: CategoryGuess | None
    #: Added from the country's official structures, not named in the sources.
    reconstructed: bool = False

    @property
    def hit(self) -> bool:
        return self.guess is not None and self.guess.category_id in self.accepted


def compositions() -> list[dict]:
    return json.loads(CORPUS.read_text(encoding="utf-8"))["compositions"]


def results() -> list[Result]:
    return [
        Result(composition["country"], institution.get("language", composition["language"]),
               institution["name"], tuple(institution["accept"]), institution["reason"],
               guess_category(institution["name"]), institution.get("reconstructed", False))
        for composition in compositions() for institution in composition["institutions"]
    ]


def score(rows: list[Result]) -> float:
    return sum(row.hit for row in rows) / len(rows) if rows else 0.0


def by(rows: list[Result], key: str) -> dict[str, list[Result]]:
    groups: dict[str, list[Result]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return dict(groups)
