"""Writing parsed days into the library: merge rules, stored text form, index upkeep.

:meth:`reader.library.Library.store` runs :func:`store_batch` inside one
transaction. A source replaces what it stored before; a paper met on several
days is one row with all its dates (``paper_days``) and its highest vote; the
contentless search indexes are kept in step by hand, which is why the text they
were given must be reproducible from what ``paper_texts`` holds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from reader.db import chunked
from reader.formats.latex import has_latex
from reader.model import Paper, SummaryPart


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class StoreResult:
    papers: int = 0
    new_papers: int = 0
    new_days: int = 0


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


def _encode_summary(parts: Sequence[SummaryPart]) -> str:
    return _RS.join(f"{p.level}{_US}{_clean(p.heading or '')}{_US}{_clean(p.text)}" for p in parts)


def decode_summary(text: str) -> tuple[SummaryPart, ...]:
    parts = []
    for record in text.split(_RS) if text else ():
        level, heading, body = record.split(_US, 2)
        parts.append(SummaryPart(heading or None, body, int(level)))
    return tuple(parts)


def _index_texts(authors: str, summary: str) -> tuple[str, str]:
    """The authors and summary text as the search indexes hold them."""
    return ", ".join(decode_authors(authors)), "\n".join(p.text for p in decode_summary(summary))


def _count_days(tx: sqlite3.Connection, dates: list[str]) -> None:
    """Refresh ``day_totals`` for *dates*: the sidebar reads it instead of grouping 100k rows."""
    for chunk, marks in chunked(dates):
        tx.execute(f"DELETE FROM day_totals WHERE date IN ({marks})", chunk)
        tx.execute(
            "INSERT INTO day_totals (date, papers) SELECT date, count(*) FROM paper_days"
            f" WHERE date IN ({marks}) GROUP BY date",
            chunk,
        )


def _unindex(tx: sqlite3.Connection, rows: list[tuple]) -> None:
    """Remove ``(rowid, title, authors, summary)`` (as stored) from the contentless indexes.

    A contentless FTS5 row is deleted by repeating exactly the values it was indexed
    with, so this mirrors how :meth:`Library._store` builds them.
    """
    values = [(r, t, *_index_texts(a, s)) for r, t, a, s in rows]
    tx.executemany(
        "INSERT INTO fts_title (fts_title, rowid, title) VALUES ('delete', ?, ?)",
        [v[:2] for v in values],
    )
    tx.executemany(
        "INSERT INTO fts_words (fts_words, rowid, title, authors, summary)"
        " VALUES ('delete', ?, ?, ?, ?)",
        values,
    )


def store_batch(tx: sqlite3.Connection, batch: list, result: StoreResult) -> None:
    known_days = {r[0] for r in tx.execute("SELECT date FROM day_totals")}
    stored_keys = {r[0] for r in tx.execute("SELECT key FROM sources")}
    touched: set[str] = set()
    dates: set[str] = set()  # days whose paper count may change
    incoming: dict[str, tuple[Paper, str, str]] = {}  # id -> (paper, date, source)
    titles: dict[str, tuple[Paper, str]] = {}
    day_rows = []
    stamp = now_iso()
    for key, digest_hash, days, source_name in batch:
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
                day_rows.append((day.date, paper.id, paper.votes, position, key))
                seen = incoming.get(paper.id)
                if seen is None or day.date >= seen[1]:
                    incoming[paper.id] = (paper, day.date, source_name)
                best = titles.get(paper.id)
                if best is None or _title_rank(paper, day.date) >= _title_rank(*best):
                    titles[paper.id] = (paper, day.date)
        result.papers += count
        tx.execute(
            "INSERT OR REPLACE INTO sources (key, hash, imported_at, papers) VALUES (?,?,?,?)",
            (key, digest_hash, stamp, count),
        )
    tx.executemany(
        "INSERT OR REPLACE INTO paper_days (date, paper_id, votes, position, source_key)"
        " VALUES (?,?,?,?,?)",
        day_rows,
    )
    existing = _existing(tx, list(incoming))
    next_rowid = (tx.execute("SELECT max(rowid) FROM papers").fetchone()[0] or 0) + 1
    inserts, updates, fts_old, fts_new = [], [], [], []
    max_votes: dict[str, int | None] = {}
    last_dates: dict[str, str] = {}
    for date, pid, votes, _pos, _key in day_rows:
        if votes is not None and (max_votes.get(pid) is None or votes > max_votes[pid]):
            max_votes[pid] = votes
        else:
            max_votes.setdefault(pid, None)
        if date > last_dates.get(pid, ""):
            last_dates[pid] = date
    for pid, (paper, date, source_name) in incoming.items():
        title_paper, title_date = titles[pid]
        old = existing.get(pid)
        if old is not None:
            rowid, old_title_raw, old_title, _authors, _summary, old_date = old[:6]
            touched.add(pid)
            fts_old.append((rowid, old_title, old[3], old[4]))
            if date < old_date:  # keep the stored newer text; only dates/votes change
                paper = _paper_from_stored(paper, old)
                date = old_date
            if _title_rank(title_paper, title_date) < (has_latex(old_title_raw), old_date):
                title_paper = replace(title_paper, title=old_title, title_raw=old_title_raw)
            updates.append(_row(paper, title_paper, date, source_name, None, None) + (pid,))
        else:
            rowid = next_rowid
            next_rowid += 1
            result.new_papers += 1
            inserts.append(
                (rowid,)
                + _row(paper, title_paper, date, source_name, max_votes[pid], last_dates[pid])
                + (pid,)
            )
        fts_new.append(
            (
                rowid,
                title_paper.title,
                # exactly what _index_texts() gives back from the stored form
                ", ".join(_clean(a) for a in paper.authors),
                "\n".join(_clean(part.text) for part in paper.summary),
            )
        )
    _unindex(tx, fts_old)
    # u/i: _row()'s columns, u + (id,), i = (rowid,) + _row() + (id,)
    tx.executemany(
        "UPDATE papers SET title=?, title_raw=?, url=?, authors_truncated=?,"
        " media_url=?, media_kind=?, source=?, language=?, content_date=? WHERE id = ?",
        [u[:3] + u[4:5] + u[6:11] + (u[13],) for u in updates],
    )
    tx.executemany(
        "UPDATE paper_texts SET authors=?, summary=?"
        " WHERE rowid = (SELECT rowid FROM papers WHERE id = ?)",
        [(u[3], u[5], u[13]) for u in updates],
    )
    tx.executemany(
        "INSERT INTO papers (rowid, title, title_raw, url, authors_truncated,"
        " media_url, media_kind, source, language, content_date, votes, last_date, id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [i[:4] + i[5:6] + i[7:] for i in inserts],
    )
    tx.executemany(
        "INSERT INTO paper_texts (rowid, authors, summary) VALUES (?,?,?)",
        [(i[0], i[4], i[6]) for i in inserts],
    )
    _recount(tx, touched)
    _count_days(tx, sorted(dates))
    tx.executemany(
        "INSERT INTO fts_title (rowid, title) VALUES (?,?)", [row[:2] for row in fts_new]
    )
    tx.executemany(
        "INSERT INTO fts_words (rowid, title, authors, summary) VALUES (?,?,?,?)", fts_new
    )


def _existing(tx: sqlite3.Connection, ids: list[str]) -> dict[str, tuple]:
    found: dict[str, tuple] = {}
    for chunk, marks in chunked(ids):
        for row in tx.execute(
            "SELECT id, p.rowid, title_raw, title, authors, summary, content_date, url,"
            " authors_truncated, media_url, media_kind, language"
            f" FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE id IN ({marks})",
            chunk,
        ):
            found[row[0]] = row[1:]
    return found


def _recount(tx: sqlite3.Connection, touched: set[str]) -> None:
    """Refresh votes and newest date of papers whose days changed; drop orphans."""
    if not touched:
        return
    ids = list(touched)
    orphans = []
    for chunk, marks in chunked(ids):
        orphans += tx.execute(
            "SELECT p.rowid, title, authors, summary FROM papers p"
            f" JOIN paper_texts t ON t.rowid = p.rowid WHERE id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM paper_days d WHERE d.paper_id = p.id)",
            chunk,
        ).fetchall()
        tx.execute(
            "UPDATE papers SET"
            " votes = (SELECT max(votes) FROM paper_days d WHERE d.paper_id = papers.id),"
            " last_date = coalesce("
            "   (SELECT max(date) FROM paper_days d WHERE d.paper_id = papers.id), last_date)"
            f" WHERE id IN ({marks})",
            chunk,
        )
    _unindex(tx, orphans)
    tx.executemany("DELETE FROM papers WHERE rowid = ?", [(o[0],) for o in orphans])
    tx.executemany("DELETE FROM paper_texts WHERE rowid = ?", [(o[0],) for o in orphans])


def _title_rank(paper: Paper, date: str) -> tuple[bool, str]:
    """Order of preference for a paper's title: LaTeX-bearing first, then newest."""
    return (has_latex(paper.title_raw), date)


def _paper_from_stored(paper: Paper, old: tuple) -> Paper:
    """*paper* with the text fields of the stored (newer) version."""
    _rowid, raw, title, authors, summary, _date, url, trunc, media, kind, lang = old
    return replace(
        paper,
        title=title,
        title_raw=raw,
        url=url,
        authors=decode_authors(authors),
        authors_truncated=bool(trunc),
        summary=decode_summary(summary),
        media_url=media,
        media_kind=kind,
        language=lang,
    )


def _row(
    paper: Paper, title_paper: Paper, date: str, source: str, votes: int | None, last: str | None
) -> tuple:
    """Column values in the order the INSERT/UPDATE statements name them."""
    return (
        title_paper.title,
        title_paper.title_raw,
        paper.url,
        _encode_authors(paper.authors),
        int(paper.authors_truncated),
        _encode_summary(paper.summary),
        paper.media_url,
        paper.media_kind,
        source,
        paper.language,
        date,
        votes,
        last,
    )
