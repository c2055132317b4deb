"""A search word asked as the indexed words it begins: the same papers as the prefix query.

A real library built from generated digests (benchmarks/gen_corpus.py, seeded):
for every prefix of a set of words, the expanded query and FTS5's own prefix
query must find exactly the same papers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader import search_terms
from reader.importer import import_paths
from reader.library import Library
from tests.digests import Entry, write_day
from tests.files_support import gen_corpus

WORDS = ["diffusion", "트랜스포머", "benchmark", "모델은", "agent", "reasoning", "데이터"]


@pytest.fixture(scope="module")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search-terms")
    gen_corpus().generate(folder / "digests", days=20, papers=30, seed=3)
    path = folder / "library.sqlite3"
    with Library(path) as library:
        import_paths(library, [folder / "digests"])
    return path


def _ids(conn: sqlite3.Connection, match: str | None) -> set[int]:
    if match is None:
        return set()
    return {
        r[0] for r in conn.execute("SELECT rowid FROM fts_words WHERE fts_words MATCH ?", (match,))
    }


def test_expanded_words_find_what_the_prefix_query_finds(library_path: Path) -> None:
    conn = sqlite3.connect(f"{library_path.as_uri()}?mode=ro", uri=True)  # read-only, as the UI
    read = lambda sql, params: conn.execute(sql, params).fetchall()  # noqa: E731
    expanded_some = False
    for word in WORDS:
        for end in range(1, len(word) + 1):
            token = word[:end]
            match = search_terms.words_match(read, [token])
            prefix = _ids(conn, search_terms.quote(token) + "*")
            assert _ids(conn, match) == prefix, token
            expanded_some |= match is not None and " OR " in match
    assert expanded_some  # the test exercised the expansion, not only the fallback
    # several tokens: every one must match
    both = search_terms.words_match(read, ["diffus", "모델"])
    assert _ids(conn, both) == _ids(conn, '"diffus"* AND "모델"*')
    conn.close()


def test_a_token_no_word_begins_with_matches_nothing(library_path: Path) -> None:
    conn = sqlite3.connect(f"{library_path.as_uri()}?mode=ro", uri=True)
    read = lambda sql, params: conn.execute(sql, params).fetchall()  # noqa: E731
    assert search_terms.words_match(read, ["zzqxv"]) is None
    assert search_terms.words_match(read, ["diffusion", "zzqxv"]) is None
    conn.close()


def test_a_token_that_begins_too_many_words_keeps_the_prefix_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = [
        Entry(
            f"2505.{i:05d}",
            f"Paper {i}",
            i,
            (f"prefix{i:03d}word 이 논문은 prefix{i:03d}를 다룹니다.",),
        )
        for i in range(search_terms.MAX_WORDS + 5)
    ]
    write_day(tmp_path / "digests", "2025-05-01", entries)
    with Library(tmp_path / "library.sqlite3") as library:
        import_paths(library, [tmp_path / "digests"])
        read = lambda sql, params: library.query(sql, params)  # noqa: E731
        assert search_terms.words_match(read, ["prefix"]) == '"prefix"*'
        assert search_terms.words_match(read, ["prefix001"]) == '("prefix001word" OR "prefix001를")'
        assert len(library.search("prefix")) == len(entries)
        assert [r.id for r in library.search("prefix007")] == ["2505.00007"]
        # punctuation inside a word and accented letters keep the prefix query
        assert search_terms.words_match(read, ["naïve"]) == '"naïve"*'


def test_search_in_a_read_only_library_uses_the_expansion(library_path: Path) -> None:
    with Library(library_path, read_only=True) as library:
        found = {r.id for r in library.search("diffusio")}
        assert found
        assert {r.id for r in library.search("diffusion")} == found
