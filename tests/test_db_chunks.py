"""reader.db.select_in: one ``IN (…)`` look-up over more values than SQLite takes at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.db import select_in


def test_select_in_asks_every_value_a_chunk_at_a_time(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "t.sqlite3")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"n{i}") for i in range(5000)])
    asked: list[str] = []
    conn.set_trace_callback(asked.append)
    wanted = range(1, 5000, 2)  # 2,500 values: more than one chunk holds
    rows = select_in(conn, "SELECT id, name FROM t WHERE id IN ({marks}) ORDER BY id", wanted)
    first = next(rows)
    conn.execute("UPDATE t SET name = 'changed' WHERE id = 4999")  # the connection is free
    found = dict([first, *rows])
    assert found == {i: f"n{i}" for i in wanted if i != 4999} | {4999: "changed"}
    selects = [sql for sql in asked if sql.startswith("SELECT")]
    assert len(selects) == 5 and all(sql.count("?") <= 500 for sql in selects)
    assert list(select_in(conn, "SELECT id FROM t WHERE id IN ({marks})", [])) == []
