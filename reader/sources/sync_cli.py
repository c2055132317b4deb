"""``python main.py sync``: progress on stderr, a one-line summary on stdout.

Exit status: 0 when every selected source completed, 1 when anything failed (each
problem is one sentence on stderr; what did download stays stored), 2 for bad
options. Each retry is a line on stderr while it waits; ``--deadline`` bounds the
whole run and ``--stall-timeout`` each request (see :mod:`reader.netwatch`). Tokens
come from the keyring and are never printed. What no flag names comes from the
settings the window's Preferences and ``config set`` write (:mod:`reader.config`):
the sources turned on, the archive's repository, branch and folder, the addresses,
the deadline, the stall timeout and the Hugging Face backfill.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from typing import TextIO

from reader.config import for_paths
from reader.library import Library
from reader.plural import count_noun
from reader.sources.sync import SyncService, SyncSettings, make_client
from reader.sources.sync_config import SOURCES, enabled_sources, sync_values

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class StderrProgress:
    """Progress for people: one rewritten line on a terminal, sparse lines in a log."""

    def __init__(self, stream: TextIO, verbose: bool = False) -> None:
        self.stream = stream
        self.verbose = verbose
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last_label = ""
        self._last_time = 0.0
        self._width = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        if total == 0:  # a phase starts ("Listing the files of ..."): always worth a line
            if label and label != self._last_label:
                self._line(label + "...", final=True)
                self._last_label = label
            return
        if not label:
            return
        text = f"[{min(done + 1, total)}/{total}] {label}"
        if self.tty:
            self._line(text, final=False)
        elif self.verbose or time.monotonic() - self._last_time >= 2.0:
            self._line(text, final=True)
            self._last_time = time.monotonic()

    def _line(self, text: str, final: bool) -> None:
        if self.tty:
            pad = max(0, self._width - len(text))
            self.stream.write("\r" + text + " " * pad + ("\n" if final else ""))
            self._width = 0 if final else len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def notice(self, text: str) -> None:
        """A line of its own that stays (e.g. a retry), whatever the progress mode."""
        self._line(text, final=True)

    def retry(self, notice: object) -> None:
        """A retry listener for :meth:`SyncService.run`: one line per retry."""
        if notice is not None:
            self.notice(str(notice))

    def finish(self) -> None:
        if self.tty and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def configured(args: argparse.Namespace) -> tuple[SyncSettings, list[str]]:
    """The sync settings and sources of ``config`` (the window's Preferences), before flags."""
    stored = for_paths(args.paths)
    return SyncSettings().updated(**sync_values(stored.get)), list(enabled_sources(stored.get))


def settings_from_args(args: argparse.Namespace, base: SyncSettings | None = None) -> SyncSettings:
    """*base* (the defaults when None) with every flag the user gave put over it."""
    return (base or SyncSettings()).updated(
        repo=getattr(args, "repo", None),
        branch=getattr(args, "branch", None),
        path=getattr(args, "path", None),
        api_url=getattr(args, "api_url", None),
        raw_url=getattr(args, "raw_url", None),
        hf_url=getattr(args, "hf_url", None),
        deadline=getattr(args, "deadline", None),
        stall_timeout=getattr(args, "stall_timeout", None),
        hf_backfill_days=getattr(args, "hf_backfill_days", None),
        hf_burst=getattr(args, "hf_burst", None),
        hf_interval=getattr(args, "hf_interval", None),
    )


def _err(text: str) -> None:
    sys.stderr.write(text.rstrip("\n") + "\n")


def run_sync(args: argparse.Namespace) -> int:
    """Run one sync as the ``sync`` sub-command describes; returns the exit status."""
    try:
        base, sources = configured(args)
    except (OSError, TimeoutError) as exc:
        _err(f"Cannot read the settings file: {exc}.")
        return EXIT_USAGE
    settings = settings_from_args(args, base)
    if args.source:
        sources = list(SOURCES) if args.source == "all" else [args.source]
    elif not sources:
        _err("Both sources are turned off (config sync_github, sync_hf); use --source.")
        return EXIT_USAGE
    verbose = bool(getattr(args, "verbose", False))
    try:
        settings.github_repo()
    except ValueError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if args.since and args.until and args.since > args.until:
        _err(f"The since date {args.since} is after the until date {args.until}.")
        return EXIT_USAGE
    for flag, value in (
        ("--deadline", settings.deadline),
        ("--stall-timeout", settings.stall_timeout),
    ):
        if not 0 < value < math.inf:
            _err(f"{flag} must be a positive number of seconds.")
            return EXIT_USAGE
    client, note = make_client(settings)
    if note:
        _err(note)
    progress = StderrProgress(sys.stderr, verbose)
    with client, Library(args.paths.database) as library:
        try:
            service = SyncService(library, args.paths, client, settings)
            report = service.run(
                sources, args.since, args.until, progress=progress, on_retry=progress.retry
            )
        except ValueError as exc:
            progress.finish()
            _err(str(exc))
            return EXIT_USAGE
        progress.finish()
    for message in report.errors:
        _err(message)
    if verbose:
        for message in report.warnings:
            _err(f"warning: {message}")
    elif report.warnings:
        _err(f"{count_noun(len(report.warnings), 'warning')} (run with -v to see them).")
    sys.stdout.write(report.summary() + "\n")
    return EXIT_OK if report.ok else EXIT_FAILED
