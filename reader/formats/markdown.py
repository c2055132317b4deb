"""The markdown digest format of the daily_papers_ko archive -> days and papers.

A tolerant line scanner rather than a markdown parser: the archive was written
by a generator whose template drifted over 18 months (see DIGEST-FORMAT.md), so
every field is optional, blocks may lack blank lines between them, and a broken
entry must cost only itself. Nothing here raises on bad input: problems become
warnings (with file and line) or a single ``error`` for a file that is no digest.

A digest may be hostile, so the scanner is linear in its input whatever the
input: no pattern here can retry from every position of a long line (the entry
heading and the ``<video`` tag are found by hand for that reason), a wrapped
bullet collects its lines in a list instead of re-copying its text, and what a
line or an entry may hold is capped (:mod:`reader.formats.limits`); whatever
is cut or refused is a warning naming file and line.
"""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

from reader.formats.latex import LatexBudget
from reader.formats.limits import (
    MAX_AUTHORS,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    MAX_LINES,
    MAX_PAPERS,
    MAX_SUMMARY_CHARS,
    MAX_SUMMARY_PARTS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    Warnings,
    clip,
    shown,
)
from reader.model import (
    MAX_VOTES,
    Day,
    Paper,
    ParseResult,
    SummaryPart,
    abs_url,
    arxiv_id_from_url,
    iso_date,
    parse_votes,
)
from reader.sentence import QT_TRANSLATE_NOOP

DAY_RE = re.compile(r"^##\s+Daily Papers\s*\((\d{4}-\d{2}-\d{2})\)\s*$", re.I)
ENTRY_START_RE = re.compile(r"###\s+\[")  # the rest of ``### [title](url)``: _entry_heading
IMAGE_RE = re.compile(r"^!\[[^\]]*\]\((?P<url>[^)\s]+)\)\s*$")
VIDEO_LINK_RE = re.compile(r"^\[Watch Video\]\((?P<url>[^)\s]+)\)", re.I)
VIDEO_OPEN_RE = re.compile(r"<video\b", re.I)  # the rest of the tag: _video_src
VIDEO_SRC_RE = re.compile(r"\bsrc\s*=\s*[\"']", re.I)
QUOTED_TAIL_RE = re.compile(r"[^\"']+[\"']")
VOTE_RE = re.compile(r"Votes?\s*:", re.I)
AUTHORS_RE = re.compile(r"Authors?\s*:", re.I)
# matched on a bullet's first HEADING_WINDOW characters only: each pattern may
# try 80 heading lengths, and each try may scan a run of spaces
HEADING_RES = (
    re.compile(r"\*{2,3}(?P<heading>[^*]{1,80}?)\s*\*{2,3}\s*[:：]\s*"),
    re.compile(r"\*{2,3}(?P<heading>[^*]{1,80}?)\s*[:：]\s*\*{2,3}\s*"),
)
HEADING_WINDOW = 300
PATH_DATE_RE = re.compile(r"(\d{4})[/\\-](\d{2})[/\\-](\d{2})(?:\.md)?$")
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
SPACE_RE = re.compile(r"\s")
_PY_STR = r"""(?:'(?:[^'\\]++|\\.)*+'|"(?:[^"\\]++|\\.)*+")"""
PY_STR_RE = re.compile(_PY_STR)
PY_LIST_RE = re.compile(rf"\[\s*+(?:{_PY_STR}\s*+,\s*+)*+(?:{_PY_STR}\s*+)?\]")


def date_from_path(name: str) -> str | None:
    """Infer a day from a ``YYYY/MM/DD.md`` or ``YYYY-MM-DD.md`` path, if it is one."""
    match = PATH_DATE_RE.search(name.replace("\\", "/"))
    return iso_date("-".join(match.groups())) if match else None


def _string_list(text: str) -> list[str] | None:
    """The items of a Python list of string literals (``['A', "O'Neil"]``), or None.

    What ``ast.literal_eval`` gives for such a list, in one linear regex pass
    instead of building a syntax tree (``literal_eval`` costs a second per MB).
    """
    if PY_LIST_RE.fullmatch(text) is None:
        return None
    items = []
    for token in PY_STR_RE.findall(text):
        if "\\" not in token:
            items.append(token[1:-1])
            continue
        try:
            with warnings.catch_warnings():  # '\q' is an invalid escape, kept as written
                warnings.simplefilter("ignore")
                items.append(str(ast.literal_eval(token)))
        except (ValueError, SyntaxError):
            return None
    return items


