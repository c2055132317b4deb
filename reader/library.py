"""The SQLite store: stored days and papers, queries, search and the user's marks.

The UI and the command line talk to this class only; neither writes SQL. Reads
are cheap, windowed queries (``rows(query, offset, limit)``) so no caller ever
loads the whole library. Imports go through :meth:`Library.store` (one batch, one
transaction); user state lives in its own tables that :meth:`store` never writes.

Every write runs on the library's one writer thread (:mod:`reader.writer`): the
methods here wait for theirs (workers, the command line), and the window queues
its writes with :meth:`Library.submit` and never waits. Reads go through
read-only WAL connections, which an open write transaction does not block.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path
from typing import NamedTuple, TypeVar

from reader import display_rule, search_terms, user_views
from reader.db import Database, DatabaseCorrupt, LibraryError, chunked, describe
from reader.model import Day, Paper, PaperText, VoteSnapshot
from reader.schema import MIGRATIONS
from reader.sentence import QT_TRANSLATE_NOOP
from reader.store import (
    SAMPLE_PREFIX,
    VOTES_NEWEST,
    StoreResult,
    decode_authors,
    decode_meta,
    decode_summary,
    now_iso,
    store_batch,
)
from reader.textpack import REPACK_BATCH, REPACK_KEY, repack_step, unpack
from reader.writer import CLOSE_DEADLINE_S, Writer

log = logging.getLogger(__name__)
T = TypeVar("T")

# the day list's reads (Library.days): small per-day tables kept by every write
DAY_LIST = (  # date, papers, unread
    "SELECT t.date, t.papers, t.papers - coalesce(r.read, 0) FROM day_totals t"
    " LEFT JOIN day_read r ON r.date = t.date ORDER BY t.date DESC"
)
DAY_TRIAGED = "SELECT date, triaged FROM day_triage WHERE triaged != 0"
DAY_SAMPLES = "SELECT DISTINCT date FROM paper_days WHERE source_key >= ? AND source_key < ?"

__all__ = ["DayInfo", "Library", "LibraryError", "ListRow", "PaperQuery", "StoreResult"]

# ORDER BY clauses; across days they match the papers_by_* indexes, so the first
# window of a 100k-paper list is read in index order instead of sorted
SORTS = {
    "votes": "p.votes IS NULL, p.votes DESC, {date} DESC, p.rowid",
    "title": "p.title COLLATE NOCASE, p.rowid",
    "date": "{date} DESC, p.votes IS NULL, p.votes DESC, p.rowid",
    # papers that gained votes first, most first; then the rest as by votes
    "rising": "max(coalesce({rising}, 0), 0) DESC, p.votes IS NULL, p.votes DESC, {date} DESC,"
    " p.rowid",
}
RISING_SECONDS = 3 * 86400  # "rising": votes gained over the last 3 days of snapshots
# votes gained by paper p since the cutoff (?): its latest snapshot minus the one in
# force at the cutoff (or its first, when it was first seen after the cutoff)
_RISING = (
    "((SELECT v.votes FROM vote_history v WHERE v.paper = p.rowid ORDER BY v.at DESC LIMIT 1)"
    " - coalesce((SELECT v.votes FROM vote_history v WHERE v.paper = p.rowid AND v.at <= ?"
    " ORDER BY v.at DESC LIMIT 1),"
    " (SELECT v.votes FROM vote_history v WHERE v.paper = p.rowid ORDER BY v.at LIMIT 1)))"
)
RISING_CAP = 2000  # more papers gaining votes at once than this are sorted in SQL instead
_LIST_COLUMNS = (
    "SELECT p.id, p.title, p.votes, {date},"
    " EXISTS (SELECT 1 FROM read_state r WHERE r.paper_id = p.id),"
    " EXISTS (SELECT 1 FROM bookmarks b WHERE b.paper_id = p.id),"
    " EXISTS (SELECT 1 FROM paper_meta m WHERE m.paper = p.rowid AND m.github_repo IS NOT NULL)"
)
VIEWS = ("all", "unread", "bookmarked", *user_views.USER_VIEWS)
MIN_TERM = 2
_WORD_RE = re.compile(r"\w+")
SEARCH_CAP = 2000  # newest matches kept per search term: bounds a keystroke's cost


class DayInfo(NamedTuple):
    """One day of the sidebar. A tuple: :meth:`Library.days` makes 3,650 of them at start-up."""

    date: str
    papers: int
    unread: int
    sample: bool = False  # a day of the bundled sample digests, not real data
    triaged: int = 0  # papers with a triage state other than "new" (the progress mark)


class ListRow(NamedTuple):
    """What a list shows of a paper: enough to paint a row, nothing more.

    A named tuple, not a dataclass: cheaper to define at start-up and to make per row.
    """

    id: str
    title: str
    votes: int | None
    date: str
    read: bool
    bookmarked: bool
    has_code: bool = False  # a code repository is known (PaperMeta.github_repo)
    rising: int | None = None  # votes gained lately (Library.rising); set by the "rising" sort


def _list_row(row: Sequence) -> ListRow:
    """A row of ``_LIST_COLUMNS`` plus the votes gained (or NULL)."""
    return ListRow(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), bool(row[6]), row[7])


class PaperQuery(NamedTuple):
    """Which papers a list shows: one day or a smart view, then filters and a sort.

    A named tuple (``query._replace(text=...)`` for a changed copy), not a
    dataclass: the window defines it before its first paint, where a dataclass
    costs ~1 ms and loads the dataclasses module.
    """

    date: str | None = None
    view: str = "all"  # used when date is None: all, unread, bookmarked
    text: str = ""
    unread_only: bool = False
    bookmarked_only: bool = False
    min_votes: int = 0
    has_code: bool = False  # only papers with a known code repository
    sort: str = "votes"  # votes, title, date or rising
    # Papers that also count as matching ``text``: hits inside downloaded PDFs,
    # found by reader.fulltext (its own SQLite file) and merged here.
    also_ids: tuple[str, ...] = ()
    # user state (reader.user_views): views queue, must-read, done, skipped, catchup
    state: str | None = None  # only papers in this triage state ("new": untriaged)
    tag: str | None = None  # only papers with this tag
    watch_term: str | None = None  # only papers this watch term hits
    # Papers listed although the unread filter would drop them: the paper on show,
    # read since (a mail reader keeps the message you are reading in an unread view).
    keep: tuple[str, ...] = ()


class PaperState(NamedTuple):
    """The user's marks on one paper (a named tuple: cheaper to define at start-up)."""

    read_at: str | None
    bookmarked_at: str | None
    note: str
    tags: tuple[str, ...]


