"""Checking a token with one authenticated request, for the settings dialog's Test button.

GitHub: ``GET {api_url}/rate_limit`` (any valid token raises the hourly limit from
60 to thousands; a bad one is refused with 401). Hugging Face: ``GET
{hf_url}/api/whoami-v2`` (answers the account name). The token goes only to that
one host, through :class:`reader.net.HttpClient`'s own rules (https or loopback),
and never appears in the result text or a log line. No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from reader.net import HttpClient, HttpError, NetError
from reader.sentence import QT_TRANSLATE_NOOP
from reader.urls import is_http_url, may_carry_token
from reader.urls import netloc as netloc_of

log = logging.getLogger(__name__)

UNAUTHENTICATED_LIMIT = 60  # GitHub's hourly limit without a token
CHECK_DEADLINE = 30.0  # seconds the Test button may take in all, however the server answers
_WORKS = QT_TRANSLATE_NOOP("TokenCheck", "The token works.")
_NO_TOKEN_SEEN = QT_TRANSLATE_NOOP("TokenCheck", "GitHub answered as if no token was sent.")


@dataclass(frozen=True, slots=True)
class TokenCheck:
    ok: bool
    message: str  # one sentence for the user (a reader.sentence.Sentence, for the window)


def check_url(name: str, base_url: str) -> str:
    """The address a token named *name* ("github" or "hf") is tested against."""
    base = base_url.strip().rstrip("/")
    if name == "github":
        return f"{base}/rate_limit"
    if name == "hf":
        return f"{base}/api/whoami-v2"
    raise ValueError(QT_TRANSLATE_NOOP("TokenCheck", "Unknown token name %1.").arg(repr(name)))


def check_token(name: str, token: str, base_url: str, **client_options: Any) -> TokenCheck:
    """Make one request to *base_url*'s service with *token*; never raises for network trouble."""
    token = token.strip()
    if not token:
        return TokenCheck(
            False, QT_TRANSLATE_NOOP("TokenCheck", "There is no token to test.").arg()
        )
    try:
        url = check_url(name, base_url)
    except ValueError as exc:
        return TokenCheck(False, str(exc))
    if not is_http_url(url):
        return TokenCheck(
            False,
            QT_TRANSLATE_NOOP("TokenCheck", "%1 is not an http or https address.").arg(
                repr(base_url)
            ),
        )
    netloc = netloc_of(url)
    if not may_carry_token(url):
        return TokenCheck(
            False,
            QT_TRANSLATE_NOOP("TokenCheck", "A token is only sent over https, and %1 is not.").arg(
                base_url
            ),
        )
    options = {"retries": 0, "connect_timeout": 5.0, "stall_timeout": 15.0, **client_options}
    with HttpClient(tokens={netloc: token}, **options) as client:
        try:
            data = client.get_json(url, deadline=CHECK_DEADLINE)
        except HttpError as exc:
            if exc.status in (401, 403):
                return TokenCheck(
                    False,
                    QT_TRANSLATE_NOOP("TokenCheck", "%1 refused the token (%2).").arg(
                        netloc, exc.status
                    ),
                )
            return TokenCheck(False, str(exc))
        except NetError as exc:
            return TokenCheck(False, str(exc))
        except ValueError:
            return TokenCheck(
                False, QT_TRANSLATE_NOOP("TokenCheck", "%1 did not answer with JSON.").arg(netloc)
            )
    result = _judge(name, data)
    log.info("the %s token test at %s: %s", name, netloc, "ok" if result.ok else "failed")
    return result


def _judge(name: str, data: object) -> TokenCheck:
    if name == "github":
        rate = data.get("rate") if isinstance(data, dict) else None
        limit = rate.get("limit") if isinstance(rate, dict) else None
        if isinstance(limit, int) and limit <= UNAUTHENTICATED_LIMIT:
            return TokenCheck(False, _NO_TOKEN_SEEN.arg())
        if isinstance(limit, int):
            return TokenCheck(
                True,
                QT_TRANSLATE_NOOP("TokenCheck", "The token works (%1 requests an hour).").arg(
                    f"{limit:,}"
                ),
            )
        return TokenCheck(True, _WORKS.arg())
    who = data.get("name") if isinstance(data, dict) else None
    if isinstance(who, str):
        return TokenCheck(
            True, QT_TRANSLATE_NOOP("TokenCheck", "The token works (signed in as %1).").arg(who)
        )
    return TokenCheck(True, _WORKS.arg())
