"""Start the window: language first, then the dossier, then paint; slow work after."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ncm_desktop import __version__, paths
from ncm_desktop.i18n import pseudo
from ncm_desktop.i18n.languages import CODES
from ncm_desktop.i18n.translation import Translation, choose_language
from ncm_desktop.storage import preferences
from ncm_desktop.storage.server_location import is_server_url
from ncm_desktop.storage.sqlite_module import sqlite3
from ncm_desktop.ui import language
from ncm_desktop.ui.main_window import MainWindow

#: How long after the first paint the SQLAlchemy side of the dossier is opened.
WARM_UP_DELAY_MS = 150


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ncm-desktop",
        description="Set up and run a national coordinating mechanism on small arms "
                    "(MOSAIC 03.40). Without a sub-command, opens the window.",
        epilog="Sub-commands: demo, check, readiness, export, import, exchange, backup, "
               "restore, server. Run 'ncm-desktop SUB-COMMAND --help' for each.",
    )
    parser.add_argument("dossier", nargs="?",
                        help="the dossier (.ncm) to open, or a server dossier "
                             "(postgresql://user@server/database); default: the last one used")
    parser.add_argument("--demo", action="store_true",
                        help="open the sample dossier of a fictional State")
    parser.add_argument("--lang", choices=CODES, help="language of the interface")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, load the dossier, paint, exit (0 when all "
                             "went well)")
    parser.add_argument("--version", action="version",
                        version=f"NCM Desktop {__version__} (SQLite {sqlite3.sqlite_version})")
    return parser.parse_args(argv)


def run(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    prefs = preferences.load()
    application = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(application, QApplication)
    application.setApplicationName(paths.APP_NAME)
    application.setApplicationVersion(__version__)
    application.setDesktopFileName("ncm-desktop")
    application.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "ncm-desktop.svg")))
    # Before any widget: the direction and font of everything built afterwards follow.
    language.install(Translation(choose_language(arguments.lang, prefs.language),
                                 pseudo=pseudo.requested_mode()))

    errors: list[str] = []
    sys.excepthook = _excepthook(errors, interactive=not arguments.smoke_test)
    window = MainWindow(prefs, interactive=not arguments.smoke_test)
    window.auto_assistant = not arguments.smoke_test
    application.main_window = window  # type: ignore[attr-defined]
    if arguments.dossier is not None and is_server_url(arguments.dossier):
        window.open_server_dossier(arguments.dossier)
    else:
        dossier = _dossier_to_open(arguments, prefs)
        if dossier is not None:
            window.open_dossier(dossier)
    window.show()

    if arguments.smoke_test:
        QTimer.singleShot(0, lambda: _finish_smoke_test(window, errors))
    elif window.context is not None:
        QTimer.singleShot(WARM_UP_DELAY_MS, window.context.writer)
    code = application.exec()
    window.close_dossier()  # quitting without closing the window still writes back and unlocks
    return code


def _dossier_to_open(arguments: argparse.Namespace, prefs: preferences.Preferences) -> Path | None:
    """The dossier named, the demo, the last one used, or the default (created if new)."""
    if arguments.dossier is not None:
        return Path(arguments.dossier)
    if arguments.demo:
        demo = paths.data_dir() / f"demo{paths.DOSSIER_SUFFIX}"
        if not demo.exists():
            from ncm_desktop.catalog.loader import load_catalog
            from ncm_desktop.rules.baselines import Scorer
            from ncm_desktop.storage.demo import write_demo

            write_demo(demo, scorer=Scorer(load_catalog())).close()
        return demo
    if prefs.last_dossier and Path(prefs.last_dossier).exists():
        return Path(prefs.last_dossier)
    default = paths.default_dossier_path()
    if not default.exists():
        from ncm_desktop.storage.database import Dossier

        Dossier.create(default).close()
    return default


def _finish_smoke_test(window: MainWindow, errors: list[str]) -> None:
    """Paint once, then quit with 0 only if the dossier loaded and nothing failed."""
    window.grab()
    errors.extend(window.problems)
    if window.context is None:
        errors.append("no dossier could be opened")
    for error in errors:
        print(error, file=sys.stderr)
    QCoreApplication.exit(1 if errors else 0)


def _excepthook(errors: list[str], *, interactive: bool):  # type: ignore[no-untyped-def]
    """Report an unexpected error instead of letting Qt swallow or abort on it."""

    def hook(kind: type[BaseException], value: BaseException,
             trace: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, trace))
        errors.append(text)
        print(text, file=sys.stderr)
        if interactive:
            from ncm_desktop.ui.dialogs.error_dialog import show_unexpected_error

            show_unexpected_error(value, text)
        else:
            QCoreApplication.exit(1)

    return hook
