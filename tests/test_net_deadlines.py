"""Stall timeout, overall deadline and retry notices of reader.net, against real sockets.

The loopback server trickles (one byte at a time), stalls mid-body or never answers;
timeouts are scaled down (stall 1 s, deadlines of a few seconds) so the file runs in
seconds. The time bounds are generous: they tell "ended by the rule" from "ran until
the server gave up" (30 s), not fast from slow.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from reader.net import (
    Cancelled,
    Deadline,
    DeadlineExceeded,
    HttpClient,
    HttpError,
    NetStalled,
    NetTimeout,
    RetryNotice,
)
from tests.httpserver import LoopbackServer, Reply


def timed(fn, *args, **kw):
    start = time.monotonic()
    try:
        return fn(*args, **kw), None, time.monotonic() - start
    except Exception as exc:
        return None, exc, time.monotonic() - start


def test_a_body_trickled_a_byte_at_a_time_is_a_stall(http_server: LoopbackServer):
    http_server.route("/drip", Reply(body=b"x" * 5000, trickle=0.2))
    with HttpClient(stall_timeout=1.0, backoff=0.1) as client:
        _, error, elapsed = timed(client.get, http_server.url_for("/drip"))
    assert isinstance(error, NetStalled)
    assert str(error) == (
        f"The download from {http_server.netloc}/drip stalled: less than 1 KB arrived in 1 second."
    )
    assert len(http_server.requests_to("/drip")) == 2  # a stall is retried once, not 3 times
    assert elapsed < 6, elapsed  # two stall windows, not the 1000 s the trickle would take


def test_headers_trickled_a_byte_at_a_time_never_answer(http_server: LoopbackServer):
    http_server.route("/slow-head", Reply(body=b"late", trickle=0.1, trickle_head=True))
    with HttpClient(stall_timeout=1.0, retries=0) as client:
        _, error, elapsed = timed(client.get, http_server.url_for("/slow-head"))
    assert isinstance(error, NetTimeout) and not isinstance(error, NetStalled)
    assert str(error) == f"{http_server.netloc} did not answer within 1 second."
    assert elapsed < 4, elapsed


def test_a_server_that_never_answers_costs_two_stall_windows(http_server: LoopbackServer):
    http_server.route("/hang", Reply(hang=True))
    notices: list[RetryNotice | None] = []
    with HttpClient(stall_timeout=1.0, backoff=0.1) as client:
        _, error, elapsed = timed(client.get, http_server.url_for("/hang"), on_retry=notices.append)
    assert isinstance(error, NetTimeout)
    assert str(error) == f"{http_server.netloc} did not answer within 1 second."
    assert len(http_server.requests_to("/hang")) == 2
    assert [str(n) for n in notices if n] == [
        f"{http_server.netloc} did not answer within 1 second. Retrying in 0.1 s (attempt 2 of 2)."
    ]
    assert elapsed < 5, elapsed


def test_a_body_that_stops_half_way_is_a_stall(http_server: LoopbackServer):
    http_server.route("/stuck", Reply(body=b"y" * 50_000, stall_after=4000))
    with HttpClient(stall_timeout=1.0, retries=0) as client:
        _, error, elapsed = timed(client.get, http_server.url_for("/stuck"))
    assert isinstance(error, NetStalled)
    assert elapsed < 4, elapsed


def test_a_slow_but_steady_download_is_not_a_stall(http_server: LoopbackServer):
    body = bytes(range(256)) * 48  # 12 KB at 2 KB per 0.25 s: 1.5 s, each window well fed
    http_server.route("/steady", Reply(body=body, trickle=0.25, trickle_bytes=2048))
    with HttpClient(stall_timeout=1.0, retries=0) as client:
        assert client.get(http_server.url_for("/steady")).content == body


def test_the_deadline_ends_a_steady_download_that_would_take_too_long(
    http_server: LoopbackServer,
):
    # 2 KB every 0.1 s never stalls, but 1 MB would take 50 s
    http_server.route("/long", Reply(body=b"z" * 1_000_000, trickle=0.1, trickle_bytes=2048))
    with HttpClient(stall_timeout=1.0) as client:
        _, error, elapsed = timed(client.get, http_server.url_for("/long"), deadline=1.5)
    assert isinstance(error, DeadlineExceeded) and not error.retryable
    assert str(error) == (
        f"The deadline of 1.5 seconds passed while waiting for {http_server.netloc}."
    )
    assert len(http_server.requests_to("/long")) == 1  # a deadline is never retried
    assert 1.4 < elapsed < 4, elapsed


def test_a_shared_deadline_spans_requests_and_the_next_one_is_not_sent(
    http_server: LoopbackServer,
):
    http_server.route("/hang", Reply(hang=True))
    http_server.route("/ok", Reply(body=b"ok"))
    deadline = Deadline(1.0)
    with HttpClient(stall_timeout=5.0) as client:
        bound = client.bound(deadline)
        assert bound.get(http_server.url_for("/ok")).content == b"ok"
        _, error, elapsed = timed(bound.get, http_server.url_for("/hang"))
        assert isinstance(error, DeadlineExceeded)
        assert elapsed < 3, elapsed  # the deadline, not the 5 s stall window
        assert bound.expired()
        with pytest.raises(DeadlineExceeded):
            bound.get(http_server.url_for("/ok"))
    assert len(http_server.requests_to("/ok")) == 1


def test_no_backoff_starts_that_the_deadline_cannot_hold(http_server: LoopbackServer):
    http_server.route("/down", Reply(status=503))
    with HttpClient(backoff=10.0) as client:
        _, error, elapsed = timed(client.get, http_server.url_for("/down"), deadline=3.0)
    assert isinstance(error, HttpError) and error.status == 503  # the real reason, at once
    assert len(http_server.requests_to("/down")) == 1
    assert elapsed < 2, elapsed


def test_each_retry_is_told_while_it_waits_then_cleared(http_server: LoopbackServer):
    http_server.route("/flaky", Reply(status=500), Reply(status=502), Reply(body=b"fine"))
    heard: list[RetryNotice | None] = []
    with HttpClient(backoff=0.05) as client:
        response = client.get(http_server.url_for("/flaky"), on_retry=heard.append)
    assert response.content == b"fine"
    assert [str(n) if n else None for n in heard] == [
        f"{http_server.netloc} answered 500 Internal Server Error for /flaky. "
        "Retrying in 0.05 s (attempt 2 of 4).",
        None,
        f"{http_server.netloc} answered 502 Bad Gateway for /flaky. "
        "Retrying in 0.1 s (attempt 3 of 4).",
        None,
    ]
    first = heard[0]
    assert isinstance(first, RetryNotice) and isinstance(first.error, HttpError)


def test_abort_still_ends_a_trickle_at_once(http_server: LoopbackServer):
    http_server.route("/drip", Reply(body=b"x" * 5000, trickle=0.05))
    outcome: list[BaseException] = []
    with HttpClient(stall_timeout=30.0) as client:

        def fetch() -> None:
            try:
                client.get(http_server.url_for("/drip"), deadline=60)
            except BaseException as exc:  # handed to the test thread
                outcome.append(exc)

        worker = threading.Thread(target=fetch)
        start = time.monotonic()
        worker.start()
        time.sleep(0.3)
        client.abort()
        worker.join(timeout=5)
        elapsed = time.monotonic() - start
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert elapsed < 3, elapsed


def test_the_command_line_names_the_defaults_without_loading_the_http_stack():
    code = (
        "import sys; from reader.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('requests', 'urllib3') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"  # the window's start-up never pays for them
