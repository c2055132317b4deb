"""Writing an export the user asked for, off the UI thread, with one message either way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from reader import notify
from reader.ui.common.core_text import translated
from reader.ui.common.workers import Workers


def run_export(
    workers: Workers,
    context: QObject,
    path: str,
    produce: Callable[[], tuple[str, int]],
    noun: str,
) -> None:
    """Write ``produce()``'s text to *path* in a worker and say how many *noun* went out.

    *noun* is ``note`` or ``bookmark`` (each has its translated plural sentence).

    The file gets the user's normal mode (``public=True``), as the CLI's exports do.
    """

    def work() -> int:
        from reader.fsutil import atomic_write

        text, count = produce()
        atomic_write(Path(path), text.encode("utf-8"), public=True)
        return count

    def failed(exc: BaseException) -> None:
        reason = getattr(exc, "strerror", None) or translated(str(exc))
        text = QCoreApplication.translate("ExportTask", "Could not export to %1: %2.")
        notify.error(text.replace("%1", path).replace("%2", reason))

    def done(count: int) -> None:
        if noun == "note":
            text = QCoreApplication.translate("ExportTask", "Exported %n note(s) to %1.", "", count)
        else:
            text = QCoreApplication.translate(
                "ExportTask", "Exported %n bookmark(s) to %1.", "", count
            )
        notify.info(text.replace("%1", path))

    workers.run_task(
        work,
        done,
        failed,
        context=context,
        name="export",
    )
