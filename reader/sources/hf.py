"""The Hugging Face Daily Papers source: one API request per date, oldest first.

``GET {hf}/api/daily_papers?date=YYYY-MM-DD`` lists one day. The dates fetched run
from ``since`` (or the newest date fetched before, which is fetched again because
its list grows during the day, or else the day after the library's newest day) to
``until`` (or today). Each date's reply is validated, cached as
``hf/{host}/{date}.json``, imported under the source key ``hf:{date}``, and only
then recorded with its ETag, which later syncs send as If-None-Match.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from reader.formats import hf_json
from reader.net import Cancelled, NetConnectionError, NetError, NetTimeout, RateLimited
from reader.sources.base import Fetched, SyncContext, read_cached, write_cached

log = logging.getLogger(__name__)

DEFAULT_HF_URL = "https://huggingface.co"
SOURCE_NAME = "hf"
FIRST_SYNC_DAYS = 7  # an empty library starts with the last week
MAX_FAILURES_IN_ROW = 5
_DATE_FILE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")


def _iso(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


class HfSource:
    """Syncs the Daily Papers API of one Hugging Face host (see the module docstring)."""

    name = SOURCE_NAME

    def __init__(self, base_url: str = DEFAULT_HF_URL, max_days: int = 366) -> None:
        url = base_url.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(
                f"The Hugging Face address {base_url!r} is not an http or https address."
            )
        self.base_url = url
        self.netloc = parts.netloc.rpartition("@")[2].lower()
        self.max_days = max(1, max_days)

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
        ctx: SyncContext,
        state: Mapping[str, tuple],
        since: str | None,
        until: str | None,
        today: date | None = None,
    ) -> list[str]:
        """The dates this run fetches, oldest first.

        Without *since*: the newest date fetched before (its list grows during the day)
        up to the end, plus any earlier date in reach that a failed run left out (every
        fetched date is recorded, empty ones too, so a gap is always a failure).
        """
        end = _iso(until) or today or date.today()
        start = _iso(since)
        earliest = end - timedelta(days=self.max_days - 1)
        gaps: list[str] = []
        if start is None:
            fetched = sorted(d for d in state if _valid(d))
            if fetched:
                start = date.fromisoformat(fetched[-1])
                known = set(fetched)
                gaps = [
                    d
                    for d in _range(max(date.fromisoformat(fetched[0]), earliest), start)
                    if d not in known
                ]
            else:
                newest = ctx.library.newest_day()
                start = (
                    date.fromisoformat(newest) + timedelta(days=1)
                    if newest
                    else end - timedelta(days=FIRST_SYNC_DAYS - 1)
                )
            if start < earliest:
                ctx.report.warnings.append(
                    f"Only the last {self.max_days} days are fetched from Hugging Face; "
                    "use --since for older ones."
                )
                start = earliest
        return gaps + _range(start, end + timedelta(days=1))

    def sync(
        self,
        ctx: SyncContext,
        since: str | None = None,
        until: str | None = None,
        today: date | None = None,
    ) -> None:
        """Fetch and import every date in range; raises NetError to stop early."""
        state = ctx.library.remote_files(self.origin)
        days = self.dates(ctx, state, since, until, today)
        cache_dir = self.cache_dir(ctx.cache_root)
        chunk: list[Fetched] = []
        failures = 0
        flushed = time.monotonic()
        try:
            for done, day in enumerate(days):
                ctx.check_cancel()
                ctx.progress(done, len(days), f"Hugging Face papers of {day}")
                try:
                    doc = self._fetch(ctx, day, state, cache_dir)
                except (RateLimited, Cancelled, NetTimeout, NetConnectionError):
                    raise
                except NetError as exc:
                    ctx.report.errors.append(str(exc))
                    failures += 1
                    if failures >= MAX_FAILURES_IN_ROW:
                        raise NetError(
                            f"Stopped after {failures} failed requests in a row to {self.netloc}."
                        ) from None
                    continue
                failures = 0
                if doc is not None:
                    chunk.append(doc)
                if ctx.chunk_due(chunk, flushed):
                    pending, chunk = chunk, []
                    ctx.store(self.origin, SOURCE_NAME, pending)
                    flushed = time.monotonic()
        finally:
            pending, chunk = chunk, []
            ctx.store(self.origin, SOURCE_NAME, pending)
        ctx.progress(len(days), len(days), "")

    def _fetch(
        self, ctx: SyncContext, day: str, state: Mapping[str, tuple], cache_dir: Path
    ) -> Fetched | None:
        """One date: None when it is unchanged (304) or unreadable (reported)."""
        path = cache_dir / f"{day}.json"
        etag = state.get(day, (None, None))[1]
        cached = read_cached(path) if etag else None
        response = ctx.client.get(
            self.api_url,
            params={"date": day},
            etag=etag if cached is not None else None,
            cancel=ctx.cancel,
        )
        if response.not_modified:
            ctx.report.unchanged += 1
            return None
        ctx.report.downloaded += 1
        key = f"hf:{day}"
        parsed = hf_json.parse_bytes(response.content, key, day)
        if parsed.error:
            reason = parsed.error.removeprefix(key).strip()
            ctx.report.errors.append(
                f"The Hugging Face list of {day} {reason}; the next sync tries again."
            )
            return None
        if not parsed.days and _had_papers(path, key, day):
            # An emptied list would delete the day's papers; a glitch is likelier than that.
            ctx.report.warnings.append(
                f"Hugging Face listed no papers for {day} this time; the stored ones are kept."
            )
            return None
        error = write_cached(path, response.content)
        if error:
            ctx.report.errors.append(error)
            return None
        return Fetched(key, day, response.content, parsed, None, response.etag)


def _had_papers(path: Path, key: str, day: str) -> bool:
    """Whether the cached reply of *day* (the one stored before) listed any paper."""
    data = read_cached(path)
    return data is not None and bool(hf_json.parse_bytes(data, key, day).days)


def _range(start: date, stop: date) -> list[str]:
    """ISO dates from *start* up to, not including, *stop*."""
    return [(start + timedelta(days=i)).isoformat() for i in range((stop - start).days)]


def _valid(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


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
