"""The line under a form or table that says, in words, why a value was not saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ProblemLabel(QLabel):
    """Hidden while there is no problem; announced to screen readers when it appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
