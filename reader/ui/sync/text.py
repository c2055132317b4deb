"""The words the window uses about sync: 'Last sync: 5 min ago', and what went wrong.

Plain functions over a :class:`~reader.sources.base.SyncReport`, so the wording is
tested without a window. Nothing here imports the network stack at start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.sources.base import SyncReport

TOKEN_HINT = "A GitHub token (Preferences > Tokens) raises the limit."


def relative_time(when: datetime, now: datetime | None = None) -> str:
    """``just now``, ``5 min ago``, ``3 h ago``, ``yesterday``, ``4 days ago`` or a date."""
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    local, today = when.astimezone().date(), now.astimezone().date()
    if local == today - timedelta(days=1):
        return "yesterday"
    if seconds < 7 * 86400:
        return f"{(today - local).days} days ago"
    return local.isoformat()


def state_text(last_success: datetime | None, now: datetime | None = None) -> str:
    """The status bar's sync label."""
    if last_success is None:
        return "Not synced yet"
    return f"Last sync: {relative_time(last_success, now)}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def problem_text(report: SyncReport) -> tuple[str, str] | None:
    """``(sentence, details)`` for a report worth a message, or None when all went well.

    The details list every error (and the warnings after them) for the Details view.
    """
    if report.cancelled:
        return None
    if report.rate_limited:
        from reader.sources.base import format_reset

        when = report.rate_limit_reset
        resume = f"after {format_reset(when)}" if when else "later (usually within the hour)"
        text = f"The server's rate limit was reached; sync can resume {resume}. {TOKEN_HINT}"
    elif report.offline:
        text = "Could not reach the sync servers; everything synced before reads offline."
    elif report.errors:
        text = (
            f"Sync finished with {_plural(len(report.errors), 'problem')}; the next sync retries."
        )
    else:
        return None
    details = "\n".join(f"• {e}" for e in report.errors)
    if report.warnings:
        details += "\n\nWarnings:\n" + "\n".join(f"• {w}" for w in report.warnings)
    return text, details
