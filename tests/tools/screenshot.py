"""Take a screenshot of the real main window, the way a user sees it.

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/tools/screenshot.py \\
        --section people --lang en --out docs/main-window.png

Runs the program's own start-up (``ui.application.run``) on the sample dossier (or on
``--dossier``) in a private home folder, selects a section, waits for it to paint and
saves the window as PNG at the laptop size the program is built for (1366×768).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--section", default="")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dossier", help="a dossier file, or a server dossier's URL")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--delay", type=int, default=600, help="milliseconds before grabbing")
    arguments = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ncm-shot-"))
    os.environ["NCM_DESKTOP_HOME"] = str(home)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.ui import application
    from ncm_desktop.ui.main_window import MainWindow

    dossier = arguments.dossier
    if dossier is None:
        dossier = home / "Meridia.ncm"
        write_demo(dossier).close()
    width, height = (int(v) for v in arguments.size.split("x"))
    show = MainWindow.show

    def show_and_grab(window: MainWindow) -> None:
        show(window)
        window.resize(width, height)
        if arguments.section:
            window.show_section(arguments.section)

        def grab() -> None:
            arguments.out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(arguments.out))
            print(f"saved {arguments.out}")
            QApplication.quit()

        QTimer.singleShot(arguments.delay, grab)

    MainWindow.show = show_and_grab  # type: ignore[method-assign]
    application.run([str(dossier), "--lang", arguments.lang])


if __name__ == "__main__":
    main()
