"""What the columns of a member list mean, and its rows as people to import.

Headers are recognised in any of the program's languages from the vocabulary in
``resources/import/headers.json``; values of the sex and role columns from
``resources/import/values.json``.  Both are compared after :func:`fold`, so 'SEXE',
'Sexe :' and 'sexe' are one header.  The header row need not be the first: a title
row above it ('Liste des membres de la Commission nationale') is passed over.

The mapping is only a first guess: the import dialog lets the user change it, and the
rows are built again from the mapping chosen.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path

from ncm_desktop import paths
from ncm_desktop.rules.category_guess import guess_category
from ncm_desktop.storage.enums import Role, Sex
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.member_import import MemberCandidate
from ncm_desktop.storage.repository import PersonValues
from ncm_desktop.storage.tabular import Table
from ncm_desktop.text_fold import fold

#: How far down a file the header row is looked for.
HEADER_SEARCH_ROWS = 10
#: How many columns must be recognised for a row to count as the header row.
HEADER_MIN_FIELDS = 2


class ImportField(StrEnum):
    """What a column of a member list can hold."""

    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    ORGANISATION = "organisation"
    ACRONYM = "acronym"
    TITLE = "title"
    SEX = "sex"
    ROLE = "role"
    PHONE = "phone"
    EMAIL = "email"
    NOTES = "notes"


#: One entry per column of the file: the field it holds, or None when it is left out.
ColumnMapping = tuple[ImportField | None, ...]


@dataclass(frozen=True)
class MemberList:
    """A table whose header row has been found, and the meaning given to its columns."""

    table: Table
    header_index: int
    headers: tuple[str, ...]
    mapping: ColumnMapping

    @property
    def data_rows(self) -> Sequence[tuple[str, ...]]:
        return self.table.rows[self.header_index + 1:]

    @property
    def data_lines(self) -> Sequence[int]:
        return self.table.lines[self.header_index + 1:]

    def with_mapping(self, mapping: Sequence[ImportField | None]) -> MemberList:
        if len(mapping) != len(self.headers):
            raise ValueError("one field (or None) per column")
        return replace(self, mapping=tuple(mapping))

    def column(self, field: ImportField) -> int | None:
        return self.mapping.index(field) if field in self.mapping else None

    def organisations(self) -> list[tuple[str, int]]:
        """Each distinct organisation named in the list, as first written, with its rows."""
        column = self.column(ImportField.ORGANISATION)
        if column is None:
            return []
        names: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for row in self.data_rows:
            name = _cell(row, column)
            if name:
                key = fold(name)
                names.setdefault(key, name)
                counts[key] += 1
        return [(name, counts[key]) for key, name in names.items()]


def read_member_list(table: Table) -> MemberList:
    """Find the header row of ``table`` and guess what each column holds."""
    index = header_index(table.rows)
    headers = table.rows[index]  # a value beyond the last header is a problem of its row
    member_list = MemberList(table, index, headers, guess_mapping(headers))
    return member_list.with_mapping(_by_values(member_list))


def header_index(rows: Sequence[Sequence[str]]) -> int:
    """The first of the top rows in which enough cells are known headers (else the first)."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in row if field_of_header(cell) is not None) >= HEADER_MIN_FIELDS:
            return index
    return 0


def field_of_header(header: str) -> ImportField | None:
    """The field a header names in any language, or None."""
    vocabulary = _headers()
    folded = fold(header)
    if folded in vocabulary:
        return vocabulary[folded]
    bare = fold(re.sub(r"\(.*?\)|\[.*?\]", " ", header))  # 'Email (work)', 'Sexe [H/F]'
    return vocabulary.get(bare)


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """One field per column from the headers; a field goes to the first column naming it.

    A name column beside a first-name column holds family names ('Nom' beside
    'Prénom'); beside a family-name column it holds first names ('Nombre' beside
    'Apellidos').
    """
    mapping: list[ImportField | None] = []
    for header in headers:
        field = field_of_header(header)
        mapping.append(None if field in mapping else field)
    if ImportField.FULL_NAME in mapping:
        name_column = mapping.index(ImportField.FULL_NAME)
        if ImportField.GIVEN_NAME in mapping and ImportField.FAMILY_NAME not in mapping:
            mapping[name_column] = ImportField.FAMILY_NAME
        elif ImportField.FAMILY_NAME in mapping and ImportField.GIVEN_NAME not in mapping:
            mapping[name_column] = ImportField.GIVEN_NAME
    return tuple(mapping)


