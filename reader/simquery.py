"""Reading the similarity index: papers like a vector, with the terms that made them alike.

The read side of :class:`reader.simindex.SimilarityIndex` (a mixin: the index
supplies ``_conn()``, one SQLite connection per thread with the library attached
as ``lib``). A query reads, for each of its strongest terms, the POSTINGS_CAP
papers that weigh that term most, and sums the products in SQLite: a term common
to 20,000 papers weighs little in each, and reading all of them would cost a
second at 110,000 papers.
"""

from __future__ import annotations

import math
import sqlite3
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reader.db import select_in

__all__ = ["POSTINGS_CAP", "QUERY_TERMS", "Hit", "IndexQueries", "Vector", "pack", "unpack"]

QUERY_TERMS = 24  # terms of a paper used to find its neighbours
POSTINGS_CAP = 1000  # strongest papers read per query term: bounds a query at 110k papers


@dataclass(frozen=True, slots=True)
class Hit:
    """A paper found similar: its library rowid, score and the shared terms that count most."""

    doc: int
    score: float
    terms: tuple[str, ...]


@dataclass(slots=True)
class Vector:
    """A sparse vector: term id -> weight."""

    weights: dict[int, float]

    def norm(self) -> float:
        return math.sqrt(sum(w * w for w in self.weights.values())) or 1.0


def pack(ids: Iterable[int], weights: Iterable[float]) -> bytes:
    """A vector as stored: term ids (uint32) then weights (float32)."""
    return array("I", ids).tobytes() + array("f", weights).tobytes()


def unpack(blob: bytes) -> dict[int, float]:
    """A stored vector: term ids (uint32) then weights (float32)."""
    n = len(blob) // 8
    ids, weights = array("I"), array("f")
    ids.frombytes(blob[: 4 * n])
    weights.frombytes(blob[4 * n :])
    return dict(zip(ids, weights))


class IndexQueries:
    """Look-ups and similarity search over an index's tables."""

    def _conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _has_library(self, conn: sqlite3.Connection) -> bool:
        raise NotImplementedError

    def doc_of(self, paper_id: str) -> int | None:
        conn = self._conn()
        if not self._has_library(conn):
            return None
        row = conn.execute("SELECT rowid FROM lib.papers WHERE id = ?", (paper_id,)).fetchone()
        return row[0] if row else None

    def paper_ids(self, docs: Iterable[int]) -> dict[int, str]:
        sql = "SELECT rowid, id FROM lib.papers WHERE rowid IN ({marks})"
        return dict(select_in(self._conn(), sql, docs))

    def titles(self, docs: Iterable[int]) -> dict[int, str]:
        sql = "SELECT rowid, title FROM lib.papers WHERE rowid IN ({marks})"
        return dict(select_in(self._conn(), sql, docs))

    def docs_of(self, paper_ids: Iterable[str]) -> list[int]:
        sql = "SELECT rowid FROM lib.papers WHERE id IN ({marks})"
        return [r[0] for r in select_in(self._conn(), sql, paper_ids)]

    def vector(self, doc: int) -> Vector | None:
        """An indexed paper's TF-IDF vector over its kept terms, unit length (weights as indexed)."""
        row = self._conn().execute("SELECT vec FROM docs WHERE doc = ?", (doc,)).fetchone()
        if row is None:
            return None
        vec = Vector(unpack(row[0]))
        norm = vec.norm()
        return Vector({t: w / norm for t, w in vec.weights.items()})

    def term_names(self, ids: Iterable[int]) -> dict[int, str]:
        conn = self._conn()
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(conn.execute(f"SELECT id, term FROM terms WHERE id IN ({marks})", ids))

    def search(
        self,
        query: Vector,
        limit: int,
        exclude: Callable[[list[int]], set[int]] | None = None,
        max_terms: int = QUERY_TERMS,
        reasons: int = 4,
    ) -> list[Hit]:
        """Papers scoring highest against *query* (dot product over its strongest terms).

        *exclude* gets candidate rowids in score order, a batch at a time, and returns
        those to leave out (the paper itself, read or dismissed papers...). Each term
        contributes its POSTINGS_CAP strongest papers: a term common to 20,000 papers
        weighs little in each, and reading all of them would cost a second at 110k.
        """
        conn = self._conn()
        strongest = sorted(query.weights.items(), key=lambda kv: -abs(kv[1]))[:max_terms]
        if not strongest:
            return []
        # summed in SQLite: each term's capped list, weighted, grouped by paper
        parts = " UNION ALL ".join(
            "SELECT doc, w * ? AS s FROM (SELECT doc, w FROM postings WHERE term = ?"
            " ORDER BY w DESC LIMIT ?)"
            for _ in strongest
        )
        sql = (
            f"SELECT doc, sum(s) AS score FROM ({parts}) GROUP BY doc HAVING score > 0"
            " ORDER BY score DESC LIMIT ? OFFSET ?"
        )
        params: list[float] = [v for t, qw in strongest for v in (qw, t, POSTINGS_CAP)]
        chosen: list[tuple[int, float]] = []
        step = max(limit * 3, 50)
        offset = 0
        while len(chosen) < limit:
            batch = conn.execute(sql, [*params, step, offset]).fetchall()
            if not batch:
                break
            drop = exclude([d for d, _s in batch]) if exclude else set()
            chosen += [(d, score) for d, score in batch if d not in drop]
            offset += step
            step *= 4  # a user who read most of the matches: look further, faster
        return [Hit(d, score, self._shared(conn, query, d, reasons)) for d, score in chosen[:limit]]

    def _shared(
        self, conn: sqlite3.Connection, query: Vector, doc: int, count: int
    ) -> tuple[str, ...]:
        """The terms that contribute most to *doc*'s score against *query*."""
        row = conn.execute("SELECT vec FROM docs WHERE doc = ?", (doc,)).fetchone()
        if row is None:
            return ()
        weights = unpack(row[0])
        both = [
            (query.weights[t] * w, t) for t, w in weights.items() if query.weights.get(t, 0) > 0
        ]
        both.sort(reverse=True)
        names = self.term_names(t for _s, t in both[:count])
        return tuple(names[t] for _s, t in both[:count] if t in names)
