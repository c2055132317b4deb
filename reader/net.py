"""One HTTP client for the whole app: timeouts, retries, rate limits, ETags, tokens.

Every download (GitHub API, raw files, the Hugging Face API, thumbnails) goes
through :class:`HttpClient` so that the rules live in one place:

* a connect and a read timeout on every request, so a dead server never hangs a worker;
* retries with exponential backoff for failures that are likely to pass (connection
  errors, timeouts, cut-off bodies, 5xx), none for 4xx, which will not change;
* rate limits are reported at once as :class:`RateLimited` with the reset time, never
  slept through, because the reset can be an hour away and the user should know;
* bodies are streamed so that a size cap and a cancel check apply between chunks;
* a bearer token is sent only to the exact host it was configured for, redirects are
  followed here (not by requests) so that each hop decides afresh, and nothing that
  leaves this module (messages, logs) contains a token or a secret-looking query.

Every failure is a :class:`NetError` whose ``str()`` is one sentence for the user.
No Qt here: the client is used from the CLI and from UI worker threads alike.
"""

from __future__ import annotations

import email.utils
import http
import json
import logging
import re
import socket
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType, TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ReadTimeoutError

from reader import __version__

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = (
    f"DailyPapersReader/{__version__} (+https://github.com/) requests/{requests.__version__}"
)
MAX_REDIRECTS = 10
CHUNK_SIZE = 64 * 1024
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Query parameters whose values must never reach a message or a log line.
_SECRET_WORDS = ("token", "key", "secret", "password", "auth", "sig")
_SLEEP_SLICE = 0.1

Cancel = Callable[[], bool]
_QUERY_RE = re.compile(r"\?[^\s\"'<>]*")


class _RedactQueryFilter(logging.Filter):
    """urllib3 logs every request line with its query; hide queries that look secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _QUERY_RE.sub(_redact_query, message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def _redact_query(match: re.Match[str]) -> str:
    query = match.group(0)
    return "?[redacted]" if any(w in query.lower() for w in _SECRET_WORDS) else query


logging.getLogger("urllib3.connectionpool").addFilter(_RedactQueryFilter())


# --------------------------------------------------------------------------- errors


class NetError(Exception):
    """Base of every network failure; ``str()`` is one sentence fit for the user.

    ``url`` is already made safe for display (no user info, no secret query).
    ``retryable`` says whether trying again soon could succeed.
    """

    retryable = False

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = safe_url(url) if url else None


class HttpError(NetError):
    """The server answered with an error status that is not a rate limit."""

    def __init__(self, status: int, url: str) -> None:
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = "error"
        super().__init__(f"{_host(url)} answered {status} {phrase} for {_path(url)}.", url=url)
        self.status = status
        self.retryable = status >= 500


class NetTimeout(NetError):
    """The server did not answer within the connect or read timeout."""

    retryable = True


class NetConnectionError(NetError):
    """No connection could be made (DNS, refused, reset, TLS)."""

    retryable = True


class RateLimited(NetError):
    """The server asked us to stop for a while; ``reset_at`` (UTC) is when, if known."""

    def __init__(self, reset_at: datetime | None, *, url: str | None = None) -> None:
        host = _host(url) if url else "the server"
        when = f"after {_format_reset(reset_at)}" if reset_at else "later"
        super().__init__(f"Rate limited by {host}; try again {when}.", url=url)
        self.reset_at = reset_at


class ResponseTooLarge(NetError):
    """The body is larger than the client's ``max_bytes`` cap."""


class TruncatedResponse(NetError):
    """The connection closed before the whole body arrived."""

    retryable = True


class BadResponse(NetError):
    """The answer arrived but cannot be used (invalid JSON, odd redirect)."""


class Cancelled(NetError):
    """The caller's ``cancel()`` returned true; raised between chunks or retries."""

    def __init__(self, url: str | None = None) -> None:
        super().__init__("The download was cancelled.", url=url)


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
        try:
            return json.loads(self.content)
        except ValueError:
            raise BadResponse(
                f"The reply from {_host(self.url)}{_path(self.url)} is not valid JSON.",
                url=self.url,
            ) from None


