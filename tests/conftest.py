"""Test isolation: offscreen Qt, temporary data folders, and failing on stray errors.

``QT_QPA_PLATFORM`` is set before anything imports Qt; every test gets its own
data folder through ``DAILY_PAPERS_DATA_DIR`` so no test touches a real profile.
No test reaches the internet: ``DAILY_PAPERS_AUTO_NETWORK=0`` turns the app's
automatic sync and downloads off (tests of them turn it back on against loopback
servers), and a guard fails any test that looks up a name other than loopback.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

import pytest

pytest_plugins = ["tests.conftest_http"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus-sample"
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point data, cache, config and HOME at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DAILY_PAPERS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    # The suite's real keyring is keyrings.alt's plaintext file in this folder, which
    # the app refuses unless opted in; tests of that refusal remove the opt-in.
    monkeypatch.setenv("DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING", "1")
    return home


LOOPBACK_NAMES = (None, "127.0.0.1", "localhost", "::1", "")


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Name lookups other than loopback fail at once, and fail the test afterwards."""
    real = socket.getaddrinfo
    attempts: list[str] = []

    def guarded(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = host.decode() if isinstance(host, bytes) else host
        if name not in LOOPBACK_NAMES:
            attempts.append(str(name))
            raise socket.gaierror(socket.EAI_NONAME, f"tests may not look up {name}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    monkeypatch.setenv("DAILY_PAPERS_AUTO_NETWORK", "0")
    yield attempts
    assert not attempts, f"the test tried to reach the internet: {attempts}"


@pytest.fixture
def corpus() -> Path:
    """The 17 real digest files of ../shared/corpus-sample (read in place, never copied)."""
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS}")
    return CORPUS


@pytest.fixture
def library(tmp_path: Path):
    from reader.library import Library

    lib = Library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def cli(tmp_path: Path):
    """Run ``python main.py --data-dir <tmp>/data ...`` in a subprocess."""
    import subprocess

    data = tmp_path / "data"

    def run(
        *args: str, input: str | None = None, data_dir: Path | None = None, timeout: float = 60
    ):
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir or data), *args],
            capture_output=True,
            text=True,
            input=input,
            timeout=timeout,
            cwd=ROOT,
        )

    run.data = data  # type: ignore[attr-defined]
    return run
