"""Writing parsed days into the library: merge rules, texts per source, votes, index upkeep.

:meth:`reader.library.Library.store` runs :func:`store_batch` inside one
transaction. A source key (a file, an HF day) replaces what it stored before; a
paper met on several days is one row with all its dates (``paper_days``) and its
highest vote. Each source family keeps its own texts (``texts``: one row per
paper, family and kind), so a Hugging Face sync never touches the Korean
summary; which title and authors a paper shows follows :mod:`reader.display_rule`.
A source that shows a vote count different from the last one it showed adds a
row to ``vote_history``. The first real source to arrive removes the bundled
samples. The contentless search indexes are kept in step by hand, which is why
the text they were given must be reproducible from what is stored
(:func:`_stored_index`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import NamedTuple

from reader import display_rule, triage_counts, watch_match
from reader.db import chunked, select_in
from reader.display_rule import SAMPLE, authors_rank, text_source, title_rank
from reader.model import Paper, PaperMeta, PaperText, SummaryPart
from reader.textpack import pack, unpack

SAMPLE_PREFIX = "sample:"  # source keys of the bundled samples
VOTES_NEWEST = "votes.newest"  # meta: unix time of the newest vote snapshot
_SAMPLE_END = "sample;"  # the first key after every "sample:" key (';' follows ':')


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def now_ms() -> str:
    """A user-state change time: milliseconds, so edits a second apart still order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class StoreResult:
    """What a store added: counts, filled in as the batches go in."""

    __slots__ = ("new_days", "new_papers", "papers", "samples_removed")

    def __init__(
        self, papers: int = 0, new_papers: int = 0, new_days: int = 0, samples_removed: int = 0
    ) -> None:
        self.papers = papers
        self.new_papers = new_papers
        self.new_days = new_days
        self.samples_removed = samples_removed  # sample papers removed because real data arrived


# A paper's authors and summary parts are stored as text joined by ASCII unit (US)
# and record (RS) separators: a tenth of the cost of JSON for the same round trip.
_US, _RS = "\x1f", "\x1e"


def _clean(text: str) -> str:
    """*text* without our separators (str.translate is slow on Korean text; this is not)."""
    if _US in text or _RS in text:
        return text.replace(_US, " ").replace(_RS, " ")
    return text


def _encode_authors(authors: Sequence[str]) -> str:
    return _US.join(_clean(a) for a in authors)


def decode_authors(text: str) -> tuple[str, ...]:
    return tuple(text.split(_US)) if text else ()


def encode_summary(parts: Sequence[SummaryPart]) -> str:
    return _RS.join(f"{p.level}{_US}{_clean(p.heading or '')}{_US}{_clean(p.text)}" for p in parts)


def decode_summary(text: str) -> tuple[SummaryPart, ...]:
    parts = []
    for record in text.split(_RS) if text else ():
        level, heading, body = record.split(_US, 2)
        parts.append(SummaryPart(heading or None, body, int(level)))
    return tuple(parts)


# ------------------------------------------------------------------ texts


class _Text(NamedTuple):
    """One row of ``texts`` as stored (parts encoded), and its text as the word index has it."""

    family: str
    kind: str
    writer: str
    language: str
    date: str
    parts: str
    words: str  # not 'index': a tuple has an index() method


class _Stored(NamedTuple):
    """A paper as stored (``papers`` joined with ``paper_texts``); names are the columns."""

    id: str
    rowid: int
    title_raw: str
    title: str
    authors: str  # encoded (unit separators)
    authors_from: str
    content_date: str
    url: str
    authors_truncated: int
    media_url: str | None
    media_kind: str | None
    language: str
    source: str


_STORED_COLUMNS = ", ".join("p.rowid" if f == "rowid" else f for f in _Stored._fields)


class _PaperRow(NamedTuple):
    """The values a batch writes into a paper's row (``papers`` and ``paper_texts``)."""

    id: str
    title: str
    title_raw: str
    url: str
    authors: str  # encoded
    authors_from: str
    authors_truncated: int
    media_url: str | None
    media_kind: str | None
    source: str
    language: str
    content_date: str


