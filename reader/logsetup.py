"""Logging for the app and the command line: a log file for details, stderr for humans.

Tracebacks go to the log file only; the user sees one sentence (see
:mod:`reader.notify`). Tokens never reach a log: :class:`RedactFilter` masks
anything that looks like one, and any URL query that looks secret, as a second
line of defence.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

_TOKEN_RE = re.compile(
    r"(gh[pousr]_[A-Za-z0-9]{10,}|github_pat_[A-Za-z0-9_]{10,}|hf_[A-Za-z0-9]{10,}|Bearer\s+\S+)"
)
_QUERY_RE = re.compile(r"\?[^\s\"'<>]*")
# Query parameters whose values must never reach a message or a log line (here, not in
# reader.neterrors: the first log record of a start would load the network's errors).
SECRET_WORDS = ("token", "key", "secret", "password", "auth", "sig")


def redact(message: str) -> str:
    """*message* with token-shaped strings and secret-looking URL queries masked.

    The one redaction of the app: every log handler's filter, and urllib3's request
    lines (:mod:`reader.net_transport`), go through it.
    """

    def query(match: re.Match[str]) -> str:
        text = match.group(0)
        return "?[redacted]" if any(w in text.lower() for w in SECRET_WORDS) else text

    return _QUERY_RE.sub(query, _TOKEN_RE.sub("[redacted]", message))


class RedactFilter(logging.Filter):
    """Masks tokens and secret queries in every record it sees (see :func:`redact`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


# ``log.exception(..., extra=FILE_ONLY)``: details for the log file when the user is
# told the same thing in their own sentence (the CLI's stderr line, a dialog).
FILE_ONLY = {"file_only": True}


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


class ConsoleFormatter(logging.Formatter):
    """One line per record for a human at a terminal: no traceback, no details.

    ``log.exception`` and multi-line messages (a traceback passed as text) keep
    their details in the log file; stderr gets the first line only.
    """

    def format(self, record: logging.LogRecord) -> str:
        first = record.getMessage().split("\n", 1)[0].rstrip()
        return f"{record.levelname}: {first}"


def setup(log_dir: Path | None, console_level: int = logging.WARNING) -> Path | None:
    """Send records to stderr at *console_level* and, with details, to a rotating file."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for handler in list(root.handlers):
        if getattr(handler, "_reader_handler", False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler()
    console.setLevel(console_level)
    console.setFormatter(ConsoleFormatter())
    console.addFilter(_not_file_only)
    handlers: list[logging.Handler] = [console]
    log_file = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            log_file = log_dir / "reader.log"
            _rotate(log_file)
            file_handler = logging.FileHandler(log_file, encoding="utf-8")
            file_handler.setLevel(logging.INFO)
            file_handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            handlers.append(file_handler)
        except OSError:
            log_file = None  # an unwritable log folder must not stop the app
    for handler in handlers:
        handler.addFilter(RedactFilter())
        handler._reader_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return log_file


def _rotate(log_file: Path, max_bytes: int = 1_000_000, keep: int = 2) -> None:
    """Start a new log when the old one is big, keeping *keep* old ones.

    Rotating once per start is enough for a desktop app, and spares every start
    the import of ``logging.handlers`` (sockets, pickle, queues: ~10 ms).
    """
    try:
        if log_file.stat().st_size < max_bytes:
            return
    except OSError:
        return
    for index in range(keep, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        newer = log_file.with_name(f"{log_file.name}.{index - 1}") if index > 1 else log_file
        if newer.exists():
            os.replace(newer, older)
