"""Related papers and For You in the window: the panes, their wiring, and the index upkeep.

Given the panes it shares the window with, and told about view changes,
library refreshes and shutdown; what it listens to is connected in :meth:`SimilarityUi.wire`:

- the Related panel goes under the detail pane and the PDF reader (a vertical
  splitter in their place);
- the For You pane shares the middle column with the paper list (a stack);
- the index (``cache/similar.sqlite3``) is brought up to date by a child process
  (``python -m reader.simindex``, a QProcess: no pool thread waits on it) after
  start and after every import or sync: a first build at 110k papers takes
  minutes of CPU and tens of MB of term counts, none of which the window should
  carry or wait for;
- related papers and the For You ranking are computed in the worker pool;
- Not Interested (X) marks the shown paper dismissed and drops it from For You.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget

from reader import notify
from reader.ui.common.shown import ShownPaper
from reader.ui.common.writes import report_failure, run_write
from reader.ui.recommend.for_you import ForYouPane
from reader.ui.recommend.related_panel import RelatedPanel

if TYPE_CHECKING:
    from PySide6.QtCore import QProcess

    from reader.library import Library
    from reader.simindex import SimilarityIndex
    from reader.ui.common.workers import Workers
    from reader.ui.papers.pane import PaperListPane
    from reader.ui.shell.actions import Actions
    from reader.ui.sidebar.model import DayTreeModel
    from reader.ui.sidebar.view import DaySidebar

log = logging.getLogger(__name__)

VIEW = "for_you"
RELATED = 8
FOR_YOU = 50
UPDATE_DELAY_MS = 1500  # after start: let the window settle first


class SimilarityUi(QObject):
    """The window's side of related papers and For You.

    It takes the paper list's place in *splitter* (a stack with For You) and the
    *detail_stack*'s (a vertical splitter with Related, ``right``).

    Signals: ``index_updated(object stats)`` (a dict, or None when the update failed),
    ``related_shown(str paper_id)``, ``ranked()`` (the For You list was filled),
    ``paper_requested(str paper_id)`` (a related or For You paper to show in the detail pane).
    """

    index_updated = Signal(object)
    related_shown = Signal(str)
    ranked = Signal()
    paper_requested = Signal(str)

    def __init__(
        self,
        shown: ShownPaper,
        index_path: Path,
        library: Library,
        workers: Workers,
        actions: Actions,
        sidebar: DaySidebar,
        day_model: DayTreeModel,
        paper_list: PaperListPane,
        splitter: QSplitter,
        detail_stack: QStackedWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.shown, self.library, self.workers, self.actions = shown, library, workers, actions
        self.sidebar, self.day_model, self.paper_list = sidebar, day_model, paper_list
        self.splitter, self.detail_stack = splitter, detail_stack
        self.index_path = Path(index_path)
        self._index: SimilarityIndex | None = None
        self._index_lock = threading.Lock()
        self._child: QProcess | None = None
        self._updating = False
        self._update_again = False
        self._ready = self.index_path.exists()
        self._shown = ""
        self._closing = False

        self.related = RelatedPanel()
        self.for_you = ForYouPane()
        self.for_you.setMinimumWidth(260)
        self._place()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.update_index)

    def wire(self) -> None:
        """Connect its panes, the list's and sidebar's choices and Not Interested and L."""
        self.related.paper_chosen.connect(self._open_related)
        self.for_you.paper_selected.connect(self._for_you_selected)
        self.paper_list.paper_selected.connect(self.show_related)
        self.sidebar.day_selected.connect(lambda _d: self.select_view(""))
        self.actions["not_interested"].triggered.connect(self.not_interested)
        self.actions["focus_related"].triggered.connect(self.focus_related)

    def _place(self) -> None:
        """The stack in the list's place, the detail/related splitter in the detail's."""
        splitter = self.splitter
        self.middle = QStackedWidget()
        self.middle.setObjectName("middleStack")
        self.middle.setMinimumWidth(self.paper_list.minimumWidth())
        splitter.replaceWidget(splitter.indexOf(self.paper_list), self.middle)
        self.middle.addWidget(self.paper_list)
        self.middle.addWidget(self.for_you)
        self.paper_list.show()
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("detailRelated")
        self.right.setChildrenCollapsible(False)
        self.right.setHandleWidth(1)
        detail = self.detail_stack  # the summary, or the PDF reader
        self.right.setMinimumWidth(detail.minimumWidth())
        splitter.replaceWidget(splitter.indexOf(detail), self.right)
        self.right.addWidget(detail)
        self.right.addWidget(self.related)
        detail.show()
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 0)

    # ------------------------------------------------------------ the index

    def start(self, delay_ms: int = UPDATE_DELAY_MS) -> None:
        """Bring the index up to date a moment after start."""
        self._timer.start(delay_ms)

    def update_index(self) -> None:
        """Update the index in a child process (once at a time; again if asked meanwhile)."""
        if self._closing:
            return
        if self._updating:
            self._update_again = True
            return
        self._updating = True
        from PySide6.QtCore import QProcess  # on the first update, after start-up

        child = QProcess(self)
        child.setProgram(sys.executable)
        child.setArguments(["-m", "reader.simindex", str(self.index_path), str(self.library.path)])
        child.finished.connect(lambda code, status: self._child_finished(child, code, status))
        child.errorOccurred.connect(lambda error: self._child_error(child, error))
        self._child = child
        child.start()

    def _child_finished(self, child: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        from PySide6.QtCore import QProcess

        if self._child is not child:
            return
        self._child = None
        child.deleteLater()
        out = bytes(child.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(child.readAllStandardError().data()).decode("utf-8", "replace")
        if status != QProcess.ExitStatus.NormalExit or code != 0 or not out.strip():
            self._update_failed(RuntimeError(f"index update exited {code}: {err[-2000:]}"))
            return
        try:
            import json  # the window's first paint needs none of it

            stats = json.loads(out.strip().splitlines()[-1])
        except ValueError as exc:
            self._update_failed(exc)
            return
        self._updated(stats)

    def _child_error(self, child: QProcess, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart and self._child is child:
            self._child = None
            child.deleteLater()
            self._update_failed(
                RuntimeError(f"the index update could not start: {child.errorString()}")
            )

    def _updated(self, stats: dict) -> None:
        self._updating = False
        self._ready = True
        log.info("similarity index: %s", stats)
        self.index_updated.emit(stats)
        if self._update_again:
            self._update_again = False
            self.update_index()
            return
        if stats.get("added") or stats.get("removed") or stats.get("rebuilt"):
            self.refresh()

    def _update_failed(self, exc: BaseException) -> None:
        self._updating = False
        if not self._closing:
            log.error("updating the similarity index failed", exc_info=exc)
            self.index_updated.emit(None)

    def _index_now(self) -> SimilarityIndex:
        """The index, opened on first use (in a worker: opening may write its schema)."""
        from reader.simindex import SimilarityIndex  # not loaded to open the window

        with self._index_lock:
            if self._index is None:
                self._index = SimilarityIndex(self.index_path, self.library.path)
            return self._index

    def refresh(self) -> None:
        """Recompute what is on screen: the Related list, and For You when it is shown."""
        if self._shown:
            self.show_related(self._shown, force=True)
        if self.active():
            self.rank()

    # -------------------------------------------------------------- related

    def show_related(self, paper_id: str, force: bool = False) -> None:
        if paper_id == self.related.paper_id and not force:
            return
        self._shown = paper_id
        self.related.show_pending(paper_id)
        if not paper_id:
            return
        if not self._ready:
            self.related.show_results(paper_id, [], self.tr("building the index…"))
            return
        library = self.library

        def work() -> list:
            from reader.recommend import Recommender

            return Recommender(library, self._index_now()).related(paper_id, RELATED)

        def done(found: list) -> None:
            self.related.show_results(paper_id, found)
            self.related_shown.emit(paper_id)

        self.workers.run_task(work, done, self._failed, context=self, name="related")

    def _open_related(self, paper_id: str) -> None:
        """Go to a related paper: in the list when it is there, else shown on its own."""
        if self.active() and self.for_you.model.row_of(paper_id) >= 0:
            self.for_you.view.select_row(self.for_you.model.row_of(paper_id))
        elif not (not self.active() and self.paper_list.select_paper(paper_id)):
            self.paper_requested.emit(paper_id)
            self.show_related(paper_id)
        # The keys go back to the list (J / K move on from the paper just opened).
        (self.for_you.view if self.active() else self.paper_list.view).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def focus_related(self) -> None:
        """L: open the Related list and put the keys in it."""
        self.related.set_expanded(True)
        view = self.related.view
        if self.related.model.rowCount():
            view.setFocus()
            if not view.currentIndex().isValid():
                view.select_row(0)

    # -------------------------------------------------------------- For You

    def active(self) -> bool:
        return self.middle.currentWidget() is self.for_you

    def select_view(self, view: str) -> bool:
        """Show For You when *view* is it (True), else the paper list (False)."""
        if view != VIEW:
            if self.active():
                self.middle.setCurrentWidget(self.paper_list)
            return False
        self.middle.setCurrentWidget(self.for_you)
        self.for_you.view.setFocus()
        self.rank()
        return True

    def rank(self) -> None:
        self.for_you.show_pending()
        library = self.library

        def work() -> tuple[list, int]:
            from reader.recommend import Recommender, signals

            found = signals(library)
            if not found.kept:
                return [], 0
            ranked = Recommender(library, self._index_now()).recommend(FOR_YOU, found)
            return ranked, len(found.kept)

        def done(result: tuple[list, int]) -> None:
            found, kept = result
            self.for_you.show_results(found, kept)
            counts = self.day_model.counts()
            counts[VIEW] = len(found)
            self.day_model.set_view_counts(counts)
            self.ranked.emit()

        if not self._ready:
            self.for_you.subtitle.setText(self.tr("Building the similarity index…"))
            return
        self.workers.run_task(work, done, self._failed, context=self, name="for you")

    def _for_you_selected(self, paper_id: str) -> None:
        if paper_id:
            self.paper_requested.emit(paper_id)
            self.show_related(paper_id)

    def not_interested(self) -> None:
        """Dismiss the shown paper: a negative signal; it leaves For You."""
        paper = self.shown.paper
        if paper is None:
            return
        if self.library.read_only_reason is not None:
            notify.error(self.library.read_only_reason)
            return
        short = paper.title if len(paper.title) <= 60 else paper.title[:57] + "…"
        library, paper_id = self.library, paper.id

        def done(changed: list[str]) -> None:
            text = self.tr("Not interested: %1") if changed else self.tr("Already dismissed: %1")
            notify.info(text.replace("%1", short))

        def failed(exc: BaseException) -> None:
            report_failure(exc, "the dismissal")
            if self.active():
                self.rank()  # the paper comes back into For You

        # queued on the library's writer: it leaves For You at once
        run_write(library, lambda: library.set_dismissed([paper_id]), done, failed, context=self)
        if self.active():
            self.for_you.remove(paper.id)
            self.for_you.view.setFocus()

    def _failed(self, exc: BaseException) -> None:
        text = self.tr("Finding related papers failed (%1); details are in the log file.")
        notify.failure(exc, "Finding related papers", text)

    def shutdown(self) -> None:
        """Stop a running index update (the child process) so that closing never waits on it."""
        self._closing = True
        self._timer.stop()
        child, self._child = self._child, None
        if child is not None and child.state() != child.ProcessState.NotRunning:
            child.kill()  # its transaction rolls back; the next start redoes the update
            child.waitForFinished(2000)