def _by_values(member_list: MemberList) -> ColumnMapping:
    """Give the sex or role field to a column whose every value is one, when no header
    named that field: 'Qualité' holds titles in one list and 'Titulaire'/'Suppléant' in
    another."""
    mapping = list(member_list.mapping)
    for field, read in ((ImportField.ROLE, read_role), (ImportField.SEX, read_sex)):
        if field in mapping:
            continue
        for column, current in enumerate(mapping):
            if current not in (None, ImportField.TITLE, ImportField.NOTES):
                continue
            values = [v for v in _column_values(member_list, column) if v]
            if values and all(read(v) is not None for v in values) \
                    and any(fold(v) not in _values().empty for v in values):
                mapping[column] = field
                break
    return tuple(mapping)


class CategorySource(StrEnum):
    """Where the category of a new organisation comes from, surest last."""

    NONE = "none"
    UNSURE = "unsure"
    SURE = "sure"
    REMEMBERED = "remembered"


@dataclass(frozen=True)
class CategoryChoice:
    """The category an organisation of the list gets, and why."""

    category_id: str | None
    source: CategorySource
    #: The word of the name that suggested a guessed category.
    word: str = ""
    #: True when the name has no portfolio word: the catch-all of a ministry or office.
    catch_all: bool = False


def category_choice(name: str, remembered: Mapping[str, str | None]) -> CategoryChoice:
    """A correction remembered for ``name`` in the dossier, else the guess from the name."""
    key = fold(name)
    if key in remembered:
        return CategoryChoice(remembered[key], CategorySource.REMEMBERED)
    guess = guess_category(name)
    if guess is None:
        return CategoryChoice(None, CategorySource.NONE)
    source = CategorySource.SURE if guess.sure else CategorySource.UNSURE
    return CategoryChoice(guess.category_id, source, guess.word, guess.catch_all)


def category_choices(member_list: MemberList,
                     remembered: Mapping[str, str | None]) -> dict[str, CategoryChoice]:
    """The category of each organisation of the list, by folded name."""
    return {fold(name): category_choice(name, remembered)
            for name, _count in member_list.organisations()}


def guessed_categories(member_list: MemberList) -> dict[str, str | None]:
    """The guessed category of each organisation of the list, by folded name."""
    result: dict[str, str | None] = {}
    for name, _count in member_list.organisations():
        guess = guess_category(name)
        result[fold(name)] = guess.category_id if guess else None
    return result


