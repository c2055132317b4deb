"""pytest plugin: real loopback HTTP servers (see tests/httpserver.py).

Register with ``pytest_plugins = ["tests.conftest_http"]`` in the root conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.httpserver import LoopbackServer


@pytest.fixture
def http_server_factory() -> Iterator[Callable[[], LoopbackServer]]:
    """Make as many servers as a test needs (e.g. two hosts for redirect tests)."""
    servers: list[LoopbackServer] = []

    def make() -> LoopbackServer:
        server = LoopbackServer()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def http_server(http_server_factory: Callable[[], LoopbackServer]) -> LoopbackServer:
    """One running server on 127.0.0.1 with an empty route table."""
    return http_server_factory()
