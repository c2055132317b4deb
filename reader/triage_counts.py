"""Per-day triage counts, kept like ``day_totals`` so the sidebar reads one small table.

``day_triage`` holds, for each day, how many of its papers have a triage state
other than ``new``. It is refreshed for the days a change touches: the days of
papers whose state changed (:mod:`reader.triage`) and the days an import or a
sample purge rewrote (:func:`reader.store._count_days`). Each refresh reads one
day's papers through the ``paper_days`` primary key, never the whole library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from reader.db import chunked


def refresh(tx: sqlite3.Connection, dates: Sequence[str]) -> None:
    """Recount the triaged papers of *dates* (inside the caller's transaction)."""
    for chunk, marks in chunked(list(dates)):
        tx.execute(f"DELETE FROM day_triage WHERE date IN ({marks})", chunk)
        tx.execute(
            "INSERT INTO day_triage (date, triaged) SELECT d.date, count(*) FROM paper_days d"
            " JOIN triage t ON t.paper_id = d.paper_id AND t.state != 'new'"
            f" WHERE d.date IN ({marks}) GROUP BY d.date",
            chunk,
        )


def dates_of(tx: sqlite3.Connection, ids: Sequence[str]) -> list[str]:
    """Every day on which any of *ids* appears."""
    found: set[str] = set()
    for chunk, marks in chunked(list(ids)):
        found.update(
            r[0]
            for r in tx.execute(
                f"SELECT DISTINCT date FROM paper_days WHERE paper_id IN ({marks})", chunk
            )
        )
    return sorted(found)
