"""What the window shows: the list for the sidebar's choice, its header, the first load, refreshes.

The sidebar says which day or view was chosen and the list which paper; this
class decides what follows: the list's source, its header ("38 papers · 36
unread"), the Mark-as-Read action's wording, the day's summary when no paper is
shown, and the sample banner. It fills the sidebar at start (importing the
bundled samples into an empty library), selects the saved or newest day and
paper, and after every import, sync or merge reloads days and counts while
keeping the selection (:meth:`Navigation.refresh_library`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader import notify
from reader.db import LibraryError
from reader.library import DayInfo
from reader.ui.common.resources import samples_dir
from reader.ui.common.shown import ShownPaper
from reader.ui.sidebar.model import day_label, view_label

if TYPE_CHECKING:
    from reader.library import Library
    from reader.ui.common.settings import Settings
    from reader.ui.detail.pane import DetailPane
    from reader.ui.papers.pane import PaperListPane
    from reader.ui.recommend.controller import SimilarityUi
    from reader.ui.shell.actions import Actions
    from reader.ui.shell.banner import SampleBanner
    from reader.ui.shell.commands import Commands
    from reader.ui.sidebar.model import DayTreeModel
    from reader.ui.sidebar.view import DaySidebar
    from reader.ui.sync.importing import ImportController
    from reader.ui.triage.marks import Marks

log = logging.getLogger(__name__)


class Navigation(QObject):
    """Between the sidebar, the list and the detail pane. Signals: none."""

    def __init__(
        self,
        shown: ShownPaper,
        library: Library,
        settings: Settings,
        actions: Actions,
        sidebar: DaySidebar,
        day_model: DayTreeModel,
        paper_list: PaperListPane,
        detail: DetailPane,
        commands: Commands,
        marks: Marks,
        importer: ImportController,
        similar: SimilarityUi,
        sample_banner: SampleBanner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.shown, self.library, self.settings, self.actions = shown, library, settings, actions
        self.sidebar, self.day_model, self.paper_list = sidebar, day_model, paper_list
        self.detail, self.commands, self.marks = detail, commands, marks
        self.importer, self.similar, self.sample_banner = importer, similar, sample_banner
        self._first_run = False  # the bundled samples are being imported
        # select_initial: the day's summary (the empty state) waits until no paper followed
        self._opening = False
        self._empty_wanted = False

    def wire(self) -> None:
        """Connect the sidebar's and list's choices, count changes and imports."""
        self.sidebar.day_selected.connect(self._day_selected)
        self.sidebar.view_selected.connect(self._view_selected)
        self.paper_list.search_active.connect(lambda _on: self.list_changed())
        for shown in (
            self.sidebar.day_selected,
            self.sidebar.view_selected,
            self.marks.counts_changed,  # after every import or sync: samples may be gone
        ):
            shown.connect(self._update_sample_banner)
        self.marks.counts_changed.connect(self._counts_changed)
        self.importer.finished.connect(self._import_finished)
        self.importer.running_changed.connect(self._import_running)

    # ------------------------------------------------------------ start-up

    def fill(self) -> list[DayInfo] | None:
        """Put the library's days in the sidebar; None when the library cannot be read."""
        try:
            days = self.library.days()
        except LibraryError as exc:
            notify.error(str(exc))
            days = None
        self.day_model.load(days or [], {})
        self.marks.refresh_view_counts()  # the smart views' counts follow from a worker
        return days

    def open(self, days: list[DayInfo] | None, restore: bool) -> None:
        """Select the saved (*restore*) or newest day and paper; samples into an empty library."""
        if not days and (days is None or self.library.read_only_reason):
            # unreadable or read-only: never import the samples into it
            self.detail.show_empty(self.tr("Nothing to show"), self.library.read_only_reason or "")
            return
        if not days:
            self.detail.show_empty(
                self.tr("Welcome to Daily Papers Reader"), self.tr("Importing the sample digests…")
            )
            self._first_run = True
            self.paper_list.view.setFocus()
            self.importer.start([samples_dir()], show_progress=False, samples=True)
            return
        selection = self.settings.get("ui_selection") if restore else ""
        self.select_initial(selection, self.settings.get("ui_paper") if restore else "")

    def select_initial(self, selection: str = "", paper_id: str = "") -> None:
        """Select *selection* (``day:D`` or ``view:V``) and *paper_id*, else the newest day."""
        self._opening, self._empty_wanted = True, False
        try:
            kind, _sep, key = selection.partition(":")
            chosen = (kind == "day" and self.sidebar.select_day(key)) or (
                kind == "view" and self.sidebar.select_view(key)
            )
            dates = self.day_model.dates()
            if not chosen and dates:
                self.sidebar.select_day(dates[0])
            # the last paper shown, even if it is read now and the Unread filter is on
            if not (paper_id and self.paper_list.select_paper(paper_id, keep=True)):
                self.paper_list.select_row(0)
        finally:
            self._opening = False
        if self._empty_wanted and not self.paper_list.current_id() and not self.shown.paper:
            self.commands.show_empty_state()  # an empty day or view
        self.paper_list.view.setFocus()

    # ------------------------------------------------------- list and panes

    def _day_selected(self, date: str) -> None:
        self.paper_list.set_source(date=date)
        self.list_changed()

    def _view_selected(self, view: str) -> None:
        if self.similar.select_view(view):  # For You: its own pane
            return
        self.paper_list.set_source(date=None, view=view)
        self.list_changed()

    def list_changed(self) -> None:
        """The list shows another day, view or search: header, action wording, empty state."""
        self.update_header()
        searching = self.paper_list.searching()
        day = self.sidebar.current_day()
        whole_day = bool(day) and not searching
        action = self.actions["mark_list_read"]
        action.setText(
            self.tr("Mark Day as Read") if whole_day else self.tr("Mark All in List as Read")
        )
        action.setIconText(self.tr("Mark day read") if whole_day else self.tr("Mark list read"))
        if not self.paper_list.current_id() and not self.shown.paper:
            if self._opening:  # select_initial: a paper may follow at once (start-up)
                self._empty_wanted = True
            else:
                self.commands.show_empty_state()

    def update_header(self, *_changed: object) -> None:
        """The list's title and counts for what the sidebar has selected."""
        day = self.sidebar.current_day()
        if day:
            info = self.day_model.day_info(day)
            papers, unread = (info.papers, info.unread) if info else (0, 0)
            rest = self.tr("%1 unread").replace("%1", f"{unread}")
            if info and info.triaged:
                rest += "  ·  " + self.tr("%1 triaged").replace("%1", f"{info.triaged}")
            self.paper_list.set_header(day_label(day, with_year=True), rest, count=papers)
            return
        kind, _sep, key = self.sidebar.current_key().partition(":")
        if kind in ("watch", "tag"):
            title = self.tr("Watch: %1").replace("%1", key) if kind == "watch" else f"#{key}"
            count = self.day_model.section_count(kind, key)
            self.paper_list.set_header(title, count=count)
            return
        counts = self.day_model.counts()
        label = view_label(key)
        count = counts.get(key, 0)
        self.paper_list.set_header(label, count=count if key and count >= 0 else None)

    def _counts_changed(self, _counts: dict[str, int]) -> None:
        self.update_header()
        if self.shown.paper is None:  # the day's summary ("38 papers, 36 unread…")
            self.commands.show_empty_state()

    def _update_sample_banner(self, *_args: object) -> None:
        self.sample_banner.update_for(self.library, self.sidebar.current_day())

    # ------------------------------------------------------------- importing

    def import_paths(self, paths: list[str]) -> None:
        """Import digest files or folders the user chose (nothing when the chooser was cancelled)."""
        if paths:
            self.importer.start(paths)

    def _import_running(self, running: bool) -> None:
        for name in ("import_files", "import_folder"):
            self.actions[name].setEnabled(not running)

    def _import_finished(self, report: object) -> None:
        if report is None:
            return
        first_run, self._first_run = self._first_run, False
        self.refresh_library(first_run=first_run)

    # ------------------------------------------------------------ refreshing

    def refresh_library(
        self,
        mark_new: bool = False,
        first_run: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Reload days and counts after the library changed; *mark_new* flags arrived days."""
        self.similar.update_index()
        before = set(self.day_model.dates())

        def after() -> None:  # the sidebar keeps its selection across the refresh
            if mark_new and before:
                arrived = set(self.day_model.dates()) - before
                self.day_model.mark_new(arrived)
                for date in arrived:
                    self.sidebar.reveal_day(date)
            if first_run or not self.sidebar.current_key():
                self.select_initial()
            else:
                self.paper_list.reload()
                self.list_changed()
            self._reload_shown_paper()
            if then is not None:
                then()

        self.marks.refresh_counts(then=after)

    def _reload_shown_paper(self) -> None:
        """Show the fresh copy of the paper on show: a sync may have added texts or votes."""
        current = self.shown.paper
        if current is None:
            return
        try:
            paper = self.library.paper(current.id)
        except LibraryError as exc:
            notify.error(str(exc))
            return
        if paper is not None and paper != current:
            self.shown.paper = paper
            self.detail.update_paper(paper)