class _NewPaper(NamedTuple):
    """A paper new to the library: its row plus what only an insert sets."""

    rowid: int
    votes: int | None
    last_date: str
    row: _PaperRow


class _TextRow(NamedTuple):
    """One row of ``texts``; *parts* is encoded, and deflated once packed."""

    paper: int
    family: str
    kind: str
    writer: str
    language: str
    date: str
    parts: str | bytes


_PACKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="textpack")
_PACK_ALONE = 64  # fewer texts than this are packed on the spot


def _pack_rows(rows: list[_TextRow]) -> Callable[[], list[_TextRow]]:
    """Start deflating *rows*' texts; the returned call gives the packed rows."""

    def pack_all() -> list[_TextRow]:
        return [row._replace(parts=pack(row.parts)) for row in rows]  # type: ignore[arg-type]

    if len(rows) < _PACK_ALONE:
        packed = pack_all()
        return lambda: packed
    return _PACKER.submit(pack_all).result


def _index_text(parts: str) -> str:
    """The part texts of an encoded summary, one a line (what decode_summary would give)."""
    return "\n".join(record.split(_US, 2)[2] for record in parts.split(_RS)) if parts else ""


def _index_summary(texts: Sequence[_Text]) -> str:
    """The summary column of the word index: every text's parts in a fixed order.

    Family, then kind (summary, AI summary, abstract): an HF paper stored before
    texts were kept per source was indexed as its AI summary then its abstract,
    which this order reproduces.
    """
    if len(texts) > 1:
        texts = sorted(texts, key=lambda t: (t.family, display_rule.KIND_ORDER.get(t.kind, 9)))
    return "\n".join(t.words for t in texts)


def _texts_of(paper: Paper, family: str, date: str, writer: str) -> list[_Text]:
    """The texts *paper* brings for its source family (its own texts, or its summary)."""
    given: Iterable[PaperText] = paper.texts or (
        (PaperText(family, paper.language, "summary", paper.summary),) if paper.summary else ()
    )
    return [
        _Text(
            family,
            t.kind,
            writer,
            t.language,
            date,
            encode_summary(t.parts),
            "\n".join(_clean(p.text) for p in t.parts),
        )
        for t in given
        if t.parts
    ]


def stored_texts(tx: sqlite3.Connection, rowids: list[int]) -> dict[int, list[_Text]]:
    found: dict[int, list[_Text]] = {}
    sql = "SELECT paper, family, kind, writer, language, date, parts FROM texts"
    for row in select_in(tx, sql + " WHERE paper IN ({marks})", rowids):
        parts = unpack(row[6])
        found.setdefault(row[0], []).append(_Text._make((*row[1:6], parts, _index_text(parts))))
    return found


# ------------------------------------------------------------ index upkeep


def _stored_index(tx: sqlite3.Connection, rowids: list[int]) -> list[tuple]:
    """``(rowid, title, authors, summary)`` exactly as the search indexes were given them."""
    texts = stored_texts(tx, rowids)
    rows = select_in(
        tx,
        "SELECT p.rowid, title, authors FROM papers p JOIN paper_texts t ON t.rowid = p.rowid"
        " WHERE p.rowid IN ({marks})",
        rowids,
    )
    return [
        (r, t, ", ".join(decode_authors(a)), _index_summary(texts.get(r, ()))) for r, t, a in rows
    ]


def _unindex(tx: sqlite3.Connection, values: list[tuple]) -> None:
    """Remove ``(rowid, title, authors, summary)`` from the contentless indexes.

    A contentless FTS5 row is deleted by repeating exactly the values it was
    indexed with, so callers pass what :func:`_stored_index` computes.
    """
    tx.executemany(
        "INSERT INTO fts_title (fts_title, rowid, title) VALUES ('delete', ?, ?)",
        [v[:2] for v in values],
    )
    tx.executemany(
        "INSERT INTO fts_words (fts_words, rowid, title, authors, summary)"
        " VALUES ('delete', ?, ?, ?, ?)",
        values,
    )