# --------------------------------------------------------------------------- client


class HttpClient:
    """The app's one ``requests.Session``; safe to share between worker threads.

    ``tokens`` maps a netloc exactly as it appears in URLs (``"api.github.com"``,
    ``"127.0.0.1:8765"``) to a bearer token. A token goes only to that netloc, and only
    over https or to a loopback address, so it cannot leak in clear text or to a
    redirect target. ``sleep`` is injectable so tests can record backoff delays.
    """

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_bytes: int = 64 * 1024 * 1024,
        tokens: Mapping[str, str] | None = None,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self._timeout = (connect_timeout, read_timeout)
        self._retries = max(0, retries)
        self._backoff = backoff
        self._max_bytes = max_bytes
        self._sleep = sleep
        self._tokens: dict[str, str] = {}
        for netloc, token in (tokens or {}).items():
            self.set_token(netloc, token)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = user_agent or DEFAULT_USER_AGENT
        self._aborted = threading.Event()
        self._sockets: weakref.WeakSet[HTTPConnection] = weakref.WeakSet()
        adapter = _TrackingAdapter(self._sockets, pool_connections=4, pool_maxsize=8, max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    # -- configuration

    def set_token(self, netloc: str, token: str | None) -> None:
        """Set or (with None/empty) remove the token for one netloc, e.g. after settings change."""
        key = netloc.lower()
        if token:
            self._tokens[key] = token
        else:
            self._tokens.pop(key, None)

    # -- requests

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        params: Mapping[str, Any] | None = None,
        cancel: Cancel | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Download ``url`` (following redirects) with retries; raise a NetError on failure.

        With ``etag`` the request is conditional and a 304 answer comes back as a
        Response with ``status == 304`` and empty content. ``headers`` are sent as
        well (e.g. ``Range`` for a resumed PDF download).
        """
        url = _with_params(url, params)
        attempt = 0
        while True:
            self._check_stop(cancel, url)
            try:
                return self._fetch(url, etag, cancel, headers)
            except NetError as error:
                self._check_stop(cancel, url)  # an aborted read is a cancel, not a fault
                if not error.retryable or attempt >= self._retries:
                    raise
                delay = self._backoff * 2**attempt
                logger.info("%s Retrying in %.1f s.", error, delay)
            self._pause(delay, cancel, url)
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
        worker until the read timeout: shutting the socket wakes the blocked read.
        """
        self._aborted.set()
        for conn in list(self._sockets):
            sock = getattr(conn, "sock", None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:  # already closed
                    pass

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

    def _fetch(
        self,
        url: str,
        etag: str | None,
        cancel: Cancel | None,
        extra: Mapping[str, str] | None = None,
    ) -> Response:
        """One attempt: follow redirects by hand so each hop gets only its own token."""
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            raw = self._open(current, etag, extra)
            try:
                location = raw.headers.get("Location")
                if raw.status_code in _REDIRECT_STATUSES and location:
                    target = urljoin(current, location)
                    if urlsplit(target).scheme not in ("http", "https"):
                        raise BadResponse(
                            f"{_host(current)} redirected to an address that is not a web page.",
                            url=current,
                        )
                    logger.debug("%s redirected to %s", safe_url(current), safe_url(target))
                    current = target
                    continue
                return self._finish(raw, current, etag, cancel)
            finally:
                raw.close()
        raise BadResponse(f"{_host(url)} redirected too many times.", url=url)

    def _open(
        self, url: str, etag: str | None, extra: Mapping[str, str] | None = None
    ) -> requests.Response:
        """Send one GET without reading the body; translate requests' exceptions."""
        headers: dict[str, str] = dict(extra or {})
        token = self._token_for(url)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if etag:
            headers["If-None-Match"] = etag
        try:
            raw = self._session.get(
                url,
                headers=headers,
                stream=True,
                allow_redirects=False,
                timeout=self._timeout,
            )
        except requests.RequestException as exc:
            error = self._translate(exc, url)
        else:
            logger.debug("GET %s -> %s", safe_url(url), raw.status_code)
            return raw
        raise error  # outside the except block so no requests exception is chained

    def _finish(
        self, raw: requests.Response, url: str, etag: str | None, cancel: Cancel | None
    ) -> Response:
        """Check the status, then stream the body under the size cap and cancel check."""
        status = raw.status_code
        headers = MappingProxyType(CaseInsensitiveDict(raw.headers))
        if status == 304:
            return Response(url, 304, b"", headers, headers.get("ETag") or etag)
        limited = _rate_limit(status, headers, url)
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
            for chunk in raw.iter_content(CHUNK_SIZE):
                _check_cancel(cancel, url)
                body += chunk
                if len(body) > self._max_bytes:
                    raise self._too_large(url)
        except requests.RequestException as exc:
            error = self._translate(exc, url, raw=raw, expected=expected)
        if error is not None:
            raise error
        received = _wire_bytes(raw, len(body))
        if expected is not None and received < expected:
            raise _truncated(url, received, expected)
        return Response(url, status, bytes(body), headers, headers.get("ETag"))

    def _translate(
        self,
        exc: requests.RequestException,
        url: str,
        *,
        raw: requests.Response | None = None,
        expected: int | None = None,
    ) -> NetError:
        """Map a requests exception to a NetError whose text names only the safe URL."""
        host = _host(url)
        logger.debug("%s for %s", type(exc).__name__, safe_url(url))
        if isinstance(exc, requests.Timeout) or _caused_by_read_timeout(exc):
            connecting = isinstance(exc, requests.ConnectTimeout)
            seconds = self._timeout[0] if connecting else self._timeout[1]
            return NetTimeout(f"{host} did not answer within {seconds:g} seconds.", url=url)
        if isinstance(exc, requests.exceptions.ChunkedEncodingError):
            received = _wire_bytes(raw, 0) if raw is not None else 0
            return _truncated(url, received, expected)
        if isinstance(exc, requests.exceptions.ContentDecodingError):
            return BadResponse(f"The reply from {host} could not be decompressed.", url=url)
        if isinstance(exc, requests.exceptions.SSLError):
            error = NetConnectionError(f"Could not make a secure connection to {host}.", url=url)
            error.retryable = False  # a certificate problem does not fix itself in a second
            return error
        if isinstance(exc, requests.ConnectionError):
            return NetConnectionError(
                f"Could not connect to {host}; check the network connection.", url=url
            )
        if isinstance(exc, ValueError):  # InvalidURL, MissingSchema, InvalidSchema...
            return NetError(f"{safe_url(url)} is not a valid web address.", url=url)
        return NetConnectionError(f"The request to {host} failed.", url=url)

    def _too_large(self, url: str) -> ResponseTooLarge:
        limit = _format_size(self._max_bytes)
        return ResponseTooLarge(
            f"The reply from {_host(url)}{_path(url)} is larger than the {limit} limit.",
            url=url,
        )

    def _token_for(self, url: str) -> str | None:
        """The token configured for exactly this netloc, if the transport is safe for it."""
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2].lower()
        token = self._tokens.get(netloc)
        if token and (parts.scheme == "https" or parts.hostname in _LOOPBACK_HOSTS):
            return token
        return None

    def _pause(self, seconds: float, cancel: Cancel | None, url: str) -> None:
        """Back off; with a cancel callback, sleep in short slices so cancel wins quickly."""
        if cancel is None:
            self._sleep(seconds)
            return
        remaining = seconds
        while remaining > 0:
            _check_cancel(cancel, url)
            step = min(_SLEEP_SLICE, remaining)
            self._sleep(step)
            remaining -= step
        _check_cancel(cancel, url)


# --------------------------------------------------------------------------- helpers


class _TrackingAdapter(HTTPAdapter):
    """An adapter whose connections register themselves, so :meth:`HttpClient.abort` finds them."""

    def __init__(self, registry: weakref.WeakSet[HTTPConnection], **kw: Any) -> None:
        self._registry = registry
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        super().init_poolmanager(*args, **kw)
        registry = self._registry

        class Tracked(HTTPConnection):
            def connect(self) -> None:
                super().connect()
                registry.add(self)

        class TrackedTLS(HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                registry.add(self)

        plain = type("TrackedPool", (HTTPConnectionPool,), {"ConnectionCls": Tracked})
        tls = type("TrackedTLSPool", (HTTPSConnectionPool,), {"ConnectionCls": TrackedTLS})
        self.poolmanager.pool_classes_by_scheme = {"http": plain, "https": tls}


def safe_url(url: str) -> str:
    """``url`` without user info, and without its query if the query looks secret."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(invalid address)"
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if any(word in query.lower() for word in _SECRET_WORDS):
        query = ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _host(url: str | None) -> str:
    if not url:
        return "the server"
    try:
        netloc = urlsplit(url).netloc.rpartition("@")[2]
    except ValueError:
        netloc = ""
    return netloc or "the server"


def _path(url: str) -> str:
    """Path plus a safe query, for messages that already name the host."""
    parts = urlsplit(safe_url(url))
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _with_params(url: str, params: Mapping[str, Any] | None) -> str:
    """Fold ``params`` into the URL once, so redirects, tokens and messages all see it."""
    if not params:
        return url
    try:
        prepared = requests.Request("GET", url, params=dict(params)).prepare()
    except (requests.RequestException, ValueError):
        raise NetError(f"{safe_url(url)} is not a valid web address.", url=url) from None
    return prepared.url or url


def _check_cancel(cancel: Cancel | None, url: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled(url)


def _rate_limit(status: int, headers: Mapping[str, str], url: str) -> RateLimited | None:
    """Recognise GitHub- and HTTP-style rate limiting; plain 403 is not one."""
    remaining = (headers.get("X-RateLimit-Remaining") or "").strip()
    retry_after = headers.get("Retry-After")
    if status in (403, 429) and remaining == "0":
        reset = _parse_epoch(headers.get("X-RateLimit-Reset")) or _parse_retry_after(retry_after)
        return RateLimited(reset, url=url)
    if status in (403, 429, 503) and retry_after:
        return RateLimited(_parse_retry_after(retry_after), url=url)
    if status == 429:
        return RateLimited(None, url=url)
    return None


def _parse_epoch(value: str | None) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(float(value or "")), tz=UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _parse_retry_after(value: str | None) -> datetime | None:
    """Retry-After is either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return datetime.now(UTC) + timedelta(seconds=int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _format_reset(when: datetime) -> str:
    """'14:05 UTC' today, with the date when the reset is on another day."""
    when = when.astimezone(UTC)
    if when.date() == datetime.now(UTC).date():
        return when.strftime("%H:%M UTC")
    return when.strftime("%Y-%m-%d %H:%M UTC")


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _wire_bytes(raw: requests.Response, fallback: int) -> int:
    """Bytes read off the socket (compressed size), which is what Content-Length counts."""
    tell = getattr(raw.raw, "tell", None)
    try:
        return int(tell()) if tell else fallback
    except (TypeError, ValueError, OSError):
        return fallback


def _truncated(url: str, received: int, expected: int | None) -> TruncatedResponse:
    of = f" of {expected}" if expected is not None else ""
    return TruncatedResponse(
        f"The download from {_host(url)}{_path(url)} was cut off after {received}{of} bytes.",
        url=url,
    )


def _caused_by_read_timeout(exc: BaseException) -> bool:
    """requests wraps a read timeout during streaming in a plain ConnectionError."""
    return any(isinstance(arg, ReadTimeoutError) for arg in getattr(exc, "args", ()))


def _format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} KB"
    return f"{size} bytes"
