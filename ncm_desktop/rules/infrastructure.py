"""Totals of the estimated costs of clause 8, kept apart by currency (never converted)."""

from __future__ import annotations

from collections import defaultdict

from ncm_desktop.storage.dossier_data import Snapshot


def totals_by_currency(snapshot: Snapshot) -> dict[str, int]:
    """The sum of estimated costs in each currency used, currencies in alphabetical order."""
    totals: dict[str, int] = defaultdict(int)
    for entry in snapshot.resources.values():
        if entry.estimated_cost is not None:
            totals[entry.currency] += entry.estimated_cost
    return dict(sorted(totals.items()))
