"""Sync from the window against real loopback servers: progress, cancel, results, offline.

The fake GitHub archive (API and raw hosts), the Hugging Face API and the
thumbnail host of ``tests/fake_remote.py`` run on 127.0.0.1; the window is the
real one, its library a real SQLite file, its keyring a real file backend.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import paths as app_paths
from reader.ui.common.settings import Settings
from reader.ui.sidebar.model import NewRole
from reader.ui.sync.text import problem_text, relative_time, state_text
from reader.ui.window import MainWindow
from tests.fake_remote import FakeArchive, FakeHf, hf_item
from tests.httpserver import Reply
from tests.ui_support import *  # the window fixtures (see its __all__)
from tests.ui_support import FAST_NET, WriteWatch, close, settle

pytest_plugins = ["tests.sync_support"]

SAMPLE_DAYS = 4  # the bundled samples a first run imports (the first sync removes them)
CORPUS_DAYS = 17


def remote(archive: FakeArchive, fake_hf: FakeHf, **extra: object) -> dict[str, object]:
    """Settings that point every sync address at the loopback servers."""
    return {
        "github_api_url": archive.api_url,
        "github_raw_url": archive.raw_url,
        "hf_url": fake_hf.url,
        "sync_hf": False,
        "read_delay_ms": 60_000,
        **extra,
    }


def first_run(qtbot, make_window, archive, fake_hf, net_options=None, **extra):
    """A window on a fresh data folder, its bundled samples imported."""
    window = make_window(net_options=net_options, **remote(archive, fake_hf, **extra))
    qtbot.waitUntil(lambda: not window.importer.running(), timeout=10_000)
    qtbot.waitUntil(lambda: len(window.day_model.dates()) == SAMPLE_DAYS, timeout=5000)
    settle(qtbot, window)
    return window


class Ticker:
    """A 10 ms QTimer that records when it fired: proof the event loop kept running."""

    def __init__(self, window) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: (self.ticks.append(time.monotonic()), window.update()))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def wait_synced(qtbot, window, timeout: int = 20_000) -> list:
    reports: list = []
    window.sync.finished.connect(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=timeout)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.workers.busy(), timeout=5000)
    return reports


def test_sync_now_runs_in_a_worker_with_progress_then_shows_the_result(
    qtbot, make_window, archive, fake_hf
) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf)
    assert window.toolbar.actions().index(window.action_set["sync_now"]) == (
        window.toolbar.actions().index(window.sync_slot) - 1
    )
    archive.delay = 0.04  # every reply is slowed: the sync takes about a second
    labels: list[str] = []
    maxima: list[int] = []
    window.sync.progressed.connect(
        lambda _d, total, label: (labels.append(label), maxima.append(total))
    )
    reports: list = []
    window.sync.finished.connect(reports.append)
    writes = WriteWatch(window.library)
    window.action_set["sync_now"].trigger()
    assert window.sync_bar.isVisible() and window.sync_bar.mode == "progress"
    assert not window.action_set["sync_now"].isEnabled()  # one sync at a time
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    # the window kept painting: the sync stored off the UI thread, which never waited
    # for its writes (the stall itself is measured in benchmarks/stall_probe.py)
    writes.check_off_the_ui_thread()
    # the bar named the files as they came (a few a second: reports are coalesced)
    assert any(label.endswith(".md") for label in labels) and CORPUS_DAYS in maxima
    report = reports[0]
    assert report.ok and report.new_days == CORPUS_DAYS
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.day_model.dates()) == CORPUS_DAYS, timeout=5000)
    assert not window.sync_bar.isVisible() and window.action_set["sync_now"].isEnabled()
    assert window.status.currentMessage().startswith(f"{CORPUS_DAYS} new days, ")
    assert window.status.sync_state.text() == "Last sync: just now"
    # the days that arrived are flagged until visited
    model = window.day_model
    # the sample day on screen went with the samples: the window moved to the newest
    # day, which is thereby visited; every other day that arrived is flagged
    assert window.sidebar.current_day() == "2025-05-09"
    assert set(model.new_days()) == set(archive.days) - {"2025-05-09"}
    assert model.index_of_day("2024-03-11").data(NewRole)
    assert "2025-02-06" not in model.dates()  # the samples went when real data came
    window.sidebar.select_day("2024-03-11")
    assert not model.index_of_day("2024-03-11").data(NewRole)
    # a synced paper shows its cached thumbnail (the newest days' thumbnails came first)
    window.sidebar.select_day("2025-05-09")
    window.paper_list.select_row(0)
    settle(qtbot, window)
    paper = window.detail.paper
    assert paper is not None and paper.media_url.startswith(archive.thumbs.base)
    qtbot.waitUntil(lambda: f"thumb://{paper.id}/image" in window.detail.browser.toHtml())


def test_cancel_ends_a_hanging_sync_at_once_and_a_new_one_waits_for_it(
    qtbot, make_window, archive, fake_hf
) -> None:
    # the app's own 30 s read timeout: only the abort can end the hanging read in time
    slow = {**FAST_NET, "read_timeout": 30.0}
    window = first_run(qtbot, make_window, archive, fake_hf, net_options=slow)
    archive.tree_route(Reply(hang=True))  # the listing never answers
    ticker = Ticker(window)
    window.action_set["sync_now"].trigger()
    qtbot.waitUntil(lambda: bool(archive.api.requests_to(archive.tree_path)), timeout=5000)
    ticks = len(ticker.ticks)
    qtbot.wait(300)
    assert len(ticker.ticks) > ticks, "the event loop runs while the listing hangs"
    ticker.stop()
    assert window.sync.running() and window.sync_bar.mode == "progress"
    window.sync_bar.cancel_button.click()  # shuts the worker's socket; waits for nothing
    assert not window.sync.running()  # for the user it ended on the click
    assert not window.sync_bar.isVisible() and window.action_set["sync_now"].isEnabled()
    assert "Sync cancelled" in window.status.currentMessage()
    # a new sync waits for the cancelled worker (its read aborted) and then runs
    reports: list = []
    started = time.monotonic()
    window.sync.finished.connect(reports.append)
    window.action_set["sync_now"].trigger()
    assert window.sync_bar.mode == "progress" and "Waiting" in window.sync_bar.text
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=20_000)
    assert time.monotonic() - started < 10  # not held for the 30 s read timeout
    cancelled, fresh = reports
    assert cancelled.cancelled and cancelled.new_days == 0
    assert fresh.ok and fresh.new_days == CORPUS_DAYS
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.day_model.dates()) == CORPUS_DAYS)


def test_cancel_during_a_slow_sync_keeps_what_was_stored(
    qtbot, make_window, archive, fake_hf
) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf, sync_interval_hours=0)
    archive.delay = 0.15
    done: list[int] = []
    window.sync.progressed.connect(lambda d, total, _label: done.append(d) if total else None)
    reports: list = []
    window.sync.finished.connect(reports.append)
    window.action_set["sync_now"].trigger()
    qtbot.waitUntil(lambda: max(done, default=0) >= 4, timeout=10_000)
    clicked = time.monotonic()
    window.sync_bar.cancel_button.click()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert time.monotonic() - clicked < 1.5  # the worker stops between files
    report = reports[0]
    assert report.cancelled and 0 < report.new_days < CORPUS_DAYS
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.day_model.dates()) == report.new_days, timeout=5000)
    assert not window.sync_bar.isVisible()  # a cancel is not a problem to report
    assert "sync cancelled" in window.status.currentMessage()


def test_problems_show_in_a_bar_with_details_and_never_a_traceback(
    qtbot, make_window, archive, fake_hf
) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf)
    broken = archive.day_path("2024-03-11")
    archive.raw_route(broken, *[Reply(status=404, body=b"gone")] * 5)
    window.action_set["sync_now"].trigger()
    (report,) = wait_synced(qtbot, window)
    assert len(report.errors) == 1 and report.new_days == CORPUS_DAYS - 1
    bar = window.sync_bar
    assert bar.isVisible() and bar.mode == "problem"
    assert bar.text == "Sync finished with 1 problem; the next sync retries."
    assert bar.details_button.isVisible()
    bar.details_button.click()
    box = bar.box
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert "404" in box.detailedText() and "11.md" in box.detailedText()
    assert "Traceback" not in box.detailedText() + box.text()
    box.close()
    bar.close_button.click()
    assert not bar.isVisible()
    assert window.status.sync_state.text() == "Not synced yet"  # not a success: nothing recorded


def test_a_rate_limit_says_when_sync_can_resume(qtbot, make_window, archive, fake_hf) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf)
    reset = datetime.now(UTC) + timedelta(minutes=37)
    headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(reset.timestamp()))}
    archive.tree_route(
        Reply.json({"message": "API rate limit exceeded"}, status=403, headers=headers)
    )
    window.action_set["sync_now"].trigger()
    (report,) = wait_synced(qtbot, window)
    assert report.rate_limited
    text = window.sync_bar.text
    local = reset.astimezone()  # the reset in the user's local time, as the locale writes it
    assert f"sync can resume after {local.strftime('%-I:%M')}" in text
    assert "token" in text and "Traceback" not in text


def test_offline_the_window_shows_synced_days_and_cached_thumbnails(
    qtbot, make_window, archive, fake_hf, thumbs
) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf)
    window.action_set["sync_now"].trigger()
    (report,) = wait_synced(qtbot, window)
    assert report.ok and report.thumbnails > 0
    close(window)
    for server in (archive.api, archive.raw, thumbs.server, fake_hf.server):
        server.stop()
    again = make_window(background=True, **remote(archive, fake_hf))
    assert len(again.day_model.dates()) == CORPUS_DAYS
    assert again.sidebar.current_key() == "day:2025-05-09"  # the saved selection
    qtbot.waitUntil(lambda: again.status.sync_state.isVisible(), timeout=5000)
    assert again.status.sync_state.text() == "Last sync: just now"  # not offline: no attempt yet
    again.sidebar.select_day("2025-05-09")
    again.paper_list.select_row(0)
    again.commands.flush()
    paper = again.detail.paper
    assert paper is not None and paper.media_url
    qtbot.waitUntil(lambda: f"thumb://{paper.id}/image" in again.detail.browser.toHtml())
    assert not again.thumbnails.cached(paper.media_url).isNull()
    again.action_set["sync_now"].trigger()
    qtbot.waitUntil(lambda: not again.sync.running(), timeout=10_000)
    assert again.status.sync_state.text() == "⚠ Offline · Last sync: just now"
    assert again.sync_bar.mode == "problem" and "Could not reach" in again.sync_bar.text
    assert len(again.day_model.dates()) == CORPUS_DAYS  # nothing lost


def test_a_missing_thumbnail_is_fetched_when_its_paper_is_shown(
    qtbot, make_window, archive, fake_hf, thumbs, monkeypatch
) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf)
    window.action_set["sync_now"].trigger()
    wait_synced(qtbot, window)
    monkeypatch.setenv("DAILY_PAPERS_AUTO_NETWORK", "1")  # on-demand downloads allowed now
    window.sidebar.select_day("2023-12-12")  # an old day: beyond the per-sync cap
    first, second = [
        p for p in _papers_with_images(window) if window.thumbnail_cache.get(p) is None
    ][:2]
    paper = show_paper_with(window, first)
    qtbot.waitUntil(lambda: f"thumb://{paper.id}/image" in window.detail.browser.toHtml())
    assert len(thumbs.server.requests_to(first[len(thumbs.server.url) :])) == 1
    # with thumbnails hidden, nothing is downloaded
    window.settings.set("show_thumbnails", False)
    show_paper_with(window, second)
    qtbot.wait(300)
    assert not thumbs.server.requests_to(second[len(thumbs.server.url) :])
    assert window.thumbnail_cache.get(second) is None


def _papers_with_images(window) -> list[str]:
    urls = []
    for row in range(window.paper_list.model.rowCount()):
        paper = window.library.paper(window.paper_list.model.row(row).id)
        if paper.media_url and paper.media_kind == "image":
            urls.append(paper.media_url)
    return urls


def show_paper_with(window, media_url: str):
    for row in range(window.paper_list.model.rowCount()):
        window.paper_list.select_row(row)
        window.commands.flush()
        if window.detail.paper.media_url == media_url:
            return window.detail.paper
    raise AssertionError(f"no paper with {media_url}")


def test_hugging_face_days_sync_from_the_window_too(qtbot, make_window, archive, fake_hf) -> None:
    today = datetime.now(UTC).date()
    fake_hf.days[today.isoformat()] = [hf_item("2611.00001", "A Paper From Today", upvotes=42)]
    window = first_run(qtbot, make_window, archive, fake_hf, sync_github=False, sync_hf=True)
    window.action_set["sync_now"].trigger()
    (report,) = wait_synced(qtbot, window)
    assert report.ok and report.sources == ["hf"], report.errors
    qtbot.waitUntil(lambda: today.isoformat() in window.day_model.dates(), timeout=5000)
    # the sample day on screen went with the samples: the window shows the new day
    assert window.sidebar.current_day() == today.isoformat()
    assert "2025-02-06" not in window.day_model.dates()


def test_automatic_sync_is_due_only_when_the_last_one_is_old(
    qtbot, make_window, archive, fake_hf, monkeypatch
) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf, sync_interval_hours=6)
    sync = window.sync
    sync.due.disconnect(window.sync_ui._due)  # only the decision is under test here
    sync.known = True
    with qtbot.assertNotEmitted(sync.due):  # DAILY_PAPERS_AUTO_NETWORK=0 in tests
        sync.check_due()
    monkeypatch.setenv("DAILY_PAPERS_AUTO_NETWORK", "1")
    with qtbot.waitSignal(sync.due, timeout=1000):  # never synced
        sync.check_due()
    sync.last_success = datetime.now(UTC) - timedelta(hours=2)
    with qtbot.assertNotEmitted(sync.due):
        sync.check_due()
    sync.last_success = datetime.now(UTC) - timedelta(hours=7)
    with qtbot.waitSignal(sync.due, timeout=1000):
        sync.check_due()
    window.settings.set("sync_interval_hours", 0)  # only by hand
    with qtbot.assertNotEmitted(sync.due):
        sync.check_due()


def test_sync_words() -> None:
    now = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
    assert relative_time(now - timedelta(seconds=20), now) == "just now"
    assert relative_time(now - timedelta(minutes=5), now) == "5 min ago"
    assert relative_time(now - timedelta(hours=3), now) == "3 h ago"
    assert relative_time(now - timedelta(days=4), now) == "4 days ago"
    assert relative_time(now - timedelta(days=40), now) == "Fri, Jan 30, 2026"
    assert state_text(None) == "Not synced yet"
    from reader.sources.base import SyncReport

    assert problem_text(SyncReport(sources=["github"])) is None
    offline = SyncReport(sources=["github"], errors=["x"], unreachable=["github"])
    assert offline.offline and "Could not reach" in problem_text(offline)[0]
    limited = SyncReport(sources=["github"], errors=["limited"], rate_limited=True)
    assert "resume later" in problem_text(limited)[0]
    assert problem_text(SyncReport(sources=["github"], cancelled=True)) is None


def test_closing_the_window_mid_sync_stops_it_cleanly(qtbot, make_window, archive, fake_hf) -> None:
    window = first_run(qtbot, make_window, archive, fake_hf)
    archive.delay = 0.1
    window.action_set["sync_now"].trigger()
    qtbot.waitUntil(lambda: bool(archive.raw_requests()), timeout=5000)
    started = time.monotonic()
    close(window)
    assert time.monotonic() - started < 2.0
    assert not window.sync.workers.busy()


def run_main(data: Path, check: Callable[[MainWindow], bool], limit_ms: int = 20_000) -> None:
    """Run ``reader.ui.app.main`` on *data*; *check(window)* is polled, and True closes the window."""
    from reader.ui.app import main

    app = QApplication.instance()
    font = app.font()
    failure: list[BaseException] = []

    def watch() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            return
        try:
            finished = check(shown[0])
        except BaseException as exc:
            failure.append(exc)
            finished = True
        if finished:
            timer.stop()
            shown[0].close()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)  # a safety net: never hang the suite
    guard.start(limit_ms)
    args = SimpleNamespace(paths=app_paths.resolve(data), data_dir=str(data), verbose=False)
    try:
        assert main(args) == 0
    finally:
        timer.stop()
        guard.stop()
        app.setFont(font)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_reader_handler", False)]:
            root.removeHandler(handler)
            handler.close()
    if failure:
        raise failure[0]


def test_sync_on_start_follows_the_first_run_import_and_skips_a_recent_sync(
    tmp_path, archive, fake_hf, monkeypatch
) -> None:
    monkeypatch.setenv("DAILY_PAPERS_AUTO_NETWORK", "1")
    data = tmp_path / "data"
    settings = Settings(app_paths.resolve(data).settings_file)
    # the bundled samples name real thumbnail hosts: no on-demand downloads here
    for name, value in remote(
        archive, fake_hf, sync_interval_hours=6, show_thumbnails=False
    ).items():
        settings.set(name, value)
    settings.sync()
    seen: dict[str, object] = {}

    def first(window: MainWindow) -> bool:
        if "wired" not in seen:
            seen["wired"] = time.monotonic()
            window.sync.running_changed.connect(
                lambda on: (
                    on
                    and seen.setdefault(
                        "at_start", (window.importer.running(), len(window.library.days()))
                    )
                )
            )
        return len(window.day_model.dates()) == CORPUS_DAYS and not (
            window.sync.running() or window.workers.busy()
        )

    run_main(data, first)
    # the samples were in before the sync began, and the window was up long before
    assert seen["at_start"] == (False, SAMPLE_DAYS)
    listings = len(archive.api.requests_to(archive.tree_path))
    assert listings == 1

    def second(window: MainWindow) -> bool:
        if not window.sync.known:
            seen["known"] = None
            return False
        seen.setdefault("known", time.monotonic())
        if seen["known"] is None:
            seen["known"] = time.monotonic()
        assert not window.sync.running()
        assert window.status.sync_state.text().startswith("Last sync: ")
        return time.monotonic() - seen["known"] > 0.4

    run_main(data, second)
    assert len(archive.api.requests_to(archive.tree_path)) == listings  # no second sync
