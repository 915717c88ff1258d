"""Load the standard from JSON under ``resources/catalog/`` and check it as it is read.

The English source file holds the structure (identifiers, kinds, priorities, mappings)
and the English text; one file per language overlays the translatable fields.  Anything
malformed raises :class:`CatalogError` naming the file and the entry, so that a broken
translation is found by whoever ships it, not by an officer the night before a meeting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from ncm_desktop import paths
from ncm_desktop.catalog.model import (
    Catalog,
    Category,
    CategoryGroup,
    Clause,
    EntityKind,
    Function,
    FunctionalArea,
    Instrument,
    MonitoringArea,
    Office,
    Priority,
    Provision,
    ProvisionKind,
    ResourceNeed,
    TranslationStatus,
)

FORMAT_VERSION = 1
SOURCE_LANGUAGE = "en"
STANDARD_FOLDER = "mosaic-03.40"
SOURCE_FILE = "catalog.json"

#: The fields a translation file may (and must) give for each section.
TRANSLATABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "standard": ("title",),
    "clause": ("title", "text"),
    "provision": ("lead_in", "text", "next_step"),
    "category": ("name", "examples"),
    "function": ("short", "text"),
    "monitoring_area": ("title", "items"),
    "resource_need": ("short", "text"),
    "functional_area": ("title", "entity_kinds"),
    "office": ("name",),
    "instrument": ("short", "name"),
}

#: JSON list name of each section in the source file.
SECTION_LISTS: dict[str, str] = {
    "clause": "clauses",
    "provision": "provisions",
    "category": "categories",
    "function": "functions",
    "monitoring_area": "monitoring_areas",
    "resource_need": "resource_needs",
    "functional_area": "functional_areas",
    "office": "offices",
    "instrument": "instruments",
}

_E = TypeVar("_E", bound=StrEnum)
_MODAL = re.compile(r"\b(shall|should|may|can)\b", re.IGNORECASE)


class CatalogError(ValueError):
    """The catalog files are malformed; the message names the file and the entry."""


def catalog_dir() -> Path:
    return paths.resources_dir() / "catalog" / STANDARD_FOLDER


def available_languages(folder: Path | None = None) -> tuple[str, ...]:
    folder = folder or catalog_dir()
    languages = {p.stem for p in folder.glob("*.json") if p.name != SOURCE_FILE}
    return (SOURCE_LANGUAGE, *sorted(languages))


def derive_kind(text: str) -> ProvisionKind | None:
    """The strongest ISO verbal form in ``text`` ('shall' before 'should' ...), if any."""
    found = {ProvisionKind(m.lower()) for m in _MODAL.findall(text)}
    return min(found, key=lambda k: k.rank) if found else None


@cache
def load_catalog(language: str = SOURCE_LANGUAGE) -> Catalog:
    """The catalog in ``language``, falling back to English where that file has no entry.

    Cached: the files are read once per language and process.
    """
    return load_catalog_from(catalog_dir(), language)


def load_catalog_from(folder: Path, language: str = SOURCE_LANGUAGE) -> Catalog:
    source_path = folder / SOURCE_FILE
    source = _read_json(source_path)
    reader = _SourceReader(source_path, source)
    overlay: dict[str, dict[str, Any]] = {}
    status: dict[str, TranslationStatus] = {}
    if language != SOURCE_LANGUAGE:
        path = folder / f"{language}.json"
        if path.exists():
            overlay, status = _read_translation(path, reader.keys())
    return reader.build(language, overlay, status)


def translation_keys(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every translatable entry of the source as ``{"section:id": {field: english}}``."""
    folder = folder or catalog_dir()
    path = folder / SOURCE_FILE
    return _SourceReader(path, _read_json(path)).keys()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{path}: the catalog file is missing") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path}: not valid UTF-8 JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogError(f"{path}: the top level must be an object")
    if data.get("format") != FORMAT_VERSION:
        raise CatalogError(
            f"{path}: format {data.get('format')!r} is not the supported {FORMAT_VERSION}"
        )
    return data


