"""The page area of the PDF reader: QPdfView with its pages placed where we can find them.

QPdfView renders pages in its own thread (QPdfPageRenderer, multi-threaded), so
scrolling and zooming never wait for pdfium. It keeps no public account of where
each page sits, and its own link handling ignores the scroll position and the
zoom of its fit modes, so this class:

* always runs QPdfView in ``Custom`` zoom and does fit-to-width and fit-page
  itself (recomputing the zoom on resize), so search highlights, links and
  selection share one scale;
* lays the pages out as ``QPdfViewPrivate::calculateDocumentLayout`` does
  (margins, spacing, centred pages) in :meth:`page_rects`, and maps a point of
  the viewport to a page and a position in points (:meth:`page_at`);
* follows links itself: a jump inside the paper scrolls there, an http(s) link
  leaves as ``external_link``; any other link does nothing;
* selects text by dragging (``QPdfDocument.getSelection``) and copies it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, QPointF, QRect, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfLinkModel, QPdfPageRenderer, QPdfSelection
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

FIT_WIDTH = 0.0  # stored zoom values that mean a fit mode rather than a factor
FIT_PAGE = -1.0
ZOOMS = (0.33, 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
CLICK_SLOP = 4  # pixels a press may move and still count as a click
SELECTION = QColor(51, 133, 255, 80)


class PdfPageView(QPdfView):
    """Pages of one document, scrolled vertically.

    Signals: ``external_link(QUrl)`` for a clicked http(s) link, ``page_rendered(int)``
    each time the renderer delivers a page image, ``zoom_changed(float)`` with the
    stored zoom value (a factor, or :data:`FIT_WIDTH` / :data:`FIT_PAGE`),
    ``selection_changed(bool)``.
    """

    external_link = Signal(QUrl)
    page_rendered = Signal(int)
    zoom_changed = Signal(float)
    selection_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # the stub forgets None: no parent
        self.setObjectName("pdfPages")
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.mode = FIT_WIDTH
        self._links = QPdfLinkModel(self)
        self._press: tuple[int, QPointF, QPoint] | None = None
        self.selection: QPdfSelection | None = None
        self._selection_page = -1
        renderer = self.findChild(QPdfPageRenderer)
        if renderer is not None:  # Qt's own renderer, in its thread: tell when pages arrive
            renderer.pageRendered.connect(lambda page, *_rest: self.page_rendered.emit(page))

    # ------------------------------------------------------------- document

    def set_document(self, document: QPdfDocument | None) -> None:
        self.setDocument(document)  # type: ignore[arg-type]  # None: no document; our link model follows on first use (it reads a page)
        self.clear_selection()
        self._fit()

    def page_count(self) -> int:
        document = self.document()
        return document.pageCount() if document is not None else 0

    def current_page(self) -> int:
        return self.pageNavigator().currentPage()

    # ----------------------------------------------------------------- zoom

    def stored_zoom(self) -> float:
        """The zoom to remember: a factor, or FIT_WIDTH / FIT_PAGE."""
        return self.mode if self.mode <= 0 else self.zoomFactor()

    def set_zoom(self, value: float) -> None:
        """A factor (> 0) or a fit mode; the page on show stays on show."""
        page = self.current_page()
        self.mode = value if value <= 0 else max(ZOOMS[0], min(ZOOMS[-1], value))
        if self.mode > 0:
            self.setZoomFactor(self.mode)
        self._fit()
        self.go_to(page)
        self.zoom_changed.emit(self.stored_zoom())

    def zoom_step(self, step: int) -> None:
        current = self.zoomFactor()
        if step > 0:
            bigger = [z for z in ZOOMS if z > current + 1e-3]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < current - 1e-3]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def _resolution(self) -> float:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.logicalDotsPerInch() / 72.0

    def _fit(self) -> None:
        """In a fit mode, the factor that makes the widest (or the current) page fit."""
        document = self.document()
        if self.mode > 0 or document is None or document.pageCount() <= 0:
            return
        margins, res = self.documentMargins(), self._resolution()
        width = self.viewport().width() - margins.left() - margins.right()
        if self.mode == FIT_WIDTH:
            widest = max(document.pagePointSize(p).width() for p in range(document.pageCount()))
            factor = width / max(1.0, widest * res)
        else:
            size = document.pagePointSize(max(0, self.current_page()))
            height = self.viewport().height() - margins.top() - margins.bottom()
            factor = min(
                width / max(1.0, size.width() * res), height / max(1.0, size.height() * res)
            )
        self.setZoomFactor(max(0.05, factor))

    def resizeEvent(self, event: QResizeEvent) -> None:
        page = self.current_page()
        super().resizeEvent(event)
        if self.mode <= 0:
            self._fit()
            self.go_to(page)

    # --------------------------------------------------------------- layout

    def page_rects(self) -> dict[int, QRect]:
        """Each laid-out page's rectangle in viewport coordinates."""
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            return {}
        scale = self._resolution() * self.zoomFactor()
        margins, spacing = self.documentMargins(), self.pageSpacing()
        if self.pageMode() == QPdfView.PageMode.SinglePage:
            pages = [self.current_page()]
        else:
            pages = list(range(document.pageCount()))
        sizes = {p: (QSizeF(document.pagePointSize(p)) * scale).toSize() for p in pages}
        total = max((s.width() for s in sizes.values()), default=0)
        total += margins.left() + margins.right()
        width = max(total, self.viewport().width())
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        rects, y = {}, margins.top()
        for page in pages:
            size = sizes[page]
            rects[page] = QRect(
                (width - size.width()) // 2 - dx, y - dy, size.width(), size.height()
            )
            y += size.height() + spacing
        return rects

    def _scale(self) -> float:
        return self._resolution() * self.zoomFactor()

    def page_at(self, pos: QPoint | QPointF) -> tuple[int, QPointF] | None:
        """The page under a viewport point and the point on it, in PDF points."""
        point = QPointF(pos)
        for page, rect in self.page_rects().items():
            if rect.contains(point.toPoint()):
                scale = self._scale()
                return page, QPointF(
                    (point.x() - rect.left()) / scale, (point.y() - rect.top()) / scale
                )
        return None

    def go_to(self, page: int, location: QPointF | None = None) -> None:
        """Scroll so that *page* (at *location*, in points, if given) is at the top."""
        if self.page_count() <= 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        if self.pageMode() == QPdfView.PageMode.SinglePage:
            self.pageNavigator().jump(page, location or QPointF(), 0)
            return
        rect = self.page_rects().get(page)
        if rect is None:
            return
        top = rect.top() + self.verticalScrollBar().value() - self.documentMargins().top()
        if location is not None:
            top += int(location.y() * self._scale())
        self.verticalScrollBar().setValue(top)

    # ---------------------------------------------------------------- mouse

    def _link_at(self, pos: QPoint | QPointF):
        hit = self.page_at(pos)
        if hit is None:
            return None
        page, point = hit
        if self._links.document() is not self.document():
            self._links.setDocument(self.document())
        if self._links.page() != page:
            self._links.setPage(page)
        link = self._links.linkAt(point)
        # QPdfLink.isValid() means "has a page": a web link has only its URL
        return link if link.isValid() or not link.url().isEmpty() else None

    def follow(self, link) -> None:
        """Jump inside the paper, or hand an http(s) address out; nothing else."""
        url = link.url()
        if url.isValid() and not url.isEmpty():
            if url.scheme().lower() in ("http", "https"):
                self.external_link.emit(url)
            else:
                log.info("ignored a PDF link with scheme %r", url.scheme())
            return
        if link.page() >= 0:
            self.go_to(link.page(), link.location())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.page_at(event.position())
            self._press = (hit[0], hit[1], event.position().toPoint()) if hit else None
            self.clear_selection()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            page, start, _where = self._press
            hit = self.page_at(event.position())
            document = self.document()
            if hit is not None and hit[0] == page and document is not None:
                self.selection = document.getSelection(page, start, hit[1])
                self._selection_page = page
                self.selection_changed.emit(bool(self.selection.text()))
                self.viewport().update()
            return
        link = self._link_at(event.position())
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        moved = (event.position().toPoint() - press[2]).manhattanLength()
        if moved <= CLICK_SLOP:
            link = self._link_at(event.position())
            if link is not None:
                self.follow(link)

    # ------------------------------------------------------------ selection

    def selected_text(self) -> str:
        return self.selection.text() if self.selection is not None else ""

    def clear_selection(self) -> None:
        had = self.selection is not None
        self.selection, self._selection_page = None, -1
        if had:
            self.selection_changed.emit(False)
            self.viewport().update()

    def select_page_text(self, page: int) -> None:
        """Select all the text of *page* (Ctrl+A in the reader)."""
        document = self.document()
        if document is None or not 0 <= page < self.page_count():
            return
        self.selection = document.getAllText(page)
        self._selection_page = page
        self.selection_changed.emit(bool(self.selection.text()))
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        rect = self.page_rects().get(self._selection_page)
        if self.selection is None or rect is None:
            return
        scale = self._scale()
        painter = QPainter(self.viewport())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SELECTION)
        for polygon in self.selection.bounds():
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(rect.left() + p.x() * scale, rect.top() + p.y() * scale)
                        for p in polygon  # type: ignore[attr-defined]  # iterable at run time
                    ]
                )
            )
        painter.end()
