"""Plain data of the reader: papers, days and summary parts.

Immutable records with no Qt and no I/O, so that parsers, the library, the
command line and the window all speak the same types. They are named tuples,
not frozen dataclasses: the window loads this module before its first paint,
and a dataclass compiles its methods when it is defined (~1 ms a class). Change
a field with ``._replace``; nobody iterates or indexes them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

ARXIV_ID_RE = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")


def arxiv_id_from_url(url: str) -> str | None:
    """Return the arXiv id found in *url* (``2403.05135``), without version."""
    match = ARXIV_ID_RE.search(url)
    return match.group(1) if match else None


_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: object) -> str | None:
    """*text* as a day written ``2024-03-11``, or None when it is not a real day.

    The one date check of the app (file names, digest headings, API replies, the
    command line's and the sync's date options). Only that form: ``date.fromisoformat``
    alone would also take ``20240311`` and ``2024-W11-1``.
    """
    if isinstance(text, date):
        return text.isoformat()
    if not isinstance(text, str) or not _ISO_DAY_RE.fullmatch(text.strip()):
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        return None


MAX_VOTES = 10**7  # far above any real count; well inside SQLite's 64-bit INTEGER


def parse_votes(value: object, maximum: int = MAX_VOTES) -> int | None:
    """*value* as a whole number in 0..*maximum*, or None when it is anything else.

    The one gate for numbers from digests and APIs (votes, and counts such as
    stars): a bool, a fraction, a negative, an out-of-range number or a string
    that ``int()`` cannot read cheaply (``'²'``, 5,000 digits) is None, never an
    exception and never a value SQLite cannot store. Callers warn about it.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():  # also NaN and the infinities
            return None
        value = int(value)
    elif isinstance(value, str):
        text = value.strip()
        # isdecimal(), not isdigit(): '²' is a digit that int() refuses
        if not text.isdecimal() or len(text) > 20:
            return None
        value = int(text)
    if not isinstance(value, int):
        return None
    return value if 0 <= value <= maximum else None


def abs_url(paper_id: str) -> str:
    return f"https://arxiv.org/abs/{paper_id}"


def pdf_url(paper_id: str) -> str:
    return f"https://arxiv.org/pdf/{paper_id}"


def hf_url(paper_id: str) -> str:
    return f"https://huggingface.co/papers/{paper_id}"


class SummaryPart(NamedTuple):
    """One bullet of a summary: an optional bold heading, its text and depth."""

    heading: str | None
    text: str
    level: int = 0


class PaperText(NamedTuple):
    """One source's text of a paper: the digest's Korean summary, HF's abstract or AI summary.

    *source* is the text's source family ("digest" for the Korean digests, local or
    from the archive; "hf"; "sample"), *kind* is "summary", "abstract" or "ai_summary".
    """

    source: str
    language: str
    kind: str
    parts: tuple[SummaryPart, ...]
    date: str = ""  # the day this text was listed on


class PaperMeta(NamedTuple):
    """What Hugging Face adds about a paper; each field is None (or empty) when unknown."""

    keywords: tuple[str, ...] = ()
    github_repo: str | None = None
    github_stars: int | None = None
    project_page: str | None = None
    comments: int | None = None
    organization: str | None = None


class VoteSnapshot(NamedTuple):
    """A paper's vote count as one source showed it at one time (ISO 8601, UTC)."""

    at: str
    votes: int
    source: str


class Paper(NamedTuple):
    """One paper as a digest describes it; keyed by its arXiv id."""

    id: str
    title: str
    title_raw: str
    url: str
    votes: int | None = None
    authors: tuple[str, ...] = ()
    authors_truncated: bool = False
    summary: tuple[SummaryPart, ...] = ()
    media_url: str | None = None
    media_kind: str | None = None  # "image" or "video"
    source: str = "markdown"
    language: str = "ko"
    dates: tuple[str, ...] = ()
    texts: tuple[PaperText, ...] = ()  # every source's text; summary is the preferred one
    meta: PaperMeta | None = None

    @property
    def pdf_url(self) -> str:
        return pdf_url(self.id)

    @property
    def abs_url(self) -> str:
        return abs_url(self.id)

    @property
    def hf_url(self) -> str:
        return hf_url(self.id)


class Day(NamedTuple):
    """The papers of one date (ISO ``YYYY-MM-DD``) in digest order."""

    date: str
    papers: tuple[Paper, ...]


class ParseResult:
    """What a parser made of one source: its days and what it had to skip."""

    __slots__ = ("days", "error", "warnings")

    def __init__(
        self,
        days: list[Day] | None = None,
        warnings: list[str] | None = None,
        error: str | None = None,  # set when the whole source is not a digest
    ) -> None:
        self.days: list[Day] = [] if days is None else days
        self.warnings: list[str] = [] if warnings is None else warnings
        self.error = error

    @property
    def paper_count(self) -> int:
        return sum(len(day.papers) for day in self.days)
