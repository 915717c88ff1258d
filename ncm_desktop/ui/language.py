"""Switch the window's language: translators, locale, direction and font together."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ncm_desktop.i18n.translation import Translation
from ncm_desktop.ui import fonts


def install(translation: Translation) -> None:
    """Make ``translation`` the interface language of the running application.

    Widgets created afterwards are built in it; the main window rebuilds what already
    exists (:meth:`MainWindow.change_language`).
    """
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    translation.install(application)
    application.setFont(fonts.interface_font(translation.code))
