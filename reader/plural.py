"""``1 paper``, ``2 papers``: counted nouns for every English message the app prints.

Scripts and people read the CLI's messages, so "1 papers" is a defect; one
function keeps every message right instead of a hand-written ``s`` in each.
"""

from __future__ import annotations

__all__ = ["count_noun"]


def count_noun(count: int, noun: str, plural: str | None = None) -> str:
    """``"1 paper"`` or ``"3 papers"``; *plural* overrides the usual ``noun + "s"``."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {plural or _plural(noun)}"


def _plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")  # "new day" -> "new days"
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        word = last[:-1] + "ies"  # entry -> entries (day -> days)
    elif last.endswith(("s", "sh", "ch", "x")):
        word = last + "es"  # match -> matches
    else:
        word = last + "s"
    return f"{head} {word}" if head else word
