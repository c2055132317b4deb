"""The Hugging Face Daily Papers JSON (``/api/daily_papers?date=D``) -> one day of papers.

The API is not ours and drifts: every field is optional, items of the wrong
shape are skipped with a warning, and content that is not a JSON array becomes
the result's ``error``. Nothing here raises on bad input. A paper gets the AI
summary and the abstract as two headed summary parts, English as its language,
``"hf"`` as its source, the upvotes as its votes and the thumbnail as its media,
so the rest of the app cannot tell it from a markdown digest entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from reader.formats.latex import latex_to_unicode
from reader.model import ARXIV_ID_RE, Day, Paper, ParseResult, SummaryPart, abs_url, iso_date

AI_SUMMARY_HEADING = "AI summary"
ABSTRACT_HEADING = "Abstract"
_DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_MEDIA_SCHEMES = ("https://", "http://")


def date_from_name(name: str) -> str | None:
    """The day a source name is about: ``hf:2025-05-09`` or ``.../2025-05-09.json``."""
    match = _DATE_RE.search(name)
    return iso_date(match.group(1)) if match else None


def _text(value: Any) -> str:
    """A string field, whitespace-normalised; anything else is the empty string."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _authors(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    names = []
    for author in value:
        name = _text(author.get("name")) if isinstance(author, Mapping) else _text(author)
        if name:
            names.append(name)
    return tuple(names)


def _media(item: Mapping[str, Any], paper: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The thumbnail image (or failing that the first video) as (url, kind)."""
    for candidate in (item.get("thumbnail"), paper.get("thumbnail")):
        url = _text(candidate)
        if url.startswith(_MEDIA_SCHEMES):
            return url, "image"
    urls = item.get("mediaUrls") or paper.get("mediaUrls")
    if isinstance(urls, list):
        for candidate in urls:
            url = _text(candidate)
            if url.startswith(_MEDIA_SCHEMES):
                kind = "video" if url.lower().endswith((".mp4", ".webm", ".mov")) else "image"
                return url, kind
    return None, None


def paper_from_item(item: Any) -> Paper | None:
    """One API item (``{"paper": {...}, "title", "thumbnail", ...}``) -> a Paper, or None."""
    if not isinstance(item, Mapping):
        return None
    paper = item.get("paper")
    if not isinstance(paper, Mapping):
        paper = item  # tolerate a flat item that is the paper itself
    raw_id = _text(paper.get("id")) or _text(item.get("id"))
    match = ARXIV_ID_RE.search(raw_id) if raw_id else None
    if match is None:
        return None
    paper_id = match.group(1)
    title_raw = _text(paper.get("title")) or _text(item.get("title"))
    if not title_raw:
        return None
    parts = []
    ai_summary = _text(paper.get("ai_summary"))
    if ai_summary:
        parts.append(SummaryPart(AI_SUMMARY_HEADING, ai_summary))
    abstract = _text(paper.get("summary")) or _text(item.get("summary"))
    if abstract:
        parts.append(SummaryPart(ABSTRACT_HEADING, abstract))
    votes = _int(paper.get("upvotes"))
    if votes is None:
        votes = _int(item.get("upvotes"))
    media_url, media_kind = _media(item, paper)
    return Paper(
        id=paper_id,
        title=latex_to_unicode(title_raw),
        title_raw=title_raw,
        url=abs_url(paper_id),
        votes=votes,
        authors=_authors(paper.get("authors")),
        summary=tuple(parts),
        media_url=media_url,
        media_kind=media_kind,
        source="hf",
        language="en",
    )


def parse_value(value: Any, day: str, name: str = "<hf>") -> ParseResult:
    """Parse already-decoded JSON for the list of *day* (ISO date)."""
    if isinstance(value, Mapping) and "error" in value:
        return ParseResult(error=f"{name} is an error reply: {_text(value.get('error'))[:200]}")
    if not isinstance(value, list):
        return ParseResult(error=f"{name} is not a Hugging Face daily papers list")
    result = ParseResult()
    papers: dict[str, Paper] = {}
    for index, item in enumerate(value):
        try:
            paper = paper_from_item(item)
        except (RecursionError, ValueError, TypeError) as exc:  # pathological input only
            result.warnings.append(f"{name}: item {index}: skipped ({type(exc).__name__})")
            continue
        if paper is None:
            result.warnings.append(
                f"{name}: item {index}: skipped an item with no arXiv id or title"
            )
            continue
        old = papers.get(paper.id)
        if old is None or len(paper.summary) > len(old.summary):
            papers[paper.id] = paper
    if papers:
        result.days = [Day(date=day, papers=tuple(papers.values()))]
    return result


def parse_bytes(data: bytes, name: str = "<hf>", day: str | None = None) -> ParseResult:
    """Parse an API reply; the day comes from *day* or the name (``hf:2025-05-09``).

    An empty list is a valid day with no papers (weekends): no days, no error.
    """
    day = day or date_from_name(name)
    if day is None:
        return ParseResult(error=f"{name} does not name the day it lists")
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return ParseResult(error=f"{name} is not UTF-8 text")
    except (ValueError, RecursionError):
        return ParseResult(error=f"{name} is not valid JSON")
    return parse_value(value, day, name)
