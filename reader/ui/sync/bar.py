"""A slim bar under the panes: a sync's progress with Cancel, or a problem with Details.

Never modal: while a sync runs the window stays fully usable, and a problem is a
line the user can read, open (a non-modal message box whose Details list every
error) or dismiss.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reader.sentence import fill
from reader.ui.common.core_text import translated
from reader.ui.common.theme import warning_sheet

log = logging.getLogger(__name__)


def style_for(palette: QPalette) -> str:
    """The bar's style sheet in *palette*'s theme: a plain rule, or the warning tint for a problem."""
    mid = palette.color(QPalette.ColorRole.Mid).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    problem = warning_sheet('#syncBar[mode="problem"]', palette, edge="top")
    return (
        f"#syncBar {{ border: none; border-top: 1px solid {mid}; }}\n"
        f"#syncBar QLabel {{ color: {text}; }}\n" + problem
    )


class SyncBar(QFrame):
    """Progress or problem, one at a time; hidden when there is neither.

    Signals: ``cancel_requested()`` (the Cancel button), ``dismissed()`` (the ✕ button).
    Attributes tests read: ``mode`` ("", "progress" or "problem"), ``label``,
    ``progress``, ``cancel_button``, ``details_button``, ``box`` (the open details).
    """

    cancel_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBar")
        self.setAutoFillBackground(True)
        self.restyle(QApplication.palette())
        self.mode = ""
        self.text = ""
        self.details = ""
        self.box: QMessageBox | None = None
        self.icon = QLabel()
        self.icon.setObjectName("syncIcon")
        self.label = QLabel()
        self.label.setObjectName("syncLabel")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setFixedWidth(180)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("syncDetails")
        self.details_button.clicked.connect(self.show_details)
        self.close_button = QToolButton()
        self.close_button.setObjectName("syncDismiss")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 6, 3)
        layout.setSpacing(8)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        for widget in (self.progress, self.cancel_button, self.details_button, self.close_button):
            layout.addWidget(widget)
        self.hide()

    # ------------------------------------------------------------ progress

    def start(self) -> None:
        self.show_progress(0, 0, self.tr("Starting"))

    def show_progress(self, done: int, total: int, label: str, verb: str = "") -> None:
        """'Syncing · paper_logs/2024/03/11.md (5 of 17)' and a bar (busy while *total* is 0).

        *verb* names other work shown here ("Downloading PDFs"; "Syncing" when empty).
        """
        self._set_mode("progress")
        self.icon.setText("⟳")
        verb = verb or self.tr("Syncing")
        label = translated(label)  # a core sentence ('Listing the files of …')
        if not label:
            self._set_text(self.tr("%1…").replace("%1", verb))
        elif total > 0:
            text = self.tr("%1 · %2 (%3 of %4)", "verb · what (which of how many)")
            self._set_text(fill(text, [verb, label, min(done + 1, total), total]))
        else:
            self._set_text(fill(self.tr("%1 · %2", "verb · what"), [verb, label]))
        self.progress.setRange(0, max(0, total))
        if total > 0:
            self.progress.setValue(min(done, total))

    def stop(self) -> None:
        """Hide the progress (a problem on show stays)."""
        if self.mode == "progress":
            self._set_mode("")

    # ------------------------------------------------------------ problems

    def show_problem(self, text: str, details: str = "") -> None:
        self._set_mode("problem")
        self.icon.setText("⚠")
        self.details = details
        self._set_text(text)
        self.details_button.setVisible(bool(details))

    def show_details(self) -> None:
        """The problem and its details in a non-modal message box."""
        old, self.box = self.box, None
        if old is not None:
            old.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Sync problems"),
            self.text,
            QMessageBox.StandardButton.Close,
            self.window(),
        )
        box.setObjectName("syncDetailsBox")
        box.setDetailedText(self.details)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed boxes do not pile up
        box.destroyed.connect(lambda _o=None, b=box: self._box_gone(b))
        box.show()  # non-modal: the window stays usable, the event loop runs on
        self.box = box

    def _box_gone(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None

    def dismiss(self) -> None:
        self._set_mode("")
        self.dismissed.emit()

    # ------------------------------------------------------------ internals

    def restyle(self, palette: QPalette) -> None:
        """Colours of the current theme (called again when the theme changes)."""
        sheet = style_for(palette)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        progress = mode == "progress"
        self.progress.setVisible(progress)
        self.cancel_button.setVisible(progress)
        self.details_button.setVisible(mode == "problem" and bool(self.details))
        self.close_button.setVisible(mode == "problem")
        if self.property("mode") != mode:
            self.setProperty("mode", mode)
            self.style().unpolish(self)  # the style sheet follows the mode
            self.style().polish(self)
        self.setVisible(bool(mode))

    def _set_text(self, text: str) -> None:
        self.text = text
        self.label.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        width = max(40, self.label.width())
        self.label.setText(
            QFontMetrics(self.label.font()).elidedText(
                self.text, Qt.TextElideMode.ElideMiddle, width
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
