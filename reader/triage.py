"""Triage: each paper is new, later (the reading queue), must-read, done or skipped.

Independent of read/unread and of the bookmark. A state lives in ``triage`` with
its change time (one row per paper that was ever triaged; resetting to ``new``
keeps the row so the reset travels to another machine). Queue order is a
fractional position: moving papers rewrites only the moved rows, and only when
the gaps run out is the queue renumbered. Every change refreshes the per-day
triage counts of the days it touches (:mod:`reader.triage_counts`).

Bulk changes return what they changed, so the window can undo them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from reader import triage_counts, user_views
from reader.db import chunked
from reader.library import Library
from reader.userstate import STATES, TRIAGED, now_stamp

log = logging.getLogger(__name__)

__all__ = [
    "StateChange",
    "catchup_dates",
    "catchup_ids",
    "day_progress",
    "move_in_queue",
    "queue",
    "set_state",
    "skip_rest",
    "state",
    "states",
    "undo",
    "view_counts",
]

_MIN_GAP = 1e-6  # closer queue positions than this: renumber the queue


class StateChange(NamedTuple):
    """One paper's state before and after a change (undo puts *before* back).

    A named tuple, not a dataclass: ~1 ms less when the window loads this module.
    """

    id: str
    before: str
    after: str


def _check(state_name: str) -> str:
    if state_name not in STATES:
        raise ValueError(f"{state_name!r} is not a triage state; use one of {', '.join(STATES)}.")
    return state_name


def _states(tx_or_read, ids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk, marks in chunked(list(ids)):
        sql = f"SELECT paper_id, state FROM triage WHERE paper_id IN ({marks})"
        rows = (
            tx_or_read.execute(sql, chunk).fetchall()
            if isinstance(tx_or_read, sqlite3.Connection)
            else tx_or_read(sql, chunk)
        )
        found.update(rows)
    return found


def states(library: Library, ids: Iterable[str]) -> dict[str, str]:
    """``{id: state}`` for *ids* ("new" for papers never triaged)."""
    ids = list(dict.fromkeys(ids))
    found = _states(library.query, ids)
    return {i: found.get(i, "new") for i in ids}


def state(library: Library, paper_id: str) -> str:
    return states(library, [paper_id])[paper_id]


def _queue_end(tx: sqlite3.Connection) -> float:
    row = tx.execute("SELECT max(queue_pos) FROM triage WHERE state = 'later'").fetchone()
    return (row[0] or 0.0) + 1.0


def write_states(
    tx: sqlite3.Connection,
    new: dict[str, str],
    stamp: str,
    positions: dict[str, float] | None = None,
) -> None:
    """Set ``{id: state}`` inside *tx*: later joins the queue's end (or *positions*); counts refreshed."""
    end = _queue_end(tx)
    rows = []
    for pid, name in new.items():
        pos = None
        if name == "later":
            if positions and pid in positions:
                pos = positions[pid]
            else:
                pos, end = end, end + 1.0
        rows.append((pid, name, pos, stamp))
    tx.executemany(
        "INSERT INTO triage (paper_id, state, queue_pos, changed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (paper_id) DO UPDATE SET state = excluded.state,"
        " queue_pos = excluded.queue_pos, changed_at = excluded.changed_at",
        rows,
    )
    triage_counts.refresh(tx, triage_counts.dates_of(tx, list(new)))


def set_state(library: Library, ids: Iterable[str], state_name: str) -> list[StateChange]:
    """Put papers in *state_name*; returns the papers whose state changed (for undo)."""
    _check(state_name)
    ids = list(dict.fromkeys(ids))
    with library.writing() as tx:
        before = _states(tx, ids)
        changed = [i for i in ids if before.get(i, "new") != state_name]
        if changed:
            write_states(tx, dict.fromkeys(changed, state_name), now_stamp())
    return [StateChange(i, before.get(i, "new"), state_name) for i in changed]


def undo(library: Library, changes: Sequence[StateChange]) -> list[StateChange]:
    """Put each paper back in its state before *changes* (a new change: it travels too)."""
    back: dict[str, str] = {c.id: _check(c.before) for c in changes}
    with library.writing() as tx:
        now = _states(tx, list(back))
        if back:
            write_states(tx, back, now_stamp())
    return [StateChange(i, now.get(i, "new"), s) for i, s in back.items()]


