"""Helpers shared by the sync tests (plain functions; the fixtures are in sync_support)."""

from __future__ import annotations

from typing import Any

from reader.library import Library
from reader.net import HttpClient


def fast_client(**options: Any) -> HttpClient:
    """Real retries and timeouts, scaled down so fault tests take milliseconds."""
    settings = {"connect_timeout": 2.0, "read_timeout": 2.0, "retries": 2, "backoff": 0.01}
    return HttpClient(**{**settings, **options})


def snapshot(library: Library) -> tuple:
    """Everything a sync could change in the library's content and sync bookkeeping."""
    conn = library._db.conn
    return (
        library.days(),
        library.counts(),
        conn.execute("SELECT key, hash, papers FROM sources ORDER BY key").fetchall(),
        conn.execute("SELECT * FROM papers ORDER BY id").fetchall(),
        conn.execute("SELECT origin, path, sha, etag FROM remote_files ORDER BY 1, 2").fetchall(),
    )


def user_state(library: Library) -> tuple:
    conn = library._db.conn
    return tuple(
        conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("bookmarks", "read_state", "notes", "tags")
    )
