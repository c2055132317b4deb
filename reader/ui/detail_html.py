"""A paper as HTML for the detail pane's QTextBrowser, every digest string escaped.

Digest text is untrusted: each string goes through :func:`html.escape`, and the
only markup is ours. Bare http(s) URLs in the text become links (the pane opens
them externally through :mod:`reader.ui.links`); nothing else does, so a
``[x](javascript:...)`` or an ``<img src=...>`` in a bullet stays visible text.
Headed bullets (What's New, Technical Details, ...) become section headings, and nested
bullets stay nested.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Paper, SummaryPart
from reader.ui.day_model import day_label
from reader.ui.theme import Colors

# http(s) URLs; Hangul and CJK punctuation end a URL (a particle often follows one).
URL_RE = re.compile(
    r"https?://[^\s<>\"'`\u1100-\u11ff\u3000-\u303f\u3130-\u318f\uac00-\ud7af\uff08\uff09]+"
)
_TRAILING = ".,;:!?*"
MAX_AUTHORS = 24


@dataclass(frozen=True, slots=True)
class Image:
    """An image resource already added to the document, and its display size."""

    name: str
    width: int
    height: int


def _trim_url(url: str) -> str:
    url = url.rstrip(_TRAILING)
    for open_, close in ("()", "[]"):
        while url.endswith(close) and url.count(close) > url.count(open_):
            url = url[:-1].rstrip(_TRAILING)
    return url


def text_html(text: str, link_color: str) -> str:
    """Escape *text*, turning bare http(s) URLs into links."""
    out: list[str] = []
    pos = 0
    for match in URL_RE.finditer(text):
        url = _trim_url(match.group(0))
        start, end = match.start(), match.start() + len(url)
        if end <= start + len("https://"):
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<a href="{html.escape(url, quote=True)}" style="color:{link_color}">'
            f"{html.escape(url)}</a>"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def summary_html(parts: Sequence[SummaryPart], link_color: str) -> str:
    """Sections for headed bullets, nested lists for plain ones."""
    out: list[str] = []
    depth = 0  # open <ul> levels
    in_section = False

    def close_to(level: int) -> None:
        nonlocal depth
        while depth > level:
            out.append("</li></ul>")
            depth -= 1

    for part in parts:
        text = text_html(part.text, link_color)
        if part.heading:
            close_to(0)
            out.append(f'<p class="section">{html.escape(part.heading)}</p>')
            if part.text:
                out.append(f"<p>{text}</p>")
            in_section = True
            continue
        want = max(1, part.level if in_section and part.level > 0 else part.level + 1)
        if depth >= want:
            close_to(want)
            out.append("</li>")
        while depth < want:
            out.append("<ul>")
            depth += 1
        out.append(f"<li>{text}")
    close_to(0)
    return "".join(out)


def _authors_html(paper: Paper, colors: Colors) -> str:
    if not paper.authors:
        return ""
    shown = paper.authors[:MAX_AUTHORS]
    text = html.escape(", ".join(shown))
    hidden = len(paper.authors) - len(shown)
    if hidden > 0:
        text += f", and {hidden} more"
    if paper.authors_truncated:
        text += (
            f' <span style="color:{colors.dim}; font-style:italic">et al.'
            " (the digest shortened this list)</span>"
        )
    return f'<p class="authors">{text}</p>'


def paper_html(
    paper: Paper,
    colors: Colors,
    point_size: float,
    image: Image | None = None,
    listed_on: str | None = None,
) -> str:
    """The whole document for *paper*; *image* is the thumbnail or its placeholder."""
    dates = list(paper.dates)
    shown_date = listed_on if listed_on in dates else (dates[-1] if dates else "")
    meta = []
    if shown_date:
        meta.append(html.escape(day_label(shown_date, with_year=True)))
    meta.append(f"▲ {paper.votes} votes" if paper.votes is not None else "▲ votes unknown")
    meta.append(f"arXiv {html.escape(paper.id)}")
    others = [day_label(d, with_year=True) for d in dates if d != shown_date]
    also = (
        (f'<p class="meta">Also listed on {html.escape(", ".join(others))}</p>') if others else ""
    )
    title_link = html.escape(paper.abs_url, quote=True)
    body = [
        f'<p class="meta">{" &nbsp;·&nbsp; ".join(meta)}</p>',
        (
            f'<p class="title"><a href="{title_link}" style="color:{colors.text}; text-decoration:none">'
            f"{html.escape(paper.title)}</a></p>"
        ),
        _authors_html(paper, colors),
        also,
    ]
    if image is not None:
        body.append(
            f'<p class="image"><img src="{html.escape(image.name, quote=True)}"'
            f' width="{image.width}" height="{image.height}"></p>'
        )
    elif paper.media_kind == "video" and paper.media_url and URL_RE.fullmatch(paper.media_url):
        url = html.escape(paper.media_url, quote=True)
        body.append(
            f'<p class="meta"><a href="{url}" style="color:{colors.link}">▶ Watch the video</a></p>'
        )
    body.append(
        summary_html(paper.summary, colors.link)
        or f'<p style="color:{colors.dim}">This digest has no summary for the paper.</p>'
    )
    links = " &nbsp;·&nbsp; ".join(
        f'<a href="{html.escape(url, quote=True)}" style="color:{colors.link}">{label}</a>'
        for label, url in (
            ("arXiv", paper.abs_url),
            ("PDF", paper.pdf_url),
            ("Hugging Face", paper.hf_url),
        )
    )
    body.append(f'<p class="links">{links}</p>')
    css = _css(colors, point_size)
    return f"<html><head><style>{css}</style></head><body>{''.join(body)}</body></html>"


def _css(colors: Colors, pt: float) -> str:
    return (
        f"body {{ color:{colors.text}; font-size:{pt:.1f}pt; }}"
        "p { margin-top:0px; margin-bottom:8px; line-height:128%; }"
        f"p.title {{ font-size:{pt * 1.45:.1f}pt; font-weight:600; margin-top:2px; margin-bottom:8px;"
        " line-height:112%; }"
        f"p.section {{ font-weight:700; color:{colors.link}; margin-top:16px; margin-bottom:4px; }}"
        "li { margin-bottom:6px; line-height:128%; }"
        "ul { margin-top:2px; margin-bottom:4px; }"
        f"p.meta {{ color:{colors.dim}; font-size:{pt * 0.88:.1f}pt; margin-bottom:6px; }}"
        f"p.authors {{ color:{colors.dim}; font-size:{pt * 0.92:.1f}pt; margin-bottom:10px;"
        " line-height:118%; }"
        "p.image { margin-top:6px; margin-bottom:8px; line-height:100%; }"
        f"p.links {{ margin-top:22px; font-size:{pt * 0.92:.1f}pt; }}"
    )


def empty_html(title: str, text: str, colors: Colors, point_size: float) -> str:
    """The pane with no paper selected."""
    return (
        f"<html><head><style>{_css(colors, point_size)}</style></head><body>"
        f'<p style="margin-top:60px" align="center"><span style="font-size:{point_size * 1.3:.1f}pt;'
        f' color:{colors.dim}">{html.escape(title)}</span></p>'
        f'<p align="center" style="color:{colors.dim}">{html.escape(text)}</p></body></html>'
    )
