"""Best-effort thumbnail downloads after a sync, newest papers first, a capped number per run.

A thumbnail is a nicety: failures are counted, never raised, and a host that stops
answering (or the run's deadline) ends the round early instead of costing a timeout
per image. Only bytes
that look like an image are cached, so an HTML error page never shows as a picture.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from reader.cache import ThumbnailCache
from reader.net import (
    BoundClient,
    Cancelled,
    HttpClient,
    NetConnectionError,
    NetError,
    NetTimeout,
    RateLimited,
)
from reader.urls import is_http_url

log = logging.getLogger(__name__)

MAX_FAILURES_IN_ROW = 3
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def looks_like_image(data: bytes) -> bool:
    if data.startswith(_MAGIC):
        return True
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def fetch_thumbnails(
    client: HttpClient | BoundClient,
    cache: ThumbnailCache,
    candidates: Iterable[tuple[str, str]],
    limit: int,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Download up to *limit* uncached images of ``(date, url)`` candidates, newest first.

    Returns ``(fetched, failed)``. Raises :class:`Cancelled` only when *cancel* says so.
    """
    urls: dict[str, str] = {}
    for day, url in candidates:
        if is_http_url(url) and day > urls.get(url, ""):
            urls[url] = day
    queue = [u for u in sorted(urls, key=lambda u: urls[u], reverse=True) if cache.get(u) is None]
    fetched = failed = in_row = 0
    for url in queue[: max(0, limit)]:
        try:
            data = client.get(url, cancel=cancel).content
        except Cancelled:
            raise
        except (RateLimited, NetTimeout, NetConnectionError) as exc:
            log.info("thumbnails: stopping early (%s)", exc)
            failed += 1
            break
        except NetError as exc:
            log.info("thumbnail not fetched: %s", exc)
            data = b""
        if looks_like_image(data):
            try:
                cache.put(url, data)
            except OSError as exc:
                log.warning("thumbnail cache not writable (%s)", exc.strerror or exc)
                failed += 1
                break
            fetched += 1
            in_row = 0
            continue
        failed += 1
        in_row += 1
        if in_row >= MAX_FAILURES_IN_ROW:
            log.info("thumbnails: %d failures in a row, stopping early", in_row)
            break
    return fetched, failed
