"""One HTTP client for the whole app: timeouts, deadlines, retries, rate limits, ETags, tokens.

Every download (GitHub API, raw files, the Hugging Face API, thumbnails) goes
through :class:`HttpClient` so that the rules live in one place:

* a connect timeout, a stall timeout and an optional overall :class:`Deadline` on every
  request (see :mod:`reader.netwatch`), so neither a dead server nor one that trickles
  a byte at a time can hold a worker;
* retries with exponential backoff for failures that are likely to pass (connection
  errors, cut-off bodies, 5xx; a timeout or stall only once, since each already
  waited), none for 4xx, which will not change; a listener hears each retry as a
  :class:`RetryNotice` while it waits, so users see it happen;
* rate limits are reported at once as :class:`RateLimited` with the reset time, never
  slept through, because the reset can be an hour away and the user should know;
* bodies are streamed so that a size cap, the cancel check and the watch apply between chunks;
* a bearer token is sent only to the exact host it was configured for, and on a
  redirect (followed by requests) each hop decides afresh; nothing that leaves the
  client (messages, logs) contains a token or a secret-looking query.

The session, its sockets and the mapping of requests' errors live in
:mod:`reader.net_transport`; the deadlines and the stall watch in :mod:`reader.netwatch`;
the errors and their sentences in :mod:`reader.neterrors`.

Every failure is a :class:`NetError` (see :mod:`reader.neterrors`) whose ``str()`` is
one sentence for the user. No Qt here: the client is used from the CLI and from UI
worker threads alike.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Any

import requests
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection

from reader import urls
from reader.net_transport import (
    DEFAULT_USER_AGENT,
    MAX_REDIRECTS,
    Transport,
    chunks,
    translate,
    truncated,
    wire_bytes,
)
from reader.neterrors import (
    BadResponse,
    Cancelled,
    DeadlineExceeded,
    HttpError,
    NetConnectionError,
    NetError,
    NetStalled,
    NetTimeout,
    RateLimited,
    ResponseTooLarge,
    RetryNotice,
    TruncatedResponse,
    format_size,
    host_of,
    path_of,
    rate_limit_of,
    safe_url,
)
from reader.netwatch import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_DEADLINE,
    DEFAULT_STALL_TIMEOUT,
    STALL_MIN_BYTES,
    Deadline,
    Watch,
    Watchdog,
    shut,
)
from reader.sentence import QT_TRANSLATE_NOOP, Template

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_DEADLINE",
    "DEFAULT_STALL_TIMEOUT",
    "DEFAULT_USER_AGENT",
    "MAX_REDIRECTS",
    "STALL_MIN_BYTES",
    "BadResponse",
    "BoundClient",
    "Cancelled",
    "Deadline",
    "DeadlineExceeded",
    "HttpClient",
    "HttpError",
    "NetConnectionError",
    "NetError",
    "NetStalled",
    "NetTimeout",
    "RateLimited",
    "Response",
    "ResponseTooLarge",
    "RetryListener",
    "RetryNotice",
    "TruncatedResponse",
    "json_body",
    "safe_url",
]

logger = logging.getLogger(__name__)

_SLEEP_SLICE = 0.1

Cancel = Callable[[], bool]
# Hears a RetryNotice before each backoff pause, and None when the pause is over.
RetryListener = Callable[[RetryNotice | None], None]
# --------------------------------------------------------------------------- response


@dataclass(frozen=True)
class Response:
    """A finished download. ``status == 304`` means not modified and ``content`` is empty."""

    url: str
    status: int
    content: bytes = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    etag: str | None

    @property
    def not_modified(self) -> bool:
        """True when the server confirmed the ETag we sent (HTTP 304)."""
        return self.status == 304

    def json(self) -> Any:
        """Parse the body as JSON; :class:`BadResponse` rather than a bare ValueError."""
        return json_body(self.content, self.url)


NOT_JSON = QT_TRANSLATE_NOOP("NetError", "The reply from %1%2 is not valid JSON.")


def json_body(content: bytes, url: str, not_json: Template = NOT_JSON) -> Any:
    """*content* (a reply from *url*, or its cached copy) as JSON; else :class:`BadResponse`.

    *not_json* says so, with ``%1`` the host and ``%2`` the path. Too deep a nesting is
    not JSON either (``RecursionError``).
    """
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        raise BadResponse(not_json.arg(host_of(url), path_of(url)), url=url) from None


# --------------------------------------------------------------------------- client


class HttpClient:
    """The app's one ``requests.Session``; safe to share between worker threads.

    ``tokens`` maps a netloc exactly as it appears in URLs (``"api.github.com"``,
    ``"127.0.0.1:8765"``) to a bearer token. A token goes only to that netloc, and only
    over https or to a loopback address, so it cannot leak in clear text or to a
    redirect target. ``stall_timeout`` bounds both silence and a trickle (see
    :mod:`reader.netwatch`); ``read_timeout`` is its former name. ``sleep`` is
    injectable so tests can record backoff delays.
    """

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        stall_timeout: float = DEFAULT_STALL_TIMEOUT,
        read_timeout: float | None = None,
        retries: int = 3,
        backoff: float = 0.5,
        max_bytes: int = 64 * 1024 * 1024,
        tokens: Mapping[str, str] | None = None,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self._connect_timeout = connect_timeout
        self._stall = read_timeout if read_timeout is not None else stall_timeout
        self._retries = max(0, retries)
        self._backoff = backoff
        self._max_bytes = max_bytes
        self._sleep = sleep
        self._tokens: dict[str, str] = {}
        for netloc, token in (tokens or {}).items():
            self.set_token(netloc, token)
        self._aborted = threading.Event()
        self._watchdog = Watchdog()
        self._sockets: weakref.WeakSet[HTTPConnection] = weakref.WeakSet()
        self._session = Transport(self._token_for, self._sockets, user_agent)

    @property
    def stall_timeout(self) -> float:
        return self._stall

    # -- configuration

    def set_token(self, netloc: str, token: str | None) -> None:
        """Set or (with None/empty) remove the token for one netloc, e.g. after settings change."""
        key = netloc.lower()
        if token:
            self._tokens[key] = token
        else:
            self._tokens.pop(key, None)

    def bound(
        self, deadline: Deadline | None = None, on_retry: RetryListener | None = None
    ) -> BoundClient:
        """A view whose requests share *deadline* and tell *on_retry* (one sync run)."""
        return BoundClient(self, deadline, on_retry)

    # -- requests

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        params: Mapping[str, Any] | None = None,
        cancel: Cancel | None = None,
        retries: int | None = None,
        deadline: Deadline | float | None = None,
        on_retry: RetryListener | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Download ``url`` (following redirects) with retries; raise a NetError on failure.

        With ``etag`` the request is conditional and a 304 answer comes back as a
        Response with ``status == 304`` and empty content. ``retries`` overrides the
        client's count for this call; ``deadline`` (a shared :class:`Deadline`, or
        seconds from now) bounds every attempt and pause; ``on_retry`` hears each retry.
        ``headers`` are sent as well (e.g. ``Range`` for a resumed PDF download).
        """
        url = _with_params(url, params)
        if isinstance(deadline, int | float):
            deadline = Deadline(float(deadline))
        limit = self._retries if retries is None else max(0, retries)
        attempt = 0
        while True:
            self._check_stop(cancel, url)
            if deadline is not None:
                deadline.check(url)
            try:
                return self._attempt(url, etag, cancel, deadline, headers)
            except NetError as error:
                self._check_stop(cancel, url)  # an aborted read is a cancel, not a fault
                # A silent or stalled server already cost a whole stall window: try once more.
                allowed = min(limit, 1) if isinstance(error, NetTimeout) else limit
                if not error.retryable or attempt >= allowed:
                    raise
                delay = self._backoff * 2**attempt
                if deadline is not None and delay >= deadline.remaining():
                    raise  # no time for another attempt: the real reason is more useful
                notice = RetryNotice(error, delay, attempt + 2, allowed + 1)
                logger.info("%s", notice)
            if on_retry is not None:
                on_retry(notice)
            self._pause(delay, cancel, url)
            if on_retry is not None:
                on_retry(None)
            attempt += 1

    def get_json(self, url: str, **kw: Any) -> Any:
        """Download and parse JSON; None when an ``etag`` was passed and nothing changed."""
        response = self.get(url, **kw)
        if response.not_modified:
            return None
        return response.json()

    def abort(self) -> None:
        """Stop this client's downloads now, from any thread; later requests raise Cancelled.

        A server that accepted a connection and went quiet would otherwise hold the
        worker until the stall timeout: shutting the socket wakes the blocked read.
        """
        self._aborted.set()
        for conn in list(self._sockets):
            shut(conn)

    def _check_stop(self, cancel: Cancel | None, url: str) -> None:
        if self._aborted.is_set():
            raise Cancelled(url)
        _check_cancel(cancel, url)

    def close(self) -> None:
        """Close pooled connections."""
        self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals

    def _attempt(
        self,
        url: str,
        etag: str | None,
        cancel: Cancel | None,
        deadline: Deadline | None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """One attempt under a watch; a failure the watch caused is told as the watch's."""
        with self._watchdog.watch(self._stall, deadline) as watch:
            try:
                return self._fetch(url, etag, cancel, watch, headers)
            except NetError as error:
                if self._aborted.is_set():
                    raise Cancelled(url) from None
                if watch.reason is None and deadline is not None and deadline.expired():
                    watch.reason = "deadline"  # e.g. a connect timeout cut short by it
                elif watch.reason is None and watch.replied and isinstance(error, NetTimeout):
                    watch.reason = "stall"  # the socket's timeout beat the watchdog to it
                if watch.reason is not None:
                    raise watch.error() from None
                raise

    def _fetch(
        self,
        url: str,
        etag: str | None,
        cancel: Cancel | None,
        watch: Watch,
        extra: Mapping[str, str] | None = None,
    ) -> Response:
        """GET *url*, redirects followed by the transport, then read the final reply."""
        raw = self._open(url, etag, watch, extra)
        try:
            return self._finish(raw, raw.url or url, etag, cancel, watch)
        finally:
            raw.close()

    def _open(
        self, url: str, etag: str | None, watch: Watch, extra: Mapping[str, str] | None = None
    ) -> requests.Response:
        """Send the GET without reading the body; translate requests' exceptions."""
        headers: dict[str, str] = dict(extra or {})
        if etag:
            headers["If-None-Match"] = etag
        connect = self._connect_timeout
        if watch.deadline is not None:
            connect = max(0.001, min(connect, watch.deadline.remaining()))
        try:
            raw = self._session.open(url, headers, (connect, self._stall))
        except requests.RequestException as exc:
            error = translate(exc, url, self._connect_timeout, self._stall)
        else:
            logger.debug("GET %s -> %s", safe_url(url), raw.status_code)
            return raw
        raise error  # outside the except block so no requests exception is chained

    def _finish(
        self,
        raw: requests.Response,
        url: str,
        etag: str | None,
        cancel: Cancel | None,
        watch: Watch,
    ) -> Response:
        """Check the status, then stream the body under the size cap, cancel check and watch."""
        status = raw.status_code
        headers = MappingProxyType(CaseInsensitiveDict(raw.headers))
        if status == 304:
            return Response(url, 304, b"", headers, headers.get("ETag") or etag)
        limited = rate_limit_of(status, headers, url)
        if limited is not None:
            raise limited
        if not 200 <= status < 300:
            raise HttpError(status, url)
        expected = _int_or_none(headers.get("Content-Length"))
        if expected is not None and expected > self._max_bytes:
            raise self._too_large(url)
        body = bytearray()
        error: NetError | None = None
        try:
            for chunk in chunks(raw):
                watch.received(len(chunk))
                watch.check()
                _check_cancel(cancel, url)
                body += chunk
                if len(body) > self._max_bytes:
                    raise self._too_large(url)
        except requests.RequestException as exc:
            error = translate(
                exc, url, self._connect_timeout, self._stall, raw=raw, expected=expected
            )
        if error is not None:
            raise error
        received = wire_bytes(raw, len(body))
        if expected is not None and received < expected:
            raise truncated(url, received, expected)
        return Response(url, status, bytes(body), headers, headers.get("ETag"))

    def _too_large(self, url: str) -> ResponseTooLarge:
        limit = format_size(self._max_bytes)
        return ResponseTooLarge(
            QT_TRANSLATE_NOOP("NetError", "The reply from %1%2 is larger than the %3 limit.").arg(
                host_of(url), path_of(url), limit
            ),
            url=url,
        )

    def _token_for(self, url: str) -> str | None:
        """The token configured for exactly this netloc, if the transport is safe for it."""
        token = self._tokens.get(urls.netloc(url))
        return token if token and urls.may_carry_token(url) else None

    def _pause(self, seconds: float, cancel: Cancel | None, url: str) -> None:
        """Back off; with a cancel callback, sleep in short slices so cancel wins quickly."""
        if cancel is None:
            self._sleep(seconds)
            self._check_stop(cancel, url)
            return
        remaining = seconds
        while remaining > 0:
            self._check_stop(cancel, url)
            step = min(_SLEEP_SLICE, remaining)
            self._sleep(step)
            remaining -= step
        self._check_stop(cancel, url)


class BoundClient:
    """An :class:`HttpClient` seen by one run: every request shares its deadline and
    retry listener. ``client`` is the underlying client (abort it to stop the run)."""

    def __init__(
        self, client: HttpClient, deadline: Deadline | None, on_retry: RetryListener | None
    ) -> None:
        self.client = client
        self.deadline = deadline
        self.on_retry = on_retry

    def get(self, url: str, **kw: Any) -> Response:
        kw.setdefault("deadline", self.deadline)
        kw.setdefault("on_retry", self.on_retry)
        return self.client.get(url, **kw)

    def get_json(self, url: str, **kw: Any) -> Any:
        response = self.get(url, **kw)
        return None if response.not_modified else response.json()

    def expired(self) -> bool:
        """Whether the run's deadline has passed."""
        return self.deadline is not None and self.deadline.expired()


# --------------------------------------------------------------------------- helpers


def _with_params(url: str, params: Mapping[str, Any] | None) -> str:
    """Fold ``params`` into the URL once, so redirects, tokens and messages all see it."""
    if not params:
        return url
    try:
        prepared = requests.Request("GET", url, params=dict(params)).prepare()
    except (requests.RequestException, ValueError):
        text = QT_TRANSLATE_NOOP("NetError", "%1 is not a valid web address.")
        raise NetError(text.arg(safe_url(url)), url=url) from None
    return prepared.url or url


def _check_cancel(cancel: Cancel | None, url: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled(url)


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
