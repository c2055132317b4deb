"""Runs the real app (``reader.ui.app.main``) and reports when it is ready, for ``run.py``.

    python benchmarks/startup_probe.py DATA_DIR [--interact N]

"Ready" is the first paint of the detail pane with a paper in it, i.e. the window
shown with the newest day listed and its first paper rendered. The only hook is
a wrapper around ``MainWindow.show`` that watches paints; everything else is the
app's own start-up. With ``--interact`` it then times day switches, opening
papers and search keystrokes in the same window, and prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def timings(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000,
    }


def interact(window, app, rounds: int) -> dict[str, object]:
    """Time the three interactions the budgets name, each *rounds* times."""
    rng = random.Random(7)
    dates = window.day_model.dates()
    pane = window.paper_list
    results: dict[str, object] = {}

    switches = []
    for date in rng.sample(dates, min(rounds, len(dates))):
        start = time.perf_counter()
        window.sidebar.select_day(date)
        app.processEvents()
        pane.view.viewport().repaint()
        window.detail.browser.viewport().repaint()
        switches.append(time.perf_counter() - start)
    results["day_switch"] = timings(switches)

    opens = []
    count = pane.model.rowCount()
    for i in range(rounds):
        start = time.perf_counter()
        pane.select_row(i % max(1, count))
        app.processEvents()
        window.detail.browser.viewport().repaint()
        opens.append(time.perf_counter() - start)
    results["open_paper"] = timings(opens)

    words = ["diffusion", "트랜스포머", "benchmark", "모델은", "agent", "reasoning"]
    keystrokes, queries = [], []
    pane.search.setFocus()
    for word in words:
        pane.clear_search()
        app.processEvents()
        for char in word:
            start = time.perf_counter()
            pane.search.insert(char)  # as typing does (QTest only types ASCII)
            app.processEvents()  # the UI thread's share of a keystroke
            keystrokes.append(time.perf_counter() - start)
            # skip the debounce and time the query itself, from dispatch to results shown
            pane._search_timer.stop()
            start = time.perf_counter()
            done = []
            pane.search_active.connect(done.append)
            pane._run_search()
            deadline = time.monotonic() + 5
            while not done and pane.searching() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.0005)
            pane.search_active.disconnect(done.append)
            pane.view.viewport().repaint()
            queries.append(time.perf_counter() - start)
    pane.clear_search()
    app.processEvents()
    results["search_keystroke"] = timings(keystrokes)
    results["search_query"] = timings(queries)
    results["rss_after_mb"] = current_rss_mb()
    results["peak_rss_mb"] = rss_mb()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--interact", type=int, default=0)
    parser.add_argument("--size", default="1280x800")
    opts = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DAILY_PAPERS_AUTO_NETWORK", "0")  # never sync during a measurement

    from PySide6.QtCore import QEvent, QObject, QTimer

    import reader.ui.window as main_window
    from reader import paths
    from reader.ui.app import main as app_main

    report: dict[str, object] = {}
    original_show = main_window.MainWindow.show

    class Ready(QObject):
        def __init__(self, window) -> None:
            super().__init__(window)
            self.window = window

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and self.window.detail.paper is not None:
                report["ready"] = time.time()
                report["rss_ready_mb"] = current_rss_mb()
                report["paper"] = self.window.detail.paper.id
                report["rows"] = self.window.paper_list.model.rowCount()
                obj.removeEventFilter(self)
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            from PySide6.QtWidgets import QApplication

            if opts.interact:
                report.update(interact(self.window, QApplication.instance(), opts.interact))
            report["peak_rss_mb"] = rss_mb()
            self.window.persist = False  # leave the benchmark's settings as they were
            self.window.close()

    def show(self) -> None:
        width, height = (int(v) for v in opts.size.split("x"))
        self.resize(width, height)
        self.detail.browser.viewport().installEventFilter(Ready(self))
        original_show(self)

    main_window.MainWindow.show = show
    args = argparse.Namespace(
        paths=paths.resolve(opts.data_dir), data_dir=opts.data_dir, verbose=False
    )
    status = app_main(args)
    print(json.dumps(report), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
