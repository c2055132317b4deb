"""Which papers a watch term hits: matched once, at import time or when the term is added.

A term (a word, a phrase, an author's name) hits a paper when its words appear,
case-insensitively and in order, in the title, the authors or any stored
summary text, each word at the start of a word: a Korean term hits a word with
a particle after it ('애니메이션' hits '애니메이션은') and a partial English word
hits the whole one ('diffus' hits 'diffusion'), as search does. Hits are stored
in ``watch_hits`` (term, paper, when first seen) so that painting a list never
matches anything:

- :func:`match_rows` runs inside every import's transaction over the papers that
  import wrote (the text it gave the search index), for the live terms;
- :func:`match_term` runs when a term is added: the word index finds candidates
  (every word as a prefix), and the exact rule above is checked on their text.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Sequence

from reader.db import chunked, select_in

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W_]+")  # letters and digits: the word index's own idea of a word
MIN_CHARS = 2


def words(term: str) -> list[str]:
    return _WORD.findall(term.lower())


def term_key(term: str) -> str:
    """A term's identity: its words, lowercased ('Diffusion  Model' == 'diffusion model')."""
    return " ".join(words(term))


def usable(term: str) -> bool:
    return sum(len(w) for w in words(term)) >= MIN_CHARS


def pattern(term: str, flags: int = 0) -> re.Pattern[str]:
    """The term as a regex over lowercased text: each word at a word start, in order."""
    parts = [re.escape(w) for w in words(term)]
    return re.compile(r"(?<![^\W_])" + r"[^\W_]*[\W_]+".join(parts), flags)


def highlight_pattern(term: str) -> re.Pattern[str]:
    """The same rule over original text (case-insensitive), for highlighting a hit."""
    return pattern(term, re.IGNORECASE)


def _fts_query(term: str) -> str:
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words(term))


def _text(title: str, authors: str, summary: str) -> str:
    return f"{title}\n{authors}\n{summary}".lower()


def live_terms(tx: sqlite3.Connection) -> list[tuple[int, str]]:
    return tx.execute("SELECT id, term FROM watch_terms WHERE NOT removed").fetchall()


def _ids(tx: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, str]:
    return dict(select_in(tx, "SELECT rowid, id FROM papers WHERE rowid IN ({marks})", rowids))


def match_rows(tx: sqlite3.Connection, values: Sequence[tuple], stamp: str) -> int:
    """Refresh the hits of the papers in *values* ``(rowid, title, authors, summary)``.

    Hits that still match keep their first-seen time; new ones get *stamp*; ones
    whose text no longer matches go. Returns how many new hits were found.
    """
    terms = live_terms(tx)
    if not terms or not values:
        return 0
    compiled = [(tid, words(term)[0], pattern(term)) for tid, term in terms if usable(term)]
    ids = _ids(tx, [v[0] for v in values])
    found: set[tuple[int, str]] = set()
    for rowid, title, authors, summary in values:
        text = _text(title, authors, summary)
        for tid, first, regex in compiled:
            if first in text and regex.search(text):
                found.add((tid, ids[rowid]))
    papers = list(ids.values())
    old: set[tuple[int, str]] = set()
    for chunk, marks in chunked(papers):
        old.update(
            tx.execute(
                f"SELECT term_id, paper_id FROM watch_hits WHERE paper_id IN ({marks})", chunk
            ).fetchall()
        )
    tx.executemany("DELETE FROM watch_hits WHERE term_id = ? AND paper_id = ?", list(old - found))
    new = found - old
    tx.executemany(
        "INSERT OR IGNORE INTO watch_hits (term_id, paper_id, first_seen) VALUES (?, ?, ?)",
        [(tid, pid, stamp) for tid, pid in new],
    )
    return len(new)


def match_term(tx: sqlite3.Connection, term_id: int, term: str, stamp: str) -> int:
    """Store every paper *term* hits (its hits so far are replaced); returns how many."""
    from reader.store import _stored_index  # store imports this module for match_rows

    tx.execute("DELETE FROM watch_hits WHERE term_id = ?", (term_id,))
    if not usable(term):
        return 0
    candidates = [
        r[0]
        for r in tx.execute(
            "SELECT rowid FROM fts_words WHERE fts_words MATCH ?", (_fts_query(term),)
        )
    ]
    regex, first = pattern(term), words(term)[0]
    hits = 0
    for start in range(0, len(candidates), 2000):
        chunk = candidates[start : start + 2000]
        ids = _ids(tx, chunk)
        rows = [
            (term_id, ids[rowid], stamp)
            for rowid, title, authors, summary in _stored_index(tx, chunk)
            if first in (text := _text(title, authors, summary)) and regex.search(text)
        ]
        tx.executemany(
            "INSERT OR IGNORE INTO watch_hits (term_id, paper_id, first_seen) VALUES (?, ?, ?)",
            rows,
        )
        hits += len(rows)
    log.info("watch term %r hits %d of %d candidates", term, hits, len(candidates))
    return hits
