"""The paper list's sort and filters: sort order, unread only, bookmarked only, has code, votes.

The sorts are votes, title, date and rising (votes gained over the last three days
of vote snapshots, see :meth:`reader.library.Library.rising`).

Its values go into a :class:`reader.library.PaperQuery` and into the saved window
state; changing any of them emits one ``changed`` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QToolButton, QWidget

SORT_LABELS = (("votes", "Votes"), ("rising", "Rising"), ("title", "Title"), ("date", "Date"))
SORT_TIPS = {
    "votes": "Most votes first",
    "rising": "Most votes gained over the last three days first",
    "title": "By title, A to Z",
    "date": "Newest day first",
}


def _toggle(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(True)
    button.setAutoRaise(True)
    return button


class FilterBar(QWidget):
    """One row of list controls.

    Signals: ``changed()`` after the sort or a filter changes.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sort = QComboBox()
        self.sort.setToolTip("Sort the list by votes, votes gained lately, title or date")
        for key, label in SORT_LABELS:
            self.sort.addItem(label, key)
            self.sort.setItemData(
                self.sort.count() - 1, SORT_TIPS[key], Qt.ItemDataRole.ToolTipRole
            )
        self.unread_only = _toggle("Unread", "List only unread papers")
        self.bookmarked_only = _toggle("★", "List only bookmarked papers")
        self.has_code = _toggle("Code", "List only papers with a known code repository")
        self.has_code.setObjectName("hasCode")
        self.min_votes = QSpinBox()
        self.min_votes.setRange(0, 9999)
        self.min_votes.setPrefix("▲≥ ")
        self.min_votes.setToolTip("List only papers with at least this many votes")
        self.min_votes.setAccelerated(True)
        for signal in (
            self.sort.currentIndexChanged,
            self.unread_only.toggled,
            self.bookmarked_only.toggled,
            self.has_code.toggled,
            self.min_votes.valueChanged,
        ):
            signal.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.sort, 1)
        layout.addWidget(self.unread_only)
        layout.addWidget(self.bookmarked_only)
        layout.addWidget(self.has_code)
        layout.addWidget(self.min_votes)

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
