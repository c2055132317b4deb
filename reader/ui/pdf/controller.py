"""PDFs in the window: Read and Download PDF, downloads after syncs and bookmarks, the reader swap.

What it connects: Paper > Read PDF (R, and the detail pane's Read button) opens
the cached PDF in a :class:`~reader.ui.pdf.reader_view.PdfReader` that takes the
summary's place (created on first use, so QtPdf never loads at start-up); Esc
goes back and the page and zoom are remembered per paper. Paper > Download PDF
(D) fetches one paper's PDF; bookmarking a paper, and every finished sync, fetch
the PDFs of :func:`~reader.sources.pdfs.wanted_pdf_ids` (unless the
``pdf_auto_download`` setting is off or ``DAILY_PAPERS_AUTO_NETWORK=0``).
Downloads run one at a time on a pool of their own; their progress and Cancel
use the sync bar (only while no sync shows there), a refused file is told there
once. After a batch the cache is trimmed to ``pdf_cache_mb``, never removing a
wanted (bookmarked) paper's PDF. The search field merges PDF-text hits through
:meth:`PdfUi.expand_query`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from reader import notify
from reader.library import PaperQuery
from reader.paths import AppPaths
from reader.sentence import fill
from reader.ui.common.core_text import translated
from reader.ui.common.i18n import number_text
from reader.ui.common.shown import ShownPaper
from reader.ui.common.workers import Task, Workers
from reader.ui.sync.service import auto_network_allowed

if TYPE_CHECKING:
    from reader.fulltext import FullText
    from reader.library import Library
    from reader.net import HttpClient
    from reader.sources.pdfs import DownloadReport, PdfStore
    from reader.ui.common.settings import Settings
    from reader.ui.detail.pane import DetailPane
    from reader.ui.papers.pane import PaperListPane
    from reader.ui.pdf.reader_view import PdfReader
    from reader.ui.shell.actions import Actions
    from reader.ui.sync.bar import SyncBar
    from reader.ui.sync.runner import SyncController
    from reader.ui.triage.marks import Marks

log = logging.getLogger(__name__)


class PdfUi(QObject):
    """Owns the PDF store and index, the download pool and the reader.

    Signals: ``downloaded(object report)`` after each batch (a DownloadReport, or
    None when it failed outright), ``reader_opened(str paper_id)``,
    ``reader_closed(str paper_id)``.
    """

    downloaded = Signal(object)
    reader_opened = Signal(str)
    reader_closed = Signal(str)

    def __init__(
        self,
        shown: ShownPaper,
        paths: AppPaths,
        stack: QStackedWidget,
        library: Library,
        settings: Settings,
        pool: Workers,
        net_options: Mapping[str, Any],
        actions: Actions,
        detail: DetailPane,
        paper_list: PaperListPane,
        marks: Marks,
        sync: SyncController,
        sync_bar: SyncBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.shown, self.paths, self.stack = shown, paths, stack
        self.library, self.settings, self.pool = library, settings, pool  # pool: the window's
        self.net_options = dict(net_options)
        self.actions, self.detail, self.paper_list = actions, detail, paper_list
        self.marks, self.sync, self.sync_bar = marks, sync, sync_bar
        self._store: PdfStore | None = None  # the store and the index open on first use:
        self._index: FullText | None = None  # reader.sources.pdfs is not on the start path
        self._index_lock = threading.Lock()
        self.workers = Workers(max_threads=1, parent=self)  # one download at a time
        self.reader: PdfReader | None = None
        self.task: Task | None = None
        self._client: HttpClient | None = None
        self._pending: list[str] = []
        self._open_after: str = ""
        self._problem: tuple[str, set[str]] = ("", set())  # a failed download on the bar, and whose
        self._refused: set[str] = set()  # not a usable PDF: not retried by itself this session
        self._asked: set[str] = set()  # asked for by the user (their failures are always told)
        self._showing = False  # the sync bar shows our progress
        self.closed = False

    def wire(self) -> None:
        """Connect Read and Download PDF, and what bookmarks, syncs, the bar and the list say."""
        a = self.actions
        a["read_pdf"].triggered.connect(self.read_current)
        a["download_pdf"].triggered.connect(self.download_current)
        self.marks.bookmark_changed.connect(self._bookmark_changed)
        self.sync.finished.connect(self._after_sync)
        self.sync.running_changed.connect(self._sync_running)
        self.sync_bar.cancel_requested.connect(self._cancel_from_bar)
        self.paper_list.paper_selected.connect(self._paper_selected)

    # ----------------------------------------------------------------- index

    @property
    def store(self) -> PdfStore:
        """The downloaded PDFs, opened on first use."""
        if self._store is None:
            from reader.sources.pdfs import PdfStore

            self._store = PdfStore(self.paths.cache / "pdfs")
        return self._store

    def index(self) -> FullText:
        """The PDF text index, opened on first use (from any thread)."""
        from reader.fulltext import FILE_NAME, FullText

        with self._index_lock:
            if self._index is None:
                self._index = FullText(AppPaths.ensure(self.paths.cache) / FILE_NAME)
            return self._index

    def expand_query(self, query: PaperQuery) -> tuple[PaperQuery, int]:
        """*query* with its PDF-text hits merged, and how many match only there (worker)."""
        from reader.fulltext import FILE_NAME

        if not query.text or not (self.paths.cache / FILE_NAME).exists():
            return query, 0
        ids = tuple(self.index().search(query.text))
        if not ids:
            return query, 0
        own = set(self.library.ids(query._replace(also_ids=())))
        return query._replace(also_ids=ids), len(set(ids) - own)

    # --------------------------------------------------------------- reading

    def reading(self) -> bool:
        return self.reader is not None and self.stack.currentWidget() is self.reader

    def read_current(self) -> None:
        paper = self.shown.paper
        if paper is not None:
            self.read(paper.id)

    def read(self, paper_id: str) -> None:
        """Open *paper_id*'s PDF in the window; download it first when it is missing."""
        store, index = self.store, self.index

        def work() -> tuple[Path, int, float] | None:
            if not store.has(paper_id):
                return None
            store.touch(paper_id)
            record = index().get(paper_id)
            return (
                store.path(paper_id),
                record.last_page if record else 0,
                (record.last_zoom if record else 0.0),
            )

        def done(found: tuple[Path, int, float] | None) -> None:
            if self.closed:
                return
            if found is None:
                text = self.tr("Downloading the PDF of %1; it opens when it arrives.")
                notify.info(text.replace("%1", paper_id))
                self._open_after = paper_id
                self.download([paper_id], by_user=True)
                return
            self.show_reader(paper_id, *found)

        self.pool.run_task(work, done, context=self, name="find PDF")

    def show_reader(self, paper_id: str, path: Path, page: int = 0, zoom: float = 0.0) -> bool:
        """Put *path* in the reader in place of the summary; False (and a message) if unreadable."""
        if self.reader is None:
            from reader.ui.pdf.reader_view import PdfReader

            self.reader = PdfReader()
            self.reader.closed.connect(self.close_reader)
            self.stack.addWidget(self.reader)
        elif self.reading():
            self._save_position()
        problem = self.reader.open(paper_id, path, page, zoom)
        if problem:
            notify.error(problem)
            self.stack.setCurrentWidget(self.detail)
            return False
        self.stack.setCurrentWidget(self.reader)
        self._clear_stale_problem(paper_id)
        self.reader.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reader_opened.emit(paper_id)
        return True

    def _clear_stale_problem(self, paper_id: str) -> None:
        """Reading another paper's PDF: an old "PDF of X was not downloaded" bar goes."""
        text, ids = self._problem
        bar = self.sync_bar
        if ids and paper_id not in ids and bar.mode == "problem" and bar.text == text:
            bar.dismiss()
            self._problem = ("", set())

    def close_reader(self) -> bool:
        """Back to the summary; True when the reader was on show."""
        if not self.reading():
            return False
        assert self.reader is not None
        paper_id = self.reader.paper_id
        self._save_position()
        self.reader.close_document()
        self.stack.setCurrentWidget(self.detail)
        self.paper_list.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reader_closed.emit(paper_id)
        return True

    def _save_position(self) -> None:
        if self.reader is None or not self.reader.paper_id:
            return
        paper_id = self.reader.paper_id
        page, zoom = self.reader.position()
        index = self.index
        self.pool.run_task(
            lambda: index().set_position(paper_id, page, zoom), context=None, name="PDF position"
        )

    def _paper_selected(self, paper_id: str) -> None:
        if self.reading() and self.reader is not None and paper_id != self.reader.paper_id:
            self.close_reader()

    # ------------------------------------------------------------- downloads

    def download_current(self) -> None:
        paper = self.shown.paper
        if paper is not None:
            self.download([paper.id], by_user=True)

    def auto_enabled(self) -> bool:
        return bool(self.settings.get("pdf_auto_download")) and auto_network_allowed()

    def _bookmark_changed(self, paper_id: str, on: bool) -> None:
        if on and self.auto_enabled() and paper_id not in self._refused:
            self.download([paper_id])

    def _after_sync(self, report: object) -> None:
        if report is None or not self.auto_enabled():
            return
        library, refused = self.library, set(self._refused)

        store = self.store

        def work() -> list[str]:
            from reader.sources.pdfs import wanted_pdf_ids

            return [i for i in wanted_pdf_ids(library) if i not in refused and not store.has(i)]

        self.pool.run_task(work, self.download, context=self, name="wanted PDFs")

    def _sync_running(self, running: bool) -> None:
        if running and self._showing:
            self._showing = False  # the sync takes the bar; downloads go on quietly
        elif not running and self.task is not None:
            self._showing = True
            self.sync_bar.show_progress(0, 0, self.tr("waiting"), verb=self._verb())

    def download(self, ids: list[str], by_user: bool = False) -> None:
        """Queue *ids* for download (one batch at a time); the store skips those it has."""
        from reader.sources.pdfs import valid_id

        ids = [i for i in ids if valid_id(i)]
        if self.closed or not ids:
            return
        if by_user:
            self._refused.difference_update(ids)
            self._asked.update(ids)
        for paper_id in ids:
            if paper_id not in self._pending:
                self._pending.append(paper_id)
        if self.task is None:
            self._launch()

    def _launch(self) -> None:
        ids, self._pending = self._pending, []
        if not ids:
            return
        settings = self.settings
        base = str(settings.get("pdf_url"))
        max_bytes = int(settings.get("pdf_max_mb")) * 1024 * 1024
        cache_bytes = int(settings.get("pdf_cache_mb")) * 1024 * 1024
        net_options = dict(self.net_options)
        store, index, library = self.store, self.index, self.library
        of_kb = self.tr("%1 · %2 of %3 KB", "a paper's download: id, KB received, KB in all")

        def work(task: Task) -> DownloadReport:
            from reader.net import HttpClient
            from reader.sources.pdfs import (
                RANGE_BYTES,
                DownloadReport,
                PdfDownloader,
                wanted_pdf_ids,
            )
            from reader.ui.pdf.extract import validate

            options = {**net_options, "max_bytes": max(max_bytes, RANGE_BYTES) + 1024}
            client = HttpClient(**options)
            self._client = client
            if task.is_cancelled():
                client.abort()
            total = len(ids)
            done = [0]

            def progress(got: int, size: int, paper_id: str) -> None:
                words = fill(of_kb, [paper_id, number_text(got // 1024), number_text(size // 1024)])
                task.report(done[0], total, words)

            try:
                with client:
                    downloader = PdfDownloader(
                        client, store, index(), validate, base_url=base, max_bytes=max_bytes
                    )
                    report = DownloadReport()
                    for paper_id in ids:
                        part = downloader.fetch_many([paper_id], task.is_cancelled, progress)
                        _merge(report, part)
                        done[0] += 1
                        if part.cancelled or part.stopped:
                            break
            finally:
                self._client = None
            removed = store.evict(cache_bytes, keep=wanted_pdf_ids(library))
            if removed:
                index().remove(removed)
            return report

        holder: list[Task] = []
        self.task = self.workers.run_task(
            work,
            lambda report: self._done(holder[0], report),
            lambda exc: self._failed(holder[0], exc),
            context=self,
            name="PDF download",
        )
        holder.append(self.task)
        self.task.progressed.connect(self._progress)
        if not self.sync.running():
            self._showing = True
            self.sync_bar.show_progress(0, len(ids), ids[0], verb=self._verb())

    def _progress(self, done: int, total: int, text: str) -> None:
        if self._showing and self.sender() is self.task:
            self.sync_bar.show_progress(done, total, text, verb=self._verb())

    def _summary(self, report: DownloadReport) -> str:
        """'3 PDFs downloaded, 1 already here.' in the window's language."""
        fetched, present, failed = len(report.fetched), len(report.present), len(report.failed)
        parts = [self.tr("%n PDF(s) downloaded", "", fetched)]
        if present:
            parts.append(self.tr("%n already here", "", present))
        if failed:
            parts.append(self.tr("%n failed", "", failed))
        text = self.tr(", ", "between counts").join(parts)
        if report.cancelled:
            return self.tr("%1; cancelled.").replace("%1", text)
        return text + "."

    def _verb(self) -> str:
        return self.tr("Downloading PDFs")

    def _cancel_from_bar(self) -> None:
        if self._showing:
            self.cancel()

    def cancel(self) -> None:
        """Stop the running batch now (what it finished is kept) and drop the queue."""
        self._pending.clear()
        self._open_after = ""
        if self.task is not None:
            self.task.cancel()
            client = self._client
            if client is not None:
                client.abort()

    def _finish_bar(self) -> None:
        if self._showing:
            self._showing = False
            self.sync_bar.stop()

    def _done(self, task: Task, report: DownloadReport) -> None:
        if self.closed:
            return
        if task is self.task:
            self.task = None
        self._finish_bar()
        self._refused.update(report.refused)
        asked = {i for i, _m in report.failed} & self._asked
        self._asked.difference_update(
            [i for i, _m in report.failed] + report.fetched + report.present
        )
        quiet = not asked and not report.refused and not report.stopped
        failures = len(report.failed)
        if report.failed and quiet:  # an automatic batch met no network: say it quietly
            text = self.tr("%n PDF(s) not downloaded: %1", "", failures)
            notify.info(text.replace("%1", translated(report.failed[0][1])))
        elif report.stopped:
            self.sync_bar.show_problem(translated(report.stopped))
        elif report.failed:
            first = translated(report.failed[0][1])
            details = "\n".join(translated(m) for _i, m in report.failed)
            text = (
                first
                if failures == 1
                else self.tr("%n PDF(s) failed: %1", "", failures).replace("%1", first)
            )
            self.sync_bar.show_problem(text, details if len(report.failed) > 1 else "")
            self._problem = (text, {i for i, _m in report.failed})
        elif report.cancelled:
            notify.info(self.tr("PDF downloads cancelled; what was downloaded is kept."))
        elif report.fetched:
            notify.info(self._summary(report))
        opened = self._open_after
        if opened and opened in report.fetched + report.present:
            self._open_after = ""
            self.read(opened)
        self.downloaded.emit(report)
        if self._pending:
            self._launch()

    def _failed(self, task: Task, exc: BaseException) -> None:
        if self.closed:
            return
        if task is self.task:
            self.task = None
        self._finish_bar()
        if notify.is_environment(exc):  # the library's own sentence (damaged, read-only)
            text = translated(str(exc))
        else:
            log.error("PDF download failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = self.tr("The PDF download failed (%1); details are in the log file.")
            text = text.replace("%1", type(exc).__name__)
        self.sync_bar.show_problem(text)
        self.downloaded.emit(None)
        if self._pending:
            self._launch()

    # -------------------------------------------------------------- shutdown

    def shutdown(self) -> None:
        """Save the reader's place, stop downloads, wait for them, close the index."""
        if self.reading():
            self.close_reader()
        self.closed = True
        self.cancel()
        self.workers.shutdown()
        self.pool.wait()
        with self._index_lock:
            if self._index is not None:
                self._index.close()
                self._index = None


def _merge(into: DownloadReport, part: DownloadReport) -> None:
    into.fetched += part.fetched
    into.present += part.present
    into.failed += part.failed
    into.stopped = into.stopped or part.stopped
    into.cancelled = into.cancelled or part.cancelled


def detail_stack(detail: QWidget) -> QStackedWidget:
    """The detail pane's place in the window: the summary, or the PDF reader over it."""
    stack = QStackedWidget()
    stack.setObjectName("detailStack")
    stack.addWidget(detail)
    return stack


def show_for_screenshot(pdf: PdfUi, paper_id: str, page: int = 1) -> str:
    """``screenshot --pdf``: open the paper's PDF at *page* (1-based) and wait for its pages.

    Returns '' when the visible pages are rendered, else one sentence for the user.
    """
    import time

    from PySide6.QtCore import QCoreApplication

    if not paper_id:
        return "--pdf needs --paper ID."
    if not pdf.store.has(paper_id):
        return f"No downloaded PDF for {paper_id}; download it with: pdf get {paper_id}"
    record = pdf.index().get(paper_id)
    if not pdf.show_reader(
        paper_id, pdf.store.path(paper_id), max(0, page - 1), record.last_zoom if record else 0.0
    ):
        return f"The PDF of {paper_id} cannot be opened."
    assert pdf.reader is not None
    view = pdf.reader.view
    rendered: set[int] = set()
    view.page_rendered.connect(rendered.add)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        visible = {p for p, r in view.page_rects().items() if r.intersects(view.viewport().rect())}
        if visible and visible <= rendered:
            break
        time.sleep(0.01)
    QCoreApplication.processEvents()
    return ""
