"""The detail column's height: the summary (or the PDF reader) gets most of it.

The column is a vertical splitter: the detail stack, the note editor, the
Related panel. The note is one line until it is focused or written, Related is
a header line until it is opened (a click, or L), and both keep the height the
user last dragged them to (the ``ui_detail_panes`` setting) when they are open.
While the PDF reader is on show the note and Related are hidden: the reader has
the whole column.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

if TYPE_CHECKING:
    from reader.ui.common.settings import Settings
    from reader.ui.detail.note_editor import NoteEditor
    from reader.ui.recommend.related_panel import RelatedPanel

log = logging.getLogger(__name__)

NOTE_SHARE = 0.22  # the open note's default share of the column
RELATED_SHARE = 0.26  # the open Related list's default share
MAX_LOWER_SHARE = 0.4  # the two lower panes never take more than this by themselves
MAXIMUM = 16_777_215


class DetailColumn(QObject):
    """Sizes the detail / note / Related *splitter*. Signals: none.

    *stack* holds the *detail* pane or the PDF reader (the reader has the column).
    """

    def __init__(
        self,
        splitter: QSplitter,
        stack: QStackedWidget,
        detail: QWidget,
        editor: NoteEditor,
        related: RelatedPanel,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.splitter, self.stack, self.detail = splitter, stack, detail
        self.editor, self.related, self.settings = editor, related, settings
        self.note_height, self.related_height = self._remembered()
        self._sizing = False
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(4)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 0)
        self.editor.setMinimumHeight(self.editor.line_height())
        self.related.setMinimumHeight(self.related.header_height())
        self.editor.expanded_changed.connect(self._later)
        self.related.expanded_changed.connect(self._related_toggled)
        stack.currentChanged.connect(self._later)
        self.splitter.splitterMoved.connect(self._dragged)
        self.splitter.installEventFilter(self)
        self.related.set_expanded(bool(settings.get("ui_related_open")))
        self.layout()

    def _remembered(self) -> tuple[int, int]:
        try:
            note, related = (int(n) for n in str(self.settings.get("ui_detail_panes")).split(","))
            return max(0, note), max(0, related)
        except ValueError:
            return 0, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._later()
        return super().eventFilter(watched, event)

    def _later(self, *_args: object) -> None:
        QTimer.singleShot(0, self.layout)

    def _related_toggled(self, on: bool) -> None:
        self.settings.set("ui_related_open", on)
        self.layout()

    def reading_pdf(self) -> bool:
        return self.stack.currentWidget() is not self.detail

    def layout(self) -> None:
        """Give the lower panes their compact or remembered heights; the rest to the detail."""
        if self._sizing:
            return
        self._sizing = True
        try:
            reading = self.reading_pdf()
            self.editor.setVisible(not reading)
            self.related.setVisible(not reading)
            total = self.splitter.height()
            if reading or total <= 0:
                return
            note = self._note_height(total)
            related = self._related_height(total)
            self.splitter.setSizes([max(0, total - note - related), note, related])
        finally:
            self._sizing = False

    def _note_height(self, total: int) -> int:
        compact = self.editor.line_height()
        if not self.editor.is_expanded():
            self.editor.setMaximumHeight(compact)
            return compact
        self.editor.setMaximumHeight(MAXIMUM)
        wanted = self.note_height or int(total * NOTE_SHARE)
        return max(compact, min(wanted, int(total * MAX_LOWER_SHARE)))

    def _related_height(self, total: int) -> int:
        header = self.related.header_height()
        if not self.related.expanded():
            self.related.setMaximumHeight(header)
            return header
        self.related.setMaximumHeight(MAXIMUM)
        wanted = self.related_height or int(total * RELATED_SHARE)
        return max(header * 3, min(wanted, int(total * MAX_LOWER_SHARE)))

    def _dragged(self, _pos: int, _index: int) -> None:
        """Remember the open panes' heights the user chose."""
        if self._sizing or self.reading_pdf():
            return
        _detail, note, related = self.splitter.sizes()
        if self.editor.is_expanded():
            self.note_height = note
        if self.related.expanded():
            self.related_height = related
        self.settings.set("ui_detail_panes", f"{self.note_height},{self.related_height}")
