"""Deadlines and stall detection for HTTP requests, and the defaults they start from.

A socket read timeout alone cannot bound a download: a server that sends one byte
every few seconds answers every read in time and can hold a sync for hours. So every
attempt of :meth:`reader.net.HttpClient.get` runs under a :class:`Watch`:

* **stall**: the reply must begin within ``stall`` seconds, and afterwards at least
  :data:`STALL_MIN_BYTES` must arrive in every ``stall`` seconds (about 50 bytes a
  second with the defaults; anything slower is not a working connection);
* **deadline**: an optional :class:`Deadline` shared by many requests (a whole sync)
  ends whatever is running when it passes.

The reading thread checks both between chunks; a :class:`Watchdog` thread (one per
client, started on demand, gone after a short idle spell) shuts the sockets of an
attempt whose time is up, so even a read blocked on a trickle wakes at once, exactly
as :meth:`HttpClient.abort` wakes a cancelled one. The caller then raises the watch's
:meth:`Watch.error` instead of whatever the shut socket caused.

The defaults, and why:

* :data:`DEFAULT_CONNECT_TIMEOUT` 10 s: a TCP and TLS handshake takes well under a
  second on a working line; 10 s still covers a satellite or weak mobile link that
  loses the first SYN (retransmitted after 1 s and 3 s);
* :data:`DEFAULT_STALL_TIMEOUT` 20 s: GitHub's archive and Hugging Face's API start
  answering within a few seconds; a reply that has not begun, or has delivered less
  than 1 KB, in 20 s has stalled, and waiting longer only delays the fallback;
* :data:`DEFAULT_DEADLINE` 15 minutes for a whole sync: a first sync moves about
  20 MB (the ~11 MB archive, the file list, a week of Hugging Face days and 40
  thumbnails), which takes 10 minutes at 256 kbit/s; 15 minutes leave room for that on
  a slow line, while a normal sync takes seconds. A sync that hits it keeps what it
  stored and the next one continues.

No Qt and no HTTP library here: the command line reads these defaults cheaply.
"""

from __future__ import annotations

import logging
import math
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from reader.config import BY_NAME
from reader.neterrors import (
    DeadlineExceeded,
    NetError,
    NetStalled,
    NetTimeout,
    format_seconds,
    format_size,
    host_of,
    path_of,
)
from reader.sentence import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT = 10.0
# the settings' defaults (reader.config: sync_stall_seconds, sync_deadline_minutes)
DEFAULT_STALL_TIMEOUT = float(BY_NAME["sync_stall_seconds"].default)
DEFAULT_DEADLINE = 60.0 * BY_NAME["sync_deadline_minutes"].default
STALL_MIN_BYTES = 1024  # per stall window, or the download counts as stalled
LINGER = 2.0  # seconds an idle watchdog thread waits for the next request before it ends

Clock = Callable[[], float]
_current = threading.local()  # the watch of the request this thread is making


def current_watch() -> Watch | None:
    """The watch of the attempt running on this thread (for the connection to join)."""
    return getattr(_current, "watch", None)


