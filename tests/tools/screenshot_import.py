"""Screenshot of the import dialog on a real commission composition, unsure rows first.

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/tools/screenshot_import.py \\
        --lang en --out /tmp/import-dialog.png

Starts the real window on the sample dossier in a private home folder, opens
File > Import members… on a member list made from the Mali and Niger compositions of
tests/data/member_lists/corpus.json, and saves the dialog as PNG.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "data" / "member_lists" / "corpus.json"
PEOPLE = ["Awa Diallo", "Issa Traoré", "Fanta Keita", "Moussa Coulibaly", "Aminata Touré",
          "Oumar Sidibé", "Mariam Koné", "Boubacar Cissé", "Salif Maïga", "Hawa Sangaré"]


def write_list(path: Path) -> None:
    compositions = json.loads(CORPUS.read_text(encoding="utf-8"))["compositions"]
    names = [i["name"] for c in compositions if c["country"] in ("Mali", "Niger")
             for i in c["institutions"]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nom complet", "Institution", "Sexe", "Qualité"])
        for position, name in enumerate(names):
            writer.writerow([PEOPLE[position % len(PEOPLE)] + f" {position + 1}", name,
                             "F" if position % 2 else "H",
                             "Titulaire" if position % 3 else "Suppléant"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--delay", type=int, default=1500, help="milliseconds before grabbing")
    parser.add_argument("--at-first-sure", action="store_true",
                        help="scroll the organisations to where the sure guesses begin")
    arguments = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ncm-shot-"))
    os.environ["NCM_DESKTOP_HOME"] = str(home)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.ui import application
    from ncm_desktop.ui.dialogs.import_dialog import ImportDialog
    from ncm_desktop.ui.main_window import MainWindow

    dossier = home / "Meridia.ncm"
    write_demo(dossier).close()
    members = home / "commission.csv"
    write_list(members)
    show = MainWindow.show

    def show_and_import(window: MainWindow) -> None:
        show(window)
        window.resize(1366, 768)

        def grab() -> None:
            dialog = window.findChild(ImportDialog)
            if arguments.at_first_sure:
                model = dialog.organisations
                first = next(r for r in range(model.rowCount()) if not model.choice(r).to_confirm)
                dialog.organisation_view.scrollTo(model.index(max(first - 3, 0), 0),
                                                  dialog.organisation_view.ScrollHint.PositionAtTop)
            arguments.out.parent.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(arguments.out))
            print(f"saved {arguments.out} ({dialog.width()}x{dialog.height()})")
            QApplication.quit()

        QTimer.singleShot(arguments.delay, lambda: window.import_members_from(members))
        QTimer.singleShot(2 * arguments.delay, grab)

    MainWindow.show = show_and_import  # type: ignore[method-assign]
    application.run([str(dossier), "--lang", arguments.lang])


if __name__ == "__main__":
    main()
