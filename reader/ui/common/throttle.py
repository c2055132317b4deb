"""Throttling rapid calls: the first runs at once, a burst collapses into one trailing call."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Call *fn* at most once every *delay_ms*; the last arguments of a burst win.

    Signals: none.
    """

    def __init__(
        self, fn: Callable[..., None], delay_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._delay = delay_ms
        self._last = 0.0
        self._pending: tuple[tuple[Any, ...], dict[str, Any]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        elapsed_ms = (time.monotonic() - self._last) * 1000
        if not self._timer.isActive() and elapsed_ms >= self._delay:
            self._last = time.monotonic()
            self._fn(*args, **kwargs)
            return
        self._pending = (args, kwargs)
        if not self._timer.isActive():
            self._timer.start(max(0, int(self._delay - elapsed_ms)))

    def flush(self) -> None:
        """Run a pending call now (tests and shutdown)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending = None

    def _fire(self) -> None:
        if self._pending is None:
            return
        args, kwargs = self._pending
        self._pending = None
        self._last = time.monotonic()
        self._fn(*args, **kwargs)
