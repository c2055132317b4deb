"""The Hugging Face Daily Papers source: one paced API request per date, newest first.

``GET {hf}/api/daily_papers?date=YYYY-MM-DD`` lists one day. Each date's reply is
validated, cached as ``hf/{host}/{date}.json``, imported under the source key
``hf:{date}``, and only then recorded in ``remote_files`` with its ETag (sent as
If-None-Match next time, so an unchanged day costs a 304) and, in the ``sha``
column, what the answer held and when it came: ``"{papers}@{fetched on}"``.

Which dates a sync asks for (:func:`plan`), when no ``since`` is given:

* the last ``backfill_days`` days up to ``until`` (or today) bound everything, so a
  first sync asks at most that many (default 30), newest first;
* a day with no record is the backlog: a sync that stopped (cancel, rate limit, no
  network, a kill) recorded only the days it stored, so the next one resumes with
  exactly the days still missing, which is the backfill's durable cursor;
* the last :data:`REFRESH_DAYS` days are asked on every sync, because their lists
  and votes still move; a day whose last answer came before its last day in that
  window (it was empty when first fetched, or the app did not sync for a while) is
  asked once more, so each day gets one answer fetched when it was a week old;
* every other day is settled and is not asked again.

With ``since`` every date in [since, until] is asked, the unsettled ones first, so
that a long range cut short (rate limit, the run's deadline) gets further on every
run instead of re-asking the days it already has. Requests are paced by a
:class:`reader.sources.ratelimit.Pacer` (at most ``burst`` at once, then one per
``interval`` seconds, honouring ``RateLimit``/``RateLimit-Policy`` and a 429's
``Retry-After``), so a backfill never bursts past Hugging Face's anonymous limit.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote, unquote

from reader import urls
from reader.config import BY_NAME
from reader.formats import hf_json
from reader.model import ParseResult, iso_date
from reader.net import (
    RateLimited,
    Response,
    RetryNotice,
)
from reader.sentence import QT_TRANSLATE_NOOP, Sentence
from reader.sources.base import (
    Fetched,
    SyncContext,
    download_and_store,
    read_cached,
    write_cached,
)
from reader.sources.ratelimit import Pacer

log = logging.getLogger(__name__)

DEFAULT_HF_URL: str = BY_NAME["hf_url"].default  # the settings' defaults (reader.config)
SOURCE_NAME = "hf"
# a month of papers: what a reader catches up on, in 30 requests
DEFAULT_BACKFILL_DAYS: int = BY_NAME["hf_backfill_days"].default
# The defaults of the pacing (SyncSettings and the CLI flags use these).
DEFAULT_BURST = 30  # requests that may go at once: a first sync never waits
DEFAULT_INTERVAL = 1.0  # seconds per request after the burst: at most 330 per 5 minutes
DEFAULT_MAX_WAIT = 300.0  # the longest pause for the server (one Hugging Face window)
REFRESH_DAYS = 7  # votes keep moving for about a week
MAX_RATE_LIMIT_PAUSES = 3  # 429s one run waits out before it stops and says when
_DATE_FILE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_RECORD_RE = re.compile(r"^(\d+)@(\d{4}-\d{2}-\d{2})$")


def _iso(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    day = iso_date(value)
    if day is None:
        raise ValueError(
            QT_TRANSLATE_NOOP("SettingError", "%1 is not a date like 2024-03-11.").arg(repr(value))
        )
    return date.fromisoformat(day)


def day_record(papers: int, fetched_on: date) -> str:
    """What the ``sha`` column of a fetched day holds: ``"12@2025-06-05"``."""
    return f"{papers}@{fetched_on.isoformat()}"


def read_record(value: str | None) -> tuple[int, date] | None:
    """``(papers, fetched on)`` of a day's record; None for one written before these."""
    match = _RECORD_RE.match(value or "")
    day = iso_date(match.group(2)) if match else None
    if match is None or day is None:
        return None
    return int(match.group(1)), date.fromisoformat(day)


