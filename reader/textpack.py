"""A paper's stored text, compressed: the bulk of the library's bytes.

Summaries and abstracts are two thirds of a library (264 of 405 MB at 110,000
papers); Korean text takes three UTF-8 bytes a character and deflates to about
0.57 of that. A ``texts.parts`` value is therefore either TEXT (short, or stored
before schema 6 in a library not yet migrated) or a BLOB of raw deflate
(``wbits=-15``: no header or checksum; SQLite's own page checks cover the bytes).
:func:`unpack` reads both, so every reader goes through it; SQL that needs the
text (the similarity index) calls the ``unpack_text`` function that
:func:`register` adds to a connection.
"""

from __future__ import annotations

import sqlite3
import zlib
from typing import Any

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
