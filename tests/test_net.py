"""reader.net against a real loopback HTTP server: no mocked requests."""

from __future__ import annotations

import json
import threading
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

import reader
from reader.net import (
    BadResponse,
    Cancelled,
    HttpClient,
    HttpError,
    NetConnectionError,
    NetError,
    NetTimeout,
    RateLimited,
    Response,
    ResponseTooLarge,
    TruncatedResponse,
    safe_url,
)
from tests.httpserver import LoopbackServer, Reply

TOKEN = "ghp_SECRETSECRETSECRET0123456789"


class SleepRecorder:
    """Stands in for time.sleep: records delays, never waits."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(sleeps: SleepRecorder):
    with HttpClient(sleep=sleeps, read_timeout=5.0) as c:
        yield c


def all_text(exc: BaseException) -> str:
    """Everything a user or a log could ever see of an exception."""
    return str(exc) + repr(exc) + "".join(traceback.format_exception(exc))


def test_get_returns_body_headers_and_user_agent(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/a", Reply.text("héllo", headers={"X-Thing": "1"}, etag='"e1"'))
    response = client.get(http_server.url_for("/a"))
    assert isinstance(response, Response)
    assert (response.status, response.content, response.etag) == (200, "héllo".encode(), '"e1"')
    assert response.headers["x-thing"] == "1"
    agent = http_server.requests_to("/a")[0].headers["User-Agent"]
    assert agent.startswith(f"DailyPapersReader/{reader.__version__}")
    assert "Authorization" not in http_server.requests_to("/a")[0].headers


def test_params_are_sent_and_can_select_a_route(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/api?date=2025-05-01", Reply.json([1]))
    http_server.route("/api", Reply.json([]))
    assert client.get_json(http_server.url_for("/api"), params={"date": "2025-05-01"}) == [1]
    assert client.get_json(http_server.url_for("/api"), params={"date": "2025-05-02"}) == []


def test_retries_5xx_with_exponential_backoff(
    client: HttpClient, http_server: LoopbackServer, sleeps: SleepRecorder
):
    http_server.route("/flaky", Reply(status=500), Reply(status=502), Reply(body=b"ok"))
    assert client.get(http_server.url_for("/flaky")).content == b"ok"
    assert len(http_server.requests_to("/flaky")) == 3
    assert sleeps.calls == [0.5, 1.0]


def test_gives_up_after_retries_with_http_error(http_server: LoopbackServer, sleeps: SleepRecorder):
    http_server.route("/down", Reply(status=503))
    with HttpClient(retries=2, backoff=0.25, sleep=sleeps) as client:
        with pytest.raises(HttpError) as info:
            client.get(http_server.url_for("/down"))
    assert info.value.status == 503
    assert len(http_server.requests_to("/down")) == 3
    assert sleeps.calls == [0.25, 0.5]
    assert "503" in str(info.value) and "/down" in str(info.value)


def test_404_is_not_retried(client: HttpClient, http_server: LoopbackServer, sleeps: SleepRecorder):
    with pytest.raises(HttpError) as info:
        client.get(http_server.url_for("/missing"))
    assert info.value.status == 404
    assert str(info.value) == f"{http_server.netloc} answered 404 Not Found for /missing."
    assert len(http_server.requests_to("/missing")) == 1
    assert sleeps.calls == []


def test_plain_403_is_an_http_error_not_a_rate_limit(
    client: HttpClient, http_server: LoopbackServer
):
    http_server.route("/forbidden", Reply(status=403, headers={"X-RateLimit-Remaining": "12"}))
    with pytest.raises(HttpError) as info:
        client.get(http_server.url_for("/forbidden"))
    assert not isinstance(info.value, RateLimited)
    assert info.value.status == 403


@pytest.mark.parametrize("status", [403, 429])
def test_github_rate_limit_raises_at_once_with_reset_time(
    client: HttpClient, http_server: LoopbackServer, sleeps: SleepRecorder, status: int
):
    reset = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=20)
    headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(reset.timestamp()))}
    http_server.route("/limited", Reply(status=status, headers=headers))
    with pytest.raises(RateLimited) as info:
        client.get(http_server.url_for("/limited"))
    assert info.value.reset_at == reset
    assert str(info.value).startswith(f"Rate limited by {http_server.netloc}; try again after ")
    assert reset.strftime("%H:%M UTC") in str(info.value)
    assert len(http_server.requests_to("/limited")) == 1
    assert sleeps.calls == []


@pytest.mark.parametrize("status", [429, 503, 403])
def test_retry_after_seconds(client: HttpClient, http_server: LoopbackServer, status: int):
    http_server.route("/busy", Reply(status=status, headers={"Retry-After": "120"}))
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as info:
        client.get(http_server.url_for("/busy"))
    assert info.value.reset_at is not None
    assert before + timedelta(seconds=119) <= info.value.reset_at
    assert info.value.reset_at <= datetime.now(UTC) + timedelta(seconds=121)
    assert len(http_server.requests_to("/busy")) == 1


def test_retry_after_http_date(client: HttpClient, http_server: LoopbackServer):
    when = datetime(2031, 3, 4, 14, 5, tzinfo=UTC)
    retry_after = {"Retry-After": format_datetime(when, usegmt=True)}
    http_server.route("/busy", Reply(status=429, headers=retry_after))
    with pytest.raises(RateLimited) as info:
        client.get(http_server.url_for("/busy"))
    assert info.value.reset_at == when
    assert str(info.value) == (
        f"Rate limited by {http_server.netloc}; try again after 2031-03-04 14:05 UTC."
    )


def test_timeout_against_a_server_that_never_answers(http_server: LoopbackServer):
    http_server.route("/hang", Reply(hang=True))
    with HttpClient(read_timeout=0.3, retries=0) as client:
        with pytest.raises(NetTimeout) as info:
            client.get(http_server.url_for("/hang"))
    assert str(info.value) == f"{http_server.netloc} did not answer within 0.3 seconds."


@pytest.mark.parametrize("path", ["/hang", "/slow-body"])
def test_abort_from_another_thread_ends_a_hanging_download_at_once(
    http_server: LoopbackServer, path: str
):

    http_server.route("/hang", Reply(hang=True))
    http_server.route("/slow-body", Reply(body=b"x" * 10, truncate_to=3, chunked=True))
    outcome: list[BaseException] = []
    with HttpClient(read_timeout=20, retries=3) as client:

        def fetch() -> None:
            try:
                client.get(http_server.url_for(path))
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
        with pytest.raises(Cancelled):
            client.get(http_server.url_for("/hang"))  # an aborted client starts nothing new
    assert elapsed < 3, elapsed  # not the 20 s read timeout
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)


def test_timeouts_are_retried(http_server: LoopbackServer, sleeps: SleepRecorder):
    http_server.route("/hang-once", Reply(hang=True), Reply(body=b"late but fine"))
    with HttpClient(read_timeout=0.3, retries=1, sleep=sleeps) as client:
        assert client.get(http_server.url_for("/hang-once")).content == b"late but fine"
    assert sleeps.calls == [0.5]


def test_connection_refused_is_a_connection_error(http_server_factory, sleeps: SleepRecorder):
    server = http_server_factory()
    url = server.url_for("/gone")
    server.stop()
    with HttpClient(retries=1, sleep=sleeps) as client:
        with pytest.raises(NetConnectionError) as info:
            client.get(url)
    assert str(info.value) == f"Could not connect to {server.netloc}; check the network connection."
    assert sleeps.calls == [0.5]


def test_truncated_body(http_server: LoopbackServer, sleeps: SleepRecorder):
    http_server.route("/cut", Reply(body=b"x" * 1000, truncate_to=100))
    with HttpClient(retries=1, sleep=sleeps) as client:
        with pytest.raises(TruncatedResponse) as info:
            client.get(http_server.url_for("/cut"))
    assert "cut off" in str(info.value) and "of 1000 bytes" in str(info.value)
    assert len(http_server.requests_to("/cut")) == 2  # a dropped connection is worth a retry


def test_truncated_then_whole_succeeds(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/cut", Reply(body=b"y" * 500, truncate_to=10), Reply(body=b"y" * 500))
    assert client.get(http_server.url_for("/cut")).content == b"y" * 500


def test_invalid_json_is_a_bad_response(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/bad.json", Reply.text("{not json"))
    with pytest.raises(BadResponse) as info:
        client.get_json(http_server.url_for("/bad.json"))
    assert str(info.value) == f"The reply from {http_server.netloc}/bad.json is not valid JSON."
    assert info.value.__cause__ is None


def test_get_json_parses(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/ok.json", Reply.json({"tree": [{"path": "a.md"}]}))
    assert client.get_json(http_server.url_for("/ok.json")) == {"tree": [{"path": "a.md"}]}


def test_size_cap_from_content_length(http_server: LoopbackServer):
    http_server.route("/big", Reply(body=b"z" * 200_000))
    with HttpClient(max_bytes=1000, retries=0) as client:
        with pytest.raises(ResponseTooLarge) as info:
            client.get(http_server.url_for("/big"))
    assert str(info.value) == (
        f"The reply from {http_server.netloc}/big is larger than the 1000 bytes limit."
    )


def test_size_cap_while_streaming_without_content_length(http_server: LoopbackServer):
    http_server.route("/big", Reply(body=b"z" * 300_000, chunked=True))
    with HttpClient(max_bytes=100_000, retries=0) as client:
        with pytest.raises(ResponseTooLarge):
            client.get(http_server.url_for("/big"))
        http_server.route("/small", Reply(body=b"s" * 90_000, chunked=True))
        assert client.get(http_server.url_for("/small")).content == b"s" * 90_000


def test_truncated_chunked_body(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/cut", Reply(body=b"q" * 50_000, chunked=True, truncate_to=20_000))
    with pytest.raises(TruncatedResponse) as info:
        client.get(http_server.url_for("/cut"))
    assert info.value.__cause__ is None and "cut off" in str(info.value)


def test_cancel_between_chunks(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/long", Reply(body=b"c" * 1_000_000))
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # let the request start and one chunk arrive

    with pytest.raises(Cancelled) as info:
        client.get(http_server.url_for("/long"), cancel=cancel)
    assert str(info.value) == "The download was cancelled."


def test_cancel_before_start_sends_nothing(client: HttpClient, http_server: LoopbackServer):
    with pytest.raises(Cancelled):
        client.get(http_server.url_for("/x"), cancel=lambda: True)
    assert http_server.requests == []


def test_cancel_cuts_the_backoff_short(http_server: LoopbackServer, sleeps: SleepRecorder):
    http_server.route("/flaky", Reply(status=500))
    state = {"cancelled": False}

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        if len(sleeps.calls) == 3:
            state["cancelled"] = True

    with HttpClient(retries=5, backoff=10.0, sleep=sleep) as client:
        with pytest.raises(Cancelled):
            client.get(http_server.url_for("/flaky"), cancel=lambda: state["cancelled"])
    assert len(http_server.requests_to("/flaky")) == 1
    assert sleeps.calls == [0.1, 0.1, 0.1]  # slept in slices, stopped at the first check


def test_etag_round_trip_gives_304(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/tree", Reply.json({"sha": "1"}, etag='"abc"'))
    first = client.get(http_server.url_for("/tree"))
    assert first.status == 200 and first.etag == '"abc"'
    second = client.get(http_server.url_for("/tree"), etag=first.etag)
    assert second.status == 304 and second.not_modified
    assert second.content == b"" and second.etag == '"abc"'
    assert http_server.requests_to("/tree")[1].headers["If-None-Match"] == '"abc"'
    assert client.get_json(http_server.url_for("/tree"), etag='"abc"') is None
    assert client.get_json(http_server.url_for("/tree"), etag='"old"') == {"sha": "1"}


def test_token_goes_only_to_its_host(http_server_factory: Callable[[], LoopbackServer]):
    api, other = http_server_factory(), http_server_factory()
    api.route("/x", Reply(body=b"api"))
    other.route("/x", Reply(body=b"other"))
    with HttpClient(tokens={api.netloc: TOKEN}) as client:
        client.get(api.url_for("/x"))
        client.get(other.url_for("/x"))
        client.get(f"http://localhost:{api.port}/x")  # same socket, different netloc
    assert api.requests_to("/x")[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert "Authorization" not in other.requests_to("/x")[0].headers
    assert "Authorization" not in api.requests_to("/x")[1].headers


def test_token_is_not_forwarded_on_a_redirect_to_another_host(
    http_server_factory: Callable[[], LoopbackServer],
):
    api, cdn = http_server_factory(), http_server_factory()
    api.route("/tarball", Reply.redirect(cdn.url_for("/file.tar.gz")))
    api.route("/again", Reply(body=b"back home"))
    cdn.route("/file.tar.gz", Reply(body=b"tar"))
    cdn.route("/bounce", Reply.redirect(api.url_for("/again"), status=307))
    with HttpClient(tokens={api.netloc: TOKEN}) as client:
        response = client.get(api.url_for("/tarball"))
        assert response.content == b"tar"
        assert response.url == cdn.url_for("/file.tar.gz")
        # and a redirect *into* the token's host gets the token there
        assert client.get(cdn.url_for("/bounce")).content == b"back home"
    assert api.requests_to("/tarball")[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert "Authorization" not in cdn.requests_to("/file.tar.gz")[0].headers
    assert "Authorization" not in cdn.requests_to("/bounce")[0].headers
    assert api.requests_to("/again")[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_token_is_never_sent_over_plain_http_to_a_remote_host():
    client = HttpClient(tokens={"api.example.com": TOKEN, "127.0.0.1:1": TOKEN})
    assert client._token_for("https://api.example.com/x") == TOKEN
    assert client._token_for("http://api.example.com/x") is None
    assert client._token_for("https://api.example.com:8443/x") is None
    assert client._token_for("http://127.0.0.1:1/x") == TOKEN
    client.close()


def test_relative_redirect_and_redirect_limit(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/old", Reply.redirect("/new", status=301))
    http_server.route("/new", Reply(body=b"new"))
    http_server.route("/loop", Reply.redirect("/loop"))
    assert client.get(http_server.url_for("/old")).content == b"new"
    with pytest.raises(BadResponse, match="redirected too many times"):
        client.get(http_server.url_for("/loop"))


def test_token_never_appears_in_errors(http_server_factory: Callable[[], LoopbackServer]):
    server = http_server_factory()
    server.route("/private", Reply(status=401))
    server.route("/limited", Reply(status=403, headers={"X-RateLimit-Remaining": "0"}))
    server.route("/bad", Reply.text("nope"))
    server.route("/cut", Reply(body=b"1234567890", truncate_to=3))
    server.route("/hang", Reply(hang=True))
    dead = http_server_factory()
    dead_url = dead.url_for(f"/x?access_token={TOKEN}")
    dead.stop()
    urls = [server.url_for(p) for p in ("/private", "/limited", "/bad", "/cut", "/hang")]
    urls.append(server.url_for(f"/private?token={TOKEN}"))
    urls.append(f"http://user:{TOKEN}@{server.netloc}/private")
    urls.append(dead_url)
    with HttpClient(tokens={server.netloc: TOKEN}, retries=0, read_timeout=0.3) as client:
        for url in urls:
            with pytest.raises(NetError) as info:
                if url.endswith("/bad"):
                    client.get_json(url)
                else:
                    client.get(url)
            text = all_text(info.value)
            assert TOKEN not in text, url
            assert "Bearer" not in text and "Authorization" not in text
            assert info.value.__cause__ is None
            assert info.value.url is None or TOKEN not in info.value.url
            assert str(info.value).endswith(".") and "\n" not in str(info.value)


def test_token_never_logged(http_server: LoopbackServer, caplog: pytest.LogCaptureFixture):
    caplog.set_level("DEBUG")
    http_server.route("/p", Reply(status=500), Reply(body=b"ok"))
    with HttpClient(tokens={http_server.netloc: TOKEN}, sleep=lambda s: None) as client:
        client.get(http_server.url_for(f"/p?token={TOKEN}"))
    assert caplog.records
    assert TOKEN not in caplog.text


def test_safe_url_drops_secrets_and_keeps_harmless_queries():
    assert safe_url("https://u:p@h.example/a?token=abc") == "https://h.example/a"
    assert safe_url("https://h.example/a?date=2025-05-01") == "https://h.example/a?date=2025-05-01"
    assert safe_url("https://h.example/a?x=1&API_KEY=abc") == "https://h.example/a"


def test_invalid_url_is_one_sentence(client: HttpClient):
    with pytest.raises(NetError) as info:
        client.get("not a url")
    assert str(info.value) == "not a url is not a valid web address."


def test_response_json_helper_and_frozen(client: HttpClient, http_server: LoopbackServer):
    http_server.route("/j", Reply.json({"a": 1}))
    response = client.get(http_server.url_for("/j"))
    assert response.json() == json.loads(response.content)
    with pytest.raises(AttributeError):
        response.status = 500  # type: ignore[misc]
