"""Hugging Face fetching that respects the API: pacing, rate-limit headers, backfill, refetch.

Against a real loopback server that logs when each request arrived (``FakeHf.log``);
the paces are scaled down so that every test takes a few seconds at most.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reader.net import Cancelled, RateLimited
from reader.sources import hf
from reader.sources.ratelimit import Pacer, Quota, TokenBucket, parse_quota
from tests.fake_remote import FakeHf, hf_item
from tests.httpserver import Reply

pytest_plugins = ["tests.sync_support"]

TODAY = date(2025, 6, 5)


def days_back(end: date, count: int, skip: int = 0) -> list[str]:
    """*count* ISO dates ending *skip* days before *end*, newest first."""
    return [(end - timedelta(days=i)).isoformat() for i in range(skip, skip + count)]


def votes(library, paper_id: str) -> int | None:
    paper = library.paper(paper_id)
    return paper.votes if paper else None


class FakeClock:
    """A clock for the bucket arithmetic: sleeping moves it forward."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


# --------------------------------------------------------------------------- pure parts


def test_rate_limit_headers_are_read_as_hugging_face_sends_them() -> None:
    quota = parse_quota(
        {"RateLimit": '"api";r=499;t=287', "RateLimit-Policy": '"fixed window";"api";q=500;w=300'}
    )
    assert quota == Quota(remaining=499, reset=287.0, limit=500, window=300)
    # several policies (IETF draft 09): the tightest one counts
    quota = parse_quota(
        {
            "RateLimit": '"burst";r=40;t=10, "daily";r=3;t=8000',
            "RateLimit-Policy": '"burst";q=100;w=60, "daily";q=1000;w=86400',
        }
    )
    assert quota == Quota(remaining=3, reset=8000.0, limit=1000, window=86400)
    # older drafts' separate fields
    assert parse_quota({"RateLimit-Remaining": "7", "RateLimit-Reset": "30"}) == Quota(7, 30.0)
    for junk in ({}, {"RateLimit": "nonsense"}, {"RateLimit": '"api";r=-1;t=x'}):
        assert parse_quota(junk) is None


def test_the_bucket_lets_a_burst_go_then_one_request_per_interval() -> None:
    clock = FakeClock()
    bucket = TokenBucket(burst=3, interval=2.0, clock=clock)
    for _ in range(3):
        assert bucket.delay() == 0
        bucket.take()
    assert bucket.delay() == pytest.approx(2.0)
    clock.now += 5.0  # 2.5 tokens come back
    assert bucket.delay() == 0
    bucket.take()
    bucket.take()
    assert bucket.delay() == pytest.approx(1.0)  # half a token left
    # a server policy slows it to 60 % of the announced rate, never speeds it up
    bucket.fit(limit=10, window=60)
    assert bucket.interval == pytest.approx(10.0) and bucket.burst == 3
    bucket.fit(limit=1000, window=60)
    assert bucket.interval == pytest.approx(10.0)


def test_the_pacer_waits_for_the_server_and_stops_when_that_is_too_long() -> None:
    clock = FakeClock()
    pacer = Pacer(burst=5, interval=0.0, max_wait=60, clock=clock, sleep=clock.sleep)
    waits: list[float] = []
    pacer.wait(lambda: False, waits.append)
    assert clock.slept == [] and waits == []
    pacer.observe({"RateLimit": '"api";r=0;t=12'})  # nothing left: wait for the reset
    pacer.wait(lambda: False, waits.append)
    assert waits == [12.0] and sum(clock.slept) == pytest.approx(12.0)
    # a 429 whose Retry-After is beyond max_wait is reported, not slept through
    seconds = pacer.rate_limited(datetime.now(UTC) + timedelta(seconds=600))
    assert seconds == pytest.approx(600, abs=2)
    with pytest.raises(RateLimited) as raised:
        pacer.wait(lambda: False)
    assert raised.value.reset_at is not None
    # so is a wait longer than what is left of the run's deadline
    pacer = Pacer(burst=5, interval=0.0, max_wait=60, clock=clock, sleep=clock.sleep)
    pacer.rate_limited(datetime.now(UTC) + timedelta(seconds=30))
    slept = len(clock.slept)
    with pytest.raises(RateLimited):
        pacer.wait(lambda: False, budget=20)
    assert len(clock.slept) == slept  # stopped at once, without sleeping into the deadline
    pacer.wait(lambda: False, budget=40)
    assert sum(clock.slept[slept:]) == pytest.approx(30, abs=2)
    # cancel wins during a wait
    pacer = Pacer(burst=1, interval=30.0, max_wait=60, clock=clock, sleep=clock.sleep)
    pacer.wait(lambda: False)
    calls = iter([False, False, True])
    before = clock.now
    with pytest.raises(Cancelled):
        pacer.wait(lambda: next(calls))
    assert clock.now - before == pytest.approx(0.2)  # two slices, not the 30 s interval


