"""The catalog loader: malformed files are refused with the file and the entry named,
translations overlay the English text without touching the structure."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ncm_desktop.catalog import CatalogError
from ncm_desktop.catalog.loader import (
    SECTION_LISTS,
    TRANSLATABLE_FIELDS,
    available_languages,
    derive_kind,
    load_catalog_from,
    translation_keys,
)
from ncm_desktop.catalog.model import Priority, ProvisionKind, TranslationStatus

SOURCE = Path(__file__).resolve().parent.parent / "resources/catalog/mosaic-03.40/catalog.json"

Data = dict[str, Any]


@cache
def _source_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture
def source() -> Data:
    """A fresh copy of the real English catalog, to break one entry of."""
    return copy.deepcopy(json.loads(_source_text()))


def entry(data: Data, list_name: str, item_id: str) -> Data:
    return next(item for item in data[list_name] if item["id"] == item_id)


def write(folder: Path, data: Data, name: str = "catalog.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def refused(folder: Path, language: str = "en") -> str:
    with pytest.raises(CatalogError) as error:
        load_catalog_from(folder, language)
    return str(error.value)


# -- the English source --------------------------------------------------------------------


def test_the_real_catalog_loads(tmp_path: Path, source: Data) -> None:
    write(tmp_path, source)
    catalog = load_catalog_from(tmp_path)
    assert catalog.standard == "MOSAIC 03.40"
    assert len(catalog.provisions) == len(source["provisions"])


def _drop_function_text(data: Data) -> None:
    del entry(data, "functions", "7.3.2.a")["text"]


def _unknown_priority(data: Data) -> None:
    entry(data, "functions", "7.3.3.b")["priority"] = "urgent"


def _duplicate_category(data: Data) -> None:
    data["categories"].append(dict(data["categories"][0]))


def _unknown_entity_category(data: Data) -> None:
    entry(data, "functional_areas", "table1.collection")["entity_kinds"][2]["category"] = "7.4.2.zz"


def _no_verbal_form(data: Data) -> None:
    del entry(data, "provisions", "5.2.a")["lead_in"]


def _contradicting_kind(data: Data) -> None:
    entry(data, "provisions", "9.p1")["kind"] = "shall"


def _unknown_clause(data: Data) -> None:
    entry(data, "provisions", "10.p1")["clause"] = "12"


def _unknown_instrument(data: Data) -> None:
    entry(data, "provisions", "6.3.3")["applies_if_instrument"] = "4.9"


def _category_of_unknown_clause(data: Data) -> None:
    entry(data, "categories", "7.4.4")["clause"] = "7.4.9"


def _unknown_office(data: Data) -> None:
    entry(data, "instruments", "4.4")["notify_office"] = "unoda_geneva"


def _empty_monitoring_item(data: Data) -> None:
    entry(data, "monitoring_areas", "7.3.2.a.5")["items"][1] = ""


def _not_a_boolean(data: Data) -> None:
    entry(data, "clauses", "7.1")["normative"] = "yes"


@pytest.mark.parametrize(
    ("breaker", "fragments"),
    [
        (_drop_function_text, ["functions entry '7.3.2.a'", "'text' must be a non-empty text"]),
        (_unknown_priority, ["functions entry '7.3.3.b'", "'urgent'", "high, medium, lower"]),
        (_duplicate_category, ["categories[26]", "duplicate id '7.4.2.a'"]),
        (_unknown_entity_category,
         ["functional_areas entry 'table1.collection'", "entity_kinds[2]", "'7.4.2.zz'"]),
        (_no_verbal_form, ["provisions entry '5.2.a'", "no 'shall', 'should', 'may' or 'can'"]),
        (_contradicting_kind, ["provisions entry '9.p1'", "'shall' contradicts", "(can)"]),
        (_unknown_clause, ["provisions entry '10.p1'", "'clause'", "'12'"]),
        (_unknown_instrument, ["provisions entry '6.3.3'", "unknown instrument '4.9'"]),
        (_category_of_unknown_clause, ["categories entry '7.4.4'", "'7.4.9'"]),
        (_unknown_office, ["instruments entry '4.4'", "'unoda_geneva'"]),
        (_empty_monitoring_item, ["monitoring_areas entry '7.3.2.a.5'", "'items'"]),
        (_not_a_boolean, ["clauses entry '7.1'", "'normative' must be true or false"]),
    ],
)
def test_a_broken_entry_is_refused_by_name(
    tmp_path: Path, source: Data, breaker: Callable[[Data], None], fragments: list[str]
) -> None:
    breaker(source)
    path = write(tmp_path, source)
    message = refused(tmp_path)
    assert message.startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in message


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"format": 1, "clauses": [', "not valid UTF-8 JSON"),
        ("[1, 2]", "the top level must be an object"),
        ('{"format": 2}', "format 2 is not the supported 1"),
    ],
)
def test_an_unreadable_file_is_refused_by_name(
    tmp_path: Path, content: str, fragment: str
) -> None:
    path = tmp_path / "catalog.json"
    path.write_text(content, encoding="utf-8")
    message = refused(tmp_path)
    assert message.startswith(f"{path}: ") and fragment in message


def test_a_missing_section_is_refused(tmp_path: Path, source: Data) -> None:
    del source["offices"]
    path = write(tmp_path, source)
    assert refused(tmp_path) == f"{path}: 'offices' must be a non-empty list"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert "the catalog file is missing" in refused(tmp_path)


# -- translations --------------------------------------------------------------------------


def translation(entries: Data, **extra: Any) -> Data:
    return {"format": 1, "entries": entries, **extra}


@pytest.mark.parametrize(
    ("entries", "fragments"),
    [
        ({"function:9.9.z": {"text": "x"}}, ["entry 'function:9.9.z' is not in the source"]),
        ({"monitoring_area:7.3.2.a.1": {"items": ["Stocks"]}},
         ["entry 'monitoring_area:7.3.2.a.1'", "'items' must be a list of 2"]),
        ({"functional_area:table1.destruction": {"entity_kinds": ["Intérieur", "Défense", "X"]}},
         ["entry 'functional_area:table1.destruction'", "'entity_kinds' must be a list of 2"]),
        ({"function:7.3.2.a": {"priority": "low"}},
         ["entry 'function:7.3.2.a'", "'priority' is not translatable"]),
        ({"provision:5.1.p1": {"text": "  "}},
         ["entry 'provision:5.1.p1'", "'text' must be a non-empty text"]),
        ({"category:7.4.3": "Société civile"}, ["entry 'category:7.4.3' must be an object"]),
    ],
)
def test_a_broken_translation_is_refused_by_name(
    tmp_path: Path, source: Data, entries: Data, fragments: list[str]
) -> None:
    write(tmp_path, source)
    path = write(tmp_path, translation(entries), "fr.json")
    message = refused(tmp_path, "fr")
    assert message.startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in message


def test_an_unknown_translation_status_is_refused(tmp_path: Path, source: Data) -> None:
    write(tmp_path, source)
    entries = {"category:7.4.3": {"name": "Société civile"}}
    write(tmp_path, translation(entries, status={"category:7.4.3": "approved"}), "fr.json")
    message = refused(tmp_path, "fr")
    assert "category:7.4.3" in message and "'approved'" in message


def test_a_translation_replaces_text_and_keeps_structure(tmp_path: Path, source: Data) -> None:
    write(tmp_path, source)
    entries = {
        "standard:title": {"title": "Mécanismes nationaux de coordination"},
        "function:7.3.2.a": {"short": "Suivre l'impact des armes légères",
                             "text": "Suivre en continu l'impact des armes légères."},
        "provision:5.2.a": {"lead_in": "L'Autorité nationale devrait",
                            "text": "coordonner toutes les institutions publiques.",
                            "next_step": "Indiquer les institutions coordonnées."},
        "monitoring_area:7.3.2.a.1": {"items": ["Gestion des stocks", "Vols et pertes"]},
        "functional_area:table1.destruction": {"entity_kinds": ["Intérieur", "Défense"]},
        "category:7.4.3": {"name": "Société civile"},
    }
    write(tmp_path, translation(entries, default_status="machine",
                                status={"function:7.3.2.a": "reviewed"}), "fr.json")
    english = load_catalog_from(tmp_path)
    french = load_catalog_from(tmp_path, "fr")

    assert french.language == "fr"
    assert french.title == "Mécanismes nationaux de coordination"
    assert french.function("7.3.2.a").text == "Suivre en continu l'impact des armes légères."
    assert french.function("7.3.2.a").priority is Priority.HIGH
    provision = french.provision("5.2.a")
    assert provision.full_text == (
        "L'Autorité nationale devrait coordonner toutes les institutions publiques.")
    assert provision.kind is ProvisionKind.SHOULD  # derived from the English source
    assert french.monitoring_area("7.3.2.a.1").items == ("Gestion des stocks", "Vols et pertes")
    kinds = french.functional_area("table1.destruction").entity_kinds
    assert [(k.name, k.category) for k in kinds] == [("Intérieur", "7.4.2.h"),
                                                    ("Défense", "7.4.2.b")]
    civil = french.category("7.4.3")
    assert civil.name == "Société civile"
    assert civil.examples == english.category("7.4.3").examples  # not translated: English
    assert french.function("7.3.2.b") == english.function("7.3.2.b")
    assert [p.id for p in french.provisions] == [p.id for p in english.provisions]

    assert french.translation_status["function:7.3.2.a"] is TranslationStatus.REVIEWED
    assert french.translation_status["provision:5.2.a"] is TranslationStatus.MACHINE
    assert set(french.translation_status) == set(entries)
    assert english.translation_status["function:7.3.2.b"] is TranslationStatus.SOURCE
    assert available_languages(tmp_path) == ("en", "fr")


def test_a_language_without_a_file_falls_back_to_english(tmp_path: Path, source: Data) -> None:
    write(tmp_path, source)
    english = load_catalog_from(tmp_path)
    spanish = load_catalog_from(tmp_path, "es")
    assert spanish.language == "es"
    assert spanish.provisions == english.provisions
    assert spanish.translation_status == {}
    assert available_languages(tmp_path) == ("en",)


def test_translation_keys_cover_every_translatable_field(tmp_path: Path, source: Data) -> None:
    write(tmp_path, source)
    keys = translation_keys(tmp_path)
    assert len(keys) == 1 + sum(len(source[name]) for name in SECTION_LISTS.values())
    for key, fields in keys.items():
        assert tuple(fields) == TRANSLATABLE_FIELDS[key.split(":", 1)[0]], key
    assert keys["provision:5.1.p1"]["lead_in"] == ""
    assert keys["category:7.4.2.a"]["examples"] == []
    assert keys["functional_area:table1.destruction"]["entity_kinds"] == [
        "Interior / Internal Affairs / Police", "Defense"]


# -- derive_kind ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("States shall designate a government entity.", ProvisionKind.SHALL),
        ("It should be, or should be located within, an agency.", ProvisionKind.SHOULD),
        ("Such an agency may be known as the National Authority.", ProvisionKind.MAY),
        ("Responsibility can be allocated as in Table 1.", ProvisionKind.CAN),
        ("They shall share information, and should meet; they may also write.",
         ProvisionKind.SHALL),
        ("The body should assume the roles, and may act as a conduit.", ProvisionKind.SHOULD),
        ("It MAY or CAN happen.", ProvisionKind.MAY),
        ("This cannot be done.", None),
        ("Canada, Mayotte and the shallow seas.", None),
        ("", None),
    ],
)
def test_derive_kind(text: str, kind: ProvisionKind | None) -> None:
    assert derive_kind(text) is kind
