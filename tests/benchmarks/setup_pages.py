"""Time the set-up pages and the readiness evaluation on a large dossier; prints figures.

    PYTHONPATH=. python tests/benchmarks/setup_pages.py [MEMBERS]

Makes a sample dossier with MEMBERS people (10,000 by default) in a temporary folder,
then times loading the snapshot, evaluating every provision, and showing each page of
the window for the first time and after a change.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NCM_DESKTOP_HOME", tempfile.mkdtemp(prefix="ncm-bench-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ncm_desktop.catalog import load_catalog  # noqa: E402
from ncm_desktop.rules.readiness import evaluate  # noqa: E402
from ncm_desktop.storage import preferences  # noqa: E402
from ncm_desktop.storage.connection import connect  # noqa: E402
from ncm_desktop.storage.demo import write_demo  # noqa: E402
from ncm_desktop.storage.dossier_data import load_snapshot  # noqa: E402

PAGES = ("readiness", "framework", "authority", "contacts", "composition", "functions",
         "infrastructure", "responsibilities")


def main() -> None:
    members = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    path = Path(tempfile.mkdtemp(prefix="ncm-bench-")) / "big.ncm"
    write_demo(path, members).close()
    print(f"dossier: {members} people")

    connection = connect(path, read_only=True)
    catalog = load_catalog()
    started = time.perf_counter()
    snapshot = load_snapshot(connection)
    loaded = time.perf_counter()
    evaluate(snapshot, catalog)
    done = time.perf_counter()
    connection.close()
    print(f"snapshot: {1000 * (loaded - started):.1f} ms, evaluate: "
          f"{1000 * (done - loaded):.1f} ms")

    application = QApplication.instance() or QApplication([])
    from ncm_desktop.ui.main_window import MainWindow

    window = MainWindow(preferences.load())
    window.resize(1366, 740)
    window.show()
    started = time.perf_counter()
    window.open_dossier(path)
    application.processEvents()
    print(f"open and show the dashboard: {1000 * (time.perf_counter() - started):.0f} ms")
    for key in PAGES:
        started = time.perf_counter()
        window.show_section(key)
        application.processEvents()
        first = time.perf_counter() - started
        started = time.perf_counter()
        window.context.notify(*window.page(key).tables)
        application.processEvents()
        again = time.perf_counter() - started
        print(f"{key:>16}: first show {1000 * first:6.0f} ms, reload {1000 * again:5.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
