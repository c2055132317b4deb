"""What counts as a web address the app may fetch, and where a token may go: said once.

Settings (``config set``, Preferences), the sources, the HTTP client, the token
test and the thumbnail fetchers all ask these, so a value one of them accepts is
never refused by another. Stdlib only, so the settings code can use it without
loading the network stack.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from reader.sentence import QT_TRANSLATE_NOOP

WEB_SCHEMES = ("http", "https")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_http_url(text: object) -> bool:
    """True for an absolute ``http://`` or ``https://`` address with a host and no spaces.

    Surrounding whitespace is allowed (a pasted value); whitespace inside is not.
    """
    if not isinstance(text, str):
        return False
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # a malformed IPv6 literal, a bad port
        return False
    return parts.scheme in WEB_SCHEMES and bool(host)


def base_url(url: str, what: str) -> str:
    """*url* without surrounding space and trailing slashes; ValueError with one sentence.

    *what* names the setting for the sentence: ``"Hugging Face address"`` (a marked
    :class:`reader.sentence.Sentence`, so the window can translate it too).
    """
    cleaned = url.strip().rstrip("/")
    if not is_http_url(cleaned):
        raise ValueError(
            QT_TRANSLATE_NOOP("SettingError", "The %1 %2 is not an http or https address.").arg(
                what, repr(url)
            )
        )
    return cleaned


def netloc(url: str) -> str:
    """The host (and port) of *url* as tokens are keyed: lower case, no user info."""
    return urlsplit(url.strip()).netloc.rpartition("@")[2].lower()


def may_carry_token(url: str) -> bool:
    """A token is sent only over https, or to this machine (tests, a local mirror)."""
    parts = urlsplit(url.strip())
    return parts.scheme == "https" or parts.hostname in LOOPBACK_HOSTS