def shut(conn: Any) -> None:
    """Shut a connection's socket so a read blocked on it returns at once."""
    sock = getattr(conn, "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed
            pass


class Deadline:
    """An overall time budget for many requests: ``Deadline(900)`` ends 15 minutes from now."""

    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        self.seconds = seconds
        self.at = clock() + seconds
        self._clock = clock

    def remaining(self) -> float:
        return self.at - self._clock()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def check(self, url: str | None = None) -> None:
        """Raise :class:`DeadlineExceeded` once the budget is spent."""
        if self.expired():
            raise DeadlineExceeded(self.seconds, url)


class Watch:
    """One attempt under watch: its stall window, its deadline and its connections.

    The reading thread reports :meth:`began` (a request went out), :meth:`answered`
    (headers arrived) and :meth:`received` (body bytes); the watchdog calls
    :meth:`expire`. ``reason`` is None, ``"stall"`` or ``"deadline"``.
    """

    def __init__(self, stall: float, deadline: Deadline | None, clock: Clock) -> None:
        self.stall = stall
        self.deadline = deadline
        self._clock = clock
        self._lock = threading.Lock()
        self._conns: list[Any] = []
        self.url = ""
        self.mark = clock()  # the last progress
        self.pending = 0  # bytes since the mark, not yet enough to count
        self.replied = False
        self.reason: str | None = None

    def began(self, url: str) -> None:
        with self._lock:
            self.url, self.mark, self.pending, self.replied = url, self._clock(), 0, False

    def answered(self) -> None:
        with self._lock:
            self.mark, self.pending, self.replied = self._clock(), 0, True

    def received(self, count: int) -> None:
        with self._lock:
            self.pending += count
            if self.pending >= STALL_MIN_BYTES:
                self.mark, self.pending = self._clock(), 0

    def due(self) -> float:
        """When this attempt's time is up, unless progress comes first."""
        at = self.mark + self.stall
        return min(at, self.deadline.at) if self.deadline is not None else at

    def attach(self, conn: Any) -> None:
        """A connection this attempt uses; shut at once if the attempt is already over."""
        with self._lock:
            self._conns.append(conn)
            over = self.reason is not None
        if over:
            shut(conn)

    def expire(self, now: float) -> bool:
        """Mark the attempt over and shut its sockets when it is due; True if it was."""
        with self._lock:
            if self.reason is not None or now < self.due():
                return False
            expired_deadline = self.deadline is not None and now >= self.deadline.at
            self.reason = "deadline" if expired_deadline else "stall"
            conns = list(self._conns)
        log.info("%s: %s", self.url and host_of(self.url), self.error())
        for conn in conns:
            shut(conn)
        return True

    def check(self) -> None:
        """Raise :meth:`error` when the attempt is over (called between chunks)."""
        if self.reason is None and self._clock() >= self.due():
            with self._lock:
                if self.reason is None:
                    over = self.deadline is not None and self._clock() >= self.deadline.at
                    self.reason = "deadline" if over else "stall"
        if self.reason is not None:
            raise self.error()

    def error(self) -> NetError:
        """The sentence for how this attempt ran out of time."""
        url = self.url or None
        if self.reason == "deadline" and self.deadline is not None:
            return DeadlineExceeded(self.deadline.seconds, url)
        seconds = format_seconds(self.stall)
        if not self.replied:
            text = QT_TRANSLATE_NOOP("NetError", "%1 did not answer within %2.")
            return NetTimeout(text.arg(host_of(url), seconds), url=url)
        where = f"{host_of(url)}{path_of(url)}" if url else host_of(url)
        text = QT_TRANSLATE_NOOP(
            "NetError", "The download from %1 stalled: less than %2 arrived in %3."
        )
        return NetStalled(text.arg(where, format_size(STALL_MIN_BYTES), seconds), url=url)


class Watchdog:
    """Shuts the sockets of attempts whose time is up; one thread, only while needed."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._cond = threading.Condition()
        self._watches: set[Watch] = set()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watch(self, stall: float, deadline: Deadline | None) -> Iterator[Watch]:
        """Run one attempt under a :class:`Watch` (current on this thread meanwhile)."""
        watch = Watch(stall, deadline, self._clock)
        with self._cond:
            self._watches.add(watch)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify_all()
        previous = current_watch()
        _current.watch = watch
        try:
            yield watch
        finally:
            _current.watch = previous
            with self._cond:
                self._watches.discard(watch)
                self._cond.notify_all()

    def _run(self) -> None:
        with self._cond:
            idle_since: float | None = None
            while True:
                now = self._clock()
                if not self._watches:
                    if idle_since is not None and now - idle_since >= LINGER:
                        self._thread = None
                        return
                    idle_since = idle_since if idle_since is not None else now
                    self._cond.wait(LINGER)
                    continue
                idle_since = None
                next_due = math.inf
                for watch in list(self._watches):
                    if watch.reason is None and not watch.expire(now):
                        next_due = min(next_due, watch.due())
                self._cond.wait(min(max(next_due - now, 0.01), 1.0))