def _index(tx: sqlite3.Connection, values: list[tuple]) -> None:
    tx.executemany("INSERT INTO fts_title (rowid, title) VALUES (?,?)", [v[:2] for v in values])
    tx.executemany(
        "INSERT INTO fts_words (rowid, title, authors, summary) VALUES (?,?,?,?)", values
    )


def _count_days(tx: sqlite3.Connection, dates: list[str]) -> None:
    """Refresh ``day_totals`` and ``day_read`` for *dates*: the sidebar reads them
    instead of grouping 100k rows (read marks keep ``day_read`` by triggers; a day's
    papers change here)."""
    for chunk, marks in chunked(dates):
        tx.execute(f"DELETE FROM day_totals WHERE date IN ({marks})", chunk)
        tx.execute(
            "INSERT INTO day_totals (date, papers) SELECT date, count(*) FROM paper_days"
            f" WHERE date IN ({marks}) GROUP BY date",
            chunk,
        )
        tx.execute(f"DELETE FROM day_read WHERE date IN ({marks})", chunk)
        tx.execute(
            "INSERT INTO day_read (date, read) SELECT d.date, count(*) FROM paper_days d"
            f" JOIN read_state r ON r.paper_id = d.paper_id WHERE d.date IN ({marks})"
            " GROUP BY d.date",
            chunk,
        )
    triage_counts.refresh(tx, dates)  # the triaged share of the same days


# ------------------------------------------------------------------ votes


def vote_codes(tx: sqlite3.Connection, families: Iterable[str] = ()) -> dict[str, int]:
    """``{family: code}`` of vote_history's source column, adding codes for new families."""
    codes = dict(tx.execute("SELECT name, code FROM vote_sources"))
    for family in families:
        if family not in codes:
            codes[family] = max(codes.values(), default=-1) + 1
            tx.execute(
                "INSERT INTO vote_sources (code, name) VALUES (?, ?)", (codes[family], family)
            )
    return codes


def _last_votes(
    tx: sqlite3.Connection, rowids: list[int]
) -> dict[tuple[int, int], tuple[int, int]]:
    """``{(paper, source code): (at, votes)}`` of each source's latest snapshot."""
    last: dict[tuple[int, int], tuple[int, int]] = {}
    for paper, at, code, votes in select_in(
        tx,
        "SELECT paper, at, source, votes FROM vote_history"
        " WHERE paper IN ({marks}) ORDER BY paper, at",
        rowids,
    ):
        last[(paper, code)] = (at, votes)
    return last


# ------------------------------------------------------------------- store


def has_samples(tx: sqlite3.Connection) -> bool:
    return (
        tx.execute(
            "SELECT 1 FROM sources WHERE key >= ? AND key < ? LIMIT 1", (SAMPLE_PREFIX, _SAMPLE_END)
        ).fetchone()
        is not None
    )


