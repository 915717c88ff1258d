"""The hand-outs the program prints, light enough to import at start-up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Reports"


@dataclass(frozen=True, slots=True)
class Kind:
    key: str  # the KIND of ``ncm-desktop export KIND``
    title: str  # source text in the "Reports" context
    subject: str  # source text in the "Reports" context, for the PDF's metadata
    module: str  # the module whose ``build`` draws it
    public_variant: bool = False  # whether ``--public`` applies
    draft: bool = False  # whether its pages carry the DRAFT mark


KINDS: tuple[Kind, ...] = (
    Kind("roster", QT_TRANSLATE_NOOP("Reports", "Membership roster"),
         QT_TRANSLATE_NOOP("Reports", "Members of the national coordinating mechanism, "
                                      "grouped by the categories of MOSAIC 03.40, 7.4"),
         "ncm_desktop.reports.roster", public_variant=True),
    Kind("attendance", QT_TRANSLATE_NOOP("Reports", "Attendance sheet"),
         QT_TRANSLATE_NOOP("Reports", "Attendance sheet for a meeting of the national "
                                      "coordinating mechanism"),
         "ncm_desktop.reports.attendance"),
    Kind("letters", QT_TRANSLATE_NOOP("Reports", "Point of Contact notification letters"),
         QT_TRANSLATE_NOOP("Reports", "Notification of the National Points of Contact "
                                      "(MOSAIC 03.40, 6.3)"),
         "ncm_desktop.reports.letters"),
    Kind("poa-section1", QT_TRANSLATE_NOOP("Reports", "PoA national report, section 1"),
         QT_TRANSLATE_NOOP("Reports", "National coordination section of the national report "
                                      "on the UN Programme of Action, pre-filled"),
         "ncm_desktop.reports.poa_section1", draft=True),
)

KEYS = tuple(kind.key for kind in KINDS)


def kind(key: str) -> Kind:
    for candidate in KINDS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
