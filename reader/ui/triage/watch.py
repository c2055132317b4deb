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

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from reader import notify, watch
from reader.db import LibraryError
from reader.ui.detail.watch_highlight import highlight

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from reader.library import Library
    from reader.ui.common.settings import Settings
    from reader.ui.common.workers import Workers
    from reader.ui.detail.pane import DetailPane
    from reader.ui.dialogs.watch_terms import WatchDialog
    from reader.ui.papers.model import PaperListModel
    from reader.ui.shell.actions import Actions
    from reader.ui.sidebar.view import DaySidebar
    from reader.ui.sync.runner import SyncController

log = logging.getLogger(__name__)


class WatchUi(QObject):
    """The watch-list side of the window (its ``watch`` attribute).

    *hits* is the label under the paper that names the terms hitting it; *parent*
    is the window (the dialog's parent, the tray icon's icon and activation).

    Signals: ``counts_stale()`` after a change of terms or seen hits (the sidebar's
    Watch section is read again).
    """

    counts_stale = Signal()

    def __init__(
        self,
        library: Library,
        workers: Workers,
        settings: Settings,
        actions: Actions,
        sidebar: DaySidebar,
        detail: DetailPane,
        papers: PaperListModel,
        hits: QLabel,
        sync: SyncController,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library, self.workers, self.settings = library, workers, settings
        self.actions = actions
        self.sidebar, self.detail, self.papers, self.hits = sidebar, detail, papers, hits
        self.sync, self.window = sync, parent
        self.dialog: WatchDialog | None = None
        self.highlighted = 0  # matches highlighted in the detail pane's last render
        self.notifications: list[str] = []  # desktop notifications shown (newest last)
        self._tray: QSystemTrayIcon | None = None  # made at the first news (imported then)

    def wire(self) -> None:
        """Connect Watch Terms…, a chosen Watch row, the detail's renders and finished syncs."""
        self.actions["watch_terms"].triggered.connect(self.show_dialog)
        self.sidebar.view_selected.connect(self._view_selected)
        self.detail.rendered.connect(self.highlight_detail)
        self.sync.finished.connect(self._synced)

    def show_dialog(self) -> None:
        from reader.ui.dialogs.watch_terms import WatchDialog  # loads when first asked for

        if self.dialog is None:
            self.dialog = WatchDialog(self.window)
            self.dialog.add_requested.connect(self.add)
            self.dialog.remove_requested.connect(self.remove)
        self._fill_dialog()
        self.dialog.show()
        self.dialog.term.setFocus()

    # ------------------------------------------------------------- changes

    def add(self, term: str, exclude: bool = False) -> None:
        library = self.library
        self._run(lambda: watch.add_term(library, term, exclude), "add watch term")

    def remove(self, term: str) -> None:
        library = self.library
        self._run(lambda: watch.remove_term(library, term), "remove watch term")

    def _run(self, change, name: str) -> None:  # type: ignore[no-untyped-def]
        def done(_result: object) -> None:
            self.papers.update_all_marks()
            self.counts_stale.emit()
            self._fill_dialog()
            shown = self.detail.paper
            if shown is not None:  # render (and so highlight) the shown paper again
                self.detail.update_paper(shown)

        self.workers.run_task(change, done, self._failed, context=self, name=name)

    def _fill_dialog(self) -> None:
        if self.dialog is None:
            return
        try:
            self.dialog.set_terms(watch.terms(self.library))
        except LibraryError as exc:
            notify.error(str(exc))

    def _view_selected(self, view: str) -> None:
        kind, _sep, term = view.partition(":")
        if kind != "watch":
            return
        library = self.library
        self.workers.run_task(
            lambda: watch.mark_seen(library, term),
            lambda _r: self.counts_stale.emit(),
            self._failed,
            context=self,
            name="watch seen",
        )

    # --------------------------------------------------- after a sync: notify

    def _synced(self, report: object) -> None:
        """With ``watch_notify`` on, say in a desktop notification that new hits arrived."""
        if report is None or not self.settings.get("watch_notify"):
            return
        library = self.library
        self.workers.run_task(
            lambda: watch.new_hit_count(library),
            self._notify_new,
            self._failed,
            context=self,
            name="watch new hits",
        )

    def _notify_new(self, count: int) -> None:
        if count <= 0:
            return
        text = self.tr("Your watch terms found %n new paper(s).", "", count)
        self.notifications.append(text)
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self._tray.activated.connect(lambda _r: self.window.activateWindow())
            self._tray.show()
            self._tray.showMessage(self.tr("Daily Papers Reader"), text)
        else:  # no tray on this desktop: the status bar says it
            notify.info(text)

    # --------------------------------------------------------- highlighting

    def highlight_detail(self) -> None:
        """Highlight the shown paper's include-term hits in the detail pane."""
        self.highlighted = 0
        label = self.hits
        label.hide()
        paper = self.detail.paper
        if paper is None:
            return
        try:
            found = watch.paper_hits(self.library, paper.id)
        except LibraryError:
            return  # the list says why; a highlight is not worth a second message
        terms = [t for t, exclude in found if not exclude]
        excluded = [t for t, exclude in found if exclude]
        words = ([f"◉ {', '.join(terms)}"] if terms else []) + (
            [self.tr("excluded by %1").replace("%1", ", ".join(excluded))] if excluded else []
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
