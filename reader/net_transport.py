"""The wire under :class:`reader.net.HttpClient`: a requests session, its sockets, its errors.

* :class:`Transport` is the ``requests.Session``: requests follows redirects (at most
  :data:`MAX_REDIRECTS`), and each hop gets only its own host's token
  (:meth:`Transport.rebuild_auth`, called by requests before every redirected
  request), never a token of the host it came from. A redirect to anything but an
  http(s) address is refused, and a redirect's body is never read.
* Its adapter registers every connection, so :meth:`HttpClient.abort` and the stall
  watch of the request that uses one (:mod:`reader.netwatch`) can shut it; each hop
  restarts the watch's clock.
* :func:`chunks` reads a body one socket read at a time, so the watch counts every
  byte of a trickle; :func:`translate` turns requests' exceptions into
  :class:`~reader.neterrors.NetError` sentences that name only the safe URL.

No Qt here.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urljoin

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError, SSLError

from reader import __version__, logsetup, urls
from reader.neterrors import (
    BadResponse,
    NetConnectionError,
    NetError,
    NetTimeout,
    TruncatedResponse,
    format_seconds,
    host_of,
    path_of,
    safe_url,
)
from reader.netwatch import current_watch
from reader.sentence import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = (
    f"DailyPapersReader/{__version__} (+https://github.com/) requests/{requests.__version__}"
)
MAX_REDIRECTS = 10
CHUNK_SIZE = 64 * 1024

# urllib3 logs every request line with its query: the app's one redaction filter hides
# tokens and secret-looking queries there too.
logging.getLogger("urllib3.connectionpool").addFilter(logsetup.RedactFilter())


class Transport(requests.Session):
    """The session: redirects by requests, a token per hop, sockets the watch can shut.

    *token_for* answers the token for a URL (None when none may go there).
    """

    def __init__(
        self,
        token_for: Callable[[str], str | None],
        sockets: weakref.WeakSet[HTTPConnection],
        user_agent: str | None = None,
    ) -> None:
        super().__init__()
        self._token_for = token_for
        self.max_redirects = MAX_REDIRECTS
        self.headers["User-Agent"] = user_agent or DEFAULT_USER_AGENT
        self.hooks["response"].append(_hop_answered)
        adapter = _TrackingAdapter(sockets, pool_connections=4, pool_maxsize=8, max_retries=0)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def open(
        self, url: str, headers: Mapping[str, str], timeout: tuple[float, float]
    ) -> requests.Response:
        """Send a GET and follow its redirects; the final reply's body is not read yet."""
        request_headers = dict(headers)
        token = self._token_for(url)
        if token:
            request_headers["Authorization"] = f"Bearer {token}"
        return self.get(url, headers=request_headers, stream=True, timeout=timeout)

    def rebuild_auth(self, prepared_request: Any, response: requests.Response) -> None:
        """Before a redirected request: drop the last hop's token, add this host's own."""
        prepared_request.headers.pop("Authorization", None)
        token = self._token_for(prepared_request.url or "")
        if token:
            prepared_request.headers["Authorization"] = f"Bearer {token}"


