"""What each table and index of a library costs on disk, from SQLite's ``dbstat`` table.

    python benchmarks/db_size.py LIBRARY.sqlite3       # one line per table and index

For ``run.py``: :func:`rows` gives the "database size by table" rows of the
large library (budget: the whole file under 300 MB at 110,000 papers, issue 11).
An FTS5 index is several shadow tables (``fts_words_data``, ``_idx``,
``_docsize``, ``_config``); they are counted as one row under the index's name.
Falls back to whole-file figures when SQLite was built without ``dbstat``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

SIZE_BUDGET_MB = 300.0
_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")
_SHOWN = 12  # rows of the table; the rest is one "everything else" row


@dataclass(frozen=True, slots=True)
class ObjectSize:
    """One table, index or FTS5 index: its bytes on disk and how many of them are unused."""

    name: str
    kind: str  # "table", "index" or "search index"
    bytes: int
    unused: int


def _kinds(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """``{btree name: (shown name, kind)}``: shadow tables under their FTS5 index."""
    found: dict[str, tuple[str, str]] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    virtual = {name for kind, name, _t, sql in rows if kind == "table" and "VIRTUAL" in (sql or "")}
    for kind, name, table, _sql in rows:
        owner = next((v for v in virtual if name in {v + s for s in _SHADOW}), None)
        if owner is not None:
            found[name] = (owner, "search index")
        elif kind == "index":
            found[name] = (f"{name} (on {table})", "index")
        else:
            found[name] = (name, kind)
    return found


def sizes(path: Path) -> list[ObjectSize]:
    """Every object's size, largest first (empty when ``dbstat`` is missing)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        try:
            stats = conn.execute(
                "SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name"
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        kinds = _kinds(conn)
    finally:
        conn.close()
    merged: dict[str, ObjectSize] = {}
    for name, size, unused in stats:
        shown, kind = kinds.get(name, (name, "table"))  # sqlite_schema is not listed in itself
        old = merged.get(shown)
        merged[shown] = ObjectSize(
            shown,
            kind,
            size + (old.bytes if old else 0),
            unused + (old.unused if old else 0),
        )
    return sorted(merged.values(), key=lambda o: -o.bytes)


def file_mb(path: Path) -> float:
    """The library's size: the file and any WAL beside it."""
    wal = path.with_name(path.name + "-wal")
    return (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 2**20


def rows(work: Path, args: object = None) -> list:
    """run.py's "database size by table" rows for the large library in *work*."""
    from run import Row

    path = work / "lib-large" / "library.sqlite3"
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        papers = conn.execute("SELECT count(*) FROM papers").fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    out = [
        Row(
            f"database size at {papers:,} papers",
            file_mb(path),
            "MB",
            SIZE_BUDGET_MB,
            f"{page // 1024} KB pages; by table and index below",
        )
    ]
    objects = sizes(path)
    for obj in objects[:_SHOWN]:
        out.append(
            Row(
                f"  database size by table: {obj.name}",
                obj.bytes / 2**20,
                "MB",
                note=f"{obj.kind}, {obj.unused / 2**20:.1f} MB unused",
            )
        )
    rest = objects[_SHOWN:]
    if rest:
        out.append(
            Row(
                f"  database size by table: {len(rest)} others",
                sum(o.bytes for o in rest) / 2**20,
                "MB",
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path)
    opts = parser.parse_args(argv)
    objects = sizes(opts.library)
    print(f"{opts.library}: {file_mb(opts.library):.1f} MB")
    if not objects:
        print("(this SQLite has no dbstat table: no breakdown)")
    width = max((len(o.name) for o in objects), default=10)
    for obj in objects:
        print(
            f"{obj.name:<{width}}  {obj.bytes / 2**20:8.1f} MB  {obj.kind:<12}"
            f"  {obj.unused / 2**20:6.1f} MB unused"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
