"""Runs the real app (``python main.py --data-dir DIR``) and reports when it is ready, for ``run.py``.

    python benchmarks/startup_probe.py DATA_DIR [--interact N] [--quit-after MS]

"Ready" is the first paint of the detail pane with a paper in it, i.e. the window
mapped (Qt paints a window only once the window system has exposed it) with the
newest day listed and its first paper rendered; "painted" is when that whole
first frame is painted (Qt paints the detail pane early in the frame, then the
list, the sidebar, the toolbars and the status bar: ~35 ms more at 110,000
papers). The hooks: a wrapper around ``QWidget.show`` that watches the main
window's paints, put in place when the app has created its QApplication (so Qt
is imported when the app imports it, as under ``main.py``), and one around
``reader.ui.app._after_first_paint`` (its start is the frame's end). Everything
else is the app's own start-up, through the same entry point as ``main.py``, so
the command line's parsing and imports are measured too. It prints one JSON
line: ``ready`` and ``painted`` (epoch s), the start-up ``marks`` the app
recorded (``reader.ui.app.STARTUP``; ``marks_cpu``: the same steps in CPU
seconds, steadier than the clock on a busy machine; ``after_paint_marks``: the
rest of the window, built right after the first paint), and ``close`` (epoch s
when the window was asked to close; the parent times the process's exit from
it). With ``--interact`` it first times day switches, opening papers and search
keystrokes in the window.
"""

from __future__ import annotations

import time

PYTHON_STARTED = time.time()  # before any import: the interpreter's own start ends here

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def shared_libraries() -> list[str]:
    """File names of the shared libraries (Qt's and its plugins included) mapped now (Linux)."""
    try:
        with open("/proc/self/maps") as fh:
            paths = {line.split()[-1] for line in fh if ".so" in line}
    except OSError:
        return []
    return sorted(path.rsplit("/", 1)[-1] for path in paths)


def timings(values: list[float]) -> dict[str, float]:
    import statistics  # not before the app: the probe adds nothing to its start-up

    ordered = sorted(values)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000,
    }


def interact(window, app, rounds: int) -> dict[str, object]:
    """Time the three interactions the budgets name, each *rounds* times."""
    import random

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
    parser.add_argument(
        "--quit-after", type=int, default=0, help="ms to wait after ready before closing"
    )
    parser.add_argument(
        "--modules",
        action="store_true",
        help="report the modules loaded and the Qt classes created when first painted",
    )
    opts = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DAILY_PAPERS_AUTO_NETWORK", "0")  # never sync during a measurement

    report: dict[str, object] = {"python_started": PYTHON_STARTED}
    # Qt is imported when the app imports it, as under main.py: the modules imported
    # before it (the command line, the library) then skip PySide's per-module check
    from reader.__main__ import main as reader_main
    from reader.ui import app as ui_app

    create_app = ui_app.create_app

    def create_app_watched(*args, **kwargs):
        app = create_app(*args, **kwargs)
        watch_the_window()
        return app

    def watch_the_window() -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        original_show = QWidget.show

        class Ready(QObject):
            def __init__(self, window) -> None:
                super().__init__(window)
                self.window = window

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and self.window.detail.paper is not None:
                    report["ready"] = time.time()
                    report["ready_cpu"] = time.process_time()  # steadier than wall time under load
                    report["rss_ready_mb"] = current_rss_mb()
                    report["gc_at_paint"] = gc.isenabled()
                    report["paper"] = self.window.detail.paper.id
                    report["rows"] = self.window.paper_list.model.rowCount()
                    if opts.modules:
                        report["modules"] = sorted(sys.modules)
                        # PySide creates a Qt class (and its enums) when first touched
                        report["qt_classes"] = sorted(
                            name
                            for module in ("QtCore", "QtGui", "QtWidgets")
                            for name in vars(sys.modules[f"PySide6.{module}"])
                            if name.startswith("Q")
                        )
                        report["libraries"] = shared_libraries()
                    obj.removeEventFilter(self)
                    QTimer.singleShot(0, self.finish)
                return False

            def finish(self) -> None:
                painted()
                if opts.interact:
                    report.update(interact(self.window, QApplication.instance(), opts.interact))
                report["peak_rss_mb"] = rss_mb()
                self.window.persist = False  # leave the benchmark's settings as they were
                QTimer.singleShot(opts.quit_after, self.close)

            def close(self) -> None:
                report["close"] = time.time()
                self.window.close()

        def show(self) -> None:
            if type(self).__name__ == "MainWindow" and "ready" not in report:
                width, height = (int(v) for v in opts.size.split("x"))
                self.resize(width, height)
                self.detail.browser.viewport().installEventFilter(Ready(self))
            original_show(self)

        QWidget.show = show

    def painted() -> None:
        """The whole first frame is painted: Qt paints every widget of the window while it
        handles one expose, and this runs from the first event after that handling."""
        if "ready" in report and "painted" not in report:
            report["painted"] = time.time()
            report["painted_cpu"] = time.process_time()

    after_first_paint = ui_app._after_first_paint

    def after_first_paint_watched(*args, **kwargs):
        painted()  # the app's own after-paint work is not part of its first frame
        return after_first_paint(*args, **kwargs)

    ui_app.create_app = create_app_watched
    ui_app._after_first_paint = after_first_paint_watched
    status = reader_main(["--data-dir", opts.data_dir])

    report["marks"] = ui_app.STARTUP
    report["marks_cpu"] = ui_app.STARTUP_CPU
    report["after_paint_marks"] = ui_app.AFTER_PAINT  # the rest of the window, built after
    report["quit_marks"] = ui_app.QUIT
    import json  # not before: the report's module list shows what the app loads

    print(json.dumps(report), flush=True)
    if ui_app.FINISHED:  # as reader.__main__.run ends the process after the window
        ui_app.exit_now(status)
    return status


if __name__ == "__main__":
    sys.exit(main())
