"""Notes and tags on papers: written as single statements so an autosave is durable at commit.

A note is one row per paper (``notes``), replaced by one UPSERT per save; an
empty note deletes the row, and the schema's triggers record the removal with
its time (``removals``) so it travels like an edit. Tags are rows of
``(paper, tag)``; a removed tag is likewise recorded. Search over notes and
tags is part of the library's search (:func:`reader.user_views.user_text_source`).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.library import Library
from reader.sentence import QT_TRANSLATE_NOOP
from reader.userstate import now_stamp

__all__ = ["add_tags", "all_tags", "clean_tags", "note", "paper_tags", "remove_tags", "set_note"]

MAX_TAG = 100


def set_note(library: Library, paper_id: str, text: str) -> str:
    """Save *text* as the paper's note (empty text removes it); returns the change time."""
    stamp = now_stamp()
    with library.writing() as tx:
        if text.strip():
            tx.execute(
                "INSERT INTO notes (paper_id, text, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (paper_id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                (paper_id, text, stamp),
            )
        else:
            tx.execute("DELETE FROM notes WHERE paper_id = ?", (paper_id,))
    return stamp


def note(library: Library, paper_id: str) -> str:
    rows = library.query("SELECT text FROM notes WHERE paper_id = ?", (paper_id,))
    return rows[0][0] if rows else ""


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags trimmed, inner white space made one space, empty ones dropped, each once.

    Raises ValueError with a sentence for a tag longer than MAX_TAG characters.
    """
    found: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        if len(tag) > MAX_TAG:
            raise ValueError(
                QT_TRANSLATE_NOOP("NotesError", "A tag may be at most %1 characters long.").arg(
                    MAX_TAG
                )
            )
        if tag and tag not in found:
            found.append(tag)
    return found


def add_tags(library: Library, paper_id: str, tags: Iterable[str]) -> list[str]:
    """Tag the paper; returns the tags it did not have yet."""
    wanted = clean_tags(tags)
    stamp = now_stamp()
    with library.writing() as tx:
        have = {r[0] for r in tx.execute("SELECT tag FROM tags WHERE paper_id = ?", (paper_id,))}
        added = [t for t in wanted if t not in have]
        tx.executemany(
            "INSERT INTO tags (paper_id, tag, created_at) VALUES (?, ?, ?)",
            [(paper_id, t, stamp) for t in added],
        )
    return added


def remove_tags(library: Library, paper_id: str, tags: Iterable[str]) -> list[str]:
    """Take tags off the paper; returns the ones it had."""
    wanted = clean_tags(tags)
    with library.writing() as tx:
        have = {r[0] for r in tx.execute("SELECT tag FROM tags WHERE paper_id = ?", (paper_id,))}
        removed = [t for t in wanted if t in have]
        tx.executemany(
            "DELETE FROM tags WHERE paper_id = ? AND tag = ?", [(paper_id, t) for t in removed]
        )
    return removed


def paper_tags(library: Library, paper_id: str) -> list[str]:
    return [
        r[0]
        for r in library.query("SELECT tag FROM tags WHERE paper_id = ? ORDER BY tag", (paper_id,))
    ]


def all_tags(library: Library) -> list[tuple[str, int]]:
    """Every tag with how many papers carry it, by tag (completion and the sidebar)."""
    return [
        (tag, count)
        for tag, count in library.query(
            "SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY tag COLLATE NOCASE"
        )
    ]
