"""Watch lists: terms to notice (include) or to push aside (exclude), with their hits.

A term is stored once per its identity (lowercased words: 'Diffusion Model' and
'diffusion  model' are one term) with its include/exclude flag, its change time
and, once removed, a tombstone (``removed = 1``) so that the removal travels in
a user-state merge. Hits are kept in ``watch_hits`` by :mod:`reader.watch_match`
at import time and when a term is added; "new hits" are those first seen after
the user last looked at the term (``seen_at``, set by :func:`mark_seen`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import NamedTuple

from reader.db import chunked
from reader.library import Library
from reader.sentence import QT_TRANSLATE_NOOP
from reader.userstate import now_stamp
from reader.watch_match import highlight_pattern, match_term, term_key, usable

log = logging.getLogger(__name__)

__all__ = [
    "WatchTerm",
    "add_term",
    "highlight_pattern",
    "hits",
    "mark_seen",
    "new_hit_count",
    "paper_hits",
    "remove_term",
    "terms",
]


class WatchTerm(NamedTuple):
    """A live term as the sidebar shows it."""

    term: str
    exclude: bool
    hits: int
    new_hits: int
    created_at: str

    def as_json(self) -> dict[str, object]:
        return {
            "term": self.term,
            "exclude": self.exclude,
            "hits": self.hits,
            "new_hits": self.new_hits,
        }


def clean(term: str) -> str:
    """The term as the user wrote it, with runs of white space made one space."""
    return re.sub(r"\s+", " ", term).strip()


def add_term(library: Library, term: str, exclude: bool = False) -> WatchTerm:
    """Watch *term* (or change an existing term's flag); its hits are found now.

    Raises ValueError with a sentence for a term with fewer than two letters or digits.
    """
    text = clean(term)
    if not usable(text):
        said = QT_TRANSLATE_NOOP(
            "WatchError", "The watch term %1 needs at least two letters or digits."
        )
        raise ValueError(said.arg(repr(term)))
    key = term_key(text)
    stamp = now_stamp()
    with library.writing() as tx:
        row = tx.execute("SELECT id, removed FROM watch_terms WHERE key = ?", (key,)).fetchone()
        if row is None:
            term_id = tx.execute(
                "INSERT INTO watch_terms (key, term, exclude, created_at, changed_at, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (key, text, int(exclude), stamp, stamp, stamp),
            ).lastrowid
            match_term(tx, int(term_id or 0), text, stamp)
        else:
            term_id = row[0]
            tx.execute(
                "UPDATE watch_terms SET term = ?, exclude = ?, changed_at = ?, removed = 0"
                + (", created_at = ?, seen_at = ?" if row[1] else "")
                + " WHERE id = ?",
                (text, int(exclude), stamp, *((stamp, stamp) if row[1] else ()), term_id),
            )
            if row[1]:  # a removed term comes back: its hits are found again
                match_term(tx, term_id, text, stamp)
    return next(t for t in terms(library) if term_key(t.term) == key)


def remove_term(library: Library, term: str) -> bool:
    """Stop watching *term* (kept as a removal with its time); False when it was not watched."""
    key = term_key(term)
    with library.writing() as tx:
        row = tx.execute(
            "SELECT id FROM watch_terms WHERE key = ? AND NOT removed", (key,)
        ).fetchone()
        if row is None:
            return False
        tx.execute(
            "UPDATE watch_terms SET removed = 1, changed_at = ? WHERE id = ?", (now_stamp(), row[0])
        )
        tx.execute("DELETE FROM watch_hits WHERE term_id = ?", (row[0],))
    return True


def terms(library: Library) -> list[WatchTerm]:
    """Live terms with their hit and new-hit counts, includes first, then by term.

    Counted from the hits' primary key (a paper that leaves the library takes its
    hits with it, reader.store._drop), so the cost is the hits', not the papers'.
    """
    rows = library.query(
        "SELECT w.term, w.exclude, w.created_at,"
        " (SELECT count(*) FROM watch_hits h WHERE h.term_id = w.id),"
        " (SELECT count(*) FROM watch_hits h WHERE h.term_id = w.id AND h.first_seen > w.seen_at)"
        " FROM watch_terms w WHERE NOT w.removed ORDER BY w.exclude, w.term COLLATE NOCASE"
    )
    return [WatchTerm(t, bool(e), h, n, c) for t, e, c, h, n in rows]


def hits(library: Library, ids: Iterable[str]) -> dict[str, list[tuple[str, bool]]]:
    """``{id: [(term, exclude), ...]}`` for the papers of *ids* that a live term hits."""
    found: dict[str, list[tuple[str, bool]]] = {}
    for chunk, marks in chunked(list(dict.fromkeys(ids))):
        for pid, term, exclude in library.query(
            "SELECT h.paper_id, w.term, w.exclude FROM watch_hits h"
            " JOIN watch_terms w ON w.id = h.term_id"
            f" WHERE h.paper_id IN ({marks}) AND NOT w.removed"
            " ORDER BY w.exclude, w.term COLLATE NOCASE",
            chunk,
        ):
            found.setdefault(pid, []).append((term, bool(exclude)))
    return found


def paper_hits(library: Library, paper_id: str) -> list[tuple[str, bool]]:
    return hits(library, [paper_id]).get(paper_id, [])


def mark_seen(library: Library, term: str | None = None) -> None:
    """The user looked: hits found so far are no longer new (of *term*, or of every term)."""
    stamp = now_stamp()
    with library.writing() as tx:
        if term is None:
            tx.execute("UPDATE watch_terms SET seen_at = ? WHERE NOT removed", (stamp,))
        else:
            tx.execute("UPDATE watch_terms SET seen_at = ? WHERE key = ?", (stamp, term_key(term)))


def new_hit_count(library: Library) -> int:
    """Papers hit by an include term since the user last looked (for a notification)."""
    return library.query(
        "SELECT count(DISTINCT h.paper_id) FROM watch_hits h"
        " JOIN watch_terms w ON w.id = h.term_id JOIN papers p ON p.id = h.paper_id"
        " WHERE NOT w.removed AND NOT w.exclude AND h.first_seen > w.seen_at"
    )[0][0]
