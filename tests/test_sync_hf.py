"""Syncing the Hugging Face Daily Papers API against a real loopback server."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta

from reader.formats.hf_json import ABSTRACT_HEADING, AI_SUMMARY_HEADING
from reader.formats.markdown import parse_text
from reader.library import Library, PaperQuery
from reader.model import SummaryPart
from tests.fake_remote import FakeHf, Thumbnails, hf_item
from tests.httpserver import Reply
from tests.sync_helpers import snapshot, user_state

pytest_plugins = ["tests.sync_support"]

TODAY = date(2025, 6, 5)


def _fill(fake_hf: FakeHf, thumbs: Thumbnails) -> None:
    fake_hf.days.update(
        {
            "2025-06-02": [
                hf_item(
                    "2506.00001",
                    "First paper",
                    upvotes=30,
                    ai_summary="It is first.",
                    abstract="An abstract.",
                    thumbnail=thumbs.url("2506.00001.png"),
                ),
                hf_item("2506.00002", "Second paper", upvotes=4, ai_summary=None),
            ],
            "2025-06-03": [],  # a day without papers
            "2025-06-04": [
                hf_item(
                    "2506.00003",
                    "Third paper",
                    upvotes=None,
                    thumbnail=thumbs.url("2506.00003.png"),
                )
            ],
            "2025-06-05": [hf_item("2506.00004", "Today's paper", upvotes=1)],
        }
    )


def _days_back(end: date, count: int) -> list[str]:
    """*count* ISO dates ending at *end*, newest first."""
    return [(end - timedelta(days=i)).isoformat() for i in range(count)]


def _ids(library: Library, day: str) -> list[str]:
    return [r.id for r in library.rows(PaperQuery(date=day))]


def test_a_range_of_dates_becomes_english_days(make_service, library, fake_hf, thumbs):
    _fill(fake_hf, thumbs)
    service = make_service()
    report = service.run(["hf"], since="2025-06-02", until="2025-06-04")
    assert report.ok, report.errors
    assert fake_hf.requested_dates() == ["2025-06-04", "2025-06-03", "2025-06-02"]  # newest first
    assert (report.new_days, report.new_papers, report.downloaded) == (2, 3, 3)
    # Hugging Face gives days, not files: the summary says so (issue 12)
    assert report.hf_days == 3 and "(3 days from Hugging Face, " in report.summary()
    assert [d.date for d in library.days()] == ["2025-06-04", "2025-06-02"]
    assert _ids(library, "2025-06-02") == ["2506.00001", "2506.00002"]  # by votes
    paper = library.paper("2506.00001")
    assert (paper.source, paper.language, paper.votes) == ("hf", "en", 30)
    assert paper.summary == (
        SummaryPart(AI_SUMMARY_HEADING, "It is first."),
        SummaryPart(ABSTRACT_HEADING, "An abstract."),
    )
    assert paper.authors == ("Ada Lovelace", "Alan Turing")
    assert paper.url == "https://arxiv.org/abs/2506.00001"
    # thumbnails of synced papers are cached
    assert report.thumbnails == 2
    assert service.thumbnails.get(paper.media_url) is not None
    # raw replies cached for offline use
    cached = service.paths.digests / "hf" / fake_hf.server.netloc.replace(":", "%3A")
    assert json.loads((cached / "2025-06-02.json").read_bytes())[0]["paper"]["id"] == "2506.00001"

    before = snapshot(library)
    fake_hf.server.clear_log()
    again = service.run(["hf"], since="2025-06-02", until="2025-06-04")
    assert again.ok and (again.downloaded, again.unchanged, again.new_papers) == (0, 3, 0)
    assert all(r.headers["If-None-Match"] for r in fake_hf.server.requests)
    assert snapshot(library) == before


def test_an_explicit_range_asks_its_new_days_before_the_settled_ones(
    make_service, library, fake_hf, thumbs
):
    _fill(fake_hf, thumbs)
    service = make_service()
    assert service.run(["hf"], since="2025-06-02", until="2025-06-03", today=date(2025, 6, 20)).ok
    fake_hf.server.clear_log()
    late = date(2025, 7, 1)  # weeks later the first two are settled, the rest never asked
    assert service.run(["hf"], since="2025-06-01", until="2025-06-05", today=late).ok
    assert fake_hf.requested_dates() == [
        "2025-06-05",
        "2025-06-04",
        "2025-06-01",
        "2025-06-03",  # settled: asked last, so a range cut short gets further each time
        "2025-06-02",
    ]


def test_the_first_sync_backfills_the_configured_days_newest_first(
    make_service, library, fake_hf, thumbs
):
    _fill(fake_hf, thumbs)
    report = make_service(hf_backfill_days=10).run(["hf"], today=TODAY)
    assert report.ok, report.errors
    assert fake_hf.requested_dates() == _days_back(TODAY, 10)
    assert [d.date for d in library.days()] == ["2025-06-05", "2025-06-04", "2025-06-02"]
    # every asked day is recorded, the empty ones too, with what came and when
    records = library.remote_files(make_service().hf.origin)
    assert sorted(records) == sorted(_days_back(TODAY, 10))
    assert records["2025-06-03"][0] == "0@2025-06-05"
    assert records["2025-06-02"][0] == "2@2025-06-05"


def test_other_sources_do_not_change_which_days_hf_asks_for(make_service, library, fake_hf):
    text = "## Daily Papers (2025-06-01)\n\n### [A](https://arxiv.org/abs/2506.09999)\n"
    library.store([("github:x", "h", parse_text(text).days, "github")])
    assert make_service(hf_backfill_days=6).run(["hf"], today=TODAY).ok
    assert fake_hf.requested_dates() == _days_back(TODAY, 6)  # 2025-06-01 included


def test_invalid_json_for_one_day_is_retried_by_the_next_sync(
    make_service, library, fake_hf, thumbs
):
    _fill(fake_hf, thumbs)
    library.set_bookmarked(["2506.00001"])
    state = user_state(library)
    fake_hf.route(
        "2025-06-02", Reply(body=b'[{"paper": ', headers={"Content-Type": "application/json"})
    )
    service = make_service()
    report = service.run(["hf"], since="2025-06-01", until="2025-06-04")
    assert report.errors == [
        "The Hugging Face list of 2025-06-02 is not valid JSON; the next sync tries again."
    ]
    from reader.sentence import Sentence

    assert isinstance(report.errors[0], Sentence)  # the window shows it translated
    assert [d.date for d in library.days()] == ["2025-06-04"]
    assert library.integrity_ok() and user_state(library) == state
    fake_hf.server.clear_log()
    # weeks later, the automatic plan finds the day that failed (the others are settled)
    late = make_service(hf_backfill_days=4)
    report = late.run(["hf"], until="2025-06-04", today=date(2025, 6, 20))
    assert report.ok, report.errors
    assert fake_hf.requested_dates() == ["2025-06-02"]
    assert [d.date for d in library.days()] == ["2025-06-04", "2025-06-02"]
    assert user_state(library) == state


def test_a_rate_limit_longer_than_the_max_wait_stops_and_says_when(
    make_service, library, fake_hf, thumbs
):
    _fill(fake_hf, thumbs)
    fake_hf.route("2025-06-03", Reply(status=429, headers={"Retry-After": "120"}))
    started = time.monotonic()
    report = make_service(hf_max_wait=5).run(["hf"], since="2025-06-02", until="2025-06-05")
    assert time.monotonic() - started < 60  # stopped rather than slept through
    assert report.rate_limited and report.rate_limit_reset is not None
    assert abs(report.rate_limit_reset.timestamp() - (time.time() + 120)) < 30
    assert fake_hf.requested_dates() == ["2025-06-05", "2025-06-04", "2025-06-03"]
    assert [d.date for d in library.days()] == ["2025-06-05", "2025-06-04"]
    report = make_service(hf_backfill_days=4).run(["hf"], today=TODAY)
    assert report.ok and [d.date for d in library.days()] == [
        "2025-06-05",
        "2025-06-04",
        "2025-06-02",
    ]


def test_github_and_hf_together(make_service, library, archive, fake_hf, thumbs):
    _fill(fake_hf, thumbs)
    report = make_service().run(["github", "hf"], until="2025-06-05")
    assert report.ok, report.errors
    assert len(library.days()) == 17 + 3
    # the API asked its own last 30 days, newest first, whatever the archive holds
    assert fake_hf.requested_dates() == _days_back(TODAY, 30)


def test_an_emptied_list_does_not_delete_a_stored_day(make_service, library, fake_hf, thumbs):
    _fill(fake_hf, thumbs)
    service = make_service()
    assert service.run(["hf"], since="2025-06-02", until="2025-06-02").ok
    library.set_bookmarked(["2506.00001"])
    fake_hf.days["2025-06-02"] = []
    report = service.run(["hf"], since="2025-06-02", until="2025-06-02")
    assert report.warnings == [
        "Hugging Face listed no papers for 2025-06-02 this time; the stored ones are kept."
    ]
    assert _ids(library, "2025-06-02") == ["2506.00001", "2506.00002"]


def test_thumbnails_on_demand_are_best_effort(make_service, thumbs):
    service = make_service()
    good = [thumbs.url(f"{i}.png") for i in range(3)]
    missing = thumbs.server.url_for("/thumbs/missing.png")
    assert service.fetch_thumbnails([good[0], missing, good[1], good[2]], limit=3) == 2
    assert service.thumbnails.get(good[0]) and service.thumbnails.get(good[1])
    assert service.thumbnails.get(good[2]) is None  # over the limit
    assert service.fetch_thumbnails(good) == 1  # the cached ones cost nothing
