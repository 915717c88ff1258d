"""Screenshots of the main window, every section, and two dialogs, in several languages.

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/tools/screenshots_languages.py OUT \\
        [ar fr zh ... | pseudo | pseudo-rtl]

Each language runs in a fresh process (as the program starts: language before widgets),
on a sample dossier with a few names in Arabic, Chinese and Russian script, at the
1366×768 of the users' laptops.  Look at the PNG files: cut-off texts, Arabic laid out
left to right, missing glyphs (boxes), English left in a translated window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SIZE = (1366, 768)
#: Names in other scripts, with the brackets and e-mail addresses that upset bidi.
MIXED_PEOPLE = (
    ("王秀英", "wang.xiuying@mfa.gov.cn"),
    ("فاطمة الزهراء بن علي (MoI)", "f.benali@interieur.gov.ma"),
    ("Ольга Смирнова", "o.smirnova@mid.ru"),
    ("Jean-Baptiste Ndiaye (DGPN)", "jb.ndiaye@police.gouv.sn"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("languages", nargs="*", default=["ar", "fr", "zh"])
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    arguments.output.mkdir(parents=True, exist_ok=True)
    if arguments.one:
        return shoot(arguments.languages[0], arguments.output)
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    for code in arguments.languages:
        with tempfile.TemporaryDirectory() as home:
            environment["NCM_DESKTOP_HOME"] = home
            subprocess.run([sys.executable, __file__, "--one", str(arguments.output), code],
                           env=environment, check=True)
    return 0


def shoot(code: str, output: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy import select

    from ncm_desktop import paths
    from ncm_desktop.i18n.translation import Translation
    from ncm_desktop.storage import preferences, queries, repository
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.storage.models import Organisation
    from ncm_desktop.ui import language
    from ncm_desktop.ui.dialogs.person_dialog import PersonDialog
    from ncm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
    from ncm_desktop.ui.main_window import MainWindow
    from ncm_desktop.ui.pages import SECTIONS

    dossier_path = paths.data_dir() / "languages.ncm"
    dossier = write_demo(dossier_path)
    with dossier.session() as session:
        organisation = session.scalars(select(Organisation.id)).first()
    for name, email in MIXED_PEOPLE:
        repository.save_person(dossier, repository.PersonValues(
            full_name=name, email=email, organisation_id=organisation))
    dossier.close()

    application = QApplication([sys.argv[0]])
    pseudo = ""
    if code.startswith("pseudo"):  # "pseudo" or "pseudo-rtl"
        pseudo = code.removeprefix("pseudo").lstrip("-") or "long"
    language.install(Translation("en" if pseudo else code, pseudo=pseudo))
    window = MainWindow(preferences.load())
    window.setGeometry(0, 0, *SIZE)
    assert window.open_dossier(dossier_path)
    window.show()
    for section in SECTIONS:
        page = window.show_section(section.key)
        application.processEvents()
        window.grab().save(str(output / f"{code}-{section.key}.png"))
        table = getattr(page, "table", None)
        if table is not None:  # the names in other scripts sort last
            table.scrollToBottom()
            application.processEvents()
            window.grab().save(str(output / f"{code}-{section.key}-end.png"))
    people = queries.people(window.context.reader)  # type: ignore[union-attr]
    arabic = next(p for p in people if p.full_name == MIXED_PEOPLE[1][0])
    title, text = window.page("people").delete_question([arabic])  # type: ignore[union-attr]
    question = QMessageBox(QMessageBox.Icon.Question, title, text,
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                           window)
    for name, dialog in (("person", PersonDialog(window.context, arabic.id, window)),
                         ("preferences", PreferencesDialog(window.prefs, window)),
                         ("question", question)):
        dialog.show()
        application.processEvents()
        dialog.grab().save(str(output / f"{code}-{name}-dialog.png"))
        dialog.close()
    window.file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    application.processEvents()
    window.file_menu.grab().save(str(output / f"{code}-file-menu.png"))
    window.file_menu.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