def _hop_answered(response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
    """Every reply, a redirect's too: the watch hears it; a redirect's body is not read."""
    watch = current_watch()
    if watch is not None:
        watch.answered()
    if response.is_redirect:
        here = response.url
        target = urljoin(here, response.headers.get("Location", ""))
        if not urls.is_http_url(target):
            response.close()
            raise BadResponse(
                QT_TRANSLATE_NOOP(
                    "NetError", "%1 redirected to an address that is not a web page."
                ).arg(host_of(here)),
                url=here,
            )
        logger.debug("%s redirected to %s", safe_url(here), safe_url(target))
        response.raw.close()  # requests then reads nothing: a hostile redirect body costs nothing
    return response


class _TrackingAdapter(HTTPAdapter):
    """An adapter whose connections register themselves: :meth:`HttpClient.abort` finds
    them all, and the watch of the attempt that uses one can shut it (see netwatch)."""

    def __init__(self, registry: weakref.WeakSet[HTTPConnection], **kw: Any) -> None:
        self._registry = registry
        super().__init__(**kw)

    def send(self, request: requests.PreparedRequest, *args: Any, **kw: Any) -> requests.Response:
        watch = current_watch()
        if watch is not None:
            watch.began(request.url or "")  # each hop has the whole stall window again
        return super().send(request, *args, **kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        super().init_poolmanager(*args, **kw)
        registry = self._registry

        class Tracked(HTTPConnection):
            def connect(self) -> None:
                super().connect()
                registry.add(self)
                _join_watch(self)

            def request(self, *args: Any, **kw: Any) -> None:
                _join_watch(self)  # a kept-alive connection is not connected again
                super().request(*args, **kw)

        class TrackedTLS(HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                registry.add(self)
                _join_watch(self)

            def request(self, *args: Any, **kw: Any) -> None:
                _join_watch(self)
                super().request(*args, **kw)

        plain = type("TrackedPool", (HTTPConnectionPool,), {"ConnectionCls": Tracked})
        tls = type("TrackedTLSPool", (HTTPSConnectionPool,), {"ConnectionCls": TrackedTLS})
        self.poolmanager.pool_classes_by_scheme = {"http": plain, "https": tls}


def _join_watch(conn: HTTPConnection) -> None:
    watch = current_watch()
    if watch is not None:
        watch.attach(conn)


def chunks(raw: requests.Response) -> Iterator[bytes]:
    """The body as it arrives, one socket read at a time, so the watch counts every byte.

    ``read1`` returns after a single read of the socket (a byte, if that is all a
    trickle sent), where ``iter_content`` would block until a whole chunk is in.
    urllib3's exceptions are mapped as ``iter_content`` maps them.
    """
    stream = raw.raw
    try:
        while True:
            chunk = stream.read1(CHUNK_SIZE, decode_content=True)
            if not chunk:
                return
            yield chunk
    except ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from exc
    except DecodeError as exc:
        raise requests.exceptions.ContentDecodingError(exc) from exc
    except ReadTimeoutError as exc:
        raise requests.ConnectionError(exc) from exc
    except SSLError as exc:
        raise requests.exceptions.SSLError(exc) from exc


def wire_bytes(raw: requests.Response, fallback: int) -> int:
    """Bytes read off the socket (compressed size), which is what Content-Length counts."""
    tell = getattr(raw.raw, "tell", None)
    try:
        return int(tell()) if tell else fallback
    except (TypeError, ValueError, OSError):
        return fallback


def truncated(url: str, received: int, expected: int | None) -> TruncatedResponse:
    if expected is not None:
        text = QT_TRANSLATE_NOOP(
            "NetError", "The download from %1%2 was cut off after %3 of %4 bytes."
        )
        return TruncatedResponse(text.arg(host_of(url), path_of(url), received, expected), url=url)
    text = QT_TRANSLATE_NOOP("NetError", "The download from %1%2 was cut off after %3 bytes.")
    return TruncatedResponse(text.arg(host_of(url), path_of(url), received), url=url)


def translate(
    exc: requests.RequestException,
    url: str,
    connect_timeout: float,
    stall_timeout: float,
    *,
    raw: requests.Response | None = None,
    expected: int | None = None,
) -> NetError:
    """Map a requests exception to a NetError whose text names only the safe URL."""
    host = host_of(url)
    logger.debug("%s for %s", type(exc).__name__, safe_url(url))
    if isinstance(exc, requests.TooManyRedirects):
        text = QT_TRANSLATE_NOOP("NetError", "%1 redirected too many times.")
        return BadResponse(text.arg(host), url=url)
    if isinstance(exc, requests.Timeout) or _caused_by_read_timeout(exc):
        connecting = isinstance(exc, requests.ConnectTimeout)
        seconds = connect_timeout if connecting else stall_timeout
        text = QT_TRANSLATE_NOOP("NetError", "%1 did not answer within %2.")
        return NetTimeout(text.arg(host, format_seconds(seconds)), url=url)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        received = wire_bytes(raw, 0) if raw is not None else 0
        return truncated(url, received, expected)
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        text = QT_TRANSLATE_NOOP("NetError", "The reply from %1 could not be decompressed.")
        return BadResponse(text.arg(host), url=url)
    if isinstance(exc, requests.exceptions.SSLError):
        text = QT_TRANSLATE_NOOP("NetError", "Could not make a secure connection to %1.")
        error = NetConnectionError(text.arg(host), url=url)
        error.retryable = False  # a certificate problem does not fix itself in a second
        return error
    if isinstance(exc, requests.ConnectionError):
        return NetConnectionError(
            QT_TRANSLATE_NOOP(
                "NetError", "Could not connect to %1; check the network connection."
            ).arg(host),
            url=url,
        )
    if isinstance(exc, ValueError):  # InvalidURL, MissingSchema, InvalidSchema...
        text = QT_TRANSLATE_NOOP("NetError", "%1 is not a valid web address.")
        return NetError(text.arg(safe_url(url)), url=url)
    text = QT_TRANSLATE_NOOP("NetError", "The request to %1 failed.")
    return NetConnectionError(text.arg(host), url=url)


def _caused_by_read_timeout(exc: BaseException) -> bool:
    """requests wraps a read timeout during streaming in a plain ConnectionError."""
    return any(isinstance(arg, ReadTimeoutError) for arg in getattr(exc, "args", ()))