def test_the_plan_asks_the_backlog_the_last_week_and_unsettled_days() -> None:
    end = TODAY
    fresh = hf.day_record(3, end)  # fetched today
    state = {
        "2025-06-05": (fresh, '"a"'),
        "2025-05-29": (hf.day_record(5, date(2025, 6, 4)), '"b"'),  # fetched when 6 days old
        "2025-05-28": (hf.day_record(0, date(2025, 5, 30)), '"c"'),  # empty, fetched at 2 days
        "2025-05-27": (None, '"d"'),  # written by an older version
        "2025-05-26": (hf.day_record(9, date(2025, 6, 1)), '"e"'),  # settled
    }
    planned = hf.plan(state, end, TODAY, backfill_days=12)
    assert planned == days_back(end, 7) + ["2025-05-28", "2025-05-27", "2025-05-25"]
    assert hf.plan(state, end, TODAY, backfill_days=3) == days_back(end, 3)
    assert hf.read_record("12@2025-06-05") == (12, TODAY)
    assert hf.read_record(None) is None and hf.read_record("abc") is None


# --------------------------------------------------------------------------- loopback


def _span_counts_ok(times: list[float], burst: int, interval: float) -> bool:
    """Whether every span between two arrivals holds at most burst + span/interval requests.

    One interval of slack absorbs the arrival jitter of a loaded machine (a request that
    left on time but reached the server late); an unpaced burst still fails by many.
    """
    for i, first in enumerate(times):
        for j in range(i, len(times)):
            span = times[j] - first
            if j - i + 1 > burst + (span + interval) / interval:
                return False
    return True


def test_the_first_sync_keeps_to_the_documented_pace(make_service, library, fake_hf: FakeHf):
    burst, interval, backfill = 4, 0.1, 14
    fake_hf.days[TODAY.isoformat()] = [hf_item("2506.00001", "Today", upvotes=3)]
    service = make_service(hf_backfill_days=backfill, hf_burst=burst, hf_interval=interval)
    report = service.run(["hf"], today=TODAY)
    assert report.ok, report.errors
    assert fake_hf.requested_dates() == days_back(TODAY, backfill)  # at most backfill days
    times = [t for t, _day in fake_hf.log]
    assert len(times) == backfill
    assert _span_counts_ok(times, burst, interval)
    assert times[-1] - times[0] >= (backfill - burst) * interval - interval
    assert votes(library, "2506.00001") == 3


def test_an_unpaced_burst_would_fail_the_pace_check(make_service, fake_hf: FakeHf):
    """The check above can fail: the same sync with pacing off breaks it."""
    service = make_service(hf_backfill_days=14, hf_burst=14, hf_interval=0)
    assert service.run(["hf"], today=TODAY).ok
    times = [t for t, _day in fake_hf.log]
    assert not _span_counts_ok(times, 4, 0.1)


