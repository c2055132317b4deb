"""A thin SQLite layer: opening without harm, read connections per thread, one checked writer.

The library's SQL lives in :mod:`reader.library`; this module only knows how to
open the file without harming it:

- a folder, an empty (truncated) file, a file that is not SQLite, another
  program's database or one that a newer version of the app wrote is refused
  with one sentence, and its bytes are never changed;
- reads go through read-only connections (``mode=ro``), so merely opening and
  reading a library writes nothing to it;
- every write runs on one writer thread (:class:`reader.writer.Writer`), in
  the order it was queued: the window queues its writes and never waits, workers
  and the command line wait for theirs, and a ``with`` block around a
  transaction takes its turn in the same queue (a lease);
- the one writer connection is opened only after the file passed
  ``PRAGMA quick_check`` (:meth:`Database.verify`: run before the first write,
  or earlier in the background by the window); a damaged file, or one in a
  folder this user cannot write, stays open read-only and every write is refused
  with a sentence that says what to do (:attr:`Database.read_only_reason`);
- a new library is built in a temporary file and linked into place, and
  migrations run inside ``BEGIN IMMEDIATE`` after re-reading ``user_version``,
  so any number of processes may open a new or old library at once.

SQLite errors are told apart by their result code, never by their wording: an
environment problem (busy, full, read-only, damaged, I/O) becomes a
:class:`LibraryError` sentence, anything else is a bug and propagates.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from reader import textpack
from reader.logsetup import FILE_ONLY
from reader.sentence import QT_TRANSLATE_NOOP
from reader.writer import CLOSE_DEADLINE_S, Writer

T = TypeVar("T")

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0
STALE_TEMP_S = 600  # a half-built new library older than this is a crash's leftover

PAGE_SIZE = 8192  # of a new library (an existing one keeps its own)
READ_CACHE_KB = 4000  # SQLite page cache of each read connection
# primary result codes from sqlite3.h (an extended code's low byte is its primary code)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_PROTOCOL, SQLITE_AUTH, SQLITE_NOTADB = 15, 23, 26


class LibraryError(Exception):
    """A problem with the library file that the user must be told about, in one sentence."""


class DatabaseCorrupt(LibraryError):
    """The file is damaged, empty, a folder, or not this app's database."""


class DatabaseTooNew(LibraryError):
    """A newer version of the app wrote the file."""


class LibraryReadOnly(LibraryError):
    """A write was refused: the library is open read-only (the sentence says why)."""


# ------------------------------------------------------------------ sentences


def damaged_text(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "LibraryError",
        "The library %1 is damaged, so it is open read-only and nothing is written to it; "
        "export what you need, then move it away or restore it from a backup.",
    ).arg(path)


def unopenable_text(path: Path) -> str:
    """Damage met while opening: nothing is open, so no read-only window or listing follows."""
    return QT_TRANSLATE_NOOP(
        "LibraryError",
        "The library %1 is damaged and cannot be opened; it was left untouched: "
        "restore it from a backup, or move it away to start a new library.",
    ).arg(path)


def read_only_file_text(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "LibraryError",
        "The library %1 is read-only, so it is open read-only and nothing is written "
        "to it; make the file writable or use another --data-dir.",
    ).arg(path)


def read_only_folder_text(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "LibraryError",
        "The library %1 is in a read-only folder, so it is open read-only and nothing "
        "is written to it; make the folder writable or use another --data-dir.",
    ).arg(path)


def asked_read_only_text(path: Path) -> str:
    text = QT_TRANSLATE_NOOP(
        "LibraryError", "The library %1 was opened read-only, so nothing is written to it."
    )
    return text.arg(path)


