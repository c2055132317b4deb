"""Thumbnails from the offline cache, decoded off the UI thread, and their placeholder.

The loader never downloads: it asks :class:`~reader.cache.ThumbnailCache` for the
file (sync fills the cache), decodes it to a QImage in a worker and hands it back
by signal. Images are decoded at the size they are shown (a thumbnail is drawn
at most 560 px wide, times the screen's pixel ratio), not at the file's size:
a 2400 px figure decoded whole is 9 MB, shown it needs under 1. A few decoded
images are kept, least recently used out, within :data:`KEEP_BYTES`, so moving
back and forth is instant and a long session's memory stays flat.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QImageReader, QPainter, QPen

from reader.cache import ThumbnailCache
from reader.ui.common.canvas import canvas
from reader.ui.common.workers import Workers

log = logging.getLogger(__name__)

MAX_DECODED_WIDTH = 1200
KEEP_BYTES = 8 * 2**20  # decoded images kept in memory, in all (about 8 at 560 px)
KEEP_COUNT = 256  # answers kept, 'not cached' ones included
_MAX_PIXELS = 64 * 2**20  # refuse to decode an image larger than this (a hostile file)


def decode(cache: ThumbnailCache, url: str, max_width: int = MAX_DECODED_WIDTH) -> QImage:
    """The cached image for *url*, scaled to at most *max_width*; a null image when missing.

    The reader scales while decoding (JPEG decodes straight to the smaller size), so
    the full-size image never sits in memory.
    """
    path = cache.get(url)
    if path is None:
        return QImage()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > _MAX_PIXELS:
        log.info("thumbnail %s is too large to decode (%dx%d)", path, size.width(), size.height())
        return QImage()
    if size.isValid() and size.width() > max_width:
        height = max(1, round(size.height() * max_width / size.width()))
        reader.setScaledSize(QSize(max_width, height))
    image = reader.read()
    if image.isNull():
        log.info("thumbnail %s could not be decoded: %s", path, reader.errorString())
        return QImage()
    if image.width() > max_width:  # a format whose size was unknown before reading
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return image


class ThumbnailLoader(QObject):
    """Asynchronous, memory-cached access to cached thumbnails.

    Signals: ``ready(str url, QImage image)``; the image is null when the
    thumbnail is not in the cache or cannot be decoded. Decoded images are kept
    within *max_bytes* (least recently used out); :attr:`max_width` is the widest
    an image is decoded (the detail pane sets it to what it draws).
    """

    ready = Signal(str, QImage)

    def __init__(
        self,
        cache: ThumbnailCache,
        workers: Workers,
        parent: QObject | None = None,
        max_bytes: int = KEEP_BYTES,
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._workers = workers
        self.max_bytes = max_bytes
        self.max_width = MAX_DECODED_WIDTH
        self._decoded: OrderedDict[str, QImage] = OrderedDict()
        self._bytes = 0
        self._pending: set[str] = set()

    def decoded_bytes(self) -> int:
        """Bytes of the decoded images kept in memory."""
        return self._bytes

    def decoded_count(self) -> int:
        return len(self._decoded)

    def cached(self, url: str) -> QImage | None:
        """The decoded image if it is in memory (a null image means 'known missing')."""
        image = self._decoded.get(url)
        if image is not None:
            self._decoded.move_to_end(url)
        return image

    def request(self, url: str) -> None:
        """Decode *url*'s thumbnail in a worker; ``ready`` follows unless already in memory."""
        if url in self._decoded or url in self._pending:
            return
        self._pending.add(url)
        width = self.max_width
        self._workers.run_task(
            lambda: decode(self._cache, url, width),
            on_done=lambda image: self._done(url, image),
            on_error=lambda _exc: self._done(url, QImage()),
            context=self,
            name="thumbnail",
        )

    def forget(self, url: str) -> None:
        """Drop what is known of *url* (its thumbnail was just downloaded)."""
        image = self._decoded.pop(url, None)
        if image is not None:
            self._bytes -= image.sizeInBytes()

    def forget_missing(self) -> None:
        """Drop 'not cached' answers (after a sync added thumbnails)."""
        for url in [u for u, img in self._decoded.items() if img.isNull()]:
            del self._decoded[url]

    def _done(self, url: str, image: QImage) -> None:
        self._pending.discard(url)
        self.forget(url)
        self._decoded[url] = image
        self._bytes += image.sizeInBytes()
        # the newest image always stays (it is about to be shown), whatever its size
        while len(self._decoded) > 1 and (
            self._bytes > self.max_bytes or len(self._decoded) > KEEP_COUNT
        ):
            _old_url, old = self._decoded.popitem(last=False)
            self._bytes -= old.sizeInBytes()
        self.ready.emit(url, image)


def _placeholder_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.5)
    return font


def placeholder_size(text: str, column: int) -> tuple[int, int]:
    """A compact pill just wide enough for *text* (at most *column*), one line tall.

    Small so that a paper without a cached thumbnail (offline) does not push its summary
    down on a small screen.
    """
    metrics = QFontMetrics(_placeholder_font())
    width = min(column, metrics.horizontalAdvance(f"▨  {text}") + 24)
    return max(1, width), metrics.height() + 10


def placeholder(
    width: int,
    height: int,
    colors_panel: str,
    colors_rule: str,
    colors_dim: str,
    dpr: float = 1.0,
    text: str = "",
) -> QImage:
    """A calm panel standing in for a thumbnail that is not in the cache."""
    text = text or QCoreApplication.translate("Thumbnails", "Thumbnail not downloaded yet")
    image = canvas(width, height, dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(0.5, 0.5, width - 1, height - 1)
    painter.setPen(QPen(QColor(colors_rule), 1))
    painter.setBrush(QColor(colors_panel))
    painter.drawRoundedRect(rect, 8, 8)
    painter.setFont(_placeholder_font())
    painter.setPen(QColor(colors_dim))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"▨  {text}")
    painter.end()
    return image
