"""The similarity index: TF-IDF term vectors of every paper, in their own file in the cache.

Derived data, rebuildable from the library at any time, so it lives in the cache
folder and never in the library. One SQLite file holds:

- ``terms``: every term seen with its document frequency (df);
- ``docs``: per paper (keyed by the library's rowid) its signature, so an update
  finds new and changed papers with one query, and its vector: the ``KEEP``
  terms of highest TF-IDF weight, as packed arrays;
- ``postings``: for each kept term, the papers that kept it with their normalised
  weight, so "papers like this one" reads a few short lists instead of scanning.

The library file is ATTACHed read-only in spirit (this module never writes to
it) so that finding what changed is one SQL join, not 110,000 Python objects.
Writes use deferred transactions: an index update never takes the library's
write lock. The full build (empty or stale index) counts document frequencies
in a first pass and picks each paper's terms in a second; a day's update picks
the new papers' terms with the frequencies as they are, and lets removed papers'
unkept terms linger in ``terms`` until the next full build (a small drift).
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader import textpack
from reader.db import select_in
from reader.simquery import Hit, IndexQueries, Vector, pack, unpack
from reader.store import decode_summary
from reader.textfeatures import features

log = logging.getLogger(__name__)

__all__ = ["Hit", "IndexStats", "SimilarityIndex", "Vector"]  # Hit, Vector: from simquery

VERSION = 3  # bump when the features or the stored form change: the index is rebuilt
KEEP = 48  # terms kept per paper
REBUILD_SHARE = 0.3  # an update touching more than this share of papers rebuilds
BATCH = 2000

SCHEMA = """
CREATE TABLE IF NOT EXISTS terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE,
    df INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS docs (doc INTEGER PRIMARY KEY, sig TEXT NOT NULL,
    vec BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS postings (term INTEGER NOT NULL, w REAL NOT NULL,
    doc INTEGER NOT NULL, PRIMARY KEY (term, w DESC, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""

# What identifies a paper's indexed text, and the text itself, for both forms of the
# library: since schema 3 each source's text is a row of ``texts`` and Hugging Face's
# keywords are in ``paper_meta``; before, the one displayed summary was in ``paper_texts``.
_SIG = "p.id || '|' || p.content_date || '|' || p.title"
_DOCS_V2 = (
    "SELECT p.rowid, {sig}, p.title, t.summary, '' FROM lib.papers p"
    " JOIN lib.paper_texts t ON t.rowid = p.rowid"
)
_DOCS_V3 = (
    "SELECT p.rowid, {sig}, p.title, coalesce((SELECT group_concat(unpack_text(x.parts), char(30))"
    " FROM lib.texts x WHERE x.paper = p.rowid), t.summary),"
    " coalesce((SELECT m.keywords FROM lib.paper_meta m WHERE m.paper = p.rowid), '')"
    " FROM lib.papers p JOIN lib.paper_texts t ON t.rowid = p.rowid"
)


def _has_texts(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM lib.sqlite_master WHERE type = 'table' AND name = 'texts'"
        ).fetchone()
    )


def _docs_sql(conn: sqlite3.Connection) -> str:
    """The documents query for the attached library's schema."""
    return (_DOCS_V3 if _has_texts(conn) else _DOCS_V2).format(sig=_SIG)


Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class IndexStats:
    papers: int
    added: int
    removed: int
    rebuilt: bool
    seconds: float


def _ltf(count: float) -> float:
    return 1.0 + math.log(count)


def _idf(n: int, df: int) -> float:
    return math.log((n + 1) / (df + 1)) + 1.0


def paper_text(title: str, parts: str, keywords: str) -> tuple[str, list[str]]:
    """The title and body texts of a paper from their stored form (keywords count as title)."""
    return f"{title}\n{keywords}", [part.text for part in decode_summary(parts)]


class SimilarityIndex(IndexQueries):
    """The index file at *path*, fed from the library file at *library_path*.

    Safe to use from several threads: each thread gets its own connection; one
    writer at a time. A damaged or outdated index file is deleted and rebuilt.
    """

    def __init__(self, path: Path, library_path: Path, mode: str = "stems") -> None:
        self.path = Path(path)
        self.library_path = Path(library_path)
        self.mode = mode
        self._connections: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._open_checked()

    # ------------------------------------------------------------ plumbing

    def _open_checked(self) -> None:
        try:
            conn = self._conn()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            stored_mode = (
                conn.execute("SELECT value FROM meta WHERE key = 'mode'").fetchone()
                if version
                else None
            )
            if version != VERSION or (stored_mode and stored_mode[0] != self.mode):
                if version:
                    log.info("similarity index %s is outdated: rebuilding", self.path)
                    self._reset()
                    conn = self._conn()
                conn.executescript(SCHEMA)
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('mode', ?)", (self.mode,))
                conn.execute(f"PRAGMA user_version = {VERSION:d}")
        except sqlite3.DatabaseError:
            log.warning("similarity index %s is damaged: rebuilding", self.path, exc_info=True)
            self._reset()
            conn = self._conn()
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('mode', ?)", (self.mode,))
            conn.execute(f"PRAGMA user_version = {VERSION:d}")

    def _reset(self) -> None:
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def _conn(self) -> sqlite3.Connection:
        ident = threading.get_ident()
        conn = self._connections.get(ident)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10.0
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            # small page caches: the window keeps a connection per worker thread, and
            # every MB here is resident; a query reads a few hundred KB of postings
            conn.execute("PRAGMA cache_size=-1000")
            textpack.register(conn)  # the library's texts are stored deflated
            if self.library_path.exists():
                self._attach(conn)
            with self._lock:
                self._connections[ident] = conn
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._connections.values():
                try:
                    conn.close()
                except sqlite3.Error:
                    log.exception("closing the similarity index failed")
            self._connections.clear()

    def __enter__(self) -> SimilarityIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _attach(self, conn: sqlite3.Connection) -> None:
        conn.execute("ATTACH DATABASE ? AS lib", (str(self.library_path),))
        conn.execute("PRAGMA lib.cache_size=-500")

    def _has_library(self, conn: sqlite3.Connection) -> bool:
        names = {row[1] for row in conn.execute("PRAGMA database_list")}
        if "lib" not in names and self.library_path.exists():
            self._attach(conn)
            return True
        return "lib" in names

    # ---------------------------------------------------------------- build

    def size(self) -> int:
        return self._conn().execute("SELECT count(*) FROM docs").fetchone()[0]

    def update(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        full: bool = False,
    ) -> IndexStats:
        """Bring the index in step with the library: add new and changed papers, drop gone ones.

        Rebuilds from scratch when *full*, when the index is empty, or when more than
        REBUILD_SHARE of the papers changed (frequencies would drift too far). A paper
        changed when its title or text date did, or when a source added a text to it.
        """
        start = time.perf_counter()
        with self._write_lock:
            conn = self._conn()
            if not self._has_library(conn):
                return IndexStats(0, 0, 0, False, 0.0)
            total = conn.execute("SELECT count(*) FROM lib.papers").fetchone()[0]
            texts_now = self._texts_rowid(conn)
            mark = self._fingerprint(conn, total, texts_now)
            if not full and mark == self._meta(conn, "library", ""):
                return IndexStats(self.size(), 0, 0, False, time.perf_counter() - start)
            stale = [
                r[0]
                for r in conn.execute(
                    "SELECT d.doc FROM docs d LEFT JOIN lib.papers p ON p.rowid = d.doc"
                    f" WHERE p.rowid IS NULL OR d.sig != {_SIG}"
                )
            ]
            fresh = {
                r[0]
                for r in conn.execute(
                    "SELECT p.rowid FROM lib.papers p LEFT JOIN docs d ON d.doc = p.rowid"
                    f" WHERE d.doc IS NULL OR d.sig != {_SIG}"
                )
            }
            texts_seen = int(self._meta(conn, "texts_rowid", "0"))
            if texts_now > texts_seen:
                fresh.update(
                    r[0]
                    for r in conn.execute(
                        "SELECT DISTINCT x.paper FROM lib.texts x JOIN lib.papers p"
                        " ON p.rowid = x.paper WHERE x.rowid > ?",
                        (texts_seen,),
                    )
                )
            stale = sorted(set(stale) | (fresh & set(self._indexed(conn, fresh))))
            indexed = self.size()
            if full or indexed == 0 or len(stale) + len(fresh) > REBUILD_SHARE * max(total, 1):
                added = self._rebuild(conn, total, texts_now, progress, cancelled)
                self._set_meta(conn, "library", mark)
                return IndexStats(added, added, indexed, True, time.perf_counter() - start)
            if not stale and not fresh:
                self._set_meta(conn, "library", mark)
                return IndexStats(indexed, 0, 0, False, time.perf_counter() - start)
            conn.execute("BEGIN")
            try:
                self._remove(conn, stale)
                self._add(conn, self._docs(conn, sorted(fresh)))
                self._set_meta(conn, "texts_rowid", str(texts_now))
                self._set_meta(conn, "library", mark)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            n = self.size()
            log.info("similarity index: %d added, %d removed", len(fresh), len(stale))
            return IndexStats(n, len(fresh), len(stale), False, time.perf_counter() - start)

    @staticmethod
    def _meta(conn: sqlite3.Connection, key: str, default: str) -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @staticmethod
    def _fingerprint(conn: sqlite3.Connection, total: int, texts_now: int) -> str:
        """What changes whenever an import stores anything: a cheap "nothing to do" test."""
        sources = conn.execute("SELECT count(*), max(imported_at) FROM lib.sources").fetchone()
        newest = conn.execute("SELECT max(rowid) FROM lib.papers").fetchone()[0]
        return f"{VERSION}|{total}|{newest}|{texts_now}|{sources[0]}|{sources[1]}"

    @staticmethod
    def _texts_rowid(conn: sqlite3.Connection) -> int:
        if not _has_texts(conn):
            return 0
        return conn.execute("SELECT coalesce(max(rowid), 0) FROM lib.texts").fetchone()[0]

    @staticmethod
    def _indexed(conn: sqlite3.Connection, docs: Iterable[int]) -> list[int]:
        return [r[0] for r in select_in(conn, "SELECT doc FROM docs WHERE doc IN ({marks})", docs)]

    def _docs(self, conn: sqlite3.Connection, rowids: list[int]) -> Iterator[tuple]:
        yield from select_in(conn, _docs_sql(conn) + " WHERE p.rowid IN ({marks})", rowids)

    def _remove(self, conn: sqlite3.Connection, docs: list[int]) -> None:
        for doc in docs:
            row = conn.execute("SELECT vec FROM docs WHERE doc = ?", (doc,)).fetchone()
            if row is None:
                continue
            weights = unpack(row[0])
            ids = list(weights)
            conn.executemany(
                "DELETE FROM postings WHERE term = ? AND w = ? AND doc = ?",
                [(t, w, doc) for t, w in weights.items()],
            )
            conn.executemany(
                "UPDATE terms SET df = max(df - 1, 0) WHERE id = ?", [(t,) for t in ids]
            )
            conn.execute("DELETE FROM docs WHERE doc = ?", (doc,))

    def _rebuild(
        self,
        conn: sqlite3.Connection,
        total: int,
        texts_now: int,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> int:
        """Build from scratch in two passes over the library.

        The first pass counts document frequencies; the second picks each paper's
        kept terms among those found in two papers or more (a term of one paper
        links nothing). Postings are written in paper order to a temporary table
        and copied sorted by term: random-order inserts into the term-ordered
        table cost several times as much.
        """
        docs_sql = _docs_sql(conn)
        df: Counter[str] = Counter()
        for done, (_rowid, _sig, title, parts, keywords) in enumerate(conn.execute(docs_sql), 1):
            df.update(features(*paper_text(title, parts, keywords), mode=self.mode).keys())
            if done % BATCH == 0:
                if progress:
                    progress(done, 2 * total, "Counting terms")
                if cancelled():
                    raise InterruptedError("index build cancelled")
        ids = {term: i for i, term in enumerate(df, 1)}
        n = max(total, 1)
        conn.execute("BEGIN")
        try:
            for table in ("postings", "docs", "terms"):
                conn.execute(f"DELETE FROM {table}")
            conn.executemany(
                "INSERT INTO terms (id, term, df) VALUES (?, ?, ?)",
                ((i, t, df[t]) for t, i in ids.items()),
            )
            conn.execute("DROP TABLE IF EXISTS temp.loose")
            conn.execute("CREATE TEMP TABLE loose (term INTEGER, doc INTEGER, w REAL)")
            docs: list[tuple[int, str, bytes]] = []
            postings: list[tuple[int, int, float]] = []
            for done, (rowid, sig, title, parts, keywords) in enumerate(conn.execute(docs_sql), 1):
                counts = features(*paper_text(title, parts, keywords), mode=self.mode)
                weighted = [
                    (_ltf(count) * _idf(n, df[term]), ids[term], _ltf(count))
                    for term, count in counts.items()
                    if df[term] >= 2
                ]
                self._keep(rowid, sig, weighted, docs, postings)
                if len(docs) >= BATCH:
                    self._flush(conn, docs, postings, "temp.loose")
                    if progress:
                        progress(total + done, 2 * total, "Indexing papers")
                    if cancelled():
                        raise InterruptedError("index build cancelled")
            self._flush(conn, docs, postings, "temp.loose")
            conn.execute(
                "INSERT INTO postings (term, w, doc) SELECT term, w, doc FROM temp.loose"
                " ORDER BY term, w DESC, doc"
            )
            conn.execute("DROP TABLE temp.loose")
            self._set_meta(conn, "texts_rowid", str(texts_now))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return self.size()

    @staticmethod
    def _keep(
        rowid: int,
        sig: str,
        weighted: list[tuple[float, int, float]],
        docs: list[tuple[int, str, bytes]],
        postings: list[tuple[int, int, float]],
    ) -> None:
        """Keep a paper's KEEP strongest ``(weight, term id, log tf)`` as its vector and postings.

        Both hold the unit-length weights rounded to float32, so that a posting can be
        found again by its exact weight (the postings are ordered by weight per term).
        """
        weighted.sort(reverse=True)
        kept = weighted[:KEEP]
        norm = math.sqrt(sum(w * w for w, _i, _l in kept)) or 1.0
        blob = pack((i for _w, i, _l in kept), (w / norm for w, _i, _l in kept))
        docs.append((rowid, sig, blob))
        postings.extend((i, rowid, w) for i, w in unpack(blob).items())

    def _add(self, conn: sqlite3.Connection, rows: Iterable[tuple]) -> None:
        """Index a few papers ``(rowid, sig, title, parts, keywords)`` with today's frequencies."""
        n = conn.execute("SELECT count(*) FROM docs").fetchone()[0]
        docs: list[tuple[int, str, bytes]] = []
        postings: list[tuple[int, int, float]] = []
        for rowid, sig, title, parts, keywords in rows:
            counts = features(*paper_text(title, parts, keywords), mode=self.mode)
            ids: dict[str, tuple[int, int]] = {}
            self._count_terms(conn, counts, ids)
            n += 1
            weighted = [
                (_ltf(count) * _idf(n, ids[term][1]), ids[term][0], _ltf(count))
                for term, count in counts.items()
                if ids[term][1] >= 2
            ]
            self._keep(rowid, sig, weighted, docs, postings)
        self._flush(conn, docs, postings, "postings")

    @staticmethod
    def _flush(conn: sqlite3.Connection, docs: list, postings: list, table: str) -> None:
        assert table in ("postings", "temp.loose")
        conn.executemany("INSERT OR REPLACE INTO docs (doc, sig, vec) VALUES (?, ?, ?)", docs)
        conn.executemany(f"INSERT INTO {table} (term, doc, w) VALUES (?, ?, ?)", postings)
        docs.clear()
        postings.clear()

    @staticmethod
    def _count_terms(
        conn: sqlite3.Connection, counts: Counter[str], ids: dict[str, tuple[int, int]]
    ) -> None:
        """Add one paper to the document frequencies, loading or creating its terms' ids."""
        terms = list(counts)
        conn.executemany(
            "INSERT INTO terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in terms],
        )
        for i, t, d in select_in(
            conn, "SELECT id, term, df FROM terms WHERE term IN ({marks})", terms
        ):
            ids[t] = (i, d)


def main(argv: list[str] | None = None) -> int:
    """``python -m reader.simindex INDEX LIBRARY``: update (or build) the index, print JSON.

    The window runs this as a child process, so that a full build's term counts and
    token caches never grow the window's own memory, and its CPU work does not
    compete with the UI thread for the interpreter lock.
    """
    import json
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.stderr.write("usage: python -m reader.simindex INDEX LIBRARY\n")
        return 2
    logging.basicConfig(level=logging.WARNING)
    if hasattr(os, "nice"):
        os.nice(10)  # a background job: the window's own work comes first
    with SimilarityIndex(Path(args[0]), Path(args[1])) as index:
        stats = index.update()
    sys.stdout.write(
        json.dumps(
            {
                "papers": stats.papers,
                "added": stats.added,
                "removed": stats.removed,
                "rebuilt": stats.rebuilt,
                "seconds": round(stats.seconds, 3),
            }
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
