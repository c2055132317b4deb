"""UI stalls while an import and then a sync run in the real window, with marks made meanwhile.

    python benchmarks/stall_probe.py                    # builds what it needs in a temp folder
    python benchmarks/stall_probe.py --work DIR         # keep corpora and libraries in DIR
    python benchmarks/stall_probe.py --days 365         # a smaller library, for a quick look

The window (offscreen) opens a ~110,000-paper library. A 10 ms QTimer on the UI
thread records its ticks, and every 100 ms the probe marks a paper of the shown
day read or unread through the window's own path (``Marks.set_read``), while

1. the window imports a large generated corpus of new days (File > Import Folder's
   path, ``MainWindow.import_paths``), then
2. the window syncs (Sync Now) from a GitHub-shaped archive of generated, real-shaped
   digests served on 127.0.0.1 by a second process (``tests/fake_remote.py``).

``STALL_PROBE_STACKS=1`` samples the UI thread's stack every 5 ms while its heartbeat
is 30 ms late (what the window was doing); ``STALL_PROBE_SCHED=1`` adds each long
gap's wait for a CPU (the kernel's schedstat), ``STALL_PROBE_PROFILE=FILE`` a cProfile
of the UI thread; ``--runs N`` repeats the probe and prints the spread.

It reports the longest gap between heartbeat ticks during each phase (budget 50 ms:
a few frames), how long a mark took on the UI thread, and how long a mark waited
until it was written (queued behind an import's or a sync's batch). ``rows(work,
args)`` gives the rows ``benchmarks/run.py`` prints. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

HEARTBEAT_MS = 10
MARK_EVERY_MS = 100
STALL_BUDGET_MS = 50.0
MARK_BUDGET_MS = 16.0  # a mark on the UI thread: within one frame
TAIL_S = 1.0  # after a phase ends: the window's refresh counts as part of it
LONG_GAP_MS = 25.0  # gaps listed with the CPU the UI thread used in them (diagnosis)


def _stats(values: list[float]) -> dict[str, float]:
    if not values:
        return {"max": 0.0, "p99": 0.0, "median": 0.0, "n": 0}
    ordered = sorted(values)
    return {
        "max": ordered[-1],
        "p99": ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))],
        "median": statistics.median(ordered),
        "n": len(ordered),
    }


# ------------------------------------------------------------ the HTTP server


def serve(corpus: Path) -> None:
    """Serve *corpus* as the GitHub archive (and its raw files) until stdin closes."""
    from tests.fake_remote import FakeArchive, Thumbnails
    from tests.httpserver import LoopbackServer

    servers = [LoopbackServer() for _ in range(3)]
    archive = FakeArchive(servers[0], servers[1], corpus, Thumbnails(servers[2]))
    print(json.dumps({"api": archive.api_url, "raw": archive.raw_url}), flush=True)
    sys.stdin.read()
    for server in servers:
        server.stop()


# ------------------------------------------------------------------ the window


def child(data: Path, import_corpus: Path, api: str, raw: str) -> dict:
    """Open the window on *data*, import, sync, mark; return the measurements."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.cache import ThumbnailCache
    from reader.library import Library
    from reader.paths import AppPaths
    from reader.ui.common.settings import Settings
    from reader.ui.common.workers import Workers
    from reader.ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    paths = AppPaths(data=data, cache=data / "cache", config=data / "config")
    settings = Settings(paths.settings_file)
    for name, value in {
        "sync_interval_hours": 0,
        "sync_hf": False,
        "sync_github": True,
        "github_api_url": api,
        "github_raw_url": raw,
        "read_delay_ms": 600_000,  # only the probe's marks
        "pdf_auto_download": False,
    }.items():
        try:
            settings.set(name, value)
        except (KeyError, ValueError):  # a setting this version does not have
            pass
    library = Library(paths.database)
    workers = Workers()
    extra: dict = {}
    try:
        from keyrings.alt.file import PlaintextKeyring

        from reader.secrets import SecretStore

        backend = PlaintextKeyring()
        backend.file_path = str(data / "keyring.cfg")
        extra["secrets"] = SecretStore(backend=backend)
    except ImportError:
        pass
    window = MainWindow(
        library, settings, workers, ThumbnailCache(paths.thumbnails), paths=paths, **extra
    )
    window.resize(1280, 800)
    window.load()
    window.show()
    window.start_background(0)

    def run_until(done, timeout: float) -> bool:
        loop = QEventLoop()
        deadline = time.monotonic() + timeout
        ok = [False]

        def check() -> None:
            if done():
                ok[0] = True
                loop.quit()
            elif time.monotonic() > deadline:
                loop.quit()

        poll = QTimer()
        poll.timeout.connect(check)
        poll.start(20)
        loop.exec()
        poll.stop()
        return ok[0]

    run_until(lambda: not workers.busy(), 120)
    run_until(lambda: False, 1.0)  # settle: the first paint, counts

    ticks: list[float] = []
    cpu: list[tuple[float, float]] = []  # (UI thread, whole process) CPU seconds at each tick
    if os.environ.get("STALL_PROBE_STACKS"):  # what the UI thread did in each long gap
        _watch_stalls(ticks)
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)

    def tick() -> None:
        ticks.append(time.perf_counter())
        cpu.append((time.thread_time(), time.process_time()))

    heartbeat.timeout.connect(tick)
    collections: list[tuple[float, int, float]] = []  # (end, generation, ms) of each GC pass
    _time_collections(collections)
    waits: list[tuple[float, float]] = []  # (when, UI thread's time waiting for a CPU so far)
    if os.environ.get("STALL_PROBE_SCHED"):  # the kernel's run-queue wait of the UI thread
        _sample_run_delay(waits)

    ui_call: list[float] = []
    written: list[float] = []
    if hasattr(library, "submit"):  # the one writer: time each queued mark until written
        real_submit = library.submit

        def timed_submit(fn):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            future = real_submit(fn)
            future.add_done_callback(lambda _f: written.append(time.perf_counter() - started))
            return future

        library.submit = timed_submit  # type: ignore[method-assign]
    marks_seen = [0]
    day = window.sidebar.current_day()

    def mark() -> None:
        model = window.paper_list.model
        count = model.rowCount()
        if not count:
            return
        row = model.row(marks_seen[0] % count)
        marks_seen[0] += 1
        started = time.perf_counter()
        window.marks.set_read(row.id, [row.date or day], not row.read)
        ui_call.append(time.perf_counter() - started)
        if not hasattr(library, "submit"):  # written on the UI thread, at once
            written.append(ui_call[-1])

    marker = QTimer()
    marker.setInterval(MARK_EVERY_MS)
    marker.timeout.connect(mark)

    phases: dict[str, dict] = {}

    def phase(name: str, start, finished, timeout: float) -> None:
        first_tick = len(ticks)
        first_mark, first_written = len(ui_call), len(written)
        began = time.perf_counter()
        start()
        ended = run_until(finished, timeout)
        took = time.perf_counter() - began
        run_until(lambda: False, TAIL_S)
        stamps = ticks[first_tick:]
        gaps = [(b - a) * 1000 for a, b in zip(stamps, stamps[1:], strict=False)]
        used = cpu[first_tick:]
        long_gaps = sorted(
            (
                (
                    round(gaps[i], 1),  # the gap, then the CPU the UI thread and the process used
                    round((used[i + 1][0] - used[i][0]) * 1000, 1),
                    round((used[i + 1][1] - used[i][1]) * 1000, 1),
                    _waited(waits, stamps[i], stamps[i + 1]),  # and its wait for a CPU
                )
                for i in range(len(gaps))
                if gaps[i] > LONG_GAP_MS
            ),
            reverse=True,
        )
        passes = [(gen, ms) for end, gen, ms in collections if end >= began]
        phases[name] = {
            "gc": {
                "passes": len(passes),
                "longest_ms": max((ms for _g, ms in passes), default=0.0),
                "gen2": [round(ms, 1) for gen, ms in passes if gen == 2][:10],
            },
            "finished": ended,
            "seconds": took,
            "gap_ms": _stats(gaps),
            "long_gaps": long_gaps[:12],
            "ui_cpu_s": used[-1][0] - used[0][0] if used else 0.0,
            "process_cpu_s": used[-1][1] - used[0][1] if used else 0.0,
            "mark_ui_ms": _stats([v * 1000 for v in ui_call[first_mark:]]),
            "mark_written_ms": _stats([v * 1000 for v in written[first_written:]]),
        }

    profile = None
    if os.environ.get("STALL_PROBE_PROFILE"):  # cProfile of the UI thread only (diagnosis)
        import cProfile

        profile = cProfile.Profile()
        profile.enable()  # this thread's calls: the workers' threads are not profiled
    heartbeat.start()
    marker.start()
    papers_before = library.counts()["all"]

    started_import = [False]

    def import_done() -> bool:
        running = window.importer.running()
        started_import[0] |= running
        return started_import[0] and not running

    phase("import", lambda: window.import_paths([str(import_corpus)]), import_done, 600)
    papers_after_import = library.counts()["all"]

    sync_action = window.action_set["sync_now"]
    saw_busy = [False]

    def sync_done() -> bool:
        busy = not sync_action.isEnabled()
        saw_busy[0] |= busy
        return saw_busy[0] and not busy

    phase("sync", sync_action.trigger, sync_done, 600)
    papers_after_sync = library.counts()["all"]
    marker.stop()
    heartbeat.stop()
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["STALL_PROBE_PROFILE"])
    run_until(lambda: not workers.busy(), 30)

    closing = time.perf_counter()
    window.close()
    workers.shutdown()
    library.close()
    quit_s = time.perf_counter() - closing
    app.processEvents()
    return {
        "papers": papers_before,
        "imported": papers_after_import - papers_before,
        "synced": papers_after_sync - papers_after_import,
        "phases": phases,
        "close_s": quit_s,
    }


