"""``state``, ``queue``, ``watch``, ``note``, ``tag`` and ``userstate`` on the command line.

Thin wrappers over :mod:`reader.triage`, :mod:`reader.watch`,
:mod:`reader.notes_tags` and :mod:`reader.userstate_sync`; bad input is one
sentence (a :class:`reader.cli.UsageError`), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import notes_tags, triage, watch
from reader.library import Library, PaperQuery
from reader.plural import count_noun
from reader.userstate import STATES, marks
from reader.userstate_sync import UserStateError, import_state, write_state

__all__ = ["add_parsers", "paper_dicts"]


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _usage(text: str) -> Exception:
    from reader.cli import UsageError

    return UsageError(text)


def _library(args: argparse.Namespace) -> Library:
    return Library(args.paths.database)


def _known(library: Library, ids: Sequence[str]) -> list[str]:
    missing = [i for i in ids if not library.exists(i)]
    if missing:
        raise _usage(f"No paper with id {', '.join(missing)} in the library.")
    return list(dict.fromkeys(ids))


def paper_dicts(library: Library, ids: Sequence[str]) -> list[dict]:
    """Papers as ``show --json`` prints them, user state included."""
    from reader.export import paper_json

    found = marks(library, ids)
    return [
        paper_json(p, library.state(p.id), library.vote_history(p.id), found.get(p.id))
        for p in library.papers(ids)
    ]


def _print_papers(library: Library, ids: list[str], as_json: bool, empty: str) -> None:
    if as_json:
        _out(json.dumps(paper_dicts(library, ids), ensure_ascii=False, indent=2))
        return
    if not ids:
        _out(empty)
    for paper in library.papers(ids):
        votes = "-" if paper.votes is None else str(paper.votes)
        _out(f"{paper.id:<12} {votes:>4}  {paper.title}")


# ------------------------------------------------------------------ triage

# "3 papers put in the queue.": what ``state set STATE`` did, said as a person would
_STATE_DONE = {
    "new": "set back to new",
    "later": "put in the queue",
    "must-read": "marked must-read",
    "done": "marked done",
    "skipped": "skipped",
}


def cmd_state(args: argparse.Namespace) -> int:
    with _library(args) as library:
        if args.action == "set":
            if not args.ids:
                raise _usage("Name at least one paper id.")
            changed = triage.set_state(library, _known(library, args.ids), args.state)
            _out(f"{count_noun(len(changed), 'paper')} {_STATE_DONE[args.state]}.")
            return 0
        if args.ids:
            raise _usage("state list takes no paper ids.")
        if args.state == "later":
            ids = triage.queue(library)
        else:
            ids = [r.id for r in library.rows(PaperQuery(state=args.state), 0, 10_000_000)]
        _print_papers(library, ids, args.json, f"No papers are {args.state}.")
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    with _library(args) as library:
        if args.move:
            ids = _known(library, args.move)
            triage.move_in_queue(library, ids, args.to - 1)
        ids = triage.queue(library)
        if args.json:
            _out(json.dumps(paper_dicts(library, ids), ensure_ascii=False, indent=2))
            return 0
        if not ids:
            _out("The queue is empty: mark papers 'later' to queue them.")
        for n, paper in enumerate(library.papers(ids), 1):
            _out(f"{n:3d}. {paper.id:<12} {paper.title}")
    return 0


# ------------------------------------------------------------------- watch


def cmd_watch(args: argparse.Namespace) -> int:
    with _library(args) as library:
        if args.action == "list":
            found = watch.terms(library)
            if args.json:
                _out(json.dumps([t.as_json() for t in found], ensure_ascii=False))
                return 0
            if not found:
                _out("No watch terms: add one with 'watch add TERM'.")
            for t in found:
                kind = "exclude" if t.exclude else "include"
                _out(f"{t.term}  ({kind})  {count_noun(t.hits, 'hit')}, {t.new_hits} new")
            return 0
        term = " ".join(args.term or ())
        if not term.strip():
            raise _usage(f"Name the term to {args.action}.")
        if args.action == "add":
            try:
                added = watch.add_term(library, term, args.exclude)
            except ValueError as exc:
                raise _usage(str(exc)) from None
            verb = "Excluding" if added.exclude else "Watching"
            _out(f"{verb} {added.term!r}: {count_noun(added.hits, 'paper')} hit.")
            return 0
        if args.exclude:
            raise _usage("--exclude goes with 'watch add'.")
        if not watch.remove_term(library, term):
            raise _usage(f"{term!r} is not a watch term.")
        _out(f"No longer watching {term!r}.")
    return 0


# ------------------------------------------------------------- notes, tags


def cmd_note(args: argparse.Namespace) -> int:
    with _library(args) as library:
        _known(library, [args.id])
        if args.action == "show":
            if args.text:
                raise _usage("note show takes only a paper id.")
            text = notes_tags.note(library, args.id)
            _out(text if text else f"No note on {args.id}.")
            return 0
        if not args.text:
            raise _usage("Give the note's text, or '-' to read it from standard input.")
        text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
        notes_tags.set_note(library, args.id, text)
    _out(f"Note on {args.id} saved." if text.strip() else f"Note on {args.id} removed.")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    with _library(args) as library:
        if args.action == "list":
            if args.args:
                raise _usage("tag list takes no arguments.")
            tags = notes_tags.all_tags(library)
            if args.json:
                _out(json.dumps([{"tag": t, "papers": n} for t, n in tags], ensure_ascii=False))
            elif not tags:
                _out("No tags yet.")
            for tag, count in [] if args.json else tags:
                _out(f"{tag}  ({count})")
            return 0
        if len(args.args) < 2:
            raise _usage(f"tag {args.action} needs a paper id and at least one tag.")
        pid, tags = args.args[0], args.args[1:]
        _known(library, [pid])
        try:
            if args.action == "add":
                done = notes_tags.add_tags(library, pid, tags)
            else:
                done = notes_tags.remove_tags(library, pid, tags)
        except ValueError as exc:
            raise _usage(str(exc)) from None
    verb = "Tagged" if args.action == "add" else "Untagged"
    _out(f"{verb} {pid}: {', '.join(done) if done else 'nothing changed'}.")
    return 0


# --------------------------------------------------------------- userstate


def cmd_userstate(args: argparse.Namespace) -> int:
    with _library(args) as library:
        try:
            if args.action == "export":
                if not args.output:
                    raise _usage("Name the file to write with -o FILE.")
                papers = write_state(library, Path(args.output))
                _out(f"Exported the user state of {count_noun(papers, 'paper')} to {args.output}.")
                return 0
            if not args.file:
                raise _usage("Name the user-state file to import.")
            summary = import_state(library, Path(args.file))
        except UserStateError as exc:
            raise _usage(str(exc)) from None
    if args.json:
        _out(json.dumps(summary.as_json()))
    else:
        _out(summary.text())
    return 0


def export_items(library: Library, fmt: str, bookmarked: bool) -> tuple[str, int]:
    """``export --format markdown|ris``: the text and how many papers it holds.

    Markdown holds the papers with a note (bookmarked ones only with --bookmarked);
    RIS holds every paper, or the bookmarked ones, like BibTeX.
    """
    from reader import export

    if fmt == "markdown":
        ids = [r[0] for r in library.query("SELECT paper_id FROM notes ORDER BY paper_id")]
        if bookmarked:
            kept = set(library.bookmarked_ids())
            ids = [i for i in ids if i in kept]
    else:
        ids = library.bookmarked_ids() if bookmarked else library.ids(PaperQuery())
    items = [
        (p, notes_tags.note(library, p.id), notes_tags.paper_tags(library, p.id))
        for p in library.papers(ids)
    ]
    text = export.to_markdown_notes(items) if fmt == "markdown" else export.to_ris(items)
    return text, len(items)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Add state, queue, watch, note, tag and userstate to the main parser's *sub*."""
    p = sub.add_parser("state", help="set or list triage states (new, later, must-read, ...)")
    p.add_argument("action", choices=("set", "list"))
    p.add_argument("state", choices=STATES)
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_state)

    p = sub.add_parser("queue", help="the reading queue (papers marked later), in order")
    p.add_argument("--json", action="store_true")
    p.add_argument("--move", nargs="+", metavar="ID", help="move these papers...")
    p.add_argument("--to", type=int, default=1, metavar="N", help="...to place N (1 = top)")
    p.set_defaults(func=cmd_queue)

    p = sub.add_parser("watch", help="watch-list terms: add, remove, list with hit counts")
    p.add_argument("action", choices=("add", "remove", "list"))
    p.add_argument("term", nargs="*", metavar="TERM")
    p.add_argument("--exclude", action="store_true", help="push papers with this term aside")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("note", help="set or show a paper's note")
    p.add_argument("action", choices=("set", "show"))
    p.add_argument("id", metavar="ID")
    p.add_argument("text", nargs="*", metavar="TEXT", help="the note ('-': standard input)")
    p.set_defaults(func=cmd_note)

    p = sub.add_parser("tag", help="add or remove a paper's tags, or list every tag")
    p.add_argument("action", choices=("add", "remove", "list"))
    p.add_argument("args", nargs="*", metavar="ID TAG")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("userstate", help="export or merge all user state (one JSON file)")
    p.add_argument("action", choices=("export", "import"))
    p.add_argument("file", nargs="?", metavar="FILE", help="import: the file to merge")
    p.add_argument("-o", "--output", metavar="FILE", help="export: the file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_userstate)
