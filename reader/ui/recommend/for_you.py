"""The For You view: unread papers ranked by likeness to what the user kept, each with why.

Shown in the middle pane's place when the sidebar's For You is chosen. Moving
in the list shows the paper; "Not Interested" (X) removes the row and selects
the next one. An empty state says what the ranking needs (bookmarks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from reader.ui.recommend.suggestion_list import SuggestionList, SuggestionModel

if TYPE_CHECKING:  # reader.recommend loads the similarity index code (~8 ms)
    from reader.recommend import Suggestion


class ForYouPane(QWidget):
    """Header and ranked list.

    Signals: ``paper_selected(str paper_id)`` when the highlighted row changes ('' for none).
    """

    paper_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forYouPane")
        self.model = SuggestionModel(self)
        self.view = SuggestionList(self.model)
        self.view.setObjectName("forYouList")
        self.view.setAccessibleName(self.tr("For You"))
        self.title = QLabel(self.tr("For You"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("forYouSubtitle")
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty = QLabel(self._nothing_yet())
        self.empty.setObjectName("forYouEmpty")
        self.empty.setWordWrap(True)
        self.empty.setMargin(16)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        body = QWidget()
        self._stack = QStackedLayout(body)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(body, 1)
        self.view.current_changed.connect(self.paper_selected)

    def _nothing_yet(self) -> str:
        return self.tr(
            "Nothing to go on yet.\n\nBookmark papers you like (B), or queue them or mark them "
            "must-read: For You then ranks the unread papers by how much they are like them, and "
            "says why. Press X on a paper you do not want more of."
        )

    def show_pending(self) -> None:
        self.subtitle.setText(self.tr("Ranking unread papers…"))

    def show_results(self, found: list[Suggestion], kept: int) -> None:
        """Show the ranking; *kept* is how many kept papers it came from."""
        current = self.view.current_id()
        self.model.set_suggestions(found)
        self._stack.setCurrentWidget(self.view if found else self.empty)
        if found:
            count = len(found)
            text = self.tr("%n like the %1 you kept  ·  X: not interested", "", count)
            self.subtitle.setText(text.replace("%1", str(kept)))
            row = self.model.row_of(current)
            self.view.select_row(row if row >= 0 else 0)
        else:
            self.subtitle.setText("")
            if not kept:
                self.empty.setText(self._nothing_yet())
            else:
                self.empty.setText(self.tr("No unread papers like the ones you kept, right now."))
            self.paper_selected.emit("")

    def remove(self, paper_id: str) -> bool:
        """Drop *paper_id* and select the row that took its place; False when not listed."""
        row = self.model.remove(paper_id)
        if row < 0:
            return False
        if self.model.rowCount():
            self.view.select_row(min(row, self.model.rowCount() - 1))
        else:
            self._stack.setCurrentWidget(self.empty)
            self.empty.setText(self.tr("You have gone through every suggestion."))
            self.paper_selected.emit("")
        return True

    def ids(self) -> list[str]:
        return [s.id for s in self.model.suggestions()]
