"""What the remote sources share: the sync report, the run context and the store step.

The store step is where crash safety lives. A source first writes the raw bytes
to the cache (atomically), then imports them (one transaction per batch), and
only then records the file's sha and ETag. A kill between any two steps leaves a
file that the next sync sees as not yet synced, so it finishes the job; a kill
inside a step loses nothing, because each step is atomic on its own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TypeVar

from reader.fsutil import atomic_write
from reader.importer import import_documents
from reader.library import Library
from reader.model import ParseResult
from reader.net import (
    BoundClient,
    Cancelled,
    NetConnectionError,
    NetError,
    NetTimeout,
    RateLimited,
)
from reader.neterrors import format_reset
from reader.plural import count_noun
from reader.sentence import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, label (total 0: not known yet)
Cancel = Callable[[], bool]
CHUNK_FILES = 20  # downloaded documents per import transaction...
CHUNK_SECONDS = 1.0  # ...or fewer, so that a slow sync shows its days as it goes
MAX_FAILURES_IN_ROW = 5  # then the host is clearly unwell; stop and let the next sync retry
Item = TypeVar("Item")


class FetchFailed(Exception):
    """One document could not be fetched or kept (say why in one sentence); the run goes on."""


@dataclass(slots=True)
class SyncReport:
    """What a sync did: counts for the summary line, and every problem in one sentence each.

    ``errors`` are failures the next sync retries (a download that failed, a file not
    imported); ``warnings`` are things to mention that retrying will not change (an
    upstream file that is not a digest, entries the parser skipped).
    """

    sources: list[str] = field(default_factory=list)
    new_days: int = 0
    new_papers: int = 0
    downloaded: int = 0  # digest files (or HF days) that came over the network
    hf_days: int = 0  # of ``downloaded``, the Hugging Face days (one API answer each, no file)
    from_cache: int = 0  # files taken from the offline cache instead of downloading
    imported: int = 0  # documents whose content changed the library
    unchanged: int = 0  # remote files or days already up to date
    thumbnails: int = 0
    thumbnail_failures: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rate_limited: bool = False
    rate_limit_reset: datetime | None = None  # UTC, when known
    cancelled: bool = False
    unreachable: list[str] = field(default_factory=list)  # sources with no connection or a timeout

    @property
    def offline(self) -> bool:
        """True when no selected source could be reached (the network is probably down)."""
        return bool(self.sources) and set(self.unreachable) >= set(self.sources)

    @property
    def ok(self) -> bool:
        """True when every selected source completed."""
        return not self.errors and not self.cancelled and not self.rate_limited

    def summary(self) -> str:
        """One line for stdout or a status bar, e.g. ``3 new days, 61 new papers.``"""
        text = f"{count_noun(self.new_days, 'new day')}, {count_noun(self.new_papers, 'new paper')}"
        files = self.downloaded - self.hf_days  # HF days are days, not files
        details = [f"{count_noun(files, 'file')} downloaded"] if files or not self.hf_days else []
        if self.hf_days:
            details.append(f"{count_noun(self.hf_days, 'day')} from Hugging Face")
        if self.thumbnails:
            details.append(count_noun(self.thumbnails, "thumbnail"))
        text += f" ({', '.join(details)})"
        if self.cancelled:
            text += "; sync cancelled"
        elif self.rate_limited:
            when = format_reset(self.rate_limit_reset) if self.rate_limit_reset else None
            text += f"; rate limited, resume after {when}" if when else "; rate limited"
        elif self.errors:
            text += f"; {count_noun(len(self.errors), 'problem')}, the next sync retries"
        return text + "."


@dataclass(slots=True)
class Fetched:
    """One remote document ready to store: its library key, bytes, parse and bookkeeping."""

    key: str  # source key in the library, e.g. "github:owner/repo/paper_logs/2024/03/11.md"
    path: str  # path within its origin, as recorded in remote_files
    data: bytes
    parsed: ParseResult
    sha: str | None = None
    etag: str | None = None


@dataclass
class SyncContext:
    """Everything one run hands to a source; ``report`` is filled in as it goes.

    ``client`` carries the run's deadline and retry listener to every request.
    """

    library: Library
    client: BoundClient
    cache_root: Path
    report: SyncReport
    progress: Progress
    cancel: Cancel
    thumbnail_candidates: list[tuple[str, str]] = field(default_factory=list)  # (date, url)

    def check_cancel(self) -> None:
        if self.cancel():
            raise Cancelled()

    def chunk_due(self, chunk: Sequence[Fetched], since: float) -> bool:
        """Whether a download loop should store its pending documents now."""
        return len(chunk) >= CHUNK_FILES or (
            bool(chunk) and time.monotonic() - since >= CHUNK_SECONDS
        )

    def store(self, origin: str, source_name: str, docs: Sequence[Fetched]) -> None:
        """Import *docs* (one transaction per batch), then record their shas and ETags."""
        if not docs:
            return
        parsed = {doc.key: doc.parsed for doc in docs}
        result = import_documents(
            self.library,
            [(doc.key, doc.data, None) for doc in docs],
            len(docs),
            source_name,
            parse=lambda _data, name: parsed[name],
        )
        self.report.new_days += result.new_days
        self.report.new_papers += result.new_papers
        self.report.imported += result.imported
        self.report.warnings += result.warnings
        self.report.warnings += [f"skipped: {message}" for message in result.failed]
        # Only now, with the content stored, does the next sync get to skip these files.
        self.library.set_remote_files(origin, [(doc.path, doc.sha, doc.etag) for doc in docs])
        for doc in docs:
            for day in doc.parsed.days:
                for paper in day.papers:
                    if paper.media_kind == "image" and paper.media_url:
                        self.thumbnail_candidates.append((day.date, paper.media_url))


def safe_relative(path: str) -> PurePosixPath | None:
    """*path* as a relative path that cannot leave its folder, or None if it could."""
    if not path or "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts) or ":" in parts[0]:
        return None
    return PurePosixPath(path)


def read_cached(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_cached(path: Path, data: bytes) -> str | None:
    """Write a raw digest to the cache; an error sentence instead of raising."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        return QT_TRANSLATE_NOOP("SyncError", "Could not write %1 to the cache (%2).").arg(
            path, exc.strerror or exc
        )
    return None


