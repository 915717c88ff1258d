"""The hand-outs the program prints, light enough to import at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Reports"

#: File formats by extension; a hand-out is PDF unless its kind offers an editable copy.
PDF, DOCX, XLSX = "pdf", "docx", "xlsx"


class MeetingUse(Enum):
    """Whether a hand-out is about one meeting of the dossier."""

    NONE = "none"
    OPTIONAL = "optional"  # the attendance sheet: a meeting's invitees, or every member
    REQUIRED = "required"  # the minutes


@dataclass(frozen=True, slots=True)
class Kind:
    key: str  # the KIND of ``ncm-desktop export KIND``
    title: str  # source text in the "Reports" context
    subject: str  # source text in the "Reports" context, for the PDF's metadata
    module: str  # the module whose ``build`` draws it
    public_variant: bool = False  # whether ``--public`` applies
    draft: bool = False  # whether its pages carry the DRAFT mark
    formats: tuple[str, ...] = (PDF,)  # the first is the default
    landscape: bool = False
    meeting: MeetingUse = MeetingUse.NONE


KINDS: tuple[Kind, ...] = (
    Kind("roster", QT_TRANSLATE_NOOP("Reports", "Membership roster"),
         QT_TRANSLATE_NOOP("Reports", "Members of the national coordinating mechanism, "
                                      "grouped by the categories of MOSAIC 03.40, 7.4"),
         "ncm_desktop.reports.roster", public_variant=True),
    Kind("attendance", QT_TRANSLATE_NOOP("Reports", "Attendance sheet"),
         QT_TRANSLATE_NOOP("Reports", "Attendance sheet for a meeting of the national "
                                      "coordinating mechanism"),
         "ncm_desktop.reports.attendance", meeting=MeetingUse.OPTIONAL),
    Kind("minutes", QT_TRANSLATE_NOOP("Reports", "Minutes of a meeting"),
         QT_TRANSLATE_NOOP("Reports", "Minutes of a meeting of the national coordinating "
                                      "mechanism: attendance, decisions and follow-up actions"),
         "ncm_desktop.reports.minutes", meeting=MeetingUse.REQUIRED),
    Kind("readiness", QT_TRANSLATE_NOOP("Reports", "Readiness report"),
         QT_TRANSLATE_NOOP("Reports", "Readiness of the national coordinating mechanism "
                                      "against MOSAIC 03.40: score, gaps and next steps"),
         "ncm_desktop.reports.readiness"),
    Kind("action-plan", QT_TRANSLATE_NOOP("Reports", "National Action Plan"),
         QT_TRANSLATE_NOOP("Reports", "National Action Plan on small arms and light weapons: "
                                      "objectives, activities, costs and timeline"),
         "ncm_desktop.reports.action_plan", formats=(PDF, DOCX, XLSX), landscape=True),
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


def output_format(path: str | PurePath) -> str:
    """The format a target's extension asks for: ``docx``, ``xlsx``, else PDF."""
    suffix = PurePath(path).suffix.lower().lstrip(".")
    return suffix if suffix in (DOCX, XLSX) else PDF
