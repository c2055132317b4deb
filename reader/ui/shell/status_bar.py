"""The status bar: user messages from :mod:`reader.notify`, library counts, and a sync slot.

``notify`` listeners may be called from any thread; :class:`NotifyBridge` turns
each message into a Qt signal so the status bar updates on the UI thread. The
sync label stays hidden until sync code calls :meth:`StatusBar.set_sync_state`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from reader import notify
from reader.ui.common.core_text import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

MESSAGE_MS = {"info": 6000, "warning": 10000, "error": 0}


class NotifyBridge(QObject):
    """Re-emits :mod:`reader.notify` messages on the UI thread.

    Signals: ``message(object notify.Message)``.
    """

    message = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = notify.subscribe(self._relay)
        self.destroyed.connect(self._unsubscribe)

    def _relay(self, message: notify.Message) -> None:
        """Emit *message* with a core sentence in the window's language (reader.sentence)."""
        text = translated(message.text)
        if text is not message.text:
            message = notify.Message(message.level, text, message.details)
        self.message.emit(message)

    def close(self) -> None:
        self._unsubscribe()


class StatusBar(QStatusBar):
    """Messages on the left; counts and the sync state on the right.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.sync_state = QLabel()
        self.sync_state.setObjectName("syncState")
        self.sync_state.hide()
        self.addPermanentWidget(self.sync_state)
        self.addPermanentWidget(self.counts)
        self.last_message: notify.Message | None = None
        self.banner_text = ""  # a sentence a banner shows already: not repeated here
        self._box: QMessageBox | None = None

    def set_counts(self, counts: dict[str, int]) -> None:
        parts = (
            self.tr("%Ln paper(s)", "", counts.get("all", 0)),
            self.tr("%Ln unread", "", counts.get("unread", 0)),
            self.tr("%Ln bookmarked", "", counts.get("bookmarked", 0)),
        )
        self.counts.setText("  ·  ".join(parts) + "  ")

    def set_sync_state(self, text: str, offline: bool = False) -> None:
        """For sync: 'Last sync 09:12' or 'Offline'; an empty text hides the label."""
        self.sync_state.setText((self.tr("⚠ Offline · ") if offline else "") + text)
        self.sync_state.setVisible(bool(text) or offline)

    def show_message(self, message: notify.Message) -> None:
        self.last_message = message
        if self.banner_text and message.text == self.banner_text:
            return  # the banner above says it
        prefix = {"warning": "⚠ ", "error": "✖ "}.get(message.level, "")
        self.showMessage(prefix + message.text, MESSAGE_MS.get(message.level, 6000))
        # the whole sentence stays readable when the bar has to cut it (see paintEvent)
        self.setToolTip("\n\n".join(t for t in (message.text, message.details) if t))
        if message.level == "error" and message.details and self.window().isVisible():
            self._show_details(message)

    # ------------------------------------------------------------- painting

    def _message_rect(self) -> QRect:
        """Where Qt draws the message: from the left up to the first visible permanent label."""
        left, right = 6, self.width() - 12
        for label in (self.sync_state, self.counts):  # the permanent widgets, in order
            if label.isVisible():
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    left = max(left, label.x() + label.width() + 2)
                else:
                    right = min(right, label.x() - 2)
                break
        return QRect(left, 0, max(0, right - left), self.height())

    def shown_message(self) -> str:
        """The message as painted: ending in "…" when it is longer than its room."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self._message_rect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's own painting, but a long message ends in "…" instead of being cut mid-word
        at the counts (a long import summary did), the whole sentence in the tooltip."""
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # imported here: the first paint shows no message, and QStyle has ~40 enums
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for label in (self.sync_state, self.counts):
            if label.isVisible():
                frame = QStyleOption()
                frame.rect = label.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, label
                )
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self._message_rect(),
            Qt.AlignmentFlag.AlignLeading
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.TextFlag.TextSingleLine,
            self.shown_message(),
        )
        painter.end()

    # -------------------------------------------------------------- details

    def _show_details(self, message: notify.Message) -> None:
        old, self._box = self._box, None
        if old is not None:  # the newest error replaces the one on show
            old.close()
        from PySide6.QtWidgets import QMessageBox  # made when an error is first shown

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Daily Papers Reader"),
            message.text,
            QMessageBox.StandardButton.Close,
            self.window(),
        )
        box.setDetailedText(message.details)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed boxes do not pile up
        box.destroyed.connect(lambda _o=None, b=box: self._box_gone(b))
        box.open()  # never blocks the event loop
        self._box = box

    def _box_gone(self, box: QMessageBox) -> None:
        if self._box is box:
            self._box = None
