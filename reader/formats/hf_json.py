"""The Hugging Face Daily Papers JSON (``/api/daily_papers?date=D``) -> one day of papers.

The API is not ours and drifts: every field is optional, items of the wrong
shape are skipped with a warning, and content that is not a JSON array becomes
the result's ``error``. Nothing here raises on bad input. A paper gets the AI
summary and the abstract as two texts (``ai_summary``, ``abstract``; also as two
headed summary parts), English as its language, ``"hf"`` as its source, the
upvotes as its votes, the thumbnail as its media, and what only the API knows
(keywords, code repository and stars, project page, comments, organisation) as
its :class:`~reader.model.PaperMeta`.

A reply may be hostile: a bad number (``upvotes`` of 10**30, -1, 2.5, "many",
true) is a warning naming the item and is not stored; titles, texts, author
lists, links and the number of items are capped (:mod:`reader.formats.limits`);
a lone surrogate (JSON ``"\\ud800"``), which SQLite cannot store, becomes U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from reader.formats.latex import LatexBudget
from reader.formats.limits import (
    MAX_AUTHORS,
    MAX_FILE_BYTES,
    MAX_PAPERS,
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    Warnings,
    shown,
)
from reader.model import (
    ARXIV_ID_RE,
    MAX_VOTES,
    Day,
    Paper,
    PaperMeta,
    PaperText,
    ParseResult,
    SummaryPart,
    abs_url,
    iso_date,
    parse_votes,
)
from reader.sentence import QT_TRANSLATE_NOOP
from reader.urls import is_http_url

AI_SUMMARY_HEADING = "AI summary"
ABSTRACT_HEADING = "Abstract"
_DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def date_from_name(name: str) -> str | None:
    """The day a source name is about: ``hf:2025-05-09`` or ``.../2025-05-09.json``."""
    match = _DATE_RE.search(name)
    return iso_date(match.group(1)) if match else None


def _text(value: Any, limit: int = MAX_SUMMARY_CHARS) -> str:
    """A string field, whitespace-normalised and capped; anything else is the empty string."""
    if not isinstance(value, str):
        return ""
    text = " ".join(value[: limit * 2].split())[:limit]
    if not text.isascii():  # a lone surrogate cannot be encoded, so not stored
        text = _SURROGATE_RE.sub("\ufffd", text)
    return text


def _json_int(digits: str) -> int | float:
    """A JSON integer; one too long for ``int()`` (4,300 digits) is an infinity, not an error.

    So a single absurd number costs its item a warning instead of the whole reply.
    """
    if len(digits) <= 4000:
        return int(digits)
    return float("-inf") if digits.startswith("-") else float("inf")


def _int(value: Any) -> int | None:
    """A count (votes, stars, comments) in the one sane range, or None."""
    return parse_votes(value)


def _authors(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    names = []
    for author in value[:MAX_AUTHORS]:
        name = _text(author.get("name")) if isinstance(author, Mapping) else _text(author)
        if name:
            names.append(name)
    return tuple(names)


def _media(item: Mapping[str, Any], paper: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The thumbnail image (or failing that the first video) as (url, kind)."""
    for candidate in (item.get("thumbnail"), paper.get("thumbnail")):
        url = _url(candidate)
        if url:
            return url, "image"
    urls = item.get("mediaUrls") or paper.get("mediaUrls")
    if isinstance(urls, list):
        for candidate in urls[:100]:
            url = _url(candidate)
            if url:
                kind = "video" if url.lower().endswith((".mp4", ".webm", ".mov")) else "image"
                return url, kind
    return None, None


def _url(value: Any) -> str | None:
    """An http(s) link; a link over MAX_URL_CHARS is dropped, not cut."""
    url = _text(value, MAX_URL_CHARS + 1)
    return url if is_http_url(url) and len(url) <= MAX_URL_CHARS else None


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
            dict.fromkeys(k for k in map(_text, keywords[:100]) if k)
            if isinstance(keywords, list)
            else ()
        ),
        github_repo=_url(paper.get("githubRepo")),
        github_stars=stars if stars is not None and stars >= 0 else None,
        project_page=_url(paper.get("projectPage")),
        comments=comments if comments is not None and comments >= 0 else None,
        organization=_organization(paper.get("organization") or item.get("organization")),
    )
    return None if meta == PaperMeta() else meta


