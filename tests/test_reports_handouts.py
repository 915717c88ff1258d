"""Attendance sheet, notification letters and PoA section 1, read back from real PDFs."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date
from pathlib import Path

from pdf_reading import fonts_not_embedded, page_texts, text
from pypdf import PdfReader
from sqlalchemy import delete, select, update

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports.attendance import MeetingHeading, draw_sheet
from ncm_desktop.reports.document import Document, Header
from ncm_desktop.reports.export import Options, export
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.enums import Role
from ncm_desktop.storage.handouts import Participant
from ncm_desktop.storage.models import Person, PointOfContact, PointOfContactInstrument


def _scalar(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchone()[0]


# -- attendance ------------------------------------------------------------------------


def test_attendance_has_a_row_per_expected_participant(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "attendance.pdf"
    result = export("attendance", demo, target, Options())
    expected = _scalar(demo.path, "SELECT count(*) FROM person p JOIN organisation o ON "
                                  "o.id = p.organisation_id WHERE o.membership IN "
                                  "('full_member', 'observer')")
    invited = _scalar(demo.path, "SELECT p.full_name FROM person p JOIN organisation o ON "
                                 "o.id = p.organisation_id WHERE o.membership = 'invited'")
    content = text(target)
    assert f"Expected participants ({expected})" in content
    assert f" {expected} " in content and f" {expected + 1} " not in content
    assert invited not in content  # invited bodies are not expected by default
    assert "Other participants" in content
    assert content.count("Signature") >= 2 and len(PdfReader(target).pages) == result.pages
    assert not PdfReader(target).pages[0].extract_text().count("DRAFT")


def test_attendance_takes_a_meeting_list_of_invitees(tmp_path: Path) -> None:
    """What a meeting passes in: its own invitees and heading."""
    target = tmp_path / "meeting.pdf"
    invitees = [Participant("Ministry of Defence", "Layla Khoury", "Director", Role.CHAIR),
                Participant("وزارة العدل", "يوسف حداد"),
                Participant("Customs", "Ana Souza")]
    with target.open("wb") as stream:
        document = Document(stream, translation=Translation("en"), paper="Letter",
                            title="Attendance sheet", subject="test",
                            header=Header("Commission", "Meridia"),
                            generated=date(2026, 3, 14))  # type: ignore[arg-type]
        draw_sheet(document, invitees, MeetingHeading("Third ordinary session",
                                                      date(2026, 4, 2), "Port Meridian"),
                   lambda done, total: None)
        document.finish()
    content = text(target)
    for expected in ("Expected participants (3)", "Layla Khoury", "Director · Chair",
                     "Ana Souza", "Third ordinary session", "2 April 2026", "Port Meridian"):
        assert expected in content
    arabic = unicodedata.normalize("NFKC", content)
    assert "يوسف" in arabic or "يوسف"[::-1] in arabic
    assert round(float(PdfReader(target).pages[0].mediabox.height)) == 792


# -- letters ---------------------------------------------------------------------------


def test_one_letter_per_covered_instrument(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "letters.pdf"
    result = export("letters", demo, target, Options())
    pages = page_texts(target)
    assert result.pages == len(pages) == 4  # cover, PoA, ITI, ATT
    cover, *letters = pages
    assert "Instruments with no Point of Contact" in cover and "UN Firearms Protocol" in cover
    offices = ["United Nations Office for Disarmament Affairs"] * 2 + [
        "Secretariat of the Arms Trade Treaty"]
    subjects = ["UN PoA", "International Tracing Instrument", "Arms Trade Treaty"]
    with demo.session() as session:
        names = dict(session.execute(
            select(PointOfContactInstrument.instrument_id, Person.full_name)
            .join(PointOfContact,
                  PointOfContact.id == PointOfContactInstrument.point_of_contact_id)
            .join(Person, Person.id == PointOfContact.person_id)).all())
    for letter, office, subject, instrument in zip(letters, offices, subjects,
                                                   ("4.2", "4.3", "4.5"), strict=True):
        assert office in letter
        assert f"Subject: National Point of Contact for the {subject}" in letter
        assert names[instrument] in letter
        assert "Name and title" in letter and "DRAFT" not in letter
    assert "United Nations Office on Drugs and Crime" not in " ".join(letters)
    assert fonts_not_embedded(target) == []


def test_a_letter_without_contact_details_is_a_draft(demo: Dossier, tmp_path: Path) -> None:
    with demo.transaction() as session:
        contact = session.scalars(select(PointOfContact).join(PointOfContactInstrument)
                                  .where(PointOfContactInstrument.instrument_id == "4.5")).one()
        session.execute(update(Person).where(Person.id == contact.person_id)
                        .values(phone="", email=""))
    target = tmp_path / "letters.pdf"
    export("letters", demo, target, Options())
    cover, poa, iti, att = page_texts(target)
    assert "DRAFT" in att and "not recorded" in att
    assert "DRAFT" not in poa and "DRAFT" not in iti
    assert "A letter marked DRAFT" in cover


def test_no_point_of_contact_gives_a_cover_page_only(demo: Dossier, tmp_path: Path) -> None:
    with demo.transaction() as session:
        session.execute(delete(PointOfContact))
    target = tmp_path / "letters.pdf"
    result = export("letters", demo, target, Options(language="fr"))
    assert result.pages == 1
    content = " ".join(text(target).split())
    from ncm_desktop.catalog import load_catalog
    from ncm_desktop.i18n.translation import Translation
    from ncm_desktop.reports import letters

    french = Translation("fr")
    assert " ".join(french.translate("Letters", letters._NO_LETTERS).split()) in content
    for instrument in ("4.2", "4.3", "4.4", "4.5"):
        assert load_catalog("fr").instrument(instrument).short in content


# -- PoA section 1 ---------------------------------------------------------------------


def test_poa_section_is_prefilled_and_a_draft(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "poa.pdf"
    result = export("poa-section1", demo, target, Options())
    pages = page_texts(target)
    assert all("DRAFT" in page for page in pages) and result.pages == len(pages)
    content = " ".join(pages)
    counts = {sex: _scalar(demo.path, "SELECT count(*) FROM person p JOIN organisation o ON "
                                      "o.id = p.organisation_id WHERE o.membership = "
                                      f"'full_member' AND p.sex = '{sex}'")
              for sex in ("female", "male")}
    assert f"All representatives {counts['female']} {counts['male']} 0 " \
           f"{counts['female'] + counts['male']}" in content
    assert "National Commission for the Control of Small Arms and Light Weapons" in content
    assert "12 Independence Avenue, PO Box 4410, Port Meridian" in content
    assert "secretariat@natcom-salw.gov.example" in content
    poa_contact = _scalar(demo.path, "SELECT p.full_name FROM person p JOIN point_of_contact c "
                                     "ON c.person_id = p.id JOIN point_of_contact_instrument i "
                                     "ON i.point_of_contact_id = c.id "
                                     "WHERE i.instrument_id = '4.2'")
    assert poa_contact in content
    question = ("Is the National Point of Contact for the UN PoA also the National Point of "
                "Contact for the International Tracing Instrument? Yes")
    assert question in content
    assert PdfReader(target).metadata.subject.startswith("National coordination section")


def test_poa_section_names_a_separate_iti_contact(demo: Dossier, tmp_path: Path) -> None:
    with demo.transaction() as session:
        other = session.scalars(select(Person).where(Person.full_name != "")).all()[-1]
        contact = PointOfContact(person_id=other.id)
        session.add(contact)
        session.flush()
        session.execute(update(PointOfContactInstrument)
                        .where(PointOfContactInstrument.instrument_id == "4.3")
                        .values(point_of_contact_id=contact.id))
        name = other.full_name
    target = tmp_path / "poa.pdf"
    export("poa-section1", demo, target, Options())
    content = text(target)
    assert "International Tracing Instrument? No" in content
    assert "1.6 National Point of Contact for the International Tracing Instrument" in content
    assert name in content


def test_an_empty_dossier_prints_every_hand_out(dossier: Dossier, tmp_path: Path) -> None:
    from ncm_desktop.i18n.translation import Translation
    from ncm_desktop.reports import attendance, document, letters, poa_section1, roster

    french = Translation("fr")
    expected = {
        "roster": french.translate("Roster", roster._EMPTY),
        "attendance": french.translate("Attendance", attendance._NONE),
        "letters": french.translate("Letters", letters._NO_LETTERS),
        "poa-section1": french.translate("PoaSection1", poa_section1._NO_BODY),
    }
    stand_in = french.translate("Reports", document._NO_NAME)  # the header's stand-in name
    for kind, sentence in expected.items():
        target = tmp_path / f"{kind}.pdf"
        result = export(kind, dossier, target, Options(language="fr"))
        assert result.pages >= 1
        content = " ".join(text(target).split())
        assert " ".join(sentence.split()) in content, kind
        assert stand_in in content
