"""One channel for messages meant for the user, free of Qt.

Core code and workers call :func:`error`, :func:`warning` or :func:`info`; the
window subscribes once (status bar for info, a non-modal message with details for
errors). Every message is also logged, so the command line and the log file see
what the window would have shown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Message:
    level: str  # "info", "warning" or "error"
    text: str  # one sentence for the user
    details: str = ""  # optional longer text (per-file errors, a traceback)


Listener = Callable[[Message], None]
_listeners: list[Listener] = []
_lock = threading.Lock()


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call *listener* for every message (from any thread); returns an unsubscribe."""
    with _lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def _emit(level: str, text: str, details: str) -> None:
    getattr(log, level)("%s%s", text, f"\n{details}" if details else "")
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(Message(level, text, details))


def info(text: str, details: str = "") -> None:
    _emit("info", text, details)


def warning(text: str, details: str = "") -> None:
    _emit("warning", text, details)


def error(text: str, details: str = "") -> None:
    _emit("error", text, details)
