"""Findings put into words: a template for every code, parameters filled, names from the
catalog, numbers and dates formatted for the language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from setup_support import snapshot_of

from ncm_desktop.catalog import load_catalog
from ncm_desktop.i18n.findings import TEMPLATES, FindingsText, clause_label
from ncm_desktop.rules.findings import Code, Message, Ref
from ncm_desktop.rules.readiness import evaluate
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import DataAvailability, YesNoUnknown


def _english() -> FindingsText:
    return FindingsText(lambda context, text, *rest: text, load_catalog(), QLocale("en_GB"))


def test_every_code_has_a_template() -> None:
    assert set(TEMPLATES) == set(Code) - {Code.JOINED}


@pytest.mark.parametrize("dossier_fixture", ["dossier", "demo"])
def test_every_finding_renders_with_all_placeholders_filled(
        dossier_fixture: str, request: pytest.FixtureRequest) -> None:
    opened: Dossier = request.getfixturevalue(dossier_fixture)
    text = _english()
    for finding in evaluate(snapshot_of(opened), load_catalog()):
        rendered = text.message(finding.message)
        assert rendered and not any(f"%{n}" in rendered for n in range(1, 10)), rendered


def test_parameters_are_formatted() -> None:
    text = _english()
    message = Message(Code.NOTIFIED_STALE, (Ref("instrument", "4.5"), Ref("office", "unoda"),
                                            date(2021, 9, 20), 12))
    assert text.message(message) == (
        "Arms Trade Treaty: United Nations Office for Disarmament Affairs was last notified "
        "or confirmed on 20/09/2021, more than 12 months ago.")
    monitoring = Message(Code.MONITORING_BY_SEX, (Ref("monitoring_area", "7.3.2.a.2"),
                                                  DataAvailability.PARTIAL, YesNoUnknown.NO))
    assert text.message(monitoring) == (
        "Data on Civilian holdings: Partly available; disaggregated by sex: No.")
    listed = Message(Code.COMPOSITION_MISSING, ((Ref("category", "7.4.2.r"),
                                                 Ref("category", "7.4.4")),))
    assert text.message(listed) == (
        "Not yet represented: 7.4.2 r) Culture / heritage and 7.4.4 Industry (manufacturers, "
        "brokers and dealers).")


def test_numbers_follow_the_language() -> None:
    french = FindingsText(lambda context, text, *rest: text, load_catalog(), QLocale("fr_FR"))
    assert french.param(12500) == "12\u202f500"
    assert french.param(date(2021, 9, 20)) == "20/09/2021"


def test_clause_labels_as_printed_in_the_standard() -> None:
    assert clause_label("7.4.2.h") == "7.4.2 h)"
    assert clause_label("7.3.2.a.1") == "7.3.2 a) 1)"
    assert clause_label("6.1.p3") == "6.1 ¶3"
    assert clause_label("7.4.2.note") == "7.4.2 NOTE"
    assert clause_label("6.3.2") == "6.3.2"
