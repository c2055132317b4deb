"""Missing thumbnails fetched on demand: when a shown paper's image is not cached, ask sync.

The :class:`~reader.ui.common.thumbnails.ThumbnailLoader` answers a null image for a
thumbnail that is not in the cache; this fetcher then asks
:meth:`SyncController.fetch_thumbnail` (one URL, in the network pool) and, when it
arrives, has the loader decode it again, so the detail pane re-renders if it still
shows that paper. Best effort: one download at a time (the newest wish wins), each
URL tried once per session, none while offline, with thumbnails hidden, or when
``DAILY_PAPERS_AUTO_NETWORK=0``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from reader.ui.common.settings import Settings
from reader.ui.common.thumbnails import ThumbnailLoader
from reader.ui.sync.runner import SyncController
from reader.ui.sync.service import auto_network_allowed
from reader.urls import is_http_url

log = logging.getLogger(__name__)


class ThumbnailFetcher(QObject):
    """Downloads the thumbnail of the paper on show when the cache lacks it.

    Signals: ``fetched(str url)`` after a thumbnail arrived in the cache.
    """

    fetched = Signal(str)

    def __init__(
        self,
        loader: ThumbnailLoader,
        sync: SyncController,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader, self._sync, self._settings = loader, sync, settings
        self.tried: set[str] = set()
        self._busy: str | None = None
        self._next: str | None = None
        loader.ready.connect(self._ready)

    def wanted(self, url: str) -> bool:
        return (
            url not in self.tried
            and is_http_url(url)
            and bool(self._settings.get("show_thumbnails"))
            and not self._sync.offline
            and auto_network_allowed()
        )

    def _ready(self, url: str, image: QImage) -> None:
        if not image.isNull() or not self.wanted(url):
            return
        if self._busy is not None:
            self._next = url  # only the paper shown last matters
            return
        self._fetch(url)

    def _fetch(self, url: str) -> None:
        self.tried.add(url)
        self._busy = url
        self._sync.fetch_thumbnail(url, lambda count: self._done(url, count))

    def _done(self, url: str, count: int) -> None:
        self._busy = None
        if count:
            self._loader.forget(url)
            self._loader.request(url)  # ready() again: the detail re-renders if still on show
            self.fetched.emit(url)
        following, self._next = self._next, None
        if following is not None and self.wanted(following):
            self._fetch(following)
