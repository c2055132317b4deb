"""A paper as HTML for the detail pane's QTextBrowser, every digest string escaped.

Digest text is untrusted: each string goes through :func:`html.escape`, and the
only markup is ours. Bare http(s) URLs in the text become links (the pane opens
them externally through :mod:`reader.ui.common.links`); nothing else does, so a
``[x](javascript:...)`` or an ``<img src=...>`` in a bullet stays visible text.
Headed bullets (What's New, Technical Details, ...) become section headings, and nested
bullets stay nested.

A paper may carry several texts (the Korean digest summary, Hugging Face's AI summary
and abstract); the pane picks one and this module renders it, naming it by its own
kind, language and source (:func:`text_label`, :func:`source_caption`) so that no
text is ever shown under another source's name. What Hugging Face adds (code
repository and stars, project page, organisation, comments, keywords) and the vote
history's sparkline appear only when known.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from reader.model import Paper, PaperMeta, PaperText, SummaryPart, VoteSnapshot
from reader.sentence import QT_TRANSLATE_NOOP  # typed: PySide6's returns object
from reader.ui.common.i18n import day_text, number_text
from reader.ui.common.theme import Colors

# http(s) URLs; Hangul and CJK punctuation end a URL (a particle often follows one).
URL_RE = re.compile(
    r"https?://[^\s<>\"'`\u1100-\u11ff\u3000-\u303f\u3130-\u318f\uac00-\ud7af\uff08\uff09]+"
)
_TRAILING = ".,;:!?*"
MAX_AUTHORS = 24


class Image(NamedTuple):
    """An image resource already added to the document, and its display size.

    NamedTuples here, not frozen dataclasses: defining one of those costs ~1.3 ms at start-up.
    """

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
        text += html.escape(QCoreApplication.translate("PaperHtml", ", and %n more", "", hidden))
    if paper.authors_truncated:
        note = QCoreApplication.translate("PaperHtml", "et al. (the digest shortened this list)")
        text += f' <span style="color:{colors.dim}; font-style:italic">{html.escape(note)}</span>'

    return f'<p class="authors">{text}</p>'


# marked here, translated where used (the language is chosen after import)
KINDS = {
    "summary": QT_TRANSLATE_NOOP("PaperHtml", "Summary"),
    "ai_summary": QT_TRANSLATE_NOOP("PaperHtml", "AI summary"),
    "abstract": QT_TRANSLATE_NOOP("PaperHtml", "Abstract"),
}
LANGUAGES = {
    "ko": QT_TRANSLATE_NOOP("PaperHtml", "Korean"),
    "en": QT_TRANSLATE_NOOP("PaperHtml", "English"),
    "ja": QT_TRANSLATE_NOOP("PaperHtml", "Japanese"),
    "zh": QT_TRANSLATE_NOOP("PaperHtml", "Chinese"),
}
SOURCES = {
    "digest": QT_TRANSLATE_NOOP("PaperHtml", "From the Korean daily digest"),
    "hf": QT_TRANSLATE_NOOP("PaperHtml", "From Hugging Face"),
    "sample": QT_TRANSLATE_NOOP(
        "PaperHtml", "From the bundled sample digests (made up to show the app)"
    ),
}


def _word(text: str) -> str:
    return QCoreApplication.translate("PaperHtml", text)


def text_label(text: PaperText) -> str:
    """A text's name on the switch: its kind, and its language unless English."""
    if text.kind in KINDS:
        kind = _word(KINDS[text.kind])
    else:
        kind = text.kind.replace("_", " ").capitalize()
    if text.language in ("en", ""):
        return kind
    language = _word(LANGUAGES[text.language]) if text.language in LANGUAGES else text.language
    lowered = kind[0].lower() + kind[1:] if kind[1:2].islower() else kind
    return (
        QCoreApplication.translate("PaperHtml", "%1 %2", "a text's language, then its kind")
        .replace("%1", language)
        .replace("%2", lowered)
    )


def text_labels(texts: Sequence[PaperText]) -> list[str]:
    """Labels for a switch over *texts*; two texts alike in kind and language name their source."""
    labels = [text_label(t) for t in texts]
    for i, label in enumerate(labels):
        if labels.count(label) > 1:
            labels[i] = f"{label} · {source_name(texts[i].source)}"
    return labels


def source_name(source: str) -> str:
    if source == "digest":
        return QCoreApplication.translate("PaperHtml", "digest")
    if source == "sample":
        return QCoreApplication.translate("PaperHtml", "sample")
    return {"hf": "Hugging Face"}.get(source, source)