def _time_collections(collections: list[tuple[float, int, float]]) -> None:
    """Record each garbage collection: it holds the GIL, so it stops the UI thread too."""
    import gc

    started = [0.0]

    def callback(phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            started[0] = now
        else:
            collections.append((now, int(info["generation"]), (now - started[0]) * 1000))

    gc.callbacks.append(callback)


def _sample_run_delay(waits: list[tuple[float, float]]) -> None:
    """Every 5 ms, the UI thread's run-queue wait from the kernel's schedstat (diagnosis)."""
    import threading

    path = f"/proc/self/task/{threading.get_native_id()}/schedstat"

    def sample() -> None:
        with open(path, "rb", buffering=0) as handle:
            while True:
                handle.seek(0)
                waits.append((time.perf_counter(), int(handle.read().split()[1]) / 1e6))
                time.sleep(0.005)

    threading.Thread(target=sample, daemon=True).start()


def _waited(waits: list[tuple[float, float]], start: float, end: float) -> float:
    """The UI thread's run-queue wait between *start* and *end* (ms; -1 when not sampled)."""
    import bisect

    if not waits:
        return -1.0
    stamps = [w[0] for w in waits]
    first = max(0, bisect.bisect_left(stamps, start) - 1)
    last = min(len(waits) - 1, bisect.bisect_left(stamps, end))
    return round(waits[last][1] - waits[first][1], 1)


def _watch_stalls(ticks: list[float], limit_s: float = 0.03) -> None:
    """A thread that samples the UI thread's stack while its heartbeat is late (diagnosis).

    Each late gap prints how long it was and what the UI thread's innermost Python
    frames were at each 5 ms sample ("event loop" when it was in Qt, outside Python:
    painting, layout, or waiting for the GIL to call a slot).
    """
    import collections
    import threading

    main = threading.main_thread().ident

    def where() -> str:
        frame = sys._current_frames().get(main)
        names = []
        while frame is not None and len(names) < 3:
            code = frame.f_code
            if code.co_name == "run_until":
                break
            if "/reader/" in code.co_filename or len(names):
                short = code.co_filename.rsplit("/reader/", 1)[-1]
                names.append(f"{short}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return " < ".join(names) if names else "event loop"

    def watch() -> None:
        while True:
            time.sleep(0.005)
            if not ticks:
                continue
            last = ticks[-1]
            if time.perf_counter() - last < limit_s:
                continue
            samples: collections.Counter[str] = collections.Counter()
            while ticks[-1] == last:
                samples[where()] += 1
                time.sleep(0.005)
            gap = (ticks[-1] - last) * 1000
            lines = "\n".join(f"  {n:3d} x {w}" for w, n in samples.most_common(6))
            print(f"--- UI gap {gap:.0f} ms\n{lines}", file=sys.stderr, flush=True)

    threading.Thread(target=watch, daemon=True).start()


# --------------------------------------------------------------------- driver


def _generate(folder: Path, days: int, papers: int, seed: int, start: str) -> Path:
    from import_speed import load_generator

    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        load_generator().generate(folder, days=days, papers=papers, seed=seed, start=start)
        done.write_text("ok")
    return folder


def prepare(work: Path, days: int, papers: int, import_days: int, sync_days: int) -> dict:
    """The library (reused from run.py's lib-large when it matches), the two corpora."""
    from reader.importer import import_paths
    from reader.library import Library

    work.mkdir(parents=True, exist_ok=True)
    base = work / f"stall-lib-{days}x{papers}"
    shared = work / "lib-large" / "library.sqlite3"  # run.py's large library, if built
    if not (base / ".complete").exists():
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        if shared.exists() and days == 3650 and papers == 30:
            shutil.copyfile(shared, base / "library.sqlite3")
        else:
            source = _generate(work / f"corpus-{days}x{papers}", days, papers, 1, "2016-01-01")
            print(f"importing {days * papers:,} papers for the stall probe ...", file=sys.stderr)
            with Library(base / "library.sqlite3") as library:
                import_paths(library, [source])
        (base / ".complete").write_text("ok")
    # new days after the library's: the import and the sync store papers it does not have
    imported = _generate(
        work / f"stall-import-{import_days}x{papers}", import_days, papers, 5, "2030-01-01"
    )
    synced = _generate(
        work / f"stall-sync-{sync_days}x{papers}", sync_days, papers, 6, "2035-01-01"
    )
    return {"base": base, "import": imported, "sync": synced}


def measure(work: Path, days: int, papers: int, import_days: int, sync_days: int) -> dict:
    """One probe run in a child process (a fresh copy of the library), with its server."""
    made = prepare(work, days, papers, import_days, sync_days)
    run = work / "stall-run"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    shutil.copyfile(made["base"] / "library.sqlite3", run / "library.sqlite3")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DAILY_PAPERS_AUTO_NETWORK": "0",
        "DAILY_PAPERS_ALLOW_PLAINTEXT_KEYRING": "1",
        "PYTHONPATH": str(ROOT),
    }
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(made["sync"])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                str(run),
                str(made["import"]),
                urls["api"],
                urls["raw"],
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=1800,
        )
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(10)
    if os.environ.get("STALL_PROBE_STACKS"):
        sys.stderr.write(proc.stderr)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"stall probe failed ({proc.returncode}): {proc.stderr[-3000:]}")
    return json.loads(lines[-1])


