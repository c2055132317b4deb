"""Papers out of the library: JSON objects, BibTeX entries, CSV rows, RIS and notes as Markdown.

Used by ``export`` and ``show --json`` on the command line and by Copy BibTeX in
the window, so the three places agree on every field.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from reader.formats.latex import has_latex
from reader.library import PaperState
from reader.model import Paper, PaperMeta, SummaryPart, VoteSnapshot
from reader.userstate import RowMarks

_BIBTEX_SPECIAL = re.compile(r"([{}&%$#_])")


def _parts(parts: Iterable[SummaryPart]) -> list[dict]:
    return [{"heading": part.heading, "text": part.text, "level": part.level} for part in parts]


def paper_json(
    paper: Paper,
    state: PaperState | None = None,
    vote_history: Sequence[VoteSnapshot] | None = None,
    marks: RowMarks | None = None,
) -> dict:
    """A paper with every field, as ``show --json`` prints it.

    ``summary`` is the preferred text; ``texts`` holds every source's text;
    ``vote_history`` (oldest first) is there when the caller passes it.
    """
    meta = paper.meta or PaperMeta()
    data = {
        "id": paper.id,
        "title": paper.title,
        "title_raw": paper.title_raw,
        "url": paper.url,
        "pdf_url": paper.pdf_url,
        "hf_url": paper.hf_url,
        "votes": paper.votes,
        "authors": list(paper.authors),
        "authors_truncated": paper.authors_truncated,
        "summary": _parts(paper.summary),
        "texts": [
            {"source": t.source, "language": t.language, "kind": t.kind, "parts": _parts(t.parts)}
            for t in paper.texts
        ],
        "media_url": paper.media_url,
        "media_kind": paper.media_kind,
        "source": paper.source,
        "language": paper.language,
        "dates": list(paper.dates),
        "keywords": list(meta.keywords) if meta.keywords else None,
        "github_repo": meta.github_repo,
        "github_stars": meta.github_stars,
        "project_page": meta.project_page,
        "comments": meta.comments,
        "organization": meta.organization,
    }
    if vote_history is not None:
        data["vote_history"] = [
            {"at": s.at, "votes": s.votes, "source": s.source} for s in vote_history
        ]
    if state is not None:
        data.update(
            read=state.read_at is not None,
            read_at=state.read_at,
            bookmarked=state.bookmarked_at is not None,
            bookmarked_at=state.bookmarked_at,
            note=state.note,
            tags=list(state.tags),
        )
    if marks is not None:  # triage state and watch-list hits (reader.userstate.marks)
        data["state"] = marks.state
        data["watch_hits"] = [{"term": t, "exclude": False} for t in marks.watch] + [
            {"term": t, "exclude": True} for t in marks.excluded
        ]
    return data


def to_json(items: Iterable[tuple[Paper, PaperState]]) -> str:
    return json.dumps([paper_json(p, s) for p, s in items], ensure_ascii=False, indent=2) + "\n"


def _ascii_word(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def arxiv_year(paper_id: str) -> str:
    """The year an arXiv id was issued in (``2403.05135`` -> ``2024``)."""
    return f"20{paper_id[:2]}" if paper_id[:2].isdigit() else ""


def bibtex_key(paper: Paper) -> str:
    surname = _ascii_word(paper.authors[0].split()[-1]) if paper.authors else ""
    words = [_ascii_word(w) for w in paper.title.split()]
    first = next((w for w in words if len(w) > 3), next((w for w in words if w), "paper"))
    return f"{surname or 'anon'}{arxiv_year(paper.id)}{first}"


def _bib_escape(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def bibtex_entry(paper: Paper) -> str:
    """One ``@misc`` entry citing the arXiv preprint."""
    title = paper.title_raw if has_latex(paper.title_raw) else _bib_escape(paper.title)
    authors = [_bib_escape(a) for a in paper.authors]
    if paper.authors_truncated:
        authors.append("others")
    fields = [
        ("title", "{" + title + "}"),
        ("author", " and ".join(authors)),
        ("year", arxiv_year(paper.id)),
        ("eprint", paper.id),
        ("archivePrefix", "arXiv"),
        ("url", paper.abs_url),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{bibtex_key(paper)},\n{body}\n}}\n"


def to_bibtex(papers: Iterable[Paper]) -> str:
    return "\n".join(bibtex_entry(p) for p in papers)


CSV_FIELDS: Sequence[str] = (
    "id",
    "title",
    "authors",
    "votes",
    "dates",
    "url",
    "pdf_url",
    "read",
    "bookmarked",
)


def to_csv(items: Iterable[tuple[Paper, PaperState]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for paper, state in items:
        authors = "; ".join(paper.authors) + ("; et al." if paper.authors_truncated else "")
        writer.writerow(
            [
                paper.id,
                paper.title,
                authors,
                "" if paper.votes is None else paper.votes,
                " ".join(paper.dates),
                paper.abs_url,
                paper.pdf_url,
                int(state.read_at is not None),
                int(state.bookmarked_at is not None),
            ]
        )
    return out.getvalue()


# ------------------------------------------------------------ RIS, notes


def _ris_value(text: str) -> str:
    return " ".join(text.split())


def ris_entry(paper: Paper, note: str = "", tags: Sequence[str] = ()) -> str:
    """One RIS record of the arXiv preprint (reference managers import it like BibTeX)."""
    lines = [("TY", "UNPB"), ("TI", _ris_value(paper.title))]
    lines += [("AU", _ris_value(a)) for a in paper.authors]
    lines += [
        ("PY", arxiv_year(paper.id)),
        ("PB", "arXiv"),
        ("AN", f"arXiv:{paper.id}"),
        ("UR", paper.abs_url),
        ("L1", paper.pdf_url),
    ]
    lines += [("KW", _ris_value(t)) for t in tags]
    if note.strip():
        lines.append(("N1", _ris_value(note)))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\n" for tag, value in lines if value or tag == "ER")


def to_ris(items: Iterable[tuple[Paper, str, Sequence[str]]]) -> str:
    """RIS records of ``(paper, note, tags)``, one blank line between them."""
    return "\n".join(ris_entry(p, n, t) for p, n, t in items)


def _md_text(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#])", r"\\\1", text)


def to_markdown_notes(items: Iterable[tuple[Paper, str, Sequence[str]]]) -> str:
    """Notes as Markdown: one section per paper with its links, tags, then the note as written."""
    sections = ["# Paper notes\n"]
    for paper, note, tags in items:
        links = [f"[arXiv {paper.id}]({paper.abs_url})", f"[PDF]({paper.pdf_url})"]
        links.append(f"[Hugging Face]({paper.hf_url})")
        head = f"## [{_md_text(paper.title)}]({paper.abs_url})\n\n" + " · ".join(links)
        if paper.authors:
            head += "  \n" + _md_text(", ".join(paper.authors))
        if tags:
            head += "  \nTags: " + ", ".join(_md_text(t) for t in tags)
        sections.append(head + "\n\n" + note.strip() + "\n")
    return "\n".join(sections)
