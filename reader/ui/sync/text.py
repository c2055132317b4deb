"""The words the window uses about sync: 'Last sync: 5 min ago', summaries, what went wrong.

Plain functions over a :class:`~reader.sources.base.SyncReport` (and an import's
report), so the wording is tested without a window. The reports are numbers; the
sentences are made here, in the window's language (``QCoreApplication.translate``
under the context ``SyncText``), while the CLI keeps the reports' own English
``summary()``. Nothing here imports the network stack at start-up.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reader.sentence import fill
from reader.ui.common.core_text import translated
from reader.ui.common.i18n import clock_text, day_text, time_text

if TYPE_CHECKING:
    from reader.importer import ImportReport
    from reader.sources.base import SyncReport


def relative_time(when: datetime, now: datetime | None = None) -> str:
    """``just now``, ``5 min ago``, ``3 h ago``, ``yesterday``, ``4 days ago`` or a date."""
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("SyncText", "just now")
    # (lupdate reads a plural's count only from a plain name: hence the names below)
    minutes, hours = int(seconds // 60), int(seconds // 3600)
    if seconds < 3600:
        return QCoreApplication.translate("SyncText", "%n min ago", "", minutes)
    if seconds < 86400:
        return QCoreApplication.translate("SyncText", "%n h ago", "", hours)
    local, today = when.astimezone().date(), now.astimezone().date()
    if local == today - timedelta(days=1):
        return QCoreApplication.translate("SyncText", "yesterday")
    days = (today - local).days
    if seconds < 7 * 86400:
        return QCoreApplication.translate("SyncText", "%n day(s) ago", "", days)
    return day_text(local)


def state_text(last_success: datetime | None, now: datetime | None = None) -> str:
    """The status bar's sync label."""
    if last_success is None:
        return QCoreApplication.translate("SyncText", "Not synced yet")
    words = QCoreApplication.translate("SyncText", "Last sync: %1")
    return words.replace("%1", relative_time(last_success, now))


def last_success_tip(when: datetime | None, offline: bool) -> str:
    """The sync label's tooltip: the last success's local date and time, and offline."""
    tip = ""
    if when is not None:
        tip = QCoreApplication.translate("SyncText", "Last successful sync: %1")
        tip = tip.replace("%1", time_text(when))
    if offline:
        tip += "\n" if tip else ""
        tip += QCoreApplication.translate(
            "SyncText", "The last attempt could not reach the servers; synced days read offline."
        )
    return tip


def reset_text(when: datetime) -> str:
    """When a rate limit ends, in local time: '오후 2:05' today, else with the date."""
    if when.astimezone().date() == datetime.now(UTC).astimezone().date():
        return clock_text(when)
    return time_text(when)


def sync_summary(report: SyncReport) -> str:
    """The status bar's line after a sync: '3 new days, 61 new papers (17 files downloaded).'"""
    new_days, new_papers, downloaded = report.new_days, report.new_papers, report.downloaded
    thumbnails, problems = report.thumbnails, len(report.errors)
    days = QCoreApplication.translate("SyncText", "%n new day(s)", "", new_days)
    papers = QCoreApplication.translate("SyncText", "%n new paper(s)", "", new_papers)
    hf_days = report.hf_days  # Hugging Face days: counted as days, they are no files
    parts = []
    if downloaded - hf_days or not hf_days:
        count = downloaded - hf_days
        parts.append(QCoreApplication.translate("SyncText", "%n file(s) downloaded", "", count))
    if hf_days:
        parts.append(
            QCoreApplication.translate("SyncText", "%n day(s) from Hugging Face", "", hf_days)
        )
    files = (
        parts[0]
        if len(parts) == 1
        else fill(QCoreApplication.translate("SyncText", "%1, %2"), parts)
    )
    if thumbnails:
        thumbs = QCoreApplication.translate("SyncText", "%n thumbnail(s)", "", thumbnails)
        files = fill(QCoreApplication.translate("SyncText", "%1, %2"), [files, thumbs])
    text = fill(QCoreApplication.translate("SyncText", "%1, %2 (%3)"), [days, papers, files])
    if report.cancelled:
        tail = QCoreApplication.translate("SyncText", "sync cancelled")
    elif report.rate_limited:
        reset = report.rate_limit_reset
        tail = (
            QCoreApplication.translate("SyncText", "rate limited, resume after %1").replace(
                "%1", reset_text(reset)
            )
            if reset
            else QCoreApplication.translate("SyncText", "rate limited")
        )
    elif report.errors:
        tail = QCoreApplication.translate(
            "SyncText", "%n problem(s), the next sync retries", "", problems
        )
    else:
        return text + "."
    return fill(QCoreApplication.translate("SyncText", "%1; %2."), [text, tail])


