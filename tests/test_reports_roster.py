"""The membership roster read back from real PDFs: names, counts, public variant, Arabic."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from pdf_reading import (
    EMAIL,
    PHONE,
    characters_outside,
    drawn_order,
    fonts_not_embedded,
    normalised_words,
    page_texts,
    text,
    words_with_positions,
)
from pypdf import PdfReader

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.export import Options, export
from ncm_desktop.storage import repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import Membership, Role, Sex
from ncm_desktop.storage.repository import OrganisationValues, PersonValues

MARGIN = 18 * 72 / 25.4


def _people(path: Path) -> list[tuple[str, str, str, str]]:
    """(name, membership, sex, role) of every representative, read with plain SQL."""
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT p.full_name, o.membership, p.sex, p.role FROM person p "
            "JOIN organisation o ON o.id = p.organisation_id").fetchall()


def test_roster_lists_every_representative_with_contacts(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "roster.pdf"
    result = export("roster", demo, target, Options(language="en"))
    assert len(PdfReader(target).pages) == result.pages > 1
    content = text(target)
    people = _people(demo.path)
    assert people
    for name, *_ in people:
        assert name in content
    assert EMAIL.search(content) and PHONE.search(content)
    assert "Public version" not in content
    assert "7.4.2 h) Interior / internal affairs / police" in content
    assert "7.4.5 International bodies" in content
    # The footer numbers every page out of the total.
    for number, page in enumerate(page_texts(target), start=1):
        assert f"Page {number} of {result.pages}" in page


def test_composition_counts_match_the_dossier(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "roster.pdf"
    export("roster", demo, target, Options(language="en"))
    people = _people(demo.path)
    women = sum(sex == "female" for _, _, sex, _ in people)
    titular = [p for p in people if p[3] != "alternate"]
    titular_women = sum(sex == "female" for _, _, sex, _ in titular)
    content = text(target)
    assert (f"Women are {round(100 * women / len(people))}% of all representatives "
            f"({women} of {len(people)}) and {round(100 * titular_women / len(titular))}% of "
            f"titular members ({titular_women} of {len(titular)})") in content
    observers = [p for p in people if p[1] == "observer"]
    full = [p for p in people if p[1] == "full_member"]
    with sqlite3.connect(demo.path) as connection:
        organisations = dict(connection.execute(
            "SELECT membership, count(*) FROM organisation GROUP BY membership").fetchall())
    first_page = page_texts(target)[0]
    assert f"Full member {organisations['full_member']} {len(full)}" in first_page
    assert f"Observer {organisations['observer']} {len(observers)}" in first_page


def test_public_roster_has_no_email_or_phone(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "public.pdf"
    export("roster", demo, target, Options(language="en", public=True))
    content = text(target)
    assert "Public version: phone numbers and email addresses are left out." in content
    assert EMAIL.findall(content) == []
    assert PHONE.findall(content) == []
    for name, *_ in _people(demo.path):
        assert name in content
    assert PdfReader(target).metadata.title == "Membership roster (public version)"


def test_paper_size_follows_the_dossier_setting(demo: Dossier, tmp_path: Path) -> None:
    export("roster", demo, tmp_path / "a4.pdf", Options())
    repository.set_setting(demo, "paper_size", "Letter")
    export("roster", demo, tmp_path / "letter.pdf", Options())
    a4 = PdfReader(tmp_path / "a4.pdf").pages[0].mediabox
    letter = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


@pytest.fixture
def mixed(demo: Dossier) -> Dossier:
    """The sample dossier with representatives written in Arabic, Cyrillic and Chinese."""
    arabic = repository.save_organisation(demo, OrganisationValues(
        name="الشبكة العربية للأمن الإنساني", category_id="7.4.3",
        membership=Membership.FULL_MEMBER))
    repository.save_person(demo, PersonValues(
        full_name="فاطمة الزهراء بن علي", organisation_id=arabic, title="مديرة الشؤون القانونية",
        sex=Sex.FEMALE, email="f.benali@ahsn.example.org"))
    repository.save_person(demo, PersonValues(
        full_name="يوسف حداد", organisation_id=arabic, title="مستشار أول", sex=Sex.MALE,
        role=Role.ALTERNATE))
    other = repository.save_organisation(demo, OrganisationValues(
        name="联合国区域和平与裁军中心", category_id="7.4.5", membership=Membership.OBSERVER))
    repository.save_person(demo, PersonValues(full_name="王秀英", organisation_id=other,
                                              title="军控司副司长", sex=Sex.FEMALE))
    repository.save_person(demo, PersonValues(
        full_name="Екатерина Александровна Смирнова", organisation_id=other,
        title="Начальник отдела контроля над вооружениями", sex=Sex.FEMALE))
    repository.save_person(demo, PersonValues(
        full_name="Maria Guadalupe Fernández de la Concepción Rodríguez-Montealegre y "
                  "Villaseñor", organisation_id=other,
        title="Deputy Director-General for Multilateral Environmental and Security Affairs",
        email="maria.guadalupe.fernandez-rodriguez-montealegre@environment.gov.example"))
    return demo


def test_arabic_roster_names_come_back_from_the_pdf(mixed: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "roster-ar.pdf"
    export("roster", mixed, target, Options(language="ar"))
    words = normalised_words(target)
    for name in ("فاطمة الزهراء بن علي", "يوسف حداد", "الشبكة العربية للأمن الإنساني"):
        for word in name.split():
            # Drawn in display order: a reader that does not reorder gives it reversed.
            assert word in words or drawn_order(word) in words, word
    joined = text(target).replace("- ", "-")  # words cut after a hyphen, joined again
    for name, *_ in _people(mixed.path):
        if not any("\u0600" <= c <= "\u06ff" for c in name):
            assert name in joined
    assert fonts_not_embedded(target) == []
    assert PdfReader(target).pdf_header and PdfReader(target).trailer["/Root"]["/Lang"] == "ar"


def test_arabic_roster_runs_right_to_left(mixed: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "roster-ar.pdf"
    export("roster", mixed, target, Options(language="ar"))
    pages = page_texts(target)
    index = next(i for i, page in enumerate(pages)
                 if "فاطمة" in unicodedata.normalize("NFKC", page))
    words = words_with_positions(target, index)

    def x_of(word: str) -> float:
        return next(w["x0"] for w in words
                    if unicodedata.normalize("NFKC", w["text"]) in (word, drawn_order(word)))

    # The first word of a name stands to the right of the last one ...
    assert x_of("فاطمة") > x_of("الزهراء") > x_of("علي")
    # ... and the table is mirrored: organisation first, on the right; contact on the left.
    arabic = Translation("ar")
    headers = [arabic.translate("Roster", t).split()[0]
               for t in ("Organisation", "Name", "Contact")]
    assert x_of(headers[0]) > x_of(headers[1]) > x_of(headers[2])
    # Phone numbers keep their order inside an Arabic document.
    assert "+999 " in "".join(pages) and "999+" not in "".join(pages)


def test_long_names_wrap_inside_the_margins(mixed: Dossier, tmp_path: Path) -> None:
    for language in ("en", "ar", "zh", "ru"):
        target = tmp_path / f"roster-{language}.pdf"
        export("roster", mixed, target, Options(language=language))
        reader = PdfReader(target)
        width = float(reader.pages[0].mediabox.width)
        assert characters_outside(target, MARGIN, width - MARGIN) == [], language
        assert fonts_not_embedded(target) == [], language
    content = text(tmp_path / "roster-zh.pdf")
    assert "王秀英" in content and "Екатерина Александровна Смирнова" in content
    # Too long for its column, the name is cut after its hyphen, not drawn over the next.
    assert "Rodríguez-Montealegre" in content.replace("- ", "-")
