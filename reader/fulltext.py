"""The downloaded PDFs' metadata and full text, in their own SQLite file in the cache folder.

Kept out of the library on purpose: it is derived data (every row can be rebuilt
from the PDFs in ``cache/pdfs``), it would grow the library past its size budget,
and a cache may be wiped at any time. One row per paper in ``pdfs`` (size, pages,
the last page and zoom the reader showed) and its text in ``pdf_words``, an FTS5
word index queried by prefix, as the library's word index is ('diffus' finds
'diffusion'). A damaged or foreign file is moved aside and started afresh.

:func:`merged_search` is the one place where library search and PDF text meet:
the command line and the window both call it, and it says which hits are found
only inside a PDF.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.db import Database, LibraryError, chunked
from reader.library import Library, ListRow, PaperQuery
from reader.store import now_iso

log = logging.getLogger(__name__)

FILE_NAME = "fulltext.sqlite3"
HIT_CAP = 2000  # newest matches kept per search, as the library's SEARCH_CAP
MIN_TERM = 2
PDF_MIN_WORD = 3  # shorter words search the library only (see FullText.search)
_WORD_RE = re.compile(r"\w+")

MIGRATIONS: list[str] = [
    """
    CREATE TABLE pdfs (
        rowid INTEGER PRIMARY KEY,
        paper_id TEXT NOT NULL UNIQUE,
        bytes INTEGER NOT NULL,
        pages INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        last_page INTEGER NOT NULL DEFAULT 0,
        last_zoom REAL NOT NULL DEFAULT 0
    );
    CREATE VIRTUAL TABLE pdf_words USING fts5(
        text, tokenize = 'unicode61 remove_diacritics 2', detail = 'none'
    )
    """,
]


@dataclass(frozen=True, slots=True)
class PdfRecord:
    """One indexed PDF; ``last_zoom`` 0 means fit to width (the reader's default)."""

    paper_id: str
    bytes: int
    pages: int
    stored_at: str
    last_page: int = 0
    last_zoom: float = 0.0


def query_terms(text: str) -> list[list[str]]:
    """The words of each search term (terms shorter than two characters are dropped)."""
    terms = [t for t in text.split() if len(t.strip('"')) >= MIN_TERM]
    return [words for words in (_WORD_RE.findall(t) for t in terms) if words]


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class FullText:
    """The PDF index in *path* (usually ``AppPaths.cache / FILE_NAME``)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = Database(self.path, MIGRATIONS)
        except LibraryError as exc:  # derived data: set it aside, start again
            aside = self.path.with_name(self.path.name + ".damaged")
            log.warning(
                "the PDF text index %s is unusable (%s); moved to %s", self.path, exc, aside
            )
            self.path.replace(aside)
            self._db = Database(self.path, MIGRATIONS)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FullText:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        return self._db.conn.execute(sql, params).fetchall()

    # ----------------------------------------------------------------- writes

    def record(self, paper_id: str, size: int, pages: Sequence[str]) -> None:
        """Store (or replace) a PDF's size and the text of its *pages*."""
        text = "\n".join(pages)
        with self._db.transaction() as tx:
            row = tx.execute("SELECT rowid FROM pdfs WHERE paper_id = ?", (paper_id,)).fetchone()
            if row is not None:
                tx.execute("DELETE FROM pdf_words WHERE rowid = ?", (row[0],))
                tx.execute(
                    "UPDATE pdfs SET bytes = ?, pages = ?, stored_at = ? WHERE rowid = ?",
                    (size, len(pages), now_iso(), row[0]),
                )
                rowid = row[0]
            else:
                rowid = tx.execute(
                    "INSERT INTO pdfs (paper_id, bytes, pages, stored_at) VALUES (?, ?, ?, ?)",
                    (paper_id, size, len(pages), now_iso()),
                ).lastrowid
            tx.execute("INSERT INTO pdf_words (rowid, text) VALUES (?, ?)", (rowid, text))

    def remove(self, paper_ids: Iterable[str]) -> None:
        ids = list(paper_ids)
        with self._db.transaction() as tx:
            for chunk, marks in chunked(ids):
                rows = tx.execute(
                    f"SELECT rowid FROM pdfs WHERE paper_id IN ({marks})", chunk
                ).fetchall()
                tx.executemany("DELETE FROM pdf_words WHERE rowid = ?", rows)
                tx.executemany("DELETE FROM pdfs WHERE rowid = ?", rows)

    def set_position(self, paper_id: str, page: int, zoom: float) -> None:
        """Remember where the reader left *paper_id* (zoom 0: fit to width, -1: fit page)."""
        with self._db.transaction() as tx:
            tx.execute(
                "UPDATE pdfs SET last_page = ?, last_zoom = ? WHERE paper_id = ?",
                (max(0, int(page)), float(zoom), paper_id),
            )

    # ------------------------------------------------------------------ reads

    def get(self, paper_id: str) -> PdfRecord | None:
        rows = self._read(
            "SELECT paper_id, bytes, pages, stored_at, last_page, last_zoom FROM pdfs"
            " WHERE paper_id = ?",
            (paper_id,),
        )
        return PdfRecord(*rows[0]) if rows else None

    def records(self) -> list[PdfRecord]:
        rows = self._read(
            "SELECT paper_id, bytes, pages, stored_at, last_page, last_zoom FROM pdfs"
            " ORDER BY paper_id"
        )
        return [PdfRecord(*r) for r in rows]

    def ids(self) -> set[str]:
        return {r[0] for r in self._read("SELECT paper_id FROM pdfs")}

    def search(self, text: str, limit: int = HIT_CAP) -> list[str]:
        """Paper ids whose PDF text holds every term of *text* (words matched by prefix).

        A word shorter than three characters makes no PDF hit: while a word is that
        short the user is still typing it, and its prefix would match most of the
        vocabulary of whole papers (the library's own index answers those keystrokes).
        """
        terms = query_terms(text)
        if not terms or any(len(w) < PDF_MIN_WORD for words in terms for w in words):
            return []
        match = " AND ".join(_quote(w) + "*" for words in terms for w in words)
        try:
            rows = self._read(
                "SELECT p.paper_id FROM pdf_words w JOIN pdfs p ON p.rowid = w.rowid"
                " WHERE pdf_words MATCH ? ORDER BY w.rowid DESC LIMIT ?",
                (match, limit),
            )
        except sqlite3.OperationalError:
            log.exception("PDF text search failed for %r", text)
            return []
        return [r[0] for r in rows]


# --------------------------------------------------------------------- merging


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result row and whether it matched only inside the paper's PDF."""

    row: ListRow
    fulltext: bool


def merged_search(
    library: Library, fulltext: FullText | None, text: str, limit: int = 50
) -> list[SearchHit]:
    """Library search plus PDF-text hits, by votes; each hit says if only the PDF matched.

    With no *fulltext* (no PDF ever downloaded) this is the library's own search.
    """
    pdf_ids = tuple(fulltext.search(text)) if fulltext is not None else ()
    query = PaperQuery(text=text, also_ids=pdf_ids)
    rows = library.rows(query, 0, limit) if query_terms(text) else []
    if not pdf_ids:
        return [SearchHit(r, False) for r in rows]
    own = set(library.ids(query._replace(also_ids=())))
    return [SearchHit(r, r.id not in own) for r in rows]