def test_a_429_with_retry_after_pauses_and_resumes(make_service, library, fake_hf: FakeHf):
    fake_hf.days["2025-06-04"] = [hf_item("2506.00004", "Limited", upvotes=8)]
    fake_hf.route("2025-06-04", Reply(status=429, headers={"Retry-After": "1"}))
    labels: list[str] = []
    service = make_service(hf_backfill_days=4, hf_max_wait=10)
    report = service.run(["hf"], today=TODAY, progress=lambda _d, _t, label: labels.append(label))
    assert report.ok and not report.rate_limited, report.errors
    assert fake_hf.requested_dates() == [
        "2025-06-05",
        "2025-06-04",
        "2025-06-04",
        "2025-06-03",
        "2025-06-02",
    ]
    (refused, retried) = [t for t, day in fake_hf.log if day == "2025-06-04"]
    assert retried - refused >= 0.8  # Retry-After: 1, measured where the server sees it
    assert "Waiting 1 s for Hugging Face's rate limit" in labels
    assert votes(library, "2506.00004") == 8


def test_nothing_left_in_the_window_waits_for_its_reset(make_service, fake_hf: FakeHf):
    fake_hf.headers = {
        "RateLimit": '"api";r=0;t=1',
        "RateLimit-Policy": '"fixed window";"api";q=500;w=300',
    }
    assert make_service(hf_backfill_days=2, hf_max_wait=10).run(["hf"], today=TODAY).ok
    (first, _), (second, _) = fake_hf.log
    assert second - first >= 0.8


def test_a_server_quota_tighter_than_the_pace_is_never_exceeded(make_service, fake_hf: FakeHf):
    """A Hub-like server counting 6 requests per 1 s window: the announced policy slows
    the sync down and an exhausted window is waited out, so no request is refused."""
    fake_hf.enforce_quota(6, 1.0)
    service = make_service(hf_backfill_days=9, hf_burst=30, hf_interval=0, hf_max_wait=10)
    report = service.run(["hf"], today=TODAY)
    assert report.ok, report.errors
    assert fake_hf.limited == 0
    assert fake_hf.requested_dates() == days_back(TODAY, 9)


def test_a_second_sync_re_asks_the_last_seven_days_and_nothing_older(
    make_service, library, fake_hf: FakeHf
):
    fake_hf.days["2025-06-04"] = [hf_item("2506.00004", "Rising", upvotes=10)]
    fake_hf.days["2025-05-20"] = [hf_item("2505.00020", "Older", upvotes=50)]
    service = make_service(hf_backfill_days=20, hf_interval=0.01)  # one service, several runs
    assert service.run(["hf"], today=TODAY).ok
    assert fake_hf.requested_dates() == days_back(TODAY, 20)

    fake_hf.server.clear_log()
    fake_hf.days["2025-06-04"] = [hf_item("2506.00004", "Rising", upvotes=31)]
    fake_hf.days["2025-05-20"] = [hf_item("2505.00020", "Older", upvotes=99)]
    report = service.run(["hf"], today=TODAY)
    assert report.ok, report.errors
    assert fake_hf.requested_dates() == days_back(TODAY, 7)
    assert all(r.headers.get("If-None-Match") for r in fake_hf.server.requests)  # conditional
    assert (report.downloaded, report.unchanged) == (1, 6)  # only the changed day came back
    assert votes(library, "2506.00004") == 31  # votes still move within the week
    assert votes(library, "2505.00020") == 50  # a settled day is not asked again

    fake_hf.server.clear_log()  # the next day: the window moves by one, nothing older
    assert service.run(["hf"], today=TODAY + timedelta(days=1)).ok
    assert fake_hf.requested_dates() == days_back(TODAY + timedelta(days=1), 7)


def test_a_day_that_came_back_empty_is_asked_again_later(make_service, library, fake_hf: FakeHf):
    service = make_service(hf_interval=0.01)  # the default 30 days; a quick refill for 3 runs
    assert service.run(["hf"], today=TODAY).ok  # 2025-06-05 is still empty at this hour
    assert fake_hf.requested_dates() == days_back(TODAY, hf.DEFAULT_BACKFILL_DAYS)

    later = date(2025, 6, 20)  # the app did not sync for two weeks
    fake_hf.days["2025-06-05"] = [hf_item("2506.00005", "Published later", upvotes=12)]
    fake_hf.server.clear_log()
    assert service.run(["hf"], today=later).ok
    # the new week, the days never asked, and the days last seen before they settled
    assert fake_hf.requested_dates() == days_back(later, 7) + days_back(later, 8, skip=7) + [
        "2025-06-05",
        "2025-06-04",
        "2025-06-03",
        "2025-06-02",
        "2025-06-01",
        "2025-05-31",
    ]
    assert votes(library, "2506.00005") == 12

    fake_hf.server.clear_log()
    assert service.run(["hf"], today=later).ok
    assert fake_hf.requested_dates() == days_back(later, 7)


