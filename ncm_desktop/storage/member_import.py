"""Add the people of a member list to a dossier: all valid rows in one transaction.

The rows arrive already interpreted (:mod:`ncm_desktop.rules.member_list` maps the
columns and guesses categories).  Here each row is validated like a person typed in the
window, matched against the dossier and the rows before it, and given an outcome:

- *added*: written (in a preview: would be written);
- *duplicate*: the same person is already in the dossier or earlier in the file (same
  name in the same organisation, same email, or same phone).  A duplicate is skipped,
  not an error, so that an updated list can be imported again to add its new names;
- *error*: a value cannot be stored (no name, a malformed email ...);
- *not added*: valid, but not written because other rows have errors.

All or nothing: a row with an error makes the whole import refuse, with the per-row
report, unless the caller asks to skip bad rows (the dialog offers it after showing
them).  A half-imported list is worse than none: nobody can tell which half is in.

Organisations are matched by folded name (or a cell that is an existing acronym)
instead of being added twice; a new organisation gets the category chosen for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ncm_desktop.storage import backups
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.storage.models import CategoryCorrection, Organisation, Person
from ncm_desktop.storage.repository import OrganisationValues, PersonValues
from ncm_desktop.text_fold import fold

MIN_PHONE_DIGITS = 6


class Outcome(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    ERROR = "error"
    NOT_ADDED = "not_added"


class DuplicateMatch(StrEnum):
    """What makes a row the same person as another."""

    NAME_AND_ORGANISATION = "name_and_organisation"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class MemberCandidate:
    """One row of a member list, interpreted: the person and their organisation."""

    line: int
    person: PersonValues
    organisation: str = ""
    acronym: str = ""
    #: The category for the organisation when it is new to the dossier.
    category_id: str | None = None
    #: A value that could not be read (an unknown sex, extra cells ...).
    problem: ValidationError | None = None


@dataclass(frozen=True)
class RowReport:
    line: int
    full_name: str
    organisation: str
    #: The category of the row's organisation: the existing one's, or the one chosen.
    category_id: str | None
    organisation_exists: bool
    outcome: Outcome
    problem: ValidationError | None = None
    duplicate_match: DuplicateMatch | None = None
    #: The earlier line of the file, or None when the duplicate is in the dossier.
    duplicate_line: int | None = None
    duplicate_name: str = ""


@dataclass(frozen=True)
class ImportReport:
    rows: list[RowReport] = field(default_factory=list)
    written: bool = False
    people_added: int = 0
    organisations_added: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def has_errors(self) -> bool:
        return any(row.outcome is Outcome.ERROR for row in self.rows)


def plan_import(dossier: Dossier, candidates: Sequence[MemberCandidate]) -> ImportReport:
    """What :func:`import_members` would do, without writing anything."""
    with dossier.session() as session:
        known = _Known.load(session)
    return _Plan(known, candidates).report(written=False)


def remembered_categories(dossier: Dossier) -> dict[str, str | None]:
    """The categories corrected by hand at earlier imports, by folded organisation name."""
    with dossier.session() as session:
        rows = session.execute(select(CategoryCorrection.name_key,
                                      CategoryCorrection.category_id)).all()
    return {key: category for key, category in rows}


def import_members(dossier: Dossier, candidates: Sequence[MemberCandidate], *,
                   skip_bad: bool = False,
                   corrections: Mapping[str, tuple[str, str | None]] | None = None
                   ) -> ImportReport:
    """Add the rows' people (and their new organisations) in one transaction.

    When a row has an error and ``skip_bad`` is false, nothing is written and the
    report says so (valid rows get :attr:`Outcome.NOT_ADDED`).  The dossier is backed
    up before anything is written.  ``corrections`` (folded name: the name as written
    and the category chosen by hand instead of the guess) are remembered in the same
    transaction, for the next imports.
    """
    with dossier.session() as session:
        plan = _Plan(_Known.load(session), candidates)
    if plan.has_errors and not skip_bad:
        return plan.report(written=False, refused=True)
    if not plan.to_add:
        return plan.report(written=True)
    dossier.backup(backups.Reason.IMPORT)
    with dossier.transaction() as session:
        # Re-read inside the write transaction, so that the checks hold for what is written.
        plan = _Plan(_Known.load(session), candidates)
        organisation_ids: dict[str, uuid.UUID] = {}
        new_organisations = []
        for key, values in plan.new_organisations.items():
            organisation = Organisation(id=uuid.uuid4(), **vars(values))
            organisation_ids[key] = organisation.id
            new_organisations.append(organisation)
        session.add_all(new_organisations)
        session.flush()
        session.add_all(plan.people(organisation_ids))
        _remember(session, corrections or {})
    return plan.report(written=True)


def _remember(session: Session, corrections: Mapping[str, tuple[str, str | None]]) -> None:
    if not corrections:
        return
    existing = {row.name_key: row for row in session.scalars(
        select(CategoryCorrection).where(CategoryCorrection.name_key.in_(list(corrections))))}
    for key, (name, category_id) in corrections.items():
        row = existing.get(key)
        if row is None:
            session.add(CategoryCorrection(name_key=key[:300], name=name[:300],
                                           category_id=category_id))
        elif row.category_id != category_id:
            row.category_id = category_id
            row.name = name[:300]


# -- internals -----------------------------------------------------------------------


@dataclass
class _ExistingOrganisation:
    id: uuid.UUID
    category_id: str | None


@dataclass
class _Known:
    """What the dossier already holds that a row may match."""

    organisations: dict[str, _ExistingOrganisation]
    acronyms: dict[str, _ExistingOrganisation]
    names: dict[tuple[str, str], str]
    emails: dict[str, str]
    phones: dict[str, str]

    @classmethod
    def load(cls, session: object) -> _Known:
        organisations: dict[str, _ExistingOrganisation] = {}
        acronym_owners: dict[str, list[_ExistingOrganisation]] = {}
        rows = session.execute(  # type: ignore[attr-defined]
            select(Organisation.id, Organisation.name, Organisation.acronym,
                   Organisation.category_id)
        ).all()
        for organisation_id, name, acronym, category_id in rows:
            existing = _ExistingOrganisation(organisation_id, category_id)
            organisations.setdefault(fold(name), existing)
            if acronym:
                acronym_owners.setdefault(fold(acronym), []).append(existing)
        acronyms = {key: owners[0] for key, owners in acronym_owners.items() if len(owners) == 1}
        names: dict[tuple[str, str], str] = {}
        emails: dict[str, str] = {}
        phones: dict[str, str] = {}
        people = session.execute(  # type: ignore[attr-defined]
            select(Person.full_name, Person.organisation_id, Person.email, Person.phone)
        ).all()
        for full_name, organisation_id, email, phone in people:
            names.setdefault((fold(full_name), _existing_key(organisation_id)), full_name)
            if email:
                emails.setdefault(email.casefold(), full_name)
            digits = _phone_key(phone)
            if digits:
                phones.setdefault(digits, full_name)
        return cls(organisations, acronyms, names, emails, phones)


class _Plan:
    """The outcome of every row against what the dossier holds; nothing is written."""

    def __init__(self, known: _Known, candidates: Sequence[MemberCandidate]) -> None:
        self.rows: list[RowReport] = []
        #: The rows to write: their candidate and checked values.
        self.to_add: list[tuple[MemberCandidate, PersonValues]] = []
        self.new_organisations: dict[str, OrganisationValues] = {}
        self._known = known
        #: The organisation key of each row to add, by its position in ``to_add``.
        self._organisation_keys: list[str] = []
        seen_names: dict[tuple[str, str], int] = {}
        seen_emails: dict[str, int] = {}
        seen_phones: dict[str, int] = {}
        for candidate in candidates:
            self.rows.append(self._judge(candidate, seen_names, seen_emails, seen_phones))
        # Only organisations that gain someone are created.
        used = set(self._organisation_keys)
        self.new_organisations = {k: v for k, v in self.new_organisations.items() if k in used}

    @property
    def has_errors(self) -> bool:
        return any(row.outcome is Outcome.ERROR for row in self.rows)

    def people(self, created: dict[str, uuid.UUID]) -> list[Person]:
        """The people to add, linked to existing organisations or to ``created`` ones."""
        people = []
        for (candidate, values), key in zip(self.to_add, self._organisation_keys, strict=True):
            existing = self._match_existing(candidate) if key else None
            organisation_id = (existing.id if existing is not None
                               else created[key] if key else None)
            people.append(Person(**{**vars(values), "organisation_id": organisation_id}))
        return people

    def report(self, *, written: bool, refused: bool = False) -> ImportReport:
        rows = self.rows
        if refused:
            rows = [_not_added(row) if row.outcome is Outcome.ADDED else row for row in rows]
        added = len(self.to_add) if written else 0
        return ImportReport(
            rows=rows, written=written and bool(self.to_add), people_added=added,
            organisations_added=len(self.new_organisations) if written else 0,
        )

    def _judge(self, candidate: MemberCandidate, seen_names: dict[tuple[str, str], int],
               seen_emails: dict[str, int], seen_phones: dict[str, int]) -> RowReport:
        existing = self._match_existing(candidate) if candidate.organisation else None
        category = existing.category_id if existing is not None else candidate.category_id
        base = dict(line=candidate.line, full_name=candidate.person.full_name,
                    organisation=candidate.organisation, category_id=category,
                    organisation_exists=existing is not None)
        try:
            if candidate.problem is not None:
                raise candidate.problem
            person = candidate.person.checked()
            organisation_key = self._organisation_key(candidate, existing)
        except ValidationError as problem:
            return RowReport(**base, outcome=Outcome.ERROR, problem=problem)  # type: ignore[arg-type]
        base["full_name"] = person.full_name
        name_key = (fold(person.full_name), organisation_key)
        email_key = person.email.casefold()
        phone_key = _phone_key(person.phone)
        checks: Iterable[tuple[DuplicateMatch, str, dict, dict]] = (
            (DuplicateMatch.NAME_AND_ORGANISATION, name_key, seen_names, self._known.names),
            (DuplicateMatch.EMAIL, email_key, seen_emails, self._known.emails),
            (DuplicateMatch.PHONE, phone_key, seen_phones, self._known.phones),
        )
        for match, key, seen, known in checks:
            if not key:
                continue
            if key in known:
                return RowReport(**base, outcome=Outcome.DUPLICATE,  # type: ignore[arg-type]
                                 duplicate_match=match, duplicate_name=known[key])
            if key in seen:
                return RowReport(**base, outcome=Outcome.DUPLICATE,  # type: ignore[arg-type]
                                 duplicate_match=match, duplicate_line=seen[key])
        seen_names[name_key] = candidate.line
        if email_key:
            seen_emails[email_key] = candidate.line
        if phone_key:
            seen_phones[phone_key] = candidate.line
        self._organisation_keys.append(organisation_key)
        self.to_add.append((candidate, person))
        return RowReport(**base, outcome=Outcome.ADDED)  # type: ignore[arg-type]

    def _match_existing(self, candidate: MemberCandidate) -> _ExistingOrganisation | None:
        key = fold(candidate.organisation)
        return self._known.organisations.get(key) or self._known.acronyms.get(key)

    def _organisation_key(self, candidate: MemberCandidate,
                          existing: _ExistingOrganisation | None) -> str:
        """The key that identifies the row's organisation; checks a new one's values."""
        if not candidate.organisation:
            return ""
        if existing is not None:
            return _existing_key(existing.id)
        key = "new:" + fold(candidate.organisation)
        if key not in self.new_organisations:
            values = OrganisationValues(name=candidate.organisation, acronym=candidate.acronym,
                                        category_id=candidate.category_id).checked()
            self.new_organisations[key] = values
        return key


def _existing_key(organisation_id: uuid.UUID | None) -> str:
    return str(organisation_id) if organisation_id else ""


def _phone_key(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def _not_added(row: RowReport) -> RowReport:
    return RowReport(row.line, row.full_name, row.organisation, row.category_id,
                     row.organisation_exists, Outcome.NOT_ADDED)