def _read_translation(
    path: Path, keys: dict[str, dict[str, Any]]
) -> tuple[dict[str, dict[str, Any]], dict[str, TranslationStatus]]:
    data = _read_json(path)
    entries = data.get("entries")
    if not isinstance(entries, dict):
        raise CatalogError(f"{path}: 'entries' must be an object")
    default = _status(path, "default_status", data.get("default_status", "machine"))
    statuses = data.get("status", {})
    if not isinstance(statuses, dict):
        raise CatalogError(f"{path}: 'status' must be an object")
    overlay: dict[str, dict[str, Any]] = {}
    status: dict[str, TranslationStatus] = {}
    for key, fields in entries.items():
        if key not in keys:
            raise CatalogError(f"{path}: entry {key!r} is not in the source catalog")
        if not isinstance(fields, dict):
            raise CatalogError(f"{path}: entry {key!r} must be an object")
        for name, value in fields.items():
            english = keys[key].get(name)
            if name not in keys[key]:
                raise CatalogError(f"{path}: entry {key!r}: {name!r} is not translatable")
            if isinstance(english, list):
                if not (isinstance(value, list) and len(value) == len(english)):
                    raise CatalogError(
                        f"{path}: entry {key!r}: {name!r} must be a list of {len(english)}"
                    )
                if not all(isinstance(v, str) and v.strip() for v in value):
                    raise CatalogError(f"{path}: entry {key!r}: {name!r} has an empty item")
            elif not isinstance(value, str) or (english and not value.strip()):
                raise CatalogError(f"{path}: entry {key!r}: {name!r} must be a non-empty text")
        overlay[key] = fields
        status[key] = _status(path, key, statuses.get(key, default))
    return overlay, status


def _status(path: Path, key: str, value: Any) -> TranslationStatus:
    try:
        return TranslationStatus(value)
    except ValueError as exc:
        raise CatalogError(f"{path}: {key}: unknown translation status {value!r}") from exc