def candidates(member_list: MemberList,
               categories: Mapping[str, str | None] | None = None) -> list[MemberCandidate]:
    """The rows as people to import.  ``categories`` gives, by folded organisation name,
    the category chosen for each organisation (the guesses when None)."""
    chosen = guessed_categories(member_list) if categories is None else categories
    columns = {field: member_list.column(field) for field in ImportField}
    sex_reader = _SexReader(_column_values(member_list, columns[ImportField.SEX]))
    width = len(member_list.headers)
    result = []
    for row, line in zip(member_list.data_rows, member_list.data_lines, strict=True):
        def value(field: ImportField, row: tuple[str, ...] = row) -> str:
            column = columns[field]
            return _cell(row, column) if column is not None else ""

        problem: ValidationError | None = None
        extra = [cell for cell in row[width:] if cell]
        if extra:
            problem = ValidationError("row", ValidationError.Code.EXTRA_VALUES,
                                      " | ".join(extra), width)
        sex = sex_reader.read(value(ImportField.SEX))
        role = read_role(value(ImportField.ROLE))
        if problem is None and sex is None:
            problem = ValidationError("sex", ValidationError.Code.INVALID_CHOICE,
                                      value(ImportField.SEX))
        if problem is None and role is None:
            problem = ValidationError("role", ValidationError.Code.INVALID_CHOICE,
                                      value(ImportField.ROLE))
        organisation = value(ImportField.ORGANISATION)
        person = PersonValues(
            full_name=_full_name(value(ImportField.FULL_NAME), value(ImportField.GIVEN_NAME),
                                 value(ImportField.FAMILY_NAME)),
            title=value(ImportField.TITLE),
            sex=sex or Sex.NOT_RECORDED,
            role=role or Role.MEMBER,
            phone=value(ImportField.PHONE),
            email=value(ImportField.EMAIL),
            notes=value(ImportField.NOTES),
        )
        result.append(MemberCandidate(
            line=line, person=person, organisation=organisation,
            acronym=value(ImportField.ACRONYM),
            category_id=chosen.get(fold(organisation)) if organisation else None,
            problem=problem,
        ))
    return result


def read_sex(value: str) -> Sex | None:
    """The sex a cell gives in any language; NOT_RECORDED when empty; None when unknown."""
    return _SexReader(()).read(value)


def read_role(value: str) -> Role | None:
    """The role a cell gives in any language; MEMBER when empty; None when unknown."""
    folded = fold(value)
    if not folded or folded in _values().empty:
        return Role.MEMBER
    return _values().roles.get(folded)


# -- internals -----------------------------------------------------------------------


class _SexReader:
    """Reads a sex column; 'M' means mujer in a column that pairs H and M without F."""

    def __init__(self, column_values: Sequence[str]) -> None:
        folded = {fold(v) for v in column_values}
        self._spanish_pair = {"h", "m"} <= folded and "f" not in folded
        self._cache: dict[str, Sex | None] = {}

    def read(self, value: str) -> Sex | None:
        if value not in self._cache:
            folded = fold(value)
            if not folded or folded in _values().empty:
                result: Sex | None = Sex.NOT_RECORDED
            elif self._spanish_pair and folded == "m":
                result = Sex.FEMALE
            else:
                result = _values().sexes.get(folded)
            self._cache[value] = result
        return self._cache[value]


def _column_values(member_list: MemberList, column: int | None) -> list[str]:
    if column is None:
        return []
    return [_cell(row, column) for row in member_list.data_rows]


def _full_name(full: str, given: str, family: str) -> str:
    if full:
        return full
    return " ".join(part for part in (given, family) if part)


def _cell(row: Sequence[str], column: int) -> str:
    return row[column] if column < len(row) else ""


@dataclass(frozen=True)
class _Values:
    empty: frozenset[str]
    sexes: dict[str, Sex]
    roles: dict[str, Role]


def vocabulary_folder() -> Path:
    return paths.resources_dir() / "import"


@cache
def _headers() -> dict[str, ImportField]:
    data = json.loads((vocabulary_folder() / "headers.json").read_text(encoding="utf-8"))
    result: dict[str, ImportField] = {}
    for field, languages in data["fields"].items():
        for texts in languages.values():
            for text in texts:
                result.setdefault(fold(text), ImportField(field))
    return result


@cache
def _values() -> _Values:
    data = json.loads((vocabulary_folder() / "values.json").read_text(encoding="utf-8"))

    def table(section: str, enum: type[StrEnum]) -> dict[str, object]:
        result: dict[str, object] = {}
        for value, languages in data[section].items():
            for texts in languages.values():
                for text in texts:
                    result.setdefault(fold(text), enum(value))
        return result

    return _Values(
        empty=frozenset(fold(text) for text in data["empty"]),
        sexes=table("sex", Sex),  # type: ignore[arg-type]
        roles=table("role", Role),  # type: ignore[arg-type]
    )