def test_an_interrupted_backfill_resumes_where_it_stopped(make_service, library, fake_hf: FakeHf):
    for i in range(20):
        day = (TODAY - timedelta(days=i)).isoformat()
        fake_hf.days[day] = [hf_item(f"2506.{i:05d}", f"Paper {i}", upvotes=i)]
    service = make_service(hf_backfill_days=20, hf_interval=0.01)
    origin = service.hf.origin

    # a simulated interruption: the user cancels after the twelfth request went out
    report = service.run(["hf"], today=TODAY, cancel=lambda: len(fake_hf.log) >= 12)
    assert report.cancelled
    stored = set(library.remote_files(origin))
    assert set(days_back(TODAY, 11)) <= stored and len(stored) <= 12
    missing = [d for d in days_back(TODAY, 20) if d not in stored]

    fake_hf.server.clear_log()
    assert service.run(["hf"], today=TODAY).ok
    # the week again, then exactly the days the interrupted run did not store
    assert fake_hf.requested_dates() == days_back(TODAY, 7) + [
        d for d in missing if d not in days_back(TODAY, 7)
    ]
    assert set(library.remote_files(origin)) == set(days_back(TODAY, 20))
    assert len(library.days()) == 20

    fake_hf.server.clear_log()  # and the sync after that: only the week
    assert service.run(["hf"], today=TODAY).ok
    assert fake_hf.requested_dates() == days_back(TODAY, 7)


def test_a_rate_limit_stop_resumes_on_the_next_sync(make_service, library, fake_hf: FakeHf):
    fake_hf.route("2025-05-28", Reply(status=429, headers={"Retry-After": "3600"}))
    service = make_service(hf_backfill_days=12)
    report = service.run(["hf"], today=TODAY)
    assert report.rate_limited and "try again after" in report.errors[0]
    assert fake_hf.requested_dates() == days_back(TODAY, 9)
    # the same service honours the hour it was told to wait, without asking
    fake_hf.server.clear_log()
    assert service.run(["hf"], today=TODAY).rate_limited and fake_hf.requested_dates() == []
    # a later start (a new service) resumes: the week, then the days not yet stored
    assert make_service(hf_backfill_days=12).run(["hf"], today=TODAY).ok
    assert fake_hf.requested_dates() == days_back(TODAY, 7) + days_back(TODAY, 4, skip=8)


def test_the_cli_takes_the_backfill_and_pace(cli, fake_hf: FakeHf):
    args = ["sync", "--source", "hf", "--hf-url", fake_hf.url, "--until", "2025-06-05"]
    result = cli(*args, "--hf-backfill-days", "3", "--hf-burst", "1", "--hf-interval", "0.5")
    assert result.returncode == 0, result.stderr
    assert fake_hf.requested_dates() == days_back(TODAY, 3)
    times = [t for t, _day in fake_hf.log]
    assert times[2] - times[0] >= 2 * 0.5 - 0.5  # two intervals, less one of slack
    for flag, value, why in (
        ("--hf-backfill-days", "0", "is not a whole number of 1 or more"),
        ("--hf-burst", "x", "is not a whole number of 1 or more"),
        ("--hf-interval", "-1", "is not a number of seconds of 0 or more"),
    ):
        bad = cli(*args, flag, value)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr
        assert bad.stderr.strip().splitlines()[-1].endswith(f"{flag}: {value!r} {why}")
    assert len(fake_hf.requested_dates()) == 3  # bad options never reach the network