def import_summary(report: ImportReport) -> str:
    """The status bar's line after an import: '3 files imported (61 papers, 2 new, 1 new day).'"""
    imported, unchanged, skipped = report.imported, report.unchanged, len(report.failed)
    paper_count, new_papers, new_days = report.papers, report.new_papers, report.new_days
    if imported == 0:
        text = QCoreApplication.translate(
            "SyncText", "Nothing changed (%n file(s) already up to date)", "", unchanged
        )
    else:
        files = QCoreApplication.translate("SyncText", "%n file(s) imported", "", imported)
        papers = QCoreApplication.translate("SyncText", "%n paper(s)", "", paper_count)
        new = QCoreApplication.translate("SyncText", "%n new", "", new_papers)
        days = QCoreApplication.translate("SyncText", "%n new day(s)", "", new_days)
        same = QCoreApplication.translate("SyncText", "%n unchanged", "", unchanged)
        text = fill(
            QCoreApplication.translate("SyncText", "%1 (%2, %3, %4); %5"),
            [files, papers, new, days, same],
        )
    if skipped:  # which files, and why: '2 skipped: a.md is empty; b.md is not a digest'
        words = QCoreApplication.translate("SyncText", "%n skipped", "", skipped)
        text = fill(
            QCoreApplication.translate("SyncText", "%1; %2: %3"),
            [text, words, skipped_text(report.failed)],
        )
    if report.cancelled:
        text = QCoreApplication.translate("SyncText", "Import cancelled: %1").replace("%1", text)
    return text if text.endswith(".") else text + "."


SKIPPED_SHOWN = 3  # skipped files named in an import's summary; the rest are counted


def skipped_text(failed: list[str]) -> str:
    """The first skipped files with their reasons, then 'and 5 more' (all are in the details).

    A reason names its file by path; the summary keeps only the file's name.
    """
    shown = [_short_paths(translated(line)).rstrip(".") for line in failed[:SKIPPED_SHOWN]]
    text = "; ".join(shown)
    more = len(failed) - len(shown)
    if more > 0:
        text = fill(QCoreApplication.translate("SyncText", "%1; and %n more", "", more), [text])
    return text


def _short_paths(line: str) -> str:
    """'/home/me/digests/2024/03/11.md is empty.' -> '11.md is empty.'"""
    return re.sub(r"(?<!\S)(?:~|\.{1,2})?/(?:[^\s/]+/)*([^\s/]+)", r"\1", line)


def lines_text(lines: list[str]) -> str:
    """Per-file or per-day messages, each translated, one per line (a message box's details)."""
    return "\n".join(translated(line) for line in lines)


def problem_text(report: SyncReport) -> tuple[str, str] | None:
    """``(sentence, details)`` for a report worth a message, or None when all went well.

    The details list every error (and the warnings after them) for the Details view.
    """
    if report.cancelled:
        return None
    hint = QCoreApplication.translate(
        "SyncText", "A GitHub token (Preferences > Tokens) raises the limit."
    )
    if report.rate_limited:
        when = report.rate_limit_reset
        if when:
            text = QCoreApplication.translate(
                "SyncText", "The server's rate limit was reached; sync can resume after %1. %2"
            )
            text = fill(text, [reset_text(when), hint])
        else:
            text = QCoreApplication.translate(
                "SyncText",
                "The server's rate limit was reached; sync can resume later (usually within the"
                " hour). %1",
            ).replace("%1", hint)
    elif report.offline:
        text = QCoreApplication.translate(
            "SyncText", "Could not reach the sync servers; everything synced before reads offline."
        )
    elif report.errors:
        problems = len(report.errors)
        text = QCoreApplication.translate(
            "SyncText", "Sync finished with %n problem(s); the next sync retries.", "", problems
        )
    else:
        return None
    details = "\n".join(f"• {translated(e)}" for e in report.errors)
    if report.warnings:
        heading = QCoreApplication.translate("SyncText", "Warnings:")
        details += f"\n\n{heading}\n" + "\n".join(f"• {translated(w)}" for w in report.warnings)
    return text, details
