"""The paper list's sort and filters: sort order, unread only, bookmarked only, has code, votes.

The sorts are votes, title, date and rising (votes gained over the last three days
of vote snapshots, see :meth:`reader.library.Library.rising`).

Its values go into a :class:`reader.library.PaperQuery` and into the saved window
state; changing any of them emits one ``changed`` signal. When the list pane is too
narrow for one row (a 900 px window), the toggles move to a second row rather than
being clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QToolButton, QVBoxLayout, QWidget

from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object

# marked here, translated where used (the language is chosen after import)
SORT_LABELS = (
    ("votes", QT_TRANSLATE_NOOP("FilterBar", "Votes")),
    ("rising", QT_TRANSLATE_NOOP("FilterBar", "Rising")),
    ("title", QT_TRANSLATE_NOOP("FilterBar", "Title")),
    ("date", QT_TRANSLATE_NOOP("FilterBar", "Date")),
)
SORT_TIPS = {
    "votes": QT_TRANSLATE_NOOP("FilterBar", "Most votes first"),
    "rising": QT_TRANSLATE_NOOP("FilterBar", "Most votes gained over the last three days first"),
    "title": QT_TRANSLATE_NOOP("FilterBar", "By title, A to Z"),
    "date": QT_TRANSLATE_NOOP("FilterBar", "Newest day first"),
}


def _toggle(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(True)
    button.setAutoRaise(True)
    return button


SPACING = 6


class FilterBar(QWidget):
    """The list controls: one row when they fit, else sort and votes above the toggles.

    Signals: ``changed()`` after the sort or a filter changes.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sort = QComboBox()
        self.sort.setToolTip(self.tr("Sort the list by votes, votes gained lately, title or date"))
        for key, label in SORT_LABELS:
            self.sort.addItem(QCoreApplication.translate("FilterBar", label), key)
            self.sort.setItemData(
                self.sort.count() - 1,
                QCoreApplication.translate("FilterBar", SORT_TIPS[key]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.unread_only = _toggle(self.tr("Unread"), self.tr("List only unread papers"))
        self.bookmarked_only = _toggle("★", self.tr("List only bookmarked papers"))
        self.has_code = _toggle(
            self.tr("Code"), self.tr("List only papers with a known code repository")
        )
        self.has_code.setObjectName("hasCode")
        self.min_votes = QSpinBox()
        self.min_votes.setRange(0, 9999)
        self.min_votes.setPrefix("▲≥ ")
        self.min_votes.setToolTip(self.tr("List only papers with at least this many votes"))
        self.min_votes.setAccelerated(True)
        for signal in (
            self.sort.currentIndexChanged,
            self.unread_only.toggled,
            self.bookmarked_only.toggled,
            self.has_code.toggled,
            self.min_votes.valueChanged,
        ):
            signal.connect(self.changed)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._first, self._second = QHBoxLayout(), QHBoxLayout()
        for row in (self._first, self._second):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(SPACING)
            self._rows.addLayout(row)
        self._toggles = (self.unread_only, self.bookmarked_only, self.has_code)
        self._two_rows: bool | None = None
        self._arrange(two_rows=False)

    def one_row_width(self) -> int:
        """The width every control needs, at its size hint, side by side."""
        widgets = (self.sort, *self._toggles, self.min_votes)
        return sum(w.sizeHint().width() for w in widgets) + SPACING * (len(widgets) - 1)

    def two_rows(self) -> bool:
        return bool(self._two_rows)

    def _arrange(self, two_rows: bool) -> None:
        """Lay the controls out in one row, or sort and votes over the toggles."""
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in (self._first, self._second):
            while row.count():
                row.takeAt(0)
        self._first.addWidget(self.sort, 1)
        toggles = self._second if two_rows else self._first
        for toggle in self._toggles:
            toggles.addWidget(toggle)
        self._first.addWidget(self.min_votes)
        if two_rows:
            self._second.addStretch(1)
        self._rows.setSpacing(4 if two_rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() < self.one_row_width())

    def query_fields(self) -> dict[str, object]:
        """The PaperQuery fields these controls set."""
        return {
            "unread_only": self.unread_only.isChecked(),
            "bookmarked_only": self.bookmarked_only.isChecked(),
            "has_code": self.has_code.isChecked(),
            "min_votes": self.min_votes.value(),
            "sort": self.sort.currentData() or "votes",
        }

    def filtered(self) -> bool:
        """True when a filter hides papers."""
        return (
            self.unread_only.isChecked()
            or self.bookmarked_only.isChecked()
            or self.has_code.isChecked()
            or self.min_votes.value() > 0
        )

    def values(self) -> dict[str, object]:
        """The controls as the ``ui_*`` settings that save them."""
        return {
            "ui_sort": self.sort.currentData(),
            "ui_unread_only": self.unread_only.isChecked(),
            "ui_bookmarked_only": self.bookmarked_only.isChecked(),
            "ui_min_votes": self.min_votes.value(),
            "ui_has_code": self.has_code.isChecked(),
        }

    def set_values(
        self,
        sort: str,
        unread_only: bool,
        bookmarked_only: bool,
        min_votes: int,
        has_code: bool = False,
    ) -> None:
        """Set every control at once, emitting nothing."""
        blocked = self.blockSignals(True)
        try:
            self.sort.setCurrentIndex(max(0, self.sort.findData(sort)))
            self.unread_only.setChecked(unread_only)
            self.bookmarked_only.setChecked(bookmarked_only)
            self.has_code.setChecked(has_code)
            self.min_votes.setValue(min_votes)
        finally:
            self.blockSignals(blocked)
