"""A band across the top of the window that says something the user must not miss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

_STYLES = {
    "info": "QFrame#noticeBar { background: #e8f0fe; border: 1px solid #9ab6e8; }"
            "QFrame#noticeBar QLabel { color: #10253f; }",
    "warning": "QFrame#noticeBar { background: #fff4d6; border: 1px solid #e0b84a; }"
               "QFrame#noticeBar QLabel { color: #3d2c00; }",
}


class NoticeBar(QFrame):
    """Hidden until :meth:`show_notice`; the text wraps and can be selected and read by a
    screen reader (its accessible description is the text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                          Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.level = ""
        self.hide()

    def show_notice(self, text: str, level: str = "info") -> None:
        """Show ``text``; ``level`` is "info" or "warning".  An empty text hides the bar."""
        if not text:
            self.clear()
            return
        # Imported here: QStyle's many enums cost 6 ms to build, and a start-up that has
        # nothing to say never needs them.
        from PySide6.QtWidgets import QStyle

        self.level = level
        self.setStyleSheet(_STYLES[level])
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning if level == "warning" \
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        size = self.fontMetrics().height() + 6
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.level = ""
        self.text.clear()
        self.hide()