def plan(
    state: Mapping[str, tuple],
    end: date,
    today: date,
    backfill_days: int = DEFAULT_BACKFILL_DAYS,
    refresh_days: int = REFRESH_DAYS,
) -> list[str]:
    """The dates an automatic sync asks for, newest first (see the module docstring)."""
    days = []
    for back in range(max(1, backfill_days)):
        day = end - timedelta(days=back)
        if (today - day).days < refresh_days:
            days.append(day)  # still moving
            continue
        record = state.get(day.isoformat())
        seen = read_record(record[0]) if record else None
        if seen is None or (seen[1] - day).days < refresh_days - 1:
            days.append(day)  # never stored, stored by an older version, or not yet settled
    return [d.isoformat() for d in days]


class HfSource:
    """Syncs the Daily Papers API of one Hugging Face host (see the module docstring).

    The pacer lives as long as the source, so runs of one service share its budget.
    """

    name = SOURCE_NAME

    def __init__(
        self,
        base_url: str = DEFAULT_HF_URL,
        backfill_days: int = DEFAULT_BACKFILL_DAYS,
        burst: int = DEFAULT_BURST,
        interval: float = DEFAULT_INTERVAL,
        max_wait: float = DEFAULT_MAX_WAIT,
    ) -> None:
        self.base_url = urls.base_url(
            base_url, QT_TRANSLATE_NOOP("SettingError", "Hugging Face address").arg()
        )
        self.netloc = urls.netloc(self.base_url)
        self.backfill_days = max(1, backfill_days)
        self.pacer = Pacer(burst, interval, max_wait)
        self._pauses = 0

    @property
    def origin(self) -> str:
        return f"hf:{self.netloc}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/daily_papers"

    def cache_dir(self, cache_root: Path) -> Path:
        return cache_root / "hf" / quote(self.netloc, safe="")

    def dates(
        self,
        state: Mapping[str, tuple],
        since: str | date | None,
        until: str | date | None,
        today: date | None = None,
    ) -> list[str]:
        """The dates this run fetches: :func:`plan`'s, or with *since* every date in range,
        the ones :func:`plan` would ask first (each group newest first)."""
        today = today or date.today()
        end = _iso(until) or today
        start = _iso(since)
        if start is None:
            return plan(state, end, today, self.backfill_days)
        every = _range(start, end + timedelta(days=1))[::-1]
        first = plan(state, end, today, len(every)) if every else []
        chosen = set(first)
        return first + [d for d in every if d not in chosen]

    def sync(
        self,
        ctx: SyncContext,
        since: str | None = None,
        until: str | None = None,
        today: date | None = None,
    ) -> None:
        """Fetch and import the planned dates; raises NetError to stop early."""
        today = today or date.today()
        state = ctx.library.remote_files(self.origin)
        days = self.dates(state, since, until, today)
        cache_dir = self.cache_dir(ctx.cache_root)
        touched: list[tuple[str, str | None, str | None]] = []  # 304s: the record, re-dated
        self._pauses = 0

        def fetch(done: int, day: str) -> Fetched | None:
            ctx.progress(done, len(days), f"Hugging Face papers of {day}")
            return self._fetch(ctx, day, state, cache_dir, today, touched, done, len(days))

        try:
            download_and_store(
                ctx,
                self.origin,
                SOURCE_NAME,
                days,
                fetch,
                lambda n: QT_TRANSLATE_NOOP(
                    "SyncError", "Stopped after %1 failed requests in a row to %2."
                ).arg(n, self.netloc),
            )
        finally:
            if touched:
                ctx.library.set_remote_files(self.origin, touched)
        ctx.progress(len(days), len(days), "")

    def _get(self, ctx: SyncContext, day: str, etag: str | None, done: int, total: int) -> Response:
        """One paced request; a 429 is waited out (up to the pacer's max wait) and retried."""

        def waiting(seconds: float) -> None:
            ctx.progress(done, total, f"Waiting {_duration(seconds)} for Hugging Face's rate limit")

        tried = 1
        while True:
            self.pacer.wait(ctx.cancel, waiting, self.api_url, _budget(ctx))
            try:
                response = ctx.client.get(
                    self.api_url, params={"date": day}, etag=etag, cancel=ctx.cancel
                )
            except RateLimited as exc:
                self._pauses += 1
                seconds = self.pacer.rate_limited(exc.reset_at)
                if self._pauses > MAX_RATE_LIMIT_PAUSES or seconds > self.pacer.max_wait:
                    raise
                log.info(
                    "%s asked to wait %.0f s; the sync resumes after that", self.netloc, seconds
                )
                tried += 1
                if ctx.client.on_retry is not None:  # a line on stderr, the sync bar's text
                    left = MAX_RATE_LIMIT_PAUSES - self._pauses
                    ctx.client.on_retry(RetryNotice(exc, math.ceil(seconds), tried, tried + left))
                continue
            self.pacer.observe(response.headers)
            return response

    def _fetch(
        self,
        ctx: SyncContext,
        day: str,
        state: Mapping[str, tuple],
        cache_dir: Path,
        today: date,
        touched: list[tuple[str, str | None, str | None]],
        done: int,
        total: int,
    ) -> Fetched | None:
        """One date: None when it is unchanged (304) or unreadable (reported)."""
        path = cache_dir / f"{day}.json"
        sha, etag = state.get(day, (None, None))
        cached = read_cached(path) if etag else None
        response = self._get(ctx, day, etag if cached is not None else None, done, total)
        key = f"hf:{day}"
        if response.not_modified:
            ctx.report.unchanged += 1
            if cached is not None:
                seen = read_record(sha)
                papers = seen[0] if seen else _papers(hf_json.parse_bytes(cached, key, day))
                touched.append((day, day_record(papers, today), response.etag or etag))
            return None
        ctx.report.downloaded += 1
        ctx.report.hf_days += 1
        parsed = hf_json.parse_bytes(response.content, key, day)
        if parsed.error:
            subject = QT_TRANSLATE_NOOP("SyncError", "The Hugging Face list of %1").arg(day)
            said = (  # "The Hugging Face list of 2025-06-02 is not valid JSON", translatable
                parsed.error.with_args(subject, *parsed.error.args[1:])
                if isinstance(parsed.error, Sentence)
                else f"{subject} {parsed.error.removeprefix(key).strip()}"
            )
            ctx.report.errors.append(
                QT_TRANSLATE_NOOP("SyncError", "%1; the next sync tries again.").arg(said)
            )
            return None
        if not parsed.days and _had_papers(path, key, day):
            # An emptied list would delete the day's papers; a glitch is likelier than that.
            ctx.report.warnings.append(
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "Hugging Face listed no papers for %1 this time; the stored ones are kept.",
                ).arg(day)
            )
            return None
        error = write_cached(path, response.content)
        if error:
            ctx.report.errors.append(error)
            return None
        record = day_record(_papers(parsed), today)
        return Fetched(key, day, response.content, parsed, record, response.etag)


