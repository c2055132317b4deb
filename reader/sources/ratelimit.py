"""Pacing requests to a rate-limited API: a token bucket, plus what the server says.

Hugging Face allows an anonymous IP about 500 Hub API requests per 5-minute fixed
window and answers 429 beyond it. A :class:`Pacer` keeps a sync well inside that:

* a :class:`TokenBucket` lets ``burst`` requests go at once, then one every
  ``interval`` seconds, so any span of S seconds holds at most ``burst + S / interval``
  requests (30 + 300 / 1.0 = 330 per 5 minutes with the Hugging Face source's defaults);
* the ``RateLimit`` and ``RateLimit-Policy`` headers of draft-ietf-httpapi-ratelimit-headers
  (Hugging Face sends ``RateLimit: "api";r=499;t=287`` and
  ``RateLimit-Policy: "fixed window";"api";q=500;w=300``) are read on every answer:
  a policy slows the bucket to :data:`POLICY_SHARE` of the announced rate, and when
  no more than :data:`RESERVE_SHARE` of the window's quota is left the next request
  waits for the window to reset;
* a 429 (or 503) with ``Retry-After`` pauses for that long and the caller retries.

A wait longer than ``max_wait`` is not slept through: :class:`reader.net.RateLimited`
is raised with the reset time, so the sync stops, says when to resume, and the next
one continues. Every sleep is sliced so that cancel wins within a tenth of a second.
No Qt, no I/O beyond sleeping.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reader.net import Cancelled, RateLimited

log = logging.getLogger(__name__)

POLICY_SHARE = 0.6  # of a server's announced rate that one sync may use
RESERVE_SHARE = 0.02  # of a window's quota left to the user's other tools (10 of 500)
UNKNOWN_PAUSE = 60.0  # seconds to pause after a 429 that says nothing of when to retry
MAX_RESET = 24 * 3600.0  # a reset further away than a day is taken as nonsense
_SLICE = 0.1

Clock = Callable[[], float]
Sleep = Callable[[float], object]
Cancel = Callable[[], bool]
OnWait = Callable[[float], None]

_MEMBER_RE = re.compile(r'(?:[^,"]|"(?:[^"\\]|\\.)*")+')
_PARAM_RE = re.compile(r"^\s*([a-z*][a-z0-9_.*-]*)\s*=\s*(\d{1,15})\s*$")


@dataclass(frozen=True, slots=True)
class Quota:
    """What one answer's rate-limit headers say; None where a header did not say it."""

    remaining: int | None = None  # requests left in the current window (r)
    reset: float | None = None  # seconds until that window resets (t)
    limit: int | None = None  # requests allowed per window (q)
    window: float | None = None  # the window's length in seconds (w)


def _members(value: str) -> list[dict[str, int]]:
    """The integer parameters of each member of a structured-field list."""
    out = []
    for member in _MEMBER_RE.findall(value):
        params: dict[str, int] = {}
        for item in member.split(";"):
            match = _PARAM_RE.match(item)
            if match:
                params[match.group(1)] = int(match.group(2))
        if params:
            out.append(params)
    return out


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def parse_quota(headers: Mapping[str, str]) -> Quota | None:
    """Read ``RateLimit`` / ``RateLimit-Policy`` (or the older ``RateLimit-Remaining``,
    ``-Reset`` and ``-Limit``); when several policies are listed, the tightest counts.
    None when the answer says nothing usable."""
    remaining: int | None = None
    reset: float | None = None
    counters = [m for m in _members(headers.get("RateLimit") or "") if "r" in m]
    if counters:
        tightest = min(counters, key=lambda m: (m["r"], -m.get("t", 0)))
        remaining, reset = tightest["r"], tightest.get("t")
    else:
        remaining = _int(headers.get("RateLimit-Remaining"))
        reset = _int(headers.get("RateLimit-Reset"))
    limit: int | None = None
    window: float | None = None
    policies = [m for m in _members(headers.get("RateLimit-Policy") or "") if m.get("q")]
    if policies:
        tightest = min(policies, key=lambda m: m["q"] / max(m.get("w", 1), 1))
        limit, window = tightest["q"], tightest.get("w")
    else:
        limit = _int(headers.get("RateLimit-Limit"))
    if reset is not None and reset > MAX_RESET:
        reset = None
    if remaining is None and limit is None:
        return None
    return Quota(remaining, float(reset) if reset is not None else None, limit, window)


