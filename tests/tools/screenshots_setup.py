"""Screenshots of the set-up pages, the dashboard and the assistant at 1366×768, to look at.

    NCM_DESKTOP_HOME=/tmp/h PYTHONPATH=. xvfb-run -a -s "-screen 0 1366x768x24" \\
        python tests/tools/screenshots_setup.py OUT_FOLDER [LANGUAGE]

Writes ``page-KEY.png`` for every page on the sample dossier, ``assistant-N.png`` for the
assistant's steps on a new, empty dossier and ``assistant-demo-N.png`` on the sample.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.storage import preferences
from ncm_desktop.storage.database import Dossier
from ncm_desktop.storage.demo import write_demo
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.pages import SECTIONS

SIZE = (1366, 740)  # the screen less a taskbar


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    application = QApplication(sys.argv[:1])
    Translation(language).install(application)
    folder = Path(tempfile.mkdtemp(prefix="ncm-shots-"))
    demo = folder / "demo.ncm"
    write_demo(demo).close()
    empty = folder / "empty.ncm"
    Dossier.create(empty).close()

    window = MainWindow(preferences.load())
    window.resize(*SIZE)
    window.show()
    window.open_dossier(demo)
    for section in SECTIONS:
        window.show_section(section.key)
        application.processEvents()
        window.grab().save(str(out / f"page-{section.key}.png"))
    _assistant(window, application, out / "assistant-demo")
    window.open_dossier(empty)
    application.processEvents()
    _assistant(window, application, out / "assistant")
    window.show_section("readiness")
    application.processEvents()
    window.grab().save(str(out / "page-readiness-empty.png"))


def _assistant(window: MainWindow, application: QApplication, prefix: Path) -> None:
    window.open_assistant()
    wizard = window.assistant
    assert wizard is not None
    wizard.restart()
    for step in range(len(wizard.steps)):
        if step:
            wizard.next()
        application.processEvents()
        wizard.grab().save(f"{prefix}-{step}.png")
    wizard.reject()
    application.processEvents()


if __name__ == "__main__":
    main()
