"""Thumbnails from the offline cache, decoded off the UI thread, and their placeholder.

The loader never downloads: it asks :class:`~reader.cache.ThumbnailCache` for the
file (sync fills the cache), decodes it to a QImage in a worker and hands it back
by signal. A few decoded images are kept so moving back and forth is instant.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen

from reader.cache import ThumbnailCache
from reader.ui.common.workers import Workers

log = logging.getLogger(__name__)

MAX_DECODED_WIDTH = 1200
KEEP = 24


def decode(cache: ThumbnailCache, url: str, max_width: int = MAX_DECODED_WIDTH) -> QImage:
    """The cached image for *url*, scaled to at most *max_width*; a null image when missing."""
    path = cache.get(url)
    if path is None:
        return QImage()
    image = QImage(str(path))
    if image.isNull():
        log.info("thumbnail %s could not be decoded", path)
        return QImage()
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return image


class ThumbnailLoader(QObject):
    """Asynchronous, memory-cached access to cached thumbnails.

    Signals: ``ready(str url, QImage image)``; the image is null when the
    thumbnail is not in the cache or cannot be decoded.
    """

    ready = Signal(str, QImage)

    def __init__(
        self, cache: ThumbnailCache, workers: Workers, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._workers = workers
        self._decoded: OrderedDict[str, QImage] = OrderedDict()
        self._pending: set[str] = set()

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
        self._workers.run_task(
            lambda: decode(self._cache, url),
            on_done=lambda image: self._done(url, image),
            on_error=lambda _exc: self._done(url, QImage()),
            context=self,
            name="thumbnail",
        )

    def forget(self, url: str) -> None:
        """Drop what is known of *url* (its thumbnail was just downloaded)."""
        self._decoded.pop(url, None)

    def forget_missing(self) -> None:
        """Drop 'not cached' answers (after a sync added thumbnails)."""
        for url in [u for u, img in self._decoded.items() if img.isNull()]:
            del self._decoded[url]

    def _done(self, url: str, image: QImage) -> None:
        self._pending.discard(url)
        self._decoded[url] = image
        while len(self._decoded) > KEEP:
            self._decoded.popitem(last=False)
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
    text: str = "Thumbnail not downloaded yet",
) -> QImage:
    """A calm panel standing in for a thumbnail that is not in the cache."""
    image = QImage(
        max(1, round(width * dpr)),
        max(1, round(height * dpr)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
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
