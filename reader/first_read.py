"""The day list's read counts, read in a thread while the main thread imports Qt (issue 11).

The window's first query (every day with its paper, read and triage counts)
is on the way to its first paint. Its read counts join every read paper to its
days: ~0.5 ms with few read, but ~30-45 ms (90-130 ms on today's busy machine)
for a user who has read most of 110,000 papers, and that grows with use.
SQLite runs such a join without the GIL, and start-up spends ~0.5 s importing
Qt and the window before it. :class:`FirstRead` runs that join in a thread
started right after the command line, on its own read-only connection, and
:meth:`reader.library.Library.days` takes the counts instead of joining again,
once, and only when nothing was committed to the library since the thread's
snapshot (``PRAGMA data_version`` on that connection, asked after the
library's own reads of the same list, so both describe one state of the
file). Anything unusual (no file, not this app's, a schema other than this
version's, damaged, read-only, an error, a slow thread) leaves nothing to
take: the library reads as it always did.

Only the counts are read here (one SQLite step; the totals are a plain 3,650-row
read the main thread does as fast): the thread costs a light user ~2 ms of the
other core (start-up no slower, within the noise, at 110,000 papers with 1
read), and saves a user who read 96,000 of them ~30-100 ms before the first
paint (measured under Xvfb on the shared, loaded 2-core machine; more when a
core is free). reader.ui.app starts it right after the command line. Only the standard library and :mod:`reader.schema` are
imported: this runs before Qt, and must not change what the main thread
imports or when.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from reader.schema import MIGRATIONS

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
WAIT_S = 2.0  # at most this long for the thread at load(); then the library reads itself

# The day list's reads, shared with Library.days (one place for the SQL).
DAY_TOTALS = "SELECT date, papers FROM day_totals ORDER BY date DESC"
# CROSS JOIN: read papers outside, by the paper_days_paper index; SQLite otherwise
# scans all 110k paper_days (10 ms at start-up with few read; all read, this
# order costs 45 ms instead of 30)
DAY_READ = (
    "SELECT d.date, count(*) FROM read_state r"
    " CROSS JOIN paper_days d ON d.paper_id = r.paper_id GROUP BY d.date"
)
DAY_TRIAGED = "SELECT date, triaged FROM day_triage WHERE triaged != 0"
# the bundled samples' source keys: reader.store.SAMPLE_PREFIX ("sample:") up to "sample;"
SAMPLE_FROM, SAMPLE_TO = "sample:", "sample;"
DAY_SAMPLES = "SELECT DISTINCT date FROM paper_days WHERE source_key >= ? AND source_key < ?"

SEPARATOR = "\x1f"  # char(31), the unit separator: never in a date
ReadCounts = list[tuple[str, int]]
"""Per day, how many of its papers are read: (date, n), in no particular order."""


def read_counts(conn: sqlite3.Connection) -> ReadCounts | None:
    """The per-day read counts of :data:`DAY_READ` through *conn*, in one SQLite step.

    They come as two joined columns split here: SQLite releases the GIL in each
    step and takes it back after, which waits for the main thread's next switch
    (5 ms) while it imports; 3,650 rows a step at a time would crawl until the
    main thread stops. None if a column does not split back into as many values
    as rows (a date holding the separator).
    """
    dates, counts, rows = conn.execute(
        f"WITH q(a, b) AS ({DAY_READ}) SELECT group_concat(a, char(31)),"
        " group_concat(b, char(31)), count(*) FROM q"
    ).fetchone()
    if not rows:
        return []
    firsts, seconds = dates.split(SEPARATOR), counts.split(SEPARATOR)
    if len(firsts) != rows or len(seconds) != rows:
        return None
    return list(zip(firsts, map(int, seconds)))


class FirstRead:
    """The read counts of the library at *path*, read in a background thread from now on.

    :meth:`take` hands them over (once) if the library has not changed since.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._rows: ReadCounts | None = None
        self._version: int | None = None  # PRAGMA data_version right after the reads
        self._taken = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="first read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = None
        try:
            if not self._usable_header():
                return
            uri = f"{self.path.absolute().as_uri()}?mode=ro"  # never creates or writes a file
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("BEGIN")  # the counts and data_version of one snapshot
            if conn.execute("PRAGMA user_version").fetchone()[0] != len(MIGRATIONS):
                return  # a migration is due (or a newer app wrote it): the library decides
            rows = read_counts(conn)
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            conn.execute("COMMIT")
            if rows is None:
                return
            with self._lock:
                if not self._taken:  # else given up already: nobody will take them
                    self._rows, self._version, self._conn, conn = rows, version, conn, None
        except Exception:  # any trouble: the library reads (and reports) it itself
            log.debug("first read of %s skipped", self.path, exc_info=True)
        finally:
            if conn is not None:
                conn.close()

    def _usable_header(self) -> bool:
        """Whether the file is SQLite at this app's schema (SQLite must not open anything
        else: it could add a -shm file beside a file that is not ours, or not ours yet;
        a migration still in the WAL is left to the library too)."""
        try:
            with open(self.path, "rb") as fh:
                header = fh.read(100)
        except OSError:
            return False
        return (
            len(header) == 100
            and header.startswith(SQLITE_MAGIC)
            and int.from_bytes(header[60:64], "big") == len(MIGRATIONS)
        )

    def wait(self, wait: float | None = None) -> bool:
        """Wait for the thread (at most *wait* seconds, default :data:`WAIT_S`); whether it is done.

        Its snapshot then comes before anything the caller reads next.
        """
        self._thread.join(WAIT_S if wait is None else wait)
        return not self._thread.is_alive()

    def take(self, wait: float | None = None) -> ReadCounts | None:
        """The counts read, if nothing was committed to the library since; None otherwise.

        Only once: later calls, and a thread still busy after *wait* seconds (default
        :data:`WAIT_S`), give None.
        """
        if self._taken:
            return None
        self.wait(wait)
        with self._lock:
            self._taken = True
            conn, rows = self._conn, self._rows
            self._conn = self._rows = None
        if conn is None or rows is None:
            return None
        try:
            same = conn.execute("PRAGMA data_version").fetchone()[0] == self._version
        except sqlite3.Error:
            same = False
        finally:
            conn.close()
        if not same:
            log.info("the library changed since its first read; read again")
        return rows if same else None

    def close(self) -> None:
        """Give up the counts (start-up failed, or a library other than this one is used)."""
        self.take(wait=0)
