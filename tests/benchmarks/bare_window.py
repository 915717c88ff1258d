"""The yardstick: a bare PySide6 window shown, painted and closed.

Prints ``painted EPOCH-SECONDS`` once the window has been painted, for the first-paint
comparison of ``bench_startup.py``.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def paint_and_quit() -> None:
    window.grab()
    print(f"painted {time.time():.6f}", flush=True)
    application.quit()


application = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, paint_and_quit)
application.exec()