def download_and_store(
    ctx: SyncContext,
    origin: str,
    source_name: str,
    items: Sequence[Item],
    fetch: Callable[[int, Item], Fetched | None],
    stopped: Callable[[int], str],
) -> None:
    """The download loop of both remote sources: fetch *items* one by one, store in chunks.

    *fetch* gets each item with its index and returns a document to store, or None
    when there is nothing to store (unchanged, or a problem it reported itself).
    A :class:`FetchFailed` or a :class:`NetError` is reported and the loop goes on,
    until :data:`MAX_FAILURES_IN_ROW` in a row end it with ``NetError(stopped(n))``.
    A rate limit, a cancel, a timeout or a lost connection end it at once: the next
    item would fail the same way. Whatever was fetched is stored, also on the way out.
    """
    chunk: list[Fetched] = []
    failures = 0
    flushed = time.monotonic()
    try:
        for index, item in enumerate(items):
            ctx.check_cancel()
            try:
                doc = fetch(index, item)
            except (RateLimited, Cancelled, NetTimeout, NetConnectionError):
                raise
            except (NetError, FetchFailed) as exc:
                ctx.report.errors.append(str(exc))
                failures += 1
                if failures >= MAX_FAILURES_IN_ROW:
                    raise NetError(stopped(failures)) from None
                continue
            failures = 0
            if doc is not None:
                chunk.append(doc)
            if ctx.chunk_due(chunk, flushed):
                pending, chunk = chunk, []
                ctx.store(origin, source_name, pending)
                flushed = time.monotonic()
    finally:
        pending, chunk = chunk, []
        ctx.store(origin, source_name, pending)
