"""User state that travels: one JSON file out, and a merge back in (newer change wins).

Everything the user decided, each value with its change time: read marks,
bookmarks, triage states with queue order, notes, tags, "not interested" marks
and watch terms. Removals travel too (``value: false`` or an empty note with the
time of the removal), so unmarking on one machine unmarks on the other.

The file (``format`` ``daily-papers-userstate``, ``version`` 1)::

    {"format": "daily-papers-userstate", "version": 1, "exported_at": "...",
     "papers": {"2403.05135": {
         "read": {"value": true, "at": "2025-03-11T08:00:00.000+00:00"},
         "bookmarked": {"value": false, "at": "..."},
         "triage": {"value": {"state": "later", "queue": 3.0}, "at": "..."},
         "note": {"value": "text ('' = removed)", "at": "..."},
         "tags": {"rl": {"value": true, "at": "..."}},
         "dismissed": {"value": false, "at": "..."}}},
     "watch": {"diffusion model": {"term": "Diffusion model", "exclude": false,
                                    "removed": false, "at": "..."}}}

Merging compares, per paper and field (per tag, per watch term), the two change
times; the newer wins, and equal times with different values pick the same
winner on both machines. Nothing else is touched. A file that is not JSON, not
this format, of a newer version or malformed anywhere is refused as a whole with
one sentence, before anything is written. Writes are atomic (temp file + rename).
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from reader import triage_counts
from reader.fsutil import atomic_write
from reader.library import Library
from reader.plural import count_noun
from reader.sentence import QT_TRANSLATE_NOOP
from reader.userstate import STATES, now_stamp, parse_stamp
from reader.watch_match import match_term, term_key, usable

log = logging.getLogger(__name__)

__all__ = [
    "FILE_NAME",
    "FORMAT",
    "MergeSummary",
    "UserStateError",
    "export_state",
    "import_state",
    "merge_state",
    "read_state_file",
    "sync_folder_merge",
    "write_state",
]

FORMAT = "daily-papers-userstate"
VERSION = 1
FILE_NAME = "daily-papers-userstate.json"
MAX_BYTES = 200 * 1024 * 1024
_FLAGS = (("read", "read"), ("bookmarked", "bookmark"))  # field -> removals kind


class UserStateError(Exception):
    """A user-state file was refused; ``str()`` is the sentence for the user."""


@dataclass(slots=True)
class MergeSummary:
    """How many values the merge took from the file, per kind."""

    read: int = 0
    bookmarked: int = 0
    triage: int = 0
    notes: int = 0
    tags: int = 0
    dismissed: int = 0
    watch: int = 0

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))

    def as_json(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def text(self) -> str:
        names = {
            "read": "read mark",
            "bookmarked": "bookmark",
            "triage": "triage state",
            "notes": "note",
            "tags": "tag",
            "dismissed": "not-interested mark",
            "watch": "watch term",
        }
        parts = [count_noun(getattr(self, k), v) for k, v in names.items() if getattr(self, k)]
        return "Merged " + ", ".join(parts) + "." if parts else "Nothing to merge: up to date."


# ------------------------------------------------------------------- export


def _field(value: Any, at: str) -> dict[str, Any]:
    return {"value": value, "at": at}


def export_state(library: Library) -> dict[str, Any]:
    """All user state as the file's dict (see the module docstring)."""
    papers: dict[str, dict[str, Any]] = {}

    def paper(pid: str) -> dict[str, Any]:
        return papers.setdefault(pid, {})

    q = library.query
    for name, kind in _FLAGS:
        table, column = ("read_state", "read_at") if kind == "read" else ("bookmarks", "created_at")
        for pid, at in q(f"SELECT paper_id, {column} FROM {table}"):
            paper(pid)[name] = _field(True, at)
        for pid, at in q(
            "SELECT paper_id, removed_at FROM removals WHERE kind = ? AND key = ''", (kind,)
        ):
            paper(pid).setdefault(name, _field(False, at))
    for pid, state, pos, at in q("SELECT paper_id, state, queue_pos, changed_at FROM triage"):
        paper(pid)["triage"] = _field({"state": state, "queue": pos}, at)
    for pid, text, at in q("SELECT paper_id, text, updated_at FROM notes"):
        paper(pid)["note"] = _field(text, at)
    for pid, at in q("SELECT paper_id, removed_at FROM removals WHERE kind = 'note'"):
        paper(pid).setdefault("note", _field("", at))
    for pid, tag, at in q("SELECT paper_id, tag, created_at FROM tags"):
        paper(pid).setdefault("tags", {})[tag] = _field(True, at)
    for pid, tag, at in q("SELECT paper_id, key, removed_at FROM removals WHERE kind = 'tag'"):
        paper(pid).setdefault("tags", {}).setdefault(tag, _field(False, at))
    for pid, on, at in q("SELECT paper_id, dismissed, changed_at FROM dismissed"):
        paper(pid)["dismissed"] = _field(bool(on), at)
    watch = {
        key: {"term": term, "exclude": bool(ex), "removed": bool(rm), "at": at}
        for key, term, ex, rm, at in q(
            "SELECT key, term, exclude, removed, changed_at FROM watch_terms ORDER BY key"
        )
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now_stamp(),
        "papers": dict(sorted(papers.items())),
        "watch": watch,
    }


