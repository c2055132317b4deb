"""Which of a paper's sources supplies what the reader shows: the one rule, in one place.

A paper may be listed by the Korean digests (local files or the GitHub archive),
by the Hugging Face API and by the bundled samples. Each source keeps its own
text (:class:`reader.model.PaperText`); this module decides, without I/O:

- **summary**: the digest's Korean summary first; in another preferred language,
  that language's texts (the AI summary, then the abstract, headed);
- **title**: a spelling with LaTeX beats a flattened one (``LLM$\\times$MapReduce``
  over ``LLMtimesMapReduce``), then the newest day's;
- **authors**: Hugging Face's list (complete, in the paper's order; the digests'
  lists are scrambled and sometimes cut with ``+``) beats a digest's, then the
  newest day's;
- **links and media**: the newest day's, but a thumbnail is never replaced by none.

The store applies the title, author and media parts when it writes a paper; the
library applies the summary part when it reads one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.formats.latex import has_latex
from reader.model import PaperText, SummaryPart

DIGEST = "digest"
HF = "hf"
SAMPLE = "sample"
DEFAULT_LANGUAGE = "ko"

# markdown digests come from local files ("markdown") or the archive ("github"): one source
_FAMILIES = {"markdown": DIGEST, "github": DIGEST}
KIND_ORDER = {"summary": 0, "ai_summary": 1, "abstract": 2}
KIND_LABELS = {"summary": "Summary", "ai_summary": "AI summary", "abstract": "Abstract"}
_SOURCE_ORDER = {DIGEST: 0, SAMPLE: 1, HF: 2}


def text_source(source_name: str) -> str:
    """The source family a text of *source_name* belongs to ("github" -> "digest")."""
    return _FAMILIES.get(source_name, source_name)


def title_rank(title_raw: str, date: str) -> tuple[bool, str]:
    """Order of preference for a title: LaTeX-bearing first, then newest."""
    return (has_latex(title_raw), date)


def authors_rank(source: str, authors: Sequence[str]) -> tuple[bool, bool]:
    """Order of preference for an author list: any at all, then Hugging Face's.

    Ties go to the newest day's list.
    """
    return (bool(authors), bool(authors) and source == HF)


def _kind(text: PaperText) -> int:
    return KIND_ORDER.get(text.kind, len(KIND_ORDER))


def _source(text: PaperText) -> int:
    return _SOURCE_ORDER.get(text.source, len(_SOURCE_ORDER))


def ordered(texts: Iterable[PaperText], language: str = DEFAULT_LANGUAGE) -> list[PaperText]:
    """Texts in display order: the preferred language first, then summary, AI summary, abstract."""
    return sorted(
        texts,
        key=lambda t: (
            t.language != language,
            t.language != DEFAULT_LANGUAGE,
            _kind(t),
            _source(t),
            t.language,
            t.source,
        ),
    )


def preferred_text(
    texts: Iterable[PaperText], language: str = DEFAULT_LANGUAGE
) -> tuple[PaperText | None, tuple[SummaryPart, ...]]:
    """The text to show as a paper's summary, and its parts.

    A ``summary`` (digest bullets) in the chosen language wins; otherwise the
    chosen language's texts of one source are shown together, each headed by its
    kind ("AI summary", "Abstract"), as a Hugging Face paper always was.
    """
    texts = ordered((t for t in texts if t.parts), language)
    if not texts:
        return None, ()
    first = texts[0]
    if first.kind == "summary":
        return first, first.parts
    parts: list[SummaryPart] = []
    for text in texts:
        if text.language != first.language or text.source != first.source:
            continue
        label = KIND_LABELS.get(text.kind, text.kind)
        head, *rest = text.parts
        parts.append(SummaryPart(head.heading or label, head.text, head.level))
        parts.extend(rest)
    return first, tuple(parts)
