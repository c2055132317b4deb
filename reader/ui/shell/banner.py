"""The calm banner over the panes on sample days: these digests are made up, get the real ones.

A first run imports the bundled sample digests so the window has something to
show; the banner says so while a sample day (or, in a smart view or a search, a
library of samples) is on show, with Sync and Import buttons bound to the
window's own actions. The first real import or sync removes every sample
(:func:`reader.store.purge_samples`); the window reloads its days then, and
:meth:`SampleBanner.update_for` hides the banner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.db import LibraryError
from reader.library import Library
from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object

log = logging.getLogger(__name__)

TEXT = QT_TRANSLATE_NOOP(
    "SampleBanner", "These are sample digests. Sync or Import to get the real ones."
)


def samples_on_show(library: Library, day: str | None) -> bool:
    """Whether what the window shows is sample data: *day*, or any list when *day* is None.

    Samples never stand next to real data (the first real import removes them), so
    a library that still has samples shows nothing else in its smart views.
    """
    try:
        if not library.has_samples():
            return False
        return library.is_sample_day(day) if day else True
    except LibraryError as exc:
        log.warning("could not tell whether samples are shown: %s", exc)
        return False


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


class SampleBanner(QFrame):
    """One line of text and two buttons (the window's Sync Now and Import Folder actions).

    Signals: none; the buttons trigger the actions they were given.
    """

    def __init__(self, sync: QAction, import_: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.label = QLabel(QCoreApplication.translate("SampleBanner", TEXT))
        self.label.setObjectName("sampleBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.label, 1)
        for action, name in ((sync, "sampleSync"), (import_, "sampleImport")):
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.append(button)
            layout.addWidget(button)
        self.hide()

    def update_for(self, library: Library, day: str | None) -> bool:
        """Show or hide the banner for *day* (None: a smart view or a search); returns shown."""
        shown = samples_on_show(library, day)
        self.setVisible(shown)
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        """A soft tint of the highlight colour and a hairline under it, from the current theme."""
        palette = self.palette()  # inherited from the window: follows the theme
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, _mix(accent, base, 0.86))
        painter.setPen(_mix(accent, base, 0.6))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.end()
        super().paintEvent(event)
