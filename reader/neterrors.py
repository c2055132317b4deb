"""The network layer's failures and the words they use: one sentence each, no secret.

Every failure of :mod:`reader.net` is a :class:`NetError` whose ``str()`` is one
sentence fit for the user; the URL in it (and in ``.url``) has no user info and no
secret-looking query. :class:`RetryNotice` is what a listener hears when a failed
attempt is about to be tried again; :func:`rate_limit_of` reads an answer's rate
limit. Light on purpose (no requests, no urllib3; ``email.utils``, which loads
sockets, and ``http`` only where an error needs them), so the command line and the
window can name the defaults and the errors without loading the HTTP stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from reader.logsetup import SECRET_WORDS as SECRET_WORDS  # the log's redaction owns them
from reader.sentence import QT_TRANSLATE_NOOP


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
        import http  # HTTPStatus, an enum of ~60 members: built for the first HTTP error

        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = "error"
        text = QT_TRANSLATE_NOOP("NetError", "%1 answered %2 %3 for %4.")
        super().__init__(text.arg(host_of(url), status, phrase, path_of(url)), url=url)
        self.status = status
        self.retryable = status >= 500


class NetTimeout(NetError):
    """The server did not answer within the connect or stall timeout."""

    retryable = True


class NetStalled(NetTimeout):
    """A reply began but then (almost) stopped: less than the stall minimum per window."""


class DeadlineExceeded(NetTimeout):
    """The caller's overall deadline passed; never retried, since no time is left."""

    retryable = False

    def __init__(self, seconds: float, url: str | None = None) -> None:
        text = QT_TRANSLATE_NOOP("NetError", "The deadline of %1 passed while waiting for %2.")
        super().__init__(text.arg(format_seconds(seconds), host_of(url)), url=url)
        self.seconds = seconds


class NetConnectionError(NetError):
    """No connection could be made (DNS, refused, reset, TLS)."""

    retryable = True


class RateLimited(NetError):
    """The server asked us to stop for a while; ``reset_at`` (UTC) is when, if known."""

    def __init__(self, reset_at: datetime | None, *, url: str | None = None) -> None:
        host = host_of(url)
        if reset_at:
            text = QT_TRANSLATE_NOOP("NetError", "Rate limited by %1; try again after %2.")
            message = text.arg(host, format_reset(reset_at))
        else:
            message = QT_TRANSLATE_NOOP("NetError", "Rate limited by %1; try again later.").arg(
                host
            )
        super().__init__(message, url=url)
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
        super().__init__(
            QT_TRANSLATE_NOOP("NetError", "The download was cancelled.").arg(), url=url
        )


@dataclass(frozen=True, slots=True)
class RetryNotice:
    """A failed attempt that will be tried again after ``delay`` seconds.

    ``attempt`` is the number of the attempt about to be made (2 for the first retry)
    and ``attempts`` how many there can be in all; ``str()`` is the line users see:
    ``api.github.com answered 503 Service Unavailable for /x. Retrying in 1 s (attempt 2 of 4).``
    """

    error: NetError
    delay: float
    attempt: int
    attempts: int

    def __str__(self) -> str:
        text = QT_TRANSLATE_NOOP("NetError", "%1 Retrying in %2 s (attempt %3 of %4).")
        return text.arg(str(self.error), f"{self.delay:g}", self.attempt, self.attempts)


# --------------------------------------------------------------------------- answers


def rate_limit_of(status: int, headers: Mapping[str, str], url: str) -> RateLimited | None:
    """The rate limit an answer announces (GitHub- or HTTP-style), if any; plain 403 is not one."""
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
    import email.utils  # sockets, the email package: only for a Retry-After date

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


# --------------------------------------------------------------------------- words


def safe_url(url: str) -> str:
    """``url`` without user info, and without its query if the query looks secret."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(invalid address)"
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if any(word in query.lower() for word in SECRET_WORDS):
        query = ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def host_of(url: str | None) -> str:
    """The host (and port) of *url* for a message; 'the server' when there is none."""
    if not url:
        return QT_TRANSLATE_NOOP("NetError", "the server").arg()
    try:
        netloc = urlsplit(url).netloc.rpartition("@")[2]
    except ValueError:
        netloc = ""
    return netloc or QT_TRANSLATE_NOOP("NetError", "the server").arg()


def path_of(url: str) -> str:
    """Path plus a safe query, for messages that already name the host."""
    parts = urlsplit(safe_url(url))
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def format_seconds(seconds: float) -> str:
    """``1 second``, ``0.3 seconds``, ``20 seconds``, ``2 minutes``, ``15 minutes``."""
    if seconds >= 120 and seconds % 60 == 0:
        return QT_TRANSLATE_NOOP("NetError", "%1 minutes").arg(int(seconds // 60))
    if seconds == 1:
        return QT_TRANSLATE_NOOP("NetError", "1 second").arg()
    return QT_TRANSLATE_NOOP("NetError", "%1 seconds").arg(f"{seconds:g}")


def format_reset(when: datetime) -> str:
    """'14:05 UTC' today, with the date when the reset is on another day."""
    when = when.astimezone(UTC)
    if when.date() == datetime.now(UTC).date():
        return when.strftime("%H:%M UTC")
    return when.strftime("%Y-%m-%d %H:%M UTC")


def format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} KB"
    return f"{size} bytes"
