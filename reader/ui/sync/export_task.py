"""Writing an export the user asked for, off the UI thread, with one message either way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from reader import notify
from reader.plural import count_noun
from reader.ui.common.workers import Workers


def run_export(
    workers: Workers,
    context: QObject,
    path: str,
    produce: Callable[[], tuple[str, int]],
    noun: str,
) -> None:
    """Write ``produce()``'s text to *path* in a worker and say how many *noun* went out.

    The file gets the user's normal mode (``public=True``), as the CLI's exports do.
    """

    def work() -> int:
        from reader.fsutil import atomic_write

        text, count = produce()
        atomic_write(Path(path), text.encode("utf-8"), public=True)
        return count

    def failed(exc: BaseException) -> None:
        notify.error(f"Could not export to {path}: {getattr(exc, 'strerror', None) or exc}.")

    workers.run_task(
        work,
        lambda n: notify.info(f"Exported {count_noun(n, noun)} to {path}."),
        failed,
        context=context,
        name="export",
    )
