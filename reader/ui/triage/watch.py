"""Watch lists in the window: the Watch Terms dialog, new-hit badges, highlighting.

Adding a term matches every stored paper, so adds and removals run in the
worker pool; afterwards the list rows read their marks again, the sidebar's
Watch section is refreshed and the shown paper is highlighted again. Choosing a
term in the sidebar lists its papers and clears its new-hit badge. The detail
pane's include hits are highlighted on its rendered text
(:mod:`reader.ui.detail.watch_highlight`), so no markup is ever built from a term.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from reader import notify, watch
from reader.db import LibraryError
from reader.ui.detail.watch_highlight import highlight
from reader.ui.dialogs.watch_terms import WatchDialog

if TYPE_CHECKING:
    from reader.ui.window import MainWindow

log = logging.getLogger(__name__)


class WatchUi(QObject):
    """The watch-list side of a :class:`MainWindow` (its ``watch`` attribute).

    Signals: none.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.dialog: WatchDialog | None = None
        self.highlighted = 0  # matches highlighted in the detail pane's last render
        self.notifications: list[str] = []  # desktop notifications shown (newest last)
        self._tray: QSystemTrayIcon | None = None

    def connect_actions(self) -> None:
        self.w.action_set["watch_terms"].triggered.connect(self.show_dialog)
        self.w.sidebar.view_selected.connect(self._view_selected)
        self.w.detail.rendered.connect(self.highlight_detail)
        self.w.sync.finished.connect(self._synced)

    def show_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = WatchDialog(self.w)
            self.dialog.add_requested.connect(self.add)
            self.dialog.remove_requested.connect(self.remove)
        self._fill_dialog()
        self.dialog.show()
        self.dialog.term.setFocus()

    # ------------------------------------------------------------- changes

    def add(self, term: str, exclude: bool = False) -> None:
        library = self.w.library
        self._run(lambda: watch.add_term(library, term, exclude), "add watch term")

    def remove(self, term: str) -> None:
        library = self.w.library
        self._run(lambda: watch.remove_term(library, term), "remove watch term")

    def _run(self, change, name: str) -> None:  # type: ignore[no-untyped-def]
        def done(_result: object) -> None:
            self.w.paper_list.model.update_all_marks()
            self.w.triage.refresh_counts()
            self._fill_dialog()
            shown = self.w.detail.paper
            if shown is not None:  # render (and so highlight) the shown paper again
                self.w.detail.update_paper(shown)

        self.w.workers.run_task(change, done, self._failed, context=self, name=name)

    def _fill_dialog(self) -> None:
        if self.dialog is None:
            return
        try:
            self.dialog.set_terms(watch.terms(self.w.library))
        except LibraryError as exc:
            notify.error(str(exc))

    def _view_selected(self, view: str) -> None:
        kind, _sep, term = view.partition(":")
        if kind != "watch":
            return
        library = self.w.library
        self.w.workers.run_task(
            lambda: watch.mark_seen(library, term),
            lambda _r: self.w.triage.refresh_counts(),
            self._failed,
            context=self,
            name="watch seen",
        )

    # --------------------------------------------------- after a sync: notify

    def _synced(self, report: object) -> None:
        """With ``watch_notify`` on, say in a desktop notification that new hits arrived."""
        if report is None or not self.w.settings.get("watch_notify"):
            return
        library = self.w.library
        self.w.workers.run_task(
            lambda: watch.new_hit_count(library),
            self._notify_new,
            self._failed,
            context=self,
            name="watch new hits",
        )

    def _notify_new(self, count: int) -> None:
        if count <= 0:
            return
        papers = "paper matches" if count == 1 else "papers match"
        text = f"{count:,} new {papers} your watch terms."
        self.notifications.append(text)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.w.windowIcon(), self)
                self._tray.activated.connect(lambda _r: self.w.activateWindow())
            self._tray.show()
            self._tray.showMessage("Daily Papers Reader", text)
        else:  # no tray on this desktop: the status bar says it
            notify.info(text)

    # --------------------------------------------------------- highlighting

    def highlight_detail(self) -> None:
        """Highlight the shown paper's include-term hits in the detail pane."""
        self.highlighted = 0
        label = self.w.notes.editor.watch
        label.hide()
        paper = self.w.detail.paper
        if paper is None:
            return
        try:
            found = watch.paper_hits(self.w.library, paper.id)
        except LibraryError:
            return  # the list says why; a highlight is not worth a second message
        terms = [t for t, exclude in found if not exclude]
        excluded = [t for t, exclude in found if exclude]
        words = ([f"◉ {', '.join(terms)}"] if terms else []) + (
            [f"excluded by {', '.join(excluded)}"] if excluded else []
        )
        label.setText("   ".join(words))  # which terms hit the paper on show
        label.setVisible(bool(words))
        if terms:
            patterns = [watch.highlight_pattern(t) for t in terms]
            self.highlighted = highlight(self.detail.browser.document(), patterns)

    def _failed(self, exc: BaseException) -> None:
        text = self.tr("Changing the watch list failed (%1); details are in the log file.")
        # ValueError: a term too short to watch, in one sentence
        notify.failure(exc, "Changing the watch list", text, told=(ValueError,))
