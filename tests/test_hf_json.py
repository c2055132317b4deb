"""reader.formats.hf_json: the Hugging Face daily_papers JSON -> one Day (pure, never raises)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.formats.hf_json import (
    ABSTRACT_HEADING,
    AI_SUMMARY_HEADING,
    date_from_name,
    parse_bytes,
    parse_value,
)
from reader.model import Day, Paper, PaperMeta, PaperText, SummaryPart
from tests.fake_remote import hf_item


def _parse(items: object, day: str = "2025-06-03"):
    return parse_bytes(json.dumps(items).encode(), f"hf:{day}")


def test_full_item_becomes_an_english_hf_paper():
    item = hf_item(
        "2506.01234",
        "Scaling $\\times$ Things",
        upvotes=42,
        abstract="We  study\nthings.",
        ai_summary="Things scale.",
        thumbnail="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2506.01234.png",
    )
    result = _parse([item])
    assert result.error is None and result.warnings == []
    assert result.days == [Day("2025-06-03", result.days[0].papers)]
    (paper,) = result.days[0].papers
    assert paper == Paper(
        id="2506.01234",
        title="Scaling × Things",
        title_raw="Scaling $\\times$ Things",
        url="https://arxiv.org/abs/2506.01234",
        votes=42,
        authors=("Ada Lovelace", "Alan Turing"),
        authors_truncated=False,
        summary=(
            SummaryPart(AI_SUMMARY_HEADING, "Things scale."),
            SummaryPart(ABSTRACT_HEADING, "We study things."),
        ),
        media_url="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2506.01234.png",
        media_kind="image",
        source="hf",
        language="en",
        texts=(
            PaperText("hf", "en", "ai_summary", (SummaryPart(None, "Things scale."),)),
            PaperText("hf", "en", "abstract", (SummaryPart(None, "We study things."),)),
        ),
        meta=PaperMeta(keywords=("things",), comments=2),
    )
    assert (AI_SUMMARY_HEADING, ABSTRACT_HEADING) == ("AI summary", "Abstract")


def test_every_field_is_optional():
    minimal = {"paper": {"id": "2506.00001", "title": "Only a title"}}
    flat = {"id": "2506.00002", "title": "A flat item", "upvotes": "7"}
    outer_title = {"paper": {"id": "2506.00003"}, "title": "Title outside the paper"}
    result = _parse([minimal, flat, outer_title])
    assert result.error is None
    papers = {p.id: p for p in result.days[0].papers}
    assert papers["2506.00001"].summary == () and papers["2506.00001"].votes is None
    assert papers["2506.00001"].authors == () and papers["2506.00001"].media_url is None
    assert papers["2506.00002"].votes == 7
    assert papers["2506.00003"].title == "Title outside the paper"


def test_bad_items_are_skipped_with_a_warning_not_an_error():
    items = [
        hf_item("2506.00001", "Good"),
        {"paper": {"id": "not-an-arxiv-id", "title": "x"}},
        {"paper": {"id": "2506.00002"}},  # no title anywhere
        "a string",
        None,
        {"paper": {"id": "2506.00003", "title": ["not", "a", "string"]}},
        {
            "paper": {
                "id": "2506.00004",
                "title": "Odd fields",
                "upvotes": True,
                "authors": "nobody",
                "summary": 5,
                "ai_summary": {"x": 1},
            },
            "thumbnail": "javascript:alert(1)",
        },
    ]
    result = _parse(items)
    assert result.error is None
    assert [p.id for p in result.days[0].papers] == ["2506.00001", "2506.00004"]
    odd = result.days[0].papers[1]
    assert (odd.votes, odd.authors, odd.summary, odd.media_url) == (None, (), (), None)
    assert len(result.warnings) == 6
    assert result.warnings[-1].startswith("hf:2025-06-03: item 6: ignored the upvote count")


def test_empty_list_is_a_day_without_papers():
    result = _parse([])
    assert result.error is None and result.days == [] and result.warnings == []


def test_duplicate_ids_keep_the_richer_entry():
    result = _parse(
        [
            hf_item("2506.1", "x", ai_summary=None, abstract=None),
            hf_item("2506.00001", "A", ai_summary=None),
            hf_item("2506.00001", "A", ai_summary="more"),
        ]
    )
    papers = result.days[0].papers
    assert [p.id for p in papers] == ["2506.00001"]
    assert len(papers[0].summary) == 2


def test_garbage_is_an_error_never_an_exception():
    for data in (
        b"",
        b"not json",
        b"{",
        b"\xff\xfe\x00",
        b"null",
        b"42",
        b'"text"',
        b'{"tree": []}',
        b"[" * 100_000,
    ):
        result = parse_bytes(data, "hf:2025-06-03")
        assert result.error and result.days == [], data[:20]
    error = parse_bytes(b'{"error": "Invalid date"}', "hf:2025-06-03").error
    assert error and "Invalid date" in error


def test_the_day_comes_from_the_name_or_the_argument():
    assert date_from_name("hf:2025-06-03") == "2025-06-03"
    assert date_from_name("cache/hf/huggingface.co/2025-06-03.json") == "2025-06-03"
    assert date_from_name("hf:2025-02-30") is None
    assert parse_bytes(b"[]", "no date here").error
    result = parse_bytes(json.dumps([hf_item("2506.00001", "A")]).encode(), "x", day="2025-01-02")
    assert result.days[0].date == "2025-01-02"


def test_video_media_and_versioned_ids():
    item = {
        "paper": {"id": "2506.01234v2", "title": "T"},
        "mediaUrls": ["https://cdn-uploads.huggingface.co/x/clip.mp4"],
    }
    (paper,) = parse_value([item], "2025-06-03").days[0].papers
    assert paper.id == "2506.01234"
    assert (paper.media_url, paper.media_kind) == (
        "https://cdn-uploads.huggingface.co/x/clip.mp4",
        "video",
    )


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "paper",
                    "id",
                    "title",
                    "summary",
                    "ai_summary",
                    "upvotes",
                    "authors",
                    "name",
                    "thumbnail",
                    "mediaUrls",
                    "error",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_any_json_parses_without_raising(value):
    result = parse_bytes(json.dumps(value).encode(), "hf:2025-06-03")
    assert (result.error is None) == isinstance(value, list)
    for day in result.days:
        assert day.date == "2025-06-03"
        for paper in day.papers:
            assert paper.source == "hf" and paper.language == "en" and paper.title


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_parse_without_raising(data):
    parse_bytes(data, "hf:2025-06-03")
