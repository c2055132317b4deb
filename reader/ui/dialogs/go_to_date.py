"""Go to Date…: a calendar limited to the library's days; a day without papers goes to the nearest.

Days with papers are bold in the calendar; the range stops at the oldest and the
newest day, and the days of a shown month outside it are grey, as the other months' are. The dialog is opened (not run in a nested event loop) and deleted when
closed; ``chosen(str date)`` carries the day to show.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date as Date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from reader.ui.papers.pane import PaperListPane
    from reader.ui.sidebar.model import DayTreeModel
    from reader.ui.sidebar.view import DaySidebar


def nearest_day(days: Sequence[str], wanted: str) -> str | None:
    """The day of *days* (ISO dates, any order) nearest *wanted*; the newer one on a tie."""
    if not days:
        return None
    ordered = sorted(days)
    i = bisect_left(ordered, wanted)
    candidates = ordered[max(0, i - 1) : i + 1]
    target = Date.fromisoformat(wanted)
    return min(
        candidates,
        key=lambda d: (
            abs((Date.fromisoformat(d) - target).days),
            -Date.fromisoformat(d).toordinal(),
        ),
    )


class GoToDateDialog(QDialog):
    """Pick a day; ``chosen`` gets the nearest day that has papers.

    Signals: ``chosen(str date)``.
    """

    chosen = Signal(str)

    def __init__(self, days: Sequence[str], current: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDate")
        self.setWindowTitle(self.tr("Go to Date"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._days = list(days)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        ordered = sorted(self._days)
        if ordered:
            self.calendar.setDateRange(
                QDate.fromString(ordered[0], Qt.DateFormat.ISODate),
                QDate.fromString(ordered[-1], Qt.DateFormat.ISODate),
            )
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            for day in ordered:  # a few thousand formats: set once, when the dialog opens
                self.calendar.setDateTextFormat(QDate.fromString(day, Qt.DateFormat.ISODate), bold)
            start = current if current in self._days else ordered[-1]
            self.calendar.setSelectedDate(QDate.fromString(start, Qt.DateFormat.ISODate))
            self.calendar.currentPageChanged.connect(self._grey_outside)
            self._grey_outside(self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.activated.connect(self.accept)  # a double-click or Enter on a day
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def _grey_outside(self, year: int, month: int) -> None:
        """Grey the days of the shown month before the oldest day or after the newest.

        QCalendarWidget gives them only the window's background, so a month's days
        past the newest digest looked like days one could read.
        """
        grey = QTextCharFormat()
        grey.setForeground(
            self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        first = QDate(year, month, 1)
        low, high = self.calendar.minimumDate(), self.calendar.maximumDate()
        for offset in range(first.daysInMonth()):
            day = first.addDays(offset)
            if day < low or day > high:
                self.calendar.setDateTextFormat(day, grey)

    def accept(self) -> None:
        day = nearest_day(self._days, self.calendar.selectedDate().toString(Qt.DateFormat.ISODate))
        super().accept()
        if day is not None:
            self.chosen.emit(day)


class GoToDate(QObject):
    """The Go to Date… action: opens the dialog and shows the day it gives, as N and P do.

    Signals: none.
    """

    def __init__(
        self,
        action: QAction,
        sidebar: DaySidebar,
        days: DayTreeModel,
        papers: PaperListPane,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._sidebar, self._days, self._papers, self._parent = sidebar, days, papers, parent
        self.dialog: GoToDateDialog | None = None  # the open dialog (tests)
        action.triggered.connect(self.open)

    def open(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = GoToDateDialog(self._days.dates(), self._sidebar.current_day(), self._parent)
        dialog.chosen.connect(self._go)
        dialog.destroyed.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def _go(self, day: str) -> None:
        self._papers.clear_search()
        self._sidebar.select_day(day)