def describe(exc: sqlite3.Error, path: Path) -> LibraryError | None:
    """The sentence for an SQLite environment error, or None when *exc* is a bug of ours.

    Decided by ``sqlite_errorcode``: an SQL mistake (``SQLITE_ERROR``, a
    constraint, misuse) is not the user's environment and must not be reported
    as a damaged library.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return LibraryError(
            QT_TRANSLATE_NOOP(
                "LibraryError", "The library %1 is busy in another program; try again."
            ).arg(path)
        )
    if primary == SQLITE_FULL:
        return LibraryError(
            QT_TRANSLATE_NOOP(
                "LibraryError", "The disk holding %1 is full; nothing was changed."
            ).arg(path)
        )
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH):
        return LibraryReadOnly(read_only_file_text(path))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseCorrupt(damaged_text(path))
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PROTOCOL):
        name = getattr(exc, "sqlite_errorname", "") or "I/O error"
        return LibraryError(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 could not be read or written (%2); "
                "check the disk and the folder's permissions, then try again.",
            ).arg(path, name)
        )
    return None


def _primary(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


# -------------------------------------------------------------------- opening


def inspect_file(path: Path) -> int | None:
    """The ``user_version`` in the file's header, None if there is no file; raise if unusable.

    Only ``stat`` and a 100-byte read: nothing here can change the file or add
    one beside it. (A WAL not yet checkpointed may hold a newer version; the
    SQLite probe that follows reads that.)
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 cannot be reached (%2); "
                "check the folder's permissions or use another --data-dir.",
            ).arg(path, exc.strerror or exc)
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseCorrupt(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 is a folder, not a file; it was left untouched: "
                "move it away or use another --data-dir.",
            ).arg(path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseCorrupt(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 is not a regular file; it was left untouched: "
                "move it away or use another --data-dir.",
            ).arg(path)
        )
    if info.st_size == 0:
        raise DatabaseCorrupt(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 is an empty file, so something truncated it; it was left "
                "untouched: restore it from a backup, or delete it to start a new library.",
            ).arg(path)
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise LibraryError(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 cannot be read (%2); "
                "check its permissions or use another --data-dir.",
            ).arg(path, exc.strerror or exc)
        ) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseCorrupt(
            QT_TRANSLATE_NOOP(
                "LibraryError",
                "The library %1 is not an SQLite database; it was left untouched: "
                "move it away or use another --data-dir.",
            ).arg(path)
        )
    return int.from_bytes(header[60:64], "big")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (a trigger's body keeps its own ';')."""
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n\t;"):
                statements.append(current.strip())
            current = ""
    if current.strip(" \n\t;"):
        statements.append(current.strip())
    return statements


def _publish(tmp: Path, path: Path) -> None:
    """Put the finished new library *tmp* at *path*, unless another process was first."""
    try:
        os.link(tmp, path)  # atomic, and never replaces an existing file
    except FileExistsError:
        log.info("another process created %s first; using theirs", path)
    except OSError:  # no hard links on this file system
        if os.name == "nt":
            try:
                os.rename(tmp, path)  # fails, rather than replaces, if path exists
            except FileExistsError:
                log.info("another process created %s first; using theirs", path)
        elif not path.exists():
            os.replace(tmp, path)


class Database:
    """One SQLite file in WAL mode: a read-only connection per thread and one checked writer.

    *migrations* is the ordered list of SQL scripts; script ``i`` upgrades the
    schema from version ``i`` to ``i + 1`` (``PRAGMA user_version``). With
    *read_only*, the file is never written (and must already exist).
    """

    def __init__(self, path: Path, migrations: Sequence[str], read_only: bool = False) -> None:
        self.path = Path(path)
        self.migrations = list(migrations)
        self.schema_version = len(self.migrations)
        # keyed by OS thread id, not threading.local: Qt pool threads get a fresh
        # Python thread state per task, which would empty a threading.local each time
        self._connections: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        self._write_lock = threading.RLock()  # verifying and opening the writer connection
        self._writer: sqlite3.Connection | None = None
        self.writes = Writer(f"writer:{self.path.name}")
        self._immutable = False  # a read-only folder with no -shm: read without locking
        self._verified = False
        self._checking: sqlite3.Connection | None = None  # where a cancellable verify() runs
        self._checks_cancelled = False
        self.read_only_reason: str | None = None
        try:
            self._open(read_only)
        except sqlite3.Error as exc:
            self.close()
            error = describe(exc, self.path)
            if error is None:
                raise
            if isinstance(error, DatabaseCorrupt):  # not "open read-only": it is not open
                error = DatabaseCorrupt(unopenable_text(self.path))
            raise error from exc
        except BaseException:
            self.close()
            raise

    # --------------------------------------------------------------- opening

    def _open(self, read_only: bool) -> None:
        version = inspect_file(self.path)
        if version is None:
            if read_only:
                text = QT_TRANSLATE_NOOP(
                    "LibraryError", "There is no library at %1 to open read-only."
                )
                raise LibraryError(text.arg(self.path))
            self._create()
            version = inspect_file(self.path)
        self._refuse_newer(version or 0)  # before SQLite opens it: not even a -shm beside it
        version = self._probe()
        self._refuse_newer(version)
        if version == 0 and self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise DatabaseCorrupt(
                QT_TRANSLATE_NOOP(
                    "LibraryError",
                    "The library %1 is a database of another program; it was left "
                    "untouched: move it away or use another --data-dir.",
                ).arg(self.path)
            )
        if read_only:
            self.read_only_reason = asked_read_only_text(self.path)
        else:
            self.read_only_reason = self._access_problem()
        if self.read_only_reason is not None:
            log.warning("%s", self.read_only_reason)
        if version < self.schema_version:
            if self.read_only_reason is not None:
                raise LibraryReadOnly(
                    QT_TRANSLATE_NOOP(
                        "LibraryError",
                        "The library %1 needs an upgrade to schema %2 but cannot be written; "
                        "make it writable or use another --data-dir.",
                    ).arg(self.path, self.schema_version)
                )
            self.require_writable()
            self._migrate()

    def _refuse_newer(self, version: int) -> None:
        if version > self.schema_version:
            raise DatabaseTooNew(
                QT_TRANSLATE_NOOP(
                    "LibraryError",
                    "The library %1 was written by a newer version of the app "
                    "(schema %2; this one knows %3); it was left "
                    "untouched: update the app or use another --data-dir.",
                ).arg(self.path, version, self.schema_version)
            )

    def _probe(self) -> int:
        """``user_version`` through this thread's read connection (no write, no lock held)."""
        try:
            return int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.OperationalError as exc:
            # a WAL library in a folder we cannot write, with no -shm file to share:
            # SQLite cannot open it read-only with locking, but can as immutable
            if _primary(exc) != SQLITE_CANTOPEN or os.access(self.path.parent, os.W_OK):
                raise
            self._close_readers()
            self._immutable = True
            return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _access_problem(self) -> str | None:
        """Why this process cannot write the library, from the file system's permissions."""
        if not os.access(self.path, os.W_OK):
            return read_only_file_text(self.path)
        if self._immutable or not os.access(self.path.parent, os.W_OK):
            return read_only_folder_text(self.path)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists() and not os.access(side, os.W_OK):
                return read_only_file_text(side)
        return None

    def _create(self) -> None:
        """Build a new library in a temporary file, then link it into place atomically.

        No other process ever sees a half-built (or zero-byte) library; if two
        create one at once, the first link wins and the others use it.
        """
        folder = self.path.parent
        if not os.access(folder, os.W_OK):
            raise LibraryReadOnly(
                QT_TRANSLATE_NOOP(
                    "LibraryError",
                    "The folder %1 is read-only, so no library can be created there; "
                    "make it writable or use another --data-dir.",
                ).arg(folder)
            )
        self._remove_stale_temps()
        tmp = folder / f".{self.path.name}.{os.getpid()}.{os.urandom(4).hex()}.new"
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                textpack.register(conn)
                # 8 KB pages: a row of deflated text (~0.8-2 KB) leaves less of a page unused
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("BEGIN IMMEDIATE")
                for script in self.migrations:
                    for statement in _statements(script):
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {self.schema_version:d}")
                conn.execute("COMMIT")
            finally:
                conn.close()  # the last connection checkpoints and removes the -wal
            _publish(tmp, self.path)
            log.info("created the library %s", self.path)
        finally:
            for leftover in (
                tmp,
                tmp.with_name(tmp.name + "-wal"),
                tmp.with_name(tmp.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)

    def _remove_stale_temps(self) -> None:
        cutoff = time.time() - STALE_TEMP_S
        for leftover in self.path.parent.glob(f".{self.path.name}.*.new*"):
            try:
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
            except OSError:  # another process's cleanup got there first
                continue

    def _migrate(self) -> None:
        """Run the missing migrations, each in the write lock after re-reading the version."""
        while True:
            with self.transaction() as tx:
                version = int(tx.execute("PRAGMA user_version").fetchone()[0])
                if version >= self.schema_version:
                    return
                log.info("migrating %s from schema %d to %d", self.path, version, version + 1)
                for statement in _statements(self.migrations[version]):
                    tx.execute(statement)
                tx.execute(f"PRAGMA user_version = {version + 1:d}")

    # ---------------------------------------------------------- connections

    def _uri(self) -> str:
        options = "mode=ro&immutable=1" if self._immutable else "mode=ro"
        return f"{self.path.absolute().as_uri()}?{options}"

    def _connect(self, uri: str, writer: bool) -> sqlite3.Connection:
        conn = sqlite3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
        # a reader per thread: 4 MB each holds a keystroke's index pages; more is resident
        # memory for nothing (the OS caches the file once for all of them)
        conn.execute(f"PRAGMA cache_size=-{16000 if writer else READ_CACHE_KB:d}")
        textpack.register(conn)  # pack_text/unpack_text: the texts are stored deflated
        if writer:
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's read-only connection (SQLite connections must not cross threads).

        The writer thread reads through the writer connection: it is the only
        thread that uses it, and a writer thread that ends when idle must not
        leave a read connection behind each time.
        """
        if self._writer is not None and self.writes.on_thread():
            return self._writer
        ident = threading.get_ident()
        conn = self._connections.get(ident)
        if conn is None:
            conn = self._connect(self._uri(), writer=False)
            with self._lock:
                self._connections[ident] = conn
        return conn

    def _writer_conn(self) -> sqlite3.Connection:
        """The one writer connection, opened only for a verified, writable file.

        Only the thread that owns the writer (:meth:`Writer.owns`) calls this.
        """
        self.require_writable()
        if self._writer is None:
            uri = f"{self.path.absolute().as_uri()}?mode=rw"  # never creates a file
            conn = self._connect(uri, writer=True)
            try:
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
            except BaseException:
                conn.close()
                raise
            self._writer = conn
        return self._writer

    # ---------------------------------------------------------------- checks

    def check(self, full: bool = False) -> str | None:
        """The first problem ``quick_check`` (or the slower ``integrity_check``) finds, or None.

        Runs on a read-only connection, so it can run beside writes.
        """
        pragma = "integrity_check(1)" if full else "quick_check(1)"
        try:
            rows = self.conn.execute(f"PRAGMA {pragma}").fetchall()
        except sqlite3.DatabaseError as exc:
            if _primary(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
                return str(exc)
            raise
        # SQLite words a problem on lines of its own ("*** in database main ***" first):
        # one line, for the sentence that tells it
        return None if rows == [("ok",)] else " ".join(str(rows[0][0]).split())

    def verify(self, cancellable: bool = False) -> str | None:
        """Check the file once before it is written; the read-only reason, or None.

        A *cancellable* check (the window's, in the background) is stopped by
        :meth:`cancel_verify`; the one a write asks for is not.

        ``quick_check`` takes ~25 ms at 5.5k papers and ~0.35 s at 110k on this
        machine, so the window runs it in the background right after start and
        the command line before its first write.
        """
        if self._verified or self.read_only_reason is not None:
            return self.read_only_reason  # no lock: the window asks this on its own thread
        with self._write_lock:
            if self._verified or self.read_only_reason is not None:
                return self.read_only_reason
            if cancellable and self._checks_cancelled:
                return self.read_only_reason
            started = time.perf_counter()
            self._checking = self.conn if cancellable else None
            try:
                if cancellable and self._checks_cancelled:  # cancelled as it began
                    return self.read_only_reason
                problem = self.check()
            except sqlite3.OperationalError as exc:
                if cancellable and self._checks_cancelled:  # quitting; a write checks again
                    log.info("quick_check of %s cancelled", self.path)
                    return self.read_only_reason
                error = describe(exc, self.path)
                if error is None:
                    raise
                raise error from exc
            except sqlite3.Error as exc:
                error = describe(exc, self.path)
                if error is None:
                    raise
                raise error from exc
            finally:
                self._checking = None
            log.info(
                "quick_check of %s: %.0f ms", self.path, 1000 * (time.perf_counter() - started)
            )
            if problem is None:
                self._verified = True
            else:
                self.mark_damaged(problem)
            return self.read_only_reason

    def cancel_verify(self) -> None:
        """Stop the cancellable :meth:`verify` running or queued: quitting must not wait ~0.4 s.

        It returns without marking the file checked, so a write after this checks first.
        """
        self._checks_cancelled = True
        conn = self._checking
        if conn is not None:
            conn.interrupt()  # thread-safe: the check fails with "interrupted" at once

    def require_writable(self) -> None:
        """Raise :class:`LibraryReadOnly` unless the library may be written (checking it once)."""
        reason = self.verify()
        if reason is not None:
            raise LibraryReadOnly(reason)

    def mark_damaged(self, detail: str) -> None:
        """From now on refuse every write: *detail* showed the file is damaged."""
        text = damaged_text(self.path)
        if self.read_only_reason != text:
            # the user is told in their own sentence (LibraryReadOnly); details to the log file
            log.error(
                "the library %s is damaged (%s); no more writes", self.path, detail, extra=FILE_ONLY
            )
        self.read_only_reason = text

    # ---------------------------------------------------------- transactions

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one write transaction, in turn with every other write.

        On the writer thread (or nested) it runs at once; on any other thread it
        waits for its turn in the writer's queue (a lease). The window never
        calls this on its own thread: it queues with :meth:`submit`.
        """
        with self.writes.lease():
            conn = self._writer_conn()
            if conn.in_transaction:  # nested: join the outer transaction
                yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite may have rolled back already (full disk)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` as one transaction on the writer thread and wait for it."""

        def job() -> T:
            with self.transaction() as tx:
                return fn(tx)

        return self.writes.call(job)

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Queue *fn* to run on the writer thread and return at once (the window's writes).

        Whatever *fn* writes runs inline there, one transaction per write call.
        """
        return self.writes.submit(fn)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until the writes queued so far are done; False if *timeout* came first."""
        return self.writes.flush(timeout)

    def pragma(self, sql: str) -> list[tuple]:
        """Run a PRAGMA on the writer outside any transaction (checkpoint settings)."""
        return self.writes.call(lambda: self._writer_conn().execute(sql).fetchall())

    def _close_readers(self) -> None:
        with self._lock:
            for conn in self._connections.values():
                try:
                    conn.close()
                except sqlite3.Error:  # closing must not fail a shutdown
                    log.exception("closing a connection failed")
            self._connections.clear()

    def close(self, deadline: float = CLOSE_DEADLINE_S) -> None:
        """Write what is queued (within *deadline* seconds), then close every connection."""
        self.writes.close(deadline)
        self._close_readers()
        with self._write_lock:
            if self._writer is not None:
                try:
                    self._writer.close()
                except sqlite3.Error:
                    log.exception("closing the writer failed")
                self._writer = None


def chunked(values: Sequence[T], size: int = 500) -> Iterator[tuple[list[T], str]]:
    """``(chunk, "?,?,…")`` pairs for ``IN (…)`` queries under SQLite's variable limit."""
    for start in range(0, len(values), size):
        chunk = list(values[start : start + size])
        yield chunk, ",".join("?" * len(chunk))


def select_in(
    conn: sqlite3.Connection, sql: str, values: Iterable[object], size: int = 500
) -> Iterator[tuple]:
    """The rows of *sql* for all of *values*, asked a chunk at a time.

    ``{marks}`` in *sql* stands for one chunk's ``?,?,…``: an ``IN (…)`` over
    thousands of values would pass SQLite's variable limit. Each chunk's rows are
    fetched before they are yielded, so the caller may use the connection meanwhile.
    """
    for chunk, marks in chunked(list(values), size):
        yield from conn.execute(sql.replace("{marks}", marks), chunk).fetchall()
