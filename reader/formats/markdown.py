"""The markdown digest format of the daily_papers_ko archive -> days and papers.

A tolerant line scanner rather than a markdown parser: the archive was written
by a generator whose template drifted over 18 months (see DIGEST-FORMAT.md), so
every field is optional, blocks may lack blank lines between them, and a broken
entry must cost only itself. Nothing here raises on bad input: problems become
warnings (with file and line) or a single ``error`` for a file that is no digest.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from reader.formats.latex import latex_to_unicode
from reader.model import Day, Paper, ParseResult, SummaryPart, arxiv_id_from_url, iso_date

DAY_RE = re.compile(r"^##\s+Daily Papers\s*\((\d{4}-\d{2}-\d{2})\)\s*$", re.I)
ENTRY_RE = re.compile(r"^###\s+\[(?P<title>.*)\]\((?P<url>\S+)\)\s*$")
IMAGE_RE = re.compile(r"^!\[[^\]]*\]\((?P<url>[^)\s]+)\)\s*$")
VIDEO_LINK_RE = re.compile(r"^\[Watch Video\]\((?P<url>[^)\s]+)\)", re.I)
VIDEO_TAG_RE = re.compile(r"<video\b[^>]*?\bsrc\s*=\s*[\"'](?P<url>[^\"']+)[\"']", re.I)
VOTE_RE = re.compile(r"^Votes?\s*:\s*(?P<votes>.*?)\s*$", re.I)
AUTHORS_RE = re.compile(r"^Authors?\s*:\s*(?P<authors>.*?)\s*$", re.I)
HEADING_RES = (
    re.compile(r"^\*{2,3}(?P<heading>[^*]{1,80}?)\s*\*{2,3}\s*[:：]\s*(?P<text>.*)$"),
    re.compile(r"^\*{2,3}(?P<heading>[^*]{1,80}?)\s*[:：]\s*\*{2,3}\s*(?P<text>.*)$"),
)
PATH_DATE_RE = re.compile(r"(\d{4})[/\\-](\d{2})[/\\-](\d{2})(?:\.md)?$")
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")


def date_from_path(name: str) -> str | None:
    """Infer a day from a ``YYYY/MM/DD.md`` or ``YYYY-MM-DD.md`` path, if it is one."""
    match = PATH_DATE_RE.search(name.replace("\\", "/"))
    return iso_date("-".join(match.groups())) if match else None


def parse_authors(text: str) -> tuple[tuple[str, ...], bool]:
    """Split an ``Authors:`` value; a lone ``+`` item marks a truncated list."""
    items: list[str]
    if text.startswith("[") and text.endswith("]"):
        try:
            value = ast.literal_eval(text)
            items = [str(item) for item in value] if isinstance(value, (list, tuple)) else []
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            items = [part.strip().strip("'\"") for part in text[1:-1].split(",")]
    else:
        items = text.split(",")
    names = [" ".join(item.split()) for item in items]
    truncated = "+" in names
    return tuple(n for n in names if n and n != "+"), truncated


def _summary_part(bullet_text: str, indent: str) -> SummaryPart:
    level = min(len(indent.replace("\t", "    ")) // 2, 4) if indent else 0
    if not bullet_text.startswith("**"):
        return SummaryPart(None, bullet_text, level)
    for pattern in HEADING_RES:
        match = pattern.match(bullet_text)
        if match:
            heading = match.group("heading").replace("\u2019", "'").strip().rstrip(":：")
            return SummaryPart(heading or None, match.group("text").strip(), level)
    return SummaryPart(None, bullet_text, level)


class _Entry:
    """A paper being read; turned into a :class:`Paper` when the next block starts."""

    __slots__ = ("authors", "line", "media", "parts", "title", "truncated", "url", "votes")

    def __init__(self, title: str, url: str, line: int) -> None:
        self.title = title.strip()
        self.url = url
        self.line = line
        self.votes: int | None = None
        self.authors: tuple[str, ...] = ()
        self.truncated = False
        self.parts: list[SummaryPart] = []
        self.media: tuple[str, str] | None = None

    def build(self) -> Paper | None:
        paper_id = arxiv_id_from_url(self.url)
        if paper_id is None or not self.title:
            return None
        text = " ".join(part.text for part in self.parts[:3])
        return Paper(
            id=paper_id,
            title=latex_to_unicode(self.title),
            title_raw=self.title,
            url=self.url,
            votes=self.votes,
            authors=self.authors,
            authors_truncated=self.truncated,
            summary=tuple(self.parts),
            media_url=self.media[1] if self.media else None,
            media_kind=self.media[0] if self.media else None,
            language="ko" if HANGUL_RE.search(text) else "en",
        )


def _sniff_error(data: bytes) -> str | None:
    if not data.strip():
        return "is empty"
    if b"\x00" in data[:8192]:
        return "is a binary file, not a digest"
    return None


def parse_bytes(data: bytes, name: str = "<digest>") -> ParseResult:
    """Parse raw file content; undecodable or binary content is reported, not raised."""
    error = _sniff_error(data)
    if error:
        return ParseResult(error=f"{name} {error}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ParseResult(error=f"{name} is not UTF-8 text")
    return parse_text(text, name)


def parse_file(path: Path) -> ParseResult:
    """Read and parse one digest file; I/O errors become the result's ``error``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ParseResult(error=f"{path} could not be read ({exc.strerror or exc})")
    return parse_bytes(data, str(path))


