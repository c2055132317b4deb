"""Test isolation: offscreen Qt, temporary data folders, and failing on stray errors.

``QT_QPA_PLATFORM`` is set before anything imports Qt; every test gets its own
data folder through ``DAILY_PAPERS_DATA_DIR`` so no test touches a real profile.
No test reaches the internet: ``DAILY_PAPERS_AUTO_NETWORK=0`` turns the app's
automatic sync and downloads off (tests of them turn it back on against loopback
servers), and a guard fails any test that looks up a name other than loopback.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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


@dataclass
class _Strays:
    """Qt warnings and ERROR records seen while one test ran, and what it expected."""

    expected: list[re.Pattern[str]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def unexpected(self) -> list[str]:
        return [m for m in self.seen if not any(p.search(m) for p in self.expected)]


_current = _Strays()  # between tests too: what arrives then is blamed on the next test


# The offscreen platform plugin the suite runs on has no window manager: it says so
# when the window asks one for something (a size hint, raise(), a keyboard grab).
# That is the test platform's limit, not the app's fault; every other warning counts.
_PLATFORM_LIMITS = re.compile(
    r"^This plugin does not support \w+\(\)$|^This plugin does not support grabbing"
)


def _on_qt_message(mode, context, message: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QtMsgType

    if _PLATFORM_LIMITS.match(message):
        return
    if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        name = getattr(mode, "name", str(mode))
        _current.seen.append(f"Qt {name}: {message}")
    sys.stderr.write(f"{message}\n")


class _ErrorRecords(logging.Handler):
    """Every ERROR record (from any thread) goes on the running test's list."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a bad format string is itself worth failing on
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            text += f" [{type(record.exc_info[1]).__name__}: {record.exc_info[1]}]"
        _current.seen.append(f"log {record.levelname} {record.name}: {text}")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "expect_errors(*regexes): Qt warnings or ERROR logs this test causes on purpose"
    )
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_on_qt_message)
    handler = _ErrorRecords(logging.ERROR)
    logging.getLogger().addHandler(handler)


@pytest.fixture(autouse=True)
def _fail_on_stray_errors(request: pytest.FixtureRequest) -> Iterator[_Strays]:
    """Fail the test on a Qt warning or ERROR record it did not declare (see the docstring)."""
    global _current
    strays = _Strays(seen=list(_current.seen))
    for marker in request.node.iter_markers("expect_errors"):
        strays.expected += [re.compile(p) for p in marker.args]
    _current = strays
    yield strays
    _current = _Strays()
    unexpected = strays.unexpected()
    if unexpected:
        pytest.fail(
            "unexpected Qt warnings or logged errors (declare them with expect_errors):\n  "
            + "\n  ".join(unexpected),
            pytrace=False,
        )


@pytest.fixture
def expect_errors(_fail_on_stray_errors: _Strays) -> Callable[..., list[str]]:
    """``expect_errors(r"regex", ...)``: these Qt warnings or ERROR logs are the test's point.

    Returns the list of what was seen so far, for a test that asserts on it.
    """

    def declare(*patterns: str) -> list[str]:
        _fail_on_stray_errors.expected += [re.compile(p) for p in patterns]
        return _fail_on_stray_errors.seen

    return declare


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
