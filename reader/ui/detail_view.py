"""The detail pane: a paper's actions above a read-only, safe QTextBrowser.

:class:`SafeTextBrowser` never follows a link itself and never loads a resource
it was not given: ``loadResource`` answers nothing, so the only image a page can
show is the cached thumbnail added with ``document().addResource``. Clicked links
leave as ``link_activated``; the main window opens them through
:func:`reader.ui.links.open_url` (http and https only).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QFont, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolBar, QVBoxLayout, QWidget

from reader.model import Paper
from reader.ui.detail_html import Image, empty_html, paper_html
from reader.ui.theme import Colors
from reader.ui.throttle import Throttle
from reader.ui.thumbnails import ThumbnailLoader, placeholder

log = logging.getLogger(__name__)

COLUMN = 720  # widest text column, in pixels
MARGIN = 28
THUMB_MAX = 560
PLACEHOLDER_HEIGHT = 64


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and opens nothing by itself.

    Signals: ``link_activated(QUrl)`` for every clicked link (inherited ``anchorClicked``),
    ``resized()`` after the viewport changed size.
    """

    link_activated = Signal(QUrl)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.blocked: list[str] = []  # resources refused (tests and logs)
        self.anchorClicked.connect(self.link_activated)

    def loadResource(self, type: int, name: QUrl) -> Any:
        """Refuse every resource not added to the document (remote or local)."""
        self.blocked.append(name.toString())
        log.debug("blocked a resource load: %s", name.toString())
        return QByteArray()  # an empty answer: no image, no text

    def doSetSource(
        self,
        name: QUrl,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Navigation is never done by the browser itself."""
        log.debug("ignored navigation to %s", name.toString())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class DetailPane(QWidget):
    """A toolbar of paper actions and the paper text.

    Signals: ``link_activated(QUrl)`` when a link in the text is clicked.
    """

    link_activated = Signal(QUrl)

    def __init__(
        self,
        thumbnails: ThumbnailLoader,
        actions: list[QAction | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._thumbnails = thumbnails
        self.paper: Paper | None = None
        self.listed_on: str | None = None
        self.show_thumbnails = True
        self._point_size = 11.0
        self._empty = ("", "")
        self._shown = False  # nothing rendered until a paper or an empty state is asked for
        self._thumb_width = 0
        self.toolbar = QToolBar("Paper")
        self.toolbar.setObjectName("paperToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(16, 16))
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.browser = SafeTextBrowser()
        self.browser.setObjectName("paperText")
        self.browser.link_activated.connect(self.link_activated)
        self.browser.resized.connect(self._resized)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.browser, 1)
        thumbnails.ready.connect(self._thumbnail_ready)
        self._rerender = Throttle(self._render, 120, self)
        self._held = 0  # while > 0, renders wait (see hold_rendering)
        self._pending = False

    # --------------------------------------------------------------- public

    def set_reading_font(self, font: QFont) -> None:
        self._point_size = font.pointSizeF()
        self.browser.document().setDefaultFont(font)
        if self._shown:
            self._render()

    def set_show_thumbnails(self, on: bool) -> None:
        self.show_thumbnails = on
        if self._shown:
            self._render()

    def show_paper(self, paper: Paper | None, listed_on: str | None = None) -> None:
        """Show *paper* from the top (None shows the empty state)."""
        self.paper = paper
        self.listed_on = listed_on
        self._shown = True
        self.toolbar.setEnabled(paper is not None)
        if paper is not None and self._wants_image(paper):
            assert paper.media_url is not None
            self._thumbnails.request(paper.media_url)
        self._render()
        self.browser.verticalScrollBar().setValue(0)

    def show_empty(self, title: str, text: str = "") -> None:
        self._empty = (title, text)
        self.show_paper(None)

    def refresh_thumbnail(self) -> None:
        """Ask for the shown paper's thumbnail again (after a sync filled the cache)."""
        if self.paper is not None and self._wants_image(self.paper):
            assert self.paper.media_url is not None
            self._thumbnails.request(self.paper.media_url)

    def scroll_page(self) -> bool:
        """Scroll down a page; False when already at the end."""
        bar = self.browser.verticalScrollBar()
        if bar.value() >= bar.maximum():
            return False
        bar.setValue(min(bar.maximum(), bar.value() + max(40, bar.pageStep() - 40)))
        return True

    def plain_text(self) -> str:
        return self.browser.document().toPlainText()

    # ------------------------------------------------------------ rendering

    def _wants_image(self, paper: Paper) -> bool:
        return self.show_thumbnails and bool(paper.media_url) and paper.media_kind != "video"

    def _column(self) -> tuple[int, int]:
        width = self.browser.viewport().width()
        column = min(COLUMN, max(200, width - 2 * MARGIN))
        return column, max(MARGIN, (width - column) // 2)

    @contextmanager
    def hold_rendering(self) -> Iterator[None]:
        """Render once at the end of a block that may change the paper several times.

        Start-up selects a day (an empty state), then its first paper: without this
        the pane would lay out both, and only the last one is ever seen.
        """
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._pending:
                self._render()

    def _render(self) -> None:
        if self._held:
            self._pending = True
            return
        self._pending = False
        colors = Colors.of(self.palette())
        column, side = self._column()
        document = self.browser.document()
        value = self.browser.verticalScrollBar().value()
        if self.paper is None:
            html = empty_html(self._empty[0], self._empty[1], colors, self._point_size)
        else:
            html = paper_html(
                self.paper, colors, self._point_size, self._image(colors, column), self.listed_on
            )
        self.browser.setHtml(html)
        frame = document.rootFrame().frameFormat()
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(18)
        frame.setBottomMargin(36)
        document.rootFrame().setFrameFormat(frame)
        self.browser.verticalScrollBar().setValue(value)

    def _image(self, colors: Colors, column: int) -> Image | None:
        paper = self.paper
        if paper is None or not self._wants_image(paper):
            return None
        assert paper.media_url is not None
        width = min(THUMB_MAX, column)
        self._thumb_width = width
        document = self.browser.document()
        decoded = self._thumbnails.cached(paper.media_url)
        if decoded is not None and not decoded.isNull():
            name = f"thumb://{paper.id}/image"
            height = round(width * decoded.height() / max(1, decoded.width()))
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), decoded)
            return Image(name, width, height)
        height = PLACEHOLDER_HEIGHT
        text = "Thumbnail not downloaded yet" if decoded is not None else "Loading thumbnail…"
        name = f"thumb://placeholder/{width}x{height}/{'missing' if decoded is not None else 'loading'}"
        image = placeholder(
            width, height, colors.panel, colors.rule, colors.dim, self.devicePixelRatioF(), text
        )
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        return Image(name, width, height)

    def _thumbnail_ready(self, url: str, _image: QImage) -> None:
        if self.paper is not None and self.paper.media_url == url and self._wants_image(self.paper):
            self._render()

    def _resized(self) -> None:
        column, side = self._column()
        frame = self.browser.document().rootFrame().frameFormat()
        if frame.leftMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            self.browser.document().rootFrame().setFrameFormat(frame)
        if (
            self.paper is not None
            and self._wants_image(self.paper)
            and min(THUMB_MAX, column) != self._thumb_width
        ):
            self._rerender()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown:
            self._render()