def _budget(ctx: SyncContext) -> float | None:
    """Seconds left before the run's deadline, when its client carries one."""
    deadline = getattr(ctx.client, "deadline", None)
    remaining = getattr(deadline, "remaining", None)
    return remaining() if callable(remaining) else None


def _papers(parsed: ParseResult) -> int:
    return sum(len(d.papers) for d in parsed.days)


def _duration(seconds: float) -> str:
    """``42 s`` or ``4 min 10 s``."""
    whole = max(1, round(seconds))
    return f"{whole} s" if whole < 60 else f"{whole // 60} min {whole % 60} s"


def _had_papers(path: Path, key: str, day: str) -> bool:
    """Whether the cached reply of *day* (the one stored before) listed any paper."""
    data = read_cached(path)
    return data is not None and bool(hf_json.parse_bytes(data, key, day).days)


def _range(start: date, stop: date) -> list[str]:
    """ISO dates from *start* up to, not including, *stop*."""
    return [(start + timedelta(days=i)).isoformat() for i in range((stop - start).days)]


def cached_documents(cache_root: Path) -> Iterator[tuple[str, str, str, bytes]]:
    """Every cached day of every host: ``(origin, date, key, bytes)``."""
    base = cache_root / "hf"
    if not base.is_dir():
        return
    for host_dir in sorted(base.iterdir()):
        if not host_dir.is_dir():
            continue
        origin = f"hf:{unquote(host_dir.name)}"
        for file in sorted(host_dir.iterdir()):
            if _DATE_FILE_RE.match(file.name):
                data = read_cached(file)
                if data is not None:
                    day = file.name[:-5]
                    yield origin, day, f"hf:{day}", data