# ------------------------------------------------------------------- queue


def queue(library: Library) -> list[str]:
    """The reading queue (state later), in order."""
    return [
        r[0]
        for r in library.query(
            "SELECT paper_id FROM triage WHERE state = 'later' ORDER BY queue_pos, paper_id"
        )
    ]


def move_in_queue(library: Library, ids: Sequence[str], position: int) -> None:
    """Move *ids* (in their given order) to *position* of the queue without them.

    Papers not queued yet join the queue. Only the moved rows get new positions
    (between their new neighbours) unless the gap is too small, then the whole
    queue is renumbered 1, 2, 3...
    """
    moving = list(dict.fromkeys(ids))
    if not moving:
        return
    with library.writing() as tx:
        order = [
            r
            for r in tx.execute(
                "SELECT paper_id, queue_pos FROM triage WHERE state = 'later'"
                " ORDER BY queue_pos, paper_id"
            )
            if r[0] not in moving
        ]
        position = max(0, min(position, len(order)))
        low = order[position - 1][1] if position > 0 else (order[0][1] - 1.0 if order else 0.0)
        high = order[position][1] if position < len(order) else low + len(moving) + 1.0
        step = (high - low) / (len(moving) + 1)
        stamp = now_stamp()
        if step < _MIN_GAP:
            names = [pid for pid, _pos in order]
            names[position:position] = moving
            positions = {pid: float(n + 1) for n, pid in enumerate(names)}
            others = [(pos, stamp, pid) for pid, pos in positions.items() if pid not in moving]
            tx.executemany(
                "UPDATE triage SET queue_pos = ?, changed_at = ? WHERE paper_id = ?", others
            )
        else:
            positions = {pid: low + step * (n + 1) for n, pid in enumerate(moving)}
        write_states(tx, dict.fromkeys(moving, "later"), stamp, positions)


# ------------------------------------------------------- progress, catch-up


def day_progress(library: Library) -> dict[str, tuple[int, int]]:
    """``{date: (triaged, total)}`` for every day, from the kept counts."""
    return {
        date: (triaged, total)
        for date, total, triaged in library.query(
            "SELECT t.date, t.papers, coalesce(d.triaged, 0) FROM day_totals t"
            " LEFT JOIN day_triage d ON d.date = t.date"
        )
    }


def view_counts(library: Library) -> dict[str, int]:
    """Sizes of the Queue, Must-read, Done, Skipped and Catch-up views."""
    return user_views.counts(library.query)


def catchup_dates(library: Library, max_days: int = user_views.CATCHUP_MAX_DAYS) -> list[str]:
    """The days Catch-up folds together (see :func:`reader.user_views.catchup_dates`)."""
    return user_views.catchup_dates(library.query, max_days)


def catchup_ids(library: Library, max_days: int = user_views.CATCHUP_MAX_DAYS) -> list[str]:
    """Untriaged papers of the catch-up days: watch-list hits first, then by votes."""
    dates = catchup_dates(library, max_days)
    if not dates:
        return []
    marks = ",".join("?" * len(dates))
    return [
        r[0]
        for r in library.query(
            f"SELECT p.id FROM papers p WHERE p.id IN"
            f" (SELECT paper_id FROM paper_days WHERE date IN ({marks}))"
            f" AND {user_views.UNTRIAGED}"
            f" ORDER BY {user_views.view_order('catchup')}",
            dates,
        )
    ]


def skip_rest(library: Library, ids: Iterable[str] | None = None) -> list[StateChange]:
    """Mark every untriaged paper among *ids* (default: Catch-up's) skipped; undo-able."""
    chosen = catchup_ids(library) if ids is None else list(ids)
    with library.writing() as tx:
        current = _states(tx, chosen)
        rest = [i for i in dict.fromkeys(chosen) if current.get(i, "new") not in TRIAGED]
        if rest:
            write_states(tx, dict.fromkeys(rest, "skipped"), now_stamp())
    log.info("skipped %d untriaged papers", len(rest))
    return [StateChange(i, current.get(i, "new"), "skipped") for i in rest]
