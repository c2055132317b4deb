"""The sync service: runs the GitHub and Hugging Face sources, then fetches thumbnails.

The window runs :meth:`SyncService.run` from a worker thread (a QRunnable) and the
command line runs it directly; both pass plain callables for progress and cancel,
so this module knows nothing of Qt. A run never raises for network trouble: every
failure becomes one sentence in the returned :class:`SyncReport`, what was already
downloaded stays stored, and the next run finishes the job. Only library errors
(disk full, database locked or damaged) propagate, as :class:`reader.db.LibraryError`.

Tokens: :func:`make_client` reads them from the keyring and gives each to its own
service's configured host only (the GitHub API host, the Hugging Face host), never
to the raw-file host of another domain nor to thumbnail hosts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from reader import urls
from reader.cache import DEFAULT_MAX_BYTES, ThumbnailCache
from reader.formats import hf_json
from reader.formats.markdown import parse_bytes as parse_markdown
from reader.fsutil import remove_stale_temp_files
from reader.importer import Cancel, ImportReport, Progress, import_documents
from reader.library import Library, now_iso
from reader.model import ParseResult, iso_date
from reader.net import (
    DEFAULT_DEADLINE,
    DEFAULT_STALL_TIMEOUT,
    Cancelled,
    Deadline,
    DeadlineExceeded,
    HttpClient,
    NetConnectionError,
    NetError,
    NetTimeout,
    RateLimited,
    RetryListener,
    RetryNotice,
)
from reader.neterrors import format_seconds
from reader.paths import AppPaths
from reader.secrets import KeyringInsecure, SecretStore
from reader.sentence import QT_TRANSLATE_NOOP
from reader.sources import github, hf
from reader.sources.base import SyncContext, SyncReport
from reader.sources.sync_config import LAST_ATTEMPT, LAST_SUCCESS, SOURCES
from reader.sources.thumbs import fetch_thumbnails

log = logging.getLogger(__name__)

__all__ = [
    "SOURCES",
    "SyncBusy",
    "SyncReport",
    "SyncService",
    "SyncSettings",
    "load_tokens",
    "make_client",
]

NO_KEYRING = "No system keyring is available, so sync runs without a token."


class SyncBusy(RuntimeError):
    """``run`` was called while another run of the same service was going on."""


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """Where to sync from and how much to fetch; :meth:`updated` ignores None values."""

    repo: str = github.DEFAULT_REPO
    branch: str = github.DEFAULT_BRANCH
    path: str = github.DEFAULT_FOLDER
    api_url: str = github.DEFAULT_API_URL
    raw_url: str = github.DEFAULT_RAW_URL
    hf_url: str = hf.DEFAULT_HF_URL
    use_tarball: bool = True  # one request instead of many when lots of files are missing
    tarball_min_files: int = 20
    hf_backfill_days: int = hf.DEFAULT_BACKFILL_DAYS  # how far back an automatic HF sync reaches
    hf_burst: int = hf.DEFAULT_BURST  # HF requests that may go at once...
    hf_interval: float = hf.DEFAULT_INTERVAL  # ...then one per this many seconds
    hf_max_wait: float = hf.DEFAULT_MAX_WAIT  # longest pause for HF's rate limit
    thumbnails_per_sync: int = 40
    thumbnail_cache_bytes: int = DEFAULT_MAX_BYTES
    deadline: float = DEFAULT_DEADLINE  # seconds a whole run may take (see reader.netwatch)
    stall_timeout: float = DEFAULT_STALL_TIMEOUT  # for the client make_client builds

    def updated(self, **values: Any) -> SyncSettings:
        names = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in values.items() if k in names and v is not None})

    def github_repo(self) -> github.GitHubRepo:
        """The archive these settings name; ValueError with one sentence if they cannot."""
        return github.GitHubRepo.create(
            self.repo, self.branch, self.path, self.api_url, self.raw_url
        )

    def token_hosts(self) -> dict[str, str]:
        """The one netloc each token may be sent to: ``{"github": ..., "hf": ...}``."""
        return {"github": urls.netloc(self.api_url), "hf": urls.netloc(self.hf_url)}


def load_tokens(settings: SyncSettings, store: SecretStore) -> tuple[dict[str, str], str | None]:
    """Tokens keyed by the netloc they may go to, and a sentence when no keyring is usable."""
    refusal = store.refusal()
    if refusal is not None:
        return {}, str(refusal) if isinstance(refusal, KeyringInsecure) else NO_KEYRING
    tokens: dict[str, str] = {}
    hosts = settings.token_hosts()
    if hosts["github"] == hosts["hf"]:
        log.warning("GitHub and Hugging Face share the host %s; no token is sent", hosts["hf"])
        return {}, None
    for name, netloc in hosts.items():
        token = store.get(name)
        if token and netloc:
            tokens[netloc] = token
    return tokens, None


def make_client(
    settings: SyncSettings, store: SecretStore | None = None, **options: Any
) -> tuple[HttpClient, str | None]:
    """An HttpClient carrying the stored tokens, and the no-keyring sentence if any.

    The client's stall timeout is the settings' unless *options* name one.
    """
    options = {"stall_timeout": settings.stall_timeout, **options}
    tokens, note = load_tokens(settings, store or SecretStore())
    return HttpClient(tokens=tokens, **options), note


def _day(value: str | date | None, what: str) -> str | None:
    if value is None:
        return None
    day = iso_date(value)
    if day is None:
        raise ValueError(
            QT_TRANSLATE_NOOP("SettingError", "The %1 date %2 is not a date like 2024-03-11.").arg(
                what, repr(value)
            )
        )
    return day


class SyncService:
    """Syncs the library with the remote sources; one run at a time per service.

    ``run()`` is blocking and meant for a worker thread; ``progress(done, total, label)``
    is called from that thread (``total == 0`` while the amount is not known yet) and
    ``cancel()`` is polled between files and between network chunks.
    """

    def __init__(
        self,
        library: Library,
        paths: AppPaths,
        client: HttpClient,
        settings: SyncSettings | None = None,
        thumbnails: ThumbnailCache | None = None,
    ) -> None:
        self.library = library
        self.paths = paths
        self.client = client
        self.settings = settings or SyncSettings()
        self.github = github.GitHubSource(
            self.settings.github_repo(), self.settings.use_tarball, self.settings.tarball_min_files
        )
        self.hf = hf.HfSource(
            self.settings.hf_url,
            self.settings.hf_backfill_days,
            self.settings.hf_burst,
            self.settings.hf_interval,
            self.settings.hf_max_wait,
        )
        self.thumbnails = thumbnails or ThumbnailCache(
            paths.cache / "thumbnails", self.settings.thumbnail_cache_bytes
        )
        self._running = threading.Lock()

    def last_success(self) -> str | None:
        """When a sync last completed without errors (ISO 8601, UTC), if ever."""
        return self.library.meta(LAST_SUCCESS)

    def run(
        self,
        sources: Iterable[str] = ("github",),
        since: str | date | None = None,
        until: str | date | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        today: date | None = None,
        on_retry: RetryListener | None = None,
    ) -> SyncReport:
        """Sync *sources* (``"github"``, ``"hf"``) for dates in [since, until].

        The whole run ends at the settings' deadline. A request that will be retried
        is told to *on_retry* (a :class:`RetryNotice` while it waits, None when the
        wait is over) or, without one, shown through *progress* meanwhile.
        Raises ValueError for bad arguments, SyncBusy when already running, and
        LibraryError when the library cannot be written; everything else is reported.
        """
        names = list(dict.fromkeys(sources))
        unknown = [n for n in names if n not in SOURCES]
        if unknown or not names:
            raise ValueError(
                QT_TRANSLATE_NOOP("SettingError", "Unknown sync source %1.").arg(
                    ", ".join(unknown) or "(none)"
                )
            )
        first, last = _day(since, "since"), _day(until, "until")
        if first and last and first > last:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "SettingError", "The since date %1 is after the until date %2."
                ).arg(first, last)
            )
        self.library.require_writable()  # a read-only or damaged library: refused before any download
        if not self._running.acquire(blocking=False):
            raise SyncBusy(QT_TRANSLATE_NOOP("SyncError", "A sync is already running.").arg())
        try:
            return self._run(names, first, last, progress, cancel, today, on_retry)
        finally:
            self._running.release()

    def _run(
        self,
        names: list[str],
        since: str | None,
        until: str | None,
        progress: Progress | None,
        cancel: Cancel | None,
        today: date | None,
        on_retry: RetryListener | None = None,
    ) -> SyncReport:
        report = SyncReport(sources=names)
        self._remove_orphans()
        relay = _RetryRelay(progress or (lambda _d, _t, _l: None), on_retry)
        ctx = SyncContext(
            library=self.library,
            client=self.client.bound(Deadline(self.settings.deadline), relay.retry),
            cache_root=self.paths.digests,
            report=report,
            progress=relay.report,
            cancel=cancel or (lambda: False),
        )
        started = now_iso()
        self.library.set_meta(LAST_ATTEMPT, started)
        for name in names:
            errors_before = len(report.errors)
            try:
                if name == "github":
                    self.github.sync(ctx, since, until)
                else:
                    self.hf.sync(ctx, since, until, today)
            except RateLimited as exc:
                report.rate_limited = True
                report.rate_limit_reset = exc.reset_at
                report.errors.append(str(exc))
                break
            except Cancelled:
                report.cancelled = True
                break
            except DeadlineExceeded:
                report.errors.append(
                    QT_TRANSLATE_NOOP(
                        "SyncError",
                        "The sync stopped at its deadline of %1;"
                        " what it downloaded is kept and the next sync goes on.",
                    ).arg(format_seconds(self.settings.deadline))
                )
                break
            except NetError as exc:
                report.errors.append(str(exc))
                if isinstance(exc, (NetConnectionError, NetTimeout)):
                    report.unreachable.append(name)
                continue
            if len(report.errors) == errors_before:
                self.library.set_meta(f"sync.{name}.last_success", started)
        if not report.cancelled and not report.rate_limited and not ctx.client.expired():
            self._thumbnails(ctx)
        if report.ok:
            self.library.set_meta(LAST_SUCCESS, started)
        log.info("sync of %s: %s", ", ".join(names), report.summary())
        return report

    def _thumbnails(self, ctx: SyncContext) -> None:
        limit = self.settings.thumbnails_per_sync
        if limit <= 0 or not ctx.thumbnail_candidates:
            return
        ctx.progress(0, 0, "Fetching thumbnails")
        try:
            fetched, failed = fetch_thumbnails(
                ctx.client, self.thumbnails, ctx.thumbnail_candidates, limit, ctx.cancel
            )
        except Cancelled:
            ctx.report.cancelled = True
            return
        ctx.report.thumbnails += fetched
        ctx.report.thumbnail_failures += failed

    def fetch_thumbnails(
        self, urls: Iterable[str], limit: int | None = None, cancel: Cancel | None = None
    ) -> int:
        """Download uncached thumbnails on demand (e.g. for the day on screen), in order;
        best effort, at most *limit* (default: the per-sync cap). Returns how many came."""
        cap = self.settings.thumbnails_per_sync if limit is None else limit
        ordered = list(dict.fromkeys(urls))
        candidates = [(f"{len(ordered) - i:08d}", url) for i, url in enumerate(ordered)]
        try:
            fetched, _failed = fetch_thumbnails(
                self.client.bound(Deadline(self.settings.deadline)),
                self.thumbnails,
                candidates,
                cap,
                cancel,
            )
        except Cancelled:
            return 0
        return fetched

    def _remove_orphans(self) -> None:
        """Temporary files a killed run left in the cache (see :mod:`reader.fsutil`)."""
        try:
            remove_stale_temp_files(self.paths.cache)
        except OSError as exc:
            log.warning("could not tidy the cache: %s", exc)

    def import_cache(
        self, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> ImportReport:
        """Re-import every cached raw digest with no network (e.g. into a new library).

        Unchanged content is skipped as usual; the next sync still checks the remote.
        """
        report = ImportReport()
        root = self.paths.digests
        for source_name, docs, parse in (
            ("github", github.cached_documents(root), parse_markdown),
            ("hf", hf.cached_documents(root), _parse_hf),
        ):
            items = list(_documents(docs))
            report.merge(
                import_documents(
                    self.library, items, len(items), source_name, progress, cancel, parse
                )
            )
            if report.cancelled:
                break
        return report


class _RetryRelay:
    """A run's retry notices: to the caller's listener if there is one, else shown through
    progress (a busy line while the pause lasts, then the last progress again)."""

    def __init__(self, progress: Progress, listener: RetryListener | None) -> None:
        self.progress, self.listener = progress, listener
        self.last: tuple[int, int, str] = (0, 0, "")

    def report(self, done: int, total: int, label: str) -> None:
        self.last = (done, total, label)
        self.progress(done, total, label)

    def retry(self, notice: RetryNotice | None) -> None:
        if self.listener is not None:
            self.listener(notice)
        elif notice is None:
            self.progress(*self.last)
        else:
            self.progress(0, 0, str(notice))


def _documents(docs: Iterator[tuple[str, str, str, bytes]]) -> Iterator[tuple[str, bytes, None]]:
    for _origin, _path, key, data in docs:
        yield key, data, None


def _parse_hf(data: bytes, name: str) -> ParseResult:
    return hf_json.parse_bytes(data, name)
