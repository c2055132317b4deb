"""The transport under HttpClient: redirects followed by requests, safely (reader.net_transport)."""

from __future__ import annotations

import logging

import pytest

from reader import logsetup
from reader.net import BadResponse, HttpClient, json_body
from reader.sentence import QT_TRANSLATE_NOOP
from tests.httpserver import LoopbackServer, Reply


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/x", "javascript:x"])
def test_a_redirect_to_anything_but_a_web_address_is_refused(
    http_server: LoopbackServer, target: str
) -> None:
    http_server.route("/go", Reply.redirect(target))
    with HttpClient(retries=0) as client, pytest.raises(BadResponse) as info:
        client.get(http_server.url_for("/go"))
    assert str(info.value) == (
        f"{http_server.netloc} redirected to an address that is not a web page."
    )


def test_a_redirect_body_is_never_read(http_server: LoopbackServer) -> None:
    """A redirect that sends a few bytes of body and then goes silent costs nothing."""
    http_server.route(
        "/go",
        Reply(status=302, headers={"Location": "/there"}, body=b"x" * 100_000, stall_after=10),
    )
    http_server.route("/there", Reply(body=b"arrived"))
    with HttpClient(retries=0, stall_timeout=3.0) as client:
        response = client.get(http_server.url_for("/go"))
    assert response.content == b"arrived" and response.url == http_server.url_for("/there")


def test_json_bodies_are_checked_in_one_place() -> None:
    assert json_body(b'{"a": [1]}', "https://h.example/x") == {"a": [1]}
    with pytest.raises(BadResponse, match=r"^The reply from h\.example/x is not valid JSON\.$"):
        json_body(b"<html>", "https://h.example/x")
    deep = b"[" * 100_000 + b"]" * 100_000
    listing = QT_TRANSLATE_NOOP("NetError", "The file list from %1 is not valid JSON.")
    with pytest.raises(BadResponse, match=r"^The file list from h\.example is not valid JSON\.$"):
        json_body(deep, "https://h.example/tree", listing)


def test_one_redaction_for_tokens_and_secret_queries(caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="urllib3.connectionpool")
    logging.getLogger("urllib3.connectionpool").debug(
        '%s "GET /api?date=2025-01-02 HTTP/1.1" and "GET /x?access_token=abc HTTP/1.1"', "h"
    )
    assert caplog.records[-1].getMessage() == (
        'h "GET /api?date=2025-01-02 HTTP/1.1" and "GET /x?[redacted] HTTP/1.1"'
    )
    assert logsetup.redact("Bearer abc.def and ghp_0123456789abcdef") == "[redacted] and [redacted]"
