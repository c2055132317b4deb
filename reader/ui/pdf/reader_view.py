"""The in-app PDF reader: a toolbar, the outline and search hits at the side, the pages.

Shown in place of the summary (the window swaps them); Esc or "← Summary" goes
back (``closed``). Everything is QtPdf: ``QPdfDocument`` loads the cached file,
:class:`PdfPageView` (a ``QPdfView``) renders in its own thread,
``QPdfBookmarkModel`` is the outline, ``QPdfSearchModel`` finds words and
highlights them while the hit list shows each with its context. The page and
zoom on show are reported by :meth:`PdfReader.position` when the reader closes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfSearchModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common import links
from reader.ui.common.core_text import translated
from reader.ui.pdf.extract import reason_of
from reader.ui.pdf.page_view import FIT_PAGE, FIT_WIDTH, PdfPageView

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
_ROLE = QPdfSearchModel.Role


class PdfReader(QWidget):
    """One paper's PDF at a time.

    Signals: ``closed()`` when the user asks for the summary back,
    ``first_page_shown()`` once the first page image of a freshly opened
    document arrived from the renderer. Attributes tests drive: ``view``,
    ``document``, ``outline``, ``search``, ``hits``, ``page_box``, ``paper_id``.
    """

    closed = Signal()
    first_page_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfReader")
        self.paper_id = ""
        self.path: Path | None = None
        self._waiting_first = False
        self.document = QPdfDocument(self)
        self.view = PdfPageView()
        self.view.set_document(self.document)
        self.view.external_link.connect(self._external)
        self.view.page_rendered.connect(self._rendered)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoom_changed.connect(self._zoom_changed)

        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)

        self.toolbar = self._build_toolbar()
        self.outline = QTreeView()
        self.outline.setObjectName("pdfOutline")
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outline.activated.connect(self._outline_activated)
        self.outline.clicked.connect(self._outline_activated)
        self.hits = QListWidget()
        self.hits.setObjectName("pdfHits")
        self.hits.setWordWrap(True)
        self.hits.currentRowChanged.connect(self.show_hit)
        self.side = QTabWidget()
        self.side.setObjectName("pdfSide")
        self.side.addTab(self.outline, self.tr("Outline"))
        self.side.addTab(self.hits, self.tr("Search"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(lambda: self.step_hit(1))
        for signal in (
            self.search_model.modelReset,
            self.search_model.rowsInserted,
            self.search_model.rowsRemoved,
        ):
            signal.connect(self._hits_changed)
        self._shortcuts()

    # ------------------------------------------------------------- building

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("PDF"))
        bar.setObjectName("pdfToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_action = bar.addAction(self.tr("← Summary"), self.closed.emit)
        self.back_action.setToolTip(self.tr("Back to the summary (Esc)"))
        bar.addSeparator()
        self.prev_action = bar.addAction("‹", lambda: self.step_page(-1))
        self.prev_action.setToolTip(self.tr("Previous page"))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pdfPage")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        bar.addWidget(self.page_box)
        self.page_count = QLabel("/ 0")
        bar.addWidget(self.page_count)
        self.next_action = bar.addAction("›", lambda: self.step_page(1))
        self.next_action.setToolTip(self.tr("Next page"))
        bar.addSeparator()
        self.fit_width_action = bar.addAction(
            self.tr("Fit width"), lambda: self.view.set_zoom(FIT_WIDTH)
        )
        self.fit_width_action.setToolTip(self.tr("Fit the page width (W)"))
        self.fit_page_action = bar.addAction(
            self.tr("Fit page"), lambda: self.view.set_zoom(FIT_PAGE)
        )
        self.fit_page_action.setToolTip(self.tr("Fit the whole page (F)"))
        self.zoom_out_action = bar.addAction("−", lambda: self.view.zoom_step(-1))
        self.zoom_out_action.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_label = QLabel("100%")
        self.zoom_label.setObjectName("pdfZoom")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        self.zoom_in_action = bar.addAction("+", lambda: self.view.zoom_step(1))
        self.zoom_in_action.setToolTip(self.tr("Zoom in (+)"))
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("pdfSearch")
        self.search.setPlaceholderText(self.tr("Find in PDF"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        bar.addWidget(self.search)
        self.hit_label = QLabel("")
        self.hit_label.setObjectName("pdfHitCount")
        bar.addWidget(self.hit_label)
        return bar

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys = {
            "+": lambda: self.view.zoom_step(1),
            "=": lambda: self.view.zoom_step(1),
            "-": lambda: self.view.zoom_step(-1),
            "W": lambda: self.view.set_zoom(FIT_WIDTH),
            "F": lambda: self.view.set_zoom(FIT_PAGE),
            "PgDown": lambda: self.step_page(1),
            "PgUp": lambda: self.step_page(-1),
            "Home": lambda: self.go_to_page(0),
            "End": lambda: self.go_to_page(self.view.page_count() - 1),
            "F3": lambda: self.step_hit(1),
            "Shift+F3": lambda: self.step_hit(-1),
            QKeySequence(QKeySequence.StandardKey.Copy): self.copy_selection,
            QKeySequence(QKeySequence.StandardKey.SelectAll): lambda: self.view.select_page_text(
                self.view.current_page()
            ),
        }
        for key, handler in keys.items():
            shortcut = QShortcut(QKeySequence(key), self.view, handler, context=context)  # type: ignore[call-overload]
            shortcut.setAutoRepeat(True)

    # --------------------------------------------------------------- opening

    def open(self, paper_id: str, path: Path, page: int = 0, zoom: float = FIT_WIDTH) -> str:
        """Show *path*; '' on success, else one sentence saying why it cannot be shown."""
        self.close_document()
        # loaded before the view and the models see it: a document that changes under
        # an attached QPdfView costs the UI thread several times the load itself
        document = QPdfDocument(self)
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            document.deleteLater()
            text = self.tr("The PDF of %1 cannot be opened (%2).")
            return text.replace("%1", paper_id).replace("%2", translated(reason_of(error)))
        old, self.document = self.document, document
        self.paper_id, self.path = paper_id, path
        self._waiting_first = True
        self.view.set_document(document)
        self.search_model.setDocument(document)
        self.bookmarks.setDocument(document)
        old.deleteLater()
        count = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, count))
        self.page_box.blockSignals(False)
        self.page_count.setText(f"/ {count}")
        self.outline.expandToDepth(0)
        self.side.setTabEnabled(0, self.bookmarks.rowCount(QModelIndex()) > 0)
        self.side.setCurrentIndex(0 if self.side.isTabEnabled(0) else 1)
        self.view.set_zoom(zoom)
        self.go_to_page(page)
        self._page_changed(self.view.current_page())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return ""

    def close_document(self) -> None:
        self.search.clear()
        self.search_model.setSearchString("")
        self.hits.clear()
        self.hit_label.clear()
        self.view.clear_selection()
        self.document.close()
        self.paper_id, self.path = "", None

    def position(self) -> tuple[int, float]:
        """``(page, stored zoom)`` on show, to remember for the next opening."""
        return self.view.current_page(), self.view.stored_zoom()

    # ------------------------------------------------------------ navigation

    def go_to_page(self, page: int) -> None:
        self.view.go_to(page)
        self._page_changed(self.view.current_page())

    def step_page(self, step: int) -> None:
        self.go_to_page(self.view.current_page() + step)

    def current_page(self) -> int:
        return self.view.current_page()

    def scroll_page(self) -> None:
        """Scroll down a screenful (Space), keeping a strip of the last one in view."""
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + max(40, bar.pageStep() - 40))

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    def _zoom_changed(self, _stored: float) -> None:
        self.zoom_label.setText(f"{self.view.zoomFactor() * 100:.0f}%")

    def _outline_activated(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page.value))
        location = index.data(int(QPdfBookmarkModel.Role.Location.value))
        if isinstance(page, int) and page >= 0:
            self.view.go_to(page, location if isinstance(location, QPointF) else None)

    def _external(self, url: QUrl) -> None:
        links.open_url(url)

    def _rendered(self, _page: int) -> None:
        if self._waiting_first:
            self._waiting_first = False
            self.first_page_shown.emit()

    def first_page_ready(self) -> bool:
        """Whether a page image of the open document has arrived from the renderer."""
        return bool(self.paper_id) and not self._waiting_first

    # ---------------------------------------------------------------- search

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find(self, text: str) -> None:  # type: ignore[override]  # not QWidget.find(id)
        """Search for *text* now (what typing in the field does after a pause)."""
        self.search.setText(text)
        self._run_search()

    def _run_search(self) -> None:
        self._search_timer.stop()
        self.search_model.setSearchString(self.search.text().strip())
        self._hits_changed()

    def _hits_changed(self, *_args: object) -> None:
        model = self.search_model
        count = model.rowCount(QModelIndex())
        current = self.hits.currentRow()
        self.hits.blockSignals(True)
        self.hits.clear()
        for row in range(count):
            index = model.index(row, 0)
            page = index.data(int(_ROLE.Page.value))
            before = index.data(int(_ROLE.ContextBefore.value)) or ""
            after = index.data(int(_ROLE.ContextAfter.value)) or ""
            where = self.tr("p. %1").replace("%1", str(int(page) + 1))
            text = f"{where}: …{before}[{self.search_model.searchString()}]{after}…"
            self.hits.addItem(QListWidgetItem(" ".join(text.replace("\u23ce", " ").split())))
        if 0 <= current < count:
            self.hits.setCurrentRow(current)
        self.hits.blockSignals(False)
        term = self.search.text().strip()
        self.hit_label.setText(self.tr("%n found", "", count) if term else "")
        if term and count:
            self.side.setCurrentIndex(1)

    def hit_count(self) -> int:
        return self.search_model.rowCount(QModelIndex())

    def show_hit(self, row: int) -> None:
        """Frame hit *row* and scroll to it."""
        if not 0 <= row < self.hit_count():
            return
        self.view.setCurrentSearchResultIndex(row)
        link = self.search_model.resultAtIndex(row)
        location = link.location()
        self.view.go_to(link.page(), QPointF(location.x(), max(0.0, location.y() - 40)))
        which, total = row + 1, self.hit_count()
        self.hit_label.setText(
            self.tr("%1 of %2").replace("%1", str(which)).replace("%2", str(total))
        )
        if self.hits.currentRow() != row:
            self.hits.blockSignals(True)
            self.hits.setCurrentRow(row)
            self.hits.blockSignals(False)

    def step_hit(self, step: int) -> None:
        if self.search_model.searchString() != self.search.text().strip():
            self._run_search()
        count = self.hit_count()
        if count:
            self.show_hit((self.view.currentSearchResultIndex() + step) % count)

    # ------------------------------------------------------------------ copy

    def copy_selection(self) -> bool:
        text = self.view.selected_text()
        if text:
            links.copy_text(text)
        return bool(text)
