"""The detail pane: a paper's actions above a read-only, safe QTextBrowser.

:class:`SafeTextBrowser` never follows a link itself and never loads a resource
it was not given: ``loadResource`` answers nothing, so the only image a page can
show is the cached thumbnail added with ``document().addResource``. Clicked links
leave as ``link_activated``; the main window opens them through
:func:`reader.ui.common.links.open_url` (http and https only).

A paper with several texts (the Korean digest summary, Hugging Face's AI summary
and abstract) gets a compact tab switch above the text, one tab per text; the
choice is reported as ``text_chosen`` so the window can remember it, and the
next paper opens on the same kind of text when it has one. With a library, the
pane also draws the paper's vote history as a sparkline (2+ snapshots).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QTabBar,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.db import LibraryError
from reader.library import Library
from reader.model import Paper, PaperText, VoteSnapshot
from reader.ui.common.theme import Colors
from reader.ui.common.throttle import Throttle
from reader.ui.common.thumbnails import ThumbnailLoader, placeholder, placeholder_size
from reader.ui.common.viewport import wrap_viewport
from reader.ui.detail.html import Image, Shown, empty_html, paper_html, source_caption, text_labels
from reader.ui.detail.sparkline import HEIGHT as SPARK_HEIGHT
from reader.ui.detail.sparkline import WIDTH as SPARK_WIDTH
from reader.ui.detail.sparkline import sparkline
from reader.ui.shell.toolbar_fold import ToolbarFold

log = logging.getLogger(__name__)

COLUMN = 720  # widest text column, in pixels
MARGIN = 28
THUMB_MAX = 560


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and opens nothing by itself.

    Signals: ``link_activated(QUrl)`` for every clicked link (inherited ``anchorClicked``),
    ``resized()`` after the viewport changed size.
    """

    link_activated = Signal(QUrl)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewport = wrap_viewport(self)  # viewport() then costs no type search
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.blocked: list[str] = []  # resources refused (tests and logs)
        self.anchorClicked.connect(self.link_activated)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Refuse every resource not added to the document (remote or local)."""
        self.blocked.append(QUrl(name).toString())
        log.debug("blocked a resource load: %s", QUrl(name).toString())
        return QByteArray()  # an empty answer: no image, no text

    def doSetSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Navigation is never done by the browser itself."""
        log.debug("ignored navigation to %s", QUrl(name).toString())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class DetailPane(QWidget):
    """A toolbar of paper actions, a switch between the paper's texts, and the text.

    Signals: ``link_activated(QUrl)`` when a link in the text is clicked;
    ``text_chosen(str language, str kind)`` when the user picks a text on the switch.
    *library* (optional) gives the vote history for the sparkline.
    """

    link_activated = Signal(QUrl)
    text_chosen = Signal(str, str)
    rendered = Signal()  # after each render (watch-term highlighting, issue 13)

    def __init__(
        self,
        thumbnails: ThumbnailLoader,
        actions: list[QAction | None],
        parent: QWidget | None = None,
        library: Library | None = None,
        more: list[QAction] | None = None,
        foldable: list[QAction] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._thumbnails = thumbnails
        self._library = library
        self.texts: list[PaperText] = []  # the shown paper's texts, display order
        self.text_index = 0
        self.history: list[VoteSnapshot] = []
        self.spark_name = ""  # the sparkline's resource name while one is shown
        self._preferred = ("ko", "")  # (language, kind) the switch opens on
        self.paper: Paper | None = None
        self.listed_on: str | None = None
        self.show_thumbnails = True
        self._point_size = 11.0
        self._empty = ("", "")
        self._shown = False  # nothing rendered until a paper or an empty state is asked for
        self._thumb_width = 0
        self.toolbar = QToolBar(self.tr("Paper"))
        self.toolbar.setObjectName("paperToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(16, 16))
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        # the less frequent actions in one menu, so the frequent ones stay in view when narrow
        self.more_button: QToolButton | None = None
        if more:
            menu = QMenu(self)
            menu.addActions(more)
            self.more_button = QToolButton()
            self.more_button.setObjectName("moreButton")
            self.more_button.setText(self.tr("More"))
            self.more_button.setToolTip(", ".join(a.text().replace("&", "") for a in more))
            self.more_button.setAccessibleName(self.tr("More paper actions"))
            self.more_button.setMenu(menu)
            self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toolbar.addWidget(self.more_button)
        # in a narrow pane the leading *foldable* actions go into More, not the last ones to »
        self.fold = ToolbarFold(self.toolbar, menu, foldable) if more and foldable else None
        self.browser = SafeTextBrowser()
        self.browser.setObjectName("paperText")
        self.browser.link_activated.connect(self.link_activated)
        self.browser.resized.connect(self._resized)
        self.switch = QTabBar()
        self.switch.setObjectName("textSwitch")
        self.switch.setAccessibleName(self.tr("Paper text"))
        self.switch.setDocumentMode(True)
        self.switch.setExpanding(False)
        self.switch.setDrawBase(False)
        self.switch.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.switch.currentChanged.connect(self._switched)
        self.switch_row = QWidget()
        self.switch_row.setObjectName("textSwitchRow")
        row = QHBoxLayout(self.switch_row)
        row.setContentsMargins(MARGIN, 6, MARGIN, 0)
        row.addWidget(self.switch)
        row.addStretch(1)
        self.switch_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.switch_row)
        layout.addWidget(self.browser, 1)
        thumbnails.ready.connect(self._thumbnail_ready)
        screen = QGuiApplication.primaryScreen()
        ratio = max(1.0, screen.devicePixelRatio() if screen is not None else 1.0)
        thumbnails.max_width = round(THUMB_MAX * ratio)  # decode at the size drawn, no larger
        self.resource_names: list[str] = []  # images in the document now (at most the shown ones)
        self._rerender = Throttle(self._render, 120, self)
        self._held = 0  # while > 0, renders wait (see hold_rendering)
        self._pending = False
        self._rendering = False  # inside _render: Qt may be clearing or laying out the document
        self._asked_meanwhile = False  # a render asked for during one (see _render)
        self._resized_meanwhile = False  # the viewport resized during a render (see _resized)

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
        self._set_texts(paper)
        self.history = self._vote_history(paper)
        self._render()
        self.browser.verticalScrollBar().setValue(0)

    def update_paper(self, paper: Paper) -> None:
        """Show a fresher copy of the paper on show (after a sync), keeping place and text."""
        if self.paper is None or self.paper.id != paper.id:
            self.show_paper(paper, self.listed_on)
            return
        current = self.texts[self.text_index] if self.texts else None
        self.paper = paper
        self._set_texts(paper, current)
        self.history = self._vote_history(paper)
        self._render()

    # --------------------------------------------------------- text switch

    def set_preferred_text(self, language: str, kind: str = "") -> None:
        """The text a paper opens on: *kind* in *language* if it has one, else *language*'s first."""
        if (language, kind) == self._preferred:
            return
        self._preferred = (language, kind)
        if self.paper is not None and len(self.texts) > 1:
            self._set_texts(self.paper)
            self._render()

    def select_text(self, index: int) -> bool:
        """Show the paper's *index*-th text (as a click on the switch would)."""
        if not 0 <= index < len(self.texts) or len(self.texts) < 2:
            return False
        self.switch.setCurrentIndex(index)
        return True

    def next_text(self) -> bool:
        """Show the next of the paper's texts, wrapping around; False with fewer than two."""
        return self.select_text((self.text_index + 1) % len(self.texts)) if self.texts else False

    def current_text(self) -> PaperText | None:
        return self.texts[self.text_index] if self.texts else None

    def _pick(self, keep: PaperText | None = None) -> int:
        """Which text to open on: *keep* if still there, else the preferred one, else the first."""
        if keep is not None:
            for i, text in enumerate(self.texts):
                if (text.source, text.language, text.kind) == (
                    keep.source,
                    keep.language,
                    keep.kind,
                ):
                    return i
        language, kind = self._preferred
        same_language = [i for i, t in enumerate(self.texts) if t.language == language]
        for i in same_language:
            if self.texts[i].kind == kind:
                return i
        return same_language[0] if same_language else 0

    def _set_texts(self, paper: Paper | None, keep: PaperText | None = None) -> None:
        self.texts = [t for t in paper.texts if t.parts] if paper is not None else []
        self.text_index = self._pick(keep)
        blocked = self.switch.blockSignals(True)
        try:
            while self.switch.count():
                self.switch.removeTab(0)
            if len(self.texts) > 1:
                for i, label in enumerate(text_labels(self.texts)):
                    self.switch.addTab(label)
                    self.switch.setTabToolTip(i, source_caption(self.texts[i]))
                self.switch.setCurrentIndex(self.text_index)
        finally:
            self.switch.blockSignals(blocked)
        self.switch_row.setVisible(len(self.texts) > 1)

    def _switched(self, index: int) -> None:
        if not 0 <= index < len(self.texts) or index == self.text_index:
            return
        self.text_index = index
        text = self.texts[index]
        self._preferred = (text.language, text.kind)
        self._render()
        self.text_chosen.emit(text.language, text.kind)

    def _vote_history(self, paper: Paper | None) -> list[VoteSnapshot]:
        if paper is None or self._library is None:
            return []
        try:
            history = self._library.vote_history(paper.id)
        except LibraryError as exc:
            log.warning("vote history of %s unavailable: %s", paper.id, exc)
            return []
        return history if len(history) >= 2 else []

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
        """Draw the paper (or the empty state) into the browser's document.

        Never re-entered: clearing or setting the document lays it out, and a scroll
        bar that comes or goes resizes the viewport *inside* Qt's
        ``QTextDocumentPrivate::clear`` (``resized`` is emitted from there). A second
        render from that point replaced the text control's cursor while the document
        held its cursor list aside, and the document later wrote into the freed
        cursor: heap corruption, a crash at a later render or at quit. What is asked
        meanwhile runs once this render is over, from the event loop.
        """
        if self._held:
            self._pending = True
            return
        if self._rendering:
            self._asked_meanwhile = True
            return
        self._pending = False
        self._rendering = True
        try:
            self._draw()
        finally:
            self._rendering = False
        if self._asked_meanwhile or self._resized_meanwhile:
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        """What a render deferred: another render, or the resize's own work."""
        again, resized = self._asked_meanwhile, self._resized_meanwhile
        self._asked_meanwhile = self._resized_meanwhile = False
        if again and self._shown:
            self._render()
        elif resized:
            self._resized()

    def _draw(self) -> None:
        colors = Colors.of(self.palette())
        column = self._column()[0]
        document = self.browser.document()
        value = self.browser.verticalScrollBar().value()
        # setHtml keeps every image resource ever added: drop them all, so the document
        # holds only this render's thumbnail and sparkline (60 papers once kept 181 MB)
        document.clear()
        self.resource_names = []
        if self.paper is None:
            self.spark_name = ""
            html = empty_html(self._empty[0], self._empty[1], colors, self._point_size)
        else:
            shown = Shown(
                text=self.current_text(),
                switch=len(self.texts) > 1,
                history=tuple(self.history),
                spark=self._spark(colors),
            )
            html = paper_html(
                self.paper,
                colors,
                self._point_size,
                self._image(colors, column),
                self.listed_on,
                shown,
            )
        self.browser.setHtml(html)
        side = self._column()[1]  # a scroll bar may have come or gone meanwhile (see _render)
        self._align_switch(side)
        frame = document.rootFrame().frameFormat()
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(18)
        frame.setBottomMargin(36)
        document.rootFrame().setFrameFormat(frame)
        self.browser.verticalScrollBar().setValue(value)
        self.rendered.emit()

    def _spark(self, colors: Colors) -> Image | None:
        """The vote sparkline, drawn for this palette and screen, added to the document."""
        if self.paper is None or len(self.history) < 2:
            self.spark_name = ""
            return None
        ratio = self.devicePixelRatioF()
        image = sparkline(self.history, QColor(colors.link), ratio)
        last = self.history[-1]
        self.spark_name = (
            f"spark://{self.paper.id}/{len(self.history)}-{last.votes}-{colors.link[1:]}-{ratio:g}"
        )
        self._add_image(self.spark_name, image)
        return Image(self.spark_name, SPARK_WIDTH, SPARK_HEIGHT)

    def _add_image(self, name: str, image: QImage) -> None:
        self.browser.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), image
        )
        self.resource_names.append(name)

    def _align_switch(self, side: int) -> None:
        """Line the switch up with the text column."""
        left = max(0, side - 4)  # a tab's own padding puts its text on the column's edge
        layout = self.switch_row.layout()
        assert layout is not None  # made with one
        if layout.contentsMargins().left() != left:
            layout.setContentsMargins(left, 6, side, 0)

    def _image(self, colors: Colors, column: int) -> Image | None:
        paper = self.paper
        if paper is None or not self._wants_image(paper):
            return None
        assert paper.media_url is not None
        width = min(THUMB_MAX, column)
        self._thumb_width = width
        decoded = self._thumbnails.cached(paper.media_url)
        if decoded is not None and not decoded.isNull():
            name = f"thumb://{paper.id}/image"
            height = round(width * decoded.height() / max(1, decoded.width()))
            self._add_image(name, decoded)
            return Image(name, width, height)
        text = (
            self.tr("Thumbnail not downloaded yet")
            if decoded is not None
            else self.tr("Loading thumbnail…")
        )
        width, height = placeholder_size(text, width)
        name = f"thumb://placeholder/{width}x{height}/{'missing' if decoded is not None else 'loading'}"
        image = placeholder(
            width, height, colors.panel, colors.rule, colors.dim, self.devicePixelRatioF(), text
        )
        self._add_image(name, image)
        return Image(name, width, height)

    def _thumbnail_ready(self, url: str, _image: QImage) -> None:
        if self.paper is not None and self.paper.media_url == url and self._wants_image(self.paper):
            self._render()

    def _resized(self) -> None:
        if self._rendering:  # from inside Qt's clear or layout: see _render
            self._resized_meanwhile = True
            return
        column, side = self._column()
        frame = self.browser.document().rootFrame().frameFormat()
        if frame.leftMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            self.browser.document().rootFrame().setFrameFormat(frame)
        self._align_switch(side)
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
