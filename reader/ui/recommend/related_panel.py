"""The Related list under the paper: the papers most like the one shown, each with why.

A small pane of its own (the detail view is not touched): a header line, then a
:class:`SuggestionList`. The main window feeds it with :meth:`show_results` and
connects ``paper_chosen`` to opening that paper. It starts collapsed to its
header (with the count) so the summary keeps the height; a click on the header
or the L key opens it (see :mod:`reader.ui.detail.column`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from reader.ui.recommend.suggestion_list import SuggestionList, SuggestionModel

if TYPE_CHECKING:  # reader.recommend loads the similarity index code (~8 ms)
    from reader.recommend import Suggestion


class RelatedPanel(QWidget):
    """Header and list of related papers.

    Signals: ``paper_chosen(str paper_id)`` when a row is clicked or Enter is pressed;
    ``expanded_changed(bool)`` when the list is opened or collapsed to its header.
    """

    paper_chosen = Signal(str)
    expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPanel")
        self.paper_id = ""
        self.model = SuggestionModel(self)
        self.view = SuggestionList(self.model)
        self.view.setObjectName("relatedList")
        self.view.setAccessibleName(self.tr("Related papers"))
        self.title = QToolButton()
        self.title.setObjectName("relatedTitle")
        self.title.setCheckable(True)
        self.title.setAutoRaise(True)
        self.title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.title.setArrowType(Qt.ArrowType.RightArrow)
        self.title.setToolTip(self.tr("Show or hide the papers most like this one  (L)"))
        self.title.toggled.connect(self.set_expanded)
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.status = QLabel("")
        self.status.setObjectName("relatedStatus")
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head = QHBoxLayout()
        head.setContentsMargins(10, 6, 10, 2)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(head)
        column.addWidget(self.view, 1)
        self.view.paper_chosen.connect(self.paper_chosen)
        self.view.hide()
        self._update_title()

    # ------------------------------------------------------------ collapsing

    def expanded(self) -> bool:
        return self.title.isChecked()

    def set_expanded(self, on: bool) -> None:
        """Open the list (*on*) or collapse the pane to its header line."""
        if self.title.isChecked() != on:
            self.title.setChecked(on)  # comes back here through toggled
            return
        self.title.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.view.setVisible(on and self.model.rowCount() > 0)
        self.expanded_changed.emit(on)

    def header_height(self) -> int:
        return self.title.sizeHint().height() + 8

    def _update_title(self) -> None:
        count = self.model.rowCount()
        self.title.setText(
            self.tr("Related  %1").replace("%1", str(count)) if count else self.tr("Related")
        )
        if self.expanded():
            self.view.setVisible(count > 0)

    def show_pending(self, paper_id: str) -> None:
        """A paper is shown; its related papers are on their way (the old list stays greyed)."""
        self.paper_id = paper_id
        self.status.setText("…" if paper_id else "")
        self.view.setEnabled(False)
        if not paper_id:
            self.model.set_suggestions([])
            self._update_title()

    def show_results(self, paper_id: str, found: list[Suggestion], note: str = "") -> None:
        """Show *found* for *paper_id*; a late answer for another paper is ignored."""
        if paper_id != self.paper_id:
            return
        self.model.set_suggestions(found)
        self.view.setEnabled(True)
        self.status.setText(note or ("" if found else self.tr("No related papers yet")))
        self._update_title()

    def ids(self) -> list[str]:
        return [s.id for s in self.model.suggestions()]
