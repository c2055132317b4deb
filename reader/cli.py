"""The command line: argparse sub-commands over the library and the sources.

No Qt is imported here; ``screenshot`` and the bare command (open the window)
import the UI lazily. ``python main.py`` reaches the window without this module
(:mod:`reader.launch`); ``cli.main([])`` opens it the same way. Bad input ends
in one sentence on stderr and a non-zero exit, never a traceback: unexpected
errors are logged to the log file.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import __version__, logsetup, paths
from reader.db import LibraryError
from reader.launch import run_window, window_args
from reader.library import Library
from reader.model import iso_date
from reader.plural import count_noun

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad input from the user: printed as one sentence, exit status 2."""


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text.rstrip("\n") + "\n")


def _library(args: argparse.Namespace) -> Library:
    return Library(args.paths.database)


def _papers(count: int) -> str:
    """``1 paper``, ``2 papers``: the CLI's messages are English (scripts read them)."""
    return count_noun(count, "paper")


def _ensure_papers(library: Library, ids: Sequence[str]) -> list[str]:
    missing = [i for i in ids if not library.exists(i)]
    if missing:
        raise UsageError(f"No paper with id {', '.join(missing)} in the library.")
    return list(ids)


def cmd_import(args: argparse.Namespace) -> int:
    from reader.importer import import_paths  # the parser: not loaded to open the window

    with _library(args) as library:

        def progress(done: int, total: int, name: str) -> None:
            if args.verbose and name:
                _err(f"[{done + 1}/{total}] {name}")

        report = import_paths(library, args.paths_to_import, progress=progress)
    for message in report.failed:
        _err(f"skipped: {message}")
    for message in report.warnings:
        _err(f"warning: {message}")
    _out(report.summary())
    return 0 if report.imported or report.unchanged else 1


def _paper_dicts(library: Library, ids: Sequence[str]) -> list[dict]:
    from reader.cli_userstate import paper_dicts  # with triage state, note, tags, watch hits

    return paper_dicts(library, ids)


def cmd_days(args: argparse.Namespace) -> int:
    with _library(args) as library:
        days = library.days()
    if args.json:
        _out(json.dumps([{"date": d.date, "papers": d.papers, "unread": d.unread} for d in days]))
    else:
        for d in days:
            papers = count_noun(d.papers, "paper")
            _out(f"{d.date}  {papers:>11}  {d.unread:4d} unread")
    return 0


def _print_rows(rows: list, as_json: bool, library: Library) -> None:
    if as_json:
        _out(json.dumps(_paper_dicts(library, [r.id for r in rows]), ensure_ascii=False, indent=2))
        return
    for r in rows:
        votes = "-" if r.votes is None else str(r.votes)
        mark = ("*" if r.bookmarked else " ") + (" " if r.read else "•")
        _out(f"{r.id:<12} {votes:>4} {mark} {r.title}")