def parse_authors(text: str) -> tuple[tuple[str, ...], bool]:
    """Split an ``Authors:`` value; a lone ``+`` item marks a truncated list."""
    items: list[str] | None = None
    if text.startswith("[") and text.endswith("]"):
        items = _string_list(text)
        if items is None:
            items = [part.strip().strip("'\"") for part in text[1:-1].split(",")]
    else:
        items = text.split(",")
    names = [" ".join(item.split()) for item in items]
    truncated = "+" in names
    return tuple(n for n in names if n and n != "+"), truncated


def _entry_heading(line: str) -> tuple[str, str] | None:
    """``(title, url)`` of a ``### [title](url)`` line, or None.

    What ``^###\\s+\\[(.*)\\]\\((\\S+)\\)\\s*$`` matches (the title runs to the
    last ``](`` that leaves a link without spaces), found without that pattern's
    retry from every ``](`` of the line.
    """
    start = ENTRY_START_RE.match(line)
    if start is None or not line.endswith(")"):
        return None
    end = len(line) - 1  # the closing parenthesis
    cut = line.rfind("](", start.end(), end)
    if cut != -1 and cut + 2 == end:  # ends in "]()": the title reaches an earlier "]("
        cut = line.rfind("](", start.end(), cut + 1)
    if cut == -1:
        return None
    url = line[cut + 2 : end]
    if SPACE_RE.search(url):
        return None
    return line[start.end() : cut], url


def _video_src(line: str) -> str | None:
    """The ``src`` of the first ``<video ... src='...'`` tag of *line*, or None.

    What ``<video\\b[^>]*?\\bsrc\\s*=\\s*["']([^"']+)["']`` finds, in linear
    time: a tag runs to its ``>``, so a ``<video`` inside a tag that has failed
    cannot succeed and is not tried again.
    """
    pos = 0
    while (tag := VIDEO_OPEN_RE.search(line, pos)) is not None:
        close = line.find(">", tag.end())
        end = len(line) if close == -1 else close
        at = tag.end()
        while (src := VIDEO_SRC_RE.search(line, at, end)) is not None:
            tail = QUOTED_TAIL_RE.match(line, src.end())
            if tail is not None:
                return line[src.end() : tail.end() - 1]
            if src.end() >= len(line) or line[src.end()] not in "\"'":
                return None  # no closing quote anywhere after this one
            at = src.end()  # an empty src=''
        if close == -1:
            return None
        pos = close + 1
    return None


def _summary_part(bullet_text: str) -> tuple[str | None, str]:
    """A bullet's bold heading (``**What's New**: ...``), if any, and its text."""
    if not bullet_text.startswith("**"):
        return None, bullet_text
    for pattern in HEADING_RES:
        match = pattern.match(bullet_text, 0, HEADING_WINDOW)
        if match:
            heading = match.group("heading").replace("\u2019", "'").strip().rstrip(":：")
            return heading or None, bullet_text[match.end() :].strip()
    return None, bullet_text


