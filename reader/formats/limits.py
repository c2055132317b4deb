"""How much one source, line or entry may hold: the caps that keep hostile input cheap.

Digest files and API replies are untrusted. A parser stays linear in its input by
its own construction; these caps bound what one entry can carry into the
library and into slow helpers (the LaTeX renderer costs ~50 us a character).
Real digests stay far below every cap: in the archive's sample the longest line
is 1.4k characters, the longest title 154, the longest summary 1.1k and the
longest author list 88 names, and the whole archive would be ~80k lines in one
file. Whatever is cut is reported as a warning.
"""

from __future__ import annotations

MAX_FILE_BYTES = 64 * 2**20  # one digest or API reply; a real day is 30-100 KB
MAX_LINES = 250_000  # of one digest file (the whole 11 MB archive has ~80k)
MAX_LINE_CHARS = 100_000  # one line of a digest (a 5,000-name author list fits)
MAX_TITLE_CHARS = 1_000
MAX_URL_CHARS = 2_048  # a paper link or a thumbnail/video link
MAX_AUTHORS = 5_000
MAX_SUMMARY_PARTS = 500  # bullets of one entry
MAX_SUMMARY_CHARS = 50_000  # all bullets of one entry together
MAX_PAPERS = 10_000  # entries of one source (the whole real archive holds 5.5k)
MAX_WARNINGS = 50  # per source; the rest are counted in one last warning
LATEX_BUDGET_CHARS = 50_000  # title characters per source given to the LaTeX renderer


def clip(text: str, limit: int) -> tuple[str, bool]:
    """*text* cut to *limit* characters, and whether it was cut."""
    return (text, False) if len(text) <= limit else (text[:limit], True)


def shown(value: object, limit: int = 24) -> str:
    """A short, printable rendering of a bad value for a warning (never raises)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, str):
        return repr(value if len(value) <= limit else value[:limit] + "…")
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return f"a JSON {type(value).__name__}"  # a list or an object: its repr may be huge


class Warnings:
    """A source's warning list with a cap: the first MAX_WARNINGS, then one count."""

    def __init__(self, target: list[str], name: str, limit: int = MAX_WARNINGS) -> None:
        self._target = target
        self._name = name
        self._limit = limit
        self.dropped = 0

    def __call__(self, message: str) -> None:
        if len(self._target) < self._limit:
            self._target.append(message)
        else:
            self.dropped += 1

    def close(self) -> None:
        """Append the count of warnings that were not kept, if any."""
        if self.dropped:
            self._target.append(f"{self._name}: {self.dropped:,} more warnings not shown")
            self.dropped = 0
