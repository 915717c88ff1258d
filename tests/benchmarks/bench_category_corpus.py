"""How many institutions of real commission compositions get a 7.4 category an expert accepts.

Prints the share overall, per country and per language, how sure the guesses were, and
every miss.  Run: .venv/bin/python tests/benchmarks/bench_category_corpus.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from category_corpus import Result, by, compositions, results, score  # noqa: E402


def _line(label: str, rows: list[Result]) -> str:
    hits = sum(row.hit for row in rows)
    return f"  {label:<28} {hits:>4}/{len(rows):<4} {100 * score(rows):6.1f} %"


def main() -> None:
    rows = results()
    real = [row for row in rows if not row.country.startswith("(")]
    print(f"corpus: {len(compositions())} compositions, {len(rows)} institutions")
    print(_line("overall", rows))
    print(_line("real compositions only", real))
    print(_line("named in the sources only", [row for row in real if not row.reconstructed]))
    print("per country:")
    for country, group in sorted(by(rows, "country").items()):
        print(_line(country, group))
    print("per language:")
    for language, group in sorted(by(rows, "language").items()):
        print(_line(language, group))
    # getattr: the same script measures the guess of before sureness existed (baseline).
    sure = [row for row in rows if row.guess is not None and getattr(row.guess, "sure", True)]
    unsure = [row for row in rows if row not in sure]
    print("sureness:")
    print(_line("sure guesses", sure))
    print(_line("unsure or no guess", unsure))
    misses = [row for row in rows if not row.hit]
    print(f"misses ({len(misses)}):")
    for row in misses:
        guessed = row.guess.category_id if row.guess else "none"
        print(f"  [{row.country} / {row.language}] {row.name}: guessed {guessed}, "
              f"accepted {', '.join(row.accepted)} ({row.reason})")


if __name__ == "__main__":
    main()
