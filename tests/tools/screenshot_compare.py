"""Screenshot File > Compare dossiers… on five sample States, and write their comparison.

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/tools/screenshot_compare.py \\
        --out compare-dialog.png --lang en --pdf compare-en.pdf

Makes five varied sample dossiers (``write_demo`` with a State name) in a private home
folder, opens the dialog on them at 1366×768, compares, grabs it, and (with ``--pdf``,
``.pdf``, ``.xlsx`` or ``.json``) exports the comparison in the same language.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

STATES = ("Republic of Aurelia", "Republic of Borealis", "Republic of Cascadia",
          "Republic of Dorado", "Republic of Meridia")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--pdf", type=Path, help="also export the comparison to this file")
    parser.add_argument("--tab", type=int, default=0, help="0: States, 1: common gaps")
    arguments = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ncm-shot-"))
    os.environ["NCM_DESKTOP_HOME"] = str(home)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ncm_desktop.i18n.translation import Translation
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.ui import language
    from ncm_desktop.ui.dialogs.compare_dialog import CompareDialog

    application = QApplication([])
    language.install(Translation(arguments.lang))
    paths = []
    for name in STATES:
        path = home / f"{name.split()[-1].lower()}.ncm"
        write_demo(path, 200, state_name=name).close()
        paths.append(path)
    dialog = CompareDialog(paths)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.start()

    def grab() -> None:
        if dialog.running:
            QTimer.singleShot(200, grab)
            return
        dialog.tabs.setCurrentIndex(arguments.tab)
        application.processEvents()
        arguments.out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(arguments.out))
        print(f"saved {arguments.out}")
        if arguments.pdf is not None:
            dialog.export_to(arguments.pdf, arguments.lang)
            print(f"saved {arguments.pdf}")
        application.quit()

    QTimer.singleShot(300, grab)
    application.exec()


if __name__ == "__main__":
    main()
