"""Baseline for start-up: one day's digest markdown in a bare QTextBrowser.

What a user could do instead of running the reader: open the newest file with
Qt's own markdown renderer. Run by ``benchmarks/run.py`` in a subprocess, under
the same display as the app; prints one JSON line ``{"ready": epoch seconds when
first painted, "painted": when that first frame is done, "rss_mb": ..., "marks":
[[step, epoch s], ...]}``.

    python benchmarks/baseline_textbrowser.py DIGEST.md
"""

from __future__ import annotations

import time

PYTHON_STARTED = time.time()

import os  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    marks: list[tuple[str, float]] = []
    from PySide6.QtWidgets import QApplication, QTextBrowser

    marks.append(("Qt imports", time.time()))
    app = QApplication(sys.argv[:1])
    marks.append(("QApplication", time.time()))
    browser = QTextBrowser()
    with open(sys.argv[1], encoding="utf-8") as fh:
        browser.setMarkdown(fh.read())
    browser.resize(1280, 800)
    marks.append(("window built", time.time()))
    report: dict[str, object] = {"python_started": PYTHON_STARTED, "marks": marks}
    from first_paint import run_until_painted

    return run_until_painted(app, browser, browser, report, marks)


if __name__ == "__main__":
    sys.exit(main())
