"""The message shown when something unexpected goes wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.i18n.placeholders import fill


def show_unexpected_error(error: BaseException, details: str) -> None:
    """Say what happened in the user's language, with the technical details folded away.

    Every change is committed as it is made, so nothing typed before the error is lost.
    """
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("ErrorDialog", "Something went wrong"))
    summary = error_message(error) if isinstance(error, Exception) else str(error)
    box.setText(fill(QApplication.translate(
        "ErrorDialog",
        "The last action could not be completed: %1\n\nEverything saved before it is safe "
        "in the dossier."), summary))
    box.setDetailedText(details)
    box.exec()
