"""One channel for messages meant for the user, free of Qt.

Core code and workers call :func:`error`, :func:`warning` or :func:`info`; the
window subscribes once (status bar for info, a non-modal message with details for
errors). Every message is also logged, so the command line and the log file see
what the window would have shown.

:func:`failure` is the one failure path of work the user started (a background
task, a command): an error of the environment (a damaged, locked or read-only
library, a full disk, or an error the caller names) already is one sentence and
is shown as it is; anything else is a bug, whose traceback goes to the log at
ERROR while the user reads one sentence naming it. :func:`is_environment` is
that branch, for the few places that only log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import NamedTuple

from reader.logsetup import FILE_ONLY
from reader.sentence import QT_TRANSLATE_NOOP, fill

log = logging.getLogger(__name__)


class Message(NamedTuple):
    """A message for the user (a named tuple: a dataclass costs ~1 ms at start-up)."""

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


BUG = QT_TRANSLATE_NOOP("notify", "%1 failed (%2); details are in the log file.")
Told = tuple[type[BaseException], ...]


def _always_told() -> Told:
    """Errors whose text is always one sentence for the user (imported late: no cycles)."""
    from reader.db import LibraryError

    return (LibraryError,)


def _cancelled(exc: BaseException) -> bool:
    from reader.neterrors import Cancelled  # light: no requests

    return isinstance(exc, Cancelled)


def is_environment(exc: BaseException, told: Told = ()) -> bool:
    """True when *exc* is the world's doing and its text says so in one sentence.

    The library's errors always are; *told* adds the caller's own (a ValueError
    from a check of user input, a user-state file that is not one). Anything else
    is a bug.
    """
    return isinstance(exc, _always_told() + tuple(told))


def failure(exc: BaseException, what: str, bug_text: str = "", told: Told = ()) -> None:
    """Tell the user that *what* ("Marking papers") failed: the one failure path.

    A cancel says nothing. An environment error (:func:`is_environment`) is shown
    as its own sentence. A bug is logged with its traceback at ERROR, and the user
    reads *bug_text* (``%1`` the exception's type name; the window passes its own
    translation) or else ``"<what> failed (<type>); details are in the log file."``.
    """
    if _cancelled(exc):
        log.debug("%s: cancelled", what)
        return
    if is_environment(exc, told):
        error(str(exc))
        return
    name = type(exc).__name__
    # the traceback for the log file; the console (the CLI's stderr) gets the sentence below
    log.error("%s failed", what, exc_info=(type(exc), exc, exc.__traceback__), extra=FILE_ONLY)
    error(fill(bug_text, [name]) if bug_text else BUG.arg(what, name))