def rows(work: Path, args: argparse.Namespace) -> list:
    """The stall figures as ``benchmarks/run.py`` rows (its Row class)."""
    from run import Row

    days = getattr(args, "days", 3650)
    papers = getattr(args, "papers", 30)
    import_days = getattr(args, "import_days", None) or max(30, days // 5)
    sync_days = getattr(args, "sync_days", None) or 60
    print("stall probe: import and sync in the window, marking meanwhile ...", file=sys.stderr)
    result = measure(Path(work), days, papers, import_days, sync_days)
    n = result["papers"]
    out = []
    for name in ("import", "sync"):
        ph = result["phases"][name]
        what = (
            f"{result['imported']:,} papers" if name == "import" else f"{result['synced']:,} papers"
        )
        done = "" if ph["finished"] else ", did not finish"
        out.append(
            Row(
                f"UI stall during {name} of {what} at {n:,} (longest 10 ms heartbeat gap)",
                ph["gap_ms"]["max"],
                "ms",
                STALL_BUDGET_MS,
                f"p99 {ph['gap_ms']['p99']:.0f} ms over {ph['seconds']:.1f} s{done}",
            )
        )
    ui = max(result["phases"][p]["mark_ui_ms"]["max"] for p in ("import", "sync"))
    written = max(result["phases"][p]["mark_written_ms"]["max"] for p in ("import", "sync"))
    marks = sum(result["phases"][p]["mark_ui_ms"]["n"] for p in ("import", "sync"))
    out.append(
        Row(
            "mark read during import/sync: UI thread, worst",
            ui,
            "ms",
            MARK_BUDGET_MS,
            f"{marks} marks",
        )
    )
    out.append(
        Row("mark read during import/sync: written after, worst", written, "ms", note="queued")
    )
    return out


def spread(work: Path, opts: argparse.Namespace) -> int:
    """Run the probe *opts.runs* times: each run's longest gaps, then min/median/max."""
    import_days = opts.import_days or max(30, opts.days // 5)
    found: dict[str, list[float]] = {"import": [], "sync": []}
    for run in range(opts.runs):
        result = measure(work, opts.days, opts.papers, import_days, opts.sync_days or 60)
        load = os.getloadavg()[0]
        parts = []
        for name in found:
            ph = result["phases"][name]
            found[name].append(ph["gap_ms"]["max"])
            worst = ", ".join(f"{g:.0f}/{u:.0f}/{w:.0f}" for g, u, _p, w in ph["long_gaps"][:4])
            parts.append(
                f"{name} {ph['gap_ms']['max']:.0f} ms (p99 {ph['gap_ms']['p99']:.0f}, "
                f"UI CPU {ph['ui_cpu_s']:.1f} of {ph['seconds']:.1f} s; gap/UI CPU/CPU wait ms: {worst}; "
                f"GC {ph['gc']['passes']} passes, longest {ph['gc']['longest_ms']:.0f} ms, "
                f"gen2 {ph['gc']['gen2']})"
            )
        print(f"run {run + 1} (load {load:.1f}): " + "; ".join(parts), flush=True)
    over = False
    for name, values in found.items():
        over |= max(values) >= STALL_BUDGET_MS
        print(
            f"longest gap during {name}: min {min(values):.0f}, median "
            f"{statistics.median(values):.0f}, max {max(values):.0f} ms over {len(values)} runs"
            f" (budget {STALL_BUDGET_MS:.0f})"
        )
    return 1 if over else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--days", type=int, default=3650, help="days in the library")
    parser.add_argument("--papers", type=int, default=30, help="papers per generated day")
    parser.add_argument("--import-days", type=int, default=None, help="days the import adds")
    parser.add_argument("--sync-days", type=int, default=None, help="days the sync adds")
    parser.add_argument("--work", help="keep corpora and libraries here between runs")
    parser.add_argument("--json", action="store_true", help="print the raw measurements")
    parser.add_argument(
        "--runs", type=int, default=1, help="repeat the probe and print the spread of each figure"
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.serve:
        serve(Path(opts.serve))
        return 0
    if opts.child:
        data, corpus, api, raw = opts.child
        print(json.dumps(child(Path(data), Path(corpus), api, raw)), flush=True)
        return 0
    work = Path(opts.work) if opts.work else Path(tempfile.mkdtemp(prefix="dpr-stall-"))
    try:
        if opts.runs > 1:
            return spread(work, opts)
        if opts.json:
            import_days = opts.import_days or max(30, opts.days // 5)
            result = measure(work, opts.days, opts.papers, import_days, opts.sync_days or 60)
            print(json.dumps(result, indent=1))
            return 0
        from run import print_table

        found = rows(work, opts)
        print_table(found)
        return 1 if any(r.verdict == "OVER" for r in found) else 0
    finally:
        if not opts.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