def parse_text(text: str, name: str = "<digest>") -> ParseResult:
    """Parse digest text into days; see the module docstring for the rules."""
    result = ParseResult()
    fallback_date = date_from_path(name)
    day: str | None = None
    seen_day_header = False
    entries_by_day: dict[str, dict[str, Paper]] = {}
    entry: _Entry | None = None
    entry_day: str | None = None
    skipping = False  # inside an entry whose heading was malformed

    def finish() -> None:
        nonlocal entry
        if entry is None:
            return
        paper = entry.build()
        if paper is None:
            result.warnings.append(
                f"{name}:{entry.line}: skipped an entry with no arXiv link or title"
            )
        elif entry_day is None:
            result.warnings.append(f"{name}:{entry.line}: skipped an entry outside a day section")
        else:
            papers = entries_by_day.setdefault(entry_day, {})
            old = papers.get(paper.id)
            if old is None or len(paper.summary) > len(old.summary):
                papers[paper.id] = paper
        entry = None

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("## ") and not stripped.startswith("###"):
            finish()
            skipping = False
            match = DAY_RE.match(stripped)
            day = iso_date(match.group(1)) if match else None
            if match and day is None:
                result.warnings.append(f"{name}:{lineno}: ignored a day with an invalid date")
            seen_day_header = seen_day_header or day is not None
            continue
        if stripped.startswith("###"):
            finish()
            match = ENTRY_RE.match(stripped)
            if match is None:
                result.warnings.append(
                    f"{name}:{lineno}: skipped a malformed entry heading: {stripped[:80]}"
                )
                skipping = True
                continue
            skipping = False
            entry = _Entry(match.group("title"), match.group("url"), lineno)
            entry_day = day or (None if seen_day_header else fallback_date)
            continue
        if entry is None or skipping:
            continue
        first = stripped[0]
        if first in "-*" and stripped[1:2] in (" ", "\t"):  # a bullet, at any depth
            indent = line[: len(line) - len(line.lstrip())]
            entry.parts.append(_summary_part(stripped[2:].strip(), indent))
            continue
        if entry.parts and first != "<":
            last = entry.parts[-1]  # a wrapped bullet: its continuation line
            entry.parts[-1] = SummaryPart(last.heading, f"{last.text} {stripped}", last.level)
            continue
        if first == "!":
            if (m := IMAGE_RE.match(stripped)) and entry.media is None:
                entry.media = ("image", m.group("url"))
        elif first in "[<":
            m = VIDEO_LINK_RE.match(stripped) or VIDEO_TAG_RE.search(stripped)
            if m and (entry.media is None or entry.media[0] != "video"):
                entry.media = ("video", m.group("url"))
        elif first in "Vv" and (m := VOTE_RE.match(stripped)):
            value = m.group("votes")
            entry.votes = int(value) if value.isdigit() else None
        elif first in "Aa" and (m := AUTHORS_RE.match(stripped)):
            entry.authors, entry.truncated = parse_authors(m.group("authors"))
    finish()

    result.days = [
        Day(date=d, papers=tuple(papers.values()))
        for d, papers in sorted(entries_by_day.items())
        if papers
    ]
    if not result.days:
        if seen_day_header or result.warnings:
            result.error = f"{name} has no readable paper entries"
        else:
            result.error = f"{name} is not a daily papers digest (no '## Daily Papers' section)"
    return result
