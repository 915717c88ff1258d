"""Write every hand-out of the sample dossier in several languages, and PNGs to look at.

    python tests/tools/render_samples.py OUT_FOLDER [--languages en,fr,ar,ru,zh]
                                         [--resolution 60] [--letter]

The sample dossier gets a few extra representatives whose names are written in Arabic,
Cyrillic and Chinese script, and one very long name, so that every script and the
wrapping show up on the pages; its plan gets an activity with an Arabic title and a long
description.  The hand-outs about a meeting (minutes, and a second attendance sheet) are
of the sample's plenary; the action plan is also written as .docx and .xlsx.  PNGs are
made with poppler's ``pdftoppm``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ncm_desktop.catalog.loader import load_catalog  # noqa: E402
from ncm_desktop.reports.export import Options, export  # noqa: E402
from ncm_desktop.reports.kinds import KINDS, MeetingUse  # noqa: E402
from ncm_desktop.rules.baselines import Scorer  # noqa: E402
from ncm_desktop.storage import plan_repository, repository  # noqa: E402
from ncm_desktop.storage.connection import connect  # noqa: E402
from ncm_desktop.storage.database import Dossier  # noqa: E402
from ncm_desktop.storage.demo import write_demo  # noqa: E402
from ncm_desktop.storage.enums import Membership, Role, Sex  # noqa: E402
from ncm_desktop.storage.repository import OrganisationValues, PersonValues  # noqa: E402

#: (organisation, category, membership, people as (name, title, sex, role, email))
MIXED_SCRIPTS = (
    ("الشبكة العربية للأمن الإنساني", "7.4.3", Membership.FULL_MEMBER, (
        ("فاطمة الزهراء بن علي", "مديرة الشؤون القانونية", Sex.FEMALE, Role.MEMBER,
         "f.benali@ahsn.example.org"),
        ("د. أحمد عبد الله (UNDP 2024)", "مستشار أول", Sex.MALE, Role.ALTERNATE, ""),
    )),
    ("Представительство Содружества по контролю над вооружениями", "7.4.5",
     Membership.OBSERVER, (
        ("Екатерина Александровна Смирнова", "Начальник отдела контроля над вооружениями",
         Sex.FEMALE, Role.MEMBER, "e.smirnova@cis-arms.example.org"),
    )),
    ("联合国区域和平与裁军中心", "7.4.5", Membership.OBSERVER, (
        ("王秀英", "军控司副司长", Sex.FEMALE, Role.MEMBER, "wang.xiuying@unrcpd.example.org"),
        ("李明 (Li Ming)", "项目官员", Sex.MALE, Role.ALTERNATE, ""),
    )),
    ("Ministry of Environment, Wildlife and Tourism", None, None, (
        ("Maria Guadalupe Fernández de la Concepción Rodríguez-Montealegre y Villaseñor",
         "Deputy Director-General for Multilateral Environmental and Security Affairs",
         Sex.FEMALE, Role.ALTERNATE,
         "maria.guadalupe.fernandez-rodriguez-montealegre@environment.gov.example"),
    )),
)


def add_mixed_scripts(dossier: Dossier) -> None:
    """Representatives written in Arabic, Cyrillic and Chinese script, and a long name."""
    with dossier.session() as session:
        from sqlalchemy import select

        from ncm_desktop.storage.models import Organisation

        existing = {name: oid for oid, name in session.execute(
            select(Organisation.id, Organisation.name))}
    for name, category, membership, people in MIXED_SCRIPTS:
        organisation = existing.get(name)
        if organisation is None:
            organisation = repository.save_organisation(dossier, OrganisationValues(
                name=name, category_id=category, membership=membership))
        for full_name, title, sex, role, email in people:
            repository.save_person(dossier, PersonValues(
                full_name=full_name, organisation_id=organisation, title=title, sex=sex,
                role=role, email=email, phone="+999 20 555 0199"))


def add_mixed_plan(dossier: Dossier) -> None:
    """An activity titled in Arabic, with a long description, under the first objective."""
    connection = connect(dossier.path, read_only=True)
    try:
        from ncm_desktop.storage.plan_queries import load_plan

        plan = load_plan(connection)
    finally:
        connection.close()
    plan_repository.save_activity(dossier, plan_repository.ActivityValues(
        title="تدريب ممثلي المجتمع المدني على رصد الأسلحة الصغيرة (UNDP 2026)",
        description=("A long description that wraps over several lines of its cell: "
                     "workshops in each of the ten regions, with materials in the national "
                     "languages, follow-up visits after six months and a final report to "
                     "the plenary of the Commission. ") * 2,
        lead_organisation_id=plan.activities[0].lead_organisation_id,
        start_date=plan.plan.period_start, end_date=plan.plan.period_end,
        estimated_cost=9_750_000, currency="XOF", funding=plan_repository.FundingKind.DONOR,
        donor="Fonds de consolidation de la paix", indicator="١٢٠ participants"),
        plan.objectives[0].id)


def plenary(dossier: Dossier) -> object:
    from ncm_desktop.storage.plan_queries import meetings

    connection = connect(dossier.path, read_only=True)
    try:
        return next(m.id for m in meetings(connection) if m.kind.value == "plenary")
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--languages", default="en,fr,ar,ru,zh")
    parser.add_argument("--resolution", type=int, default=60)
    parser.add_argument("--letter", action="store_true", help="US Letter instead of A4")
    parser.add_argument("--kinds", default="", help="only these hand-outs (comma-separated)")
    arguments = parser.parse_args()
    folder: Path = arguments.output
    folder.mkdir(parents=True, exist_ok=True)
    dossier = write_demo(folder / "sample.ncm", scorer=Scorer(load_catalog()))
    add_mixed_scripts(dossier)
    add_mixed_plan(dossier)
    meeting = plenary(dossier)
    if arguments.letter:
        repository.set_setting(dossier, "paper_size", "Letter")
    pdftoppm = shutil.which("pdftoppm")
    for language in arguments.languages.split(","):
        for kind in KINDS:
            if arguments.kinds and kind.key not in arguments.kinds.split(","):
                continue
            variants = [(public, None) for public in
                        ((False, True) if kind.public_variant else (False,))]
            if kind.meeting is MeetingUse.REQUIRED:
                variants = [(False, meeting)]
            elif kind.meeting is MeetingUse.OPTIONAL:
                variants.append((False, meeting))
            for public, about in variants:
                name = (f"{kind.key}{'-public' if public else ''}"
                        f"{'-meeting' if about and kind.meeting is MeetingUse.OPTIONAL else ''}"
                        f"-{language}")
                options = Options(language=language, public=public, meeting=about)
                result = export(kind.key, dossier, folder / f"{name}.pdf", options)
                print(f"{result.path.name}: {result.pages} page(s)")
                if pdftoppm:
                    subprocess.run([pdftoppm, "-r", str(arguments.resolution), "-png",
                                    str(result.path), str(folder / name)], check=True)
                for editable in kind.formats[1:]:
                    copy = export(kind.key, dossier, folder / f"{name}.{editable}", options)
                    print(f"{copy.path.name}: editable copy")
    dossier.close()
    if not pdftoppm:
        print("pdftoppm not found (poppler-utils): only the PDFs were written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
