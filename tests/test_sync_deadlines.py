"""A sync against servers that trickle, stall or never answer: it ends, says why, keeps
what came; retries are shown while they wait; a killed write's temporary file is cleared.

Real loopback servers (tests/fake_remote.py), a real library, the real CLI in a
subprocess; stall 1 s and deadlines of a few seconds keep the file fast. Time bounds
are generous: they tell "ended by the rule" from "ran until the server gave up".
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.fsutil import atomic_write, is_temp_name, remove_stale_temp_files
from reader.library import Library
from reader.paths import AppPaths
from reader.sources.sync import SyncService, SyncSettings
from tests.fake_remote import FakeArchive
from tests.httpserver import Reply
from tests.sync_helpers import fast_client

pytest_plugins = ["tests.sync_support"]

TREE = "/repos/l-yohai/daily_papers_ko/git/trees/main?recursive=1"


def _sync(cli, archive: FakeArchive, *extra: str):
    urls = ["--api-url", archive.api_url, "--raw-url", archive.raw_url]
    args = ["sync", "--source", "github", *urls, *extra]
    start = time.monotonic()
    result = cli(*args, timeout=60)
    return result, time.monotonic() - start


def _last_error(result) -> str:
    return result.stderr.strip().splitlines()[-1]


# ------------------------------------------------------------------ the CLI


def test_cli_a_trickling_server_ends_in_one_sentence_within_the_deadline(cli, archive):
    archive.api.route(archive.tree_path, Reply(body=b"x" * 50_000, trickle=0.2))
    result, elapsed = _sync(cli, archive, "--stall-timeout", "1", "--deadline", "3")
    assert result.returncode == 1
    assert _last_error(result) == (
        f"The download from {archive.api.netloc}{TREE} stalled: less than 1 KB arrived in 1 second."
    )
    assert "Traceback" not in result.stderr
    assert result.stdout.count("\n") == 1 and "1 problem" in result.stdout
    assert elapsed < 3 + 8, elapsed  # the deadline plus the interpreter's start, not 30 s


def test_cli_a_server_that_never_answers_ends_in_one_sentence(cli, archive):
    archive.api.route(archive.tree_path, Reply(hang=True))
    result, elapsed = _sync(cli, archive, "--stall-timeout", "1", "--deadline", "3")
    assert result.returncode == 1
    assert _last_error(result) == f"{archive.api.netloc} did not answer within 1 second."
    assert "Traceback" not in result.stderr
    assert elapsed < 3 + 8, elapsed


def test_cli_a_steady_but_endless_download_ends_at_the_deadline(cli, archive):
    # 2 KB every 0.1 s never stalls, yet 2 MB would take 100 s
    archive.tree_route(Reply(body=b"{" + b" " * 2_000_000, trickle=0.1, trickle_bytes=2048))
    result, elapsed = _sync(cli, archive, "--stall-timeout", "1", "--deadline", "3")
    assert result.returncode == 1
    assert _last_error(result) == (
        "The sync stopped at its deadline of 3 seconds; "
        "what it downloaded is kept and the next sync goes on."
    )
    assert "Traceback" not in result.stderr
    assert 3 <= elapsed < 3 + 8, elapsed


def test_cli_prints_each_retry_while_it_waits(cli, archive):
    archive.tree_route(Reply(status=500), Reply(status=503))
    result, _elapsed = _sync(cli, archive)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    where = f"{archive.api.netloc} answered"
    assert (
        f"{where} 500 Internal Server Error for {TREE}. Retrying in 0.5 s (attempt 2 of 4)."
        in lines
    )
    assert f"{where} 503 Service Unavailable for {TREE}. Retrying in 1 s (attempt 3 of 4)." in lines
    assert result.stdout.startswith("17 new days")


def test_cli_prints_a_rate_limit_pause_as_a_retry(cli, fake_hf):
    fake_hf.route("2025-06-02", Reply(status=429, headers={"Retry-After": "1"}))
    result = cli(
        "sync",
        "--source",
        "hf",
        "--hf-url",
        fake_hf.url,
        "--since",
        "2025-06-01",
        "--until",
        "2025-06-03",
    )
    assert result.returncode == 0, result.stderr
    line = re.compile(
        rf"Rate limited by {re.escape(fake_hf.server.netloc)}; try again after "
        r"(\d{4}-\d\d-\d\d )?\d\d:\d\d UTC\. Retrying in 1 s \(attempt 2 of 4\)\."
    )
    assert [x for x in result.stderr.splitlines() if line.fullmatch(x)], result.stderr
    assert fake_hf.requested_dates().count("2025-06-02") == 2


@pytest.mark.parametrize("flag", ["--deadline", "--stall-timeout"])
@pytest.mark.parametrize("value", ["0", "-5", "inf", "nan"])
def test_cli_bad_limits_are_one_sentence(cli, flag, value):
    result = cli("sync", flag, value)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{flag} must be a positive number of seconds."


# ------------------------------------------------------------- the service


def _tarball_archive(http_server_factory, corpus: Path, thumbs) -> FakeArchive:
    return FakeArchive(http_server_factory(), http_server_factory(), corpus, thumbs, tarball=True)


def test_a_stalled_archive_falls_back_to_single_files_after_one_stall_window(
    http_server_factory, corpus: Path, thumbs, library: Library, app_paths: AppPaths
):
    archive = _tarball_archive(http_server_factory, corpus, thumbs)
    codeload = "/codeload/l-yohai/daily_papers_ko/legacy.tar.gz/refs/heads/main"
    archive.raw.route(codeload, Reply(body=b"\x1f\x8b" + b"\0" * 200_000, stall_after=4096))
    settings = SyncSettings(
        api_url=archive.api_url, raw_url=archive.raw_url, tarball_min_files=5, thumbnails_per_sync=0
    )
    with fast_client(stall_timeout=1.0) as client:
        start = time.monotonic()
        report = SyncService(library, app_paths, client, settings).run()
        elapsed = time.monotonic() - start
    assert report.ok, report.errors
    assert report.new_days == 17 and len(archive.raw_requests()) == 17  # one by one
    assert len(archive.raw.requests_to(codeload)) == 1  # the archive is not retried
    assert elapsed < 8, elapsed  # one stall window, then the fallback


def test_the_deadline_stops_a_slow_sync_and_keeps_what_came(
    make_service, library: Library, archive: FakeArchive
):
    archive.delay = 0.25  # 17 files one by one: more than 4 s
    service = make_service(deadline=1.5)
    start = time.monotonic()
    report = service.run()
    elapsed = time.monotonic() - start
    assert not report.ok and report.errors == [
        "The sync stopped at its deadline of 1.5 seconds; "
        "what it downloaded is kept and the next sync goes on."
    ]
    assert 0 < report.new_days < 17 and len(library.days()) == report.new_days
    assert report.thumbnails == 0  # no thumbnail round after the deadline
    assert elapsed < 5, elapsed
    archive.delay = 0.0
    again = make_service().run()  # the next sync goes on from there
    assert again.ok and len(library.days()) == 17


def test_without_a_listener_a_retry_shows_in_the_progress_then_the_label_returns(
    make_service, archive: FakeArchive
):
    archive.tree_route(Reply(status=502))
    seen: list[tuple[int, int, str]] = []
    report = make_service().run(progress=lambda d, t, label: seen.append((d, t, label)))
    assert report.ok
    listing = "Listing the files of l-yohai/daily_papers_ko"
    retry = (
        f"{archive.api.netloc} answered 502 Bad Gateway for {TREE}. "
        "Retrying in 0.01 s (attempt 2 of 3)."
    )
    at = seen.index((0, 0, retry))
    assert seen[at - 1] == (0, 0, listing) and seen[at + 1] == (0, 0, listing)


# ------------------------------------------------------- orphaned temp files


def _age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when), follow_symlinks=False)


def test_a_sync_clears_temporary_files_that_killed_runs_left(
    make_service, app_paths: AppPaths, tmp_path: Path
):
    files = app_paths.digests / "github" / "l-yohai" / "daily_papers_ko" / "main" / "files"
    day = files / "paper_logs" / "2024" / "03"
    day.mkdir(parents=True)
    thumbs = app_paths.thumbnails / "ab"
    thumbs.mkdir(parents=True)
    old = [day / ".11.md.k2j4_x9a.tmp", thumbs / ".abcdef.png.0qz81mnb.tmp"]
    fresh = day / ".12.md.a1b2c3d4.tmp"  # another process may be writing this one now
    kept = [
        fresh,
        day / ".notes.tmp",  # not our pattern
        day / "draft.md.a1b2c3d4.tmp",  # no leading dot: not ours
        day / ".13.md.ABCDEFGH.tmp",  # mkstemp never uses capitals
    ]
    for path in old + kept:
        path.write_bytes(b"half a file")
    outside = tmp_path / "elsewhere.md"
    outside.write_bytes(b"not the cache's")
    link = day / ".14.md.zzzzzzzz.tmp"
    link.symlink_to(outside)
    for path in [*old, *kept[1:], outside]:
        _age(path, 2 * 3600)
    _age(link, 2 * 3600)
    make_service().run()
    assert not any(p.exists() for p in old)
    assert all(p.exists() for p in kept)
    assert link.is_symlink() and outside.read_bytes() == b"not the cache's"


def test_a_write_killed_mid_way_leaves_a_file_the_cleanup_knows(tmp_path: Path):
    target = tmp_path / "cache" / "2024" / "03" / "11.md"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, sys, time\n"
            "from pathlib import Path\n"
            "from reader.fsutil import atomic_write\n"
            "os.replace = lambda *a: time.sleep(60)  # killed before the rename\n"
            "atomic_write(Path(sys.argv[1]), b'half of a digest')\n",
            str(target),
        ],
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(target.parent.glob("*.tmp")):
            time.sleep(0.05)
        time.sleep(0.2)  # written and fsynced, sleeping in the rename
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    (orphan,) = target.parent.iterdir()
    assert is_temp_name(orphan.name) and not target.exists()
    assert remove_stale_temp_files(tmp_path / "cache") == 0  # young: maybe still written
    assert remove_stale_temp_files(tmp_path / "cache", now=time.time() + 3601) == 1
    assert list(target.parent.iterdir()) == []
    atomic_write(target, b"whole")  # and the real thing still works there
    assert target.read_bytes() == b"whole" and os.listdir(target.parent) == ["11.md"]