def store_batch(tx: sqlite3.Connection, batch: list, result: StoreResult) -> None:
    """Store ``(key, hash, days, source_name)`` sources (see the module docstring)."""
    if any(entry[3] != SAMPLE for entry in batch) and has_samples(tx):
        result.samples_removed += purge_samples(tx)
    known_days = {r[0] for r in tx.execute("SELECT date FROM day_totals")}
    stored_keys = {r[0] for r in tx.execute("SELECT key FROM sources")}
    touched: set[str] = set()
    dates: set[str] = set()  # days whose paper count may change
    incoming: dict[str, tuple[Paper, str, str]] = {}  # id -> newest (paper, date, source)
    records: dict[tuple[str, str], tuple[Paper, str, str]] = {}  # (id, family) -> newest
    titles: dict[str, tuple[Paper, str]] = {}
    authors: dict[str, tuple[Paper, str, str]] = {}  # id -> best (paper, date, family)
    day_rows = []
    stamp = now_iso()
    for key, digest_hash, days, source_name in batch:
        family = text_source(source_name)
        if key in stored_keys:  # a source seen before: what it stored goes first
            for paper_id, date in tx.execute(
                "SELECT paper_id, date FROM paper_days WHERE source_key = ?", (key,)
            ):
                touched.add(paper_id)
                dates.add(date)
            tx.execute("DELETE FROM paper_days WHERE source_key = ?", (key,))
        count = 0
        for day in days:
            dates.add(day.date)
            result.new_days += day.date not in known_days
            known_days.add(day.date)
            for position, paper in enumerate(day.papers):
                count += 1
                pid = paper.id
                day_rows.append((day.date, pid, paper.votes, position, key))
                seen = incoming.get(pid)
                if seen is None:  # the common case: first met in this batch
                    incoming[pid] = records[(pid, family)] = (paper, day.date, source_name)
                    titles[pid] = (paper, day.date)
                    authors[pid] = (paper, day.date, family)
                    continue
                if day.date >= seen[1]:
                    incoming[pid] = (paper, day.date, source_name)
                seen = records.get((pid, family))
                if seen is None or day.date >= seen[1]:
                    records[(pid, family)] = (paper, day.date, source_name)
                best = titles[pid]
                if title_rank(paper.title_raw, day.date) >= title_rank(best[0].title_raw, best[1]):
                    titles[pid] = (paper, day.date)
                got = authors[pid]
                if (authors_rank(family, paper.authors), day.date) >= (
                    authors_rank(got[2], got[0].authors),
                    got[1],
                ):
                    authors[pid] = (paper, day.date, family)
        result.papers += count
        tx.execute(
            "INSERT OR REPLACE INTO sources (key, hash, imported_at, papers) VALUES (?,?,?,?)",
            (key, digest_hash, stamp, count),
        )
    # one row per (day, paper): the newest source's, but a source that gives no vote
    # count (unknown, or a bad value it was warned about) keeps the count already known
    tx.executemany(
        "INSERT INTO paper_days (date, paper_id, votes, position, source_key)"
        " VALUES (?,?,?,?,?) ON CONFLICT (date, paper_id) DO UPDATE SET"
        " votes = coalesce(excluded.votes, paper_days.votes),"
        " position = excluded.position, source_key = excluded.source_key",
        day_rows,
    )
    existing = _existing(tx, list(incoming))
    old_rowids = [old.rowid for old in existing.values()]
    old_texts = stored_texts(tx, old_rowids)
    next_rowid = (tx.execute("SELECT max(rowid) FROM papers").fetchone()[0] or 0) + 1
    inserts: list[_NewPaper] = []
    updates: list[_PaperRow] = []
    fts_old: list[tuple[int, str, str, str]] = []
    max_votes: dict[str, int | None] = {}
    last_dates: dict[str, str] = {}
    for date, pid, votes, _pos, _key in day_rows:
        if votes is not None and (max_votes.get(pid) is None or votes > max_votes[pid]):
            max_votes[pid] = votes
        else:
            max_votes.setdefault(pid, None)
        if date > last_dates.get(pid, ""):
            last_dates[pid] = date
    rowids: dict[str, int] = {}
    for pid, (paper, date, source_name) in incoming.items():
        title_paper, title_date = titles[pid]
        author_paper, author_date, author_from = authors[pid]
        old = existing.get(pid)
        if old is not None:
            rowid = rowids[pid] = old.rowid
            touched.add(pid)
            fts_old.append(
                (
                    rowid,
                    old.title,
                    ", ".join(decode_authors(old.authors)),
                    _index_summary(old_texts.get(rowid, ())),
                )
            )
            if date < old.content_date:  # keep the stored newer links and media
                paper, date, source_name = (
                    _paper_from_stored(paper, old),
                    old.content_date,
                    old.source,
                )
            elif paper.media_url is None and old.media_url is not None:
                paper = paper._replace(media_url=old.media_url, media_kind=old.media_kind)
            if title_rank(title_paper.title_raw, title_date) < title_rank(
                old.title_raw, old.content_date
            ):
                title_paper = title_paper._replace(title=old.title, title_raw=old.title_raw)
            stored_authors = decode_authors(old.authors)
            if (authors_rank(author_from, author_paper.authors), author_date) < (
                authors_rank(old.authors_from, stored_authors),
                old.content_date,
            ):
                author_paper = author_paper._replace(
                    authors=stored_authors,
                    authors_truncated=bool(old.authors_truncated),
                )
                author_from = old.authors_from
            updates.append(_row(paper, title_paper, author_paper, author_from, date, source_name))
        else:
            rowid = rowids[pid] = next_rowid
            next_rowid += 1
            result.new_papers += 1
            row = _row(paper, title_paper, author_paper, author_from, date, source_name)
            inserts.append(_NewPaper(rowid, max_votes[pid], last_dates[pid], row))
    # texts, vote snapshots and HF fields: each source family's newest record
    text_rows: list[_TextRow] = []
    text_drops: list[tuple[int, str]] = []
    meta_rows, snapshots = [], []
    codes = vote_codes(tx, {family for _pid, family in records})
    last = _last_votes(tx, old_rowids)
    now = int(time.time())
    new_texts: dict[int, list[_Text]] = {}
    for (pid, family), (paper, date, writer) in records.items():
        rowid = rowids[pid]
        kept = old_texts.get(rowid, [])
        mine = [t for t in kept if t.family == family]
        if mine and max(t.date for t in mine) > date:
            continue  # this source stored a newer day's record of the paper
        texts = _texts_of(paper, family, date, writer)
        if mine:
            text_drops.append((rowid, family))
        new_texts[rowid] = [t for t in new_texts.get(rowid, kept) if t.family != family] + texts
        text_rows += [
            _TextRow(rowid, t.family, t.kind, t.writer, t.language, t.date, t.parts) for t in texts
        ]
        if paper.meta is not None:
            meta_rows.append(_meta_row(rowid, date, paper.meta))
        if paper.votes is not None:
            code = codes[family]
            at_votes = last.get((rowid, code))
            if at_votes is None or at_votes[1] != paper.votes:
                at = max(now, at_votes[0] + 1) if at_votes else now
                snapshots.append((rowid, at, code, paper.votes))
    # deflating the texts (a third of an import's time) runs beside the statements below:
    # zlib and SQLite both let go of the GIL while they work
    packing = _pack_rows(text_rows)
    _unindex(tx, fts_old)
    tx.executemany(
        "UPDATE papers SET title = :title, title_raw = :title_raw, url = :url,"
        " authors_truncated = :authors_truncated, media_url = :media_url,"
        " media_kind = :media_kind, source = :source, language = :language,"
        " content_date = :content_date WHERE id = :id",
        [u._asdict() for u in updates],
    )
    tx.executemany(
        "UPDATE paper_texts SET authors = :authors, authors_from = :authors_from"
        " WHERE rowid = (SELECT rowid FROM papers WHERE id = :id)",
        [u._asdict() for u in updates],
    )
    new_rows = [
        dict(i.row._asdict(), rowid=i.rowid, votes=i.votes, last_date=i.last_date) for i in inserts
    ]
    tx.executemany(
        "INSERT INTO papers (rowid, votes, last_date, title, title_raw, url, authors_truncated,"
        " media_url, media_kind, source, language, content_date, id)"
        " VALUES (:rowid, :votes, :last_date, :title, :title_raw, :url, :authors_truncated,"
        " :media_url, :media_kind, :source, :language, :content_date, :id)",
        new_rows,
    )
    tx.executemany(
        "INSERT INTO paper_texts (rowid, authors, summary, authors_from)"
        " VALUES (:rowid, :authors, '', :authors_from)",
        new_rows,
    )
    tx.executemany(
        "INSERT INTO paper_meta (paper, date, keywords, github_repo, github_stars,"
        " project_page, comments, organization) VALUES (?,?,?,?,?,?,?,?)"
        " ON CONFLICT (paper) DO UPDATE SET date = excluded.date, keywords = excluded.keywords,"
        " github_repo = excluded.github_repo, github_stars = excluded.github_stars,"
        " project_page = excluded.project_page, comments = excluded.comments,"
        " organization = excluded.organization WHERE excluded.date >= paper_meta.date",
        meta_rows,
    )
    tx.executemany(
        "INSERT OR REPLACE INTO vote_history (paper, at, source, votes) VALUES (?,?,?,?)",
        snapshots,
    )
    if snapshots:
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (VOTES_NEWEST, str(max(row[1] for row in snapshots))),
        )
    _recount(tx, touched)  # reads and drops only papers no source lists now: not these
    _count_days(tx, sorted(dates))
    shown = {u.id: u for u in updates} | {i.row.id: i.row for i in inserts}
    fts_new: list[tuple[int, str, str, str]] = []
    for pid, rowid in rowids.items():
        row = shown[pid]
        texts = new_texts[rowid] if rowid in new_texts else old_texts.get(rowid, [])
        fts_new.append(
            (rowid, row.title, ", ".join(decode_authors(row.authors)), _index_summary(texts))
        )
    _index(tx, fts_new)
    watch_match.match_rows(tx, fts_new, now_ms())  # watch-list hits, found once, here
    tx.executemany("DELETE FROM texts WHERE paper = ? AND family = ?", text_drops)
    tx.executemany(
        "INSERT INTO texts (paper, family, kind, writer, language, date, parts)"
        " VALUES (:paper, :family, :kind, :writer, :language, :date, :parts)",
        [t._asdict() for t in packing()],
    )


