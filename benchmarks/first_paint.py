"""The start-up probes' common end: show a window, note its first paint, close, print the report.

Used by ``baseline_textbrowser.py`` and ``floor_window.py``, which import it after
Qt (it imports nothing before it is called).
"""

from __future__ import annotations

import json
import resource
import time


def run_until_painted(app, window, painted_widget, report: dict, marks: list) -> int:
    """Show *window*; when *painted_widget*'s viewport is first painted, close it.

    ``report`` gets ``ready`` (the first paint), ``painted`` and ``close`` (the first
    event after that frame) and ``rss_mb``; *marks* gets ``show``. Prints *report* as
    one JSON line once the event loop ended, and returns its status.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                report["ready"] = time.time()
                report["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                obj.removeEventFilter(self)
                QTimer.singleShot(0, close)
            return False

    def close() -> None:
        report["painted"] = time.time()  # the first event after the frame was painted
        report["close"] = time.time()
        window.close()  # the last window: the event loop ends, as a user's close would

    watcher = PaintWatcher()
    painted_widget.viewport().installEventFilter(watcher)
    window.show()
    marks.append(("show", time.time()))
    status = app.exec()
    print(json.dumps(report), flush=True)
    return status
