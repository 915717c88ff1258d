"""Screenshots of the Readiness page's chart and progress tabs on the sample dossier with
its three earlier baselines (and of another page, with ``--page``), at 1366×768.

    xvfb-run -a python tests/tools/screenshots_progress.py --out /tmp/shots --lang ar
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--page", nargs="+", default=["readiness"])
    arguments = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ncm-shot-"))
    os.environ["NCM_DESKTOP_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from ncm_desktop.catalog.loader import load_catalog
    from ncm_desktop.i18n.translation import Translation
    from ncm_desktop.rules.baselines import Scorer
    from ncm_desktop.storage import preferences
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.ui import language
    from ncm_desktop.ui.main_window import MainWindow

    dossier = home / "Meridia.ncm"
    write_demo(dossier, scorer=Scorer(load_catalog())).close()
    application = QApplication([sys.argv[0]])
    language.install(Translation(arguments.lang))
    window = MainWindow(preferences.load())
    window.setGeometry(0, 0, *SIZE)
    assert window.open_dossier(dossier)
    window.show()
    arguments.out.mkdir(parents=True, exist_ok=True)
    code = arguments.lang
    for key in arguments.page:
        page = window.show_section(key)
        application.processEvents()
        if key == "plan":
            page.tabs.setCurrentIndex(2)  # the costs, with their chart
        views = getattr(page, "views", None) if key == "readiness" else None
        shots = [(f"{key}-chart", 0), (f"{key}-progress", 2)] if views else [(key, None)]
        for name, tab in shots:
            if views is not None and tab is not None:
                views.setCurrentIndex(tab)
            for _ in range(5):
                application.processEvents()
            path = arguments.out / f"{name}-{code}.png"
            window.grab().save(str(path))
            print(f"saved {path}")
    window.close()


if __name__ == "__main__":
    main()