def _meta_row(rowid: int, date: str, meta: PaperMeta) -> tuple:
    return (
        rowid,
        date,
        _encode_authors(meta.keywords),
        meta.github_repo,
        meta.github_stars,
        meta.project_page,
        meta.comments,
        meta.organization,
    )


def decode_meta(row: Sequence) -> PaperMeta:
    """A ``paper_meta`` row (keywords onwards) as the model's PaperMeta."""
    keywords, repo, stars, page, comments, organization = row
    return PaperMeta(decode_authors(keywords), repo, stars, page, comments, organization)


def _existing(tx: sqlite3.Connection, ids: list[str]) -> dict[str, _Stored]:
    found: dict[str, _Stored] = {}
    for chunk, marks in chunked(ids):
        for row in tx.execute(
            f"SELECT {_STORED_COLUMNS}"
            f" FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE id IN ({marks})",
            chunk,
        ):
            stored = _Stored(*row)
            found[stored.id] = stored
    return found


def _drop(tx: sqlite3.Connection, rowids: list[int]) -> None:
    """Delete papers and everything keyed by their rowid (the indexes are the caller's)."""
    rows = [(r,) for r in rowids]
    tx.executemany(  # watch hits are keyed by arXiv id (reader.watch_match)
        "DELETE FROM watch_hits WHERE paper_id = (SELECT id FROM papers WHERE rowid = ?)", rows
    )
    for table, column in (
        ("papers", "rowid"),
        ("paper_texts", "rowid"),
        ("texts", "paper"),
        ("paper_meta", "paper"),
        ("vote_history", "paper"),
    ):
        tx.executemany(f"DELETE FROM {table} WHERE {column} = ?", rows)


