"""Notes and tags in the window: the editor under the paper, its keys, and what follows a save.

The :class:`NoteEditor` sits between the paper and its related papers; it
follows the paper the detail pane shows (saving the previous one's note), and
after each save the list row's note and tag markers and the sidebar's Tags
section are brought up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.ui.detail.note_editor import NoteEditor

if TYPE_CHECKING:
    from reader.ui.window import MainWindow


class NotesUi(QObject):
    """The note editor of a :class:`MainWindow` (its ``notes`` attribute). Signals: none."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.editor = NoteEditor(window.library)
        right = window.similar.right  # the detail / related splitter (sized by DetailColumn)
        right.insertWidget(1, self.editor)

    def connect_actions(self) -> None:
        a = self.w.action_set
        a["edit_note"].triggered.connect(self.editor.focus_note)
        a["edit_tags"].triggered.connect(self.editor.focus_tags)
        self.w.detail.rendered.connect(self._follow)
        self.editor.saved.connect(self._saved)

    def _follow(self) -> None:
        paper = self.w.detail.paper
        self.editor.load(paper.id if paper is not None else "")

    def _saved(self, paper_id: str) -> None:
        self.w.paper_list.model.update_marks([paper_id])
        self.w.triage.schedule_counts()

    def flush(self) -> None:
        """Save what is typed now (the window closes)."""
        self.editor.save()
        self.editor.apply_tags()