class _Entry:
    """A paper being read; turned into a :class:`Paper` when the next block starts.

    A summary part is ``[heading, chunks, level]``: a wrapped bullet appends its
    continuation lines to ``chunks``, joined once when the entry is built.
    """

    __slots__ = (
        "authors",
        "chars",
        "cut_summary",
        "dropping",
        "line",
        "media",
        "parts",
        "title",
        "truncated",
        "url",
        "votes",
    )

    def __init__(self, title: str, url: str, line: int) -> None:
        self.title = title.strip()
        self.url = url
        self.line = line
        self.votes: int | None = None
        self.authors: tuple[str, ...] = ()
        self.truncated = False
        self.parts: list[tuple[str | None, list[str], int]] = []
        self.media: tuple[str, str] | None = None
        self.chars = 0  # summary characters kept so far
        self.cut_summary = False
        self.dropping = False  # the last bullet was dropped: so are its continuation lines

    def _room(self, text: str) -> str | None:
        """*text* as far as the summary cap allows; None when nothing more fits."""
        room = MAX_SUMMARY_CHARS - self.chars
        if len(text) > room:
            self.cut_summary = True
            text = text[:room]
        if not text and room <= 0:
            return None
        self.chars += len(text)
        return text

    def add_bullet(self, text: str, indent: str) -> None:
        if len(self.parts) >= MAX_SUMMARY_PARTS:
            self.cut_summary = self.dropping = True
            return
        level = min(len(indent.replace("\t", "    ")) // 2, 4) if indent else 0
        heading, body = _summary_part(text)
        kept = self._room(body)
        self.dropping = kept is None
        if kept is not None:
            self.parts.append((heading, [kept], level))

    def add_continuation(self, text: str) -> None:
        if self.dropping:
            return
        kept = self._room(" " + text)  # the space that joins it counts too
        if kept is not None and len(kept) > 1:
            self.parts[-1][1].append(kept[1:])

    def build(self, render_title: LatexBudget) -> Paper | None:
        paper_id = arxiv_id_from_url(self.url)
        if paper_id is None or not self.title:
            return None
        summary = tuple(SummaryPart(h, " ".join(chunks), level) for h, chunks, level in self.parts)
        text = " ".join(part.text for part in summary[:3])
        return Paper(
            id=paper_id,
            title=render_title(self.title),
            title_raw=self.title,
            url=self.url if len(self.url) <= MAX_URL_CHARS else abs_url(paper_id),
            votes=self.votes,
            authors=self.authors,
            authors_truncated=self.truncated,
            summary=summary,
            media_url=self.media[1] if self.media else None,
            media_kind=self.media[0] if self.media else None,
            language="ko" if HANGUL_RE.search(text) else "en",
        )


def _sniff_error(data: bytes, name: str) -> str | None:
    if len(data) > MAX_FILE_BYTES:
        text = QT_TRANSLATE_NOOP("ImportError", "%1 is too large for a digest (at most %2 MB)")
        return text.arg(name, MAX_FILE_BYTES // 2**20)
    if not data.strip():
        return QT_TRANSLATE_NOOP("ImportError", "%1 is empty").arg(name)
    if b"\x00" in data[:8192]:
        return QT_TRANSLATE_NOOP("ImportError", "%1 is a binary file, not a digest").arg(name)
    return None


def parse_bytes(data: bytes, name: str = "<digest>") -> ParseResult:
    """Parse raw file content; undecodable or binary content is reported, not raised."""
    error = _sniff_error(data, name)
    if error:
        return ParseResult(error=error)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ParseResult(error=QT_TRANSLATE_NOOP("ImportError", "%1 is not UTF-8 text").arg(name))
    return parse_text(text, name)


def parse_file(path: Path) -> ParseResult:
    """Read and parse one digest file; I/O errors become the result's ``error``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        text = QT_TRANSLATE_NOOP("ImportError", "%1 could not be read (%2)")
        return ParseResult(error=text.arg(path, exc.strerror or exc))
    return parse_bytes(data, str(path))


def parse_text(text: str, name: str = "<digest>") -> ParseResult:
    """Parse digest text into days; see the module docstring for the rules."""
    result = ParseResult()
    warn = Warnings(result.warnings, name)
    render_title = LatexBudget()
    fallback_date = date_from_path(name)
    day: str | None = None
    seen_day_header = False
    entries_by_day: dict[str, dict[str, Paper]] = {}
    kept = 0  # papers kept so far, across days
    entry: _Entry | None = None
    entry_day: str | None = None
    skipping = False  # inside an entry whose heading was malformed

    def finish() -> None:
        nonlocal entry, kept
        if entry is None:
            return
        paper = entry.build(render_title)
        where = f"{name}:{entry.line}"
        if paper is None:
            warn(f"{where}: skipped an entry with no arXiv link or title")
        elif entry_day is None:
            warn(f"{where}: skipped an entry outside a day section")
        else:
            if entry.cut_summary:
                warn(
                    f"{where}: cut the over-long summary of {paper.id} (kept {len(paper.summary)}"
                    f" bullets, {entry.chars:,} characters)"
                )
            if len(entry.url) > MAX_URL_CHARS:
                warn(f"{where}: the link of {paper.id} is too long; used {paper.url}")
            papers = entries_by_day.setdefault(entry_day, {})
            old = papers.get(paper.id)
            if old is None or len(paper.summary) > len(old.summary):
                papers[paper.id] = paper
                kept += old is None
        entry = None

    lines = text.splitlines()
    skipped_lines = max(0, len(lines) - MAX_LINES)
    del lines[MAX_LINES:]  # a Python loop costs ~1 us a line: bound the lines, not only bytes
    for lineno, raw in enumerate(lines, 1):
        if len(raw) > MAX_LINE_CHARS:
            warn(f"{name}:{lineno}: cut a line of {len(raw):,} characters to {MAX_LINE_CHARS:,}")
            raw = raw[:MAX_LINE_CHARS]
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
                warn(f"{name}:{lineno}: ignored a day with an invalid date")
            seen_day_header = seen_day_header or day is not None
            continue
        if stripped.startswith("###"):
            finish()
            if kept >= MAX_PAPERS:
                warn(f"{name}:{lineno}: kept the first {MAX_PAPERS:,} papers; skipped the rest")
                break
            heading = _entry_heading(stripped)
            if heading is None:
                warn(f"{name}:{lineno}: skipped a malformed entry heading: {stripped[:80]}")
                skipping = True
                continue
            skipping = False
            title, cut = clip(heading[0], MAX_TITLE_CHARS)
            if cut:
                warn(f"{name}:{lineno}: cut a title of {len(heading[0]):,} characters")
            entry = _Entry(title, heading[1], lineno)
            entry_day = day or (None if seen_day_header else fallback_date)
            continue
        if entry is None or skipping:
            continue
        first = stripped[0]
        if first in "-*" and stripped[1:2] in (" ", "\t"):  # a bullet, at any depth
            entry.add_bullet(stripped[2:].strip(), line[: len(line) - len(line.lstrip())])
            continue
        if (entry.parts or entry.dropping) and first != "<":  # a wrapped bullet's next line
            entry.add_continuation(stripped)
            continue
        media: tuple[str, str] | None = None
        if first == "!":
            if (m := IMAGE_RE.match(stripped)) and entry.media is None:
                media = ("image", m.group("url"))
        elif first in "[<":
            m = VIDEO_LINK_RE.match(stripped)
            url = m.group("url") if m else _video_src(stripped)
            if url and (entry.media is None or entry.media[0] != "video"):
                media = ("video", url)
        elif first in "Vv" and (m := VOTE_RE.match(stripped)):
            value = stripped[m.end() :].strip()
            entry.votes = parse_votes(value)
            if entry.votes is None and value not in ("", "-"):
                warn(
                    f"{name}:{lineno}: ignored the vote count {shown(value)}: not a whole"
                    f" number from 0 to {MAX_VOTES:,}"
                )
        elif first in "Aa" and (m := AUTHORS_RE.match(stripped)):
            authors, entry.truncated = parse_authors(stripped[m.end() :].strip())
            if len(authors) > MAX_AUTHORS:
                warn(f"{name}:{lineno}: cut a list of {len(authors):,} authors to {MAX_AUTHORS:,}")
                authors, entry.truncated = authors[:MAX_AUTHORS], True
            entry.authors = authors
        if media is not None:
            if len(media[1]) > MAX_URL_CHARS:
                warn(
                    f"{name}:{lineno}: ignored an over-long {media[0]} link ({len(media[1]):,} characters)"
                )
            else:
                entry.media = media
    finish()
    if skipped_lines:
        warn(
            f"{name}:{MAX_LINES + 1}: read the first {MAX_LINES:,} lines; skipped {skipped_lines:,}"
        )
    if render_title.exhausted:
        warn(f"{name}: too much LaTeX in titles; the later titles are shown as written")
    warn.close()

    result.days = [
        Day(date=d, papers=tuple(papers.values()))
        for d, papers in sorted(entries_by_day.items())
        if papers
    ]
    if not result.days:
        if seen_day_header or result.warnings:
            text = QT_TRANSLATE_NOOP("ImportError", "%1 has no readable paper entries")
            result.error = text.arg(name)
        else:
            text = QT_TRANSLATE_NOOP(
                "ImportError", "%1 is not a daily papers digest (no '## Daily Papers' section)"
            )
            result.error = text.arg(name)
    return result
