"""A thin SQLite layer: opening safely, one connection per thread, migrations, transactions.

The library's SQL lives in :mod:`reader.library`; this module only knows how to
open the file without harming it. A file that is not a database, or that a newer
version of the app wrote, is refused with one sentence and never written to.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


class LibraryError(Exception):
    """A problem with the library file that the user must be told about, in one sentence."""


class DatabaseCorrupt(LibraryError):
    pass


class DatabaseTooNew(LibraryError):
    pass


def describe(exc: sqlite3.Error, path: Path) -> LibraryError:
    """Turn an SQLite environment error into the sentence a user reads."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LibraryError(f"The library {path} is busy in another program; try again.")
    if "full" in text:
        return LibraryError(f"The disk holding {path} is full; nothing was changed.")
    if "readonly" in text or "read-only" in text:
        return LibraryError(f"The library {path} is read-only; nothing was changed.")
    return DatabaseCorrupt(
        f"The library {path} is damaged or not a database ({exc}); it was left untouched. "
        "Move it away or use another --data-dir."
    )


class Database:
    """One SQLite file in WAL mode, with a connection per thread and a single writer.

    *migrations* is the ordered list of SQL scripts; script ``i`` upgrades the
    schema from version ``i`` to ``i + 1`` (``PRAGMA user_version``).
    """

    def __init__(self, path: Path, migrations: Sequence[str]) -> None:
        self.path = Path(path)
        self.schema_version = len(migrations)
        # keyed by OS thread id, not threading.local: Qt pool threads get a fresh
        # Python thread state per task, which would empty a threading.local each time
        self._connections: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._check_header()
        try:
            self._migrate(migrations)
        except sqlite3.Error as exc:
            self.close()
            raise describe(exc, self.path) from exc

    def _check_header(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with self.path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
        if header != SQLITE_MAGIC:
            raise DatabaseCorrupt(
                f"The library {self.path} is not an SQLite database; it was left untouched. "
                "Move it away or use another --data-dir."
            )

    def _migrate(self, migrations: Sequence[str]) -> None:
        conn = self.conn
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > self.schema_version:
            raise DatabaseTooNew(
                f"The library {self.path} was written by a newer version of the app "
                f"(schema {version}, this one knows {self.schema_version}); it was left "
                "untouched. Update the app or use another --data-dir."
            )
        conn.execute("PRAGMA journal_mode=WAL")
        for target in range(version, self.schema_version):
            log.info("migrating %s from schema %d to %d", self.path, target, target + 1)
            with self.transaction() as tx:
                for statement in _statements(migrations[target]):
                    tx.execute(statement)
                tx.execute(f"PRAGMA user_version = {target + 1:d}")

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (SQLite connections must not cross threads)."""
        ident = threading.get_ident()
        conn = self._connections.get(ident)
        if conn is None:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10.0
            )
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA cache_size=-16000")
            with self._lock:
                self._connections[ident] = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one write transaction; one writer at a time in this process."""
        with self._write_lock:
            conn = self.conn
            if conn.in_transaction:  # nested: join the outer transaction
                yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._connections.values():
                try:
                    conn.close()
                except sqlite3.Error:  # closing must not fail a shutdown
                    log.exception("closing a connection failed")
            self._connections.clear()


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (ours hold no ';' inside strings)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def chunked(values: Sequence[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """``(chunk, "?,?,…")`` pairs for ``IN (…)`` queries under SQLite's variable limit."""
    for start in range(0, len(values), size):
        chunk = list(values[start : start + size])
        yield chunk, ",".join("?" * len(chunk))
