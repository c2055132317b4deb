"""The main window: sidebar, list and detail in splitters, wired together in one place.

Panes never reach into each other: the sidebar says which day or view was
chosen, the list says which paper, and this class decides what follows. Window
state (geometry, splitters, selection, sort and filters) is saved on close and
restored by :meth:`MainWindow.load`. Keyboard commands are the declared actions
of :mod:`reader.ui.actions`; navigation and marks live in :mod:`commands`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader import APP_NAME, notify
from reader.cache import ThumbnailCache
from reader.db import LibraryError
from reader.library import Library
from reader.ui import links
from reader.ui.actions import Actions
from reader.ui.appearance import Appearance
from reader.ui.commands import Commands
from reader.ui.day_model import VIEWS, DayTreeModel, day_label
from reader.ui.day_sidebar import DaySidebar
from reader.ui.detail_view import DetailPane
from reader.ui.dialogs import Dialogs, FileChooser
from reader.ui.importing import ImportController
from reader.ui.marks import Marks
from reader.ui.menus import build_menus, build_toolbar
from reader.ui.paper_list import PaperListPane
from reader.ui.resources import app_icon, samples_dir
from reader.ui.settings import Settings
from reader.ui.status_bar import NotifyBridge, StatusBar
from reader.ui.thumbnails import ThumbnailLoader
from reader.ui.workers import Workers

log = logging.getLogger(__name__)

DETAIL_ACTIONS = (
    "open_arxiv",
    "open_pdf",
    "open_hf",
    None,
    "copy_link",
    "copy_bibtex",
    None,
    "toggle_bookmark",
    "toggle_read",
)


class MainWindow(QMainWindow):
    """The three-pane reader window.

    Signals: none of its own. Attributes tests drive: ``sidebar``, ``paper_list``,
    ``detail``, ``actions``, ``marks``, ``importer``, ``status``; ``toolbar`` and
    ``sync_slot`` are where sync adds its button, ``status.set_sync_state`` its state.
    """

    def __init__(
        self,
        library: Library,
        settings: Settings,
        workers: Workers,
        thumbnails: ThumbnailCache,
        dialogs: FileChooser | None = None,
        persist: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.library, self.settings, self.workers = library, settings, workers
        self.dialogs: FileChooser = dialogs or Dialogs()
        self.persist = persist
        self._first_run = False  # the bundled samples are being imported
        self.actions = Actions(self)
        self.day_model = DayTreeModel(self)
        self.sidebar = DaySidebar(self.day_model)
        self.paper_list = PaperListPane(library, workers)
        self.thumbnails = ThumbnailLoader(thumbnails, workers, self)
        self.detail = DetailPane(
            self.thumbnails, [self.actions[n] if n else None for n in DETAIL_ACTIONS]
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("panes")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        for pane, minimum in ((self.sidebar, 160), (self.paper_list, 260), (self.detail, 320)):
            pane.setMinimumWidth(minimum)
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(2, 1)
        self.setCentralWidget(self.splitter)
        build_menus(self, self.actions)
        self.toolbar, self.sync_slot = build_toolbar(self, self.actions)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.notify_bridge = NotifyBridge(self)
        self.notify_bridge.message.connect(self.status.show_message)
        self.marks = Marks(
            library,
            workers,
            self.day_model,
            self.paper_list.model,
            lambda: int(self.settings.get("read_delay_ms")),
            self,
        )
        self.importer = ImportController(library, workers, self)
        self.commands = Commands(self)
        self._wire()
        self.appearance = Appearance(
            settings, self.actions, self.detail, self.paper_list.view, self
        )
        self.commands.update_paper_actions()
        self.actions["undo_mark"].setEnabled(False)

    # ---------------------------------------------------------------- wiring

    def _wire(self) -> None:
        self.sidebar.day_selected.connect(self._day_selected)
        self.sidebar.view_selected.connect(self._view_selected)
        self.sidebar.mark_day_read_requested.connect(self.commands.mark_day_read)
        self.paper_list.paper_selected.connect(self.commands.show_paper)
        self.paper_list.search_active.connect(lambda _on: self._list_changed())
        self.detail.link_activated.connect(links.open_url)
        self.marks.read_changed.connect(self.commands.read_changed)
        self.marks.bookmark_changed.connect(self.commands.bookmark_changed)
        self.marks.counts_changed.connect(self._counts_changed)
        self.marks.undo_available.connect(self.actions["undo_mark"].setEnabled)
        self.importer.finished.connect(self._import_finished)
        self.importer.running_changed.connect(self._import_running)
        self.commands.connect_actions()
        a = self.actions
        a["quit"].triggered.connect(self.close)
        a["import_files"].triggered.connect(
            lambda: self.import_paths(self.dialogs.import_files(self))
        )
        a["import_folder"].triggered.connect(
            lambda: self.import_paths(self.dialogs.import_folder(self))
        )

    # ------------------------------------------------------------ start-up

    def load(self, restore: bool | None = None) -> None:
        """Fill the sidebar and select the saved (or newest) day and paper."""
        with self.detail.hold_rendering():
            self._load(restore)

    def _load(self, restore: bool | None) -> None:
        restore = self.persist if restore is None else restore
        try:
            days = self.library.days()
        except LibraryError as exc:
            notify.error(str(exc))
            days = []
        self.day_model.load(days, {})
        self.marks.refresh_view_counts()  # the smart views' counts follow from a worker
        if restore:
            self.restore_geometry()
            s = self.settings
            self.paper_list.set_filters(
                s.get("ui_sort"),
                s.get("ui_unread_only"),
                s.get("ui_bookmarked_only"),
                s.get("ui_min_votes"),
            )
        if not days:
            self.detail.show_empty(
                "Welcome to Daily Papers Reader", "Importing the sample digests…"
            )
            self._first_run = True
            self.paper_list.view.setFocus()
            self.importer.start([samples_dir()], show_progress=False)
            return
        selection = self.settings.get("ui_selection") if restore else ""
        self.select_initial(selection, self.settings.get("ui_paper") if restore else "")

    def select_initial(self, selection: str = "", paper_id: str = "") -> None:
        kind, _sep, key = selection.partition(":")
        chosen = (kind == "day" and self.sidebar.select_day(key)) or (
            kind == "view" and self.sidebar.select_view(key)
        )
        dates = self.day_model.dates()
        if not chosen and dates:
            self.sidebar.select_day(dates[0])
        if not (paper_id and self.paper_list.select_paper(paper_id)):
            self.paper_list.select_row(0)
        self.paper_list.view.setFocus()

    def restore_geometry(self) -> None:
        geometry, splitter = self.settings.get("ui_geometry"), self.settings.get("ui_splitter")
        if geometry:
            self.restoreGeometry(geometry)
        if self.settings.get("ui_window_state"):
            self.restoreState(self.settings.get("ui_window_state"))
        if not (splitter and self.splitter.restoreState(splitter)):
            self.default_sizes()

    def default_sizes(self) -> None:
        width = max(self.width(), 800)
        side = int(min(280, max(192, width * 0.16)))
        middle = int(min(480, max(290, width * 0.28)))
        self.splitter.setSizes([side, middle, max(320, width - side - middle)])

    def save_state(self) -> None:
        s = self.settings
        s.set("ui_geometry", bytes(self.saveGeometry().data()))
        s.set("ui_window_state", bytes(self.saveState().data()))
        s.set("ui_splitter", bytes(self.splitter.saveState().data()))
        s.set("ui_selection", self.sidebar.current_key())
        s.set("ui_paper", self.commands.current.id if self.commands.current else "")
        for name, value in self.paper_list.filters().items():
            s.set(name, value)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            self.save_state()
        self.marks.cancel_scheduled()
        self.importer.cancel()
        self.workers.wait()
        self.notify_bridge.close()
        super().closeEvent(event)

    # ------------------------------------------------------- list and panes

    def _day_selected(self, date: str) -> None:
        self.paper_list.set_source(date=date)
        self._list_changed()

    def _view_selected(self, view: str) -> None:
        self.paper_list.set_source(date=None, view=view)
        self._list_changed()

    def _list_changed(self) -> None:
        self._update_header()
        searching = self.paper_list.searching()
        day = self.sidebar.current_day()
        whole_day = bool(day) and not searching
        action = self.actions["mark_list_read"]
        action.setText("Mark Day as Read" if whole_day else "Mark All in List as Read")
        action.setIconText("Mark day read" if whole_day else "Mark list read")
        if not self.paper_list.current_id() and not self.commands.current:
            self.commands.show_empty_state()

    def _update_header(self) -> None:
        day = self.sidebar.current_day()
        if day:
            info = self.day_model.day_info(day)
            papers, unread = (info.papers, info.unread) if info else (0, 0)
            self.paper_list.set_header(
                day_label(day, with_year=True), f"{papers} papers  ·  {unread} unread"
            )
            return
        key = self.sidebar.current_key().partition(":")[2]
        counts = self.day_model.counts()
        label = dict(VIEWS).get(key, "")
        self.paper_list.set_header(label, f"{counts.get(key, 0):,} papers" if key else "")

    def _counts_changed(self, counts: dict[str, int]) -> None:
        self.status.set_counts(counts)
        self._update_header()

    # ------------------------------------------------------------- importing

    def import_paths(self, paths: list[str]) -> None:
        if paths:
            self.importer.start(paths)

    def _import_running(self, running: bool) -> None:
        for name in ("import_files", "import_folder"):
            self.actions[name].setEnabled(not running)

    def _import_finished(self, report: object) -> None:
        if report is None:
            return

        first_run, self._first_run = self._first_run, False

        def after() -> None:  # the sidebar keeps its selection across the refresh
            if first_run or not self.sidebar.current_key():
                self.select_initial()
            else:
                self.paper_list.reload()
                self._list_changed()

        self.marks.refresh_counts(then=after)
