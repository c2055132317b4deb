"""A paper's stored text, compressed: the bulk of the library's bytes.

Summaries and abstracts are two thirds of a library (264 of 405 MB at 110,000
papers); Korean text takes three UTF-8 bytes a character and deflates to about
0.57 of that. A ``texts.parts`` value is therefore either TEXT (short, or stored
before schema 6 in a library not yet migrated) or a BLOB of raw deflate
(``wbits=-15``: no header or checksum; SQLite's own page checks cover the bytes).
:func:`unpack` reads both, so every reader goes through it; SQL that needs the
text (the similarity index) calls the ``unpack_text`` function that
:func:`register` adds to a connection.

Texts stored before schema 6 are deflated in the background, not by the
migration (which took ~3 s per 10,000 papers before the window could show):
the migration records :data:`REPACK_KEY` in ``meta``, and :func:`repack_step`
deflates the next few hundred texts after that rowid in one short transaction
and moves the mark on, so a quit at any point leaves a valid library that
resumes where it stopped. Texts stored since are deflated by the store already.
"""

from __future__ import annotations

import sqlite3
import zlib
from typing import Any

REPACK_KEY = "texts_repack_after"  # meta: texts up to this rowid are deflated; absent: all
REPACK_BATCH = 400  # texts per background transaction: ~10-20 ms on the writer
MIN_BYTES = 96  # shorter text is stored as it is: deflate gains nothing on it
_LEVEL = 6
_WBITS = -15  # raw deflate


def pack(text: str) -> str | bytes:
    """*text* as stored: deflated when that is shorter, else the text itself."""
    data = text.encode("utf-8")
    if len(data) < MIN_BYTES:
        return text
    packed = zlib.compress(data, _LEVEL, _WBITS)
    return packed if len(packed) < len(data) else text


def unpack(value: str | bytes | None) -> str:
    """The text of a stored value (TEXT as is, a BLOB inflated); '' for NULL."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return zlib.decompress(value, _WBITS).decode("utf-8")


def _pack_sql(value: object) -> Any:
    return pack(value) if isinstance(value, str) else value


def _unpack_sql(value: object) -> Any:
    return unpack(value) if isinstance(value, bytes | str) or value is None else value


def register(conn: sqlite3.Connection) -> None:
    """Add ``pack_text(x)`` and ``unpack_text(x)`` to *conn*'s SQL (the migration uses the first)."""
    conn.create_function("pack_text", 1, _pack_sql, deterministic=True)
    conn.create_function("unpack_text", 1, _unpack_sql, deterministic=True)


def repack_step(tx: sqlite3.Connection, limit: int = REPACK_BATCH) -> int | None:
    """Deflate the next *limit* texts stored as TEXT, in *tx*; None when none are left.

    Returns how many were deflated (short texts stay TEXT); the mark in ``meta``
    moves past every text looked at, and is removed after the last one.
    """
    row = tx.execute("SELECT value FROM meta WHERE key = ?", (REPACK_KEY,)).fetchone()
    if row is None:
        return None
    rows = tx.execute(
        "SELECT rowid, parts FROM texts WHERE rowid > ? ORDER BY rowid LIMIT ?",
        (int(row[0]), limit),
    ).fetchall()
    if not rows:
        tx.execute("DELETE FROM meta WHERE key = ?", (REPACK_KEY,))
        return None
    packed = []
    for rowid, parts in rows:
        if isinstance(parts, str):
            value = pack(parts)
            if isinstance(value, bytes):
                packed.append((value, rowid))
    tx.executemany("UPDATE texts SET parts = ? WHERE rowid = ?", packed)
    tx.execute("UPDATE meta SET value = ? WHERE key = ?", (str(rows[-1][0]), REPACK_KEY))
    return len(packed)
