"""``ncm-desktop --smoke-test``, printing the moment its window has been painted once.

    python tests/benchmarks/first_paint.py --smoke-test DOSSIER

The smoke test paints its window with ``grab()`` before it quits; this runs the same
program with that one call timed, and prints ``painted EPOCH-SECONDS`` on standard output
when it returns, so that the caller can subtract the moment it started the process.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from ncm_desktop.launcher import main
from ncm_desktop.ui import application

_finish = application._finish_smoke_test


def _finish_reporting_paint(window: Any, errors: list[str]) -> None:
    grab = window.grab

    def timed_grab(*arguments: Any) -> Any:
        pixmap = grab(*arguments)
        print(f"painted {time.time():.6f}", flush=True)
        return pixmap

    window.grab = timed_grab  # this window only, for the smoke test's one paint
    _finish(window, errors)


application._finish_smoke_test = _finish_reporting_paint

if __name__ == "__main__":
    sys.exit(main())