def _encode(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def write_state(library: Library, path: Path) -> int:
    """Export to *path* atomically (the old file or the new one, never half); returns papers."""
    data = export_state(library)
    try:
        atomic_write(Path(path), _encode(data), public=True)  # the user asked for it
    except OSError as exc:
        raise UserStateError(_cannot_write(path, exc)) from exc
    return len(data["papers"])


def _cannot_write(path: Path, exc: OSError) -> str:
    return QT_TRANSLATE_NOOP("UserStateError", "Cannot write %1: %2.").arg(
        path, exc.strerror or exc
    )


# --------------------------------------------------------------- validation


class _Bad(Exception):
    pass


def _stamp(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise _Bad(f"{where} has no change time")
    try:
        return parse_stamp(value)
    except ValueError:
        raise _Bad(f"{where} has a bad change time {value[:40]!r}") from None


def _checked_field(entry: Any, where: str, check) -> tuple[Any, datetime, str]:
    if not isinstance(entry, dict) or "value" not in entry:
        raise _Bad(f"{where} is not a value with a change time")
    value = entry["value"]
    if not check(value):
        raise _Bad(f"{where} has a value of the wrong kind")
    return value, _stamp(entry.get("at"), where), entry["at"]


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


def _is_triage(v: Any) -> bool:
    if not isinstance(v, dict) or v.get("state") not in STATES:
        return False
    queue = v.get("queue")
    if queue is None:
        return True
    if isinstance(queue, bool) or not isinstance(queue, int | float):
        return False
    try:
        return math.isfinite(float(queue))
    except OverflowError:  # an integer too large for a position
        return False


def _id_ok(pid: Any) -> bool:
    return isinstance(pid, str) and 0 < len(pid) <= 100 and pid.isprintable()


def _validate(data: Any) -> None:
    """Raise _Bad naming the first thing wrong in *data* (a parsed file)."""
    papers = data.get("papers", {})
    watch = data.get("watch", {})
    if not isinstance(papers, dict) or not isinstance(watch, dict):
        raise _Bad("its papers or watch list are not objects")
    for pid, entry in papers.items():
        where = f"paper {str(pid)[:40]!r}"
        if not _id_ok(pid) or not isinstance(entry, dict):
            raise _Bad(f"{where} is not a paper id with its state")
        for name in ("read", "bookmarked", "dismissed"):
            if name in entry:
                _checked_field(entry[name], f"{where} ({name})", _is_bool)
        if "triage" in entry:
            _checked_field(entry["triage"], f"{where} (triage)", _is_triage)
        if "note" in entry:
            _checked_field(entry["note"], f"{where} (note)", lambda v: isinstance(v, str))
        tags = entry.get("tags", {})
        if not isinstance(tags, dict):
            raise _Bad(f"{where} has tags that are not an object")
        for tag, value in tags.items():
            if not isinstance(tag, str) or not tag.strip() or len(tag) > 100:
                raise _Bad(f"{where} has a bad tag")
            _checked_field(value, f"{where} (tag {tag[:20]!r})", _is_bool)
    for key, entry in watch.items():
        where = f"watch term {str(key)[:40]!r}"
        if not isinstance(entry, dict) or not isinstance(entry.get("term"), str):
            raise _Bad(f"{where} has no term")
        if not usable(entry["term"]) or term_key(entry["term"]) != key:
            raise _Bad(f"{where} does not match its term")
        if not _is_bool(entry.get("exclude")) or not _is_bool(entry.get("removed", False)):
            raise _Bad(f"{where} has a bad include/exclude flag")
        _stamp(entry.get("at"), where)


def parse_state(raw: bytes, name: str) -> dict[str, Any]:
    """The checked content of a user-state file's bytes; UserStateError with a sentence if not."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UserStateError(
            QT_TRANSLATE_NOOP(
                "UserStateError",
                "%1 is not a user-state file (it is not valid JSON); nothing was changed.",
            ).arg(name)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserStateError(
            QT_TRANSLATE_NOOP(
                "UserStateError", "%1 is not a Daily Papers user-state file; nothing was changed."
            ).arg(name)
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise UserStateError(
            QT_TRANSLATE_NOOP(
                "UserStateError", "%1 has no valid user-state version; nothing was changed."
            ).arg(name)
        )
    if version > VERSION:
        raise UserStateError(
            QT_TRANSLATE_NOOP(
                "UserStateError",
                "%1 was written by a newer version of the app (user-state version %2);"
                " nothing was changed: update the app.",
            ).arg(name, version)
        )
    try:
        _validate(data)
    except _Bad as exc:
        raise UserStateError(
            QT_TRANSLATE_NOOP("UserStateError", "%1 is damaged (%2); nothing was changed.").arg(
                name, exc
            )
        ) from None
    return data


def read_state_file(path: Path) -> dict[str, Any]:
    """Read and check a user-state file; UserStateError (one sentence) when it cannot be used."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserStateError(
                QT_TRANSLATE_NOOP(
                    "UserStateError", "%1 is too large for a user-state file; nothing was changed."
                ).arg(path)
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserStateError(
            QT_TRANSLATE_NOOP("UserStateError", "There is no file %1.").arg(path)
        ) from None
    except IsADirectoryError:
        raise UserStateError(
            QT_TRANSLATE_NOOP("UserStateError", "%1 is a folder, not a user-state file.").arg(path)
        ) from None
    except OSError as exc:
        raise UserStateError(
            QT_TRANSLATE_NOOP("UserStateError", "Cannot read %1: %2.").arg(
                path, exc.strerror or exc
            )
        ) from exc
    return parse_state(raw, str(path))


# -------------------------------------------------------------------- merge


def _wins(theirs: dict[str, Any], mine: dict[str, Any] | None) -> bool:
    """Whether the file's value beats ours: newer time; equal times pick the same side everywhere."""
    if mine is None:
        return True
    a, b = parse_stamp(theirs["at"]), parse_stamp(mine["at"])
    if a != b:
        return a > b
    key = json.dumps(theirs.get("value", theirs), sort_keys=True, ensure_ascii=False)
    return key > json.dumps(mine.get("value", mine), sort_keys=True, ensure_ascii=False)


def _set_flag(tx: sqlite3.Connection, kind: str, pid: str, key: str, on: bool, at: str) -> None:
    """Apply a read/bookmark/tag value with its original time (the triggers keep removals)."""
    if kind == "tag":
        if on:
            tx.execute("INSERT OR REPLACE INTO tags VALUES (?, ?, ?)", (pid, key, at))
        else:
            tx.execute("DELETE FROM tags WHERE paper_id = ? AND tag = ?", (pid, key))
    else:
        table = "read_state" if kind == "read" else "bookmarks"
        if on:
            tx.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", (pid, at))
        else:
            tx.execute(f"DELETE FROM {table} WHERE paper_id = ?", (pid,))
    if not on:  # the removal keeps the time it was made, not the time of the merge
        tx.execute("INSERT OR REPLACE INTO removals VALUES (?, ?, ?, ?)", (kind, pid, key, at))


def _merge_paper(
    tx: sqlite3.Connection, pid: str, theirs: dict, mine: dict, summary: MergeSummary
) -> bool:
    """Merge one paper's fields; returns whether its triage state changed."""
    for name, kind in _FLAGS:
        if name in theirs and _wins(theirs[name], mine.get(name)):
            _set_flag(tx, kind, pid, "", theirs[name]["value"], theirs[name]["at"])
            setattr(summary, name, getattr(summary, name) + 1)
    for tag, value in theirs.get("tags", {}).items():
        if _wins(value, mine.get("tags", {}).get(tag)):
            _set_flag(tx, "tag", pid, tag, value["value"], value["at"])
            summary.tags += 1
    if "note" in theirs and _wins(theirs["note"], mine.get("note")):
        text, at = theirs["note"]["value"], theirs["note"]["at"]
        if text.strip():
            tx.execute("INSERT OR REPLACE INTO notes VALUES (?, ?, ?)", (pid, text, at))
        else:
            tx.execute("DELETE FROM notes WHERE paper_id = ?", (pid,))
            tx.execute("INSERT OR REPLACE INTO removals VALUES ('note', ?, '', ?)", (pid, at))
        summary.notes += 1
    if "dismissed" in theirs and _wins(theirs["dismissed"], mine.get("dismissed")):
        tx.execute(
            "INSERT OR REPLACE INTO dismissed (paper_id, dismissed, changed_at) VALUES (?, ?, ?)",
            (pid, int(theirs["dismissed"]["value"]), theirs["dismissed"]["at"]),
        )
        summary.dismissed += 1
    if "triage" in theirs and _wins(theirs["triage"], mine.get("triage")):
        value = theirs["triage"]["value"]
        queue = value.get("queue") if value["state"] == "later" else None
        tx.execute(
            "INSERT OR REPLACE INTO triage (paper_id, state, queue_pos, changed_at)"
            " VALUES (?, ?, ?, ?)",
            (pid, value["state"], None if queue is None else float(queue), theirs["triage"]["at"]),
        )
        summary.triage += 1
        return True
    return False


def _merge_watch(tx: sqlite3.Connection, theirs: dict, mine: dict, summary: MergeSummary) -> None:
    stamp = now_stamp()
    for key, entry in theirs.items():
        if not _wins(entry, mine.get(key)):
            continue
        summary.watch += 1
        row = tx.execute("SELECT id, removed FROM watch_terms WHERE key = ?", (key,)).fetchone()
        removed = bool(entry.get("removed", False))
        if row is None:
            term_id = tx.execute(
                "INSERT INTO watch_terms (key, term, exclude, created_at, changed_at, removed,"
                " seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    entry["term"],
                    int(entry["exclude"]),
                    stamp,
                    entry["at"],
                    int(removed),
                    stamp,
                ),
            ).lastrowid
            was_removed = True
        else:
            term_id, was_removed = row[0], bool(row[1])
            tx.execute(
                "UPDATE watch_terms SET term = ?, exclude = ?, changed_at = ?, removed = ?"
                + (", seen_at = ?" if was_removed else "")
                + " WHERE id = ?",
                (
                    entry["term"],
                    int(entry["exclude"]),
                    entry["at"],
                    int(removed),
                    *((stamp,) if was_removed else ()),
                    term_id,
                ),
            )
        if removed:
            tx.execute("DELETE FROM watch_hits WHERE term_id = ?", (term_id,))
        elif was_removed:
            match_term(tx, int(term_id or 0), entry["term"], stamp)


def merge_state(library: Library, data: dict[str, Any]) -> MergeSummary:
    """Merge checked file content (:func:`parse_state`) into the library, newer change wins."""
    summary = MergeSummary()
    with library.writing() as tx:
        mine = export_state(library)  # read after the write lock: nothing slips in between
        triaged: list[str] = []
        for pid, entry in data.get("papers", {}).items():
            if _merge_paper(tx, pid, entry, mine["papers"].get(pid, {}), summary):
                triaged.append(pid)
        _merge_watch(tx, data.get("watch", {}), mine["watch"], summary)
        if triaged:
            triage_counts.refresh(tx, triage_counts.dates_of(tx, triaged))
    log.info("user state merged: %s", summary.as_json())
    return summary


def import_state(library: Library, path: Path) -> MergeSummary:
    """Check the file at *path* and merge it (nothing changes if the file is refused)."""
    data = read_state_file(path)
    library.require_writable()
    return merge_state(library, data)


def sync_folder_merge(library: Library, folder: Path) -> MergeSummary:
    """Merge ``folder/FILE_NAME`` (if there) into the library, then write the merged state there.

    The window calls it at start, after each change and when the file changes. A
    refused file is left as it is (UserStateError). The file is rewritten only when
    its content would change, so two machines do not ping-pong through the folder.
    """
    folder = Path(folder)
    path = folder / FILE_NAME
    summary = MergeSummary()
    old: dict[str, Any] | None = None
    if path.exists():
        old = read_state_file(path)
        library.require_writable()
        summary = merge_state(library, old)
    new = export_state(library)
    if old is not None:
        same = {k: v for k, v in old.items() if k != "exported_at"} == {
            k: v for k, v in new.items() if k != "exported_at"
        }
        if same:
            return summary
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, _encode(new), public=True)  # in the user's own folder
    except OSError as exc:
        raise UserStateError(_cannot_write(path, exc)) from exc
    return summary
