"""The main window: it builds the panes and the rooms' controllers, injects and wires them.

Nothing here decides what happens; each room does, given what it uses through
its constructor (never this window): :mod:`~reader.ui.shell.navigation` (what
the sidebar's choice shows, refreshes), :mod:`~reader.ui.shell.commands` (the
actions), :mod:`~reader.ui.triage` (marks, states, watch lists, notes),
:mod:`~reader.ui.sync` (sync, folders, imports, the user-state folder),
:mod:`~reader.ui.pdf`, :mod:`~reader.ui.recommend`. Their requests to one
another are Qt signals, all connected in :meth:`MainWindow._wire`; each room
connects what it listens to in its own ``wire()``, called from there. Window
state (geometry, splitters, selection, sort and filters) is saved on close and
restored by :meth:`MainWindow.load`; background work starts after the first
paint with :meth:`MainWindow.start_background`.

Start-up is staged (issue 11): ``MainWindow(..., staged=True)`` builds only what
the first paint shows (the panes, menus, toolbar, status bar and the rooms that
put something in them); :meth:`MainWindow.finish_building`, called by
``reader.ui.app`` right after that paint, imports and builds the rest (Go to
Date, the paper context menu, the user-state folder, the search's clear button, the
repacker of old texts, the window icon).
Unstaged (the default: tests, screenshots) it is all built at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader import APP_NAME
from reader.cache import ThumbnailCache
from reader.library import Library
from reader.paths import AppPaths, resolve
from reader.ui.common import i18n, links
from reader.ui.common.resources import app_icon
from reader.ui.common.settings import Settings
from reader.ui.common.shown import ShownPaper
from reader.ui.common.thumbnails import ThumbnailLoader
from reader.ui.common.workers import Workers
from reader.ui.detail.column import DetailColumn
from reader.ui.detail.pane import DetailPane
from reader.ui.detail.search_highlight import SearchHighlight
from reader.ui.detail.text_preference import TextPreference
from reader.ui.dialogs.choosers import Dialogs, FileChooser
from reader.ui.papers.pane import PaperListPane
from reader.ui.pdf.controller import PdfUi, detail_stack
from reader.ui.recommend.controller import SimilarityUi
from reader.ui.shell import window_state
from reader.ui.shell.actions import Actions
from reader.ui.shell.appearance import Appearance
from reader.ui.shell.banner import SampleBanner
from reader.ui.shell.commands import Commands
from reader.ui.shell.menus import build_menus, build_toolbar
from reader.ui.shell.navigation import Navigation
from reader.ui.shell.read_only import ReadOnlyUi, library_banner
from reader.ui.shell.status_bar import NotifyBridge, StatusBar
from reader.ui.sidebar.model import DayTreeModel
from reader.ui.sidebar.view import DaySidebar
from reader.ui.sync.controller import BACKGROUND_DELAY_MS, SyncUi
from reader.ui.sync.importing import ImportController
from reader.ui.triage.controller import TriageUi
from reader.ui.triage.marks import Marks
from reader.ui.triage.notes import NotesUi
from reader.ui.triage.watch import WatchUi

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # made by Qt at the first close, not before

    from reader.secrets import SecretStore
    from reader.ui.dialogs.go_to_date import GoToDate
    from reader.ui.papers.context_menu import PaperContextMenu
    from reader.ui.sync.repack import Repacker
    from reader.ui.sync.userstate import UserStateUi

log = logging.getLogger(__name__)

CLOSE_FLUSH_S = 1.0  # closing the window waits at most this long for queued writes
DETAIL_ACTIONS = (
    "open_arxiv",
    "open_pdf",
    "read_pdf",
    None,
    "toggle_bookmark",
    "toggle_read",
    None,
)
DETAIL_MORE = ("open_hf", "copy_link", "copy_bibtex")  # less frequent: in the More menu
DETAIL_FOLDABLE = ("open_arxiv", "open_pdf")  # join More when the detail pane is narrow


class MainWindow(QMainWindow):
    """The three-pane reader window.

    Signals: none of its own. Attributes tests drive: ``sidebar``, ``paper_list``,
    ``detail``, ``actions``, ``marks``, ``importer``, ``status``, ``sync`` (the
    :class:`SyncController`), ``sync_bar``, ``folders``; ``toolbar`` and ``sync_slot``
    are where sync adds its button, ``status.set_sync_state`` its state. *paths*
    (default: ``reader.paths.resolve()``), *secrets* (default: the system keyring)
    and *net_options* (HttpClient timeouts and retries) are for sync. *staged*: build
    only what the first paint needs; :meth:`finish_building` does the rest.
    """

    go_to_date: GoToDate
    paper_menu: PaperContextMenu
    repack: Repacker
    userstate: UserStateUi

    def __init__(
        self,
        library: Library,
        settings: Settings,
        workers: Workers,
        thumbnails: ThumbnailCache,
        dialogs: FileChooser | None = None,
        persist: bool = True,
        paths: AppPaths | None = None,
        secrets: SecretStore | None = None,
        net_options: Mapping[str, Any] | None = None,
        staged: bool = False,
    ) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        assert app is not None  # a window needs its application
        i18n.ensure(app, settings.get("language"))
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.library, self.settings, self.workers = library, settings, workers
        self.dialogs: FileChooser = dialogs or Dialogs()
        self.persist = persist
        self.thumbnail_cache = thumbnails
        self.shown = ShownPaper()  # the paper on show: commands write it, the rooms read it
        self._build_panes()
        self._build_frame()
        self._build_rooms(paths or resolve(), secrets, net_options)
        self._restyle()
        self._wire()
        self.appearance = Appearance(
            settings, self.action_set, self.detail, self.paper_list.view, self
        )
        self.commands.update_paper_actions()
        self.action_set["undo_mark"].setEnabled(False)
        self.built = False  # True once finish_building built the rooms the first paint skips
        if not staged:
            self.finish_building()

    # -------------------------------------------------------------- building

    def _build_panes(self) -> None:
        """The sidebar, the list and the detail pane, side by side in ``splitter``."""
        self.action_set = Actions(self)
        self.day_model = DayTreeModel(self)
        self.sidebar = DaySidebar(self.day_model)
        self.paper_list = PaperListPane(self.library, self.workers)
        self.thumbnails = ThumbnailLoader(self.thumbnail_cache, self.workers, self)
        self.detail = DetailPane(
            self.thumbnails,
            [self.action_set[n] if n else None for n in DETAIL_ACTIONS],
            library=self.library,
            more=[self.action_set[n] for n in DETAIL_MORE],
            foldable=[self.action_set[n] for n in DETAIL_FOLDABLE],
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("panes")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.detail_stack = detail_stack(self.detail)  # the summary, or the PDF reader
        for pane, minimum in (
            (self.sidebar, 180),
            (self.paper_list, 260),
            (self.detail_stack, 320),
        ):
            pane.setMinimumWidth(minimum)
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(2, 1)

    def _build_frame(self) -> None:
        """Banners over the panes, menus, toolbar and status bar."""
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.library_banner = library_banner()  # shown while read-only, saying why
        self.column.addWidget(self.library_banner)
        self.sample_banner = SampleBanner(
            self.action_set["sync_now"], self.action_set["import_folder"]
        )
        self.column.addWidget(self.sample_banner)
        self.column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        build_menus(self, self.action_set)
        self.toolbar, self.sync_slot = build_toolbar(self, self.action_set)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.notify_bridge = NotifyBridge(self)

    def _build_rooms(
        self,
        paths: AppPaths,
        secrets: SecretStore | None,
        net_options: Mapping[str, Any] | None,
    ) -> None:
        """Each room's controller, given the panes, models and actions it uses."""
        lib, settings, workers, a = self.library, self.settings, self.workers, self.action_set
        shown, lst, side, days = self.shown, self.paper_list, self.sidebar, self.day_model
        read_delay = lambda: int(settings.get("read_delay_ms"))  # noqa: E731
        self.marks = Marks(lib, workers, days, lst.model, read_delay, self)
        self.importer = ImportController(lib, workers, self)
        self.sync_ui = SyncUi(
            lib, settings, workers, paths, self.thumbnail_cache, self.thumbnails, a,
            self.toolbar, self.sync_slot, self.status, self.importer, self.dialogs, self,
            secrets, net_options,
        )  # fmt: skip
        self.sync, self.sync_bar = self.sync_ui.controller, self.sync_ui.bar
        self.folders = self.sync_ui.folders
        self.pdf = PdfUi(
            shown, paths, self.detail_stack, lib, settings, workers, self.sync_ui.net_options,
            a, self.detail, lst, self.marks, self.sync, self.sync_bar, self,
        )  # fmt: skip
        lst.expand_query = self.pdf.expand_query
        self.commands = Commands(
            shown, a, lib, workers, self.dialogs, side, days, lst, self.detail, self.marks,
            self.pdf, self,
        )  # fmt: skip
        self.similar = SimilarityUi(
            shown, paths.similarity_index, lib, workers, a, side, days, lst, self.splitter,
            self.detail_stack, self,
        )  # fmt: skip
        right = self.similar.right  # the detail / note / related column
        self.notes = NotesUi(lib, a, self.detail, lst.model, right, self)
        self.triage = TriageUi(
            shown, a, lib, workers, side, days, lst, self.marks, self.toolbar, self
        )
        self.watch = WatchUi(
            lib, workers, settings, a, side, self.detail, lst.model, self.notes.editor.watch,
            self.sync, self,
        )  # fmt: skip
        self.detail_column = DetailColumn(  # the summary keeps most of the height
            right, self.detail_stack, self.detail, self.notes.editor, self.similar.related,
            settings, self,
        )  # fmt: skip
        self.read_only = ReadOnlyUi(
            lib, workers, a, self.library_banner, self.status, self.notes.editor, self
        )
        self.navigation = Navigation(
            shown, lib, settings, a, side, days, lst, self.detail, self.commands, self.marks,
            self.importer, self.similar, self.sample_banner, self,
        )  # fmt: skip
        self.text_preference = TextPreference(settings, self.detail, self)
        # the search's terms marked in the paper on show (the list marks its titles)
        self.search_highlight = SearchHighlight(
            self.detail, lambda: self.paper_list.current_query().text, self
        )
        self.column.addWidget(self.sync_bar)

    def finish_building(self) -> None:
        """The rooms the first paint does not show, imported and built now (once).

        ``reader.ui.app`` calls this right after the first paint; none of these
        draws anything until used, so building them later changes nothing on screen.
        """
        if self.built:
            return
        self.built = True
        # the icon (an SVG: Qt's SVG library and icon engine) is drawn by the window
        # manager, not in the first frame; the application's is what dialogs show
        icon = app_icon()
        QApplication.setWindowIcon(icon)
        self.setWindowIcon(icon)
        self.paper_list.finish_building()
        from reader.ui.dialogs.go_to_date import GoToDate
        from reader.ui.papers.context_menu import PaperContextMenu
        from reader.ui.sync.repack import Repacker
        from reader.ui.sync.userstate import UserStateUi

        a, lst, nav = self.action_set, self.paper_list, self.navigation
        self.repack = Repacker(self.library, self)  # an upgraded library's old texts, later
        self.userstate = UserStateUi(
            self.library, self.workers, self.settings, self.dialogs, a, self
        )
        self.go_to_date = GoToDate(a["go_to_date"], self.sidebar, self.day_model, lst, self)
        # right-click on a paper: the declared actions, for the paper shown at once
        self.paper_menu = PaperContextMenu(lst.view, a.__getitem__, self.commands.flush, self)
        self.userstate.wire()
        for changed in (
            self.triage.changed,
            self.notes.editor.saved,
            self.marks.read_changed,
            self.marks.bookmark_changed,
        ):
            changed.connect(self.userstate.schedule_write)
        self.userstate.merged.connect(lambda: nav.refresh_library())
        self.userstate.merged.connect(self.notes.editor.reload)

    # ---------------------------------------------------------------- wiring

    def _wire(self) -> None:
        """Every room's own connections, then the requests that cross rooms (in this order)."""
        a, nav, marks = self.action_set, self.navigation, self.marks
        self.notify_bridge.message.connect(self.status.show_message)
        self.notify_bridge.message.connect(self.read_only.message_shown)
        self.sync_ui.wire()
        self.pdf.wire()
        self.similar.wire()
        self.read_only.wire()
        marks.counts_changed.connect(self.status.set_counts)
        nav.wire()
        self.commands.wire()
        marks.read_changed.connect(nav.update_header)
        self.detail.link_activated.connect(links.open_url)
        marks.undo_available.connect(a["undo_mark"].setEnabled)
        self.triage.wire()
        self.watch.wire()
        self.notes.wire()
        # requests from one room to another
        self.triage.counts_shown.connect(nav.update_header)
        self.watch.counts_stale.connect(self.triage.refresh_counts)
        self.notes.counts_stale.connect(self.triage.schedule_counts)
        self.similar.paper_requested.connect(self.commands.show_paper)
        self.read_only.writable.connect(self.commands.update_paper_actions)
        self.sync_ui.synced.connect(
            lambda: nav.refresh_library(mark_new=True, then=self.detail.refresh_thumbnail)
        )
        self.sync_ui.folders_imported.connect(lambda: nav.refresh_library(mark_new=True))
        a["quit"].triggered.connect(self.close)
        a["import_files"].triggered.connect(
            lambda: nav.import_paths(self.dialogs.import_files(self))
        )
        a["import_folder"].triggered.connect(
            lambda: nav.import_paths(self.dialogs.import_folder(self))
        )

    # ------------------------------------------------------------ start-up

    def load(self, restore: bool | None = None) -> None:
        """Fill the sidebar and select the saved (or newest) day and paper."""
        restore = self.persist if restore is None else restore
        with self.detail.hold_rendering():
            days = self.navigation.fill()
            if restore:
                window_state.restore(self.settings, self, self.splitter, self.paper_list)
            self.navigation.open(days, restore)
        self.read_only.check()

    def start_background(self, delay_ms: int = BACKGROUND_DELAY_MS) -> None:
        """After the first paint: local folders, the sync state, and a sync when one is due."""
        self.finish_building()
        self.sync_ui.start_background(delay_ms)
        self.userstate.start()  # merge the user-state sync folder, then watch it
        self.similar.start()
        self.repack.start()

    def default_sizes(self) -> None:
        window_state.default_sizes(self, self.splitter)

    def import_paths(self, paths: list[str]) -> None:
        self.navigation.import_paths(paths)

    def refresh_library(
        self,
        mark_new: bool = False,
        first_run: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Reload days and counts after the library changed (see :class:`Navigation`)."""
        self.navigation.refresh_library(mark_new, first_run, then)

    def changeEvent(self, event: QEvent) -> None:
        """A theme change re-colours the bars whose style sheets hold explicit colours."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._restyle()

    def _restyle(self) -> None:
        palette = QApplication.palette()
        self.read_only.restyle(palette)
        self.sync_bar.restyle(palette)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            window_state.save(
                self.settings,
                self,
                self.splitter,
                self.paper_list,
                self.sidebar.current_key(),
                self.shown.id(),
            )
        self.library.cancel_verify()  # quit waits for no start-up check (~0.4 s at 110k)
        self.marks.cancel_scheduled()
        self.paper_list.shutdown()
        self.notes.flush()  # a note being typed is saved before anything closes
        if self.built:
            self.userstate.shutdown()
            self.repack.shutdown()  # after its current batch; the next start resumes
        self.triage.shutdown()
        self.importer.cancel()
        self.sync_ui.shutdown()
        self.pdf.shutdown()
        self.similar.shutdown()
        self.workers.wait()
        # quit flushes: the marks, the note and the folder's state queued above are written
        # (quick: small writes; an import's batch ends in ~0.1 s); the library's close waits too
        self.library.flush(CLOSE_FLUSH_S)
        self.commands.shutdown()
        self.notify_bridge.close()
        super().closeEvent(event)