def cmd_papers(args: argparse.Namespace) -> int:
    from reader.library import PaperQuery

    with _library(args) as library:
        rows = library.rows(PaperQuery(date=args.date), 0, 1_000_000)
        if not rows and not any(d.date == args.date for d in library.days()):
            raise UsageError(f"No day {args.date} in the library.")
        _print_rows(rows, args.json, library)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _library(args) as library:
        _ensure_papers(library, [args.id])
        data = _paper_dicts(library, [args.id])[0]
    if args.json:
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    authors = ", ".join(data["authors"]) + (" et al." if data["authors_truncated"] else "")
    _out(f"{data['title']}\n{authors}\nvotes: {data['votes']}  dates: {', '.join(data['dates'])}")
    _out(f"{data['url']}\n")
    for part in data["summary"]:
        indent = "  " * (part["level"] + 1)
        heading = f"[{part['heading']}] " if part["heading"] else ""
        _out(f"{indent}- {heading}{part['text']}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from reader.sources.pdf_cli import search_json_extra

    if args.limit < 1:
        raise UsageError("--limit must be at least 1.")
    query = " ".join(args.query)
    if not query.strip():
        raise UsageError("Give a word to search for.")
    with _library(args) as library:
        # one more than asked, to say so when the list is cut rather than stop silently
        rows, fulltext = search_json_extra(args.paths, library, query, args.limit + 1)
        more = len(rows) > args.limit
        rows = rows[: args.limit]
        if args.json:  # each result says whether only its downloaded PDF matched
            items = _paper_dicts(library, [r.id for r in rows])
            for item in items:
                item["fulltext"] = fulltext.get(item["id"], False)
            _out(json.dumps(items, ensure_ascii=False, indent=2))
        else:
            _print_rows(rows, False, library)
        total = _search_total(args.paths, library, query) if more else len(rows)
    # notes go to stderr so stdout stays the results; no match is exit 1, as grep does,
    # so a script can tell "found nothing" from "found" without reading the text
    if not rows:
        _err(f"No papers match “{query}”.")
    elif more:
        # more than the limit (at least 1) matched, so the total is plural
        _err(f"{len(rows):,} of {total:,} papers shown; use --limit N to see more.")
    return 0 if rows else 1


def _search_total(app_paths: paths.AppPaths, library: Library, text: str) -> int:
    """How many papers ``search`` would list with no limit (PDF-text hits included)."""
    from reader.fulltext import FILE_NAME, FullText
    from reader.library import PaperQuery

    index_path = app_paths.cache / FILE_NAME
    pdf_ids: tuple[str, ...] = ()
    if index_path.exists():  # as search_json_extra: no index file is created for a count
        with FullText(index_path) as index:
            pdf_ids = tuple(index.search(text))
    return library.count(PaperQuery(text=text, also_ids=pdf_ids))


def cmd_pdf(args: argparse.Namespace) -> int:
    from reader.sources.pdf_cli import run_pdf

    return run_pdf(args)


def cmd_read(args: argparse.Namespace) -> int:
    with _library(args) as library:
        ids = _ensure_papers(library, args.ids)
        changed = library.set_read(ids, args.command == "read")
    _out(f"{_papers(len(changed))} marked {args.command}.")
    return 0


def cmd_bookmark(args: argparse.Namespace) -> int:
    with _library(args) as library:
        if args.action == "list":
            ids = library.bookmarked_ids()
            if args.json:
                _out(json.dumps(_paper_dicts(library, ids), ensure_ascii=False, indent=2))
            else:
                for paper in library.papers(ids):
                    _out(f"{paper.id:<12} {paper.title}")
            return 0
        if not args.ids:
            raise UsageError("Name at least one paper id to bookmark.")
        ids = _ensure_papers(library, args.ids)
        changed = library.set_bookmarked(ids, args.action == "add")
    verb = "bookmarked" if args.action == "add" else "unbookmarked"
    _out(f"{_papers(len(changed))} {verb}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reader import export
    from reader.library import PaperQuery

    with _library(args) as library:
        if args.format in ("markdown", "ris"):  # notes as Markdown, RIS (reader.cli_userstate)
            from reader.cli_userstate import export_items

            text, count = export_items(library, args.format, args.bookmarked)
            if args.format == "markdown" and count == 0:
                _err(
                    "No bookmarked paper has a note to export."
                    if args.bookmarked
                    else "No paper has a note to export."
                )
                return 1
        else:
            ids = library.bookmarked_ids() if args.bookmarked else library.ids(PaperQuery())
            papers = library.papers(ids)
            items = [(p, library.state(p.id)) for p in papers]
            count = len(papers)
            if args.format == "json":
                text = export.to_json(items)
            elif args.format == "csv":
                text = export.to_csv(items)
            else:
                text = export.to_bibtex(papers)
    if args.output:
        if not Path(args.output).parent.is_dir():  # a typo in the folder is not a new folder
            raise UsageError(f"Cannot write {args.output}: the folder does not exist.")
        try:
            from reader.fsutil import atomic_write

            atomic_write(Path(args.output), text.encode("utf-8"), public=True)
        except OSError as exc:
            raise UsageError(f"Cannot write {args.output}: {exc.strerror or exc}.") from exc
        _err(f"Exported {_papers(count)} to {args.output}.")
    else:
        sys.stdout.write(text)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite's integrity check, read-only: the on-demand half of the damage check."""
    with _library(args) as library:
        problem = library.check(full=not args.quick)
    if problem is None:
        _out(f"The library {args.paths.database} passed SQLite's integrity check.")
        return 0
    _err(
        f"The library {args.paths.database} is damaged ({problem}); export what you need, "
        "then move it away or restore it from a backup."
    )
    return 1


def cmd_compact(args: argparse.Namespace) -> int:
    """Deflate the texts an upgrade left, then VACUUM: the file gives back its free pages."""
    database = args.paths.database
    if not Path(database).exists():
        raise UsageError(f"There is no library at {database} to compact.")
    with _library(args) as library:
        before, after = library.compact()  # refused (exit 3) when read-only or damaged
    won = max(0, before - after)
    _out(
        f"Compacted {database}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB"
        f" ({won / 1e6:.1f} MB given back)."
    )
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from reader.secrets import KeyringUnavailable, SecretStore, read_secret_from

    store = SecretStore()
    try:
        if args.action == "set":
            try:
                value = read_secret_from(sys.stdin)
            except (ValueError, EOFError) as exc:
                raise UsageError("No token was given on standard input.") from exc
            store.set(args.service, value)
            _out(f"The {args.service} token is stored in the system keyring.")
        else:
            store.clear(args.service)
            _out(f"The {args.service} token is removed.")
    except KeyringUnavailable as exc:
        _err(str(exc))
        return 1
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from reader.sources.sync_cli import run_sync

    return run_sync(args)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from reader.ui.shell.screenshot import run_screenshot

    return run_screenshot(args)


class CommandParser(argparse.ArgumentParser):
    """A sub-command's parser: options may come before or after its positionals.

    Plain argparse (before Python 3.12.7) gives a ``nargs="*"`` positional its
    empty match as soon as an option follows the positional before it, so
    ``watch add --exclude survey`` left "survey" unrecognised while ``watch add
    survey --exclude`` worked. Intermixed parsing reads the options first, then
    every positional, whatever the order.
    """

    _intermixing = False  # parse_known_intermixed_args calls parse_known_args itself

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def _date(text: str) -> str:
    day = iso_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-03-11")
    return day


def _count(text: str) -> int:
    value = int(text) if text.strip().isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds of 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    from reader.netwatch import DEFAULT_DEADLINE, DEFAULT_STALL_TIMEOUT  # light: no requests

    parser = argparse.ArgumentParser(
        prog="daily-papers", description="Read daily AI-paper digests, online or offline."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help=f"keep every file under DIR (or set {paths.ENV_DATA_DIR})"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="say more on stderr")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add the app to the desktop's menu (.desktop file and icon under XDG_DATA_HOME)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    p = sub.add_parser("import", help="import digest files or folders (recursive *.md)")
    p.add_argument("paths_to_import", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "sync",
        help="download new digests (GitHub archive, Hugging Face); unset flags come from 'config'",
    )
    p.add_argument(
        "--source",
        choices=("github", "hf", "all"),
        help="the sources to sync (default: those turned on, sync_github and sync_hf)",
    )
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument("--repo", metavar="OWNER/NAME")
    p.add_argument("--branch")
    p.add_argument("--path", metavar="DIR")
    p.add_argument("--api-url")
    p.add_argument("--raw-url")
    p.add_argument("--hf-url")
    p.add_argument(
        "--deadline",
        type=float,
        metavar="SECONDS",
        help=f"stop the whole sync after this long (default: sync_deadline_minutes, {DEFAULT_DEADLINE:g} s)",
    )
    p.add_argument(
        "--stall-timeout",
        type=float,
        metavar="SECONDS",
        help=f"give up a download that brings under 1 KB in this long (default: sync_stall_seconds, {DEFAULT_STALL_TIMEOUT:g} s)",
    )
    p.add_argument("--hf-backfill-days", type=_count, metavar="N", help="HF days to reach back")
    p.add_argument("--hf-burst", type=_count, metavar="N", help="HF requests sent at once...")
    p.add_argument("--hf-interval", type=_seconds, metavar="S", help="...then one per S seconds")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("days", help="list the days in the library, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_days)

    p = sub.add_parser("papers", help="list one day's papers, by votes")
    p.add_argument("--date", required=True, type=_date)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_papers)

    p = sub.add_parser("show", help="show one paper")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="full-text search over title, authors and summary")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    for name in ("read", "unread"):
        p = sub.add_parser(name, help=f"mark papers {name}")
        p.add_argument("ids", nargs="+", metavar="ID")
        p.set_defaults(func=cmd_read)

    p = sub.add_parser("bookmark", help="add, remove or list bookmarks")
    p.add_argument("action", choices=("add", "remove", "list"))
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bookmark)

    p = sub.add_parser("export", help="export papers (JSON, BibTeX, CSV, RIS) or notes (Markdown)")
    p.add_argument("--format", choices=("json", "bibtex", "csv", "ris", "markdown"), default="json")
    p.add_argument("--bookmarked", action="store_true", help="only bookmarked papers")
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", help="check the library file for damage (SQLite's own check)")
    p.add_argument("--quick", action="store_true", help="the quick check only (seconds at 110k)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "compact", help="deflate texts an upgrade left and VACUUM: give free space back"
    )
    p.set_defaults(func=cmd_compact)

    p = sub.add_parser("token", help="store or clear a GitHub or Hugging Face token")
    p.add_argument("action", choices=("set", "clear"))
    p.add_argument("service", choices=("github", "hf"))
    p.set_defaults(func=cmd_token)

    from reader.sources.pdf_cli import add_parser as add_pdf_parser

    add_pdf_parser(sub).set_defaults(func=cmd_pdf)

    from reader.similar_cli import add_parsers as add_similar_parsers

    add_similar_parsers(sub)  # related, recommend, dismiss, undismiss

    from reader.cli_userstate import add_parsers as add_userstate_parsers

    add_userstate_parsers(sub)  # state, queue, watch, note, tag, userstate

    from reader.config_cli import add_parser as add_config_parser

    add_config_parser(sub)

    p = sub.add_parser("screenshot", help="render the window offscreen to a PNG")
    p.add_argument("output", metavar="OUT.png")
    p.add_argument("--date", type=_date)
    p.add_argument("--paper", metavar="ID")
    p.add_argument("--size", default="1280x800", metavar="WxH")
    p.add_argument("--pdf", action="store_true", help="show the paper's downloaded PDF")
    p.add_argument("--page", type=int, default=1, help="with --pdf: the page to show")
    p.add_argument(
        "--lang", choices=("ko", "en"), help="the window's language (default: the setting)"
    )
    p.add_argument(
        "--dialog",
        choices=("preferences", "shortcuts", "about", "error"),
        help="open this dialog over the window and save it instead",
    )
    p.set_defaults(func=cmd_screenshot)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = window_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.install_desktop:
        return _install_desktop()
    try:
        args.paths = paths.resolve(args.data_dir)
    except paths.DataDirError as exc:
        _err(str(exc))
        return 3
    if args.command is None:
        return run_window(args)
    logsetup.setup(_log_dir(args), logging.INFO if args.verbose else logging.ERROR)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except UsageError as exc:
        _err(str(exc))
        return 2
    except (LibraryError, paths.DataDirError) as exc:
        _err(str(exc))
        return 3
    except KeyboardInterrupt:
        _err("Interrupted.")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: details to the log, one sentence to the user
        log.exception("unexpected error in %s", args.command, extra=logsetup.FILE_ONLY)
        _err(f"Unexpected error ({type(exc).__name__}); details are in the log file.")
        return 70


def _install_desktop() -> int:
    import os

    from reader.bundled import install_desktop

    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    try:
        written = install_desktop(data_home)
    except OSError as exc:
        _err(f"Could not install the desktop entry under {data_home} ({exc.strerror or exc}).")
        return 1
    for path in written:
        _out(f"Installed {path}")
    return 0


def _log_dir(args: argparse.Namespace) -> Path | None:
    try:
        return paths.AppPaths.ensure(args.paths.data / "logs")
    except paths.DataDirError:
        return None
