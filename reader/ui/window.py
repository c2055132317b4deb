"""The main window: sidebar, list and detail in splitters, wired together in one place.

Panes never reach into each other: the sidebar says which day or view was
chosen, the list says which paper, and this class decides what follows. Window
state (geometry, splitters, selection, sort and filters) is saved on close and
restored by :meth:`MainWindow.load`. Keyboard commands are the declared actions
of :mod:`reader.ui.shell.actions`; navigation and marks live in :mod:`commands`; sync,
local folders and preferences in :mod:`sync_ui`, started after show by
:meth:`MainWindow.start_background`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader import APP_NAME, notify
from reader.cache import ThumbnailCache
from reader.db import LibraryError
from reader.library import Library
from reader.paths import AppPaths, resolve
from reader.ui.common import i18n, links
from reader.ui.common.resources import app_icon, samples_dir
from reader.ui.common.settings import Settings
from reader.ui.common.theme import warning_sheet
from reader.ui.common.thumbnails import ThumbnailLoader
from reader.ui.common.workers import Workers
from reader.ui.detail.column import DetailColumn
from reader.ui.detail.pane import DetailPane
from reader.ui.detail.search_highlight import SearchHighlight
from reader.ui.detail.text_preference import TextPreference
from reader.ui.dialogs.choosers import Dialogs, FileChooser
from reader.ui.dialogs.go_to_date import GoToDate
from reader.ui.papers.context_menu import PaperContextMenu
from reader.ui.papers.pane import PaperListPane
from reader.ui.pdf.controller import PdfUi, detail_stack
from reader.ui.recommend.controller import SimilarityUi
from reader.ui.shell import window_state
from reader.ui.shell.actions import Actions
from reader.ui.shell.appearance import Appearance
from reader.ui.shell.banner import SampleBanner
from reader.ui.shell.commands import Commands
from reader.ui.shell.menus import build_menus, build_toolbar
from reader.ui.shell.read_only import ReadOnlyUi
from reader.ui.shell.status_bar import NotifyBridge, StatusBar
from reader.ui.sidebar.model import DayTreeModel, day_label, view_label
from reader.ui.sidebar.view import DaySidebar
from reader.ui.sync.controller import BACKGROUND_DELAY_MS, SyncUi
from reader.ui.sync.importing import ImportController
from reader.ui.sync.userstate import UserStateUi
from reader.ui.triage.controller import TriageUi
from reader.ui.triage.marks import Marks
from reader.ui.triage.notes import NotesUi
from reader.ui.triage.watch import WatchUi

if TYPE_CHECKING:
    from reader.secrets import SecretStore

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
    and *net_options* (HttpClient timeouts and retries) are for sync.
    """

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
    ) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        assert app is not None  # a window needs its application
        i18n.ensure(app, settings.get("language"))
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.library, self.settings, self.workers = library, settings, workers
        self.dialogs: FileChooser = dialogs or Dialogs()
        self.persist = persist
        self._first_run = False  # the bundled samples are being imported
        self.action_set = Actions(self)
        self.day_model = DayTreeModel(self)
        self.sidebar = DaySidebar(self.day_model)
        self.paper_list = PaperListPane(library, workers)
        self.thumbnail_cache = thumbnails
        self.thumbnails = ThumbnailLoader(thumbnails, workers, self)
        self.detail = DetailPane(
            self.thumbnails,
            [self.action_set[n] if n else None for n in DETAIL_ACTIONS],
            library=library,
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
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.library_banner = QLabel()  # shown while the library is read-only, saying why
        self.library_banner.setObjectName("libraryBanner")
        self.library_banner.setWordWrap(True)
        self.library_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.library_banner.setContentsMargins(8, 6, 8, 6)
        self.library_banner.hide()
        column.addWidget(self.library_banner)
        self.sample_banner = SampleBanner(
            self.action_set["sync_now"], self.action_set["import_folder"]
        )
        column.addWidget(self.sample_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        build_menus(self, self.action_set)
        self.toolbar, self.sync_slot = build_toolbar(self, self.action_set)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.notify_bridge = NotifyBridge(self)
        self.notify_bridge.message.connect(self.status.show_message)
        self.notify_bridge.message.connect(self._message_shown)
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
        self.triage = TriageUi(self)
        self.watch = WatchUi(self)
        self.sync_ui = SyncUi(self, paths or resolve(), secrets, net_options)
        self.sync, self.sync_bar = self.sync_ui.controller, self.sync_ui.bar
        self.folders = self.sync_ui.folders
        self.pdf = PdfUi(self, paths or resolve(), self.detail_stack)
        self.paper_list.expand_query = self.pdf.expand_query
        self.similar = SimilarityUi(self, (paths or resolve()).similarity_index)
        self.notes = NotesUi(self)  # under the paper, above its related papers
        self.userstate = UserStateUi(self)
        self.detail_column = DetailColumn(self)  # the summary keeps most of the height
        self.read_only = ReadOnlyUi(self)
        column.addWidget(self.sync_bar)
        self._restyle()
        self._wire()
        self.appearance = Appearance(
            settings, self.action_set, self.detail, self.paper_list.view, self
        )
        self.commands.update_paper_actions()
        self.action_set["undo_mark"].setEnabled(False)

    # ---------------------------------------------------------------- wiring

    def _wire(self) -> None:
        self.sidebar.day_selected.connect(self._day_selected)
        self.sidebar.view_selected.connect(self._view_selected)
        self.sidebar.mark_day_read_requested.connect(self.commands.mark_day_read)
        self.paper_list.paper_selected.connect(self.commands.show_paper)
        self.paper_list.search_active.connect(lambda _on: self._list_changed())
        self.detail.link_activated.connect(links.open_url)
        self.text_preference = TextPreference(self.settings, self.detail, self)
        # the search's terms marked in the paper on show (the list marks its titles)
        self.search_highlight = SearchHighlight(
            self.detail, lambda: self.paper_list.current_query().text, self
        )
        a = self.action_set
        self.go_to_date = GoToDate(  # Ctrl+G
            a["go_to_date"], self.sidebar, self.day_model, self.paper_list, self
        )
        # right-click on a paper: the declared actions, for the paper shown at once
        self.paper_menu = PaperContextMenu(
            self.paper_list.view, a.__getitem__, self.commands.flush, self
        )
        for shown in (
            self.sidebar.day_selected,
            self.sidebar.view_selected,
            self.marks.counts_changed,  # after every import or sync: samples may be gone
        ):
            shown.connect(self._update_sample_banner)
        self.marks.read_changed.connect(self.commands.read_changed)
        self.marks.bookmark_changed.connect(self.commands.bookmark_changed)
        self.marks.counts_changed.connect(self._counts_changed)
        self.marks.undo_available.connect(self.action_set["undo_mark"].setEnabled)
        self.importer.finished.connect(self._import_finished)
        self.importer.running_changed.connect(self._import_running)
        self.commands.connect_actions()
        self.triage.connect_actions()
        self.watch.connect_actions()
        self.notes.connect_actions()
        self.userstate.connect_actions()
        a = self.action_set
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
        self.check_library()

    def _load(self, restore: bool | None) -> None:
        restore = self.persist if restore is None else restore
        try:
            days = self.library.days()
        except LibraryError as exc:
            notify.error(str(exc))
            days = None
        self.day_model.load(days or [], {})
        self.marks.refresh_view_counts()  # the smart views' counts follow from a worker
        if restore:
            window_state.restore(self)
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

    def check_library(self) -> None:
        """Check the library file in a worker (``quick_check``) before anything writes to it.

        A damaged file turns read-only: the banner says so and every mark is refused
        with that sentence. A write made before the check ends waits for it.
        """
        self.show_library_state()
        if self.library.read_only_reason is None:
            self.workers.run_task(
                self.library.verify,
                lambda _reason: self.show_library_state(),
                self._check_failed,
                context=self,
                name="check library",
            )

    def _check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, LibraryError):
            notify.error(str(exc))
        else:
            log.error("checking the library failed", exc_info=exc)
            notify.error(
                self.tr(
                    "Checking the library failed ({error}); details are in the log file."
                ).format(error=type(exc).__name__)
            )
        self.show_library_state()

    def changeEvent(self, event: QEvent) -> None:
        """A theme change re-colours the bars whose style sheets hold explicit colours."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._restyle()

    def _restyle(self) -> None:
        palette = QApplication.palette()
        sheet = warning_sheet("#libraryBanner", palette)
        if self.library_banner.styleSheet() != sheet:
            self.library_banner.setStyleSheet(sheet)
        self.sync_bar.restyle(palette)

    def show_library_state(self) -> None:
        """The banner: shown, with its one sentence, while the library is read-only."""
        reason = self.library.read_only_reason
        self.library_banner.setText(reason or "")
        self.library_banner.setVisible(reason is not None)
        self.read_only.apply(reason)
        self.status.banner_text = reason or ""  # said once, in the banner
        if reason and reason in self.status.currentMessage():
            self.status.clearMessage()

    def _message_shown(self, message: notify.Message) -> None:
        if message.level == "error":  # a refused write or a damaged page may be why
            self.show_library_state()

    def start_background(self, delay_ms: int = BACKGROUND_DELAY_MS) -> None:
        """After show: local folders, the sync state, and a sync when one is due."""
        self.sync_ui.start_background(delay_ms)
        self.userstate.start()  # merge the user-state sync folder, then watch it
        self.similar.start()

    def select_initial(self, selection: str = "", paper_id: str = "") -> None:
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
        self.paper_list.view.setFocus()

    def default_sizes(self) -> None:
        window_state.default_sizes(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            window_state.save(self)
        self.library.cancel_verify()  # quit waits for no start-up check (~0.4 s at 110k)
        self.marks.cancel_scheduled()
        self.paper_list.shutdown()
        self.notes.flush()  # a note being typed is saved before anything closes
        self.userstate.shutdown()
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

    # ------------------------------------------------------- list and panes

    def _day_selected(self, date: str) -> None:
        self.paper_list.set_source(date=date)
        self._list_changed()

    def _view_selected(self, view: str) -> None:
        if self.similar.select_view(view):  # For You: its own pane
            return
        self.paper_list.set_source(date=None, view=view)
        self._list_changed()

    def _list_changed(self) -> None:
        self._update_header()
        searching = self.paper_list.searching()
        day = self.sidebar.current_day()
        whole_day = bool(day) and not searching
        action = self.action_set["mark_list_read"]
        action.setText(
            self.tr("Mark Day as Read") if whole_day else self.tr("Mark All in List as Read")
        )
        action.setIconText(self.tr("Mark day read") if whole_day else self.tr("Mark list read"))
        if not self.paper_list.current_id() and not self.commands.current:
            self.commands.show_empty_state()

    def _update_header(self) -> None:
        day = self.sidebar.current_day()
        if day:
            info = self.day_model.day_info(day)
            papers, unread = (info.papers, info.unread) if info else (0, 0)
            triaged = f"  ·  {info.triaged} triaged" if info and info.triaged else ""
            self.paper_list.set_header(
                day_label(day, with_year=True), f"{papers} papers  ·  {unread} unread{triaged}"
            )
            return
        kind, _sep, key = self.sidebar.current_key().partition(":")
        if kind in ("watch", "tag"):
            title = self.tr("Watch: {term}").format(term=key) if kind == "watch" else f"#{key}"
            count = self.day_model.section_count(kind, key)
            self.paper_list.set_header(title, f"{count:,} papers")
            return
        counts = self.day_model.counts()
        label = view_label(key)
        count = counts.get(key, 0)
        self.paper_list.set_header(label, f"{count:,} papers" if key and count >= 0 else "")

    def _counts_changed(self, counts: dict[str, int]) -> None:
        self.status.set_counts(counts)
        self._update_header()
        if self.commands.current is None:  # the day's summary ("38 papers, 36 unread…")
            self.commands.show_empty_state()

    # ------------------------------------------------------------- importing

    def import_paths(self, paths: list[str]) -> None:
        if paths:
            self.importer.start(paths)

    def _import_running(self, running: bool) -> None:
        for name in ("import_files", "import_folder"):
            self.action_set[name].setEnabled(not running)

    def _import_finished(self, report: object) -> None:
        if report is None:
            return

        first_run, self._first_run = self._first_run, False
        self.refresh_library(first_run=first_run)

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
                self._list_changed()
            self._reload_shown_paper()
            if then is not None:
                then()

        self.marks.refresh_counts(then=after)

    def _reload_shown_paper(self) -> None:
        """Show the fresh copy of the paper on show: a sync may have added texts or votes."""
        current = self.commands.current
        if current is None:
            return
        try:
            paper = self.library.paper(current.id)
        except LibraryError as exc:
            notify.error(str(exc))
            return
        if paper is not None and paper != current:
            self.commands.current = paper
            self.detail.update_paper(paper)

    def _update_sample_banner(self, *_args: object) -> None:
        self.sample_banner.update_for(self.library, self.sidebar.current_day())
