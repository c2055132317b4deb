"""The offline cache of thumbnails: files named by URL hash, capped, least recently used out.

Raw digests are cached by the sources (see :mod:`reader.sources`); this module
only keeps images, which are the bulk of the bytes. Every write is atomic, so a
kill mid-download leaves either no file or a whole one.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from urllib.parse import urlsplit

from reader.fsutil import atomic_write

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


class ThumbnailCache:
    """Thumbnails on disk under *folder*, at most *max_bytes* in all."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    def path(self, url: str) -> Path:
        """Where the image of *url* lives (whether or not it is there yet)."""
        import hashlib  # OpenSSL loads on the first thumbnail, not at start

        ext = os.path.splitext(urlsplit(url).path)[1].lower()
        digest = hashlib.sha1(url.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / (digest + (ext if ext in _EXTENSIONS else ".img"))

    def get(self, url: str) -> Path | None:
        """The cached file for *url*, marked as recently used; None when not cached."""
        path = self.path(url)
        try:
            os.utime(path)
        except OSError:
            return None
        return path

    def put(self, url: str, data: bytes) -> Path:
        path = self.path(url)
        atomic_write(path, data)
        self.evict()
        return path

    def size(self) -> int:
        return sum(p.stat().st_size for p in self._files())

    def _files(self) -> list[Path]:
        if not self.folder.exists():
            return []
        return [p for p in self.folder.glob("*/*") if p.is_file() and not p.name.startswith(".")]

    def evict(self) -> int:
        """Delete least recently used files until the cache fits its cap; returns how many."""
        entries = []
        total = 0
        for path in self._files():
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
            total += stat.st_size
        removed = 0
        for _mtime, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        if removed:
            log.info("thumbnail cache: evicted %d files at %s", removed, time.ctime())
        return removed
