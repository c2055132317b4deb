"""The search's terms marked in the paper on show, as the list marks them in its titles.

Applied after each render of the detail pane, on the rendered document's plain
text (:func:`reader.ui.detail.watch_highlight.highlight`), so a search term can never
become markup; a search of a 100 kB summary costs a few regular-expression scans.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reader.ui.detail.pane import DetailPane
from reader.ui.detail.watch_highlight import highlight
from reader.ui.papers.delegate import MATCH, search_patterns


class SearchHighlight(QObject):
    """Marks *search_text()*'s terms in *detail* whenever it renders a paper.

    Signals: none.
    """

    def __init__(
        self, detail: DetailPane, search_text: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._detail = detail
        self._search_text = search_text
        self.marked = 0  # matches marked in the last render (tests)
        detail.rendered.connect(self.apply)

    def apply(self) -> None:
        self.marked = 0
        if self._detail.paper is None:
            return
        patterns = search_patterns(self._search_text())
        if patterns:
            self.marked = highlight(self._detail.browser.document(), patterns, MATCH)