def source_caption(text: PaperText) -> str:
    """Where *text* came from, in one short sentence."""
    if text.source in SOURCES:
        return _word(SOURCES[text.source])
    return QCoreApplication.translate("PaperHtml", "From %1").replace("%1", text.source)


def _safe_link(url: str | None) -> str | None:
    """*url* when it is a plain http(s) address we can link to, else None."""
    if url and URL_RE.fullmatch(url):
        return url
    return None


def _count(number: int) -> str:
    if number >= 10_000:
        return f"{number / 1000:.1f}k".replace(".0k", "k")
    return number_text(number)


def facts_html(meta: PaperMeta | None, colors: Colors) -> str:
    """Code (with stars), project page, organisation and comment count: each only when known."""
    if meta is None:
        return ""
    items: list[str] = []
    repo = _safe_link(meta.github_repo)
    if repo:
        stars = (
            f' <span style="color:{colors.dim}">★ {_count(meta.github_stars)}</span>'
            if meta.github_stars is not None
            else ""
        )
        items.append(
            f'<a href="{html.escape(repo, quote=True)}" style="color:{colors.link}">'
            + html.escape(QCoreApplication.translate("PaperHtml", "Code"))
            + "</a>"
            + stars
        )
    page = _safe_link(meta.project_page)
    if page:
        label = html.escape(QCoreApplication.translate("PaperHtml", "Project page"))
        items.append(
            f'<a href="{html.escape(page, quote=True)}" style="color:{colors.link}">{label}</a>'
        )
    if meta.organization:
        items.append(
            html.escape(
                QCoreApplication.translate("PaperHtml", "Organisation: %1").replace(
                    "%1", meta.organization
                )
            )
        )
    if meta.comments is not None:
        comments = meta.comments
        words = QCoreApplication.translate("PaperHtml", "%n comment(s)", "", comments)
        items.append(html.escape(words.replace(str(comments), _count(comments), 1)))
    if not items:
        return ""
    return f'<p class="facts">{" &nbsp;·&nbsp; ".join(items)}</p>'


def keywords_html(meta: PaperMeta | None, colors: Colors) -> str:
    """Hugging Face's keywords as chips."""
    if meta is None or not meta.keywords:
        return ""
    chips = " ".join(
        f'<span style="background-color:{colors.chip}; color:{colors.text}">'
        f"&nbsp;{html.escape(word)}&nbsp;</span>"
        for word in meta.keywords
    )
    return f'<p class="chips">{chips}</p>'


def history_html(history: Sequence[VoteSnapshot], spark: Image | None, colors: Colors) -> str:
    """First and latest vote counts around the sparkline, and the gain since the first."""
    if len(history) < 2 or spark is None:
        return ""
    first, latest = history[0], history[-1]
    gain = latest.votes - first.votes
    sign = "+" if gain >= 0 else "−"
    since = _short_date(first.at)
    tail = f"{sign}{abs(gain)}"
    if since:
        tail = QCoreApplication.translate("PaperHtml", "%1 since %2", "a vote gain since a day")
        tail = html.escape(tail.replace("%1", f"{sign}{abs(gain)}").replace("%2", since))
    votes = html.escape(QCoreApplication.translate("PaperHtml", "Votes"))
    return (
        f'<p class="history">{votes} &nbsp;{first.votes} '
        f'<img src="{html.escape(spark.name, quote=True)}" width="{spark.width}"'
        f' height="{spark.height}" align="middle"> {latest.votes}'
        f' &nbsp;<span style="color:{colors.dim}">{tail}</span></p>'
    )


def _short_date(at: str) -> str:
    """``2025-02-06T08:00:00+00:00`` -> ``Thu, Feb 6, 2025`` ('' when unreadable)."""
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return ""
    return day_text(when.date())


class Shown(NamedTuple):
    """Which of a paper's texts the pane shows, and what else it drew for it.

    *text* None shows ``Paper.summary`` (a paper without per-source texts);
    *switch* says the pane shows a switch over several texts (the caption then
    names the source of every text); *spark* is the vote sparkline image.
    """

    text: PaperText | None = None
    switch: bool = False
    history: tuple[VoteSnapshot, ...] = ()
    spark: Image | None = None


