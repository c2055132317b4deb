"""The one download-and-store loop both remote sources use (reader.sources.base)."""

from __future__ import annotations

import pytest

from reader.formats.markdown import parse_bytes
from reader.net import HttpClient, NetError, RateLimited
from reader.sources.base import (
    MAX_FAILURES_IN_ROW,
    Fetched,
    FetchFailed,
    SyncContext,
    SyncReport,
    download_and_store,
)


def doc(day: int) -> Fetched:
    date = f"2024-03-{day:02d}"
    data = (
        f"## Daily Papers ({date})\n\n### [Paper {day}](https://arxiv.org/abs/2403.{day:05d})\n\n"
        "Vote: 3\n\n- 요약입니다.\n"
    ).encode()
    key = f"test:{date}.md"
    return Fetched(key, f"{date}.md", data, parse_bytes(data, key), f"sha{day}", None)


@pytest.fixture
def ctx(library, tmp_path):
    with HttpClient() as client:
        yield SyncContext(
            library, client.bound(), tmp_path, SyncReport(), lambda *_: None, lambda: False
        )


def stored(library) -> list[str]:
    return sorted(library.remote_files("test:origin"))


def test_failures_are_reported_and_a_success_resets_the_count(library, ctx) -> None:
    outcomes: list[object] = [NetError("a"), FetchFailed("b"), doc(1), None, NetError("c"), doc(2)]

    def fetch(index: int, item: object) -> Fetched | None:
        if isinstance(item, Exception):
            raise item
        return item  # type: ignore[return-value]

    download_and_store(ctx, "test:origin", "markdown", outcomes, fetch, lambda n: f"{n} failed")
    assert ctx.report.errors == ["a", "b", "c"]
    assert stored(library) == ["2024-03-01.md", "2024-03-02.md"]


def test_too_many_failures_in_a_row_stop_the_run_keeping_what_came(library, ctx) -> None:
    items = [doc(1)] + [NetError(f"e{i}") for i in range(MAX_FAILURES_IN_ROW + 3)]
    seen: list[int] = []

    def fetch(index: int, item: object) -> Fetched:
        seen.append(index)
        if isinstance(item, Exception):
            raise item
        return item  # type: ignore[return-value]

    with pytest.raises(NetError, match=f"^{MAX_FAILURES_IN_ROW} in a row$"):
        download_and_store(ctx, "test:origin", "markdown", items, fetch, lambda n: f"{n} in a row")
    assert seen == list(range(MAX_FAILURES_IN_ROW + 1))
    assert stored(library) == ["2024-03-01.md"]  # stored on the way out


def test_a_rate_limit_stops_at_once_and_what_came_is_stored(library, ctx) -> None:
    items = [doc(1), doc(2), "stop", doc(3)]

    def fetch(index: int, item: object) -> Fetched:
        if item == "stop":
            raise RateLimited(None)
        return item  # type: ignore[return-value]

    with pytest.raises(RateLimited):
        download_and_store(ctx, "test:origin", "markdown", items, fetch, str)
    assert stored(library) == ["2024-03-01.md", "2024-03-02.md"] and not ctx.report.errors
