"""SIGKILL lands on the command-line sync at several moments; nothing the user made is lost.

The server is slowed (a delay per digest reply) so that each kill hits a sync in
flight: while listing, between downloads, around an import. After every kill the
database passes ``PRAGMA integrity_check`` and every bookmark, read mark and note is
there; a final sync finishes the job and a sync after it has nothing left to do.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.library import Library
from tests.conftest import ROOT
from tests.fake_remote import FakeArchive
from tests.sync_helpers import user_state

pytest_plugins = ["tests.sync_support"]


def _new_paper(day: str, n: int) -> bytes:
    return (
        f"\n### [Added upstream {n}](https://arxiv.org/abs/2599.{n:05d})\n\nVote: {n}\n\n"
        f"Authors: Kill Test\n\n- a paper added to {day} after the first sync\n"
    ).encode()


def _wait_for(predicate, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None or time.monotonic() > deadline:
            return
        time.sleep(0.005)


def test_sigkill_mid_sync_loses_nothing_and_the_next_sync_finishes(
    cli, archive: FakeArchive, tmp_path: Path
):
    urls = ["--api-url", archive.api_url, "--raw-url", archive.raw_url]
    args = ["sync", "--source", "github", *urls]
    first = cli(*args)
    assert first.returncode == 0, first.stderr
    database = cli.data / "library.sqlite3"
    with Library(database) as library:
        library.set_bookmarked(["2403.05135", "2405.18407", "2412.13663"])
        library.set_read(["2403.05530", "2403.05135", "2505.04921"])
        library.set_note("2403.05135", "keep me")
        library.add_tag("2405.18407", "kill-test")
        state = user_state(library)
    # every day changes upstream, and the server slows down
    days = archive.days
    for n, day in enumerate(days, 1):
        path = archive.day_path(day)
        archive.set_file(path, archive.files[path] + _new_paper(day, n))
    archive.delay = 0.06

    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(cli.data), *args]
    moments = [
        ("listing", lambda: len(archive.api.requests) >= 1, 0.02),
        ("first download", lambda: len(archive.raw_requests()) >= 1, 0.0),
        ("a few downloads", lambda: len(archive.raw_requests()) >= 3, 0.03),
        ("an import", lambda: len(archive.raw_requests()) >= 2, 1.05),  # chunks store each ~1 s
        ("later", lambda: len(archive.raw_requests()) >= 4, 0.01),
    ]
    killed = 0
    for name, reached, extra in moments:
        archive.api.clear_log()
        archive.raw.clear_log()
        proc = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ)
        )
        _wait_for(reached, proc)
        time.sleep(extra)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.communicate(timeout=10)
        with Library(database) as library:
            assert library.integrity_ok(), name
            assert user_state(library) == state, name
            assert len(library.days()) == 17, name
    assert killed >= 3  # the later moments may find the job already done

    archive.delay = 0.0
    final = cli(*args)
    assert final.returncode == 0, final.stderr
    with Library(database) as library:
        assert library.integrity_ok()
        assert user_state(library) == state
        assert len(library.days()) == 17
        for n, day in enumerate(days, 1):
            paper = library.paper(f"2599.{n:05d}")
            assert paper is not None and paper.dates == (day,), day
    done = cli(*args)
    assert (
        done.returncode == 0 and done.stdout == "0 new days, 0 new papers (0 files downloaded).\n"
    )