def _recount(tx: sqlite3.Connection, touched: set[str], indexed: bool = True) -> list[int]:
    """Refresh votes and newest date of papers whose days changed; drop orphans.

    Returns the orphans' rowids; with *indexed* False the caller has already
    taken them out of the search indexes.
    """
    if not touched:
        return []
    ids = list(touched)
    orphans: list[int] = []
    for chunk, marks in chunked(ids):
        orphans += [
            r[0]
            for r in tx.execute(
                f"SELECT p.rowid FROM papers p WHERE id IN ({marks})"
                " AND NOT EXISTS (SELECT 1 FROM paper_days d WHERE d.paper_id = p.id)",
                chunk,
            )
        ]
        tx.execute(
            "UPDATE papers SET"
            " votes = (SELECT max(votes) FROM paper_days d WHERE d.paper_id = papers.id),"
            " last_date = coalesce("
            "   (SELECT max(date) FROM paper_days d WHERE d.paper_id = papers.id), last_date)"
            f" WHERE id IN ({marks})",
            chunk,
        )
    if indexed:
        _unindex(tx, _stored_index(tx, orphans))
    _drop(tx, orphans)
    return orphans


def purge_samples(tx: sqlite3.Connection) -> int:
    """Remove every bundled sample day and paper; returns how many papers went.

    Marks on those papers stay (user state is keyed by arXiv id). A paper that a
    real source also lists (only in libraries from before samples were flagged)
    keeps its row and loses the sample's text, votes and day; if nothing else
    gave it a text, its real sources are marked for re-reading by the next import.
    """
    rows = tx.execute(
        "SELECT paper_id, date FROM paper_days WHERE source_key >= ? AND source_key < ?",
        (SAMPLE_PREFIX, _SAMPLE_END),
    ).fetchall()
    ids = sorted({r[0] for r in rows})
    dates = sorted({r[1] for r in rows})
    rowids: list[int] = []
    for id_chunk, marks in chunked(ids):
        rowids += [
            r[0] for r in tx.execute(f"SELECT rowid FROM papers WHERE id IN ({marks})", id_chunk)
        ]
    _unindex(tx, _stored_index(tx, rowids))
    tx.execute(
        "DELETE FROM paper_days WHERE source_key >= ? AND source_key < ?",
        (SAMPLE_PREFIX, _SAMPLE_END),
    )
    tx.execute("DELETE FROM sources WHERE key >= ? AND key < ?", (SAMPLE_PREFIX, _SAMPLE_END))
    code = vote_codes(tx, [SAMPLE])[SAMPLE]
    tx.executemany(
        "DELETE FROM texts WHERE paper = ? AND family = ?", [(r, SAMPLE) for r in rowids]
    )
    tx.executemany(
        "DELETE FROM vote_history WHERE paper = ? AND source = ?", [(r, code) for r in rowids]
    )
    orphans = set(_recount(tx, set(ids), indexed=False))
    kept = [r for r in rowids if r not in orphans]
    _index(tx, _stored_index(tx, kept))
    textless = [r for r in kept if not stored_texts(tx, [r])]
    for chunk, marks in chunked(textless):
        tx.execute(
            "UPDATE sources SET hash = '' WHERE key IN (SELECT d.source_key FROM paper_days d"
            f" JOIN papers p ON p.id = d.paper_id WHERE p.rowid IN ({marks}))",
            chunk,
        )
    _count_days(tx, dates)
    return len(orphans)


def _paper_from_stored(paper: Paper, old: _Stored) -> Paper:
    """*paper* with the links and media of the stored (newer) version."""
    return paper._replace(
        url=old.url,
        media_url=old.media_url,
        media_kind=old.media_kind,
        language=old.language,
    )


def _row(
    paper: Paper,
    title_paper: Paper,
    author_paper: Paper,
    authors_from: str,
    date: str,
    source: str,
) -> _PaperRow:
    """The columns of *paper*'s row: title and authors from the sources that rank best."""
    return _PaperRow(
        id=paper.id,
        title=title_paper.title,
        title_raw=title_paper.title_raw,
        url=paper.url,
        authors=_encode_authors(author_paper.authors),
        authors_from=authors_from,
        authors_truncated=int(author_paper.authors_truncated),
        media_url=paper.media_url,
        media_kind=paper.media_kind,
        source=source,
        language=paper.language,
        content_date=date,
    )
