"""A search word as the words of the index it begins: a keystroke's query stays cheap.

The word index answers a prefix query (``"diffusio"*``) by merging the lists of
every indexed word that begins with it into one list before it can return the
newest match: 15-20 ms at 110,000 papers for a word found in half the summaries,
and a keystroke does it twice (the list and its count). Asked for the same
words one by one (``"diffusion" OR "diffusion에서" OR ...``), FTS5 walks each
list from its newest end and stops at the search cap: under 1 ms. The words
come from the index's own vocabulary (an ``fts5vocab`` table in the
connection's temp schema: nothing is written to the library).

Only plain tokens are expanded (ASCII letters and digits, Hangul syllables), the
ones the tokenizer stores exactly as typed once lowercased; a two-character token
keeps the prefix query (the index has a two-character prefix index for it), and
so does a token that begins more than :data:`MAX_WORDS` words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence

Reader = Callable[[str, Sequence[object]], list[tuple]]

MAX_WORDS = 64  # more words than this: the prefix query is as cheap as their OR
PREFIX_INDEXED = 2  # schema: fts_words has prefix='2'
VOCAB = "temp.fts_words_vocab"
_PLAIN = re.compile(r"[0-9a-z\uac00-\ud7a3]+")
_CREATE = f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} USING fts5vocab(main, fts_words, row)"


def quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _begun_by(read: Reader, token: str) -> list[str] | None:
    """The indexed words that begin with *token*; None when there are too many."""
    read(_CREATE, ())  # once per connection; after that a cheap no-op
    upper = token[:-1] + chr(ord(token[-1]) + 1)
    words = [
        row[0]
        for row in read(
            f"SELECT term FROM {VOCAB} WHERE term >= ? AND term < ? LIMIT ?",
            (token, upper, MAX_WORDS + 1),
        )
    ]
    return None if len(words) > MAX_WORDS else words


def words_match(read: Reader, tokens: Sequence[str]) -> str | None:
    """fts_words' MATCH text for papers holding a word that begins with each token.

    None when a token begins no indexed word (nothing can match).
    """
    parts = []
    for token in tokens:
        low = token.lower()
        words = None
        if len(low) > PREFIX_INDEXED and _PLAIN.fullmatch(low):
            words = _begun_by(read, low)
            if words == []:
                return None
        if words:
            parts.append("(" + " OR ".join(quote(w) for w in words) + ")")
        else:
            parts.append(quote(token) + "*")
    return " AND ".join(parts)


class MatchCache:
    """The papers a search's terms match, kept for the next query on the same thread.

    A keystroke asks the library twice, for the first page and for the count; the
    full-text part (the newest SEARCH_CAP matches of every term, a few thousand
    rowids) is the costly half of each. It is computed once and handed to SQL as a
    JSON array. An entry holds for one thread's connection and for as long as the
    library is unchanged (``PRAGMA data_version`` moves when another connection,
    such as the writer, commits).
    """

    def __init__(self) -> None:
        self._entries: dict[int, tuple[tuple[str, ...], int, str]] = {}
        self._lock = threading.Lock()

    def rowids(self, read: Reader, terms: Sequence[str], sql: str, params: Sequence[object]) -> str:
        """A JSON array of the rowids *sql* returns (cached by *terms*)."""
        key = threading.get_ident()
        version = read("PRAGMA data_version", ())[0][0]
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and entry[0] == tuple(terms) and entry[1] == version:
            return entry[2]
        import json  # the window's first paint needs none of it

        found = json.dumps([row[0] for row in read(sql, params)])
        with self._lock:
            self._entries[key] = (tuple(terms), version, found)
        return found