def _text_html(paper: Paper, shown: Shown, colors: Colors) -> str:
    text = shown.text
    if text is None:
        return summary_html(paper.summary, colors.link)
    parts = text.parts
    out = []
    if shown.switch or text.source != "digest":
        out.append(f'<p class="caption">{html.escape(source_caption(text))}</p>')
    if not shown.switch and text.kind != "summary" and parts and not parts[0].heading:
        # one text of its kind: its name heads it, as the switch would have
        head = parts[0]
        parts = (SummaryPart(text_label(text), head.text, head.level), *parts[1:])
    if text.kind == "summary":
        out.append(summary_html(parts, colors.link))  # the digest's bullets
    else:
        out.append(prose_html(parts, colors.link))  # an abstract is prose, not a bullet
    return "".join(out)


_BLANK_LINE = re.compile(r"\n\s*\n")


def prose_html(parts: Sequence[SummaryPart], link_color: str) -> str:
    """Paragraphs (split at blank lines) under each part's heading, if it has one."""
    out: list[str] = []
    for part in parts:
        if part.heading:
            out.append(f'<p class="section">{html.escape(part.heading)}</p>')
        for paragraph in _BLANK_LINE.split(part.text.strip()):
            if paragraph.strip():
                flowing = " ".join(paragraph.split())
                out.append(f'<p class="prose">{text_html(flowing, link_color)}</p>')
    return "".join(out)


def paper_html(
    paper: Paper,
    colors: Colors,
    point_size: float,
    image: Image | None = None,
    listed_on: str | None = None,
    shown: Shown | None = None,
) -> str:
    """The whole document for *paper*; *image* is the thumbnail or its placeholder."""
    shown = shown or Shown()
    dates = list(paper.dates)
    shown_date = listed_on if listed_on in dates else (dates[-1] if dates else "")
    meta = []
    if shown_date:
        meta.append(html.escape(day_text(shown_date)))
    if paper.votes is not None:
        count = paper.votes
        votes = QCoreApplication.translate("PaperHtml", "▲ %n vote(s)", "", count)
        meta.append(html.escape(votes.replace(str(count), number_text(count), 1)))
    else:
        meta.append(html.escape(QCoreApplication.translate("PaperHtml", "▲ votes unknown")))
    meta.append(f"arXiv {html.escape(paper.id)}")
    others = [day_text(d) for d in dates if d != shown_date]
    also = ""
    if others:
        listed = QCoreApplication.translate("PaperHtml", "Also listed on %1")
        also = f'<p class="meta">{html.escape(listed.replace("%1", ", ".join(others)))}</p>'
    title_link = html.escape(paper.abs_url, quote=True)
    body = [
        f'<p class="meta">{" &nbsp;·&nbsp; ".join(meta)}</p>',
        (
            f'<p class="title"><a href="{title_link}" style="color:{colors.text}; text-decoration:none">'
            f"{html.escape(paper.title)}</a></p>"
        ),
        _authors_html(paper, colors),
        facts_html(paper.meta, colors),
        history_html(shown.history, shown.spark, colors),
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
            f'<p class="meta"><a href="{url}" style="color:{colors.link}">▶ '
            + html.escape(QCoreApplication.translate("PaperHtml", "Watch the video"))
            + "</a></p>"
        )
    none = QCoreApplication.translate("PaperHtml", "This digest has no summary for the paper.")
    body.append(
        _text_html(paper, shown, colors) or f'<p style="color:{colors.dim}">{html.escape(none)}</p>'
    )
    body.append(keywords_html(paper.meta, colors))
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
        f"p.facts {{ font-size:{pt * 0.92:.1f}pt; margin-bottom:8px; }}"
        f"p.history {{ color:{colors.dim}; font-size:{pt * 0.88:.1f}pt; margin-bottom:8px; }}"
        f"p.caption {{ color:{colors.dim}; font-size:{pt * 0.85:.1f}pt; font-style:italic;"
        " margin-top:4px; margin-bottom:6px; }"
        "p.prose { line-height:135%; margin-bottom:10px; }"
        f"p.chips {{ font-size:{pt * 0.85:.1f}pt; margin-top:14px; line-height:150%; }}"
    )


def empty_html(title: str, text: str, colors: Colors, point_size: float) -> str:
    """The pane with no paper selected."""
    return (
        f"<html><head><style>{_css(colors, point_size)}</style></head><body>"
        f'<p style="margin-top:60px" align="center"><span style="font-size:{point_size * 1.3:.1f}pt;'
        f' color:{colors.dim}">{html.escape(title)}</span></p>'
        f'<p align="center" style="color:{colors.dim}">{html.escape(text)}</p></body></html>'
    )
