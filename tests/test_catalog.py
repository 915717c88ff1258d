"""The MOSAIC 03.40 catalog against the text of the standard it was written from.

The expectations are parsed from the copy of the standard under
``resources/catalog/mosaic-03.40/source/``, not written out again here, so a changed word,
a missing list item or a renumbering in ``catalog.json`` makes these tests fail.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ncm_desktop.catalog import Catalog, load_catalog
from ncm_desktop.catalog.loader import derive_kind, load_catalog_from
from ncm_desktop.catalog.model import (
    CategoryGroup,
    Priority,
    Provision,
    ProvisionKind,
    TranslationStatus,
)

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "catalog" / "mosaic-03.40"
SEED = FOLDER / "source" / "mosaic-03.40-national-coordination-mechanisms.txt"

HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}) +([A-Z].*)$")
LETTERED = re.compile(r"^([a-z])\)\s+(.*)$")
NUMBERED = re.compile(r"^(\d+)\)\s+(.*)$")
BULLET = re.compile(r"^•\s+(.*)$")
LIST_ITEM = re.compile(r"^(?:[a-z]\)|\d+\)|•)\s+")
INFORMATIVE = re.compile(r"^(?:NOTE|EXAMPLE)\b")
NEW_BLOCK = re.compile(r"^(?:[a-z]\)|\d+\)|•|NOTE\b|EXAMPLE\b|Table \d)")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[“\"‘(]?[A-Z])")
QUOTES_AND_ELLIPSIS = re.compile(r"\[…\]|[“”\"‘’']")

#: Slips of the printed text that the catalog's provisions deliberately correct.
CORRECTIONS = {"may be know as": "may be known as"}
#: The notification clauses hold one provision each, identified by the clause itself.
NOTIFICATION_CLAUSES = {"6.3.2", "6.3.3"}
#: Regional instruments whose region 7.2 NOTE 1 names as bound to set up a mechanism.
NOTE_1_REGIONS = {
    "regional.ecowas": "Economic Community of West African States",
    "regional.nairobi": "Great Lakes Region and the Horn of Africa",
    "regional.sadc": "Southern African Development Community",
}


@dataclass
class Section:
    """One numbered clause of the seed: its heading, raw lines and re-joined paragraphs."""

    id: str
    title: str
    lines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)

    def lettered(self) -> dict[str, str]:
        return {m[1]: m[2] for p in self.paragraphs if (m := LETTERED.match(p))}


def parse_seed(text: str, document_title: str) -> dict[str, Section]:
    """The seed's clauses from the Introduction on, in the order of the document."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "Introduction")
    sections = {"intro": Section("intro", "Introduction")}
    current = sections["intro"]
    open_paragraph = False
    for raw in lines[start + 1:]:
        line = " ".join(raw.split())
        if not line:
            open_paragraph = False
            continue
        heading = HEADING.match(line)
        if heading:
            current = sections.setdefault(heading[1], Section(heading[1], heading[2]))
            open_paragraph = False
            continue
        current.lines.append(line)
        # A line indented by one space opens a page; after a full stop it opens a paragraph.
        new_page = (raw.startswith(" ") and bool(current.paragraphs)
                    and current.paragraphs[-1].endswith("."))
        if not open_paragraph or new_page or NEW_BLOCK.match(line):
            current.paragraphs.append(line)
        elif current.paragraphs[-1].endswith("-") and line[0].islower():
            current.paragraphs[-1] += line
        else:
            current.paragraphs[-1] += " " + line
        open_paragraph = True
    for section in sections.values():
        section.paragraphs = [p for p in section.paragraphs if p != document_title]
    return sections


def words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z]+", text.lower())


def item_words(text: str) -> list[str]:
    """Words of a list item without the list's closing 'and'."""
    found = words(text)
    return found[:-1] if found and found[-1] == "and" else found


def normalise(text: str) -> str:
    return " ".join(QUOTES_AND_ELLIPSIS.sub(" ", text).split()).lower()


def sentences(paragraph: str) -> list[str]:
    return SENTENCE_END.split(LIST_ITEM.sub("", paragraph))


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog_from(FOLDER)


@pytest.fixture(scope="module")
def seed(catalog: Catalog) -> dict[str, Section]:
    return parse_seed(SEED.read_text(encoding="utf-8"), catalog.title)


