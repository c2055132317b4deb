"""The SQL that user state adds to the library's list queries: triage views and filters.

:class:`reader.library.Library` builds a list's FROM/WHERE/ORDER BY from a
``PaperQuery``; the parts that read user state (the Queue, Must-read, Done,
Skipped and Catch-up views, the state/tag/watch-term filters, search over notes
and tags) are written here so the library keeps one place per concern. Every
value is bound; nothing here runs a query except :func:`catchup_dates`, which is
handed a reader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.db import chunked
from reader.watch_match import term_key

USER_VIEWS = ("queue", "must-read", "done", "skipped", "catchup")
_VIEW_STATE = {"queue": "later", "must-read": "must-read", "done": "done", "skipped": "skipped"}
CATCHUP_DEFAULT_DAYS = 7  # with no finished day yet, catch-up covers the newest week
CATCHUP_MAX_DAYS = 30

INCLUDE_HIT = (
    "EXISTS (SELECT 1 FROM watch_hits h JOIN watch_terms w ON w.id = h.term_id"
    " WHERE h.paper_id = p.id AND NOT w.exclude AND NOT w.removed)"
)
UNTRIAGED = "NOT EXISTS (SELECT 1 FROM triage tr WHERE tr.paper_id = p.id AND tr.state != 'new')"
_VOTES = "p.votes IS NULL, p.votes DESC, p.last_date DESC, p.rowid"

Reader = Callable[[str, Sequence[object]], list[tuple]]


def catchup_dates(read: Reader, max_days: int = CATCHUP_MAX_DAYS) -> list[str]:
    """Days after the newest fully triaged day that still hold untriaged papers, newest first.

    With no finished day yet, the newest CATCHUP_DEFAULT_DAYS days. Reads the kept
    per-day counts (day_totals, day_triage), not the papers.
    """
    rows = read(
        "SELECT t.date, t.papers, coalesce(d.triaged, 0) FROM day_totals t"
        " LEFT JOIN day_triage d ON d.date = t.date ORDER BY t.date DESC",
        (),
    )
    found: list[str] = []
    finished = False
    for date, papers, triaged in rows:
        if papers > 0 and triaged >= papers:
            finished = True
            break
        found.append(date)
    if not finished:
        found = found[:CATCHUP_DEFAULT_DAYS]
    return found[:max_days]


def view_source(view: str, params: list[object], read: Reader) -> tuple[str, list[str]]:
    """FROM and WHERE clauses of a user-state view (*params* gets the values)."""
    if view in _VIEW_STATE:
        params.append(_VIEW_STATE[view])
        return "triage t CROSS JOIN papers p ON p.id = t.paper_id", ["t.state = ?"]
    dates = catchup_dates(read) or [""]
    params.extend(dates)
    marks = ",".join("?" * len(dates))
    return "papers p", [
        f"p.id IN (SELECT paper_id FROM paper_days WHERE date IN ({marks}))",
        UNTRIAGED,
    ]


def view_order(view: str | None) -> str | None:
    """The fixed order of the Queue (queue position) and Catch-up (watch hits, then votes)."""
    if view == "queue":
        return "t.queue_pos, p.rowid"
    if view == "catchup":
        return f"{INCLUDE_HIT} DESC, {_VOTES}"
    return None


def filters(
    state: str | None, tag: str | None, watch_term: str | None, unread: bool, params: list[object]
) -> list[str]:
    """WHERE clauses for the state, tag and watch-term filters; skipped papers leave Unread."""
    clauses = []
    if unread:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM triage sk WHERE sk.paper_id = p.id AND sk.state = 'skipped')"
        )
    if state == "new":
        clauses.append(UNTRIAGED)
    elif state is not None:
        clauses.append("EXISTS (SELECT 1 FROM triage st WHERE st.paper_id = p.id AND st.state = ?)")
        params.append(state)
    if tag is not None:
        clauses.append("EXISTS (SELECT 1 FROM tags tg WHERE tg.paper_id = p.id AND tg.tag = ?)")
        params.append(tag.strip())
    if watch_term is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM watch_hits wh JOIN watch_terms wt ON wt.id = wh.term_id"
            " WHERE wh.paper_id = p.id AND wt.key = ? AND NOT wt.removed)"
        )
        params.append(term_key(watch_term))
    return clauses


def _like(term: str) -> str:
    escaped = term.strip('"').replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def user_text_source(term: str, params: list[object]) -> str:
    """Rowids of papers whose note or a tag holds *term* (few rows: a LIKE scan is cheap)."""
    like = _like(term)
    params.extend([like, like])
    return (
        "SELECT r FROM (SELECT un.rowid AS r FROM notes n JOIN papers un ON un.id = n.paper_id"
        " WHERE n.text LIKE ? ESCAPE '\\'"
        " UNION SELECT ut.rowid FROM tags g JOIN papers ut ON ut.id = g.paper_id"
        " WHERE g.tag LIKE ? ESCAPE '\\')"
    )


def skipped_unread(read: Reader) -> int:
    """Skipped papers not marked read: the Unread view leaves them out."""
    return read(
        "SELECT count(*) FROM triage t JOIN papers p ON p.id = t.paper_id"
        " WHERE t.state = 'skipped'"
        " AND NOT EXISTS (SELECT 1 FROM read_state r WHERE r.paper_id = t.paper_id)",
        (),
    )[0][0]


def counts(read: Reader) -> dict[str, int]:
    """Sizes of the user-state views: queue, must-read, done, skipped, catchup."""
    found = dict.fromkeys(USER_VIEWS, 0)
    names = {state: view for view, state in _VIEW_STATE.items()}
    for state, count in read(
        "SELECT t.state, count(*) FROM triage t JOIN papers p ON p.id = t.paper_id"
        " WHERE t.state != 'new' GROUP BY t.state",
        (),
    ):
        found[names.get(state, state)] = count
    params: list[object] = []
    source, clauses = view_source("catchup", params, read)
    where = " AND ".join(clauses)
    found["catchup"] = read(f"SELECT count(*) FROM {source} WHERE {where}", params)[0][0]
    return found


def triaged_among(read: Reader, ids: Sequence[str]) -> set[str]:
    """Those of *ids* with a triage state other than new."""
    found: set[str] = set()
    for chunk, marks in chunked(list(ids)):
        found.update(
            r[0]
            for r in read(
                f"SELECT paper_id FROM triage WHERE state != 'new' AND paper_id IN ({marks})",
                chunk,
            )
        )
    return found
