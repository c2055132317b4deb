"""``related``, ``recommend``, ``dismiss`` and ``undismiss`` on the command line.

Each command brings the similarity index (``cache/similar.sqlite3``) in step with
the library first: a no-op when nothing was imported since, a few papers' work
after a day's import, a full build (with a note on stderr) on first use.
"""

from __future__ import annotations

import argparse
import json
import sys

from reader.library import Library
from reader.plural import count_noun
from reader.recommend import Recommender, Suggestion, signals
from reader.simindex import SimilarityIndex

__all__ = ["add_parsers"]


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _limit(text: str) -> int:
    value = int(text) if text.strip().isdigit() else 0
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to 1000")
    return value


def open_index(paths, library_path) -> SimilarityIndex:
    """The index in the cache folder, updated from the library (built on first use)."""
    index = SimilarityIndex(paths.similarity_index, library_path)
    if index.size() == 0:
        sys.stderr.write("Building the similarity index (first use)…\n")
    index.update()
    return index


def _usage(text: str) -> Exception:
    from reader.cli import UsageError

    return UsageError(text)


def _print(suggestions: list[Suggestion], as_json: bool, empty: str) -> None:
    if as_json:
        _out(json.dumps([s.as_json() for s in suggestions], ensure_ascii=False))
        return
    if not suggestions:
        _out(empty)
    for s in suggestions:
        _out(f"{s.score:6.3f}  {s.id}  {s.title}")
        _out(f"        why: {s.reason()}")


def cmd_related(args: argparse.Namespace) -> int:
    with Library(args.paths.database) as library:
        if not library.exists(args.id):
            raise _usage(f"No paper with id {args.id} in the library.")
        with open_index(args.paths, library.path) as index:
            found = Recommender(library, index).related(args.id, args.limit)
    _print(found, args.json, "No related papers found.")
    return 0


def cmd_recommend(args: argparse.Namespace) -> int:
    with Library(args.paths.database) as library:
        found = signals(library)
        if not found.kept:
            if args.json:
                _out("[]")
                return 0
            _out(
                "Nothing to go on yet: bookmark papers you like (or queue them, or mark them"
                " must-read), then ask again."
            )
            return 0
        with open_index(args.paths, library.path) as index:
            ranked = Recommender(library, index).recommend(args.limit, found)
    _print(ranked, args.json, "No unread papers like the ones you kept.")
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    on = args.command == "dismiss"
    with Library(args.paths.database) as library:
        missing = [i for i in args.ids if not library.exists(i)]
        if missing:
            raise _usage(f"No paper with id {', '.join(missing)} in the library.")
        changed = library.set_dismissed(args.ids, on)
    verb = "Marked" if on else "Unmarked"
    _out(f"{verb} {count_noun(len(changed), 'paper')} as not interested.")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add the four sub-commands to the main parser's *sub*."""
    p = sub.add_parser("related", help="papers most like one paper, with the shared terms")
    p.add_argument("id", metavar="ID")
    p.add_argument("--limit", type=_limit, default=8)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_related)

    p = sub.add_parser(
        "recommend",
        help="unread papers like those you kept (bookmarks, must-read, queue), with reasons",
    )
    p.add_argument("--limit", type=_limit, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recommend)

    for name, text in (
        ("dismiss", 'mark papers "not interested" (For you learns from it)'),
        ("undismiss", 'lift the "not interested" mark'),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("ids", nargs="+", metavar="ID")
        p.set_defaults(func=cmd_dismiss)
