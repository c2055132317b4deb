"""Baseline for start-up: one day's digest markdown in a bare QTextBrowser.

What a user could do instead of running the reader: open the newest file with
Qt's own markdown renderer. Run by ``benchmarks/run.py`` in a subprocess; prints
one JSON line ``{"ready": epoch seconds when first painted, "rss_mb": ...}``.

    python benchmarks/baseline_textbrowser.py DIGEST.md
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication(sys.argv[:1])
    browser = QTextBrowser()
    with open(sys.argv[1], encoding="utf-8") as fh:
        browser.setMarkdown(fh.read())
    browser.resize(1280, 800)

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                ready = time.time()
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(json.dumps({"ready": ready, "rss_mb": rss}), flush=True)
                QTimer.singleShot(0, app.quit)
                obj.removeEventFilter(self)
            return False

    watcher = PaintWatcher()
    browser.viewport().installEventFilter(watcher)
    browser.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