def paper_from_item(
    item: Any,
    warn: Callable[[str], None] | None = None,
    render_title: Callable[[str], str] | None = None,
) -> Paper | None:
    """One API item (``{"paper": {...}, "title", "thumbnail", ...}``) -> a Paper, or None.

    *warn* hears of bad values that were dropped (an upvote count out of range);
    *render_title* renders LaTeX within the source's :class:`LatexBudget`.
    """
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
    title_raw = _text(paper.get("title"), MAX_TITLE_CHARS) or _text(
        item.get("title"), MAX_TITLE_CHARS
    )
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
    votes, bad = None, []
    for raw in (paper.get("upvotes"), item.get("upvotes")):
        if raw is not None and votes is None:
            votes = parse_votes(raw)
            bad += [] if votes is not None else [raw]
    if votes is None and bad and warn is not None:
        warn(
            f"ignored the upvote count of {paper_id} ({shown(bad[0])}): not a whole number"
            f" from 0 to {MAX_VOTES:,}"
        )
    authors = _authors(paper.get("authors"))
    cut = [
        what
        for what, size, limit in (
            ("title", len(title_raw), MAX_TITLE_CHARS),
            ("AI summary", len(ai_summary), MAX_SUMMARY_CHARS),
            ("abstract", len(abstract), MAX_SUMMARY_CHARS),
            ("author list", len(authors), MAX_AUTHORS),
        )
        if size >= limit
    ]
    if cut and warn is not None:
        warn(f"cut the over-long {', '.join(cut)} of {paper_id}")
    media_url, media_kind = _media(item, paper)
    return Paper(
        id=paper_id,
        title=(render_title or LatexBudget())(title_raw),
        title_raw=title_raw,
        url=abs_url(paper_id),
        votes=votes,
        authors=authors,
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
        return ParseResult(
            error=QT_TRANSLATE_NOOP("ImportError", "%1 is an error reply: %2").arg(
                name, _text(value.get("error"))[:200]
            )
        )
    if not isinstance(value, list):
        return ParseResult(
            error=QT_TRANSLATE_NOOP(
                "ImportError", "%1 is not a Hugging Face daily papers list"
            ).arg(name)
        )
    result = ParseResult()
    warn = Warnings(result.warnings, name)
    render_title = LatexBudget()
    papers: dict[str, Paper] = {}
    for index, item in enumerate(value):
        if len(papers) >= MAX_PAPERS:
            warn(f"{name}: kept the first {MAX_PAPERS:,} papers; skipped {len(value) - index:,}")
            break

        def item_warn(message: str, index: int = index) -> None:
            warn(f"{name}: item {index}: {message}")

        try:
            paper = paper_from_item(item, item_warn, render_title)
        except (RecursionError, ValueError, TypeError) as exc:  # pathological input only
            item_warn(f"skipped ({type(exc).__name__})")
            continue
        if paper is None:
            item_warn("skipped an item with no arXiv id or title")
            continue
        old = papers.get(paper.id)
        if old is None or len(paper.summary) > len(old.summary):
            papers[paper.id] = paper
    if render_title.exhausted:
        warn(f"{name}: too much LaTeX in titles; the later titles are shown as written")
    warn.close()
    if papers:
        result.days = [Day(date=day, papers=tuple(papers.values()))]
    return result


def parse_bytes(data: bytes, name: str = "<hf>", day: str | None = None) -> ParseResult:
    """Parse an API reply; the day comes from *day* or the name (``hf:2025-05-09``).

    An empty list is a valid day with no papers (weekends): no days, no error.
    """
    day = day or date_from_name(name)
    if day is None:
        return ParseResult(
            error=QT_TRANSLATE_NOOP("ImportError", "%1 does not name the day it lists").arg(name)
        )
    if len(data) > MAX_FILE_BYTES:
        return ParseResult(
            error=QT_TRANSLATE_NOOP("ImportError", "%1 is too large for a daily papers list").arg(
                name
            )
        )
    try:
        value = json.loads(data.decode("utf-8-sig"), parse_int=_json_int)
    except UnicodeDecodeError:
        return ParseResult(error=QT_TRANSLATE_NOOP("ImportError", "%1 is not UTF-8 text").arg(name))
    except (ValueError, RecursionError):
        return ParseResult(error=QT_TRANSLATE_NOOP("ImportError", "%1 is not valid JSON").arg(name))
    return parse_value(value, day, name)
