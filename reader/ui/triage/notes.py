"""Notes and tags in the window: the editor under the paper, its keys, and what follows a save.

The :class:`NoteEditor` sits between the paper and its related papers; it
follows the paper the detail pane shows (saving the previous one's note), and
after each save the list row's note and tag markers are brought up to date and
``counts_stale`` asks for the sidebar's Tags section to be read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSplitter

from reader.ui.detail.note_editor import NoteEditor

if TYPE_CHECKING:
    from reader.library import Library
    from reader.ui.detail.pane import DetailPane
    from reader.ui.papers.model import PaperListModel
    from reader.ui.shell.actions import Actions


class NotesUi(QObject):
    """The window's note editor (its ``notes`` attribute), put in *column* under the paper.

    Signals: ``counts_stale()`` after a save (the Tags section is read again soon).
    """

    counts_stale = Signal()

    def __init__(
        self,
        library: Library,
        actions: Actions,
        detail: DetailPane,
        papers: PaperListModel,
        column: QSplitter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions, self.detail, self.papers = actions, detail, papers
        self.editor = NoteEditor(library)
        column.insertWidget(1, self.editor)  # the detail / related splitter (see DetailColumn)

    def wire(self) -> None:
        """Connect Edit Note and Edit Tags, the detail's renders and the editor's saves."""
        a = self.actions
        a["edit_note"].triggered.connect(self.editor.focus_note)
        a["edit_tags"].triggered.connect(self.editor.focus_tags)
        self.detail.rendered.connect(self._follow)
        self.editor.saved.connect(self._saved)

    def _follow(self) -> None:
        paper = self.detail.paper
        self.editor.load(paper.id if paper is not None else "")

    def _saved(self, paper_id: str) -> None:
        self.papers.update_marks([paper_id])
        self.counts_stale.emit()

    def flush(self) -> None:
        """Save what is typed now (the window closes)."""
        self.editor.save()
        self.editor.apply_tags()