def from_clause(seed: dict[str, Section], first: str) -> list[Section]:
    ordered = list(seed.values())
    return ordered[[s.id for s in ordered].index(first):]


# -- clauses -------------------------------------------------------------------------------


def test_default_loader_reads_the_same_english_catalog(catalog: Catalog) -> None:
    default = load_catalog()
    assert default.language == "en"
    assert [p.id for p in default.provisions] == [p.id for p in catalog.provisions]
    assert set(default.translation_status.values()) == {TranslationStatus.SOURCE}


def test_clauses_are_the_seeds_clauses_in_order(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    assert [c.id for c in catalog.clauses] == list(seed)
    for clause in catalog.clauses:
        assert words(clause.title) == words(seed[clause.id].title), clause.id


def test_clause_texts_keep_every_word_of_the_seed(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    for clause in catalog.clauses:
        assert words(clause.text) == words(" ".join(seed[clause.id].paragraphs)), clause.id


def test_clause_texts_are_clean_paragraphs(catalog: Catalog) -> None:
    for clause in (c for c in catalog.clauses if c.text):
        for block in clause.text.split("\n\n"):
            assert block and block == block.strip(), clause.id
            assert "  " not in block, clause.id
    assert "\n• management and security of stockpiles" in catalog.clause("7.3.2").text
    assert "\na) children;\nb) defence;" in catalog.clause("7.4.2").text


def test_clause_tree_and_normative_flags(catalog: Catalog) -> None:
    for clause in catalog.clauses:
        expected_parent = clause.id.rpartition(".")[0] or None
        assert clause.parent == expected_parent, clause.id
        if clause.parent:
            assert catalog.has("clause", clause.parent)
        informative = clause.id == "intro" or int(clause.id.split(".")[0]) <= 4
        assert clause.normative is not informative, clause.id
    empty = {c.id for c in catalog.clauses if not c.text}
    assert empty == {"4", "5", "6", "6.3", "7", "7.3", "7.4"}


# -- categories ----------------------------------------------------------------------------


def test_government_categories_are_the_list_of_7_4_2(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    group = CategoryGroup.MINISTRY
    expected: dict[str, tuple[CategoryGroup, list[str]]] = {}
    for paragraph in seed["7.4.2"].paragraphs:
        if paragraph.startswith("In addition"):
            group = CategoryGroup.GOVERNMENT_BODY
        if item := LETTERED.match(paragraph):
            name = re.sub(r"\(see Clause [\d.]+\)", "", item[2])
            expected[f"7.4.2.{item[1]}"] = (group, item_words(name))
    assert len(expected) == 22
    listed = [c for c in catalog.categories if re.fullmatch(r"7\.4\.2\.[a-z]", c.id)]
    assert [c.id for c in listed] == list(expected)
    for category in listed:
        assert (category.group, words(category.name)) == expected[category.id], category.id
        assert category.clause == "7.4.2"
        assert category.name[0].isupper()


def test_other_members_follow_7_4_2_note_to_7_4_5(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    assert len(catalog.categories) == 22 + 4
    note = catalog.category("7.4.2.note")
    assert note.group is CategoryGroup.OTHER_GOVERNMENT
    assert any(p.startswith("NOTE") and "other issue-areas" in p
               for p in seed["7.4.2"].paragraphs)
    groups = {"7.4.3": CategoryGroup.CIVIL_SOCIETY, "7.4.4": CategoryGroup.INDUSTRY,
              "7.4.5": CategoryGroup.INTERNATIONAL}
    for clause_id, group in groups.items():
        category = catalog.category(clause_id)
        title = words(seed[clause_id].title)
        assert (category.clause, category.group) == (clause_id, group)
        assert words(category.name)[: len(title)] == title
        assert category.observer_allowed is ("observers" in seed[clause_id].paragraphs[0])
    example = next(p for p in seed["7.4.3"].paragraphs if p.startswith("EXAMPLE"))
    *listed, last = example.split("may include", 1)[1].split(",")
    listed += last.rsplit(" and ", 1)
    civil = catalog.category("7.4.3")
    assert len(civil.examples) == len(listed) == 12
    assert [words(e) for e in civil.examples] == [words(e) for e in listed]


# -- functions, monitoring areas, resources ------------------------------------------------


def test_functions_are_the_lettered_items_of_7_3_2_to_7_3_4(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    counts: Counter[Priority] = Counter()
    for clause_id in ("7.3.2", "7.3.3", "7.3.4"):
        priority = Priority(seed[clause_id].title.split()[0].lower())
        items = seed[clause_id].lettered()
        functions = [f for f in catalog.functions if f.id.rpartition(".")[0] == clause_id]
        assert [f.id for f in functions] == [f"{clause_id}.{k}" for k in items]
        for function in functions:
            first_sentence = sentences(items[function.id[-1]])[0]
            assert words(function.text) == item_words(first_sentence), function.id
            assert function.priority is priority
            assert 3 <= len(function.short.split()) <= 6, function.id
            counts[priority] += 1
    assert counts == {Priority.HIGH: 6, Priority.MEDIUM: 8, Priority.LOWER: 4}
    assert len(catalog.functions) == 18


def test_each_function_is_a_provision_with_its_priority(catalog: Catalog) -> None:
    prioritised = {p.id: p for p in catalog.provisions if p.priority is not None}
    assert set(prioritised) == {f.id for f in catalog.functions}
    for function in catalog.functions:
        provision = prioritised[function.id]
        assert provision.priority is function.priority
        assert provision.text == function.text
        assert provision.kind is ProvisionKind.SHOULD


def test_monitoring_areas_are_the_numbered_items_of_7_3_2_a(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    areas: dict[str, tuple[str, list[str]]] = {}
    current: str | None = None
    for paragraph in seed["7.3.2"].paragraphs:
        if number := NUMBERED.match(paragraph):
            current = f"7.3.2.a.{number[1]}"
            areas[current] = (number[2], [])
        elif (bullet := BULLET.match(paragraph)) and current:
            areas[current][1].append(bullet[1])
        else:
            current = None
    assert len(areas) == 8
    assert [a.id for a in catalog.monitoring_areas] == list(areas)
    for area in catalog.monitoring_areas:
        head, bullets = areas[area.id]
        expected = [item_words(b) for b in bullets] or [item_words(head)]
        assert [words(item) for item in area.items] == expected, area.id
        asks_for_data = bool(re.search(r"disaggregat|gender", " ".join([head, *bullets])))
        assert area.sex_disaggregation is asks_for_data, area.id
        assert catalog.has("provision", area.id)
    assert [a.id for a in catalog.monitoring_areas if a.sex_disaggregation] == [
        "7.3.2.a.2", "7.3.2.a.3", "7.3.2.a.4"
    ]


def test_resource_needs_are_the_items_of_clause_8(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    items = seed["8"].lettered()
    assert len(items) == 4
    assert [n.id for n in catalog.resource_needs] == [f"8.{k}" for k in items]
    for need in catalog.resource_needs:
        assert words(need.text) == item_words(items[need.id[-1]]), need.id
        assert need.short


# -- Table 1 -------------------------------------------------------------------------------


def test_functional_areas_are_the_rows_of_table_1(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    lines = seed["9"].lines
    header = next(i for i, line in enumerate(lines) if line.endswith("responsible for:"))
    areas = catalog.functional_areas
    rows: list[tuple[str, list[str]]] = []
    for line in lines[header + 1:]:
        following = areas[len(rows)].title if len(rows) < len(areas) else None
        if following and line.startswith(following):
            rest = line[len(following):].strip()
            rows.append((following, [rest] if rest else []))
        else:
            assert rows, f"Table 1 line before the first row: {line!r}"
            rows[-1][1].append(line)
    assert len(areas) == len(rows) == 10
    for area, (title, kinds) in zip(areas, rows, strict=True):
        assert area.title == title
        assert [k.name for k in area.entity_kinds] == kinds, area.id


def test_entity_kinds_map_consistently_to_government_categories(catalog: Catalog) -> None:
    mapping: dict[str, set[str]] = {}
    for area in catalog.functional_areas:
        for kind in area.entity_kinds:
            assert catalog.has("category", kind.category), (area.id, kind.name)
            assert catalog.category(kind.category).group.is_government, kind.name
            mapping.setdefault(kind.name, set()).add(kind.category)
    assert all(len(categories) == 1 for categories in mapping.values()), mapping
    assert mapping["Interior / Internal Affairs / Police"] == {"7.4.2.h"}
    assert mapping["Communication"] == {"7.4.2.note"}


# -- provisions ----------------------------------------------------------------------------


def test_every_shall_sentence_from_4_4_on_is_in_a_provision(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    texts = [normalise(t) for p in catalog.provisions for t in (p.text, p.full_text)]
    found: list[str] = []
    shall_words = 0
    for section in from_clause(seed, "4.4"):
        shall_words += len(re.findall(r"\bshall\b", " ".join(section.paragraphs)))
        for paragraph in section.paragraphs:
            found += [s for s in sentences(paragraph) if re.search(r"\bshall\b", s)]
    assert sum(len(re.findall(r"\bshall\b", s)) for s in found) == shall_words
    assert len(found) >= 10
    missing = [s for s in found if not any(normalise(s) in text for text in texts)]
    assert not missing


def normative_paragraphs(seed: dict[str, Section]) -> list[tuple[str, str]]:
    """``(clause id, paragraph)`` through the document, without NOTEs and EXAMPLEs."""
    return [(s.id, p) for s in seed.values() for p in s.paragraphs if not INFORMATIVE.match(p)]


def lead_in_kind(seed: dict[str, Section], clause_id: str, letter: str) -> ProvisionKind | None:
    """The verbal form that governs a lettered item: its lead-in's, or the list's tail's."""
    paragraphs = normative_paragraphs(seed)
    position = next(i for i, (sid, p) in enumerate(paragraphs)
                    if sid == clause_id and p.startswith(f"{letter}) "))
    lead_in = next(p for _, p in reversed(paragraphs[:position]) if not LIST_ITEM.match(p))
    item = sentences(paragraphs[position][1])[0]
    kind = derive_kind(f"{lead_in} {item}")
    if kind is None:
        tail = next(p for _, p in paragraphs[position:] if not LIST_ITEM.match(p))
        kind = derive_kind(tail)
    return kind


def test_every_lettered_item_from_4_4_on_is_a_provision_of_its_verbal_form(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    checked = 0
    for section in from_clause(seed, "4.4"):
        for letter in section.lettered():
            provision = catalog.provision(f"{section.id}.{letter}")
            assert provision.kind is lead_in_kind(seed, section.id, letter), provision.id
            checked += 1
    assert checked == 1 + 1 + 5 + 6 + 2 + 2 + 18 + 22 + 4


def provision_sentences(seed: dict[str, Section]) -> dict[str, list[str]]:
    """Per clause, its sentences with a verbal form outside lists, lead-ins and tails."""
    paragraphs = normative_paragraphs(seed)
    found: dict[str, list[str]] = {clause_id: [] for clause_id in seed}
    for i, (clause_id, paragraph) in enumerate(paragraphs):
        if LIST_ITEM.match(paragraph):
            continue
        if i + 1 < len(paragraphs) and LETTERED.match(paragraphs[i + 1][1]):
            continue  # the lead-in of a list: its items are the provisions
        if i and LIST_ITEM.match(paragraphs[i - 1][1]) and paragraph[0].islower():
            continue  # the tail of a list
        found[clause_id] += [s for s in sentences(paragraph) if derive_kind(s)]
    return found


def test_every_other_sentence_from_5_on_is_a_numbered_provision(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    expected: set[str] = set()
    found = provision_sentences(seed)
    for section in from_clause(seed, "5"):
        for n, sentence in enumerate(found[section.id], start=1):
            pid = section.id if section.id in NOTIFICATION_CLAUSES else f"{section.id}.p{n}"
            provision = catalog.provision(pid)
            for printed, corrected in CORRECTIONS.items():
                sentence = sentence.replace(printed, corrected)
            assert words(provision.text) == words(sentence), pid
            assert provision.kind is derive_kind(sentence), pid
            assert provision.clause == section.id
            expected.add(pid)
    numbered = {p.id for p in catalog.provisions if re.search(r"\.p\d+$", p.id)}
    assert numbered - expected == {"7.3.2.a.p1"}  # the second sentence of a list item


def test_kinds_spot_checks(catalog: Catalog) -> None:
    kinds = {
        "5.1.p1": ProvisionKind.SHALL,
        "5.1.p2": ProvisionKind.MAY,
        "5.2.a": ProvisionKind.SHOULD,
        "7.3.2.a.p1": ProvisionKind.SHALL,
        "7.4.5.p2": ProvisionKind.MAY,
        "9.p1": ProvisionKind.CAN,
        "4.5.a": ProvisionKind.SHALL,
    }
    for pid, kind in kinds.items():
        assert catalog.provision(pid).kind is kind, pid
    for provision in catalog.provisions:
        assert provision.kind is derive_kind(provision.full_text), provision.id


def test_provisions_belong_to_existing_clauses(catalog: Catalog) -> None:
    for provision in catalog.provisions:
        assert catalog.has("clause", provision.clause), provision.id
        assert catalog.clause(provision.clause).normative or provision.clause in {"4.4", "4.5"}
        assert provision.id == provision.clause or provision.id.startswith(
            f"{provision.clause}."
        ), provision.id


def test_conditional_provisions_name_their_instrument(catalog: Catalog) -> None:
    conditional = {p.id: p.applies_if_instrument for p in catalog.provisions
                   if p.applies_if_instrument}
    assert conditional == {"4.4.a": "4.4", "4.5.a": "4.5", "6.3.1.a": "4.2",
                           "6.3.1.b": "4.3", "6.3.2": "4.4", "6.3.3": "4.5"}
    for pid, instrument in conditional.items():
        provision = catalog.provision(pid)
        assert (provision.clause == instrument
                or f"(see Clause {instrument})" in provision.text), pid


def next_steps(catalog: Catalog) -> list[tuple[str, str]]:
    return [(p.id, p.next_step) for p in catalog.provisions]


@pytest.mark.parametrize("word", ["violat", "breach", "complian", "fail", "must"])
def test_next_steps_speak_of_gaps_not_violations(catalog: Catalog, word: str) -> None:
    assert [pid for pid, step in next_steps(catalog) if word in step.lower()] == []


def test_next_steps_are_one_short_sentence(catalog: Catalog) -> None:
    for pid, step in next_steps(catalog):
        assert step[0].isupper() and step.endswith("."), pid
        assert len(SENTENCE_END.split(step)) == 1, pid
        assert len(step.split()) <= 30, pid


def test_ids_are_unique_in_every_section() -> None:
    data = json.loads((FOLDER / "catalog.json").read_text(encoding="utf-8"))
    for name, items in data.items():
        if isinstance(items, list):
            ids = [item["id"] for item in items]
            assert len(ids) == len(set(ids)), name


# -- instruments and offices ---------------------------------------------------------------


def test_instruments_are_notified_as_clause_6_3_says(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    assert [i.id for i in catalog.global_instruments] == ["4.2", "4.3", "4.4", "4.5"]
    for instrument in catalog.global_instruments:
        assert catalog.has("clause", instrument.id)
        assert instrument.notify_clause and instrument.notify_office
        clause_text = " ".join(seed[instrument.notify_clause].paragraphs)
        assert f"Clause {instrument.id}" in clause_text, instrument.id
        office = catalog.office(instrument.notify_office)
        assert office.name in clause_text.replace("UN Office", "United Nations Office")
        if office.in_standard:
            assert office.address in clause_text, office.id
            assert office.email in clause_text, office.id
    att = catalog.office("att_secretariat")
    assert not att.in_standard and att.address and att.email


def test_regional_instruments_of_7_2_note_1_require_a_mechanism(
    catalog: Catalog, seed: dict[str, Section]
) -> None:
    note = next(p for p in seed["7.2"].paragraphs if p.startswith("NOTE 1"))
    regional = {i.id: i for i in catalog.regional_instruments}
    assert set(regional) == {"regional.ecowas", "regional.nairobi", "regional.sadc",
                             "regional.kinshasa", "regional.cifta"}
    for instrument_id, region in NOTE_1_REGIONS.items():
        assert region in note
        assert regional[instrument_id].requires_mechanism
    assert all(i.notify_office is None for i in regional.values())


def provisions_in(catalog: Catalog, clause_id: str) -> list[Provision]:
    return [p for p in catalog.provisions if p.clause == clause_id]


def test_provision_counts(catalog: Catalog) -> None:
    kinds = Counter(p.kind for p in catalog.provisions)
    assert kinds[ProvisionKind.CAN] == 1
    assert kinds[ProvisionKind.SHALL] == 11
    assert len(provisions_in(catalog, "7.4.2")) == 22
    assert len(provisions_in(catalog, "7.3.2")) == 6 + 1 + 8
