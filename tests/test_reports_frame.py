"""What every hand-out shares: metadata, embedded fonts, page furniture and safe writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import fonts_not_embedded, page_texts
from pypdf import PdfReader

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.translation import Translation
from ncm_desktop.reports import document
from ncm_desktop.reports.export import Options, export
from ncm_desktop.reports.kinds import KINDS, MeetingUse
from ncm_desktop.reports.kinds import kind as kind_of
from ncm_desktop.storage.connection import connect
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.errors import OutputNotWritable
from ncm_desktop.storage.plan_queries import meetings

#: Hand-outs that are drafts in the sample: the PoA section always, the plan until adopted.
DRAFTS = ("poa-section1", "action-plan")


def _options(dossier: Dossier, key: str, language: str) -> Options:
    """Options for ``key``; a hand-out about a meeting gets the sample's latest one."""
    if kind_of(key).meeting is not MeetingUse.REQUIRED:
        return Options(language=language)
    connection = connect(dossier.path, read_only=True)
    try:
        return Options(language=language, meeting=meetings(connection)[0].id)
    finally:
        connection.close()


@pytest.mark.parametrize("kind", [k.key for k in KINDS])
def test_metadata_header_footer_and_fonts(demo: Dossier, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.pdf"
    result = export(kind, demo, target, _options(demo, kind, "fr"))
    french = Translation("fr")
    reader = PdfReader(target)
    info = reader.metadata
    assert info.title and info.subject
    assert info.title in {french.translate("Reports", k.title) for k in KINDS}
    assert info.author == "National Commission for the Control of Small Arms and Light Weapons"
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert fonts_not_embedded(target) == []
    pages = page_texts(target)
    assert len(pages) == result.pages
    page_of = french.translate("Reports", document._PAGE)
    generated_by = french.translate("Reports", document._GENERATED).split("%1")[-1].strip()
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert "Republic of Meridia" in page
        assert " ".join(page_of.replace("%1", str(number)).replace("%2", str(len(pages)))
                        .split()) in flat
        assert " ".join(generated_by.split()) in flat
        assert (french.translate("Reports", document._DRAFT) in page) == (kind in DRAFTS)


@pytest.mark.parametrize("language", ["ar", "zh", "ru"])
def test_every_font_is_embedded_in_every_script(demo: Dossier, tmp_path: Path,
                                                language: str) -> None:
    for kind in KINDS:
        target = tmp_path / f"{kind.key}.pdf"
        export(kind.key, demo, target, _options(demo, kind.key, language))
        assert fonts_not_embedded(target) == [], kind.key


def test_a_missing_folder_is_refused_before_any_work(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "roster.pdf"
    with pytest.raises(OutputNotWritable) as caught:
        export("roster", demo, target, Options())
    assert caught.value.reason is OutputNotWritable.Reason.FOLDER_MISSING
    assert "its folder does not exist" in error_message(caught.value)
    assert not target.parent.exists()


def test_a_folder_as_target_is_refused(demo: Dossier, tmp_path: Path) -> None:
    with pytest.raises(OutputNotWritable) as caught:
        export("roster", demo, tmp_path, Options())
    assert caught.value.reason is OutputNotWritable.Reason.IS_A_FOLDER
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_read_only_folder_is_refused(demo: Dossier) -> None:
    # /sys refuses new files even to root, where a chmod-ed folder would not.
    target = Path("/sys/ncm-desktop-roster.pdf")
    with pytest.raises(OutputNotWritable) as caught:
        export("roster", demo, target, Options())
    assert caught.value.reason is OutputNotWritable.Reason.FOLDER_READ_ONLY
    assert "read-only" in error_message(caught.value)
    assert not target.exists()


def test_a_failure_half_way_leaves_the_old_file(demo: Dossier, tmp_path: Path) -> None:
    target = tmp_path / "attendance.pdf"
    target.write_bytes(b"the previous sheet")

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export("attendance", demo, target, Options(), stop)
    assert target.read_bytes() == b"the previous sheet"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(("demo", ".demo"))] == [
        "attendance.pdf"]


def test_public_variant_only_where_it_applies(demo: Dossier, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export("letters", demo, tmp_path / "x.pdf", Options(public=True))
    assert not (tmp_path / "x.pdf").exists()