def _desc(text: str) -> tuple[int, ...]:
    """A sort key that orders ISO dates newest first."""
    return tuple(-ord(c) for c in text)


def _fts_terms(text: str) -> list[str]:
    """Search terms of *text*; one-character terms match too much to be useful."""
    return [t for t in text.split() if len(t.strip('"')) >= MIN_TERM]


def has_search_terms(text: str) -> bool:
    """Whether *text* searches at all (a lone first keystroke does not: it would list everything)."""
    return bool(_fts_terms(text))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class Library:
    """The reader's database of digests and user state (one SQLite file).

    Opening never writes to an existing file. A damaged library, or one this
    user cannot write, stays readable and refuses every write with the sentence
    in :attr:`read_only_reason`; with *read_only* it is never written at all.
    """

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "LibraryError", "The folder %1 cannot be created (%2); use another --data-dir."
                ).arg(self.path.parent, exc.strerror or exc)
            ) from exc
        self._db = Database(self.path, MIGRATIONS, read_only=read_only)
        self._matches = search_terms.MatchCache()  # a keystroke's matches, for its count

    @property
    def read_only_reason(self) -> str | None:
        """Why writes are refused (one sentence for the user), or None when they are allowed."""
        return self._db.read_only_reason

    def verify(self) -> str | None:
        """Check the file before its first write (``quick_check``); the read-only reason or None.

        The window runs this in the background; :meth:`cancel_verify` stops it.
        """
        return self._db.verify(cancellable=True)

    def cancel_verify(self) -> None:
        """Stop (or skip) :meth:`verify`: the window is quitting; a write still checks first."""
        self._db.cancel_verify()

    def require_writable(self) -> None:
        """Raise :class:`~reader.db.LibraryReadOnly` (a LibraryError) unless writes may go ahead.

        Callers about to do slow work before writing (a sync, an import) ask first.
        """
        self._db.require_writable()

    def check(self, full: bool = True) -> str | None:
        """The first problem ``integrity_check`` (or ``quick_check``) finds, or None; read-only."""
        with self._told():
            return self._db.check(full)

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Rows of a read for the user-state modules (reader.triage, reader.watch, ...)."""
        return self._read(sql, params)

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction for the user-state modules; errors become sentences.

        Off the writer thread it waits for its turn in the writer's queue: call it
        from a worker, or from a function given to :meth:`submit`.
        """
        with self._told(), self._db.transaction() as tx:
            yield tx

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Queue *fn* (which may call any write method here) on the writer; never waits.

        The window's writes go through this: it updates its models at once and
        corrects them if the future fails (with a :class:`LibraryError` sentence,
        or a bug's exception).
        """

        def job() -> T:
            with self._told():
                return fn()

        return self._db.submit(job)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write queued so far is done; False if *timeout* came first."""
        return self._db.flush(timeout)

    @property
    def writer(self) -> Writer:
        """The one writer (tests watch which threads wait on it)."""
        return self._db.writes

    @contextmanager
    def _told(self) -> Iterator[None]:
        """SQLite environment errors become the user's sentence; bugs in our SQL propagate.

        A damaged page met on the way turns the library read-only from then on.
        """
        try:
            yield
        except sqlite3.DatabaseError as exc:
            error = describe(exc, self.path)
            if error is None:
                raise
            if isinstance(error, DatabaseCorrupt):
                self._db.mark_damaged(str(exc))
            raise error from exc

    def close(self, deadline: float = CLOSE_DEADLINE_S) -> None:
        """Write what is still queued (at most *deadline* seconds), then close the file."""
        self._db.close(deadline)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._told():
            return self._db.conn.execute(sql, params).fetchall()

    # ----------------------------------------------------------------- import

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Defer WAL checkpoints during a multi-transaction import, then checkpoint once.

        Each auto-checkpoint copies pages into the database and syncs it; an import
        of thousands of files would otherwise pay that every few batches.
        """
        # the first write: a read-only or damaged library is refused here, before any parsing
        with self._told():
            self._db.pragma("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            try:
                self._db.pragma("PRAGMA wal_autocheckpoint = 1000")
                self._db.pragma("PRAGMA wal_checkpoint(PASSIVE)")
            except (LibraryError, sqlite3.DatabaseError):  # a busy reader delays it; no harm
                log.info("checkpoint after import deferred", exc_info=True)

    def source_hash(self, key: str) -> str | None:
        """The content hash recorded when the source *key* was last imported."""
        rows = self._read("SELECT hash FROM sources WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def source_hashes(self) -> dict[str, str]:
        return dict(self._read("SELECT key, hash FROM sources"))

    def store(self, batch: Iterable[tuple[str, str, Sequence[Day], str]]) -> StoreResult:
        """Store parsed sources as one transaction: ``(key, hash, days, source_name)``.

        A source replaces what it stored before. A paper met on several days is
        one paper with all its dates and its highest vote; its text comes from its
        newest day, except that a title written with LaTeX beats a flattened
        spelling of it (the archive has ``LLM$\\times$MapReduce`` and
        ``LLMtimesMapReduce``).
        """
        result = StoreResult()
        sources = list(batch)
        with self._told():
            self._db.write(lambda tx: store_batch(tx, sources, result))
        return result

    # ---------------------------------------------------------------- queries

    def days(self) -> list[DayInfo]:
        """Every day with its paper and unread counts, newest first.

        Three small per-day tables, each kept in step by the writes (papers in
        ``day_totals``, read ones in ``day_read``, triaged ones in ``day_triage``),
        so the list never joins the papers: the window waits for it at start-up and
        after every change. Every day is made in C (no Python call per day: 3,650
        days cost ~10 ms that way, as much again when most are read), then the few
        days with triaged or sample papers are corrected.
        """
        rows = self._read(DAY_LIST)
        samples = self._sample_days()
        triaged = self._read(DAY_TRIAGED)
        if not rows:
            return []
        dates, papers, unread = zip(*rows)
        days = list(
            map(
                tuple.__new__,
                repeat(DayInfo),
                zip(dates, papers, unread, repeat(False), repeat(0)),
            )
        )
        if samples or triaged:
            where = dict(zip(dates, range(len(dates))))
            for date in samples:
                if (i := where.get(date)) is not None:
                    days[i] = days[i]._replace(sample=True)
            for date, n in triaged:
                if (i := where.get(date)) is not None:
                    days[i] = days[i]._replace(triaged=n)
        return days

    def _sample_days(self, date: str | None = None) -> list[str]:
        sql = DAY_SAMPLES
        params: list[object] = [SAMPLE_PREFIX, SAMPLE_PREFIX[:-1] + ";"]
        if date is not None:
            sql += " AND date = ?"
            params.append(date)
        return [r[0] for r in self._read(sql, params)]

    def is_sample_day(self, date: str) -> bool:
        """Whether *date* is a day of the bundled sample digests (the UI shows a banner)."""
        return bool(self._sample_days(date))

    def has_real_data(self) -> bool:
        """Whether anything but the bundled samples was ever stored."""
        return bool(
            self._read(
                "SELECT 1 FROM sources WHERE key < ? OR key >= ? LIMIT 1",
                (SAMPLE_PREFIX, SAMPLE_PREFIX[:-1] + ";"),
            )
        )

    def has_samples(self) -> bool:
        """Whether any sample paper is left (the first real import or sync removes them)."""
        return bool(
            self._read(
                "SELECT 1 FROM sources WHERE key >= ? AND key < ? LIMIT 1",
                (SAMPLE_PREFIX, SAMPLE_PREFIX[:-1] + ";"),
            )
        )

    def counts(self) -> dict[str, int]:
        """Sizes of the smart views: all, unread and bookmarked papers."""
        total, read, bookmarked = self._read(
            "SELECT (SELECT count(*) FROM papers),"
            " (SELECT count(*) FROM read_state r JOIN papers p ON p.id = r.paper_id),"
            " (SELECT count(*) FROM bookmarks b JOIN papers p ON p.id = b.paper_id)"
        )[0]
        counts = {"all": total, "unread": total - read, "bookmarked": bookmarked}
        counts["unread"] -= user_views.skipped_unread(self._read)  # skipped leave Unread
        return counts

    def _where(self, query: PaperQuery) -> tuple[str, str, list[object]]:
        """FROM/WHERE clauses and parameters for *query* (all values bound)."""
        params: list[object] = []
        if query.date is not None:
            source = "paper_days d JOIN papers p ON p.id = d.paper_id"
            date_expr = "d.date"
            clauses = ["d.date = ?"]
            params.append(query.date)
        elif query.view not in VIEWS:
            raise ValueError(f"unknown view {query.view!r}")
        elif query.view in user_views.USER_VIEWS:  # queue, must-read, done, skipped, catchup
            source, clauses = user_views.view_source(query.view, params, self._read)
            date_expr = "p.last_date"
        elif query.view == "bookmarked" or query.bookmarked_only:
            # few bookmarks among many papers: start from the bookmarks
            source = "bookmarks bm CROSS JOIN papers p ON p.id = bm.paper_id"
            date_expr = "p.last_date"
            clauses = []
        else:
            source = "papers p"
            date_expr = "p.last_date"
            clauses = []
        unread = query.unread_only or (query.date is None and query.view == "unread")
        if unread:
            unread_clause = "NOT EXISTS (SELECT 1 FROM read_state r WHERE r.paper_id = p.id)"
            if query.keep:
                kept = ",".join("?" * len(query.keep))
                unread_clause = f"({unread_clause} OR p.id IN ({kept}))"
                params.extend(query.keep)
            clauses.append(unread_clause)
        clauses += user_views.filters(
            query.state, query.tag, query.watch_term, unread and query.date is None, params
        )
        if query.bookmarked_only and query.date is not None:
            clauses.append("EXISTS (SELECT 1 FROM bookmarks b WHERE b.paper_id = p.id)")
        if query.min_votes > 0:
            clauses.append("p.votes >= ?")
            params.append(query.min_votes)
        if query.has_code:
            clauses.append(
                "EXISTS (SELECT 1 FROM paper_meta m WHERE m.paper = p.rowid"
                " AND m.github_repo IS NOT NULL)"
            )
        terms = _fts_terms(query.text)
        if terms:
            # the matching rowids, found once for a keystroke's page and count (search_terms)
            found: list[object] = []
            sql = self._search_sql(terms, found)
            params.append(self._matches.rowids(self._read, terms, sql, found))
            match = "p.rowid IN (SELECT value FROM json_each(?))"
            if query.also_ids:  # PDF full-text hits (reader.fulltext.merged_search)
                match = f"({match} OR p.id IN ({','.join('?' * len(query.also_ids))}))"
                params.extend(query.also_ids)
            clauses.append(match)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return f"{source}{where}", date_expr, params

    def _search_sql(self, terms: list[str], params: list[object]) -> str:
        """Rowids matching every term: a title/author substring or a word prefix.

        Each term's matches are capped at the newest SEARCH_CAP papers, so a word
        found in every summary ('모델') costs a bounded amount while typing; a
        word prefix is asked as the words it begins (reader.search_terms).
        """
        parts = []
        for term in terms:
            sources = []
            if len(term) >= 3:  # trigram needs three characters
                sources.append(
                    "SELECT r FROM (SELECT rowid AS r FROM fts_title WHERE fts_title MATCH ?"
                    " ORDER BY rowid DESC LIMIT ?)"
                )
                params.extend([_quote(term), SEARCH_CAP])
            tokens = _WORD_RE.findall(term)
            words = search_terms.words_match(self._read, tokens) if tokens else None
            if words is not None:
                sources.append(
                    "SELECT r FROM (SELECT rowid AS r FROM fts_words WHERE fts_words MATCH ?"
                    " ORDER BY rowid DESC LIMIT ?)"
                )
                params.extend([words, SEARCH_CAP])
            if not sources:  # punctuation too short for either index matches nothing
                sources.append("SELECT NULL AS r WHERE 0")
            sources.append(user_views.user_text_source(term, params))  # notes and tags
            parts.append("SELECT r FROM (" + " UNION ".join(sources) + ")")
        return " INTERSECT ".join(parts)

    def count(self, query: PaperQuery) -> int:
        source, _date, params = self._where(query)
        return self._read(f"SELECT count(*) FROM {source}", params)[0][0]

    def rows(self, query: PaperQuery, offset: int = 0, limit: int = 200) -> list[ListRow]:
        """One window of the list for *query*, sorted as it asks."""
        source, date_expr, params = self._where(query)
        fixed = user_views.view_order(query.view) if query.date is None else None
        if fixed is not None:  # the Queue's own order; Catch-up: watch hits, then votes
            sql = f"{_LIST_COLUMNS.format(date=date_expr)}, NULL FROM {source} ORDER BY {fixed}"
            rows = self._read(sql + " LIMIT ? OFFSET ?", [*params, limit, offset])
            return [_list_row(row) for row in rows]
        if query.sort == "rising" and query.date is None:  # one day is sorted in SQL at once
            rising = self._rising_rows(source, date_expr, params)
            if rising is not None:
                return self._after_rising(rising, query, offset, limit)
        order = SORTS.get(query.sort, SORTS["votes"]).format(date=date_expr, rising=_RISING)
        gain, head = "NULL", []
        if query.sort == "rising":  # a day, or too many risers for the quick path
            cutoff = self._rising_cutoff()
            gain, head = _RISING, [cutoff]
            params.append(cutoff)
        sql = (
            f"{_LIST_COLUMNS.format(date=date_expr)}, {gain} FROM {source}"
            f" ORDER BY {order} LIMIT ? OFFSET ?"
        )
        rows = self._read(sql, [*head, *params, limit, offset])
        return [_list_row(row) for row in rows]

    def _rising_rows(
        self, source: str, date_expr: str, params: list[object]
    ) -> list[ListRow] | None:
        """The papers of a list that gained votes since the cutoff, most gained first.

        Only papers with a snapshot after the cutoff can have gained, and the index
        on snapshot time finds those few without reading 100k papers; None when
        there are more than RISING_CAP of them.
        """
        cutoff = self._rising_cutoff()
        recent = "p.rowid IN (SELECT v.paper FROM vote_history v WHERE v.at > ?)"
        joined = f"{source} {'AND' if ' WHERE ' in source else 'WHERE'} {recent}"
        found = self._read(
            f"{_LIST_COLUMNS.format(date=date_expr)}, {_RISING}, p.rowid FROM {joined} LIMIT ?",
            [cutoff, *params, cutoff, RISING_CAP + 1],
        )
        if len(found) > RISING_CAP:
            return None
        gained = sorted(
            (row for row in found if row[7] is not None and row[7] > 0),
            key=lambda r: (-r[7], r[2] is None, -(r[2] or 0), _desc(r[3]), r[8]),
        )
        return [_list_row(row) for row in gained]

    def _after_rising(
        self, rising: list[ListRow], query: PaperQuery, offset: int, limit: int
    ) -> list[ListRow]:
        """*rising* first, then the rest of the list by votes (read in index order)."""
        head = rising[offset : offset + limit]
        if len(head) == limit:
            return head
        source, date_expr, params = self._where(query)
        ids = [r.id for r in rising]
        if ids:
            marks = ",".join("?" * len(ids))
            source += f" {'AND' if ' WHERE ' in source else 'WHERE'} p.id NOT IN ({marks})"
            params = [*params, *ids]
        order = SORTS["votes"].format(date=date_expr)
        sql = (
            f"{_LIST_COLUMNS.format(date=date_expr)}, {_RISING} FROM {source}"
            f" ORDER BY {order} LIMIT ? OFFSET ?"
        )
        window = [limit - len(head), max(0, offset - len(rising))]
        rest = self._read(sql, [self._rising_cutoff(), *params, *window])
        return head + [_list_row(row) for row in rest]

    def search(self, text: str, limit: int = 200) -> list[ListRow]:
        """Full-text search over title, authors and summary, by votes; [] for no usable term."""
        if not _fts_terms(text):
            return []
        return self.rows(PaperQuery(text=text), 0, limit)

    def paper(self, paper_id: str, language: str = display_rule.DEFAULT_LANGUAGE) -> Paper | None:
        """One paper with every field, all its dates (oldest first) and every source's text.

        Its ``summary`` is the text :func:`reader.display_rule.preferred_text` picks
        for *language* (Korean digest first); ``source`` and ``language`` are that text's.
        """
        rows = self._read(
            "SELECT p.rowid, id, title, title_raw, url, votes, authors, authors_truncated,"
            " media_url, media_kind, source, language"
            " FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE id = ?",
            (paper_id,),
        )
        if not rows:
            return None
        (rowid, pid, title, raw, url, votes, authors, trunc, media, kind, source, lang) = rows[0]
        texts = self._texts(rowid, language)
        shown, summary = display_rule.preferred_text(texts, language)
        if shown is not None:
            lang = shown.language
            source = self._writer(rowid, shown) or source
        meta = self._read(
            "SELECT keywords, github_repo, github_stars, project_page, comments, organization"
            " FROM paper_meta WHERE paper = ?",
            (rowid,),
        )
        dates = tuple(
            r[0]
            for r in self._read(
                "SELECT date FROM paper_days WHERE paper_id = ? ORDER BY date", (paper_id,)
            )
        )
        return Paper(
            id=pid,
            title=title,
            title_raw=raw,
            url=url,
            votes=votes,
            authors=decode_authors(authors),
            authors_truncated=bool(trunc),
            summary=summary,
            media_url=media,
            media_kind=kind,
            source=source,
            language=lang,
            dates=dates,
            texts=tuple(texts),
            meta=decode_meta(meta[0]) if meta else None,
        )

    def _texts(self, rowid: int, language: str) -> list[PaperText]:
        rows = self._read(
            "SELECT family, language, kind, parts, date FROM texts WHERE paper = ?", (rowid,)
        )
        return display_rule.ordered(
            (
                PaperText(f, lang, k, decode_summary(unpack(parts)), d)
                for f, lang, k, parts, d in rows
            ),
            language,
        )

    def _writer(self, rowid: int, text: PaperText) -> str | None:
        """Which source wrote *text* last ("github" or "markdown" for a digest text)."""
        rows = self._read(
            "SELECT writer FROM texts WHERE paper = ? AND family = ? AND kind = ?",
            (rowid, text.source, text.kind),
        )
        return rows[0][0] if rows else None

    def texts(
        self, paper_id: str, language: str = display_rule.DEFAULT_LANGUAGE
    ) -> list[PaperText]:
        """Every source's text of a paper in display order (preferred language first)."""
        rows = self._read("SELECT rowid FROM papers WHERE id = ?", (paper_id,))
        return self._texts(rows[0][0], language) if rows else []

    def vote_history(self, paper_id: str) -> list[VoteSnapshot]:
        """Every vote count a source showed for the paper, oldest first."""
        rows = self._read(
            "SELECT v.at, v.votes, s.name FROM papers p"
            " JOIN vote_history v ON v.paper = p.rowid"
            " JOIN vote_sources s ON s.code = v.source WHERE p.id = ? ORDER BY v.at, v.source",
            (paper_id,),
        )
        return [
            VoteSnapshot(datetime.fromtimestamp(at, UTC).isoformat(), votes, name)
            for at, votes, name in rows
        ]

    def _rising_cutoff(self) -> int:
        """Three days before the newest snapshot: the start of the "rising" window."""
        newest = self.meta(VOTES_NEWEST)
        return (int(newest) if newest and newest.isdigit() else int(time.time())) - RISING_SECONDS

    def rising(self, paper_id: str) -> int | None:
        """Votes the paper gained over the last 3 days of snapshots; None without history."""
        rows = self._read(
            f"SELECT {_RISING} FROM papers p WHERE p.id = ?", (self._rising_cutoff(), paper_id)
        )
        return rows[0][0] if rows else None

    def papers(self, ids: Iterable[str]) -> list[Paper]:
        return [p for p in (self.paper(i) for i in ids) if p is not None]

    def exists(self, paper_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM papers WHERE id = ?", (paper_id,)))

    # ------------------------------------------------------------- user state

    def state(self, paper_id: str) -> PaperState:
        row = self._read(
            "SELECT (SELECT read_at FROM read_state WHERE paper_id = ?),"
            " (SELECT created_at FROM bookmarks WHERE paper_id = ?),"
            " (SELECT text FROM notes WHERE paper_id = ?)",
            (paper_id, paper_id, paper_id),
        )[0]
        tags = tuple(
            r[0]
            for r in self._read("SELECT tag FROM tags WHERE paper_id = ? ORDER BY tag", (paper_id,))
        )
        return PaperState(row[0], row[1], row[2] or "", tags)

    def _write(self, sql: str, rows: Sequence[tuple]) -> int:
        def run(tx: sqlite3.Connection) -> int:
            before = tx.total_changes
            tx.executemany(sql, rows)
            return tx.total_changes - before

        with self._told():
            return self._db.write(run)

    def set_read(self, ids: Iterable[str], read: bool = True) -> list[str]:
        """Mark papers read or unread; returns the ids whose state changed (for undo)."""
        return self._set_mark("read_state", ids, read)

    def set_bookmarked(self, ids: Iterable[str], on: bool = True) -> list[str]:
        """Bookmark papers or take their bookmarks off; returns the ids that changed."""
        return self._set_mark("bookmarks", ids, on)

    def _set_mark(self, table: str, ids: Iterable[str], on: bool) -> list[str]:
        """Put (with the time) or take off a paper's row in *table*, read_state or bookmarks."""
        ids = list(dict.fromkeys(ids))
        current = self._marked(table, ids)
        changed = [i for i in ids if (i in current) != on]
        if on:
            stamp = now_iso()
            self._write(
                f"INSERT OR IGNORE INTO {table} VALUES (?, ?)", [(i, stamp) for i in changed]
            )
        else:
            self._write(f"DELETE FROM {table} WHERE paper_id = ?", [(i,) for i in changed])
        return changed

    def _marked(self, table: str, ids: list[str]) -> set[str]:
        assert table in ("read_state", "bookmarks")
        found: set[str] = set()
        for chunk, marks in chunked(ids):
            found.update(
                r[0]
                for r in self._read(
                    f"SELECT paper_id FROM {table} WHERE paper_id IN ({marks})", chunk
                )
            )
        return found

    def ids(self, query: PaperQuery) -> list[str]:
        source, _date, params = self._where(query)
        return [r[0] for r in self._read(f"SELECT p.id FROM {source}", params)]

    def mark_all_read(self, query: PaperQuery) -> list[str]:
        """Mark every paper *query* lists as read; returns the ids changed (for undo)."""
        return self.set_read(self.ids(query), True)

    def bookmarked_ids(self) -> list[str]:
        return [
            r[0] for r in self._read("SELECT paper_id FROM bookmarks ORDER BY created_at, paper_id")
        ]

    def set_dismissed(self, ids: Iterable[str], on: bool = True) -> list[str]:
        """Mark papers "not interested" (or lift the mark); returns the ids whose state changed."""
        ids = list(dict.fromkeys(ids))
        current = set(self.dismissed_ids(ids))
        changed = [i for i in ids if (i in current) != on]
        stamp = now_iso()
        self._write(
            "INSERT OR REPLACE INTO dismissed (paper_id, dismissed, changed_at) VALUES (?, ?, ?)",
            [(i, int(on), stamp) for i in changed],
        )
        return changed

    def dismissed_ids(self, among: Iterable[str] | None = None) -> list[str]:
        """Papers marked "not interested", oldest mark first (only those *among*, if given)."""
        if among is None:
            return [
                r[0]
                for r in self._read(
                    "SELECT paper_id FROM dismissed WHERE dismissed ORDER BY changed_at, paper_id"
                )
            ]
        found: list[str] = []
        for chunk, marks in chunked(list(among)):
            found += [
                r[0]
                for r in self._read(
                    f"SELECT paper_id FROM dismissed WHERE dismissed AND paper_id IN ({marks})",
                    chunk,
                )
            ]
        return found

    def triaged(self, ids: Iterable[str]) -> set[str]:
        """Those of *ids* the user has dealt with: read, bookmarked, dismissed or triaged.

        "For you" leaves them out.
        """
        ids = list(ids)
        return (
            self._marked("read_state", ids)
            | self._marked("bookmarks", ids)
            | set(self.dismissed_ids(ids))
            | user_views.triaged_among(self._read, ids)  # a triage state other than new
        )

    def set_note(self, paper_id: str, text: str) -> None:
        if text.strip():
            self._write(
                "INSERT OR REPLACE INTO notes VALUES (?, ?, ?)", [(paper_id, text, now_iso())]
            )
        else:
            self._write("DELETE FROM notes WHERE paper_id = ?", [(paper_id,)])

    def add_tag(self, paper_id: str, tag: str) -> None:
        self._write(
            "INSERT OR IGNORE INTO tags VALUES (?, ?, ?)", [(paper_id, tag.strip(), now_iso())]
        )

    def remove_tag(self, paper_id: str, tag: str) -> None:
        self._write("DELETE FROM tags WHERE paper_id = ? AND tag = ?", [(paper_id, tag.strip())])

    # ------------------------------------------------------------------- meta

    def meta(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        self._write("INSERT OR REPLACE INTO meta VALUES (?, ?)", [(key, value)])

    # ------------------------------------------------------------ upkeep

    def needs_repack(self) -> bool:
        """Whether texts stored before schema 6 are still waiting to be deflated."""
        return self.meta(REPACK_KEY) is not None

    def repack_texts(
        self, stop: Callable[[], bool] | None = None, batch: int = REPACK_BATCH
    ) -> int:
        """Deflate the texts an upgraded library stored as TEXT; how many were deflated.

        One short transaction per *batch* on the writer, so marks and imports queued
        meanwhile go in between; *stop* is asked before each (quit): the next call
        resumes where this one stopped.
        """
        packed = 0
        while self.read_only_reason is None and not (stop is not None and stop()):
            with self._told():
                step = self._db.write(lambda tx: repack_step(tx, batch))
            if step is None:
                break
            packed += step
        return packed

    def compact(self) -> tuple[int, int]:
        """Deflate what is left, then VACUUM: ``(bytes before, bytes after)`` of the file.

        Refused (LibraryReadOnly) on a library that cannot be written or is damaged.
        """
        with self._told():
            self._db.require_writable()
            self.repack_texts()
            before = self._file_bytes()
            self._db.pragma("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.pragma("VACUUM")
            self._db.pragma("PRAGMA wal_checkpoint(TRUNCATE)")
        return before, self._file_bytes()

    def _file_bytes(self) -> int:
        total = 0
        for suffix in ("", "-wal"):
            try:
                total += self.path.with_name(self.path.name + suffix).stat().st_size
            except OSError:
                continue
        return total

    # ----------------------------------------------------- sync bookkeeping

    def remote_files(self, origin: str) -> dict[str, tuple[str | None, str | None]]:
        """What sync recorded for *origin*: ``{path: (sha, etag)}``."""
        rows = self._read("SELECT path, sha, etag FROM remote_files WHERE origin = ?", (origin,))
        return {path: (sha, etag) for path, sha, etag in rows}

    def set_remote_files(
        self, origin: str, files: Iterable[tuple[str, str | None, str | None]]
    ) -> None:
        """Record ``(path, sha, etag)`` of files whose content is already stored."""
        stamp = now_iso()
        self._write(
            "INSERT OR REPLACE INTO remote_files (origin, path, sha, etag, synced_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [(origin, path, sha, etag, stamp) for path, sha, etag in files],
        )

    def newest_day(self, source_prefix: str | None = None) -> str | None:
        """The newest stored date, optionally among sources whose key starts with a prefix."""
        if source_prefix is None:
            rows = self._read("SELECT max(date) FROM paper_days")
        else:
            rows = self._read(
                "SELECT max(date) FROM paper_days WHERE substr(source_key, 1, ?) = ?",
                (len(source_prefix), source_prefix),
            )
        return rows[0][0] if rows else None

    def integrity_ok(self) -> bool:
        return self.check(full=True) is None