class _SourceReader:
    """Reads and checks the English source, then builds catalogs with an overlay."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data
        for section, list_name in SECTION_LISTS.items():
            items = data.get(list_name)
            if not isinstance(items, list) or not items:
                raise CatalogError(f"{path}: {list_name!r} must be a non-empty list")
            seen: set[str] = set()
            for position, item in enumerate(items):
                where = f"{list_name}[{position}]"
                if not isinstance(item, dict):
                    raise CatalogError(f"{path}: {where} must be an object")
                item_id = item.get("id")
                if not isinstance(item_id, str) or not item_id:
                    raise CatalogError(f"{path}: {where} has no 'id'")
                if item_id in seen:
                    raise CatalogError(f"{path}: {where}: duplicate id {item_id!r}")
                seen.add(item_id)

    def entries(self, section: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for item in self.data[SECTION_LISTS[section]]:
            yield f"{section}:{item['id']}", item

    def keys(self) -> dict[str, dict[str, Any]]:
        keys: dict[str, dict[str, Any]] = {
            "standard:title": {"title": self._text({"title": self.data.get("title")},
                                                     "title", "the standard")}
        }
        for section in SECTION_LISTS:
            for key, item in self.entries(section):
                fields: dict[str, Any] = {}
                for name in TRANSLATABLE_FIELDS[section]:
                    value = item.get(name, "" if name == "lead_in" else None)
                    if name == "entity_kinds" and isinstance(value, list):
                        value = [kind.get("name") if isinstance(kind, dict) else None
                                 for kind in value]
                    if name == "examples" and value is None:
                        value = []
                    fields[name] = value
                keys[key] = fields
        return keys

    def build(
        self,
        language: str,
        overlay: dict[str, dict[str, Any]],
        status: dict[str, TranslationStatus],
    ) -> Catalog:
        def field_of(section: str) -> Callable[[dict[str, Any], str], Any]:
            def get(item: dict[str, Any], name: str) -> Any:
                translated = overlay.get(f"{section}:{item['id']}", {})
                return translated.get(name, item.get(name))

            return get

        clauses = tuple(self._clause(item, field_of("clause")) for item in self.data["clauses"])
        clause_ids = {c.id for c in clauses}
        categories = tuple(
            self._category(item, field_of("category"), clause_ids)
            for item in self.data["categories"]
        )
        category_ids = {c.id for c in categories}
        offices = tuple(self._office(item, field_of("office")) for item in self.data["offices"])
        office_ids = {o.id for o in offices}
        instruments = tuple(
            self._instrument(item, field_of("instrument"), office_ids, clause_ids)
            for item in self.data["instruments"]
        )
        instrument_ids = {i.id for i in instruments}
        title = overlay.get("standard:title", {}).get("title", self.data.get("title"))
        full_status = {key: TranslationStatus.SOURCE for key in self.keys()}
        if language != SOURCE_LANGUAGE:
            full_status = {key: status.get(key, TranslationStatus.MACHINE)
                           for key in full_status if key in overlay}
        return Catalog(
            language=language,
            standard=self._text(self.data, "standard", "the catalog"),
            title=self._text({"title": title}, "title", "the catalog"),
            catalog_version=self._text(self.data, "catalog_version", "the catalog"),
            clauses=clauses,
            provisions=tuple(
                self._provision(item, field_of("provision"), clause_ids, instrument_ids)
                for item in self.data["provisions"]
            ),
            categories=categories,
            functions=tuple(
                self._function(item, field_of("function")) for item in self.data["functions"]
            ),
            monitoring_areas=tuple(
                self._monitoring_area(item, field_of("monitoring_area"))
                for item in self.data["monitoring_areas"]
            ),
            resource_needs=tuple(
                ResourceNeed(
                    id=item["id"],
                    short=self._text(item, "short", self._where("resource_need", item),
                                     field_of("resource_need")),
                    text=self._text(item, "text", self._where("resource_need", item),
                                    field_of("resource_need")),
                )
                for item in self.data["resource_needs"]
            ),
            functional_areas=tuple(
                self._functional_area(item, field_of("functional_area"), category_ids)
                for item in self.data["functional_areas"]
            ),
            offices=offices,
            instruments=instruments,
            translation_status=full_status,
        )

    # -- one builder per section -------------------------------------------------------

    def _clause(self, item: dict[str, Any], get: Callable[..., Any]) -> Clause:
        where = self._where("clause", item)
        parent = item.get("parent")
        if parent is not None and not isinstance(parent, str):
            raise CatalogError(f"{self.path}: {where}: 'parent' must be a clause id")
        return Clause(
            id=item["id"],
            title=self._text(item, "title", where, get),
            text=self._text(item, "text", where, get, allow_empty=True),
            parent=parent,
            normative=self._bool(item, "normative", where, default=True),
        )

    def _provision(
        self,
        item: dict[str, Any],
        get: Callable[..., Any],
        clause_ids: set[str],
        instrument_ids: set[str],
    ) -> Provision:
        where = self._where("provision", item)
        clause = self._ref(item, "clause", where, clause_ids)
        lead_in_en = item.get("lead_in", "")
        text_en = self._text(item, "text", where)
        kind = derive_kind(f"{lead_in_en} {text_en}")
        if kind is None:
            raise CatalogError(
                f"{self.path}: {where}: no 'shall', 'should', 'may' or 'can' in its text"
            )
        declared = item.get("kind")
        if declared is not None and declared != kind.value:
            raise CatalogError(
                f"{self.path}: {where}: 'kind' {declared!r} contradicts its text ({kind.value})"
            )
        applies_if = item.get("applies_if_instrument")
        if applies_if is not None and applies_if not in instrument_ids:
            raise CatalogError(f"{self.path}: {where}: unknown instrument {applies_if!r}")
        return Provision(
            id=item["id"],
            clause=clause,
            text=self._text(item, "text", where, get),
            lead_in=self._text(item, "lead_in", where, get, allow_empty=True),
            kind=kind,
            next_step=self._text(item, "next_step", where, get),
            priority=self._enum(item, "priority", where, Priority, optional=True),
            applies_if_instrument=applies_if,
        )

    def _category(
        self, item: dict[str, Any], get: Callable[..., Any], clause_ids: set[str]
    ) -> Category:
        where = self._where("category", item)
        examples = get(item, "examples") or []
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise CatalogError(f"{self.path}: {where}: 'examples' must be a list of texts")
        return Category(
            id=item["id"],
            clause=self._ref(item, "clause", where, clause_ids),
            group=self._enum(item, "group", where, CategoryGroup),
            name=self._text(item, "name", where, get),
            examples=tuple(examples),
            observer_allowed=self._bool(item, "observer_allowed", where, default=False),
        )

    def _function(self, item: dict[str, Any], get: Callable[..., Any]) -> Function:
        where = self._where("function", item)
        return Function(
            id=item["id"],
            priority=self._enum(item, "priority", where, Priority),
            text=self._text(item, "text", where, get),
            short=self._text(item, "short", where, get),
        )

    def _monitoring_area(self, item: dict[str, Any], get: Callable[..., Any]) -> MonitoringArea:
        where = self._where("monitoring_area", item)
        items = get(item, "items")
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise CatalogError(f"{self.path}: {where}: 'items' must be a list of texts")
        return MonitoringArea(
            id=item["id"],
            title=self._text(item, "title", where, get),
            items=tuple(items),
            sex_disaggregation=self._bool(item, "sex_disaggregation", where, default=False),
        )

    def _functional_area(
        self, item: dict[str, Any], get: Callable[..., Any], category_ids: set[str]
    ) -> FunctionalArea:
        where = self._where("functional_area", item)
        kinds = item.get("entity_kinds")
        if not isinstance(kinds, list) or not kinds:
            raise CatalogError(f"{self.path}: {where}: 'entity_kinds' must be a non-empty list")
        names = get(item, "entity_kinds")
        if names is not kinds:  # translated: a list of names in the same order
            names = [{"name": n} for n in names]
        built = []
        for position, (kind, named) in enumerate(zip(kinds, names, strict=True)):
            kind_where = f"{where}: entity_kinds[{position}]"
            if not isinstance(kind, dict):
                raise CatalogError(f"{self.path}: {kind_where} must be an object")
            built.append(EntityKind(
                name=self._text(named, "name", kind_where),
                category=self._ref(kind, "category", kind_where, category_ids),
            ))
        return FunctionalArea(
            id=item["id"], title=self._text(item, "title", where, get), entity_kinds=tuple(built)
        )

    def _office(self, item: dict[str, Any], get: Callable[..., Any]) -> Office:
        where = self._where("office", item)
        return Office(
            id=item["id"],
            name=self._text(item, "name", where, get),
            address=self._text(item, "address", where),
            email=self._text(item, "email", where, allow_empty=True),
            in_standard=self._bool(item, "in_standard", where, default=True),
        )

    def _instrument(
        self,
        item: dict[str, Any],
        get: Callable[..., Any],
        office_ids: set[str],
        clause_ids: set[str],
    ) -> Instrument:
        where = self._where("instrument", item)
        regional = self._bool(item, "regional", where, default=False)
        office = clause = None
        if not regional:
            office = self._ref(item, "notify_office", where, office_ids)
            clause = self._ref(item, "notify_clause", where, clause_ids)
        return Instrument(
            id=item["id"],
            short=self._text(item, "short", where, get),
            name=self._text(item, "name", where, get),
            regional=regional,
            requires_mechanism=self._bool(item, "requires_mechanism", where, default=False),
            notify_office=office,
            notify_clause=clause,
        )

    # -- field checks --------------------------------------------------------------------

    @staticmethod
    def _where(section: str, item: dict[str, Any]) -> str:
        return f"{SECTION_LISTS[section]} entry {item['id']!r}"

    def _text(
        self,
        item: dict[str, Any],
        name: str,
        where: str,
        get: Callable[..., Any] | None = None,
        allow_empty: bool = False,
    ) -> str:
        value = get(item, name) if get else item.get(name)
        if value is None and allow_empty:
            return ""
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            raise CatalogError(f"{self.path}: {where}: {name!r} must be a non-empty text")
        return " ".join(value.split()) if name != "text" else value.strip()

    def _bool(self, item: dict[str, Any], name: str, where: str, default: bool) -> bool:
        value = item.get(name, default)
        if not isinstance(value, bool):
            raise CatalogError(f"{self.path}: {where}: {name!r} must be true or false")
        return value

    def _enum(self, item: dict[str, Any], name: str, where: str, enum: type[_E],
              optional: bool = False) -> Any:
        value = item.get(name)
        if value is None and optional:
            return None
        try:
            return enum(value)
        except ValueError as exc:
            allowed = ", ".join(member.value for member in enum)
            raise CatalogError(
                f"{self.path}: {where}: {name!r} is {value!r}, expected one of: {allowed}"
            ) from exc

    def _ref(self, item: dict[str, Any], name: str, where: str, known: set[str]) -> str:
        value = item.get(name)
        if value not in known:
            raise CatalogError(f"{self.path}: {where}: {name!r} refers to unknown {value!r}")
        return value
