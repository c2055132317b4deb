"""Triage from the window: state keys on the list's selection, queue order, skip the rest, undo.

Every write runs on the library's one writer (a bulk selection or Catch-up's rest
can be thousands of papers; the UI thread never waits for it); the result comes back with fresh day progress and view
counts, and only the touched rows read their marks again. Each change is kept
for undo: Ctrl+Z (the window's one Undo action) takes back the newest change,
whether a triage change here or a bulk read mark of :class:`reader.ui.triage.marks.Marks`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QToolBar, QToolButton

from reader import notes_tags, notify, triage, watch
from reader.library import DayInfo
from reader.triage import StateChange
from reader.ui.common.shown import ShownPaper
from reader.ui.common.writes import run_write
from reader.ui.papers.model import IdRole

if TYPE_CHECKING:
    from reader.library import Library
    from reader.ui.common.workers import Workers
    from reader.ui.papers.pane import PaperListPane
    from reader.ui.shell.actions import Actions
    from reader.ui.sidebar.model import DayTreeModel
    from reader.ui.sidebar.view import DaySidebar
    from reader.ui.triage.marks import Marks

log = logging.getLogger(__name__)

KEYS = {
    "state_later": "later",
    "state_must": "must-read",
    "state_done": "done",
    "state_skipped": "skipped",
    "state_new": "new",
}
UNDO_DEPTH = 50
COUNTS_DELAY_MS = 300

# days, view counts, watch terms (term, exclude, hits, new hits), tags (tag, papers)
Refreshed = tuple[
    list[DayInfo], dict[str, int], list[tuple[str, bool, int, int]], list[tuple[str, int]]
]


class TriageUi(QObject):
    """The window's triage actions (its ``triage`` attribute).

    Signals: ``changed(list ids)`` after states were written and the rows updated;
    ``counts_shown()`` after fresh counts went into the sidebar (the list header follows).
    """

    changed = Signal(list)
    counts_shown = Signal()

    def __init__(
        self,
        shown: ShownPaper,
        actions: Actions,
        library: Library,
        workers: Workers,
        sidebar: DaySidebar,
        day_model: DayTreeModel,
        paper_list: PaperListPane,
        marks: Marks,
        toolbar: QToolBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.shown, self.actions, self.library, self.workers = shown, actions, library, workers
        self.sidebar, self.day_model, self.paper_list = sidebar, day_model, paper_list
        self.marks, self.toolbar = marks, toolbar
        self._undo: list[tuple[int, str, list[StateChange]]] = []  # (order, what, changes)
        self._order = 0
        self._marks_order = -1  # when Marks last offered an undo
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._closed = False
        self._counted = False  # the triage counts and sections were read once

    def shutdown(self) -> None:
        """The window closes: no more count refreshes (the pool is going away)."""
        self._closed = True
        self._counts_timer.stop()

    def wire(self) -> None:
        """Connect the triage keys, Undo, the Queue's drag and drop and what the marks say."""
        a = self.actions
        for name, state in KEYS.items():
            a[name].triggered.connect(lambda _c=False, s=state: self.set_state(s))
        a["queue_up"].triggered.connect(lambda: self.move(-1))
        a["queue_down"].triggered.connect(lambda: self.move(1))
        a["skip_rest"].triggered.connect(self.skip_rest)
        a["undo_mark"].triggered.connect(self.undo)  # the newest change: triage or marks
        self.paper_list.model.on_queue_drop = self.move_to  # drag to reorder the Queue
        # Catch-up's "Skip the rest" sits on the toolbar beside Undo while Catch-up is shown
        toolbar = self.toolbar
        after = toolbar.actions().index(a["undo_mark"]) + 1
        button = QToolButton()
        button.setDefaultAction(a["skip_rest"])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        self.skip_button = toolbar.insertWidget(toolbar.actions()[after], button)
        self.skip_button.setVisible(False)  # the key works everywhere; the button in Catch-up
        self.sidebar.view_selected.connect(lambda v: self.skip_button.setVisible(v == "catchup"))
        self.sidebar.day_selected.connect(lambda _d: self.skip_button.setVisible(False))
        self.marks.undo_available.connect(self._marks_undo_available)
        self.marks.counts_changed.connect(self._counts_changed)

    # ------------------------------------------------------------- writing

    def selected_ids(self) -> list[str]:
        """The list's selected papers, in list order (the shown paper when none)."""
        view = self.paper_list.view
        rows = sorted(i.row() for i in view.selectionModel().selectedIndexes())
        ids = [self.paper_list.model.index(r, 0).data(IdRole) for r in rows]
        if not ids and self.shown.paper is not None:
            ids = [self.shown.paper.id]
        return [i for i in ids if i]

    def set_state(self, state: str, ids: Sequence[str] | None = None) -> None:
        """Give *ids* (default: the selection) *state*; one paper moves on to the next row."""
        ids = list(ids) if ids is not None else self.selected_ids()
        if not ids:
            return
        single = len(ids) == 1 and ids[0] == self.paper_list.current_id()
        library = self.library
        self._write(
            lambda: triage.set_state(library, ids, state),
            self._state_words(state, len(ids)),
            then=(lambda: self.paper_list.step(1)) if single else None,
        )

    def _state_words(self, state: str, count: int) -> str:
        """'3 papers marked done' (the status bar's line and the Undo item's name)."""
        if state == "later":
            return self.tr("%n paper(s) queued", "", count)
        if state == "must-read":
            return self.tr("%n paper(s) marked must-read", "", count)
        if state == "done":
            return self.tr("%n paper(s) marked done", "", count)
        if state == "skipped":
            return self.tr("%n paper(s) skipped", "", count)
        return self.tr("%n paper(s) back to new", "", count)

    def skip_rest(self) -> None:
        """Mark every untriaged paper of Catch-up skipped (undo-able)."""
        library = self.library
        self._write(lambda: triage.skip_rest(library), self.tr("Skipped the rest of Catch-up"))

    def _write(
        self,
        change: Callable[[], list[StateChange]],
        what: str,
        then: Callable[[], object] | None = None,
        undoable: bool = True,
    ) -> None:
        library = self.library

        def work() -> tuple[list[StateChange], Refreshed]:
            changes = change()
            return changes, self._counts(library)

        def done(result: tuple[list[StateChange], Refreshed]) -> None:
            changes, refreshed = result
            self._apply([c.id for c in changes], refreshed)
            if changes and undoable:
                self._order += 1
                self._undo.append((self._order, what, changes))
                del self._undo[:-UNDO_DEPTH]
                self._update_undo()
            if undoable:
                n = len(changes)
                changed = self.tr("%1 (%n changed).", "", n).replace("%1", what)
                notify.info(changed if n != 1 else f"{what}.")
            if then is not None:
                then()

        # on the library's writer, not in the pool: an import and a sync can fill the pool
        run_write(self.library, work, done, self._failed, context=self, name="triage")

    @staticmethod
    def _counts(library) -> Refreshed:  # type: ignore[no-untyped-def]
        counts = library.counts()
        counts.update(triage.view_counts(library))
        terms = [(t.term, t.exclude, t.hits, t.new_hits) for t in watch.terms(library)]
        return library.days(), counts, terms, notes_tags.all_tags(library)

    def _apply(self, ids: list[str], refreshed: Refreshed) -> None:
        self.paper_list.model.update_marks(ids)
        self.show_counts(refreshed)
        if ids:
            self.changed.emit(ids)

    def _counts_changed(self, _counts: object) -> None:
        """The library's counts were read: the first time, read ours at once (start-up and
        screenshots wait for the pool); later, once for a burst of changes."""
        if not self._counted:
            self._counted = True
            self.refresh_counts()
        else:
            self._counts_timer.start()

    def schedule_counts(self) -> None:
        """Refresh counts and sections a moment from now (several changes, one read)."""
        self._counts_timer.start()

    def refresh_counts(self) -> None:
        """Day progress and the triage views' counts, read again in a worker."""
        if self._closed:
            return
        library = self.library

        self.workers.run_task(
            lambda: self._counts(library),
            self.show_counts,
            self._failed,
            context=self,
            name="triage counts",
        )

    def show_counts(self, refreshed: Refreshed) -> None:
        """Put fresh counts, day progress and the Watch and Tags sections in the sidebar."""
        days, counts, terms, tags = refreshed
        self.day_model.load(days, counts)
        self.day_model.set_sections(terms, tags)
        self.counts_shown.emit()

    # ---------------------------------------------------------------- queue

    def move(self, step: int) -> None:
        """Move the shown paper *step* places in the queue (the Queue view only)."""
        lst = self.paper_list
        paper_id, row = lst.current_id(), lst.current_row()
        if lst.current_query().view != "queue" or lst.current_query().date is not None:
            notify.info(self.tr("Reorder papers in the Queue view (Ctrl+Up / Ctrl+Down)."))
            return
        if not paper_id or not 0 <= row + step < lst.model.rowCount():
            return
        library = self.library

        def done(_result: object) -> None:
            lst.reload()
            lst.select_paper(paper_id)

        run_write(
            self.library,
            lambda: triage.move_in_queue(library, [paper_id], row + step),
            done,
            self._failed,
            context=self,
            name="queue order",
        )

    def move_to(self, ids: Sequence[str], position: int) -> None:
        """Move *ids* so the first lands at *position* of the queue (drag and drop)."""
        library, lst = self.library, self.paper_list
        ids = list(ids)

        def done(_result: object) -> None:
            lst.reload()
            if ids:
                lst.select_paper(ids[0])

        run_write(
            self.library,
            lambda: triage.move_in_queue(library, ids, position),
            done,
            self._failed,
            context=self,
            name="queue order",
        )

    # ----------------------------------------------------------------- undo

    def _marks_undo_available(self, available: bool) -> None:
        if available:
            self._order += 1
            self._marks_order = self._order
        self._update_undo()

    def _update_undo(self) -> None:
        action = self.actions["undo_mark"]
        marks_first = self.marks.can_undo() and (
            not self._undo or self._marks_order > self._undo[-1][0]
        )
        if marks_first:
            action.setText(self.tr("Undo Mark as Read"))
        elif self._undo:
            action.setText(self.tr("Undo: %1").replace("%1", self._undo[-1][1]))
        action.setEnabled(self.marks.can_undo() or bool(self._undo))

    def undo(self) -> None:
        """Take back the newest change: a triage change here, or Marks' bulk read mark."""
        if self.marks.can_undo() and (not self._undo or self._marks_order > self._undo[-1][0]):
            self.marks.undo()
            return
        if not self._undo:
            return
        _order, what, changes = self._undo.pop()
        library = self.library
        self._update_undo()
        self._write(
            lambda: triage.undo(library, changes),
            self.tr("Undid: %1").replace("%1", what),
            undoable=False,
        )
        notify.info(self.tr("Undid: %1.").replace("%1", what))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def _failed(self, exc: BaseException) -> None:
        text = self.tr("Changing triage states failed (%1); details are in the log file.")
        notify.failure(exc, "Changing triage states", text)
