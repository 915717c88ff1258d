"""Member lists: encodings, separators, workbooks, headers, values, duplicates, all or none."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from ncm_desktop import paths
from ncm_desktop.rules.category_guess import guess_category
from ncm_desktop.rules.member_list import (
    ImportField,
    candidates,
    guess_mapping,
    read_member_list,
    read_role,
    read_sex,
)
from ncm_desktop.storage import repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import Role, Sex
from ncm_desktop.storage.errors import TableFileError, ValidationError
from ncm_desktop.storage.member_import import (
    DuplicateMatch,
    Outcome,
    import_members,
    plan_import,
)
from ncm_desktop.storage.models import Organisation, Person
from ncm_desktop.storage.tabular import read_table

F = ImportField

FRENCH_ROWS = [
    ["Nom", "Prénom", "Institution", "Sexe", "Courriel", "Téléphone", "Fonction"],
    ["Dupont", "Amélie", "Ministère de l’Intérieur", "F", "amelie.dupont@interieur.example",
     "+221 33 123 45 67", "Directrice, sécurité"],
    ["Diallo", "Moussa", "Direction générale des douanes", "H", "m.diallo@douanes.example",
     "", "Inspecteur"],
    ["Ndiaye", "Awa", "Ministère de l’Intérieur", "Femme", "", "", "Commissaire"],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    lines = []
    for row in rows:
        cells = [f'"{c}"' if (delimiter in c or '"' in c) else c for c in row]
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def count(dossier: Dossier, model: type) -> int:
    with dossier.session() as session:
        return session.scalar(select(func.count()).select_from(model))


# -- reading files -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_in_every_encoding_and_separator(tmp_path: Path, encoding: str,
                                             delimiter: str) -> None:
    path = write_csv(tmp_path / "list.csv", FRENCH_ROWS, encoding, delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    member_list = read_member_list(table)
    assert member_list.mapping == (F.FAMILY_NAME, F.GIVEN_NAME, F.ORGANISATION, F.SEX,
                                   F.EMAIL, F.PHONE, F.TITLE)
    rows = candidates(member_list)
    assert [r.person.full_name for r in rows] == ["Amélie Dupont", "Moussa Diallo",
                                                  "Awa Ndiaye"]
    assert rows[0].organisation == "Ministère de l’Intérieur"
    assert rows[0].person.title == "Directrice, sécurité"  # a quoted separator stays inside
    assert [r.person.sex for r in rows] == [Sex.FEMALE, Sex.MALE, Sex.FEMALE]


@pytest.mark.parametrize(("encoding", "header", "name", "organisation"), [
    ("cp1256", "الاسم,المؤسسة", "أحمد علي", "وزارة الداخلية"),
    ("cp1251", "ФИО;Организация", "Иван Петров", "Министерство внутренних дел"),
    ("gb18030", "姓名,单位", "张伟", "公安部"),
])
def test_legacy_code_pages_of_other_languages(tmp_path: Path, encoding: str, header: str,
                                              name: str, organisation: str) -> None:
    delimiter = ";" if ";" in header else ","
    path = tmp_path / "list.csv"
    path.write_bytes(f"{header}\n{name}{delimiter}{organisation}\n".encode(encoding))
    rows = candidates(read_member_list(read_table(path)))
    assert (rows[0].person.full_name, rows[0].organisation) == (name, organisation)
    assert rows[0].category_id == "7.4.2.h"


def test_broken_quoting_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Name,Organisation\nJane Doe,Ministry of Health\n'
                    '"John Smith,Ministry of Defence\nAnna Lee,Police\n', encoding="utf-8")
    with pytest.raises(TableFileError) as raised:
        read_table(path)
    assert raised.value.reason is TableFileError.Reason.BROKEN_QUOTING
    assert raised.value.line == 3


def test_text_after_a_closing_quote_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Name;Organisation\n"Jane" Doe;Ministry of Health\n', encoding="utf-8")
    with pytest.raises(TableFileError) as raised:
        read_table(path)
    assert raised.value.reason is TableFileError.Reason.BROKEN_QUOTING
    assert raised.value.line == 2


def test_an_unquoted_separator_makes_a_row_error(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Organisation\nJane Doe,Ministry of Interior, Public Security\n",
                    encoding="utf-8")
    row = candidates(read_member_list(read_table(path)))[0]
    assert row.problem is not None
    assert row.problem.code is ValidationError.Code.EXTRA_VALUES


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.csv", b"", TableFileError.Reason.EMPTY),
    ("blank.csv", b" \r\n\r\n", TableFileError.Reason.EMPTY),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, TableFileError.Reason.OLD_EXCEL),
    ("fake.xlsx", b"PK\x03\x04 not really a workbook", TableFileError.Reason.UNREADABLE),
    ("image.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 64, TableFileError.Reason.UNREADABLE),
])
def test_files_that_are_not_member_lists(tmp_path: Path, name: str, content: bytes,
                                         reason: TableFileError.Reason) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableFileError) as raised:
        read_table(path)
    assert raised.value.reason is reason


def test_xlsx_with_merged_cells_and_a_title_row(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Membres"
    sheet.append(["Liste des membres de la Commission nationale"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Institution", "Nom et prénom", "Sexe", "Téléphone", "Qualité"])
    sheet.append(["Ministère de la Défense", "Col. Ibrahim Traoré", "M", 22670123456,
                  "Titulaire"])
    sheet.append([None, "Cdt. Aïcha Ouédraogo", "F", 22670654321, "Suppléant"])
    sheet.append([None, "Lt. Paul Kaboré", "M", None, "Suppléant"])
    sheet.merge_cells("A3:A5")  # the ministry written once for its three people
    sheet.append(["Police nationale", "Marie Zongo", "F", None, "Titulaire"])
    path = tmp_path / "membres.xlsx"
    workbook.save(path)

    member_list = read_member_list(read_table(path))
    assert member_list.table.sheet == "Membres"
    assert member_list.header_index == 1
    rows = candidates(member_list)
    assert [r.organisation for r in rows] == ["Ministère de la Défense"] * 3 + ["Police nationale"]
    assert [r.line for r in rows] == [3, 4, 5, 6]
    assert rows[0].person.phone == "22670123456"  # a number cell, not '22670123456.0'
    assert [r.person.role for r in rows] == [Role.MEMBER, Role.ALTERNATE, Role.ALTERNATE,
                                             Role.MEMBER]
    assert [r.category_id for r in rows] == ["7.4.2.b"] * 3 + ["7.4.2.h"]


# -- headers and values --------------------------------------------------------------


@pytest.mark.parametrize(("headers", "expected"), [
    (["Name", "Organisation", "Sex", "Email", "Phone", "Position"],
     (F.FULL_NAME, F.ORGANISATION, F.SEX, F.EMAIL, F.PHONE, F.TITLE)),
    (["Nombre", "Apellidos", "Institución", "Sexo", "Correo electrónico", "Cargo"],
     (F.GIVEN_NAME, F.FAMILY_NAME, F.ORGANISATION, F.SEX, F.EMAIL, F.TITLE)),
    (["Nome completo", "Instituição", "Sexo", "E-mail", "Telefone", "Função"],
     (F.FULL_NAME, F.ORGANISATION, F.SEX, F.EMAIL, F.PHONE, F.TITLE)),
    (["الاسم", "الجهة", "الجنس", "البريد الإلكتروني", "الهاتف", "المنصب"],
     (F.FULL_NAME, F.ORGANISATION, F.SEX, F.EMAIL, F.PHONE, F.TITLE)),
    (["Фамилия", "Имя", "Организация", "Пол", "Телефон", "Должность"],
     (F.FAMILY_NAME, F.GIVEN_NAME, F.ORGANISATION, F.SEX, F.PHONE, F.TITLE)),
    (["姓名", "单位", "性别", "电子邮件", "电话", "职务"],
     (F.FULL_NAME, F.ORGANISATION, F.SEX, F.EMAIL, F.PHONE, F.TITLE)),
    (["N°", "NOM ET PRÉNOMS", "Sigle", "Statut", "Observations", "E-mail (professionnel)"],
     (None, F.FULL_NAME, F.ACRONYM, F.ROLE, F.NOTES, F.EMAIL)),
    (["Name", "Email", "E-mail"], (F.FULL_NAME, F.EMAIL, None)),  # one column per field
])
def test_headers_in_every_language(headers: list[str], expected: tuple) -> None:
    assert guess_mapping(headers) == expected


def test_header_vocabulary_never_names_two_fields() -> None:
    import json

    from ncm_desktop.text_fold import fold

    data = json.loads((paths.resources_dir() / "import" / "headers.json").read_text("utf-8"))
    owners: dict[str, str] = {}
    for field, languages in data["fields"].items():
        for texts in languages.values():
            for text in texts:
                assert owners.setdefault(fold(text), field) == field, text


@pytest.mark.parametrize("value", ["F", "f", "Femme", "Féminin", "Mujer", "Femenino",
                                   "Feminino", "Mulher", "أنثى", "انثى", "Ж", "женский", "女"])
def test_female_in_every_language(value: str) -> None:
    assert read_sex(value) is Sex.FEMALE


@pytest.mark.parametrize("value", ["M", "Male", "Homme", "H", "Hombre", "Masculino", "ذكر",
                                   "М", "муж", "男"])
def test_male_in_every_language(value: str) -> None:
    assert read_sex(value) is Sex.MALE


@pytest.mark.parametrize(("value", "expected"), [
    ("", Sex.NOT_RECORDED), ("-", Sex.NOT_RECORDED), ("n/a", Sex.NOT_RECORDED),
    ("X", None), ("peut-être", None),
])
def test_sex_blank_or_unknown(value: str, expected: Sex | None) -> None:
    assert read_sex(value) is expected


def test_spanish_hombre_mujer_column_reads_m_as_mujer(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "es.csv", [["Nombre completo", "Sexo"], ["Ana Gómez", "M"],
                                          ["Luis Pérez", "H"]], "utf-8", ";")
    rows = candidates(read_member_list(read_table(path)))
    assert [r.person.sex for r in rows] == [Sex.FEMALE, Sex.MALE]


@pytest.mark.parametrize(("value", "expected"), [
    ("Titulaire", Role.MEMBER), ("Suppléant", Role.ALTERNATE), ("Président", Role.CHAIR),
    ("Vice-président", Role.VICE_CHAIR), ("Secrétaire", Role.SECRETARY),
    ("Suplente", Role.ALTERNATE), ("Membro efetivo", Role.MEMBER), ("عضو", Role.MEMBER),
    ("نائب الرئيس", Role.VICE_CHAIR), ("Председатель", Role.CHAIR), ("候补", Role.ALTERNATE),
    ("", Role.MEMBER), ("Chef de file", None),
])
def test_roles_in_every_language(value: str, expected: Role | None) -> None:
    assert read_role(value) is expected


@pytest.mark.parametrize(("name", "category"), [
    ("Ministère de l'Intérieur", "7.4.2.h"),
    ("Ministerio de Relaciones Exteriores", "7.4.2.e"),
    ("Ministry of Interior and Coordination of National Government", "7.4.2.h"),
    ("وزارة الداخلية", "7.4.2.h"),
    ("وزاره الداخليه", "7.4.2.h"),  # typed without hamza and ta marbuta
    ("Police nationale", "7.4.2.h"),
    ("Kenya National Police Service", "7.4.2.h"),
    ("Army Command", "7.4.2.b"),
    ("Forces armées nationales", "7.4.2.b"),
    ("القوات المسلحة", "7.4.2.b"),
    ("Kenya Revenue Authority", "7.4.2.d"),
    ("Direction générale des douanes", "7.4.2.d"),
    ("Office of the Director of Public Prosecutions", "7.4.2.i"),
    ("Attorney General's Office", "7.4.2.i"),
    ("Fiscalía General de la República", "7.4.2.i"),
    ("Генеральная прокуратура", "7.4.2.i"),
    ("Parliament", "7.4.2.t"),
    ("Assemblée nationale", "7.4.2.t"),
    ("Министерство внутренних дел", "7.4.2.h"),
    ("公安部", "7.4.2.h"),
    ("外交部", "7.4.2.e"),
    ("Ministério dos Negócios Estrangeiros", "7.4.2.e"),
    ("Ministry of Information", "7.4.2.note"),
    ("Women's Network for Peace", "7.4.3"),
    ("Association des armuriers du Sénégal", "7.4.4"),
    ("United Nations Development Programme", "7.4.5"),
])
def test_category_guesses(name: str, category: str) -> None:
    guess = guess_category(name)
    assert guess is not None and guess.category_id == category, guess


def test_category_words_each_suggest_one_category() -> None:
    import json

    from ncm_desktop.rules.category_guess import vocabulary_file
    from ncm_desktop.text_fold import fold

    data = json.loads(vocabulary_file().read_text("utf-8"))
    owners: dict[str, str] = {}
    for category, languages in data["portfolios"].items():
        for texts in languages.values():
            for text in texts:
                assert owners.setdefault(fold(text), category) == category, text


def test_no_guess_for_a_name_that_says_nothing() -> None:
    assert guess_category("Comité Alpha") is None
    assert guess_category("") is None


# -- writing -------------------------------------------------------------------------


def list_of(tmp_path: Path, rows: list[list[str]]) -> list:
    path = write_csv(tmp_path / "list.csv", rows, "utf-8", ";")
    return candidates(read_member_list(read_table(path)))


def test_import_adds_people_and_organisations_once(dossier: Dossier, tmp_path: Path) -> None:
    report = import_members(dossier, list_of(tmp_path, FRENCH_ROWS))
    assert report.written and report.people_added == 3 and report.organisations_added == 2
    with dossier.session() as session:
        organisations = {o.name: o.category_id for o in session.scalars(select(Organisation))}
        people = {p.full_name: p for p in session.scalars(select(Person))}
    assert organisations == {"Ministère de l’Intérieur": "7.4.2.h",
                             "Direction générale des douanes": "7.4.2.d"}
    assert people["Amélie Dupont"].title == "Directrice, sécurité"
    assert people["Awa Ndiaye"].sex is Sex.FEMALE
    backups = list(paths.backups_dir().glob("test-*-before-import.ncm"))
    assert len(backups) == 1


def test_existing_organisation_is_matched_by_folded_name(dossier: Dossier,
                                                         tmp_path: Path) -> None:
    existing = repository.save_organisation(dossier, repository.OrganisationValues(
        name="MINISTERE DE L'INTERIEUR", acronym="MI", category_id="7.4.2.h"))
    rows = list_of(tmp_path, [["Nom complet", "Organisation"],
                              ["Jean Sarr", "Ministère de l’Intérieur"], ["Ana Sy", "mi"]])
    report = import_members(dossier, rows)
    assert [r.organisation_exists for r in report.rows] == [True, True]
    assert count(dossier, Organisation) == 1
    with dossier.session() as session:
        assert set(session.scalars(select(Person.organisation_id))) == {existing}


def test_duplicates_in_the_file_and_in_the_dossier(dossier: Dossier, tmp_path: Path) -> None:
    organisation = repository.save_organisation(
        dossier, repository.OrganisationValues(name="Ministry of Health"))
    repository.save_person(dossier, repository.PersonValues(
        full_name="Grace Banda", organisation_id=organisation, email="grace@health.example"))
    rows = list_of(tmp_path, [
        ["Name", "Organisation", "Email", "Phone"],
        ["Grace  BANDA", "ministry of health", "", ""],  # the dossier's, spelled otherwise
        ["Peter Phiri", "Ministry of Defence", "peter@defence.example", "+265 1 789 456"],
        ["Peter Phiri", "Ministry of Defence", "", ""],  # same name and organisation
        ["P. Phiri", "Army", "PETER@defence.example", ""],  # same email
        ["Pete Phiri", "Army", "", "00265 1 789 456"],  # different digits: not the same
        ["Mary Banda", "Police", "", "+265 (1) 789-456"],  # same phone digits as line 3
        ["Other Person", "Ministry of Health", "grace@health.example", ""],
    ])
    report = import_members(dossier, rows)
    outcomes = [(r.line, r.outcome, r.duplicate_match, r.duplicate_line) for r in report.rows]
    assert outcomes == [
        (2, Outcome.DUPLICATE, DuplicateMatch.NAME_AND_ORGANISATION, None),
        (3, Outcome.ADDED, None, None),
        (4, Outcome.DUPLICATE, DuplicateMatch.NAME_AND_ORGANISATION, 3),
        (5, Outcome.DUPLICATE, DuplicateMatch.EMAIL, 3),
        (6, Outcome.ADDED, None, None),
        (7, Outcome.DUPLICATE, DuplicateMatch.PHONE, 3),
        (8, Outcome.DUPLICATE, DuplicateMatch.EMAIL, None),
    ]
    assert report.rows[0].duplicate_name == "Grace Banda"
    assert count(dossier, Person) == 3


def test_a_bad_row_refuses_the_whole_import(dossier: Dossier, tmp_path: Path) -> None:
    rows = list_of(tmp_path, [
        ["Name", "Organisation", "Email", "Sex"],
        ["Jane Doe", "Ministry of Justice", "jane@justice.example", "F"],
        ["", "Ministry of Justice", "", "M"],  # no name
        ["John Roe", "Ministry of Justice", "not an address", "M"],
        ["Ann Poe", "Ministry of Justice", "", "X"],  # an unknown sex
    ])
    report = import_members(dossier, rows)
    assert not report.written
    assert [r.outcome for r in report.rows] == [Outcome.NOT_ADDED] + [Outcome.ERROR] * 3
    assert [(r.problem.field, r.problem.code) for r in report.rows[1:]] == [
        ("full_name", ValidationError.Code.REQUIRED),
        ("email", ValidationError.Code.INVALID_EMAIL),
        ("sex", ValidationError.Code.INVALID_CHOICE),
    ]
    assert count(dossier, Person) == 0 and count(dossier, Organisation) == 0
    assert not list(paths.backups_dir().glob("*.ncm"))

    skipped = import_members(dossier, rows, skip_bad=True)
    assert skipped.written and skipped.people_added == 1
    assert [r.outcome for r in skipped.rows] == [Outcome.ADDED] + [Outcome.ERROR] * 3
    assert count(dossier, Person) == 1


def test_preview_writes_nothing(dossier: Dossier, tmp_path: Path) -> None:
    report = plan_import(dossier, list_of(tmp_path, FRENCH_ROWS))
    assert [r.outcome for r in report.rows] == [Outcome.ADDED] * 3
    assert not report.written and count(dossier, Person) == 0


def test_chosen_categories_replace_the_guesses(dossier: Dossier, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", FRENCH_ROWS, "utf-8", ";")
    member_list = read_member_list(read_table(path))
    chosen = {"ministere de l interieur": "7.4.2.s", "direction generale des douanes": None}
    import_members(dossier, candidates(member_list, chosen))
    with dossier.session() as session:
        categories = dict(session.execute(
            select(Organisation.name, Organisation.category_id)).all())
    assert categories == {"Ministère de l’Intérieur": "7.4.2.s",
                          "Direction générale des douanes": None}


def test_changed_mapping_is_applied(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", "Body", "Remarks"],
                                            ["Jane Doe", "Ministry of Health", "Ministry"]],
                     "utf-8", ",")
    member_list = read_member_list(read_table(path))
    assert member_list.mapping == (F.FULL_NAME, F.ORGANISATION, F.NOTES)
    changed = member_list.with_mapping((F.FULL_NAME, F.TITLE, None))
    row = candidates(changed)[0]
    assert (row.organisation, row.person.title, row.person.notes) == ("", "Ministry of Health", "")