class TokenBucket:
    """At most ``burst`` requests at once, then one per ``interval`` seconds.

    In any span of S seconds at most ``burst + S / interval`` requests are taken.
    ``interval == 0`` means no pacing at all.
    """

    def __init__(self, burst: int, interval: float, clock: Clock = time.monotonic) -> None:
        self.burst = max(1, int(burst))
        self.interval = max(0.0, float(interval))
        self._clock = clock
        self._tokens = float(self.burst)
        self._stamp = clock()

    def _refill(self) -> None:
        now = self._clock()
        if self.interval == 0:
            self._tokens = float(self.burst)
        else:
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) / self.interval)
        self._stamp = now

    def delay(self) -> float:
        """Seconds until a request may go (0 when one may go now)."""
        self._refill()
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) * self.interval

    def take(self) -> None:
        """Spend one token; call when :meth:`delay` is 0."""
        self._refill()
        self._tokens -= 1

    def fit(self, limit: int, window: float) -> None:
        """Slow down (never speed up) to ``POLICY_SHARE`` of *limit* requests per *window*."""
        allowed = max(1.0, limit * POLICY_SHARE)
        interval = window / allowed if window > 0 else 0.0
        self._refill()
        if interval > self.interval:
            self.interval = interval
        self.burst = min(self.burst, max(1, int(allowed)))
        self._tokens = min(self._tokens, self.burst)


class Pacer:
    """Decides when the next request to one rate-limited host may go (module docstring).

    Call :meth:`wait` before each request, :meth:`observe` with each answer's headers,
    and :meth:`rate_limited` when the server answered 429 (then retry).
    """

    def __init__(
        self,
        burst: int,
        interval: float,
        max_wait: float,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        self.bucket = TokenBucket(burst, interval, clock)
        self.max_wait = max(0.0, max_wait)
        self._clock = clock
        self._sleep = sleep
        self._hold_until = 0.0  # clock time before which the server asked us not to ask
        self._window: float | None = None

    def held_for(self) -> float:
        """Seconds the server asked us to hold off from now (0 when it did not)."""
        return max(0.0, self._hold_until - self._clock())

    def wait(
        self,
        cancel: Cancel,
        on_wait: OnWait | None = None,
        url: str | None = None,
        budget: float | None = None,
    ) -> None:
        """Sleep until a request may go, then count it; RateLimited when that is further
        away than ``max_wait`` or the *budget* the caller has left (a run's deadline)."""
        held = self.held_for()
        limit = self.max_wait if budget is None else min(self.max_wait, budget)
        if held > limit:
            raise RateLimited(datetime.now(UTC) + timedelta(seconds=held), url=url)
        if held > 0:
            log.info("waiting %.1f s for the server's rate limit", held)
            if on_wait is not None:
                on_wait(held)
            self._nap(held, cancel, url)
        self._nap(self.bucket.delay(), cancel, url)
        self.bucket.take()

    def observe(self, headers: Mapping[str, str]) -> Quota | None:
        """Take in an answer's rate-limit headers (see the module docstring)."""
        quota = parse_quota(headers)
        if quota is None:
            return None
        if quota.limit and quota.window:
            self.bucket.fit(quota.limit, quota.window)
            self._window = quota.window
        reserve = math.floor((quota.limit or 0) * RESERVE_SHARE)
        if quota.remaining is not None and quota.remaining <= reserve and quota.reset:
            log.info(
                "%d requests left until the window resets in %g s", quota.remaining, quota.reset
            )
            self._hold(quota.reset)
        return quota

    def rate_limited(self, reset_at: datetime | None) -> float:
        """The server said 429: hold until *reset_at* (or a guess); returns the seconds."""
        if reset_at is not None:
            seconds = (reset_at - datetime.now(UTC)).total_seconds()
        else:
            seconds = self.held_for() or self._window or UNKNOWN_PAUSE
        seconds = max(0.0, seconds)
        self._hold(seconds)
        return seconds

    def _hold(self, seconds: float) -> None:
        self._hold_until = max(self._hold_until, self._clock() + seconds)

    def _nap(self, seconds: float, cancel: Cancel, url: str | None) -> None:
        end = self._clock() + seconds
        while True:
            if cancel():
                raise Cancelled(url)
            left = end - self._clock()
            if left <= 0:
                return
            self._sleep(min(_SLICE, left))
