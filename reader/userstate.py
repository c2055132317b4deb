"""What the user decided about papers, as a list row needs it, plus the bits all user state shares.

User state (read, bookmark, triage state and queue order, note, tags, dismissed,
watch terms) lives in tables keyed by arXiv id that imports never write; each
value carries its change time so that two machines' copies merge (newer change
wins, :mod:`reader.userstate_sync`). Change times are ISO 8601 UTC with
milliseconds: two edits a second apart on two machines must still be ordered.

:func:`marks` is what a list asks for the rows it shows: one indexed query per
kind for a window of ids, never a scan of the library.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from reader.db import chunked
from reader.library import Library
from reader.store import now_ms

__all__ = ["STATES", "TRIAGED", "RowMarks", "marks", "now_stamp", "parse_stamp"]

STATES = ("new", "later", "must-read", "done", "skipped")
TRIAGED = ("later", "must-read", "done", "skipped")  # a paper in one of these is triaged


now_stamp = now_ms  # a change time: ISO 8601 UTC with milliseconds


def parse_stamp(text: str) -> datetime:
    """A stored or imported change time as an aware datetime (ValueError when it is not one)."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class RowMarks(NamedTuple):
    """A paper's user state as a list row paints it (a named tuple: no dataclass to compile at start)."""

    state: str = "new"
    note: bool = False
    tags: tuple[str, ...] = ()
    watch: tuple[str, ...] = ()  # include terms that hit the paper (highlight it)
    excluded: tuple[str, ...] = ()  # exclude terms that hit it (dim it)


def marks(library: Library, ids: Iterable[str]) -> dict[str, RowMarks]:
    """Triage state, note, tags and watch hits of *ids* (a list's visible window)."""
    ids = list(dict.fromkeys(ids))
    state: dict[str, str] = {}
    noted: set[str] = set()
    tags: dict[str, list[str]] = {}
    watch: dict[str, list[str]] = {}
    excluded: dict[str, list[str]] = {}
    for chunk, qs in chunked(ids):
        state.update(
            library.query(f"SELECT paper_id, state FROM triage WHERE paper_id IN ({qs})", chunk)
        )
        noted.update(
            r[0]
            for r in library.query(
                f"SELECT paper_id FROM notes WHERE text != '' AND paper_id IN ({qs})", chunk
            )
        )
        for pid, tag in library.query(
            f"SELECT paper_id, tag FROM tags WHERE paper_id IN ({qs}) ORDER BY tag", chunk
        ):
            tags.setdefault(pid, []).append(tag)
        for pid, term, exclude in library.query(
            "SELECT h.paper_id, w.term, w.exclude FROM watch_hits h"
            f" JOIN watch_terms w ON w.id = h.term_id WHERE h.paper_id IN ({qs})"
            " AND NOT w.removed ORDER BY w.term COLLATE NOCASE",
            chunk,
        ):
            (excluded if exclude else watch).setdefault(pid, []).append(term)
    return {
        i: RowMarks(
            state.get(i, "new"),
            i in noted,
            tuple(tags.get(i, ())),
            tuple(watch.get(i, ())),
            tuple(excluded.get(i, ())),
        )
        for i in ids
    }
