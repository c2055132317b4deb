"""pytest plugin for the sync tests: fake remotes on loopback servers and a fast client.

Used with ``pytest_plugins = ["tests.sync_support"]`` in the sync test modules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.library import Library
from reader.net import HttpClient
from reader.paths import AppPaths
from reader.sources.sync import SyncService, SyncSettings
from tests.fake_remote import FakeArchive, FakeHf, Thumbnails
from tests.httpserver import LoopbackServer
from tests.sync_helpers import fast_client


@pytest.fixture
def thumbs(http_server_factory: Callable[[], LoopbackServer]) -> Thumbnails:
    return Thumbnails(http_server_factory())


@pytest.fixture
def archive(
    http_server_factory: Callable[[], LoopbackServer], corpus: Path, thumbs: Thumbnails
) -> FakeArchive:
    """The corpus as a GitHub repository: API on one server, raw files on another."""
    return FakeArchive(http_server_factory(), http_server_factory(), corpus, thumbs)


@pytest.fixture
def fake_hf(http_server_factory: Callable[[], LoopbackServer]) -> FakeHf:
    return FakeHf(http_server_factory())


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    root = tmp_path / "app"
    return AppPaths(data=root / "data", cache=root / "cache", config=root / "config")


@pytest.fixture
def client() -> Iterator[HttpClient]:
    with fast_client() as c:
        yield c


@pytest.fixture
def make_service(
    library: Library, app_paths: AppPaths, client: HttpClient, archive: FakeArchive, fake_hf: FakeHf
) -> Callable[..., SyncService]:
    """``make_service(client=None, library=None, **settings)`` against the fake remotes."""

    def make(
        client_: HttpClient | None = None, library_: Library | None = None, **settings: Any
    ) -> SyncService:
        base = SyncSettings(
            api_url=archive.api_url,
            raw_url=archive.raw_url,
            hf_url=fake_hf.url,
            thumbnails_per_sync=5,  # the default 40 only costs time here
        )
        return SyncService(
            library_ or library, app_paths, client_ or client, base.updated(**settings)
        )

    return make
