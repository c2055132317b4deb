"""The Hugging Face Daily Papers JSON (``/api/daily_papers?date=D``) -> one day of papers.

The API is not ours and drifts: every field is optional, items of the wrong
shape are skipped with a warning, and content that is not a JSON array becomes
the result's ``error``. Nothing here raises on bad input. A paper gets the AI
summary and the abstract as two texts (``ai_summary``, ``abstract``; also as two
headed summary parts), English as its language, ``"hf"`` as its source, the
upvotes as its votes, the thumbnail as its media, and what only the API knows
(keywords, code repository and stars, project page, comments, organisation) as
its :class:`~reader.model.PaperMeta`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from reader.formats.latex import latex_to_unicode
from reader.model import (
    ARXIV_ID_RE,
    Day,
    Paper,
    PaperMeta,
    PaperText,
    ParseResult,
    SummaryPart,
    abs_url,
    iso_date,
)

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


def _url(value: Any) -> str | None:
    url = _text(value)
    return url if url.startswith(_MEDIA_SCHEMES) else None


def _organization(value: Any) -> str | None:
    """``{"name": "deepseek-ai", "fullname": "DeepSeek"}`` (or a plain name) -> its display name."""
    if isinstance(value, Mapping):
        return _text(value.get("fullname")) or _text(value.get("name")) or None
    return _text(value) or None


def _meta(item: Mapping[str, Any], paper: Mapping[str, Any]) -> PaperMeta | None:
    """What only the API tells; None when it tells none of it."""
    keywords = paper.get("ai_keywords")
    stars = _int(paper.get("githubStars"))
    comments = _int(item.get("numComments"))
    if comments is None:
        comments = _int(paper.get("numComments"))
    meta = PaperMeta(
        keywords=tuple(
            dict.fromkeys(k for k in map(_text, keywords) if k) if isinstance(keywords, list) else ()
        ),
        github_repo=_url(paper.get("githubRepo")),
        github_stars=stars if stars is not None and stars >= 0 else None,
        project_page=_url(paper.get("projectPage")),
        comments=comments if comments is not None and comments >= 0 else None,
        organization=_organization(paper.get("organization") or item.get("organization")),
    )
    return None if meta == PaperMeta() else meta


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
    parts, texts = [], []
    ai_summary = _text(paper.get("ai_summary"))
    if ai_summary:
        parts.append(SummaryPart(AI_SUMMARY_HEADING, ai_summary))
        texts.append(PaperText("hf", "en", "ai_summary", (SummaryPart(None, ai_summary),)))
    abstract = _text(paper.get("summary")) or _text(item.get("summary"))
    if abstract:
        parts.append(SummaryPart(ABSTRACT_HEADING, abstract))
        texts.append(PaperText("hf", "en", "abstract", (SummaryPart(None, abstract),)))
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
        texts=tuple(texts),
        meta=_meta(item, paper),
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
