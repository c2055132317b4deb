"""Related papers and "For you": the similarity index read against the user's own marks.

``related(id)`` is nearest neighbours of one paper's TF-IDF vector. ``recommend()``
is Rocchio's linear classifier, the cheapest one that learns from both sides: the
sum of the unit vectors of what the user kept minus half the sum of what they
dismissed, scored against every paper's vector through the index's postings.
What counts as kept or dismissed is decided in one place, :func:`signals`:
bookmarks, must-read and queued papers and papers with notes are kept. Each suggestion says why:
the shared terms that weigh most and, for "For you", the kept paper it is most
like. No network, no model files: everything is computed from the library.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.library import Library
from reader.simindex import SimilarityIndex, Vector

log = logging.getLogger(__name__)

__all__ = ["Recommender", "Signals", "Suggestion", "signals"]

NEGATIVE_WEIGHT = 0.5
PROFILE_TERMS = 40  # strongest kept-side terms of the profile
NEGATIVE_TERMS = 12  # strongest dismissed-side terms
TRIAGE_WEIGHTS = {"must-read": 1.0, "later": 0.7, "note": 0.7}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A paper suggested, with its score and why: shared terms, and the kept paper it is like."""

    id: str
    title: str
    score: float
    why: tuple[str, ...]
    like_id: str | None = None
    like_title: str | None = None

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "title": self.title,
            "score": round(self.score, 4),
            "why": list(self.why),
        }
        if self.like_id:
            out["like"] = {"id": self.like_id, "title": self.like_title}
        return out

    def reason(self) -> str:
        """One line for a list row: the shared terms, then the kept paper it is like."""
        text = ", ".join(self.why)
        if self.like_title:
            text = f"{text} · like “{self.like_title}”" if text else f"like “{self.like_title}”"
        return text


@dataclass(frozen=True, slots=True)
class Signals:
    """What the user told us: papers kept (id -> weight) and papers dismissed."""

    kept: dict[str, float] = field(default_factory=dict)
    dismissed: tuple[str, ...] = ()


def signals(library: Library) -> Signals:
    """The user's positive and negative signals, decided in this one place.

    Kept: bookmarks and must-read papers (weight 1), papers in the reading queue
    ("later") and papers with a note (0.7; a paper counts once, at its highest).
    Dismissed: "not interested". Read marks are left out on purpose: the window
    marks a paper read after it was shown for a moment, so they say what was
    seen, not what was liked; "skipped" and "done" only keep a paper out of For You.
    """
    kept = dict.fromkeys(library.bookmarked_ids(), 1.0)
    rows = library.query(
        "SELECT paper_id, state FROM triage WHERE state IN ('must-read', 'later')"
        " UNION ALL SELECT paper_id, 'note' FROM notes WHERE trim(text) != ''"
    )
    for paper_id, kind in rows:
        weight = TRIAGE_WEIGHTS.get(kind, 0.0)
        if weight > kept.get(paper_id, 0.0):
            kept[paper_id] = weight
    dismissed = tuple(library.dismissed_ids())
    return Signals(kept, dismissed)


class Recommender:
    """Answers "papers like this one" and "For you" from a :class:`SimilarityIndex`."""

    def __init__(self, library: Library, index: SimilarityIndex) -> None:
        self.library = library
        self.index = index

    def related(self, paper_id: str, limit: int = 8) -> list[Suggestion]:
        """The *limit* papers most similar to *paper_id* (not itself), with the shared terms."""
        doc = self.index.doc_of(paper_id)
        vector = self.index.vector(doc) if doc is not None else None
        if doc is None or vector is None:
            return []
        hits = self.index.search(vector, limit, exclude=lambda batch: {doc})
        return self._suggestions(hits)

    def profile(self, found: Signals) -> tuple[Vector, dict[int, Vector]]:
        """The user's profile vector, and the kept papers' vectors (for "like ...")."""
        kept: dict[int, Vector] = {}
        weights: dict[int, float] = {}
        kept_docs = self.index.docs_of(found.kept)
        ids = self.index.paper_ids(kept_docs)
        for doc in kept_docs:
            vec = self.index.vector(doc)
            if vec is None:
                continue
            kept[doc] = vec
            w = found.kept.get(ids.get(doc, ""), 1.0)
            for t, v in vec.weights.items():
                weights[t] = weights.get(t, 0.0) + w * v
        positive = dict(sorted(weights.items(), key=lambda kv: -kv[1])[:PROFILE_TERMS])
        against: dict[int, float] = {}
        for doc in self.index.docs_of(found.dismissed):
            vec = self.index.vector(doc)
            for t, v in vec.weights.items() if vec else ():
                against[t] = against.get(t, 0.0) + NEGATIVE_WEIGHT * v
        for t, v in sorted(against.items(), key=lambda kv: -kv[1])[:NEGATIVE_TERMS]:
            positive[t] = positive.get(t, 0.0) - v
        return Vector(positive), kept

    def recommend(self, limit: int = 20, found: Signals | None = None) -> list[Suggestion]:
        """Unread papers the user has not kept or dismissed, ranked by the profile."""
        found = found if found is not None else signals(self.library)
        if not found.kept:
            return []
        profile, kept = self.profile(found)
        if not any(w > 0 for w in profile.weights.values()):
            return []
        ids_of = self.index.paper_ids

        def exclude(batch: list[int]) -> set[int]:
            ids = ids_of(batch)
            dealt = self.library.triaged(ids.values())
            return {d for d, pid in ids.items() if pid in dealt or pid in found.kept}

        hits = self.index.search(
            profile, limit, exclude=exclude, max_terms=PROFILE_TERMS + NEGATIVE_TERMS
        )
        return self._suggestions(hits, kept)

    def _suggestions(
        self, hits: Iterable, kept: dict[int, Vector] | None = None
    ) -> list[Suggestion]:
        hits = list(hits)
        docs = [h.doc for h in hits]
        likes: dict[int, int] = {}
        if kept:
            for h in hits:
                vec = self.index.vector(h.doc)
                if vec is None:
                    continue
                best = max(
                    kept,
                    key=lambda k: sum(
                        w * vec.weights.get(t, 0.0) for t, w in kept[k].weights.items()
                    ),
                )
                likes[h.doc] = best
        titles = self.index.titles([*docs, *likes.values()])
        ids = self.index.paper_ids([*docs, *likes.values()])
        out = []
        for h in hits:
            like = likes.get(h.doc)
            out.append(
                Suggestion(
                    id=ids.get(h.doc, ""),
                    title=titles.get(h.doc, ""),
                    score=h.score,
                    why=h.terms,
                    like_id=ids.get(like) if like is not None else None,
                    like_title=titles.get(like) if like is not None else None,
                )
            )
        return [s for s in out if s.id]
